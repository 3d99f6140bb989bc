// SPDX-License-Identifier: MIT
#include "app/live/livepage.h"

#include "app/appcontext.h"
#include "app/live/histogramwidget.h"
#include "app/live/livedetailspanel.h"
#include "app/live/liverowdelegate.h"
#include "app/widgets/palette.h"
#include "app/widgets/sqlcompleterpopup.h"
#include "app/widgets/sqllineedit.h"
#include "core/live/livetreemodel.h"
#include "core/live/savedsearches.h"
#include "core/live/timehistogram.h"
#include "core/store/levels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace hearth::app {

namespace {

constexpr int kInitialRows = 2000;
constexpr int kPageRows = 1000;
constexpr int kPollRows = 5000;
constexpr int kMaxRecords = 20000;
constexpr size_t kMergeChunk = 500;
// Exporters batch (OTel's BatchSpanProcessor flushes every 5 s): re-read this much before the
// newest end time seen so that late batches are not skipped. Duplicates merge away.
constexpr core::Micros kPollOverlapUs = 10 * core::kMicrosPerSecond;

QString presetLabel(const QString &id)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("5m"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 5 minutes")},
        {QStringLiteral("15m"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 15 minutes")},
        {QStringLiteral("30m"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 30 minutes")},
        {QStringLiteral("1h"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last hour")},
        {QStringLiteral("6h"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 6 hours")},
        {QStringLiteral("12h"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 12 hours")},
        {QStringLiteral("24h"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 24 hours")},
        {QStringLiteral("2d"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 2 days")},
        {QStringLiteral("7d"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 7 days")},
        {QStringLiteral("14d"), QT_TRANSLATE_NOOP("hearth::app::LivePage", "Last 14 days")},
    };
    return QCoreApplication::translate("hearth::app::LivePage", labels.value(id, "Custom"));
}

// The Live view's background work (polls, JSON parsing, histograms) runs on its own single
// thread at a lower scheduling priority: on a busy machine the GUI thread must win the CPU, or
// the event loop stalls while the view merely waits for data.
QThreadPool *makePool()
{
    auto *p = new QThreadPool;
    p->setMaxThreadCount(1);
    p->setExpiryTimeout(-1);
    return p;
}

// Polls (small, frequent) never queue behind a histogram or a page of older rows (big scans).
QThreadPool *livePool()
{
    static QThreadPool *pool = makePool();
    return pool;
}

QThreadPool *scanPool()
{
    static QThreadPool *pool = makePool();
    return pool;
}

void lowerThisThreadPriority()
{
#ifdef __linux__
    static thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        // Per-thread nice value (Linux applies setpriority to a thread id).
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 4);
    }
#endif
}

QToolButton *menuButton(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setMenu(new QMenu(b));
    return b;
}

} // namespace

LivePage::LivePage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new core::LiveTreeModel(kMaxRecords, this))
    , m_tail(new core::LiveTail(this))
    , m_listJob(this)
    , m_pollJob(this, livePool())
    , m_parentsJob(this, livePool())
    , m_olderJob(this, scanPool())
    , m_histogramJob(this, scanPool())
{
    setObjectName(QStringLiteral("livepage"));
    // Ctrl+K finds saved searches by name and runs them here.
    context->addCommandProvider([page = QPointer<LivePage>(this)] {
        std::vector<AppContext::Command> commands;
        if (!page || !page->m_context->store())
            return commands;
        auto repo = core::SavedSearches::open(page->m_context->storePath());
        if (!repo)
            return commands;
        auto saved = repo->list(true);
        if (!saved)
            return commands;
        for (const auto &e : saved.value()) {
            commands.push_back({tr("Saved search"), e.name, e.where, [page, where = e.where] {
                                    if (!page)
                                        return;
                                    if (auto *stack
                                        = qobject_cast<QStackedWidget *>(page->parentWidget()))
                                        stack->setCurrentWidget(page);
                                    page->runSearch(where);
                                }});
        }
        return commands;
    });
    const QString savedRange
        = QSettings().value(QStringLiteral("live/range"), QStringLiteral("1h")).toString();
    for (const auto &preset : core::TimeRange::presets())
        if (preset.id == savedRange)
            m_range = core::TimeRange::last(preset.us);
    buildUi();

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(500);
    connect(m_pollTimer, &QTimer::timeout, this, &LivePage::pollNow);
    m_histogramTimer = new QTimer(this);
    m_histogramTimer->setInterval(5000);
    connect(m_histogramTimer, &QTimer::timeout, this, [this] {
        if (m_newDataSinceHistogram || m_range.relative())
            refreshHistogram();
    });

    connect(m_tail, &core::LiveTail::scrollToBottomRequested, this, &LivePage::scrollToBottom);
    connect(m_tail, &core::LiveTail::stateChanged, this, [this](core::LiveTail::State s) {
        const QSignalBlocker block(m_tailButton);
        m_tailButton->setChecked(s != core::LiveTail::State::Off);
        m_tailButton->setText(s == core::LiveTail::State::Paused ? tr("Live tail (paused)")
                                                                 : tr("Live tail"));
        updateStatus();
    });
    connect(m_tail, &core::LiveTail::unseenChanged, this, [this](int n) {
        m_newRowsButton->setVisible(n > 0);
        m_newRowsButton->setText(tr("↓ %n new record(s)", nullptr, n));
    });

    connect(context, &AppContext::storeChanged, this, &LivePage::reload);
    connect(context, &AppContext::engineChanged, this, &LivePage::reload);
    connect(context, &AppContext::dataChanged, this, &LivePage::pollNow);
    if (context->engine())
        QTimer::singleShot(0, this, &LivePage::reload);
}

LivePage::~LivePage() = default;

void LivePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(buildToolbar());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    palette::setThemedStyleSheet(m_error,
                                 []() -> QString { return palette::errorBannerStyleSheet(); });
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_histogram = new HistogramWidget(this);
    layout->addWidget(m_histogram);
    connect(m_histogram, &HistogramWidget::rangeSelected, this,
            [this](core::Micros from, core::Micros to) {
                setTimeRange(core::TimeRange::fixed(from, to));
            });
    connect(m_histogram, &HistogramWidget::timeClicked, this, [this](core::Micros us) {
        const int row = m_model->rowAtOrAfter(us);
        if (row < 0)
            return;
        m_tail->userScrolled(false);
        m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
        m_list->setCurrentIndex(m_model->index(row));
    });

    layout->addWidget(buildStatusRow());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QListView(m_splitter);
    m_list->setObjectName(QStringLiteral("liveList"));
    m_list->setModel(m_model);
    m_delegate = new LiveRowDelegate(m_model, m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::StyledPanel);
    m_list->setAccessibleName(tr("Live records"));
    m_list->verticalScrollBar()->setSingleStep(LiveRowDelegate::kRowHeight);
    m_details = new LiveDetailsPanel(m_context, m_splitter);
    m_details->setVisible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, &LivePage::onScrolled);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LivePage::onCurrentChanged);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto *n = m_model->node(index.row()))
            m_context->requestOpenTrace(n->record.traceId, n->record.spanId);
    });
    connect(m_details, &LiveDetailsPanel::openTraceRequested, m_context,
            &AppContext::requestOpenTrace);
    connect(m_details, &LiveDetailsPanel::closeRequested, this, [this] {
        m_details->setVisible(false);
        m_list->selectionModel()->clearSelection();
    });
    // Late parents regroup rows (a layout change, not an append): keep following the bottom.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_tail->following())
            scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (first >= m_model->rowCount() - (last - first + 1))
                    m_tail->rowsAppended(last - first + 1);
            });
}

QWidget *LivePage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    auto *whereLabel = new QLabel(QStringLiteral("WHERE"), bar);
    palette::setThemedStyleSheet(whereLabel, []() -> QString {
        return QStringLiteral("color:%1; font-family: monospace; font-weight:600;")
            .arg(palette::mutedTextColor().name());
    });
    row->addWidget(whereLabel);

    m_search = new SqlLineEdit(bar);
    m_search->setObjectName(QStringLiteral("liveSearch"));
    m_search->setAccessibleName(tr("Search (SQL WHERE clause)"));
    m_search->setPlaceholderText(
        tr("Search your spans: a WHERE clause, e.g. level >= 17 AND service_name = 'api'"));
    m_search->setToolTip(tr("The WHERE clause of SELECT * FROM records WHERE …\n"
                            "Enter or Ctrl+Enter runs it; Ctrl+Space completes."));
    m_search->setMinimumWidth(320);
    row->addWidget(m_search, 1);
    connect(m_search, &SqlLineEdit::runRequested, this, [this] { runSearch(m_search->text()); });
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    slash->setWhatsThis(tr("Search the live view"));
    connect(slash, &QShortcut::activated, m_search, [this] {
        if (!m_search->hasFocus())
            m_search->setFocus();
    });

    auto *run = new QPushButton(tr("Run"), bar);
    run->setObjectName(QStringLiteral("liveRun"));
    run->setToolTip(tr("Run the search (Ctrl+Enter)"));
    connect(run, &QPushButton::clicked, this, [this] { runSearch(m_search->text()); });
    row->addWidget(run);

    m_savedButton = menuButton(tr("Searches"), bar);
    m_savedButton->setToolTip(tr("Recent and saved searches"));
    connect(m_savedButton->menu(), &QMenu::aboutToShow, this, &LivePage::populateSavedMenu);
    row->addWidget(m_savedButton);

    m_rangeBox = new QComboBox(bar);
    m_rangeBox->setObjectName(QStringLiteral("liveRange"));
    for (const auto &preset : core::TimeRange::presets())
        m_rangeBox->addItem(presetLabel(preset.id), QVariant::fromValue<qint64>(preset.us));
    m_rangeBox->addItem(tr("Custom…"), QVariant::fromValue<qint64>(0));
    for (int i = 0; i < m_rangeBox->count(); ++i)
        if (m_rangeBox->itemData(i).toLongLong() == m_range.lastUs)
            m_rangeBox->setCurrentIndex(i);
    connect(m_rangeBox, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        const qint64 us = m_rangeBox->itemData(i).toLongLong();
        if (us == 0) {
            chooseCustomRange();
            return;
        }
        for (const auto &preset : core::TimeRange::presets())
            if (preset.us == us)
                QSettings().setValue(QStringLiteral("live/range"), preset.id);
        setTimeRange(core::TimeRange::last(us));
    });
    row->addWidget(m_rangeBox);

    m_envBox = new QComboBox(bar);
    m_envBox->setObjectName(QStringLiteral("liveEnvironment"));
    m_envBox->setToolTip(tr("deployment.environment"));
    m_envBox->setMinimumContentsLength(10);
    m_envBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateEnvironments({});
    connect(m_envBox, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        const QVariant v = m_envBox->itemData(i);
        m_environments = v.isValid() ? QStringList {v.toString()} : QStringList {};
        reload();
    });
    row->addWidget(m_envBox);
    return bar;
}

QWidget *LivePage::buildStatusRow()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_liveDot = new QLabel(bar);
    m_liveDot->setFixedSize(10, 10);
    row->addWidget(m_liveDot);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    palette::setMutedText(m_status);
    row->addWidget(m_status, 1);

