// SPDX-License-Identifier: MIT
#include "app/trace/tracerenderer.h"

#include "app/widgets/palette.h"

#include <cmath>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace hearth::app {

using namespace core::trace;
using core::Micros;

namespace {

// The waterfall's colours in the light and the dark theme; bars, levels and services come from
// the shared palette so they match Live, Explore and dashboards.
struct Colors
{
    QColor background, header, grid, divider, text, muted, faint, selected, hover, match,
        currentMatch, error, warn, critical, rangeFill, rangeLine;
};

const Colors &colors()
{
    static const Colors light {QColor(0xffffff), QColor(0xf7f8fa), QColor(0xeef0f3),
                               QColor(0xdcdfe4), QColor(0x1f2328), QColor(0x6b7280),
                               QColor(0xa0a6b0), QColor(0xe3edfd), QColor(0xf4f5f7),
                               QColor(0xfff4c7), QColor(0xffe08a), QColor(0xdc2626),
                               QColor(0xd97706), QColor(0x111827), QColor(0x3b, 0x82, 0xf6, 40),
                               QColor(0x3b82f6)};
    static const Colors dark {QColor(0x14161c), QColor(0x1b1e25), QColor(0x23272f),
                              QColor(0x343a46), QColor(0xdfe3ea), QColor(0x9ca3af),
                              QColor(0x6b7280), QColor(0x1e3a5f), QColor(0x22262e),
                              QColor(0x3d3413), QColor(0x5c4a12), QColor(0xef4444),
                              QColor(0xf59e0b), QColor(0xf3f4f6), QColor(0x60, 0xa5, 0xfa, 50),
                              QColor(0x60a5fa)};
    return palette::isDark() ? dark : light;
}

QColor levelColor(int level)
{
    return level >= 17 ? colors().error : level >= 13 ? colors().warn : palette::levelColor(level);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString tickLabel(double t, double step)
{
    const double a = std::abs(t);
    if (step >= 1e6 || a >= 1e7) {
        const int decimals = step >= 1e6 ? 0 : (step >= 1e5 ? 1 : (step >= 1e4 ? 2 : 3));
        return QString::number(t / 1e6, 'f', decimals) + QStringLiteral(" s");
    }
    if (step >= 1e3 || a >= 1e4) {
        const int decimals = step >= 1e3 ? 0 : (step >= 100 ? 1 : (step >= 10 ? 2 : 3));
        return QString::number(t / 1e3, 'f', decimals) + QStringLiteral(" ms");
    }
    return QString::number(t, 'f', step >= 1 ? 0 : 2) + QStringLiteral(" µs");
}

void drawDiamond(QPainter &p, QPointF c, double r, const QColor &color, bool filled)
{
    QPolygonF poly;
    poly << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y()) << QPointF(c.x(), c.y() + r)
         << QPointF(c.x() - r, c.y());
    p.setPen(QPen(color, 1.4));
    p.setBrush(filled ? QBrush(color) : QBrush(colors().background));
    p.drawPolygon(poly);
}

} // namespace

TraceRenderer::TraceRenderer()
{
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setPixelSize(12);
    m_smallFont = m_font;
    m_smallFont.setPixelSize(10);
    m_tinyFont = m_font;
    m_tinyFont.setPixelSize(8);
    m_monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_monoFont.setPixelSize(11);
}

void TraceRenderer::setOutline(const TraceOutline *outline)
{
    if (!outline || !m_outline || outline->dataPtr() != m_outline->dataPtr())
        m_mipmaps.clear();
    m_outline = outline;
    m_elided.clear();
    m_serviceColors = outline ? serviceColors(outline->data()) : std::vector<QColor>();
}

void TraceRenderer::setCriticalPath(const std::vector<CriticalSegment> *path)
{
    m_path = path;
}

TraceRenderer::MipmapCache TraceRenderer::prebuildMipmaps(const TraceData &data, int minDescendants)
{
    MipmapCache cache;
    for (int i = 0; i < data.size(); ++i) {
        const int size = data.nodes[static_cast<size_t>(i)].subtreeSize;
        if (size - 1 >= minDescendants)
            cache.emplace(i, CoverageMipmap::build(data, i + 1, i + size));
    }
    return cache;
}

