// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboarddocument.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QToolButton;

namespace hearth::app {

class PanelWidget;

// Lays panels out on Logfire's 24-column grid, one collapsible section per panel group. In edit
// mode a panel moves by dragging its title bar and resizes from its bottom-right corner; the
// result is reported in grid units for the document (and the undo stack) to record.
class DashboardCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 30;
    static constexpr int kGap = 8;

    explicit DashboardCanvas(QWidget *parent = nullptr);

    // Panels are owned by the canvas; `panels` maps panel keys to widgets already parented here.
    void setGroups(const QVector<core::PanelGroup> &groups,
                   const QHash<QString, PanelWidget *> &panels);
    void setEditing(bool editing);
    bool editing() const { return m_editing; }
    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }
    QRect cellRect(int group, const core::LayoutItem &item) const;

Q_SIGNALS:
    void itemGeometryChanged(int group, int item, int x, int y, int width, int height);
    void groupToggled(int group, bool open);
    void groupRenameRequested(int group);
    void groupMoveRequested(int from, int to);
    void groupRemoveRequested(int group);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct GroupHeader
    {
        QWidget *widget = nullptr;
        QToolButton *toggle = nullptr;
        QVector<QToolButton *> editButtons;
    };
    void relayout();
    int layoutHeight(int width) const;
    double columnWidth() const;
    int groupTop(int group) const;
    int groupRows(int group) const;

    QVector<core::PanelGroup> m_groups;
    QHash<QString, PanelWidget *> m_panels;
    QVector<GroupHeader> m_headers;
    bool m_editing = false;
    // Drag state
    enum class Drag { None, Move, Resize };
    Drag m_drag = Drag::None;
    int m_dragGroup = -1, m_dragItem = -1;
    QPoint m_dragStart;
    core::LayoutItem m_dragOrigin;
    core::LayoutItem m_dragCurrent;
};

} // namespace hearth::app
