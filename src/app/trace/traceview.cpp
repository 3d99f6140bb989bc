// SPDX-License-Identifier: MIT
#include "app/trace/traceview.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

namespace hearth::app {

using namespace core::trace;

namespace {
constexpr int kTimelineMargin = 14;
constexpr int kMinTreeWidth = 180;
} // namespace

TraceView::TraceView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("traceview"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Trace waterfall"));
    setAccessibleDescription(tr("Up and Down move between spans, Right and Left expand and "
                                "collapse, Enter opens the details, + and - zoom, F fits."));
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->grabGesture(Qt::PinchGesture);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(TraceRenderer::kRowHeight);
}

TraceView::~TraceView() = default;

void TraceView::setTrace(std::shared_ptr<const TraceData> data, TraceRenderer::MipmapCache mipmaps)
{
    m_path.clear();
    m_state.selectedNode = -1;
    m_state.hoverNode = -1;
    m_state.criticalPath = false;
    m_outline = std::make_unique<TraceOutline>(std::move(data));
    m_renderer.setOutline(m_outline.get());
    m_renderer.setMipmaps(std::move(mipmaps));
    m_renderer.setCriticalPath(nullptr);
    verticalScrollBar()->setValue(0);
    m_state.scrollY = 0;
    if (!m_userTreeWidth)
        m_state.treeWidth = std::clamp(viewport()->width() * 9 / 20, 300, 560);
    updateGeometryPixels();
    fitToTrace();
    rowsChanged();
}

void TraceView::clear()
{
    m_renderer.setOutline(nullptr);
    m_outline.reset();
    m_path.clear();
    m_state.selectedNode = -1;
    rowsChanged();
}

double TraceView::traceDuration() const
{
    if (!m_outline)
        return 1;
    const auto &d = m_outline->data();
    return std::max<double>(1.0, static_cast<double>(d.endUs - d.startUs));
}

void TraceView::updateGeometryPixels()
{
    const int width = viewport()->width();
    m_state.treeWidth
        = std::clamp(m_state.treeWidth, kMinTreeWidth, std::max(kMinTreeWidth, width - 200));
    const double x0 = m_state.treeWidth + kTimelineMargin;
    m_state.geometry
        = m_state.geometry.withPixels(x0, std::max(50.0, width - x0 - kTimelineMargin - 40));
}

void TraceView::setGeometry(const TimeGeometry &geometry)
{
    const double duration = traceDuration();
    m_state.geometry = geometry.clamped(0, duration, 0.05);
    viewport()->update();
}

void TraceView::fitToTrace()
{
    setGeometry(m_state.geometry.withView(-traceDuration() * 0.01, traceDuration() * 1.01));
}

void TraceView::setView(double start, double end)
{
    setGeometry(m_state.geometry.withView(start, end));
}

void TraceView::zoomToNode(int node)
{
    if (!m_outline || node < 0)
        return;
    const auto &d = m_outline->data();
    const SpanNode &n = d.nodes[static_cast<size_t>(node)];
    const double start = static_cast<double>(n.start - d.startUs);
    const double end = static_cast<double>(d.subtreeEnd[static_cast<size_t>(node)] - d.startUs);
    const double pad = std::max(1.0, (end - start) * 0.05);
    setView(start - pad, end + pad);
}

void TraceView::zoomBy(double factor, double anchorX)
{
    setGeometry(m_state.geometry.zoomed(factor, anchorX));
}

void TraceView::panBy(double dx)
{
    setGeometry(m_state.geometry.panned(dx));
}

void TraceView::setCriticalPath(bool on)
{
    if (!m_outline)
        return;
    if (on && m_path.empty())
        m_path = criticalPath(m_outline->data());
    m_state.criticalPath = on;
    m_renderer.setCriticalPath(on ? &m_path : nullptr);
    viewport()->update();
}

void TraceView::expandAll()
{
    if (!m_outline)
        return;
    m_outline->expandAll();
    rowsChanged();
}

void TraceView::collapseAll()
{
    if (!m_outline)
        return;
    m_outline->collapseAll();
    rowsChanged();
}

void TraceView::toggleNode(int node)
{
    if (!m_outline || node < 0)
        return;
    m_outline->toggle(node);
    rowsChanged();
}

int TraceView::search(const QString &text)
{
    if (!m_outline)
        return 0;
    const int count = m_outline->search(text.toStdString());
    rowsChanged();
    if (count > 0)
        selectNode(m_outline->currentMatch());
    return count;
}

int TraceView::nextMatch()
{
    if (!m_outline)
        return -1;
    const int node = m_outline->nextMatch();
    rowsChanged();
    selectNode(node);
    return node;
}

int TraceView::previousMatch()
{
    if (!m_outline)
        return -1;
    const int node = m_outline->previousMatch();
    rowsChanged();
    selectNode(node);
    return node;
}

void TraceView::setFilter(TraceFilter filter)
{
    if (!m_outline)
        return;
    m_outline->setFilter(std::move(filter));
    rowsChanged();
}

void TraceView::selectNode(int node, bool reveal)
{
    if (!m_outline || node < 0 || node >= m_outline->data().size())
        return;
    if (reveal && m_outline->rowOf(node) < 0) {
        m_outline->expandAncestors(node);
        rowsChanged();
    }
    const bool changed = m_state.selectedNode != node;
    m_state.selectedNode = node;
    const int row = m_outline->rowOf(node);
    if (row >= 0)
        ensureRowVisible(row);
    viewport()->update();
    if (changed)
        Q_EMIT selectionChanged(node);
}

void TraceView::ensureRowVisible(int row)
{
    const int top = row * TraceRenderer::kRowHeight;
    const int visible = viewport()->height() - TraceRenderer::kHeaderHeight;
    auto *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + TraceRenderer::kRowHeight > bar->value() + visible)
        bar->setValue(top + TraceRenderer::kRowHeight - visible);
}