    m_levelButton = menuButton(tr("Level"), bar);
    m_serviceButton = menuButton(tr("Service"), bar);
    m_scopeButton = menuButton(tr("Scope"), bar);
    m_tagButton = menuButton(tr("Tags"), bar);
    for (QToolButton *b : {m_levelButton, m_serviceButton, m_scopeButton, m_tagButton}) {
        b->setToolTip(tr("Filter the loaded records"));
        connect(b->menu(), &QMenu::aboutToShow, this, &LivePage::updateFilterMenus);
        row->addWidget(b);
    }

    auto *collapse = new QToolButton(bar);
    collapse->setText(tr("Collapse"));
    collapse->setToolTip(tr("Collapse all traces"));
    connect(collapse, &QToolButton::clicked, this, [this] { m_model->setAllExpanded(false); });
    row->addWidget(collapse);
    auto *expand = new QToolButton(bar);
    expand->setText(tr("Expand"));
    expand->setToolTip(tr("Expand all traces"));
    connect(expand, &QToolButton::clicked, this, [this] { m_model->setAllExpanded(true); });
    row->addWidget(expand);

    m_newRowsButton = new QPushButton(bar);
    m_newRowsButton->setObjectName(QStringLiteral("liveNewRows"));
    m_newRowsButton->setVisible(false);
    // A filled button needs its own focus ring: the style's one is gone with the border.
    palette::setThemedStyleSheet(m_newRowsButton, []() -> QString {
        return QStringLiteral("QPushButton { background:#2563eb; color:white; border:none; "
                              "border-radius:10px; padding:2px 10px; }"
                              "QPushButton:focus { border:2px solid %1; }")
            .arg(palette::focusRingColor().name());
    });
    connect(m_newRowsButton, &QPushButton::clicked, m_tail, &core::LiveTail::resume);
    row->addWidget(m_newRowsButton);

