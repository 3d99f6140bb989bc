// SPDX-License-Identifier: MIT
#include "app/trace/tracepage.h"

#include "app/appcontext.h"
#include "app/trace/detailspanel.h"
#include "app/trace/traceview.h"
#include "app/widgets/palette.h"
#include "core/store/store.h"
#include "core/trace/traceloader.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::app {

using namespace core::trace;

namespace {

// Subtrees this big get their LOD mipmap built with the load, off the GUI thread.
constexpr int kPrebuildDescendants = 5000;

struct LoadResult
{
    core::Result<std::shared_ptr<const TraceData>> data = core::Error {};
    TraceRenderer::MipmapCache mipmaps;
    qint64 elapsedMs = 0;
};

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip); // the text is a symbol ("▲") a screen reader cannot speak
    b->setAutoRaise(true);
    return b;
}

} // namespace

TracePage::TracePage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_jobs(this)
{
    setObjectName(QStringLiteral("tracepage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto *bar = new QHBoxLayout;
    m_traceEdit = new QLineEdit(this);
    m_traceEdit->setObjectName(QStringLiteral("traceid"));
    m_traceEdit->setPlaceholderText(tr("Paste a trace id…"));
    m_traceEdit->setAccessibleName(tr("Trace id"));
    m_traceEdit->setClearButtonEnabled(true);
    m_traceEdit->setMaximumWidth(240);
    connect(m_traceEdit, &QLineEdit::returnPressed, this, [this] {
        // Accept ids with dashes, spaces or a 0x prefix, as people paste them.
        QString id = m_traceEdit->text().trimmed().toLower();
        id.remove(QRegularExpression(QStringLiteral("[^0-9a-f]")));
        openTrace(id);
    });
    bar->addWidget(m_traceEdit);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tracesearch"));
    m_search->setPlaceholderText(tr("Search in trace (Ctrl+F)"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_view->outline() && !m_view->outline()->searchMatches().empty()
            && m_view->outline()->currentMatchIndex() >= 0)
            m_view->nextMatch();
        else
            runSearch();
        updateSummary();
    });
    // Searching a million messages takes a few hundred ms: wait for a pause in typing.
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(searchDelay, &QTimer::timeout, this, [this] { runSearch(); });
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    auto *shortcut = new QShortcut(QKeySequence::Find, this);
    shortcut->setWhatsThis(tr("Search in the trace"));
    connect(shortcut, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *prev = toolButton(QStringLiteral("▲"), tr("Previous match (Shift+F3)"), this);
    auto *next = toolButton(QStringLiteral("▼"), tr("Next match (F3)"), this);
    prev->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    next->setShortcut(QKeySequence(Qt::Key_F3));
    connect(prev, &QToolButton::clicked, this, [this] {
        m_view->previousMatch();
        updateSummary();
    });
    connect(next, &QToolButton::clicked, this, [this] {
        m_view->nextMatch();
        updateSummary();
    });
    m_matches = new QLabel(this);
    m_matches->setMinimumWidth(60);
    m_search->setMinimumWidth(180);
    bar->addWidget(m_search);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addWidget(m_matches);

    m_service = new QComboBox(this);
    m_service->setToolTip(tr("Show only spans of this service (and their ancestors)"));
    m_service->setAccessibleName(m_service->toolTip());
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level = new QComboBox(this);
    m_level->addItem(tr("All levels"), 0);
    m_level->addItem(tr("Info and above"), 9);
    m_level->addItem(tr("Warnings and above"), 13);
    m_level->addItem(tr("Errors only"), 17);
    m_filterText = new QLineEdit(this);
    m_filterText->setPlaceholderText(tr("Filter messages"));
    m_filterText->setAccessibleName(m_filterText->placeholderText());
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setMaximumWidth(180);
    m_filterText->setMinimumWidth(140);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(250);
    connect(filterDelay, &QTimer::timeout, this, [this] { applyFilter(); });
    connect(m_filterText, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    bar->addSpacing(8);
    bar->addWidget(m_service);
    bar->addWidget(m_level);
    bar->addWidget(m_filterText);
    bar->addStretch(1);

    m_critical
        = toolButton(tr("Critical path"), tr("Highlight what the trace's latency waited on"), this);
    m_critical->setCheckable(true);
    connect(m_critical, &QToolButton::toggled, this,
            [this](bool on) { m_view->setCriticalPath(on); });
    auto *fit = toolButton(tr("Fit"), tr("Zoom to the whole trace (F, Esc)"), this);
    auto *zoomSpan = toolButton(tr("Zoom"), tr("Zoom to the selected span (Enter)"), this);
    auto *expand = toolButton(tr("Expand all"), tr("Unfold every span"), this);
    auto *collapse = toolButton(tr("Collapse all"), tr("Fold every span"), this);
    connect(fit, &QToolButton::clicked, this, [this] { m_view->fitToTrace(); });
    connect(zoomSpan, &QToolButton::clicked, this,
            [this] { m_view->zoomToNode(m_view->selectedNode()); });
    connect(expand, &QToolButton::clicked, this, [this] { m_view->expandAll(); });
    connect(collapse, &QToolButton::clicked, this, [this] { m_view->collapseAll(); });
    layout->addLayout(bar);

    // The view buttons share a row with the summary, so the search and filters above keep room
    // for their (translated) texts on a 1280-pixel screen.
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tracesummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    palette::setMutedText(m_summary);
    summaryRow->addWidget(m_summary, 1);
    for (auto *b : {m_critical, fit, zoomSpan, expand, collapse})
        summaryRow->addWidget(b);
    layout->addLayout(summaryRow);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_view = new TraceView(m_splitter);
    m_details = new DetailsPanel(context, m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 380});
    layout->addWidget(m_splitter, 1);
    connect(m_view, &TraceView::selectionChanged, this, &TracePage::onSelection);
    connect(m_view, &TraceView::outlineChanged, this, &TracePage::updateSummary);
    connect(m_details, &DetailsPanel::closeRequested, m_details, &QWidget::hide);
    updateSummary();
}

void TracePage::openTrace(const QString &traceId, const QString &spanId)
{
    const auto store = m_context ? m_context->store() : nullptr;
    if (!store) {
        m_summary->setText(tr("No store is open."));
        return;
    }
    if (traceId.isEmpty()) {
        m_summary->setText(tr("Enter a trace id (32 hexadecimal digits)."));
        return;
    }
    m_traceEdit->setText(traceId);
    m_summary->setText(tr("Loading trace %1…").arg(traceId));
    const QString path = store->path();
    m_jobs.run(
        [path, traceId](const core::CancelTokenPtr &cancel) {
            LoadResult out;
            QElapsedTimer timer;
            timer.start();
            auto reader = core::Store::openReader(path);
            if (!reader) {
                out.data = reader.error();
                return out;
            }
            out.data = loadTrace(reader->get(), traceId.toStdString(), cancel);
            if (out.data)
                out.mipmaps
                    = TraceRenderer::prebuildMipmaps(*out.data.value(), kPrebuildDescendants);
            out.elapsedMs = timer.elapsed();
            return out;
        },
        [this, traceId, spanId](LoadResult result) {
            if (!result.data) {
                m_summary->setText(result.data.error().message);
                Q_EMIT loadFailed(result.data.error().message);
                return;
            }
            m_traceId = traceId;
            const auto data = result.data.value();
            m_details->setTraceData(data);
            m_view->setTrace(data, std::move(result.mipmaps));
            {
                const QSignalBlocker blocker(m_service);
                m_service->clear();
                m_service->addItem(tr("All services"), -1);
                for (size_t i = 0; i < data->services.size(); ++i)
                    m_service->addItem(QString::fromStdString(data->services[i]),
                                       static_cast<int>(i));
            }
            m_critical->setChecked(false);
            applyFilter();
            const int node = spanId.isEmpty() ? 0 : data->findSpan(spanId.toStdString());
            m_view->selectNode(std::max(0, node));
            // In a big trace, frame the selected span's neighbourhood; small ones stay whole.
            if (node > 0 && data->size() > TraceOutline::kExpandAllBelow)
                m_view->zoomToNode(data->nodes[static_cast<size_t>(node)].parent >= 0
                                       ? data->nodes[static_cast<size_t>(node)].parent
                                       : node);
            updateSummary();
            m_summary->setText(m_summary->text() + tr(" · opened in %L1 ms").arg(result.elapsedMs));
            Q_EMIT traceLoaded();
        });
}

void TracePage::applyFilter()
{
    if (!m_view->hasTrace())
        return;
    TraceFilter filter;
    const int service = m_service->currentData().toInt();
    if (service >= 0 && m_service->currentIndex() > 0)
        filter.services.insert(static_cast<std::uint16_t>(service));
    filter.minLevel = m_level->currentData().toInt();
    filter.text = m_filterText->text().toStdString();
    m_view->setFilter(std::move(filter));
}

void TracePage::runSearch()
{
    const int count = m_view->search(m_search->text());
    if (m_search->text().isEmpty())
        m_matches->clear();
    else
        m_matches->setText(count == 0 ? tr("no match") : tr("1/%L1").arg(count));
    updateSummary();
}

void TracePage::updateSummary()
{
    auto *outline = m_view->outline();
    if (!outline) {
        m_summary->setText(tr("Open a trace from the Live view or Explore, or paste a trace id."));
        return;
    }
    const auto &d = outline->data();
    if (!outline->searchMatches().empty())
        m_matches->setText(tr("%L1/%L2")
                               .arg(outline->currentMatchIndex() + 1)
                               .arg(outline->searchMatches().size()));
    const auto &usage = d.subtreeUsage.empty() ? TokenUsage {} : d.subtreeUsage[0];
    TokenUsage total;
    for (int root : d.roots())
        total += d.subtreeUsage[static_cast<size_t>(root)];
    (void)usage;
    QString text = tr("Trace %1 · %L2 spans · %3 · %L4 rows shown")
                       .arg(QString::fromStdString(d.traceId))
                       .arg(d.size())
                       .arg(TraceRenderer::formatDuration(static_cast<double>(d.endUs - d.startUs)))
                       .arg(outline->rowCount());
    if (!total.empty())
        text += tr(" · LLM ∑ ↗%L1 ↙%L2 tokens, $%3 over %L4 requests")
                    .arg(total.input)
                    .arg(total.output)
                    .arg(total.cost, 0, 'f', 5)
                    .arg(total.requests);
    m_summary->setText(text);
}

void TracePage::onSelection(int node)
{
    auto *outline = m_view->outline();
    if (!outline || node < 0)
        return;
    m_details->show();
    m_details->showSpan(m_traceId, QString::fromStdString(outline->data().spanIdHex(node)));
}

} // namespace hearth::app
