// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace/coveragemipmap.h"
#include "core/trace/criticalpath.h"
#include "core/trace/timegeometry.h"
#include "core/trace/traceoutline.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QRect>
#include <QString>
#include <unordered_map>

class QPainter;

namespace hearth::app {

// What the waterfall shows right now, apart from the trace itself: a value the widget owns and
// the CLI renderer builds by hand.
struct TraceViewState
{
    core::trace::TimeGeometry geometry; // timeline pixels: x0 = treeWidth
    int scrollY = 0; // pixels scrolled in the rows area
    int treeWidth = 480;
    int selectedNode = -1;
    int hoverNode = -1;
    bool criticalPath = false;
    bool rangeSelecting = false;
    double rangeStartX = 0;
    double rangeEndX = 0;
};

// Paints the waterfall (tree column, time ruler, bars, LOD boxes) into any QPainter. The app's
// widget and `hearth-cli render-trace` both use it, so a PNG looks exactly like the screen.
// Work per frame is bounded by the rows on screen: only visible rows are laid out, and hidden
// descendants of a collapsed row are drawn from a coverage mipmap at the current resolution.
class TraceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TraceRenderer)
public:
    static constexpr int kRowHeight = 28;
    static constexpr int kHeaderHeight = 44;
    static constexpr int kIndent = 14;

    TraceRenderer();

    void setOutline(const core::trace::TraceOutline *outline);
    void setCriticalPath(const std::vector<core::trace::CriticalSegment> *path);
    using MipmapCache = std::unordered_map<int, core::trace::CoverageMipmap>;
    // Mipmaps of the subtrees with at least `minDescendants` descendants, built ahead of time (off
    // the GUI thread, by the loader) so the first frame after collapsing a huge subtree is cheap.
    static MipmapCache prebuildMipmaps(const core::trace::TraceData &data, int minDescendants);
    void setMipmaps(MipmapCache cache) { m_mipmaps = std::move(cache); }

    void paint(QPainter &painter, const QRect &rect, const TraceViewState &state);

    // Hit testing in the same coordinates as paint().
    int rowAtY(int y, const TraceViewState &state) const; // -1 outside rows
    bool isOnExpander(int x, int node, const TraceViewState &state) const;
    int contentHeight() const;

    static QColor serviceColor(const std::string &service); // stable across traces
    static std::vector<QColor> serviceColors(const core::trace::TraceData &data);
    static QString formatDuration(double micros);
    static QString formatTokens(std::int64_t tokens);

    double lastPaintMs() const { return m_lastPaintMs; }

private:
    const core::trace::CoverageMipmap &mipmapFor(int node);
    void paintHeader(QPainter &p, const QRect &rect, const TraceViewState &state);
    void paintRow(QPainter &p, int row, int y, const QRect &rect, const TraceViewState &state);
    void paintTreeCell(QPainter &p, int node, int y, const TraceViewState &state);
    void paintTimelineCell(QPainter &p, int node, int y, const QRect &rect,
                           const TraceViewState &state);

    const core::trace::TraceOutline *m_outline = nullptr;
    const std::vector<core::trace::CriticalSegment> *m_path = nullptr;
    MipmapCache m_mipmaps;
    std::vector<core::trace::CoverageBox> m_boxes; // scratch
    std::vector<QColor> m_serviceColors;
    std::unordered_map<int, std::pair<int, QString>> m_elided; // node -> (width, elided message)
    QFont m_font;
    QFont m_smallFont;
    QFont m_tinyFont;
    QFont m_monoFont;
    double m_lastPaintMs = 0;
};

} // namespace hearth::app
