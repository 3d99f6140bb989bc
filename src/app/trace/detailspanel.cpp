// SPDX-License-Identifier: MIT
#include "app/trace/detailspanel.h"

#include "app/appcontext.h"
#include "app/trace/tracerenderer.h"
#include "app/widgets/palette.h"
#include "core/store/levels.h"
#include "core/store/store.h"
#include "core/trace/llmconversation.h"
#include "core/trace/traceloader.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth::app {

using namespace core::trace;
using nlohmann::json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString levelName(int level)
{
    if (level >= 21)
        return QStringLiteral("FATAL");
    if (level >= 17)
        return QStringLiteral("ERROR");
    if (level >= 13)
        return QStringLiteral("WARN");
    if (level >= 10)
        return QStringLiteral("NOTICE");
    if (level >= 9)
        return QStringLiteral("INFO");
    if (level >= 5)
        return QStringLiteral("DEBUG");
    return QStringLiteral("TRACE");
}

QString levelStyle(int level)
{
    const char *bg = level >= 17 ? "#fde8e8" : level >= 13 ? "#fef3c7" : "#e8effd";
    const char *fg = level >= 17 ? "#c81e1e" : level >= 13 ? "#92400e" : "#1e4fbf";
    (void)bg;
    return QStringLiteral("color: %1;").arg(QLatin1String(fg));
}

// Attribute values are often JSON text: show them as the structure they are.
json expanded(const json &value)
{
    if (value.is_string()) {
        const auto &s = value.get_ref<const std::string &>();
        if (s.size() > 1 && (s.front() == '{' || s.front() == '[')) {
            auto parsed = json::parse(s, nullptr, false);
            if (!parsed.is_discarded())
                return parsed;
        }
    }
    return value;
}

QString scalarText(const json &value)
{
    if (value.is_string())
        return qs(value.get<std::string>());
    return qs(value.dump());
}

template<typename Json>
void addJsonItems(QTreeWidgetItem *parent, QTreeWidget *tree, const Json &value)
{
    int shown = 0;
    auto add = [&](const QString &key, const json &child) {
        if (++shown > 500)
            return;
        const json v = expanded(child);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, key);
        if (v.is_object() || v.is_array()) {
            item->setText(1,
                          v.is_object() ? QStringLiteral("{%1}").arg(v.size())
                                        : QStringLiteral("[%1]").arg(v.size()));
            item->setForeground(1, palette::mutedTextColor());
            addJsonItems(item, tree, v);
        } else {
            item->setText(1, scalarText(v));
            item->setToolTip(1, scalarText(v).left(2000));
            if (v.is_number())
                item->setForeground(1, palette::themedColor(0x1d4ed8, 0x93b4ff));
            else if (v.is_boolean() || v.is_null())
                item->setForeground(1, palette::themedColor(0x9333ea, 0xd8b4fe));
            else
                item->setForeground(1, palette::themedColor(0x047857, 0x34d399));
        }
        item->setData(0, Qt::UserRole, qs(v.dump(2)));
    };
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            add(qs(it.key()), json(it.value()));
    } else if (value.is_array()) {
        int i = 0;
        for (const auto &child : value)
            add(QString::number(i++), json(child));
    }
    if (shown > 500) {
        auto *more = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        more->setText(0, DetailsPanel::tr("… %L1 more").arg(shown - 500));
    }
}

