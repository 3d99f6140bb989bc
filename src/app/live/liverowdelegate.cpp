// SPDX-License-Identifier: MIT
#include "app/live/liverowdelegate.h"

#include "app/widgets/palette.h"
#include "core/live/livetreemodel.h"
#include "core/store/levels.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace hearth::app {

namespace {

constexpr int kPad = 8;
constexpr int kIndent = 16;
constexpr int kServiceWidth = 118;
constexpr int kExpanderWidth = 34;
constexpr int kBarWidth = 140;
constexpr int kDurationWidth = 64;
constexpr int kPillHeight = 18;
constexpr int kPillPad = 7;

QString timeText(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

// Draws a rounded pill with text, returns its width.
int drawPill(QPainter *p, const QRect &row, int right, const QString &text, const QColor &hue,
             const QFontMetrics &fm, bool filledStrong = false)
{
    const int w = fm.horizontalAdvance(text) + 2 * kPillPad;
    const QRect r(right - w, row.center().y() - kPillHeight / 2 + 1, w, kPillHeight);
    const palette::PillColors colors = palette::pillColors(hue);
    p->setPen(Qt::NoPen);
    p->setBrush(filledStrong ? hue : colors.background);
    p->drawRoundedRect(r, kPillHeight / 2.0, kPillHeight / 2.0);
    p->setPen(filledStrong ? QColor(Qt::white) : colors.text);
    p->drawText(r, Qt::AlignCenter, text);
    return w;
}

QString shortScope(const QString &scope)
{
    // "opentelemetry.instrumentation.fastapi" -> "fastapi", "logfire.openai" -> "openai".
    QString s = scope;
    const int dot = s.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0 && dot + 1 < s.size())
        s = s.mid(dot + 1);
    return s;
}

} // namespace

struct LiveRowDelegate::Layout
{
    QRect time;
    QRect service;
    QRect expander;
    QRect icon;
    QRect message;
    QRect bar;
    QRect duration;
    int pillsRight = 0;
};

LiveRowDelegate::LiveRowDelegate(core::LiveTreeModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
    , m_mono(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

QSize LiveRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), kRowHeight);
}

LiveRowDelegate::Layout LiveRowDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index) const
{
    Layout l;
    const QRect r = option.rect;
    const QFontMetrics mono(m_mono);
    int x = r.left() + kPad;
    l.time
        = QRect(x, r.top(), mono.horizontalAdvance(QStringLiteral("00:00:00.000")) + 4, r.height());
    x = l.time.right() + kPad;
    l.service = QRect(x, r.top(), kServiceWidth, r.height());
    x = l.service.right() + kPad;
    const int depth = index.data(core::LiveTreeModel::DepthRole).toInt();
    x += std::min(depth, 12) * kIndent;
    l.expander = QRect(x, r.top(), kExpanderWidth, r.height());
    x = l.expander.right() + 2;
    l.icon = QRect(x, r.top(), 14, r.height());
    x = l.icon.right() + 6;
    l.duration = QRect(r.right() - kPad - kDurationWidth, r.top(), kDurationWidth, r.height());
    const int barWidth = std::clamp(r.width() / 10, 60, kBarWidth);
    l.bar = QRect(l.duration.left() - kPad - barWidth, r.top(), barWidth, r.height());
    l.pillsRight = l.bar.left() - 12;
    l.message = QRect(x, r.top(), std::max(0, l.pillsRight - x), r.height());
    return l;
}

QRect LiveRowDelegate::expanderRect(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (index.data(core::LiveTreeModel::ChildCountRole).toInt() == 0)
        return {};
    return layoutFor(option, index).expander;
}

void LiveRowDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const core::TraceForest::Node *node = m_model->node(index.row());
    if (!node)
        return;
    const core::LiveRecord &rec = node->record;
    const Layout l = layoutFor(option, index);
    const QRect r = option.rect;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // Background: selection, hover, and a faint red wash on error rows.
    // Washes and lines follow the theme: the dark palette has a dark Base.
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    const QColor lineColor = dark ? QColor(0x2a2e37) : QColor(0xf0f0f0);
    const QColor trackColor = dark ? QColor(0x2a2e37) : QColor(0xf3f4f6);
    const QColor guideColor = palette::gridLineColor();
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        p->fillRect(r, palette::selectionWash());
    else if (option.state & QStyle::State_MouseOver)
        p->fillRect(r, palette::hoverWash());
    else if (rec.isError())
        p->fillRect(r, palette::errorWash());
    p->setPen(lineColor);
    p->drawLine(r.bottomLeft(), r.bottomRight());

    QFont base = option.font;
    const QFontMetrics fm(base);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.86);
    const QFontMetrics sfm(small);

    // Time.
    p->setFont(m_mono);
    p->setPen(palette::mutedTextColor());
    p->drawText(l.time, Qt::AlignVCenter | Qt::AlignLeft, timeText(rec.startUs));

    // Service pill (hidden for unknown_service, as Logfire does).
    p->setFont(small);
    if (!rec.serviceName.isEmpty() && rec.serviceName != QLatin1String("unknown_service")) {
        const QString text
            = sfm.elidedText(rec.serviceName, Qt::ElideRight, l.service.width() - 2 * kPillPad);
        const int w = sfm.horizontalAdvance(text) + 2 * kPillPad;
        drawPill(p, r, l.service.left() + w, text, palette::serviceColor(rec.serviceName), sfm);
    }

    // Tree guides for nested rows.
    if (node->depth > 0) {
        p->setPen(guideColor);
        for (int d = 1; d <= std::min(node->depth, 12); ++d) {
            const int gx = l.expander.left() - d * kIndent + kIndent / 2;
            p->drawLine(gx, r.top(), gx, r.bottom());
        }
    }

    // Expander: box with the direct child count, red when an error is inside.
    const int children = static_cast<int>(node->children.size());
    if (children > 0) {
        const QString count = QString::number(children);
        const QString sign = node->expanded ? QStringLiteral("−") : QStringLiteral("+");
        const int w = std::min(l.expander.width() - 2, sfm.horizontalAdvance(sign + count) + 10);
        const QRect box(l.expander.left(), r.center().y() - 8, w, 17);
        const QColor c = node->errorInside ? palette::errorColor() : palette::mutedTextColor();
        p->setPen(QPen(c, 1));
        p->setBrush(node->expanded ? QColor(Qt::transparent)
                                   : QColor(c.red(), c.green(), c.blue(), 28));
        p->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p->drawText(box, Qt::AlignCenter, sign + count);
    }

    // Level icon: diamond for spans (hollow while running), dot for logs.
    const QColor levelColor = rec.isException && rec.level < 17 ? palette::errorColor()
                                                                : palette::levelColor(rec.level);
    const QPointF c = QRectF(l.icon).center();
    if (rec.pending()) {
        p->setPen(QPen(palette::accentColor(), 1.6));
        p->setBrush(Qt::NoBrush);
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - 5);
        diamond.lineTo(c.x() + 5, c.y());
        diamond.lineTo(c.x(), c.y() + 5);
        diamond.lineTo(c.x() - 5, c.y());
        diamond.closeSubpath();
        p->drawPath(diamond);
    } else if (rec.kind == QLatin1String("log") || rec.kind == QLatin1String("span_event")) {
        p->setPen(Qt::NoPen);
        p->setBrush(levelColor);
        p->drawEllipse(c, 3.5, 3.5);
    } else {
        p->setPen(Qt::NoPen);
        p->setBrush(levelColor);
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - 5);
        diamond.lineTo(c.x() + 5, c.y());
        diamond.lineTo(c.x(), c.y() + 5);
        diamond.lineTo(c.x() - 5, c.y());
        diamond.closeSubpath();
        p->drawPath(diamond);
    }

    // Right-aligned pills in Logfire's order (tags, token badge, scope) but kept by priority when
    // the row is narrow: tokens first, then scope, then exception, then tags.
    struct Pill
    {
        QString text;
        QColor hue;
        int priority;
        bool keep = false;
    };
    std::vector<Pill> pills;
    for (const QString &tag : rec.tags)
        pills.push_back(
            {tag,
             tag == QLatin1String("exception") ? palette::errorColor() : palette::tagColor(tag),
             tag == QLatin1String("exception") ? 2 : 3});
    if (rec.isException && !rec.tags.contains(QStringLiteral("exception")))
        pills.push_back({QStringLiteral("exception"), palette::errorColor(), 2});
    const QString tokens = core::LiveTreeModel::tokenText(*node);
    if (!tokens.isEmpty())
        pills.push_back({tokens, palette::tokenHue(), 0});
    if (!rec.scopeName.isEmpty())
        pills.push_back({shortScope(rec.scopeName), palette::scopeHue(), 1});
    p->setFont(small);
    int budget = l.pillsRight - l.message.left() - 120;
    for (int priority = 0; priority <= 3; ++priority) {
        for (Pill &pill : pills) {
            if (pill.priority != priority)
                continue;
            const int w = sfm.horizontalAdvance(pill.text) + 2 * kPillPad + 4;
            if (w <= budget) {
                pill.keep = true;
                budget -= w;
            }
        }
    }
    int right = l.pillsRight;
    for (auto it = pills.rbegin(); it != pills.rend(); ++it)
        if (it->keep)
            right -= drawPill(p, r, right, it->text, it->hue, sfm) + 4;

    // Message (HTTP spans end with "→ status").
    p->setFont(base);
    p->setPen(rec.isError() ? palette::readableOn(palette::errorTextColor(), palette::errorWash())
                            : option.palette.color(QPalette::Text));
    const QRect msg(l.message.left(), r.top(), std::max(0, right - 6 - l.message.left()),
                    r.height());
    p->drawText(
        msg, Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(core::LiveTreeModel::displayMessage(rec), Qt::ElideRight, msg.width()));

    // The span's bar within its trace.
    const double extent
        = static_cast<double>(std::max<qint64>(node->traceEndUs - node->traceStartUs, 1));
    const double x0 = static_cast<double>(rec.startUs - node->traceStartUs) / extent;
    // A running span reaches to the end of what its trace has so far.
    const core::Micros end = rec.pending() ? node->traceEndUs : std::max(rec.endUs, rec.startUs);
    const double x1 = static_cast<double>(end - node->traceStartUs) / extent;
    const QRectF track(l.bar.left(), r.center().y() - 3, l.bar.width(), 6);
    p->setPen(Qt::NoPen);
    p->setBrush(trackColor);
    p->drawRoundedRect(track, 3, 3);
    const double bx = track.left() + x0 * track.width();
    const double bw = std::max(2.0, (x1 - x0) * track.width());
    p->setBrush(rec.isError() ? palette::errorColor()
                              : (rec.pending() ? palette::accentColor().lighter(150)
                                               : palette::serviceColor(rec.serviceName)));
    p->drawRoundedRect(QRectF(bx, track.top(), std::min(bw, track.right() - bx), track.height()), 3,
                       3);

    // Duration.
    p->setFont(m_mono);
    p->setPen(palette::mutedTextColor());
    QString duration;
    if (rec.pending())
        duration = tr("running");
    else if (rec.duration >= 0)
        duration = core::formatDurationSeconds(rec.duration);
    p->drawText(l.duration, Qt::AlignVCenter | Qt::AlignRight, duration);
    p->restore();
}

