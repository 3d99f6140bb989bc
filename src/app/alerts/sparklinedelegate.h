// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace hearth::app {

// Paints a rule's recent runs (ActivityRole) as small bars coloured by state, oldest on the left;
// firing runs stand taller so a glance shows when it fired. The state column gets a dot.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hearth::app