QTreeWidget *makeJsonTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(2);
    tree->setHeaderLabels({DetailsPanel::tr("Key"), DetailsPanel::tr("Value")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValue = new QAction(DetailsPanel::tr("Copy value"), tree);
    QObject::connect(copyValue, &QAction::triggered, tree, [tree] {
        if (auto *item = tree->currentItem())
            QApplication::clipboard()->setText(item->data(0, Qt::UserRole).toString());
    });
    auto *copyKey = new QAction(DetailsPanel::tr("Copy key"), tree);
    QObject::connect(copyKey, &QAction::triggered, tree, [tree] {
        if (auto *item = tree->currentItem())
            QApplication::clipboard()->setText(item->text(0));
    });
    tree->addAction(copyValue);
    tree->addAction(copyKey);
    return tree;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    palette::setThemedStyleSheet(label, []() -> QString {
        return palette::themedHtml(
            QStringLiteral("QLabel { font-weight: 600; color: #374151; margin-top: 6px; }"));
    });
    return label;
}

QString esc(const std::string &s)
{
    return qs(s).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString prettyPayload(const json &payload)
{
    const json v = expanded(payload);
    return (v.is_string() ? qs(v.get<std::string>()) : qs(v.dump(2))).toHtmlEscaped();
}

} // namespace

DetailsPanel::DetailsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_jobs(this)
{
    setObjectName(QStringLiteral("detailspanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_level = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    QFont headline = m_message->font();
    headline.setPixelSize(15);
    headline.setBold(true);
    m_message->setFont(headline);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close details"));
    close->setAccessibleName(close->toolTip());
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &DetailsPanel::closeRequested);
    m_level->hide();
    top->addWidget(m_message, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_service = new QLabel(this);
    m_service->setTextFormat(Qt::RichText);
    layout->addWidget(m_service);
    auto *idRow = new QHBoxLayout;
    m_ids = new QLabel(this);
    m_ids->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ids->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copyTrace = new QPushButton(tr("Copy trace id"), this);
    auto *copySpan = new QPushButton(tr("Copy span id"), this);
    for (auto *b : {copyTrace, copySpan})
        b->setFlat(true);
    connect(copyTrace, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_traceId); });
    connect(copySpan, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_spanId); });
    idRow->addWidget(m_ids, 1);
    idRow->addWidget(copyTrace);
    idRow->addWidget(copySpan);
    layout->addLayout(idRow);
    m_times = new QLabel(this);
    palette::setMutedText(m_times);
    layout->addWidget(m_times);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    palette::setThemedStyleSheet(m_banner, []() -> QString {
        return palette::errorBannerStyleSheet()
            + QStringLiteral("QLabel { padding: 6px; font-weight: 600; }");
    });
    layout->addWidget(m_banner);
    m_status = new QLabel(this);
    palette::setMutedText(m_status);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_detailsTab = buildDetailsTab();
    m_tabs->addTab(m_detailsTab, tr("Details"));

    m_exceptionTab = new QWidget(this);
    auto *exLayout = new QVBoxLayout(m_exceptionTab);
    m_exceptionTitle = new QLabel(m_exceptionTab);
    m_exceptionTitle->setWordWrap(true);
    m_exceptionTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QPlainTextEdit(m_exceptionTab);
    m_stack->setReadOnly(true);
    m_stack->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->setLineWrapMode(QPlainTextEdit::NoWrap);
    exLayout->addWidget(m_exceptionTitle);
    exLayout->addWidget(m_stack, 1);

    m_llmTab = new QWidget(this);
    auto *llmLayout = new QVBoxLayout(m_llmTab);
    auto *llmBar = new QHBoxLayout;
    m_llmMeta = new QLabel(m_llmTab);
    m_llmMeta->setWordWrap(true);
    m_prettyButton = new QToolButton(m_llmTab);
    m_prettyButton->setText(tr("Pretty"));
    m_jsonButton = new QToolButton(m_llmTab);
    m_jsonButton->setText(tr("JSON"));
    m_prettyButton->setCheckable(true);
    m_prettyButton->setChecked(true);
    for (auto *b : {m_prettyButton, m_jsonButton}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        connect(b, &QToolButton::toggled, this, [this](bool on) {
            if (on)
                renderConversation();
        });
    }
    llmBar->addWidget(m_llmMeta, 1);
    llmBar->addWidget(m_prettyButton);
    llmBar->addWidget(m_jsonButton);
    m_conversation = new QTextBrowser(m_llmTab);
    m_conversation->setOpenExternalLinks(false);
    llmLayout->addLayout(llmBar);
    llmLayout->addWidget(m_conversation, 1);

    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_raw, tr("Raw"));
    layout->addWidget(m_tabs, 1);
    // Tabs shown only for some records live outside the tab widget until needed: keep them
    // hidden, or they would paint at the panel's top-left corner.
    m_exceptionTab->hide();
    m_llmTab->hide();
    clear();
}

