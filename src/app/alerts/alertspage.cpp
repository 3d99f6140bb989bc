// SPDX-License-Identifier: MIT
#include "app/alerts/alertspage.h"

#include "app/alerts/alerteditordialog.h"
#include "app/alerts/alertrulesmodel.h"
#include "app/alerts/alertrunsmodel.h"
#include "app/alerts/alertstyle.h"
#include "app/alerts/matchedrowsmodel.h"
#include "app/alerts/sparklinedelegate.h"
#include "app/alerts/traynotifier.h"
#include "app/appcontext.h"
#include "app/widgets/palette.h"
#include "core/alerts/alertevaluator.h"
#include "core/connections/connections.h"
#include "core/connections/secretstore.h"
#include "core/query/localengine.h"
#include "core/util/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSysInfo>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

struct ListSnapshot
{
    core::Result<QVector<core::AlertRule>> rules = QVector<core::AlertRule>();
    QHash<qint64, QVector<core::AlertRun>> recent;
    std::optional<core::AlertEvaluator> evaluator;
};

// How long the scheduler waits for the keychain before starting anyway.
constexpr int kTokenWaitMs = 3000;

constexpr core::AlertState kTileStates[]
    = {core::AlertState::Firing,  core::AlertState::Flapping, core::AlertState::Ok,
       core::AlertState::Snoozed, core::AlertState::NoData,   core::AlertState::Error};

} // namespace

AlertsPage::AlertsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_listJob(this), m_runsJob(this), m_actionJob(this)
{
    setObjectName(QStringLiteral("alertspage"));
    m_tray = std::make_shared<TrayNotifier>();
    buildUi();
    m_refreshDebounce = new QTimer(this);
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(150);
    connect(m_refreshDebounce, &QTimer::timeout, this, &AlertsPage::refresh);
    connect(context, &AppContext::storeChanged, this, &AlertsPage::openStore);
    // Rules name their own engine; a switch of the active connection may bring a token typed
    // for this session, which rules naming that connection can use too.
    connect(context, &AppContext::engineChanged, this, &AlertsPage::reloadConnections);
    // "Last run 2m ago" and tile states move with time even when nothing is recorded.
    auto *clockTick = new QTimer(this);
    clockTick->setInterval(30'000);
    connect(clockTick, &QTimer::timeout, this, &AlertsPage::refresh);
    clockTick->start();
    openStore();
}

AlertsPage::~AlertsPage()
{
    stopScheduler();
}

void AlertsPage::stopScheduler()
{
    if (m_scheduler) {
        m_scheduler->stop();
        m_scheduler->waitForIdle();
    }
    // After the runs are recorded (the next holder schedules from them). The release runs on the
    // pool and outlives the keeper; a check still in flight is answered into the void.
    if (m_lease) {
        m_lease->release();
        m_lease.reset();
    }
    m_scheduler.reset();
}

QWidget *AlertsPage::buildTiles()
{
    auto *tiles = new QWidget(this);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    for (const auto state : kTileStates) {
        auto *tile = new QLabel(tiles);
        tile->setObjectName(QStringLiteral("tile_") + core::alertStateKey(state));
        tile->setAlignment(Qt::AlignCenter);
        tile->setMinimumSize(110, 62);
        const QColor c = alertStateColor(state);
        tile->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-left: 5px solid "
                                           "%1; border-radius: 5px; background: palette(base); "
                                           "padding: 4px; }")
                                .arg(c.name()));
        m_tileLabels.insert(int(state), tile);
        row->addWidget(tile);
    }
    row->addStretch(1);
    return tiles;
}

void AlertsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Alerts</h2>"), this);
    layout->addWidget(title);
    layout->addWidget(buildTiles());

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("New alert…"), this, [this] {
        core::AlertRule rule;
        rule.sql = QStringLiteral("SELECT trace_id, span_name, message\nFROM records\nWHERE "
                                  "is_exception\nLIMIT 50");
        createRule(rule);
    });
    bar->addAction(tr("Edit…"), this, &AlertsPage::editSelected);
    bar->addAction(tr("Run now"), this, &AlertsPage::runSelectedNow);
    auto *snoozeMenu = new QMenu(this);
    const struct
    {
        QString label;
        core::Micros duration;
    } snoozes[] = {
        {tr("30 minutes"), 30 * core::kMicrosPerMinute}, {tr("1 hour"), core::kMicrosPerHour},
        {tr("4 hours"), 4 * core::kMicrosPerHour},       {tr("1 day"), core::kMicrosPerDay},
        {tr("3 days"), 3 * core::kMicrosPerDay},         {tr("1 week"), 7 * core::kMicrosPerDay}};
    for (const auto &s : snoozes) {
        const core::Micros d = s.duration;
        snoozeMenu->addAction(s.label, this, [this, d] { snoozeSelected(d); });
    }
    snoozeMenu->addSeparator();
    snoozeMenu->addAction(tr("Unsnooze"), this, [this] { snoozeSelected(0); });
    auto *snooze = new QToolButton(bar);
    snooze->setText(tr("Snooze"));
    snooze->setMenu(snoozeMenu);
    snooze->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(snooze);
    bar->addAction(tr("Activate / deactivate"), this, &AlertsPage::toggleSelectedActive);
    bar->addAction(tr("Delete"), this, &AlertsPage::deleteSelected);
    bar->addSeparator();
    bar->addAction(tr("Import…"), this, &AlertsPage::importRules);
    bar->addAction(tr("Export…"), this, &AlertsPage::exportRules);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search alerts"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    bar->addWidget(m_search);
    layout->addWidget(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    m_message->setWordWrap(true);
    palette::setThemedStyleSheet(m_message, []() -> QString {
        return QStringLiteral("color: %1").arg(palette::errorTextColor().name());
    });
    m_message->hide();
    layout->addWidget(m_message);

    m_evaluator = new QLabel(this);
    m_evaluator->setObjectName(QStringLiteral("alertsEvaluator"));
    m_evaluator->setWordWrap(true);
    m_evaluator->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                              "border: 1px solid palette(mid); border-radius: "
                                              "4px; padding: 6px; }"));
    m_evaluator->hide();
    layout->addWidget(m_evaluator);

    m_rulesModel = new AlertRulesModel(this);
    m_rulesProxy = new QSortFilterProxyModel(this);
    m_rulesProxy->setSourceModel(m_rulesModel);
    m_rulesProxy->setFilterKeyColumn(AlertRulesModel::NameColumn);
    m_rulesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_rulesProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_rulesView = new QTableView(this);
    m_rulesView->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_rulesView->setObjectName(QStringLiteral("alertRules"));
    m_rulesView->setAccessibleName(tr("Alert rules"));
    m_rulesView->setModel(m_rulesProxy);
    m_rulesView->setItemDelegate(new SparklineDelegate(m_rulesView));
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->verticalHeader()->setDefaultSectionSize(28);
    m_rulesView->setShowGrid(false);
    m_rulesView->setAlternatingRowColors(true);
    m_rulesView->horizontalHeader()->setSectionResizeMode(AlertRulesModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_rulesView->setColumnWidth(AlertRulesModel::StateColumn, 110);
    m_rulesView->setColumnWidth(AlertRulesModel::ActivityColumn, 150);
    m_rulesView->setColumnWidth(AlertRulesModel::ChannelsColumn, 200);
    connect(m_rulesView, &QTableView::doubleClicked, this, &AlertsPage::editSelected);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::loadRuns);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("alertDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_runsModel = new AlertRunsModel(this);
    m_runsView = new QTableView(this);
    m_runsView->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_runsView->setObjectName(QStringLiteral("alertRuns"));
    m_runsView->setAccessibleName(tr("Runs"));
    m_runsView->setModel(m_runsModel);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->verticalHeader()->hide();
    m_runsView->verticalHeader()->setDefaultSectionSize(24);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setColumnWidth(AlertRunsModel::TimeColumn, 145);
    m_runsView->setColumnWidth(AlertRunsModel::StateColumn, 95);
    m_runsView->setColumnWidth(AlertRunsModel::RowsColumn, 50);
    m_runsView->setColumnWidth(AlertRunsModel::TransitionColumn, 95);
    m_runsView->setColumnWidth(AlertRunsModel::DurationColumn, 65);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRun(current.row()); });

    m_matchedModel = new MatchedRowsModel(this);
    m_matchedView = new QTableView(this);
    m_matchedView->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_matchedView->setObjectName(QStringLiteral("alertMatchedRows"));
    m_matchedView->setAccessibleName(tr("Matched rows"));
    m_matchedView->setModel(m_matchedModel);
    m_matchedView->horizontalHeader()->setStretchLastSection(true);
    m_matchedView->verticalHeader()->setDefaultSectionSize(22);
    connect(m_matchedView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString traceId = index.data(MatchedRowsModel::TraceIdRole).toString();
        if (!traceId.isEmpty())
            m_context->requestOpenTrace(traceId);
    });
    m_matchedTitle = new QLabel(tr("Matched rows"), this);

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("<b>Runs</b>"), history));
    historyLayout->addWidget(m_runsView);
    auto *matched = new QWidget(this);
    auto *matchedLayout = new QVBoxLayout(matched);
    matchedLayout->setContentsMargins(0, 0, 0, 0);
    matchedLayout->addWidget(m_matchedTitle);
    matchedLayout->addWidget(m_matchedView);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(history);
    bottom->addWidget(matched);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(bottom, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_rulesView);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    updateTiles();
}

void AlertsPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AlertsPage::openStore()
{
    stopScheduler();
    m_repository.reset();
    m_engines.reset();
    m_rulesModel->setRows({});
    m_runsModel->setRuns({});
    m_matchedModel->clear();
    if (!m_context->hasStore())
        return;
    auto repo = core::AlertRepository::open(m_context->storePath());
    if (!repo) {
        showError(repo.error().message);
        return;
    }
    showError({});
    m_repository = std::shared_ptr<core::AlertRepository>(std::move(repo.value()));
    m_engines = std::make_shared<core::AlertEngines>(
        std::make_shared<core::LocalEngine>(m_context->storePath()));
    restartScheduler();
    refresh();
}

void AlertsPage::restartScheduler()
{
    stopScheduler();
    m_schedulerStarted = false;
    if (!m_repository || !m_engines)
        return;
    auto clock = std::make_shared<core::SystemAlertClock>();
    m_scheduler = std::make_unique<core::AlertScheduler>(
        m_repository, core::alertEngineResolver(m_engines), clock);
    m_scheduler->setDesktopNotifier(m_tray);
    connect(m_scheduler.get(), &core::AlertScheduler::runRecorded, m_refreshDebounce,
            qOverload<>(&QTimer::start), Qt::QueuedConnection);
    connect(m_scheduler.get(), &core::AlertScheduler::evaluatorChanged, m_refreshDebounce,
            qOverload<>(&QTimer::start), Qt::QueuedConnection);
    connect(
        m_scheduler.get(), &core::AlertScheduler::schedulingFailed, this,
        [this](const QString &message) { showError(message); }, Qt::QueuedConnection);
    // A read-only store (a case file) is browsed, never evaluated: runs could not be recorded.
    if (!m_context->storeReadOnly()) {
        // One evaluator per store: when `hearth-cli serve` evaluates this store, this window
        // only shows its runs (and takes over if serve stops). The lease is opened, taken,
        // renewed and released off this thread; a failure arrives as schedulingFailed.
        m_lease = std::make_unique<core::AlertLeaseKeeper>(m_context->storePath(),
                                                           QStringLiteral("Hearth"), clock);
        m_lease->attach(m_scheduler.get());
    }
    reloadConnections();
}

