// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/live/livequery.h"
#include "core/live/liverecord.h"
#include "core/live/livetail.h"
#include "core/live/timerange.h"
#include "core/live/traceforest.h"

#include <deque>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace hearth::core {
class LiveTreeModel;
}

namespace hearth::app {

class AppContext;
class LiveDetailsPanel;
class HistogramWidget;
class LiveRowDelegate;
class SqlLineEdit;

// The Live view (logfire.md §4.1): search (a WHERE clause), time range and environment, the
// timeline, and the records of the window as trace trees, newest at the bottom, following new data
// while the live tail is on. Everything comes from SQL through AppContext::engine(), off the GUI
// thread; new rows are polled every 500 ms and on AppContext::dataChanged.
class LivePage : public QWidget
{
    Q_OBJECT
public:
    explicit LivePage(AppContext *context, QWidget *parent = nullptr);
    ~LivePage() override;

    core::LiveTreeModel *model() const { return m_model; }
    core::LiveTail *tail() const { return m_tail; }
    QListView *list() const { return m_list; }
    HistogramWidget *histogramWidget() const { return m_histogram; }
    LiveDetailsPanel *detailsPanel() const { return m_details; }
    SqlLineEdit *searchBox() const { return m_search; }

    void setTimeRange(const core::TimeRange &range);
    const core::TimeRange &timeRange() const { return m_range; }
    // Runs `where` as the search (the text box shows it); errors appear inline.
    void runSearch(const QString &where);
    void reload();
    void pollNow();
    void setPollInterval(int ms);

    // GUI-thread time spent merging polled rows (for the benchmark).
    struct GuiStats
    {
        double maxMergeMs = 0;
        double totalMergeMs = 0;
        int merges = 0;
    };
    const GuiStats &guiStats() const { return m_stats; }

Q_SIGNALS:
    // The initial load of a (re)load finished (rows in the model, or an error shown).
    void loaded();
    // A poll merged: `added` new records.
    void polled(int added);
    void searchFailed(const QString &message, int position);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Batch
    {
        std::optional<core::Error> error;
        int errorPosition = -1;
        std::vector<core::LiveRecord> records;
        QSet<QString> attributeKeys;
        bool truncated = false;
        double elapsedMs = 0;
        QString source;
    };
    static Batch runBatch(const std::shared_ptr<core::QueryEngine> &engine,
                          const core::LiveQuery &query, const core::QueryRequest &request,
                          const core::CancelTokenPtr &cancel);

    void buildUi();
    QWidget *buildToolbar();
    QWidget *buildStatusRow();
    core::LiveQuerySpec currentSpec() const;
    void applyBatch(const Batch &batch, bool initial);
    int mergeChunk(const std::vector<core::LiveRecord> &records);
    void processMergeQueue();
    void fetchMissingParents();
    void loadOlder();
    void refreshHistogram();
    void updateStatus();
    void updateFilterMenus();
    void applyLocalFilter();
    void onScrolled();
    void scrollToBottom();
    void onCurrentChanged();
    void showSearchError(const QString &message, int position);
    void populateSavedMenu();
    void chooseCustomRange();
    void updateEnvironments(const QStringList &envs);

    AppContext *m_context;
    core::LiveTreeModel *m_model;
    core::LiveTail *m_tail;
    QListView *m_list = nullptr;
    LiveRowDelegate *m_delegate = nullptr;
    HistogramWidget *m_histogram = nullptr;
    SqlLineEdit *m_search = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QComboBox *m_envBox = nullptr;
    QToolButton *m_savedButton = nullptr;
    QToolButton *m_levelButton = nullptr;
    QToolButton *m_serviceButton = nullptr;
    QToolButton *m_scopeButton = nullptr;
    QToolButton *m_tagButton = nullptr;
    QToolButton *m_tailButton = nullptr;
    QPushButton *m_newRowsButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_liveDot = nullptr;
    QSplitter *m_splitter = nullptr;
    LiveDetailsPanel *m_details = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_histogramTimer = nullptr;

    core::TimeRange m_range = core::TimeRange::last(core::kMicrosPerHour);
    QString m_where;
    QStringList m_environments;
    core::LocalFilter m_filter;
    core::JobTracker m_listJob;
    core::JobTracker m_pollJob;
    core::JobTracker m_parentsJob;
    core::JobTracker m_olderJob;
    core::JobTracker m_histogramJob;
    bool m_loading = false;
    bool m_polling = false;
    bool m_loadingOlder = false;
    bool m_noOlder = false;
    bool m_programmaticScroll = false;
    bool m_newDataSinceHistogram = false;
    core::Micros m_pollCursorEndUs = 0;
    QHash<QString, qint64> m_parentAsked;
    std::deque<std::vector<core::LiveRecord>> m_mergeQueue;
    int m_mergeAdded = 0;
    bool m_scrollPending = false;
    quint64 m_mergeGeneration = 0;
    GuiStats m_stats; // key -> last ask (ms since epoch)
    QString m_lastError;
    QString m_source;
    double m_lastQueryMs = 0;
};

} // namespace hearth::app
