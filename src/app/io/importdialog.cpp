// SPDX-License-Identifier: MIT
#include "app/io/importdialog.h"

#include "app/appcontext.h"
#include "core/store/store.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hearth::app {

ImportDialog::ImportDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context), m_job(this)
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));
    resize(620, 460);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Logfire query results (JSON, NDJSON, CSV; v1 and v2) of <i>records</i> or "
           "<i>metrics</i>, and OTLP files (.json, .pb, Collector JSON lines). Rows already in "
           "the store are not imported twice."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_files, 1);
    auto *fileButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add Files…"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    fileButtons->addWidget(m_addButton);
    fileButtons->addWidget(removeButton);
    fileButtons->addStretch(1);
    layout->addLayout(fileButtons);
    connect(m_addButton, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(removeButton, &QPushButton::clicked, this,
            [this] { qDeleteAll(m_files->selectedItems()); });

    auto *errors = new QGroupBox(tr("When a line or row is malformed"), this);
    auto *errorsLayout = new QVBoxLayout(errors);
    m_stop = new QRadioButton(tr("Stop, and import nothing"), errors);
    m_stop->setObjectName(QStringLiteral("stopOnError"));
    m_skip = new QRadioButton(tr("Skip it, import the rest, and list what was skipped"), errors);
    m_skip->setObjectName(QStringLiteral("skipMalformed"));
    m_stop->setChecked(true);
    errorsLayout->addWidget(m_stop);
    errorsLayout->addWidget(m_skip);
    layout->addWidget(errors);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p%"));
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Add files, or drop them on the main window."), this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_issues = new QPlainTextEdit(this);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setReadOnly(true);
    m_issues->setMaximumHeight(110);
    m_issues->setPlaceholderText(tr("Skipped lines are listed here with their line numbers."));
    layout->addWidget(m_issues);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_cancelButton = buttons->addButton(tr("Cancel Import"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // The box's accept/reject would close the dialog; these buttons act instead.
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportDialog::updateProgress);
    setRunning(false);
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ImportDialog::setFiles(const QStringList &paths)
{
    m_files->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName(), m_files);
        item->setData(Qt::UserRole, p);
        item->setToolTip(p);
        const qint64 size = QFileInfo(p).size();
        item->setText(
            tr("%1   (%2)").arg(QFileInfo(p).fileName(), QLocale().formattedDataSize(size)));
    }
    m_importButton->setEnabled(!m_running && m_files->count() > 0);
}

QStringList ImportDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ImportDialog::setSkipMalformed(bool skip)
{
    (skip ? m_skip : m_stop)->setChecked(true);
}

void ImportDialog::addFiles()
{
    const QStringList picked = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Logfire exports and OTLP files (*.json *.ndjson *.jsonl *.csv *.pb *.binpb);;All "
           "files (*)"));
    if (!picked.isEmpty())
        setFiles(files() + picked);
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    m_importButton->setEnabled(!running && m_files->count() > 0);
    m_cancelButton->setEnabled(running);
    m_closeButton->setEnabled(!running);
    m_addButton->setEnabled(!running);
    m_stop->setEnabled(!running);
    m_skip->setEnabled(!running);
    if (running)
        m_poll->start();
    else
        m_poll->stop();
}

void ImportDialog::startImport()
{
    if (m_running || m_files->count() == 0)
        return;
    if (!m_context->hasStore() || m_context->storeReadOnly()) {
        m_status->setText(tr("The open store is read-only (a case file?): open a writable store "
                             "to import into."));
        Q_EMIT importFinished(false);
        return;
    }
    const QStringList paths = files();
    const QString storePath = m_context->storePath();
    m_shared = std::make_shared<Progress>();
    m_cancel = std::make_shared<core::CancelToken>();
    core::io::ImportOptions options;
    options.onError = m_skip->isChecked() ? core::io::ImportOptions::OnError::Skip
                                          : core::io::ImportOptions::OnError::Stop;
    options.cancel = m_cancel;
    std::weak_ptr<Progress> weak = m_shared;
    options.progress = [weak](qint64 done, qint64 total) {
        if (auto p = weak.lock()) {
            p->done = done;
            p->total = total;
        }
    };
    m_progress->setValue(0);
    m_issues->clear();
    m_status->setText(tr("Importing %n file(s)…", nullptr, int(paths.size())));
    setRunning(true);
    m_job.run(
        [paths, storePath,
         options](const core::CancelTokenPtr &) -> core::Result<core::io::ImportReport> {
            // Its own writer connection: the import's staged transactions never mix with the
            // app's writes, and a cancel deletes exactly the rows the import inserted.
            auto store = core::Store::open(storePath);
            if (!store)
                return store.error();
            core::io::Importer importer(**store, options);
            return importer.importFiles(paths);
        },
        [this](core::Result<core::io::ImportReport> result) { showResult(result); });
}

void ImportDialog::cancelImport()
{
    if (m_cancel)
        m_cancel->cancel();
    m_status->setText(tr("Cancelling…"));
}

void ImportDialog::updateProgress()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total;
    const qint64 done = m_shared->done;
    if (total > 0) {
        m_progress->setValue(int(done * 1000 / total));
        m_status->setText(
            tr("Importing… %1 of %2")
                .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    }
}

void ImportDialog::showResult(const core::Result<core::io::ImportReport> &result)
{
    setRunning(false);
    if (!result) {
        m_progress->setValue(0);
        m_status->setText(
            result.error().code == core::Error::Code::Cancelled
                ? tr("Cancelled. Nothing was imported.")
                : tr("Import failed, nothing was imported: %1").arg(result.error().message));
        Q_EMIT importFinished(false);
        return;
    }
    m_progress->setValue(1000);
    const auto &r = result.value();
    QLocale l;
    QString text = tr("Imported %1 records and %2 metric points (%3 already present). Read as %4.")
                       .arg(l.toString(r.recordsInserted), l.toString(r.metricsInserted),
                            l.toString(r.recordsDuplicate + r.metricsDuplicate),
                            r.formats.join(QStringLiteral(", ")));
    if (r.rowsSkipped)
        text += QLatin1Char(' ') + tr("%n malformed row(s) skipped.", nullptr, int(r.rowsSkipped));
    if (r.rowsWithoutTimestamp)
        text += QLatin1Char(' ')
            + tr("%n row(s) had no timestamp and are dated from the file.", nullptr,
                 int(r.rowsWithoutTimestamp));
    m_status->setText(text);
    QStringList lines;
    for (const auto &i : r.issues)
        lines << i.toString();
    if (r.rowsSkipped > qint64(r.issues.size()))
        lines << tr("… and %1 more").arg(r.rowsSkipped - qint64(r.issues.size()));
    m_issues->setPlainText(lines.join(QLatin1Char('\n')));
    m_context->notifyDataChanged();
    Q_EMIT importFinished(true);
}

} // namespace hearth::app