DetailsPanel::~DetailsPanel() = default;

QWidget *DetailsPanel::buildDetailsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(0, 4, 0, 4);
    m_code = new QLabel(page);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    v->addWidget(m_code);
    m_tokensTitle = sectionTitle(tr("LLM tokens and cost"), page);
    v->addWidget(m_tokensTitle);
    m_tokens = new QTableWidget(4, 3, page);
    m_tokens->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_tokens->setHorizontalHeaderLabels({tr("This span"), tr("Subtree ∑"), QString()});
    m_tokens->setVerticalHeaderLabels({tr("Input"), tr("Output"), tr("Total"), tr("Cost (USD)")});
    m_tokens->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tokens->setColumnHidden(2, true);
    m_tokens->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tokens->verticalHeader()->setDefaultSectionSize(24);
    m_tokens->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tokens->setFixedHeight(4 * 24 + m_tokens->horizontalHeader()->sizeHint().height() + 4);
    v->addWidget(m_tokens);
    m_argumentsTitle = sectionTitle(tr("Arguments"), page);
    v->addWidget(m_argumentsTitle);
    m_arguments = makeJsonTree(page);
    m_arguments->setMinimumHeight(80);
    v->addWidget(m_arguments);
    auto *attrRow = new QHBoxLayout;
    m_attributesTitle = sectionTitle(tr("Attributes"), page);
    auto *copyJson = new QPushButton(tr("Copy JSON"), page);
    copyJson->setFlat(true);
    connect(copyJson, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(qs(m_attributes.dump(2))); });
    attrRow->addWidget(m_attributesTitle, 1);
    attrRow->addWidget(copyJson);
    v->addLayout(attrRow);
    m_attributesTree = makeJsonTree(page);
    m_attributesTree->setMinimumHeight(200);
    v->addWidget(m_attributesTree, 1);
    v->addStretch(0);
    scroll->setWidget(page);
    return scroll;
}

void DetailsPanel::setTraceData(std::shared_ptr<const TraceData> data)
{
    m_trace = std::move(data);
}

bool DetailsPanel::hasLlmTab() const
{
    return m_tabs->indexOf(m_llmTab) >= 0;
}

void DetailsPanel::clear()
{
    m_jobs.cancel();
    m_traceId.clear();
    m_spanId.clear();
    m_level->hide();
    m_message->setText(tr("Select a span to see its details."));
    m_service->clear();
    m_ids->clear();
    m_times->clear();
    m_banner->hide();
    m_status->hide();
    m_tabs->hide();
}

void DetailsPanel::showSpan(const QString &traceId, const QString &spanId)
{
    m_traceId = traceId;
    m_spanId = spanId;
    const auto store = m_context ? m_context->store() : nullptr;
    if (!store) {
        m_status->setText(tr("No store is open."));
        m_status->show();
        return;
    }
    m_status->setText(tr("Loading span %1…").arg(spanId));
    m_status->show();
    const QString path = store->path();
    std::shared_ptr<const TraceData> trace
        = (m_trace && qs(m_trace->traceId) == traceId) ? m_trace : nullptr;
    m_jobs.run(
        [path, traceId, spanId, trace](const core::CancelTokenPtr &cancel) {
            Loaded out;
            auto reader = core::Store::openReader(path);
            if (!reader) {
                out.record = reader.error();
                return out;
            }
            out.record = loadSpanRecord(reader->get(), traceId.toStdString(), spanId.toStdString());
            std::shared_ptr<const TraceData> data = trace;
            if (!data) {
                // Opened outside the trace page (the Live view): sum the subtree from the store.
                auto loaded = loadTrace(reader->get(), traceId.toStdString(), cancel);
                if (loaded)
                    data = loaded.value();
            }
            if (data) {
                const int node = data->findSpan(spanId.toStdString());
                if (node >= 0) {
                    out.self = data->selfUsage[static_cast<size_t>(node)];
                    out.subtree = data->subtreeUsage[static_cast<size_t>(node)];
                }
            }
            return out;
        },
        [this](Loaded loaded) {
            if (!loaded.record) {
                m_status->setText(loaded.record.error().message);
                m_status->show();
                m_tabs->hide();
                return;
            }
            m_status->hide();
            fill(loaded.record.value(), loaded.self, loaded.subtree);
            Q_EMIT this->loaded();
        });
}