const CoverageMipmap &TraceRenderer::mipmapFor(int node)
{
    auto it = m_mipmaps.find(node);
    if (it == m_mipmaps.end()) {
        const auto &data = m_outline->data();
        const int size = data.nodes[static_cast<size_t>(node)].subtreeSize;
        it = m_mipmaps.emplace(node, CoverageMipmap::build(data, node + 1, node + size)).first;
    }
    return it->second;
}

QColor TraceRenderer::serviceColor(const std::string &service)
{
    return palette::serviceColor(qs(service));
}

std::vector<QColor> TraceRenderer::serviceColors(const TraceData &data)
{
    // The same colour per service as Live, Explore and dashboards (palette::serviceColor).
    std::vector<QColor> out;
    out.reserve(data.services.size());
    for (size_t i = 0; i < data.services.size(); ++i)
        out.push_back(palette::serviceColor(qs(data.services[i])));
    return out;
}

QString TraceRenderer::formatDuration(double us)
{
    if (us < 1000)
        return QString::number(us, 'f', 0) + QStringLiteral("µs");
    if (us < 10'000)
        return QString::number(us / 1000, 'f', 2) + QStringLiteral("ms");
    if (us < 100'000)
        return QString::number(us / 1000, 'f', 1) + QStringLiteral("ms");
    if (us < 1'000'000)
        return QString::number(us / 1000, 'f', 0) + QStringLiteral("ms");
    if (us < 60'000'000)
        return QString::number(us / 1e6, 'f', 2) + QStringLiteral("s");
    const auto totalSeconds = static_cast<qint64>(us / 1e6);
    return QStringLiteral("%1m %2s").arg(totalSeconds / 60).arg(totalSeconds % 60);
}

QString TraceRenderer::formatTokens(std::int64_t tokens)
{
    if (tokens < 10'000)
        return QString::number(tokens);
    if (tokens < 1'000'000)
        return QString::number(static_cast<double>(tokens) / 1000, 'f', 1) + QLatin1Char('k');
    return QString::number(static_cast<double>(tokens) / 1e6, 'f', 2) + QLatin1Char('M');
}

int TraceRenderer::contentHeight() const
{
    return m_outline ? m_outline->rowCount() * kRowHeight : 0;
}

int TraceRenderer::rowAtY(int y, const TraceViewState &state) const
{
    if (!m_outline || y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + state.scrollY) / kRowHeight;
    return row < m_outline->rowCount() ? row : -1;
}

bool TraceRenderer::isOnExpander(int x, int node, const TraceViewState &state) const
{
    if (!m_outline || x >= state.treeWidth)
        return false;
    const int depth = std::min(m_outline->data().nodes[static_cast<size_t>(node)].depth, 24);
    const int ex = 8 + depth * kIndent;
    return x >= ex - 2 && x <= ex + 18;
}

void TraceRenderer::paint(QPainter &p, const QRect &rect, const TraceViewState &state)
{
    QElapsedTimer timer;
    timer.start();
    p.save();
    p.setClipRect(rect);
    p.fillRect(rect, colors().background);
    if (!m_outline || m_outline->data().empty()) {
        p.setPen(colors().muted);
        p.setFont(m_font);
        p.drawText(rect, Qt::AlignCenter, tr("No trace open"));
        p.restore();
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    // Grid lines behind the rows.
    const QRect body(rect.left(), rect.top() + kHeaderHeight, rect.width(),
                     rect.height() - kHeaderHeight);
    p.setPen(colors().grid);
    const double step = state.geometry.tickStep(90);
    for (double t : state.geometry.ticks(90)) {
        const double x = state.geometry.timeToX(t);
        if (x > state.treeWidth)
            p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()));
    }
    (void)step;

    const int firstRow = std::max(0, state.scrollY / kRowHeight);
    const int lastRow
        = std::min(m_outline->rowCount() - 1, (state.scrollY + body.height()) / kRowHeight + 1);
    p.save();
    p.setClipRect(body);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = body.top() + row * kRowHeight - state.scrollY;
        paintRow(p, row, y, rect, state);
    }
    p.restore();

    paintHeader(p, rect, state);
    p.setPen(colors().divider);
    p.drawLine(QPointF(state.treeWidth + 0.5, rect.top()),
               QPointF(state.treeWidth + 0.5, rect.bottom()));

    if (state.rangeSelecting) {
        const double x1 = std::min(state.rangeStartX, state.rangeEndX);
        const double x2 = std::max(state.rangeStartX, state.rangeEndX);
        const QRectF band(x1, rect.top() + kHeaderHeight, x2 - x1, rect.height() - kHeaderHeight);
        p.fillRect(band, colors().rangeFill);
        p.setPen(QPen(colors().rangeLine, 1));
        p.drawLine(band.topLeft(), band.bottomLeft());
        p.drawLine(band.topRight(), band.bottomRight());
        const QString label
            = formatDuration(state.geometry.xToTime(x2) - state.geometry.xToTime(x1));
        p.setFont(m_smallFont);
        const QRectF labelRect(x1, rect.top() + kHeaderHeight + 4, std::max(60.0, x2 - x1), 16);
        p.fillRect(QRectF(labelRect.center().x() - 30, labelRect.top(), 60, 16),
                   colors().rangeLine);
        p.setPen(Qt::white);
        p.drawText(QRectF(labelRect.center().x() - 30, labelRect.top(), 60, 16), Qt::AlignCenter,
                   label);
    }
    p.restore();
    m_lastPaintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void TraceRenderer::paintHeader(QPainter &p, const QRect &rect, const TraceViewState &state)
{
    const TraceData &data = m_outline->data();
    const QRect header(rect.left(), rect.top(), rect.width(), kHeaderHeight);
    p.fillRect(header, colors().header);
    p.setPen(colors().divider);
    p.drawLine(QPointF(header.left(), header.bottom() + 0.5),
               QPointF(header.right(), header.bottom() + 0.5));

    // Tree column title: span count, services, total duration.
    p.setFont(m_font);
    p.setPen(colors().text);
    const QString title = data.size() == 1 ? tr("1 span") : tr("%L1 spans").arg(data.size());
    p.drawText(QRect(12, header.top() + 4, state.treeWidth - 20, 18),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(m_smallFont);
    p.setPen(colors().muted);
    QString sub = (data.services.size() == 1 ? tr("1 service")
                                             : tr("%1 services").arg(data.services.size()))
        + QStringLiteral(" · ") + formatDuration(static_cast<double>(data.endUs - data.startUs));
    if (data.errorCount > 0)
        sub += QStringLiteral(" · ")
            + (data.errorCount == 1 ? tr("1 error") : tr("%L1 errors").arg(data.errorCount));
    if (data.pendingCount > 0)
        sub += QStringLiteral(" · ") + tr("%L1 running").arg(data.pendingCount);
    if (m_outline->rowCount() < data.size())
        sub += QStringLiteral(" · ") + tr("%L1 rows shown").arg(m_outline->rowCount());
    p.drawText(QRect(12, header.top() + 22, state.treeWidth - 20, 16),
               Qt::AlignLeft | Qt::AlignVCenter, sub);

    // Overview strip: the whole trace at a glance, with the visible window outlined.
    const double x0 = state.treeWidth + 1;
    const double width = rect.right() - x0;
    const TimeGeometry overview(0, static_cast<double>(data.endUs - data.startUs), x0, width);
    const QRectF strip(x0, header.top() + 3, width, 12);
    const auto roots = data.roots();
    for (int root : roots) {
        const SpanNode &node = data.nodes[static_cast<size_t>(root)];
        const QColor c = m_serviceColors[data.nodes[static_cast<size_t>(root)].service];
        const double rx1 = overview.timeToX(static_cast<double>(node.start - data.startUs));
        const double rx2 = overview.timeToX(
            static_cast<double>(data.subtreeEnd[static_cast<size_t>(root)] - data.startUs));
        QColor light = c;
        light.setAlpha(45);
        p.fillRect(QRectF(rx1, strip.top() + 3, std::max(1.0, rx2 - rx1), 6), light);
        if (node.subtreeSize > 1) {
            const auto &map = mipmapFor(root);
            map.query(node.start, data.subtreeEnd[static_cast<size_t>(root)],
                      overview.usPerPixel() * 2, m_boxes);
            for (const auto &box : m_boxes) {
                const double bx1 = overview.timeToX(static_cast<double>(box.start - data.startUs));
                const double bx2 = overview.timeToX(static_cast<double>(box.end - data.startUs));
                QColor bc = c;
                bc.setAlpha(std::min(255, 90 + box.count * 4));
                p.fillRect(QRectF(bx1, strip.top() + 3, std::max(1.0, bx2 - bx1), 6), bc);
            }
        }
    }
    const double vx1 = std::max(x0, overview.timeToX(state.geometry.viewStart()));
    const double vx2 = std::min(x0 + width, overview.timeToX(state.geometry.viewEnd()));
    if (vx2 - vx1 < width - 2) {
        p.setPen(QPen(colors().rangeLine, 1));
        p.setBrush(colors().rangeFill);
        p.drawRect(QRectF(vx1, strip.top(), std::max(2.0, vx2 - vx1), strip.height()));
    }

    // Ruler.
    p.setFont(m_smallFont);
    const double step = state.geometry.tickStep(90);
    for (double t : state.geometry.ticks(90)) {
        const double x = state.geometry.timeToX(t);
        if (x <= state.treeWidth + 2)
            continue;
        p.setPen(colors().divider);
        p.drawLine(QPointF(x, header.bottom() - 6), QPointF(x, header.bottom()));
        p.setPen(colors().muted);
        p.drawText(QRectF(x + 4, header.top() + 22, 120, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   tickLabel(t, step));
    }
}

void TraceRenderer::paintRow(QPainter &p, int row, int y, const QRect &rect,
                             const TraceViewState &state)
{
    const int node = m_outline->nodeAt(row);
    const QRectF rowRect(rect.left(), y, rect.width(), kRowHeight);
    if (node == state.selectedNode)
        p.fillRect(rowRect, colors().selected);
    else if (node == m_outline->currentMatch())
        p.fillRect(rowRect, colors().currentMatch);
    else if (!m_outline->searchMatches().empty() && m_outline->isSearchMatch(node))
        p.fillRect(rowRect, colors().match);
    else if (node == state.hoverNode)
        p.fillRect(rowRect, colors().hover);
    paintTreeCell(p, node, y, state);
    paintTimelineCell(p, node, y, rect, state);
}

void TraceRenderer::paintTreeCell(QPainter &p, int node, int y, const TraceViewState &state)
{
    const TraceData &data = m_outline->data();
    const SpanNode &n = data.nodes[static_cast<size_t>(node)];
    const bool context = !m_outline->matchesFilter(node);
    const int depth = std::min(n.depth, 24);
    const int cy = y + kRowHeight / 2;
    p.save();
    p.setClipRect(QRect(0, y, state.treeWidth, kRowHeight));

    // Indent guides.
    p.setPen(QPen(colors().grid, 1));
    for (int d = 1; d <= depth; ++d) {
        const double gx = 8 + (d - 1) * kIndent + 7.5;
        p.drawLine(QPointF(gx, y), QPointF(gx, y + kRowHeight));
    }

    int x = 8 + depth * kIndent;
    if (m_outline->hasChildren(node)) {
        const bool open = m_outline->isExpanded(node);
        QPainterPath chevron;
        if (open) {
            chevron.moveTo(x + 4, cy - 2);
            chevron.lineTo(x + 8, cy + 2);
            chevron.lineTo(x + 12, cy - 2);
        } else {
            chevron.moveTo(x + 6, cy - 4);
            chevron.lineTo(x + 10, cy);
            chevron.lineTo(x + 6, cy + 4);
        }
        p.setPen(QPen((n.flags & FlagErrorInside) ? colors().error : colors().muted, 1.6,
                      Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(chevron);
    }
    x += 18;

    const QColor lc = levelColor(n.level);
    if (n.kind == SpanKind::Log || n.kind == SpanKind::SpanEvent) {
        p.setPen(QPen(lc, 1.4));
        p.setBrush(lc);
        p.drawEllipse(QPointF(x + 4, cy), 3.2, 3.2);
    } else {
        drawDiamond(p, QPointF(x + 4, cy), 4.5, lc, n.kind != SpanKind::Pending);
    }
    x += 14;

    // Right-aligned pills, laid out from the right edge leftwards.
    int right = state.treeWidth - 8;
    p.setFont(m_smallFont);
    const QFontMetrics small(m_smallFont);
    auto pill = [&](const QString &text, const QColor &bg, const QColor &fg) {
        const int w = small.horizontalAdvance(text) + 12;
        if (right - w < x + 60)
            return;
        const QRectF r(right - w, cy - 8, w, 16);
        p.setPen(Qt::NoPen);
        p.setBrush(bg);
        p.drawRoundedRect(r, 8, 8);
        p.setPen(fg);
        p.drawText(r, Qt::AlignCenter, text);
        right -= w + 5;
    };
    const int hidden = m_outline->hiddenDescendants(node);
    if (hidden > 0) {
        const bool err = (n.flags & FlagErrorInside) != 0;
        const auto hiddenPill = palette::pillColors(err ? colors().error : palette::scopeHue());
        pill(QStringLiteral("+") + formatTokens(hidden), hiddenPill.background, hiddenPill.text);
    }
    const QColor sc = m_serviceColors[n.service];
    if (data.services.size() > 1 || data.serviceName(node) != "unknown_service") {
        const auto servicePill = palette::pillColors(sc);
        pill(qs(data.serviceName(node)), servicePill.background, servicePill.text);
    }
    const TokenUsage &self = data.selfUsage[static_cast<size_t>(node)];
    const TokenUsage &sum = data.subtreeUsage[static_cast<size_t>(node)];
    if (!sum.empty()) {
        const bool aggregated = self.empty() || sum.requests > 1;
        const TokenUsage &u = aggregated ? sum : self;
        const QString text = (aggregated ? QStringLiteral("∑ ") : QString()) + QStringLiteral("↗")
            + formatTokens(u.input) + QStringLiteral(" ↙") + formatTokens(u.output);
        const auto tokenPill = palette::pillColors(palette::tokenHue());
        pill(text, tokenPill.background, tokenPill.text);
    }

    p.setFont(m_font);
    p.setPen(context ? colors().faint : (n.flags & FlagError) ? colors().error : colors().text);
    // Eliding is the costliest text operation of a frame: cache it per node and width.
    auto cached = m_elided.find(node);
    if (cached == m_elided.end() || cached->second.first != right - x) {
        if (m_elided.size() > 4096)
            m_elided.clear();
        const QFontMetrics fm(m_font);
        cached = m_elided
                     .insert_or_assign(node,
                                       std::make_pair(right - x,
                                                      fm.elidedText(qs(data.message(node)),
                                                                    Qt::ElideRight, right - x - 4)))
                     .first;
    }
    const QString &message = cached->second.second;
    p.drawText(QRect(x, y, right - x, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter, message);
    p.restore();
}

void TraceRenderer::paintTimelineCell(QPainter &p, int node, int y, const QRect &rect,
                                      const TraceViewState &state)
{
    const TraceData &data = m_outline->data();
    const SpanNode &n = data.nodes[static_cast<size_t>(node)];
    const TimeGeometry &g = state.geometry;
    const double left = state.treeWidth + 1;
    const double right = rect.right();
    p.save();
    p.setClipRect(QRectF(left, y, right - left, kRowHeight));
    const double base = static_cast<double>(data.startUs);
    auto xOf = [&](Micros t) {
        return std::clamp(g.timeToX(static_cast<double>(t) - base), left - 20, right + 20);
    };
    const QColor sc = m_serviceColors[n.service];
    const bool dim = (state.criticalPath && m_path
                      && segmentsOf(*m_path, node).first == segmentsOf(*m_path, node).second)
        || !m_outline->matchesFilter(node);

    // Hidden descendants of a collapsed row: counted coverage boxes at the current resolution.
    if (m_outline->hiddenDescendants(node) > 0) {
        const double mergeGap = g.usPerPixel() * 3;
        mipmapFor(node).query(static_cast<Micros>(g.viewStart() + base) - 1,
                              static_cast<Micros>(g.viewEnd() + base) + 1, mergeGap, m_boxes);
        p.setFont(m_tinyFont);
        for (const auto &box : m_boxes) {
            const double x1 = xOf(box.start);
            const double x2 = std::max(x1 + 2, xOf(box.end));
            QColor c = sc;
            c.setAlpha(box.count > 1 ? 80 : 60);
            p.fillRect(QRectF(x1, y + 19, x2 - x1, 8), c);
            if (box.count > 1 && x2 - x1 > 34) {
                p.setPen(palette::pillColors(sc).text);
                p.drawText(QRectF(x1, y + 18, x2 - x1, 10), Qt::AlignCenter,
                           QStringLiteral("×") + formatTokens(box.count));
            }
        }
        // Errors among the hidden descendants stay visible as red ticks (they are rare).
        const auto &errors = data.errorNodes;
        auto it = std::upper_bound(errors.begin(), errors.end(), node);
        const int end = node + n.subtreeSize;
        for (int drawn = 0; it != errors.end() && *it < end && drawn < 500; ++it, ++drawn) {
            const SpanNode &e = data.nodes[static_cast<size_t>(*it)];
            const double ex1 = xOf(e.start);
            p.fillRect(QRectF(ex1, y + 19, std::max(2.0, xOf(e.end) - ex1), 8), colors().error);
        }
    }

    const double x1 = xOf(n.start);
    const double cy = y + 11;
    if (n.kind == SpanKind::Log || n.kind == SpanKind::SpanEvent) {
        const QColor lc = levelColor(n.level);
        p.setPen(QPen(colors().background, 1.5));
        p.setBrush(lc);
        p.drawEllipse(QPointF(x1, cy), 4.5, 4.5);
        p.restore();
        return;
    }
    const double x2 = std::max(x1 + 2, xOf(n.end));
    QColor fill = (n.flags & FlagError) ? colors().error : sc;
    if (dim)
        fill.setAlpha(70);
    const QRectF bar(x1, y + 5, x2 - x1, 12);
    p.setPen(Qt::NoPen);
    if (n.kind == SpanKind::Pending) {
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        gradient.setColorAt(0, fill);
        QColor fade = fill;
        fade.setAlpha(40);
        gradient.setColorAt(1, fade);
        p.setBrush(gradient);
        p.drawRoundedRect(bar, 3, 3);
        p.setPen(QPen(fill, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    } else {
        p.setBrush(fill);
        p.drawRoundedRect(bar, bar.width() > 6 ? 3 : 1, bar.width() > 6 ? 3 : 1);
    }
    if (node == state.selectedNode) {
        p.setPen(QPen(colors().text, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 3, 3);
    }

    if (state.criticalPath && m_path) {
        const auto [first, last] = segmentsOf(*m_path, node);
        p.setPen(Qt::NoPen);
        p.setBrush(colors().critical);
        for (int i = first; i < last; ++i) {
            const auto &seg = (*m_path)[static_cast<size_t>(i)];
            const double sx1 = xOf(seg.start);
            const double sx2 = std::max(sx1 + 1.5, xOf(seg.end));
            p.drawRect(QRectF(sx1, y + 9, sx2 - sx1, 4));
        }
    }

    // Span events as markers on the bar.
    if (n.flags & FlagHasEvents) {
        const auto [first, last] = data.eventRange(node);
        for (int i = first; i < last; ++i) {
            const auto &e = data.events[static_cast<size_t>(i)];
            QPolygonF marker;
            const double ex = xOf(e.time);
            marker << QPointF(ex, y + 5) << QPointF(ex + 5, y + 11) << QPointF(ex, y + 17)
                   << QPointF(ex - 5, y + 11);
            p.setPen(QPen(colors().background, 1));
            p.setBrush(e.exception ? colors().error : colors().text);
            p.drawPolygon(marker);
        }
    }

    // Duration next to the bar, wherever there is room; spans outside the view get an arrow at
    // the edge pointing to where they are.
    p.setFont(m_smallFont);
    const QFontMetrics fm(m_smallFont);
    QString label = n.kind == SpanKind::Pending
        ? tr("running…")
        : formatDuration(static_cast<double>(n.end - n.start));
    p.setPen(n.flags & FlagError ? colors().error : colors().muted);
    const double rawX1 = g.timeToX(static_cast<double>(n.start) - base);
    const double rawX2 = g.timeToX(static_cast<double>(n.end) - base);
    if (rawX2 < left) {
        label = QStringLiteral("◂ ") + label;
        p.drawText(QRectF(left + 4, y + 3, fm.horizontalAdvance(label) + 2, 16),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    } else if (rawX1 > right) {
        label += QStringLiteral(" ▸");
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRectF(right - w - 6, y + 3, w + 2, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   label);
    } else {
        const int w = fm.horizontalAdvance(label);
        if (x2 + 6 + w < right)
            p.drawText(QRectF(x2 + 6, y + 3, w + 2, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        else if (x1 - 6 - w > left)
            p.drawText(QRectF(x1 - 6 - w, y + 3, w + 2, 16), Qt::AlignLeft | Qt::AlignVCenter,
                       label);
        else if (x2 - x1 > w + 10) {
            p.setPen(Qt::white);
            p.drawText(QRectF(std::max(x1, left) + 4, y + 3, w + 2, 16),
                       Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }
    p.restore();
}

} // namespace hearth::app