    m_tailButton = new QToolButton(bar);
    m_tailButton->setObjectName(QStringLiteral("liveTail"));
    m_tailButton->setText(tr("Live tail"));
    m_tailButton->setCheckable(true);
    m_tailButton->setChecked(true);
    m_tailButton->setToolTip(tr("Follow new records at the bottom of the list"));
    connect(m_tailButton, &QToolButton::toggled, m_tail, &core::LiveTail::setEnabled);
    row->addWidget(m_tailButton);
    return bar;
}

core::LiveQuerySpec LivePage::currentSpec() const
{
    const core::Micros now = core::nowMicros();
    return core::LiveQuerySpec {m_range.from(now), m_range.to(now), m_where, m_environments};
}

void LivePage::setTimeRange(const core::TimeRange &range)
{
    m_range = range;
    const QSignalBlocker block(m_rangeBox);
    int index = m_rangeBox->count() - 1;
    for (int i = 0; i < m_rangeBox->count(); ++i)
        if (range.relative() && m_rangeBox->itemData(i).toLongLong() == range.lastUs)
            index = i;
    m_rangeBox->setCurrentIndex(index);
    if (!range.relative())
        m_rangeBox->setItemText(
            m_rangeBox->count() - 1,
            tr("%1 – %2").arg(QDateTime::fromMSecsSinceEpoch(range.fromUs / 1000)
                                  .toString(QStringLiteral("MMM d HH:mm:ss")),
                              QDateTime::fromMSecsSinceEpoch(range.toUs / 1000)
                                  .toString(QStringLiteral("HH:mm:ss"))));
    else
        m_rangeBox->setItemText(m_rangeBox->count() - 1, tr("Custom…"));
    reload();
}

