// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboarddocument.h"
#include "core/dashboard/dashboardvariables.h"
#include "core/dashboard/panelqueryscheduler.h"

#include <QFrame>

class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hearth::app {

class CategoryChartView;
class ResultTableModel;
class TimeSeriesChartView;
class ValuesWidget;

// One dashboard panel: a title bar, then a loading, error or content state. The content is built
// from a query outcome by kind (chart, table, values, gauge, markdown).
class PanelWidget : public QFrame
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, Ready, Error };
    explicit PanelWidget(QWidget *parent = nullptr);

    void setPanel(const core::PanelInfo &info);
    const core::PanelInfo &panel() const { return m_info; }
    void setLoading();
    void setError(const QString &message);
    void setOutcome(const core::PanelOutcome &outcome, const core::TimeWindow &range);
    void setEditing(bool editing);

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    QWidget *titleBar() const { return m_titleBar; }
    TimeSeriesChartView *timeSeriesView() const { return m_timeSeries; }
    QTableView *tableView() const { return m_table; }
    CategoryChartView *categoryView() const { return m_category; }
    ValuesWidget *valuesWidget() const { return m_values; }

Q_SIGNALS:
    void editRequested();
    // View mode: turn this panel's query and current variables into an alert rule.
    void createAlertRequested();
    void duplicateRequested();
    void removeRequested();
    void openTraceRequested(const QString &traceId);
    // A panel-level variable selector changed (it shadows the dashboard variable of that name).
    void panelVariableChanged(const QString &name, const QString &value);

private:
    // Base-coloured card in the current theme.
    void applyTheme();
    void showContent(QWidget *content);
    void showMarkdown();

    core::PanelInfo m_info;
    State m_state = State::Idle;
    QString m_error;
    QWidget *m_titleBar;
    QLabel *m_title;
    QLabel *m_status;
    QToolButton *m_edit;
    QToolButton *m_alert = nullptr;
    QToolButton *m_duplicate;
    QToolButton *m_remove;
    QWidget *m_variableRow;
    QStackedWidget *m_stack;
    QLabel *m_message;
    TimeSeriesChartView *m_timeSeries = nullptr;
    CategoryChartView *m_category = nullptr;
    QTableView *m_table = nullptr;
    ResultTableModel *m_tableModel = nullptr;
    ValuesWidget *m_values = nullptr;
    QLabel *m_markdown = nullptr;
    std::shared_ptr<const core::QueryResult> m_lastResult;
    core::TimeWindow m_lastRange;
};

} // namespace hearth::app
