// SPDX-License-Identifier: MIT
#include "app/explore/explorepage.h"

#include "app/appcontext.h"
#include "app/explore/resultchart.h"
#include "app/widgets/palette.h"
#include "app/widgets/sqlcompleterpopup.h"
#include "app/widgets/sqleditor.h"
#include "core/live/queryresultmodel.h"
#include "core/live/resultexport.h"
#include "core/live/timerange.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

constexpr int kMaxHistory = 30;

const QString kDefaultSql
    = QStringLiteral("-- Ctrl+Enter runs the query. Tables: records, records_all, metrics.\n"
                     "SELECT service_name,\n"
                     "       count(*) AS span_count,\n"
                     "       sum(CASE WHEN level >= 17 THEN 1 ELSE 0 END) AS errors,\n"
                     "       round(avg(duration) * 1000, 1) AS avg_ms\n"
                     "FROM records\n"
                     "GROUP BY service_name\n"
                     "ORDER BY span_count DESC");

} // namespace

ExplorePage::ExplorePage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new core::QueryResultModel(this)), m_job(this)
{
    setObjectName(QStringLiteral("explorepage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(buildToolbar());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_editor = new SqlEditor(splitter);
    m_editor->setObjectName(QStringLiteral("exploreEditor"));
    m_editor->setAccessibleName(tr("SQL query"));
    m_editor->setPlainText(
        QSettings().value(QStringLiteral("explore/sql"), kDefaultSql).toString());
    connect(m_editor, &SqlEditor::runRequested, this, &ExplorePage::run);

    auto *results = new QWidget(splitter);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(4);
    m_error = new QLabel(results);
    m_error->setObjectName(QStringLiteral("exploreError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    palette::setThemedStyleSheet(m_error,
                                 []() -> QString { return palette::errorBannerStyleSheet(); });
    m_error->setVisible(false);
    resultsLayout->addWidget(m_error);

    m_tabs = new QTabWidget(results);
    m_table = new QTableView(m_tabs);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setObjectName(QStringLiteral("exploreTable"));
    m_table->setAccessibleName(tr("Query results"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy as TSV"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ExplorePage::copySelection);
    m_table->addAction(copy);
    auto *openTrace = new QAction(tr("Open trace"), m_table);
    connect(openTrace, &QAction::triggered, this,
            [this] { openCellTrace(m_table->currentIndex()); });
    m_table->addAction(openTrace);
    connect(m_table, &QTableView::doubleClicked, this, &ExplorePage::openCellTrace);
    m_tabs->addTab(m_table, tr("Table"));
    m_chart = new ResultChart(m_tabs);
    m_tabs->addTab(m_chart, tr("Chart"));
    resultsLayout->addWidget(m_tabs, 1);

    splitter->addWidget(m_editor);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({220, 480});
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exploreStatus"));
    palette::setMutedText(m_status);
    m_status->setText(tr("Ctrl+Enter runs the query against the active store or connection."));
    layout->addWidget(m_status);

    // Completion learns attribute keys from a sample of the store, off the GUI thread.
    connect(context, &AppContext::storeChanged, this, [this] {
        auto engine = m_context->engine();
        if (!engine)
            return;
        auto *tracker = new core::JobTracker(this);
        tracker->run(
            [engine](const core::CancelTokenPtr &cancel) {
                core::QueryRequest r;
                r.sql = QStringLiteral(
                    "SELECT attributes FROM records ORDER BY start_timestamp DESC LIMIT 500");
                r.limit = 500;
                QStringList keys;
                if (auto res = engine->run(r, cancel))
                    for (const auto &row : res->rows)
                        keys << QJsonDocument::fromJson(row[0].toString().toUtf8()).object().keys();
                keys.removeDuplicates();
                return keys;
            },
            [this, tracker](QStringList keys) {
                m_editor->completer()->completion().addAttributeKeys(keys);
                tracker->cancel();
                delete tracker;
            });
    });
}

ExplorePage::~ExplorePage() = default;

void ExplorePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The starter query is cheap and shows what the page does; anything the user wrote waits for
    // Run.
    if (!m_shownOnce && m_context->engine() && m_editor->toPlainText() == kDefaultSql)
        run();
    m_shownOnce = true;
}

QWidget *ExplorePage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_runButton = new QPushButton(tr("Run"), bar);
    m_runButton->setObjectName(QStringLiteral("exploreRun"));
    m_runButton->setToolTip(tr("Run the query (Ctrl+Enter)"));
    m_runButton->setDefault(true);
    // A filled button needs its own focus ring: the style's one is gone with the border.
    palette::setThemedStyleSheet(m_runButton, []() -> QString {
        return QStringLiteral("QPushButton { background:#2563eb; color:white; border:none; "
                              "border-radius:4px; padding:5px 16px; font-weight:600; }"
                              "QPushButton:focus { border:2px solid %1; }"
                              "QPushButton:disabled { background:%2; }")
            .arg(palette::focusRingColor().name(), palette::themedColor(0x93c5fd, 0x2a3f66).name());
    });
    connect(m_runButton, &QPushButton::clicked, this, &ExplorePage::run);
    row->addWidget(m_runButton);
    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExplorePage::cancel);
    row->addWidget(m_cancelButton);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    runShortcut->setWhatsThis(tr("Run the query"));
    connect(runShortcut, &QShortcut::activated, this, &ExplorePage::run);

    m_historyButton = new QToolButton(bar);
    m_historyButton->setText(tr("History"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(new QMenu(m_historyButton));
    connect(m_historyButton->menu(), &QMenu::aboutToShow, this, &ExplorePage::populateHistoryMenu);
    row->addWidget(m_historyButton);
    row->addStretch(1);

    row->addWidget(new QLabel(tr("Time range"), bar));
    m_rangeBox = new QComboBox(bar);
    m_rangeBox->setObjectName(QStringLiteral("exploreRange"));
    const QStringList labels {tr("Last 5 minutes"), tr("Last 15 minutes"), tr("Last 30 minutes"),
                              tr("Last hour"),      tr("Last 6 hours"),    tr("Last 12 hours"),
                              tr("Last 24 hours"),  tr("Last 2 days"),     tr("Last 7 days"),
                              tr("Last 14 days")};
    const auto &presets = core::TimeRange::presets();
    for (size_t i = 0; i < presets.size() && i < static_cast<size_t>(labels.size()); ++i)
        m_rangeBox->addItem(labels[static_cast<int>(i)],
                            QVariant::fromValue<qint64>(presets[i].us));
    m_rangeBox->addItem(tr("All time"), QVariant::fromValue<qint64>(0));
    m_rangeBox->setCurrentIndex(m_rangeBox->count() - 1);
    m_rangeBox->setToolTip(
        tr("Passed to the engine as min/max timestamp (start_timestamp, recorded_timestamp)"));
    row->addWidget(m_rangeBox);

    auto *limitLabel = new QLabel(tr("Limit"), bar);
    row->addWidget(limitLabel);
    m_limitBox = new QComboBox(bar);
    limitLabel->setBuddy(m_limitBox);
    m_limitBox->setObjectName(QStringLiteral("exploreLimit"));
    m_limitBox->setAccessibleName(limitLabel->text());
    for (int limit : {100, 1000, 10000, 100000})
        m_limitBox->addItem(QLocale().toString(limit), limit);
    m_limitBox->setCurrentIndex(2);
    row->addWidget(m_limitBox);

    m_exportButton = new QToolButton(bar);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    connect(exportMenu->addAction(tr("CSV…")), &QAction::triggered, this,
            [this] { exportDialog(QStringLiteral("csv")); });
    connect(exportMenu->addAction(tr("JSON…")), &QAction::triggered, this,
            [this] { exportDialog(QStringLiteral("json")); });
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setEnabled(false);
    row->addWidget(m_exportButton);
    return bar;
}

void ExplorePage::setSql(const QString &sql)
{
    m_editor->setPlainText(sql);
}

void ExplorePage::setLimit(int limit)
{
    const int i = m_limitBox->findData(limit);
    if (i >= 0) {
        m_limitBox->setCurrentIndex(i);
    } else {
        m_limitBox->addItem(QLocale().toString(limit), limit);
        m_limitBox->setCurrentIndex(m_limitBox->count() - 1);
    }
}

void ExplorePage::run()
{
    auto engine = m_context->engine();
    const QString sql = m_editor->toPlainText();
    if (!engine) {
        m_error->setText(tr("No store is open."));
        m_error->setVisible(true);
        return;
    }
    if (sql.trimmed().isEmpty())
        return;
    QSettings().setValue(QStringLiteral("explore/sql"), sql);
    addHistory(sql);
    core::QueryRequest request;
    request.sql = sql;
    request.limit = m_limitBox->currentData().toInt();
    const qint64 lastUs = m_rangeBox->currentData().toLongLong();
    if (lastUs > 0) {
        const core::TimeRange range = core::TimeRange::last(lastUs);
        const core::Micros now = core::nowMicros();
        request.minTimestamp = range.from(now);
        request.maxTimestamp = range.to(now);
    }
    m_running = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_error->setVisible(false);
    m_editor->setErrorPosition(-1);
    m_status->setText(tr("Running…"));
    m_job.run(
        [engine, request](const core::CancelTokenPtr &cancel) {
            return engine->run(request, cancel);
        },
        [this, sql](core::Result<core::QueryResult> result) { onResult(std::move(result), sql); });
}

void ExplorePage::cancel()
{
    if (!m_running)
        return;
    m_job.cancel();
    m_running = false;
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelled."));
    Q_EMIT finished(false);
}

void ExplorePage::onResult(core::Result<core::QueryResult> result, const QString &sql)
{
    m_running = false;
    m_runButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    if (!result) {
        const core::Error &e = result.error();
        m_error->setText(e.position >= 0
                             ? tr("%1 (line %2)")
                                   .arg(e.message)
                                   .arg(sql.left(e.position).count(QLatin1Char('\n')) + 1)
                             : e.message);
        m_error->setVisible(true);
        m_editor->setErrorPosition(e.position);
        m_status->setText(tr("Query failed."));
        Q_EMIT finished(false);
        return;
    }
    core::QueryResult value = std::move(result.value());
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setResult(value);
    m_chart->setResult(m_model->result());
    m_exportButton->setEnabled(true);
    // Size columns to their content from the first rows only: measuring 100k rows would stall.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int w = m_table->fontMetrics().horizontalAdvance(m_model->columnName(c)) + 36;
        for (int r = 0; r < std::min(50, m_model->rowCount()); ++r)
            w = std::max(
                w,
                m_table->fontMetrics().horizontalAdvance(m_model->index(r, c).data().toString())
                    + 20);
        m_table->setColumnWidth(c, std::min(w, 420));
    }
    QString text = tr("%n row(s)", nullptr, m_model->rowCount());
    if (value.truncated)
        text += tr(" (limit reached)");
    text += tr(" · %1 ms").arg(QString::number(value.elapsedMs, 'f', value.elapsedMs < 10 ? 1 : 0));
    text += tr(" · source: %1")
                .arg(value.source.isEmpty() ? m_context->engine()->name() : value.source);
    if (value.cachedAt) {
        const qint64 ageS = (core::nowMicros() - *value.cachedAt) / core::kMicrosPerSecond;
        text += tr(" · cached %1 ago").arg(core::formatDurationSeconds(static_cast<double>(ageS)));
    }
    m_status->setText(text);
    Q_EMIT finished(true);
}

QStringList ExplorePage::history() const
{
    return QSettings().value(QStringLiteral("explore/history")).toStringList();
}

void ExplorePage::addHistory(const QString &sql)
{
    QStringList list = history();
    list.removeAll(sql);
    list.prepend(sql);
    while (list.size() > kMaxHistory)
        list.removeLast();
    QSettings().setValue(QStringLiteral("explore/history"), list);
}

void ExplorePage::populateHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    const QStringList list = history();
    if (list.isEmpty()) {
        menu->addAction(tr("No queries run yet"))->setEnabled(false);
        return;
    }
    for (const QString &sql : list) {
        QString oneLine = sql.simplified();
        QAction *a = menu->addAction(menu->fontMetrics().elidedText(oneLine, Qt::ElideRight, 520));
        a->setToolTip(sql);
        connect(a, &QAction::triggered, this, [this, sql] { m_editor->setPlainText(sql); });
    }
}

QString ExplorePage::copySelection()
{
    QModelIndexList indexes = m_table->selectionModel()
        ? m_table->selectionModel()->selectedIndexes()
        : QModelIndexList();
    QString header;
    if (indexes.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (int c = 0; c < m_model->columnCount(); ++c)
                indexes << m_model->index(r, c);
        QStringList names;
        for (int c = 0; c < m_model->columnCount(); ++c)
            names << m_model->columnName(c);
        header = names.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    const QString tsv = header + m_model->toTsv(indexes);
    QApplication::clipboard()->setText(tsv);
    return tsv;
}

void ExplorePage::openCellTrace(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString column = m_model->columnName(index.column());
    if (column != QLatin1String("trace_id") && column != QLatin1String("span_id"))
        return;
    const int traceCol = m_model->result().columnIndex(QStringLiteral("trace_id"));
    if (traceCol < 0)
        return;
    const QString traceId = m_model->index(index.row(), traceCol).data().toString();
    const int spanCol = m_model->result().columnIndex(QStringLiteral("span_id"));
    const QString spanId
        = spanCol >= 0 ? m_model->index(index.row(), spanCol).data().toString() : QString();
    if (!traceId.isEmpty())
        m_context->requestOpenTrace(traceId, spanId);
}

core::Status ExplorePage::exportTo(const QString &path)
{
    return core::writeResultFile(m_model->result(), path);
}

void ExplorePage::exportDialog(const QString &extension)
{
    const QString filter
        = extension == QLatin1String("json") ? tr("JSON (*.json)") : tr("CSV (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export result"),
                                                QStringLiteral("result.") + extension, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    if (auto s = exportTo(path); !s)
        QMessageBox::warning(this, tr("Export result"), s.error().message);
    else
        m_status->setText(tr("Exported %n row(s) to %1", nullptr, m_model->rowCount()).arg(path));
}

} // namespace hearth::app