void LivePage::chooseCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom time range"));
    auto *form = new QFormLayout(&dialog);
    const core::Micros now = core::nowMicros();
    auto *from
        = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_range.from(now) / 1000), &dialog);
    auto *to = new QDateTimeEdit(
        QDateTime::fromMSecsSinceEpoch(std::min(m_range.to(now), now) / 1000), &dialog);
    for (auto *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || from->dateTime() >= to->dateTime()) {
        setTimeRange(m_range);
        return;
    }
    setTimeRange(core::TimeRange::fixed(from->dateTime().toMSecsSinceEpoch() * 1000,
                                        to->dateTime().toMSecsSinceEpoch() * 1000));
}

void LivePage::runSearch(const QString &where)
{
    if (m_search->text() != where)
        m_search->setText(where);
    if (auto error = core::LiveQuery::validateWhere(where)) {
        showSearchError(error->message, error->position);
        return;
    }
    m_where = where.trimmed();
    if (!m_where.isEmpty() && m_context->store() && !m_context->storeReadOnly()) {
        if (auto repo = core::SavedSearches::open(m_context->storePath()))
            (void)repo->addRecent(m_where);
    }
    reload();
}

void LivePage::showSearchError(const QString &message, int position)
{
    m_lastError = message;
    m_error->setText(position >= 0 ? tr("%1 (at character %2)").arg(message).arg(position + 1)
                                   : message);
    m_error->setVisible(true);
    m_search->setError(true, position);
    Q_EMIT searchFailed(message, position);
}

LivePage::Batch LivePage::runBatch(const std::shared_ptr<core::QueryEngine> &engine,
                                   const core::LiveQuery &query, const core::QueryRequest &request,
                                   const core::CancelTokenPtr &cancel)
{
    Batch batch;
    auto result = engine->run(request, cancel);
    if (!result) {
        batch.error = result.error();
        batch.errorPosition = query.userPosition(request, result.error().position);
        return batch;
    }
    batch.records = core::liveRecordsFromResult(result.value(), &batch.attributeKeys);
    batch.truncated = result->truncated || static_cast<int>(result->rows.size()) >= request.limit;
    batch.elapsedMs = result->elapsedMs;
    batch.source = result->source;
    return batch;
}

void LivePage::reload()
{
    auto engine = m_context->engine();
    m_pollJob.cancel();
    m_parentsJob.cancel();
    m_olderJob.cancel();
    m_polling = m_loadingOlder = false;
    m_noOlder = false;
    m_mergeQueue.clear();
    m_scrollPending = false;
    m_mergeAdded = 0;
    ++m_mergeGeneration;
    m_parentAsked.clear();
    m_model->clear();
    m_details->clear();
    m_details->setVisible(false);
    m_error->setVisible(false);
    m_search->setError(false);
    m_lastError.clear();
    if (!engine) {
        updateStatus();
        return;
    }
    m_loading = true;
    m_histogram->setBusy(true);
    updateStatus();
    const core::LiveQuery query(currentSpec());
    const core::QueryRequest request = query.list(kInitialRows);
    m_listJob.run(
        [engine, query, request](const core::CancelTokenPtr &cancel) {
            return runBatch(engine, query, request, cancel);
        },
        [this](Batch batch) {
            m_loading = false;
            applyBatch(batch, true);
            m_noOlder = !batch.error && !batch.truncated;
            Q_EMIT loaded();
        });
    refreshHistogram();
    if (isVisible())
        m_pollTimer->start();
}