void DetailsPanel::fill(const SpanRecord &r, const TokenUsage &self, const TokenUsage &subtree)
{
    m_attributes = r.attributes;
    m_level->hide();
    const QString kindPrefix = r.kind == "log" ? tr("Log")
        : r.kind == "pending_span"             ? tr("Span (running)")
                                               : tr("Span");
    m_message->setText(
        palette::themedHtml(QStringLiteral("<span style=\"%1\">%2</span>&nbsp;&nbsp;%3: %4")
                                .arg(levelStyle(r.level), levelName(r.level), kindPrefix,
                                     qs(r.message).toHtmlEscaped())));
    // The waterfall's and Live's colour for this service.
    const auto servicePill = palette::pillColors(TraceRenderer::serviceColor(r.serviceName));
    QString chips
        = QStringLiteral(
              "<span style='background:%1; color:%2; padding:2px 8px;'>&nbsp;%3&nbsp;</span>")
              .arg(servicePill.background.name(), servicePill.text.name(),
                   qs(r.serviceName).toHtmlEscaped());
    chips += QStringLiteral(" &nbsp;<span style='color:#6b7280'>span_name</span> <code>%1</code>")
                 .arg(qs(r.spanName).toHtmlEscaped());
    const std::string scope = r.row.value("otel_scope_name", nlohmann::ordered_json()).is_string()
        ? r.row["otel_scope_name"].get<std::string>()
        : std::string();
    if (!scope.empty())
        chips += QStringLiteral(" &nbsp;<span style='color:#6b7280'>scope</span> %1")
                     .arg(qs(scope).toHtmlEscaped());
    m_service->setText(palette::themedHtml(chips));
    m_ids->setText(tr("trace %1\nspan  %2").arg(qs(r.traceId), qs(r.spanId)));
    const bool isLog = r.kind == "log";
    QString times = core::formatIsoMicrosQ(r.start);
    if (!isLog) {
        times += QStringLiteral("  →  ") + core::formatIsoMicrosQ(r.end) + QStringLiteral("   ·   ")
            + (r.kind == "pending_span"
                   ? tr("still running")
                   : TraceRenderer::formatDuration(static_cast<double>(r.end - r.start)));
    }
    m_times->setText(times);
    if (r.isException || !r.exceptionType.empty()) {
        m_banner->setText(tr("exception  %1: %2").arg(qs(r.exceptionType), qs(r.exceptionMessage)));
        m_banner->show();
    } else {
        m_banner->hide();
    }

    // Details.
    const SplitAttributes split = splitAttributes(r.attributes, r.jsonSchema);
    m_code->setText(split.codeLocation.empty() ? QString()
                                               : tr("Code: %1").arg(qs(split.codeLocation)));
    m_code->setVisible(!split.codeLocation.empty());
    m_arguments->clear();
    addJsonItems(nullptr, m_arguments, split.arguments);
    m_arguments->expandToDepth(0);
    m_argumentsTitle->setText(tr("Arguments (%1)").arg(split.arguments.size()));
    m_argumentsTitle->setVisible(!split.arguments.empty());
    m_arguments->setVisible(!split.arguments.empty());
    m_attributesTree->clear();
    addJsonItems(nullptr, m_attributesTree, r.attributes);
    m_attributesTitle->setText(r.attributes.empty()
                                   ? tr("No attributes")
                                   : tr("Attributes (%1)").arg(r.attributes.size()));
    m_attributesTree->setVisible(!r.attributes.empty());

    const bool hasTokens = !self.empty() || !subtree.empty() || r.inputTokens || r.outputTokens;
    m_tokensTitle->setVisible(hasTokens);
    m_tokens->setVisible(hasTokens);
    if (hasTokens) {
        const std::int64_t sin = self.empty() ? r.inputTokens.value_or(0) : self.input;
        const std::int64_t sout = self.empty() ? r.outputTokens.value_or(0) : self.output;
        const double scost = self.empty() ? r.cost.value_or(0) : self.cost;
        const bool none = self.empty() && !r.inputTokens && !r.outputTokens;
        const QString dash = QStringLiteral("—");
        const QStringList selfCol
            = {none ? dash : QLocale().toString(sin), none ? dash : QLocale().toString(sout),
               none ? dash : QLocale().toString(sin + sout),
               none ? dash : QStringLiteral("$") + QString::number(scost, 'f', 7)};
        const QStringList sumCol
            = {QLocale().toString(subtree.input), QLocale().toString(subtree.output),
               QLocale().toString(subtree.input + subtree.output),
               QStringLiteral("$") + QString::number(subtree.cost, 'f', 7)};
        for (int row = 0; row < 4; ++row) {
            m_tokens->setItem(row, 0, new QTableWidgetItem(selfCol[row]));
            m_tokens->setItem(row, 1, new QTableWidgetItem(sumCol[row]));
        }
        m_tokens->setHorizontalHeaderLabels(
            {self.empty() && !none ? tr("This span (run totals)") : tr("This span"),
             tr("Subtree ∑ (%n model request(s))", nullptr, subtree.requests), QString()});
    }

    // Exception tab only when relevant.
    const int exIndex = m_tabs->indexOf(m_exceptionTab);
    if (r.isException || !r.exceptionStacktrace.empty()) {
        m_exceptionTitle->setText(palette::themedHtml(
            QStringLiteral("<b style='color:#c81e1e'>%1</b><br>%2")
                .arg(qs(r.exceptionType).toHtmlEscaped(), qs(r.exceptionMessage).toHtmlEscaped())));
        m_stack->setPlainText(qs(r.exceptionStacktrace));
        if (exIndex < 0)
            m_tabs->insertTab(1, m_exceptionTab, tr("Exception"));
    } else if (exIndex >= 0) {
        m_tabs->removeTab(exIndex);
    }
    fillLlm(r);
    m_raw->setPlainText(qs(r.row.dump(2)));
    m_tabs->show();
}