void TraceView::rowsChanged()
{
    updateScrollRange();
    viewport()->update();
    Q_EMIT outlineChanged();
}

void TraceView::updateScrollRange()
{
    const int visible = viewport()->height() - TraceRenderer::kHeaderHeight;
    auto *bar = verticalScrollBar();
    bar->setPageStep(std::max(1, visible));
    bar->setRange(0, std::max(0, m_renderer.contentHeight() - visible + 8));
    m_state.scrollY = bar->value();
}

void TraceView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    m_state.scrollY = verticalScrollBar()->value();
    m_renderer.paint(painter, viewport()->rect(), m_state);
}

void TraceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (!m_userTreeWidth)
        m_state.treeWidth = std::clamp(viewport()->width() * 9 / 20, 300, 560);
    updateGeometryPixels();
    updateScrollRange();
}

void TraceView::scrollContentsBy(int, int)
{
    m_state.scrollY = verticalScrollBar()->value();
    viewport()->update();
}

void TraceView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (!m_outline)
        return;
    const QPointF pos = event->position();
    if (std::abs(pos.x() - m_state.treeWidth) <= 3) {
        m_drag = Drag::Divider;
        return;
    }
    const bool onRuler = pos.y() < TraceRenderer::kHeaderHeight;
    const bool onTimeline = pos.x() > m_state.treeWidth;
    if (onTimeline
        && (event->button() == Qt::MiddleButton || onRuler
            || (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Pan;
        m_dragOrigin = pos;
        m_dragGeometry = m_state.geometry;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const int row = m_renderer.rowAtY(static_cast<int>(pos.y()), m_state);
    if (row >= 0 && !onTimeline) {
        const int node = m_outline->nodeAt(row);
        if (m_renderer.isOnExpander(static_cast<int>(pos.x()), node, m_state)
            && m_outline->hasChildren(node)) {
            toggleNode(node);
            return;
        }
        selectNode(node, false);
        return;
    }
    if (onTimeline && !onRuler) {
        m_drag = Drag::Range;
        m_dragOrigin = pos;
        m_state.rangeStartX = m_state.rangeEndX = pos.x();
    }
}

void TraceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_outline)
        return;
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::Divider:
        m_userTreeWidth = true;
        m_state.treeWidth = static_cast<int>(pos.x());
        updateGeometryPixels();
        viewport()->update();
        return;
    case Drag::Pan:
        m_state.geometry = m_dragGeometry;
        setGeometry(m_dragGeometry.panned(m_dragOrigin.x() - pos.x()));
        return;
    case Drag::Range:
        m_state.rangeEndX = pos.x();
        m_state.rangeSelecting = std::abs(m_state.rangeEndX - m_state.rangeStartX) > 4;
        viewport()->update();
        return;
    case Drag::None:
        break;
    }
    viewport()->setCursor(std::abs(pos.x() - m_state.treeWidth) <= 3 ? Qt::SplitHCursor
                                                                     : Qt::ArrowCursor);
    const int row = m_renderer.rowAtY(static_cast<int>(pos.y()), m_state);
    const int hover = row >= 0 ? m_outline->nodeAt(row) : -1;
    if (hover != m_state.hoverNode) {
        m_state.hoverNode = hover;
        viewport()->update();
    }
    if (hover >= 0) {
        const auto &d = m_outline->data();
        const SpanNode &n = d.nodes[static_cast<size_t>(hover)];
        QString tip = QString::fromUtf8(d.message(hover).data(),
                                        static_cast<qsizetype>(d.message(hover).size()))
            + QStringLiteral("\n") + QString::fromStdString(d.serviceName(hover))
            + QStringLiteral(" · ")
            + TraceRenderer::formatDuration(static_cast<double>(n.end - n.start));
        if (const int hidden = m_outline->hiddenDescendants(hover); hidden > 0)
            tip += QStringLiteral("\n") + tr("%L1 hidden descendants").arg(hidden);
        const auto &usage = d.subtreeUsage[static_cast<size_t>(hover)];
        if (!usage.empty())
            tip += QStringLiteral("\n")
                + tr("LLM tokens ↗%L1 ↙%L2 · $%3 (%n request(s))", nullptr, usage.requests)
                      .arg(usage.input)
                      .arg(usage.output)
                      .arg(usage.cost, 0, 'f', 7);
        setToolTip(tip);
    } else {
        setToolTip(QString());
    }
}

