// SPDX-License-Identifier: MIT
#pragma once

#include "app/trace/tracerenderer.h"

#include <memory>
#include <QAbstractScrollArea>

namespace hearth::app {

// The waterfall widget: tree column and timeline in one scroll area, painted by TraceRenderer.
// Mouse: click selects, click on the chevron folds, double-click zooms to the span, drag on the
// timeline selects a range to zoom into, drag on the ruler (or middle button, or Shift+drag) pans.
// Wheel scrolls; Ctrl+wheel or pinch zooms; Shift+wheel or a horizontal wheel pans.
// Keys: ↑/↓ move, ←/→ fold/unfold (or go to parent/child), Enter zooms to the span, Esc zooms
// out to the whole trace, +/- zoom, F fits, * unfolds the subtree.
class TraceView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TraceView(QWidget *parent = nullptr);
    ~TraceView() override;

    void setTrace(std::shared_ptr<const core::trace::TraceData> data,
                  TraceRenderer::MipmapCache mipmaps = {});
    void clear();
    bool hasTrace() const { return m_outline != nullptr; }
    core::trace::TraceOutline *outline() const { return m_outline.get(); }
    const TraceViewState &state() const { return m_state; }
    TraceRenderer &renderer() { return m_renderer; }

    int selectedNode() const { return m_state.selectedNode; }
    void selectNode(int node, bool reveal = true);

    void fitToTrace();
    void zoomToNode(int node);
    void zoomBy(double factor, double anchorX);
    void panBy(double dx);
    void setView(double start, double end); // µs from the trace start
    void setCriticalPath(bool on);
    bool criticalPathShown() const { return m_state.criticalPath; }

    void expandAll();
    void collapseAll();
    void toggleNode(int node);
    int search(const QString &text); // match count; reveals and selects the first
    int nextMatch();
    int previousMatch();
    void setFilter(core::trace::TraceFilter filter);

Q_SIGNALS:
    void selectionChanged(int node);
    void outlineChanged(); // rows changed (fold, filter, search)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollRange();
    void updateGeometryPixels();
    void ensureRowVisible(int row);
    void rowsChanged();
    void setGeometry(const core::trace::TimeGeometry &geometry);
    double traceDuration() const;

    std::unique_ptr<core::trace::TraceOutline> m_outline;
    std::vector<core::trace::CriticalSegment> m_path;
    TraceRenderer m_renderer;
    TraceViewState m_state;
    enum class Drag { None, Range, Pan, Divider } m_drag = Drag::None;
    QPointF m_dragOrigin;
    bool m_userTreeWidth = false; // the divider was dragged: keep the user's width
    core::trace::TimeGeometry m_dragGeometry;
};

} // namespace hearth::app