void LivePage::applyBatch(const Batch &batch, bool initial)
{
    if (batch.error) {
        if (batch.error->code != core::Error::Code::Cancelled)
            showSearchError(batch.error->message, batch.errorPosition);
        updateStatus();
        return;
    }
    m_source = batch.source;
    m_lastQueryMs = batch.elapsedMs;
    m_search->completer()->completion().addAttributeKeys(
        QStringList(batch.attributeKeys.begin(), batch.attributeKeys.end()));
    for (const auto &r : batch.records)
        m_pollCursorEndUs = std::max(m_pollCursorEndUs, std::max(r.endUs, r.startUs));
    if (initial && m_pollCursorEndUs == 0)
        m_pollCursorEndUs = currentSpec().fromUs;
    if (initial) {
        // The first screen merges at once (it is small: kInitialRows).
        mergeChunk(batch.records);
        m_tail->resume();
        if (m_tail->state() == core::LiveTail::State::Off)
            scrollToBottom();
        updateStatus();
        fetchMissingParents();
        return;
    }
    // Polls can bring thousands of rows: merge them in slices so that the event loop keeps
    // turning (painting, input, timers) between them.
    for (size_t i = 0; i < batch.records.size(); i += kMergeChunk) {
        const auto first = batch.records.begin() + static_cast<std::ptrdiff_t>(i);
        const auto last = batch.records.begin()
            + static_cast<std::ptrdiff_t>(std::min(batch.records.size(), i + kMergeChunk));
        m_mergeQueue.emplace_back(first, last);
    }
    processMergeQueue();
}

int LivePage::mergeChunk(const std::vector<core::LiveRecord> &records)
{
    QElapsedTimer timer;
    timer.start();
    const auto stats = m_model->merge(records);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    m_stats.maxMergeMs = std::max(m_stats.maxMergeMs, ms);
    m_stats.totalMergeMs += ms;
    ++m_stats.merges;
    if (stats.added > 0)
        m_newDataSinceHistogram = true;
    if (m_details->isVisible())
        onCurrentChanged();
    return stats.added;
}

void LivePage::processMergeQueue()
{
    if (m_mergeQueue.empty())
        return;
    m_mergeAdded += mergeChunk(m_mergeQueue.front());
    m_mergeQueue.pop_front();
    if (!m_mergeQueue.empty()) {
        const quint64 generation = m_mergeGeneration;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_mergeGeneration)
                processMergeQueue();
        });
        return;
    }
    const int added = m_mergeAdded;
    m_mergeAdded = 0;
    m_polling = false;
    if (m_scrollPending && m_tail->following())
        scrollToBottom();
    updateStatus();
    Q_EMIT polled(added);
    fetchMissingParents();
}

void LivePage::pollNow()
{
    auto engine = m_context->engine();
    if (!engine || m_loading || m_polling)
        return;
    m_polling = true;
    const core::LiveQuery query(currentSpec());
    const core::Micros since
        = m_pollCursorEndUs > 0 ? m_pollCursorEndUs - kPollOverlapUs : query.spec().fromUs;
    const core::QueryRequest request = query.poll(since, kPollRows);
    m_pollJob.run(
        [engine, query, request](const core::CancelTokenPtr &cancel) {
            lowerThisThreadPriority();
            return runBatch(engine, query, request, cancel);
        },
        [this](Batch batch) {
            if (batch.error) {
                m_polling = false;
                // A failing poll keeps what is shown; the status row says why.
                m_lastError = batch.error->message;
                updateStatus();
                return;
            }
            applyBatch(batch, false);
        });
}

void LivePage::setPollInterval(int ms)
{
    m_pollTimer->setInterval(ms);
}

void LivePage::fetchMissingParents()
{
    auto engine = m_context->engine();
    if (!engine)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QPair<QString, QString>> ask;
    for (const auto &id : m_model->forest().missingParents(400)) {
        const QString key = id.first + QLatin1Char('/') + id.second;
        if (now - m_parentAsked.value(key, 0) < 5000)
            continue;
        m_parentAsked.insert(key, now);
        ask.append(id);
        if (ask.size() >= 100)
            break;
    }
    if (ask.isEmpty())
        return;
    const core::LiveQuery query(currentSpec());
    const core::QueryRequest request = query.spans(ask);
    m_parentsJob.run(
        [engine, query, request](const core::CancelTokenPtr &cancel) {
            lowerThisThreadPriority();
            return runBatch(engine, query, request, cancel);
        },
        [this](Batch batch) {
            if (batch.error || batch.records.empty())
                return;
            m_model->merge(batch.records);
            updateStatus();
            fetchMissingParents();
        });
}

