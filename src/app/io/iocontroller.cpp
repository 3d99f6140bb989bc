// SPDX-License-Identifier: MIT
#include "app/io/iocontroller.h"

#include "app/appcontext.h"
#include "app/io/importdialog.h"
#include "app/io/notespanel.h"
#include "core/io/casefile.h"
#include "core/io/exporter.h"
#include "core/io/notesrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace hearth::app {

namespace {

const char *kExportFilters = QT_TRANSLATE_NOOP("hearth::app::IoController",
                                               "Logfire JSON (*.json);;NDJSON (*.ndjson);;CSV "
                                               "(*.csv)");

bool isCaseFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("hearth");
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    }
    return out;
}

// The format a save dialog's chosen file asks for; a missing extension takes the filter's.
QString withExtension(QString path, const QString &filter)
{
    if (!core::io::exportFormatFromPath(path)) {
        if (filter.contains(QLatin1String("*.ndjson")))
            path += QStringLiteral(".ndjson");
        else if (filter.contains(QLatin1String("*.csv")))
            path += QStringLiteral(".csv");
        else
            path += QStringLiteral(".json");
    }
    return path;
}

} // namespace

IoController::IoController(QMainWindow *window, AppContext *context)
    : QObject(window), m_window(window), m_context(context), m_exportJob(this)
{
    m_notes = new NotesPanel(context, window);
    m_dock = new QDockWidget(tr("Pinned & Notes"), window);
    m_dock->setMinimumWidth(380);
    m_dock->setObjectName(QStringLiteral("notesDock"));
    m_dock->setWidget(m_notes);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    // A case file is opened to read its notes: show them.
    connect(context, &AppContext::storeChanged, this, [this] {
        if (m_context->storeReadOnly() && core::io::isCaseFile(m_context->storePath()))
            m_dock->show();
    });
}

