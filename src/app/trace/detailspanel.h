// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/trace/spanrecord.h"
#include "core/trace/tracedata.h"

#include <memory>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTableWidget;
class QToolButton;
class QStackedWidget;

namespace hearth::app {

class AppContext;

// The details of one record: header (level, message, service, ids with copy, start/end,
// duration, exception banner) and tabs Details (code location, arguments told apart through
// logfire.json_schema, attributes as a JSON tree, LLM token/cost table for the span and its
// subtree), Exception, LLM (conversation cards with a pretty/JSON toggle) and Raw.
//
// Reusable: any page can embed it and call showSpan(traceId, spanId); it loads the record off the
// GUI thread from the context's store. The trace page also hands it the loaded trace
// (setTraceData) so subtree sums come from memory; without it they are computed from the store.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(AppContext *context, QWidget *parent = nullptr);
    ~DetailsPanel() override;

    void setTraceData(std::shared_ptr<const core::trace::TraceData> data);
    void showSpan(const QString &traceId, const QString &spanId);
    void clear();
    QString currentSpanId() const { return m_spanId; }
    bool hasLlmTab() const;

Q_SIGNALS:
    void loaded(); // the record arrived and the tabs are filled (tests, screenshots)
    void closeRequested();

private:
    struct Loaded
    {
        core::Result<core::trace::SpanRecord> record = core::Error {};
        core::trace::TokenUsage self;
        core::trace::TokenUsage subtree;
    };
    void fill(const core::trace::SpanRecord &record, const core::trace::TokenUsage &self,
              const core::trace::TokenUsage &subtree);
    void fillLlm(const core::trace::SpanRecord &record);
    void renderConversation();
    QWidget *buildDetailsTab();

    AppContext *m_context;
    core::JobTracker m_jobs;
    std::shared_ptr<const core::trace::TraceData> m_trace;
    QString m_traceId;
    QString m_spanId;
    nlohmann::json m_attributes;

    QLabel *m_level;
    QLabel *m_message;
    QLabel *m_service;
    QLabel *m_ids;
    QLabel *m_times;
    QLabel *m_banner;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QWidget *m_detailsTab;
    QLabel *m_code;
    QLabel *m_argumentsTitle;
    QTreeWidget *m_arguments;
    QLabel *m_attributesTitle;
    QTreeWidget *m_attributesTree;
    QLabel *m_tokensTitle;
    QTableWidget *m_tokens;
    QWidget *m_exceptionTab;
    QLabel *m_exceptionTitle;
    QPlainTextEdit *m_stack;
    QWidget *m_llmTab;
    QLabel *m_llmMeta;
    QToolButton *m_prettyButton;
    QToolButton *m_jsonButton;
    QTextBrowser *m_conversation;
    QPlainTextEdit *m_raw;
};

} // namespace hearth::app