void DetailsPanel::fillLlm(const SpanRecord &r)
{
    const LlmConversation conversation = parseConversation(r.attributes);
    const int index = m_tabs->indexOf(m_llmTab);
    const bool llm = !conversation.empty() || r.inputTokens || !r.model.empty();
    if (!llm) {
        if (index >= 0)
            m_tabs->removeTab(index);
        return;
    }
    if (index < 0)
        m_tabs->insertTab(1, m_llmTab, tr("LLM"));
    // For LLM spans the conversation is what people come for (Logfire opens it first too).
    if (!conversation.empty())
        m_tabs->setCurrentWidget(m_llmTab);
    else if (m_tabs->currentWidget() == m_llmTab)
        m_tabs->setCurrentWidget(m_detailsTab);
    QString meta;
    if (!r.model.empty())
        meta += tr("<b>Model</b> %1").arg(qs(r.model).toHtmlEscaped());
    if (r.inputTokens || r.outputTokens)
        meta += tr(" &nbsp; <b>Tokens</b> ↗%L1 ↙%L2")
                    .arg(r.inputTokens.value_or(0))
                    .arg(r.outputTokens.value_or(0));
    if (r.cost)
        meta += tr(" &nbsp; <b>Cost</b> $%1").arg(*r.cost, 0, 'f', 7);
    if (conversation.source != LlmConversation::Source::None)
        meta += tr(" &nbsp; <span style='color:#6b7280'>from %1</span>")
                    .arg(QString::fromLatin1(sourceName(conversation.source)));
    m_llmMeta->setText(palette::themedHtml(meta));
    renderConversation();
}

