// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QComboBox;
class QToolButton;
class QSplitter;

namespace hearth::app {

class AppContext;
class TraceView;
class DetailsPanel;

// The trace page: a toolbar (paste a trace id, search with next/previous, filters by service,
// level and text, critical path, fit, fold all), the waterfall and the details panel.
class TracePage : public QWidget
{
    Q_OBJECT
public:
    explicit TracePage(AppContext *context, QWidget *parent = nullptr);

    TraceView *view() const { return m_view; }
    DetailsPanel *details() const { return m_details; }
    QString traceId() const { return m_traceId; }

public Q_SLOTS:
    void openTrace(const QString &traceId, const QString &spanId = QString());

Q_SIGNALS:
    void traceLoaded(); // the waterfall shows the requested trace (tests, screenshots)
    void loadFailed(const QString &message);

private:
    void applyFilter();
    void runSearch();
    void updateSummary();
    void onSelection(int node);

    AppContext *m_context;
    core::JobTracker m_jobs;
    QString m_traceId;
    QLineEdit *m_traceEdit;
    QLineEdit *m_search;
    QLabel *m_matches;
    QComboBox *m_service;
    QComboBox *m_level;
    QLineEdit *m_filterText;
    QToolButton *m_critical;
    QLabel *m_summary;
    QSplitter *m_splitter;
    TraceView *m_view;
    DetailsPanel *m_details;
};

} // namespace hearth::app