void LivePage::loadOlder()
{
    auto engine = m_context->engine();
    if (!engine || m_loading || m_loadingOlder || m_noOlder || m_model->forest().size() == 0)
        return;
    m_loadingOlder = true;
    updateStatus();
    const core::LiveQuery query(currentSpec());
    const core::QueryRequest request = query.list(kPageRows, m_model->forest().oldestStartUs());
    m_olderJob.run(
        [engine, query, request](const core::CancelTokenPtr &cancel) {
            lowerThisThreadPriority();
            return runBatch(engine, query, request, cancel);
        },
        [this](Batch batch) {
            m_loadingOlder = false;
            if (batch.error) {
                updateStatus();
                return;
            }
            m_noOlder = !batch.truncated;
            // Keep the row the user looks at in place while older rows land above it.
            const QModelIndex top = m_list->indexAt(QPoint(4, 4));
            const auto *anchor = top.isValid() ? m_model->node(top.row()) : nullptr;
            const QString traceId = anchor ? anchor->record.traceId : QString();
            const QString spanId = anchor ? anchor->record.spanId : QString();
            m_programmaticScroll = true;
            m_model->merge(batch.records);
            const int row = m_model->rowOf(traceId, spanId);
            if (row >= 0)
                m_list->scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
            m_programmaticScroll = false;
            updateStatus();
            fetchMissingParents();
        });
}

void LivePage::refreshHistogram()
{
    auto engine = m_context->engine();
    if (!engine)
        return;
    m_newDataSinceHistogram = false;
    const core::LiveQuerySpec spec = currentSpec();
    const core::Micros bucket = core::TimeHistogram::chooseBucket(spec.toUs - spec.fromUs);
    const core::LiveQuery query(spec);
    struct Out
    {
        core::TimeHistogram histogram;
        QStringList environments;
        bool ok = false;
        qint64 elapsedMs = 0;
    };
    m_histogramJob.run(
        [engine, query, spec, bucket](const core::CancelTokenPtr &cancel) {
            lowerThisThreadPriority();
            Out out;
            QElapsedTimer timer;
            timer.start();
            out.histogram = core::TimeHistogram(spec.fromUs, spec.toUs, bucket);
            auto result = engine->run(query.histogram(bucket), cancel);
            if (!result)
                return out;
            out.histogram.fill(result.value());
            out.ok = true;
            if (auto envs = engine->run(query.environments(), cancel)) {
                for (const auto &row : envs->rows)
                    out.environments << (row[0].isNull() ? QString() : row[0].toString());
            }
            out.elapsedMs = timer.elapsed();
            return out;
        },
        [this](Out out) {
            m_histogram->setBusy(false);
            // A large window makes the histogram a big scan: refresh it less often then.
            m_histogramTimer->setInterval(
                static_cast<int>(std::clamp<qint64>(out.elapsedMs * 20, 5000, 60000)));
            if (!out.ok)
                return;
            m_histogram->setHistogram(std::move(out.histogram));
            updateEnvironments(out.environments);
            updateStatus();
        });
}

void LivePage::updateEnvironments(const QStringList &envs)
{
    const QVariant current = m_envBox->currentData();
    const QSignalBlocker block(m_envBox);
    m_envBox->clear();
    m_envBox->addItem(tr("All envs"));
    bool unspecified = envs.isEmpty();
    for (const QString &env : envs) {
        if (env.isEmpty())
            unspecified = true;
        else
            m_envBox->addItem(env, env);
    }
    if (unspecified || m_environments.contains(QString()))
        m_envBox->addItem(tr("Env not specified"), QString());
    for (const QString &env : std::as_const(m_environments))
        if (m_envBox->findData(env) < 0)
            m_envBox->addItem(env, env);
    const int index = current.isValid() ? m_envBox->findData(current) : 0;
    m_envBox->setCurrentIndex(std::max(index, 0));
}

