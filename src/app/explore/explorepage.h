// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/query/queryresult.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;

namespace hearth::core {
class QueryResultModel;
}

namespace hearth::app {

class AppContext;
class ResultChart;
class SqlEditor;

// The SQL workbench (logfire.md §4.8): an editor, run/cancel, history, time range and row limit;
// results in a sortable table (copy as TSV, trace_id/span_id cells open the trace), a quick chart,
// export to CSV/JSON, and where the result came from.
class ExplorePage : public QWidget
{
    Q_OBJECT
public:
    explicit ExplorePage(AppContext *context, QWidget *parent = nullptr);
    ~ExplorePage() override;

    SqlEditor *editor() const { return m_editor; }
    core::QueryResultModel *resultModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setSql(const QString &sql);
    void setLimit(int limit);
    void run();
    void cancel();
    bool running() const { return m_running; }
    QStringList history() const;
    // Copies the selected cells (or the whole result) as TSV to the clipboard; returns the text.
    QString copySelection();
    core::Status exportTo(const QString &path);

Q_SIGNALS:
    void finished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void onResult(core::Result<core::QueryResult> result, const QString &sql);
    void addHistory(const QString &sql);
    void populateHistoryMenu();
    void openCellTrace(const QModelIndex &index);
    void exportDialog(const QString &extension);

    AppContext *m_context;
    SqlEditor *m_editor = nullptr;
    core::QueryResultModel *m_model;
    QTableView *m_table = nullptr;
    ResultChart *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QToolButton *m_historyButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QComboBox *m_limitBox = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    core::JobTracker m_job;
    bool m_running = false;
    qint64 m_startedMs = 0;
    bool m_shownOnce = false;
};

} // namespace hearth::app
