// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace hearth::core {
class LiveTreeModel;
}

namespace hearth::app {

// Paints one Live row as Logfire does (logfire.md §4.2): time, service pill, tree indentation with
// the expander and child count, level icon, message, tag pills, token badge, scope pill, the span's
// bar within its trace, duration. Clicking the expander toggles the subtree.
class LiveRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LiveRowDelegate(core::LiveTreeModel *model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The expander's rectangle for a row (empty when the row has no children).
    QRect expanderRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    static constexpr int kRowHeight = 28;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    core::LiveTreeModel *m_model;
    QFont m_mono;
};

} // namespace hearth::app