void AlertsPage::reloadConnections()
{
    if (!m_engines)
        return;
    QList<core::LogfireConnection> connections;
    QString envToken;
    const auto env = core::ConnectionList::fromEnvironment(&envToken);
    if (env)
        connections.push_back(*env);
    QSettings settings;
    const auto saved = core::ConnectionList::load(settings);
    connections += saved;
    m_engines->setConnections(connections);
    if (env)
        m_engines->setToken(env->id, envToken);

    const int generation = ++m_tokenGeneration;
    m_pendingTokens = saved.size();
    auto *secrets = m_context->secrets();
    for (const auto &c : saved) {
        m_engines->setTokenProblem(c.id, tr("the keychain has not answered yet"));
        if (!secrets) {
            --m_pendingTokens;
            continue;
        }
        auto engines = m_engines;
        const QString id = c.id;
        // The callback may come after this page is gone (the secret store outlives it).
        QPointer<AlertsPage> self(this);
        secrets->read(c.tokenKey(), [self, engines, id, generation](core::Result<QString> token) {
            if (token && !token->isEmpty())
                engines->setToken(id, token.value());
            else
                engines->setTokenProblem(
                    id, token ? tr("the stored token is empty") : token.error().message);
            if (self && generation == self->m_tokenGeneration && --self->m_pendingTokens == 0)
                self->tokensSettled(generation);
        });
    }
    if (m_pendingTokens <= 0)
        tokensSettled(generation);
    else
        QTimer::singleShot(kTokenWaitMs, this, [this, generation] { tokensSettled(generation); });
}

void AlertsPage::tokensSettled(int generation)
{
    if (generation != m_tokenGeneration || m_schedulerStarted || !m_scheduler
        || m_context->storeReadOnly())
        return;
    m_schedulerStarted = true;
    m_scheduler->start();
    refresh();
}

QString AlertsPage::evaluatorText() const
{
    return m_evaluator->text();
}

void AlertsPage::refresh()
{
    if (!m_repository)
        return;
    auto repo = m_repository;
    m_listJob.run(
        [repo](const core::CancelTokenPtr &) {
            ListSnapshot s;
            s.rules = repo->rules();
            if (auto recent = repo->recentRuns(core::kFlappingRuns); recent)
                s.recent = recent.value();
            if (auto holder = repo->evaluator(core::nowMicros()); holder)
                s.evaluator = holder.value();
            return s;
        },
        [this](ListSnapshot s) {
            if (!s.rules) {
                showError(s.rules.error().message);
                return;
            }
            const qint64 selected = selectedRuleId();
            QVector<AlertRulesModel::Row> rows;
            for (const auto &rule : s.rules.value()) {
                AlertRulesModel::Row row {rule, s.recent.value(rule.id), std::nullopt};
                if (m_scheduler)
                    row.nextRun = m_scheduler->nextRunAt(rule);
                rows.push_back(std::move(row));
            }
            m_rulesModel->setRows(std::move(rows));
            updateTiles();
            // Another process holds the evaluator lease: say who runs the rules here. A holder
            // with this pid on this host is this window's previous scheduler (another store or
            // a restart) whose release is still on its way: not another process.
            const bool other = s.evaluator
                && (!m_scheduler || s.evaluator->owner != m_scheduler->leaseOwner())
                && !(s.evaluator->pid == QCoreApplication::applicationPid()
                     && s.evaluator->host == QSysInfo::machineHostName());
            m_evaluator->setText(
                other ? tr("Rules are evaluated by %1.").arg(s.evaluator->describe()) : QString());
            m_evaluator->setVisible(other);
            if (selected)
                selectRule(selected);
            else if (m_rulesModel->rowCount() > 0)
                m_rulesView->selectRow(0);
            Q_EMIT refreshed();
        });
}

