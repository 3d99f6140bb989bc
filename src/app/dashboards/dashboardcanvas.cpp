// SPDX-License-Identifier: MIT
#include "app/dashboards/dashboardcanvas.h"

#include "app/dashboards/panelwidget.h"
#include "app/widgets/palette.h"

#include <cmath>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>

namespace hearth::app {

namespace {
constexpr int kHeaderHeight = 34;
constexpr int kResizeGrip = 14;
} // namespace

DashboardCanvas::DashboardCanvas(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DashboardCanvas::setGroups(const QVector<core::PanelGroup> &groups,
                                const QHash<QString, PanelWidget *> &panels)
{
    for (auto &h : m_headers)
        delete h.widget;
    m_headers.clear();
    m_groups = groups;
    m_panels = panels;
    for (PanelWidget *p : panels) {
        p->titleBar()->installEventFilter(this);
        p->installEventFilter(this);
    }
    for (int g = 0; g < groups.size(); ++g) {
        GroupHeader header;
        header.widget = new QWidget(this);
        auto *layout = new QHBoxLayout(header.widget);
        layout->setContentsMargins(0, 0, 0, 0);
        header.toggle = new QToolButton(header.widget);
        header.toggle->setAutoRaise(true);
        header.toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        header.toggle->setArrowType(groups[g].open ? Qt::DownArrow : Qt::RightArrow);
        header.toggle->setText(groups[g].title.isEmpty() ? tr("Panel Group") : groups[g].title);
        QFont f = header.toggle->font();
        f.setWeight(QFont::DemiBold);
        f.setPointSizeF(f.pointSizeF() + 1);
        header.toggle->setFont(f);
        connect(header.toggle, &QToolButton::clicked, this,
                [this, g] { Q_EMIT groupToggled(g, !m_groups[g].open); });
        layout->addWidget(header.toggle);
        auto addButton = [&](const QString &text, const QString &tip, auto fn) {
            auto *b = new QToolButton(header.widget);
            b->setText(text);
            b->setToolTip(tip);
            b->setAccessibleName(tip);
            b->setAutoRaise(true);
            b->setVisible(m_editing);
            connect(b, &QToolButton::clicked, this, fn);
            layout->addWidget(b);
            header.editButtons << b;
        };
        addButton(tr("Rename"), tr("Rename this group"),
                  [this, g] { Q_EMIT groupRenameRequested(g); });
        addButton(QStringLiteral("↑"), tr("Move this group up"), [this, g] {
            if (g > 0)
                Q_EMIT groupMoveRequested(g, g - 1);
        });
        addButton(QStringLiteral("↓"), tr("Move this group down"), [this, g] {
            if (g + 1 < m_groups.size())
                Q_EMIT groupMoveRequested(g, g + 1);
        });
        addButton(QStringLiteral("✕"),
                  tr("Remove this group (its panels move to the previous one)"),
                  [this, g] { Q_EMIT groupRemoveRequested(g); });
        layout->addStretch(1);
        header.widget->show();
        m_headers << header;
    }
    updateGeometry();
    relayout();
}

void DashboardCanvas::setEditing(bool editing)
{
    m_editing = editing;
    for (auto &h : m_headers)
        for (QToolButton *b : h.editButtons)
            b->setVisible(editing);
    for (PanelWidget *p : std::as_const(m_panels))
        p->setEditing(editing);
    update();
}

double DashboardCanvas::columnWidth() const
{
    return double(width() + kGap) / core::kGridColumns;
}

int DashboardCanvas::groupRows(int group) const
{
    int rows = 0;
    for (const auto &item : m_groups[group].items)
        rows = std::max(rows, item.y + item.height);
    return rows;
}

int DashboardCanvas::groupTop(int group) const
{
    int y = 0;
    for (int g = 0; g < group; ++g) {
        y += kHeaderHeight;
        // A single group is always expanded.
        if (m_groups[g].open || m_groups.size() == 1)
            y += groupRows(g) * kRowHeight + kGap;
    }
    return y;
}

int DashboardCanvas::layoutHeight(int) const
{
    return m_groups.isEmpty() ? 100 : groupTop(static_cast<int>(m_groups.size()));
}

QSize DashboardCanvas::sizeHint() const
{
    return QSize(800, layoutHeight(800));
}

int DashboardCanvas::heightForWidth(int width) const
{
    return layoutHeight(width);
}

QRect DashboardCanvas::cellRect(int group, const core::LayoutItem &item) const
{
    const double cw = columnWidth();
    const int top = groupTop(group) + kHeaderHeight;
    const int x = int(std::round(item.x * cw));
    const int w = int(std::round(item.width * cw)) - kGap;
    return QRect(x, top + item.y * kRowHeight, w, item.height * kRowHeight - kGap);
}

void DashboardCanvas::relayout()
{
    setMinimumHeight(layoutHeight(width()));
    for (int g = 0; g < m_groups.size(); ++g) {
        const bool open = m_groups[g].open || m_groups.size() == 1;
        m_headers[g].widget->setGeometry(0, groupTop(g), width(), kHeaderHeight - 4);
        m_headers[g].toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        for (int i = 0; i < m_groups[g].items.size(); ++i) {
            const auto &item = m_groups[g].items[i];
            PanelWidget *p = m_panels.value(item.panelKey);
            if (!p)
                continue;
            const bool dragging = m_drag != Drag::None && m_dragGroup == g && m_dragItem == i;
            p->setGeometry(cellRect(g, dragging ? m_dragCurrent : item));
            p->setVisible(open);
            if (dragging)
                p->raise();
        }
    }
    update();
}

void DashboardCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void DashboardCanvas::paintEvent(QPaintEvent *)
{
    if (!m_editing)
        return;
    // The grid, so drops land where the user expects.
    QPainter p(this);
    p.setPen(palette::gridLineColor());
    const double cw = columnWidth();
    for (int g = 0; g < m_groups.size(); ++g) {
        if (!(m_groups[g].open || m_groups.size() == 1))
            continue;
        const int top = groupTop(g) + kHeaderHeight;
        const int rows = groupRows(g) + (m_drag != Drag::None ? 6 : 0);
        for (int c = 0; c <= core::kGridColumns; ++c)
            p.drawLine(QPointF(c * cw, top), QPointF(c * cw, top + rows * kRowHeight));
    }
}

bool DashboardCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_editing)
        return QWidget::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    PanelWidget *panel = qobject_cast<PanelWidget *>(watched);
    if (!panel && widget)
        panel = qobject_cast<PanelWidget *>(widget->parentWidget());
    if (!panel)
        return QWidget::eventFilter(watched, event);
    const bool onTitle = watched == panel->titleBar();
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() != Qt::LeftButton)
            break;
        const QPoint local = panel->mapFromGlobal(me->globalPosition().toPoint());
        const bool grip = !onTitle && local.x() >= panel->width() - kResizeGrip
            && local.y() >= panel->height() - kResizeGrip;
        if (!onTitle && !grip)
            break;
        for (int g = 0; g < m_groups.size(); ++g)
            for (int i = 0; i < m_groups[g].items.size(); ++i)
                if (m_panels.value(m_groups[g].items[i].panelKey) == panel) {
                    m_dragGroup = g;
                    m_dragItem = i;
                }
        if (m_dragGroup < 0)
            break;
        m_drag = grip ? Drag::Resize : Drag::Move;
        m_dragStart = me->globalPosition().toPoint();
        m_dragOrigin = m_dragCurrent = m_groups[m_dragGroup].items[m_dragItem];
        return true;
    }
    case QEvent::MouseMove: {
        auto *me = static_cast<QMouseEvent *>(event);
        if (m_drag == Drag::None) {
            if (!onTitle) {
                const QPoint local = me->position().toPoint();
                const bool grip = local.x() >= panel->width() - kResizeGrip
                    && local.y() >= panel->height() - kResizeGrip;
                panel->setCursor(grip ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
            }
            break;
        }
        const QPoint delta = me->globalPosition().toPoint() - m_dragStart;
        const int dx = int(std::round(delta.x() / columnWidth()));
        const int dy = int(std::round(double(delta.y()) / kRowHeight));
        core::LayoutItem next = m_dragOrigin;
        if (m_drag == Drag::Move) {
            next.x = std::clamp(m_dragOrigin.x + dx, 0, core::kGridColumns - m_dragOrigin.width);
            next.y = std::max(0, m_dragOrigin.y + dy);
        } else {
            next.width
                = std::clamp(m_dragOrigin.width + dx, 2, core::kGridColumns - m_dragOrigin.x);
            next.height = std::max(2, m_dragOrigin.height + dy);
        }
        if (next.x != m_dragCurrent.x || next.y != m_dragCurrent.y
            || next.width != m_dragCurrent.width || next.height != m_dragCurrent.height) {
            m_dragCurrent = next;
            relayout();
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_drag == Drag::None)
            break;
        const auto c = m_dragCurrent;
        const auto o = m_dragOrigin;
        const int g = m_dragGroup, i = m_dragItem;
        m_drag = Drag::None;
        m_dragGroup = m_dragItem = -1;
        if (c.x != o.x || c.y != o.y || c.width != o.width || c.height != o.height)
            Q_EMIT itemGeometryChanged(g, i, c.x, c.y, c.width, c.height);
        else
            relayout();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hearth::app