void IoController::install(QMenu *fileMenu, QMenu *viewMenu)
{
    QAction *before = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().last();
    auto add = [&](const QString &text, auto slot) {
        auto *a = new QAction(text, fileMenu);
        connect(a, &QAction::triggered, this, slot);
        fileMenu->insertAction(before, a);
        return a;
    };
    add(tr("Open Case File (read-only)…"), &IoController::openCaseDialog);
    fileMenu->insertSeparator(before);
    QAction *import = add(tr("&Import…"), [this] { importFiles({}); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    add(tr("Export &Trace…"), &IoController::exportTrace);
    add(tr("Export Time &Window…"), &IoController::exportWindow);
    add(tr("Export &Case File…"), &IoController::exportCase);
    fileMenu->insertSeparator(before);
    if (viewMenu) {
        viewMenu->addSeparator();
        QAction *toggle = m_dock->toggleViewAction();
        toggle->setText(tr("&Pinned && Notes"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        viewMenu->addAction(toggle);
    }
}

ImportDialog *IoController::importDialog()
{
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_context, m_window);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    return m_importDialog;
}

void IoController::importFiles(const QStringList &paths)
{
    ImportDialog *dialog = importDialog();
    if (!dialog->running() && !paths.isEmpty())
        dialog->setFiles(paths);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool IoController::openCaseFile(const QString &path)
{
    if (auto s = m_context->openStore(path, core::Store::OpenMode::ReadOnly); !s) {
        QMessageBox::critical(m_window, tr("Cannot open case file"), s.error().message);
        return false;
    }
    m_dock->show();
    m_window->statusBar()->showMessage(tr("Opened %1 read-only.").arg(QFileInfo(path).fileName()),
                                       8000);
    return true;
}

void IoController::openCaseDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open Case File"), QString(),
                                       tr("Hearth case files (*.hearth);;All files (*)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

bool IoController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *e = static_cast<QDragEnterEvent *>(event);
        if (!localFiles(e->mimeData()).isEmpty()) {
            e->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(e->mimeData());
        if (files.isEmpty())
            return false;
        e->acceptProposedAction();
        if (files.size() == 1 && isCaseFile(files.first()))
            openCaseFile(files.first());
        else
            importFiles(files);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void IoController::reportExport(const QString &what, const core::Result<qint64> &rows,
                                const QString &path)
{
    if (!rows) {
        QMessageBox::critical(m_window, tr("Export failed"), rows.error().message);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %1: %n row(s) to %2", nullptr, int(rows.value())).arg(what, path), 10000);
}

void IoController::exportQueryResult(const core::QueryResult &result)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Result"), QString(),
                                                tr(kExportFilters), &filter);
    if (path.isEmpty())
        return;
    path = withExtension(path, filter);
    const auto format = core::io::exportFormatFromPath(path).value_or(core::io::ExportFormat::Json);
    m_exportJob.run(
        [result, format, path](const core::CancelTokenPtr &) {
            return core::io::exportResult(result, format, path);
        },
        [this, path](core::Result<qint64> rows) { reportExport(tr("result"), rows, path); });
}

void IoController::exportTrace()
{
    if (!m_context->hasStore())
        return;
    bool ok = false;
    const QString traceId = QInputDialog::getText(m_window, tr("Export Trace"), tr("Trace id:"),
                                                  QLineEdit::Normal, QString(), &ok)
                                .trimmed();
    if (!ok || traceId.isEmpty())
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Trace"), QStringLiteral("trace-%1.json").arg(traceId.right(8)),
        tr(kExportFilters), &filter);
    if (path.isEmpty())
        return;
    path = withExtension(path, filter);
    const auto format = core::io::exportFormatFromPath(path).value_or(core::io::ExportFormat::Json);
    const QString store = m_context->storePath();
    m_exportJob.run(
        [store, traceId, format, path](const core::CancelTokenPtr &) {
            return core::io::exportTrace(store, traceId, format, path);
        },
        [this, path](core::Result<qint64> rows) { reportExport(tr("trace"), rows, path); });
}

void IoController::exportWindow()
{
    if (!m_context->hasStore())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export Time Window"));
    auto *form = new QFormLayout(&dialog);
    auto *range = new QComboBox(&dialog);
    const std::pair<QString, core::Micros> ranges[] = {
        {tr("Last hour"), core::kMicrosPerHour},
        {tr("Last 24 hours"), core::kMicrosPerDay},
        {tr("Last 7 days"), 7 * core::kMicrosPerDay},
        {tr("Last 30 days"), 30 * core::kMicrosPerDay},
        {tr("Everything"), 0},
    };
    for (const auto &[label, span] : ranges)
        range->addItem(label, QVariant::fromValue<qint64>(span));
    range->setCurrentIndex(1);
    auto *table = new QComboBox(&dialog);
    table->addItem(tr("Records"));
    table->addItem(tr("Metrics"));
    form->addRow(tr("Time range:"), range);
    form->addRow(tr("Table:"), table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Time Window"), QString(),
                                                tr(kExportFilters), &filter);
    if (path.isEmpty())
        return;
    path = withExtension(path, filter);
    const auto format = core::io::exportFormatFromPath(path).value_or(core::io::ExportFormat::Json);
    const core::Micros span = range->currentData().toLongLong();
    const core::Micros now = core::nowMicros();
    const core::Micros minUs = span ? now - span : std::numeric_limits<core::Micros>::min();
    const bool metrics = table->currentIndex() == 1;
    const QString store = m_context->storePath();
    m_exportJob.run(
        [store, minUs, now, metrics, format, path](const core::CancelTokenPtr &) {
            return core::io::exportWindow(store, minUs, now + 1, metrics, format, path);
        },
        [this, path](core::Result<qint64> rows) { reportExport(tr("time window"), rows, path); });
}

void IoController::exportCase()
{
    if (!m_context->hasStore())
        return;
    // The pinned traces are the natural content of a case.
    QStringList pinned;
    if (auto notes = core::io::NotesRepository(m_context->storePath()).list(true)) {
        for (const auto &n : *notes) {
            if (!pinned.contains(n.traceId))
                pinned << n.traceId;
        }
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export Case File"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(&dialog);
    auto *traces = new QLineEdit(pinned.join(QLatin1Char(' ')), &dialog);
    traces->setPlaceholderText(tr("trace ids, separated by spaces"));
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Traces:"), traces);
    auto *hint = new QLabel(tr("The case holds these traces, the metrics over their time span, "
                               "the dashboards, saved searches and their notes. Secrets "
                               "(authorization headers, API keys, tokens) are left out."),
                            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::io::CaseSelection selection;
    selection.title = title->text();
    selection.traceIds = traces->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Case File"),
                                                QStringLiteral("case.hearth"),
                                                tr("Hearth case files (*.hearth)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".hearth")))
        path += QStringLiteral(".hearth");
    const QString store = m_context->storePath();
    m_exportJob.run(
        [store, selection, path](const core::CancelTokenPtr &) {
            return core::io::writeCaseFile(store, selection, path);
        },
        [this, path](core::Result<core::io::CaseSummary> summary) {
            if (!summary) {
                QMessageBox::critical(m_window, tr("Export failed"), summary.error().message);
                return;
            }
            m_window->statusBar()->showMessage(
                tr("Case file %1: %2 records, %3 metric points, %4 notes.")
                    .arg(path)
                    .arg(summary->records)
                    .arg(summary->metrics)
                    .arg(summary->notes),
                10000);
        });
}

IoController *installIoActions(QMainWindow *window, AppContext *context, QMenu *fileMenu,
                               QMenu *viewMenu)
{
    auto *controller = new IoController(window, context);
    controller->setObjectName(QStringLiteral("ioController"));
    controller->install(fileMenu, viewMenu);
    return controller;
}

} // namespace hearth::app
