// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertengines.h"
#include "core/alerts/alertleasekeeper.h"
#include "core/alerts/alertrepository.h"
#include "core/alerts/alertscheduler.h"
#include "core/async/jobtracker.h"

#include <memory>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace hearth::app {

class AppContext;
class AlertRulesModel;
class AlertRunsModel;
class MatchedRowsModel;
class TrayNotifier;

// Alerts: state tiles, the rules with their recent runs, and the selected rule's run history
// with its matched rows (trace_id cells open the trace). Owns the GUI's scheduler, which
// evaluates rules while the window is open and notifies through the system tray.
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(AppContext *context, QWidget *parent = nullptr);
    ~AlertsPage() override;

    AlertRulesModel *rulesModel() const { return m_rulesModel; }
    AlertRunsModel *runsModel() const { return m_runsModel; }
    MatchedRowsModel *matchedModel() const { return m_matchedModel; }
    core::AlertScheduler *scheduler() const { return m_scheduler.get(); }
    // The scheduler's single-evaluator lease (null for a read-only store).
    core::AlertLeaseKeeper *lease() const { return m_lease.get(); }
    std::shared_ptr<core::AlertRepository> repository() const { return m_repository; }
    // The engines rules name (the store, Logfire connections with their keychain tokens).
    std::shared_ptr<core::AlertEngines> engines() const { return m_engines; }
    // "Rules are evaluated by hearth-cli serve (pid 1234)." when another process evaluates.
    QString evaluatorText() const;
    int tileCount(core::AlertState state) const { return m_tileCounts.value(int(state)); }

    void refresh();
    void selectRule(qint64 ruleId);
    qint64 selectedRuleId() const;
    // Opens the editor on a new rule prefilled with `rule` (the dashboards page passes
    // core::fromPanel(...) here to turn a panel into an alert).
    void createRule(const core::AlertRule &rule);
    // Re-reads the saved Logfire connections and their tokens (after Settings changed them).
    void reloadConnections();

Q_SIGNALS:
    void refreshed();
    void runsLoaded();

private:
    void buildUi();
    QWidget *buildTiles();
    void openStore();
    void restartScheduler();
    void stopScheduler();
    void tokensSettled(int generation);
    void editSelected();
    void runSelectedNow();
    void snoozeSelected(core::Micros duration);
    void toggleSelectedActive();
    void deleteSelected();
    void importRules();
    void exportRules();
    void loadRuns();
    void showRun(int row);
    void updateTiles();
    void saveRule(core::AlertRule rule);
    void showError(const QString &message);

    AppContext *m_context;
    std::shared_ptr<core::AlertRepository> m_repository;
    std::shared_ptr<core::AlertEngines> m_engines;
    std::unique_ptr<core::AlertScheduler> m_scheduler;
    // Every lease operation runs on the pool through it: the store's write lock (held by the
    // in-process OTLP receiver while it writes) never stalls this thread.
    std::unique_ptr<core::AlertLeaseKeeper> m_lease;
    // Token reads in flight for the current connection list; the scheduler starts once they
    // have answered (or after a short wait, so a silent keychain never stops local rules).
    int m_tokenGeneration = 0;
    int m_pendingTokens = 0;
    bool m_schedulerStarted = false;
    std::shared_ptr<TrayNotifier> m_tray;
    core::JobTracker m_listJob;
    core::JobTracker m_runsJob;
    core::JobTracker m_actionJob;
    QTimer *m_refreshDebounce = nullptr;

    AlertRulesModel *m_rulesModel = nullptr;
    QSortFilterProxyModel *m_rulesProxy = nullptr;
    AlertRunsModel *m_runsModel = nullptr;
    MatchedRowsModel *m_matchedModel = nullptr;
    QTableView *m_rulesView = nullptr;
    QTableView *m_runsView = nullptr;
    QTableView *m_matchedView = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_evaluator = nullptr;
    QLabel *m_matchedTitle = nullptr;
    QHash<int, QLabel *> m_tileLabels;
    QHash<int, int> m_tileCounts;
};

} // namespace hearth::app