void AlertsPage::updateTiles()
{
    m_tileCounts.clear();
    for (int i = 0; i < m_rulesModel->rowCount(); ++i) {
        const auto *row = m_rulesModel->rowAt(i);
        if (row->rule.active)
            ++m_tileCounts[int(AlertRulesModel::currentState(*row))];
    }
    for (const auto state : kTileStates) {
        m_tileLabels[int(state)]->setText(
            QStringLiteral(
                "<span style='font-size:18pt; font-weight:600; color:%1'>%2</span><br>%3")
                .arg(alertStateColor(state).name())
                .arg(m_tileCounts.value(int(state)))
                .arg(core::alertStateLabel(state)));
    }
}

qint64 AlertsPage::selectedRuleId() const
{
    const QModelIndex current = m_rulesView->currentIndex();
    return current.isValid() ? current.data(AlertRulesModel::RuleIdRole).toLongLong() : 0;
}

void AlertsPage::selectRule(qint64 ruleId)
{
    const int row = m_rulesModel->rowOfRule(ruleId);
    if (row < 0)
        return;
    const QModelIndex index = m_rulesProxy->mapFromSource(m_rulesModel->index(row, 0));
    if (index.isValid()) {
        m_rulesView->setCurrentIndex(index);
        m_rulesView->selectRow(index.row());
    }
    loadRuns();
}