void TraceView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
    if (!m_outline)
        return;
    if (drag == Drag::Range) {
        const bool wasRange = m_state.rangeSelecting;
        m_state.rangeSelecting = false;
        if (wasRange) {
            const double t1
                = m_state.geometry.xToTime(std::min(m_state.rangeStartX, m_state.rangeEndX));
            const double t2
                = m_state.geometry.xToTime(std::max(m_state.rangeStartX, m_state.rangeEndX));
            setView(t1, t2);
        } else {
            const int row = m_renderer.rowAtY(static_cast<int>(event->position().y()), m_state);
            if (row >= 0)
                selectNode(m_outline->nodeAt(row), false);
        }
        viewport()->update();
    }
}

void TraceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_outline)
        return;
    const int row = m_renderer.rowAtY(static_cast<int>(event->position().y()), m_state);
    if (row >= 0)
        zoomToNode(m_outline->nodeAt(row));
}

void TraceView::wheelEvent(QWheelEvent *event)
{
    if (!m_outline)
        return;
    const QPoint delta = event->angleDelta();
    const double x = std::max<double>(event->position().x(), m_state.treeWidth + 1);
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, delta.y()), x);
    } else if ((event->modifiers() & Qt::ShiftModifier)
               || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d
            = (event->modifiers() & Qt::ShiftModifier) && delta.x() == 0 ? delta.y() : delta.x();
        panBy(-d * 0.5);
    } else {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    event->accept();
}

bool TraceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture && m_outline) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            const double factor = pinch->scaleFactor();
            if (factor > 0)
                zoomBy(factor, viewport()->mapFromGlobal(pinch->centerPoint().toPoint()).x());
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture && m_outline) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TraceView::keyPressEvent(QKeyEvent *event)
{
    if (!m_outline) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int node = m_state.selectedNode;
    const int row = node >= 0 ? m_outline->rowOf(node) : -1;
    const double center = m_state.geometry.x0() + m_state.geometry.width() / 2;
    switch (event->key()) {
    case Qt::Key_Down:
        selectNode(m_outline->nodeAt(std::min(m_outline->rowCount() - 1, row + 1)));
        break;
    case Qt::Key_Up:
        selectNode(m_outline->nodeAt(std::max(0, row - 1)));
        break;
    case Qt::Key_PageDown:
        selectNode(m_outline->nodeAt(std::min(m_outline->rowCount() - 1, row + 20)));
        break;
    case Qt::Key_PageUp:
        selectNode(m_outline->nodeAt(std::max(0, row - 20)));
        break;
    case Qt::Key_Home:
        selectNode(m_outline->nodeAt(0));
        break;
    case Qt::Key_End:
        selectNode(m_outline->nodeAt(m_outline->rowCount() - 1));
        break;
    case Qt::Key_Right:
        if (node >= 0 && m_outline->hasChildren(node) && !m_outline->isExpanded(node))
            toggleNode(node);
        else if (node >= 0 && m_outline->hasChildren(node))
            selectNode(m_outline->nodeAt(std::min(m_outline->rowCount() - 1, row + 1)));
        break;
    case Qt::Key_Left:
        if (node >= 0 && m_outline->isExpanded(node) && m_outline->hasChildren(node))
            toggleNode(node);
        else if (node >= 0 && m_outline->data().nodes[static_cast<size_t>(node)].parent >= 0)
            selectNode(m_outline->data().nodes[static_cast<size_t>(node)].parent);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        zoomToNode(node);
        break;
    case Qt::Key_Escape:
        if (m_state.rangeSelecting) {
            m_state.rangeSelecting = false;
            m_drag = Drag::None;
            viewport()->update();
        } else {
            fitToTrace();
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, center);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, center);
        break;
    case Qt::Key_F:
        fitToTrace();
        break;
    case Qt::Key_Asterisk:
        if (node >= 0) {
            m_outline->setSubtreeExpanded(node, true);
            rowsChanged();
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TraceView::leaveEvent(QEvent *event)
{
    m_state.hoverNode = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

} // namespace hearth::app