void LivePage::updateStatus()
{
    const core::Micros now = core::nowMicros();
    QString range;
    if (m_range.relative()) {
        range = presetLabel([this] {
                    for (const auto &p : core::TimeRange::presets())
                        if (p.us == m_range.lastUs)
                            return p.id;
                    return QString();
                }())
                    .toLower();
    } else {
        range = tr("%1 to %2")
                    .arg(QDateTime::fromMSecsSinceEpoch(m_range.fromUs / 1000)
                             .toString(QStringLiteral("MMM d HH:mm:ss")),
                         QDateTime::fromMSecsSinceEpoch(m_range.toUs / 1000)
                             .toString(QStringLiteral("MMM d HH:mm:ss")));
    }
    (void)now;
    QString text;
    if (!m_context->engine())
        text = tr("No store open");
    else if (m_loading)
        text = tr("Loading records from the %1…").arg(range);
    else {
        const int loaded = m_model->forest().size();
        const qint64 total = m_histogram->histogram().total();
        text = total > loaded
            ? tr("Showing the newest %1 of %2 records from the %3")
                  .arg(QLocale().toString(loaded), QLocale().toString(total), range)
            : tr("Showing %1 records from the %2").arg(QLocale().toString(loaded), range);
        if (m_loadingOlder)
            text += tr(" · loading older…");
        else if (m_noOlder && loaded > 0)
            text += tr(" · no older records in this window");
        if (m_filter.active())
            text += tr(" · %n shown by the quick filters", nullptr, m_model->rowCount());
    }
    if (!m_lastError.isEmpty() && !m_error->isVisible())
        text += tr(" · last poll failed: %1").arg(m_lastError);
    m_status->setText(text);
    const bool live = m_tail->state() == core::LiveTail::State::Following && m_range.relative();
    m_liveDot->setStyleSheet(
        QStringLiteral("background:%1; border-radius:5px;")
            .arg(live ? QStringLiteral("#22c55e") : palette::mutedTextColor().name()));
    m_liveDot->setToolTip(live ? tr("Following new records") : tr("Not following"));
    if (m_model->rowCount() > 0) {
        const QModelIndex top = m_list->indexAt(QPoint(4, 4));
        const QModelIndex bottom = m_list->indexAt(QPoint(4, m_list->viewport()->height() - 4));
        const auto *a = m_model->node(top.isValid() ? top.row() : 0);
        const auto *b = m_model->node(bottom.isValid() ? bottom.row() : m_model->rowCount() - 1);
        if (a && b)
            m_histogram->setVisibleRange(a->record.startUs,
                                         std::max(b->record.startUs, a->record.startUs + 1));
    }
}

void LivePage::updateFilterMenus()
{
    auto fill = [this](QToolButton *button, const QStringList &values,
                       QSet<QString> core::LocalFilter::*set) {
        QMenu *menu = button->menu();
        menu->clear();
        if (values.isEmpty()) {
            menu->addAction(tr("Nothing loaded yet"))->setEnabled(false);
            return;
        }
        QAction *all = menu->addAction(tr("All"));
        connect(all, &QAction::triggered, this, [this, set] {
            (m_filter.*set).clear();
            applyLocalFilter();
        });
        menu->addSeparator();
        for (const QString &v : values) {
            QAction *a = menu->addAction(v);
            a->setCheckable(true);
            a->setChecked((m_filter.*set).contains(v));
            connect(a, &QAction::toggled, this, [this, set, v](bool on) {
                if (on)
                    (m_filter.*set).insert(v);
                else
                    (m_filter.*set).remove(v);
                applyLocalFilter();
            });
        }
    };
    fill(m_serviceButton, m_model->forest().services(), &core::LocalFilter::services);
    fill(m_scopeButton, m_model->forest().scopes(), &core::LocalFilter::scopes);
    fill(m_tagButton, m_model->forest().tags(), &core::LocalFilter::tags);

    QMenu *levels = m_levelButton->menu();
    levels->clear();
    const struct
    {
        int level;
        const char *name;
    } options[] = {{0, QT_TR_NOOP("Any level")},
                   {5, QT_TR_NOOP("debug and above")},
                   {9, QT_TR_NOOP("info and above")},
                   {13, QT_TR_NOOP("warn and above")},
                   {17, QT_TR_NOOP("error and above")}};
    for (const auto &o : options) {
        QAction *a = levels->addAction(tr(o.name));
        a->setCheckable(true);
        a->setChecked(m_filter.minLevel == o.level);
        connect(a, &QAction::triggered, this, [this, level = o.level] {
            m_filter.minLevel = level;
            applyLocalFilter();
        });
    }
}