void AlertsPage::loadRuns()
{
    const qint64 id = selectedRuleId();
    const int row = m_rulesModel->rowOfRule(id);
    const auto *rule = m_rulesModel->rowAt(row);
    if (!rule || !m_repository) {
        m_detail->clear();
        m_runsModel->setRuns({});
        m_matchedModel->clear();
        return;
    }
    QString detail = QStringLiteral("<b>%1</b>").arg(rule->rule.name.toHtmlEscaped());
    if (!rule->rule.description.isEmpty())
        detail += QStringLiteral(" — ") + rule->rule.description.toHtmlEscaped();
    detail += QStringLiteral("<br>") + core::describeRule(rule->rule).toHtmlEscaped();
    if (!rule->rule.engine.isEmpty() && rule->rule.engine != QLatin1String("local"))
        detail += QStringLiteral(" ")
            + tr("Runs on the Logfire connection “%1”.").arg(rule->rule.engine.toHtmlEscaped());
    if (rule->rule.snoozedAt(core::nowMicros()))
        detail += QStringLiteral("<br>")
            + tr("Snoozed until %1: runs are recorded, notifications dropped.")
                  .arg(QDateTime::fromMSecsSinceEpoch(*rule->rule.snoozedUntil / 1000)
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_detail->setText(detail);
    auto repo = m_repository;
    m_runsJob.run([repo, id](const core::CancelTokenPtr &) { return repo->runs(id); },
                  [this](core::Result<QVector<core::AlertRun>> runs) {
                      if (!runs) {
                          showError(runs.error().message);
                          return;
                      }
                      m_runsModel->setRuns(std::move(runs.value()));
                      // The newest run with rows is what one wants to see first.
                      int show = 0;
                      for (int i = 0; i < m_runsModel->rowCount(); ++i) {
                          if (m_runsModel->runAt(i)->matched()) {
                              show = i;
                              break;
                          }
                      }
                      if (m_runsModel->rowCount() > 0)
                          m_runsView->selectRow(show);
                      else
                          showRun(-1);
                      Q_EMIT runsLoaded();
                  });
}

void AlertsPage::showRun(int row)
{
    const auto *run = m_runsModel->runAt(row);
    if (!run || run->rowsJson.isEmpty()) {
        m_matchedModel->clear();
        m_matchedTitle->setText(run && run->failed() ? tr("Matched rows — the run failed")
                                                     : tr("Matched rows"));
        return;
    }
    m_matchedModel->setRowsJson(run->rowsJson);
    m_matchedTitle->setText(
        m_matchedModel->traceIdColumn() >= 0
            ? tr("<b>Matched rows</b> (%1%2) — double-click a trace_id to open the trace")
                  .arg(m_matchedModel->rowCount())
                  .arg(m_matchedModel->truncated() ? tr(", first ones") : QString())
            : tr("<b>Matched rows</b> (%1)").arg(m_matchedModel->rowCount()));
}

void AlertsPage::saveRule(core::AlertRule rule)
{
    if (!m_repository)
        return;
    if (auto s = m_repository->saveRule(rule); !s) {
        showError(s.error().message);
        return;
    }
    showError({});
    refresh();
    selectRule(rule.id);
    if (m_scheduler && !m_context->storeReadOnly())
        m_scheduler->tick(); // a new or edited rule is due at once
}

void AlertsPage::createRule(const core::AlertRule &rule)
{
    AlertEditorDialog dialog(rule, m_engines, this);
    if (dialog.exec() == QDialog::Accepted)
        saveRule(dialog.rule());
}

void AlertsPage::editSelected()
{
    const auto *row = m_rulesModel->rowAt(m_rulesModel->rowOfRule(selectedRuleId()));
    if (!row)
        return;
    AlertEditorDialog dialog(row->rule, m_engines, this);
    if (dialog.exec() == QDialog::Accepted)
        saveRule(dialog.rule());
}

void AlertsPage::runSelectedNow()
{
    const auto *row = m_rulesModel->rowAt(m_rulesModel->rowOfRule(selectedRuleId()));
    if (!row || !m_scheduler || m_context->storeReadOnly())
        return;
    core::AlertScheduler *scheduler = m_scheduler.get();
    const core::AlertRule rule = row->rule;
    m_actionJob.run(
        [scheduler, rule](const core::CancelTokenPtr &) { return scheduler->runRule(rule); },
        [this](core::Result<core::AlertRun> run) {
            if (!run)
                showError(run.error().message);
            refresh();
            loadRuns();
        });
}

void AlertsPage::snoozeSelected(core::Micros duration)
{
    const qint64 id = selectedRuleId();
    if (!id || !m_repository)
        return;
    const auto until
        = duration > 0 ? std::optional<core::Micros>(core::nowMicros() + duration) : std::nullopt;
    if (auto s = m_repository->setSnoozedUntil(id, until); !s)
        showError(s.error().message);
    refresh();
}

void AlertsPage::toggleSelectedActive()
{
    const auto *row = m_rulesModel->rowAt(m_rulesModel->rowOfRule(selectedRuleId()));
    if (!row || !m_repository)
        return;
    if (auto s = m_repository->setActive(row->rule.id, !row->rule.active); !s)
        showError(s.error().message);
    refresh();
}

void AlertsPage::deleteSelected()
{
    const auto *row = m_rulesModel->rowAt(m_rulesModel->rowOfRule(selectedRuleId()));
    if (!row || !m_repository)
        return;
    if (QMessageBox::question(this, tr("Delete alert"),
                              tr("Delete \"%1\" and its run history?").arg(row->rule.name))
        != QMessageBox::Yes)
        return;
    if (auto s = m_repository->deleteRule(row->rule.id); !s)
        showError(s.error().message);
    refresh();
}

void AlertsPage::importRules()
{
    if (!m_repository)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import alerts"), QString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    auto rules = core::parseRulesJson(f.readAll());
    if (!rules) {
        showError(tr("%1: %2").arg(path, rules.error().message));
        return;
    }
    for (auto &rule : rules.value()) {
        if (auto existing = m_repository->ruleByName(rule.name); existing && existing->has_value())
            rule.id = (*existing)->id;
        if (auto s = m_repository->saveRule(rule); !s) {
            showError(s.error().message);
            return;
        }
    }
    showError({});
    refresh();
}

void AlertsPage::exportRules()
{
    if (!m_repository)
        return;
    auto rules = m_repository->rules();
    if (!rules) {
        showError(rules.error().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export alerts"), QStringLiteral("alerts.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = core::writeFileAtomically(path, core::rulesToJson(rules.value())); !s)
        showError(s.error().message);
}

} // namespace hearth::app