void DetailsPanel::renderConversation()
{
    if (m_jsonButton->isChecked()) {
        json subset = json::object();
        for (const char *key :
             {"gen_ai.system_instructions", "gen_ai.input.messages", "gen_ai.output.messages",
              "pydantic_ai.all_messages", "events", "request_data", "response_data"}) {
            if (m_attributes.contains(key))
                subset[key] = expanded(m_attributes[key]);
        }
        m_conversation->setHtml(QStringLiteral("<pre style='font-family:monospace'>%1</pre>")
                                    .arg(qs(subset.dump(2)).toHtmlEscaped()));
        return;
    }
    const LlmConversation conversation = parseConversation(m_attributes);
    if (conversation.empty()) {
        m_conversation->setHtml(palette::themedHtml(
            tr("<p style='color:#6b7280'>No messages recorded on this span.</p>")));
        return;
    }
    QString html;
    for (const auto &m : conversation.messages) {
        const bool user = m.role == "user";
        const bool assistant = m.role == "assistant";
        const bool system = m.role == "system";
        const char *bg = system ? "#f3f4f6" : user ? "#eef4ff" : assistant ? "#ecfdf3" : "#fff7ed";
        const char *fg = system ? "#374151" : user ? "#1e40af" : assistant ? "#047857" : "#9a3412";
        const QString arrow = user ? QStringLiteral(" ↗")
            : assistant            ? QStringLiteral(" ↙")
                                   : QString();
        QString body;
        for (const auto &part : m.parts) {
            switch (part.type) {
            case LlmPart::Type::Text:
                body += QStringLiteral("<p>%1</p>").arg(esc(part.text));
                break;
            case LlmPart::Type::Thinking:
                body
                    += QStringLiteral("<p style='color:#6b7280'><i>%1</i></p>").arg(esc(part.text));
                break;
            case LlmPart::Type::ToolCall:
                body += QStringLiteral("<p><b>⚙ tool call</b> <code>%1</code> <span "
                                       "style='color:#6b7280'>%2</span></p>"
                                       "<pre style='background:#ffffff; padding:4px'>%3</pre>")
                            .arg(qs(part.name).toHtmlEscaped(), qs(part.id).toHtmlEscaped(),
                                 prettyPayload(part.payload));
                break;
            case LlmPart::Type::ToolResult:
                body += QStringLiteral("<p><b>↩ tool result</b> <code>%1</code> <span "
                                       "style='color:#6b7280'>%2</span></p>"
                                       "<pre style='background:#ffffff; padding:4px'>%3</pre>")
                            .arg(qs(part.name).toHtmlEscaped(), qs(part.id).toHtmlEscaped(),
                                 prettyPayload(part.payload));
                break;
            case LlmPart::Type::Media:
                body += QStringLiteral("<p>📎 %1 <span style='color:#6b7280'>%2</span></p>")
                            .arg(qs(part.text).toHtmlEscaped(), qs(part.mimeType).toHtmlEscaped());
                break;
            case LlmPart::Type::Other:
                body += QStringLiteral("<pre>%1</pre>").arg(qs(part.text).toHtmlEscaped());
                break;
            }
        }
        QString footer;
        if (!m.finishReason.empty())
            footer = QStringLiteral("<p style='color:#6b7280; font-size:small'>finish: %1</p>")
                         .arg(qs(m.finishReason).toHtmlEscaped());
        html += QStringLiteral("<table width='100%' cellpadding='8' cellspacing='0' "
                               "style='margin-bottom:8px' bgcolor='%1'>"
                               "<tr><td><span style='color:%2; font-weight:600; "
                               "font-size:small'>%3%4</span>%5%6</td></tr></table>")
                    .arg(QLatin1String(bg), QLatin1String(fg), qs(m.role).toUpper().toHtmlEscaped(),
                         arrow, body, footer);
    }
    m_conversation->setHtml(palette::themedHtml(html));
}

} // namespace hearth::app