bool LiveRowDelegate::editorEvent(QEvent *event, QAbstractItemModel *,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && expanderRect(option, index).contains(mouse->position().toPoint())) {
            if (event->type() == QEvent::MouseButtonPress)
                m_model->toggleExpanded(index.row());
            return true;
        }
    }
    return false;
}

bool LiveRowDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const core::TraceForest::Node *node = m_model->node(index.row());
    if (!node || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const core::LiveRecord &rec = node->record;
    const Layout l = layoutFor(option, index);
    QString tip;
    if (l.service.contains(event->pos()))
        tip = rec.serviceVersion.isEmpty()
            ? rec.serviceName
            : tr("%1 version %2").arg(rec.serviceName, rec.serviceVersion);
    else if (l.time.contains(event->pos()))
        tip = core::formatIsoMicrosQ(rec.startUs);
    else if (event->pos().x() > l.message.right() - 200 && event->pos().x() < l.bar.left()) {
        QStringList lines;
        if (!rec.scopeName.isEmpty())
            lines << tr("Scope: %1 %2").arg(rec.scopeName, rec.scopeVersion).trimmed();
        const QString tokens = core::LiveTreeModel::tokenText(*node);
        if (!tokens.isEmpty())
            lines << tr("LLM tokens: %1%2")
                         .arg(tokens, rec.model.isEmpty() ? QString() : tr(" (%1)").arg(rec.model));
        tip = lines.join(QLatin1Char('\n'));
    } else {
        tip = tr("%1\nspan: %2 · level: %3")
                  .arg(core::LiveTreeModel::displayMessage(rec), rec.spanName,
                       QString::fromLatin1(
                           core::levelName(rec.level).data(),
                           static_cast<qsizetype>(core::levelName(rec.level).size())));
    }
    if (tip.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace hearth::app