void LivePage::applyLocalFilter()
{
    m_model->setLocalFilter(m_filter);
    auto mark = [](QToolButton *b, const QString &label, int n) {
        b->setText(n > 0 ? QStringLiteral("%1 (%2)").arg(label).arg(n) : label);
    };
    mark(m_serviceButton, tr("Service"), static_cast<int>(m_filter.services.size()));
    mark(m_scopeButton, tr("Scope"), static_cast<int>(m_filter.scopes.size()));
    mark(m_tagButton, tr("Tags"), static_cast<int>(m_filter.tags.size()));
    m_levelButton->setText(
        m_filter.minLevel > 0
            ? tr("Level ≥ %1")
                  .arg(QString::fromLatin1(
                      core::levelName(m_filter.minLevel).data(),
                      static_cast<qsizetype>(core::levelName(m_filter.minLevel).size())))
            : tr("Level"));
    updateStatus();
}

void LivePage::onScrolled()
{
    QScrollBar *bar = m_list->verticalScrollBar();
    if (!m_programmaticScroll) {
        m_tail->userScrolled(bar->value() >= bar->maximum() - 2);
        if (bar->value() <= bar->minimum() && bar->maximum() > 0)
            loadOlder();
    }
    updateStatus();
}

void LivePage::scrollToBottom()
{
    // While polled rows are still being merged slice by slice, scroll once at the end: every
    // scroll forces a synchronous relayout of the list.
    if (!m_mergeQueue.empty()) {
        m_scrollPending = true;
        return;
    }
    m_scrollPending = false;
    m_programmaticScroll = true;
    m_list->scrollToBottom();
    m_programmaticScroll = false;
}

void LivePage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const auto *n = current.isValid() ? m_model->node(current.row()) : nullptr;
    if (!n)
        return;
    const core::LiveRecord &shown = m_details->record();
    const bool same = shown.traceId == n->record.traceId && shown.spanId == n->record.spanId
        && shown.endUs == n->record.endUs && shown.kind == n->record.kind;
    if (!same)
        m_details->showRecord(n->record);
    if (!m_details->isVisible()) {
        m_details->setVisible(true);
        const int w = m_splitter->width();
        m_splitter->setSizes({w - std::min(420, w / 3), std::min(420, w / 3)});
    }
}

void LivePage::populateSavedMenu()
{
    QMenu *menu = m_savedButton->menu();
    menu->clear();
    const bool writable = m_context->store() && !m_context->storeReadOnly();
    QAction *save = menu->addAction(tr("Save current search…"));
    save->setEnabled(writable && !m_search->text().trimmed().isEmpty());
    connect(save, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save search"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        auto repo = core::SavedSearches::open(m_context->storePath());
        if (!repo) {
            QMessageBox::warning(this, tr("Save search"), repo.error().message);
            return;
        }
        if (auto id = repo->save(name, m_search->text()); !id)
            QMessageBox::warning(this, tr("Save search"), id.error().message);
    });
    if (!m_context->store())
        return;
    auto repo = core::SavedSearches::open(m_context->storePath());
    if (!repo)
        return;
    auto addSection = [&](const QString &title, bool saved) {
        auto entries = repo->list(saved);
        if (!entries || entries->empty())
            return;
        menu->addSection(title);
        for (const auto &e : entries.value()) {
            const QString label = saved ? tr("%1 — %2").arg(e.name, e.where) : e.where;
            QAction *a
                = menu->addAction(menu->fontMetrics().elidedText(label, Qt::ElideRight, 420));
            a->setToolTip(e.where);
            connect(a, &QAction::triggered, this, [this, where = e.where] { runSearch(where); });
        }
        if (saved) {
            QMenu *remove = menu->addMenu(tr("Delete saved search"));
            for (const auto &e : entries.value()) {
                connect(remove->addAction(e.name), &QAction::triggered, this, [this, id = e.id] {
                    if (auto r = core::SavedSearches::open(m_context->storePath()))
                        (void)r->remove(id);
                });
            }
        }
    };
    addSection(tr("Saved"), true);
    addSection(tr("Recent"), false);
    menu->addSection(tr("Start here"));
    const QStringList examples {QStringLiteral("level >= 17"), QStringLiteral("is_exception"),
                                QStringLiteral("duration > 1"),
                                QStringLiteral("http_response_status_code >= 400"),
                                QStringLiteral("span_name LIKE 'chat%'")};
    for (const QString &e : examples)
        connect(menu->addAction(e), &QAction::triggered, this, [this, e] { runSearch(e); });
}

void LivePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Hidden pages do not poll; AppContext::dataChanged still brings in-process data.
    m_pollTimer->stop();
    m_histogramTimer->stop();
}

void LivePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_context->engine()) {
        m_pollTimer->start();
        m_histogramTimer->start();
        pollNow();
    }
}

} // namespace hearth::app
