// SPDX-License-Identifier: MIT
#include "app/alerts/sparklinedelegate.h"

#include "app/alerts/alertrulesmodel.h"
#include "app/alerts/alertstyle.h"

#include <QApplication>
#include <QPainter>

namespace hearth::app {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() != AlertRulesModel::ActivityColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariantList states = index.data(AlertRulesModel::ActivityRole).toList();
    const QRect area = option.rect.adjusted(6, 5, -6, -5);
    constexpr int kSlots = 20;
    const double slot = static_cast<double>(area.width()) / kSlots;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    // Right-aligned: the newest run is always at the right edge.
    const int offset = kSlots - static_cast<int>(states.size());
    for (int i = 0; i < states.size() && i < kSlots; ++i) {
        const auto state = static_cast<core::AlertState>(states[i].toInt());
        const bool tall = state == core::AlertState::Firing || state == core::AlertState::Flapping
            || state == core::AlertState::Error;
        const int h = tall ? area.height() : qMax(3, area.height() / 3);
        const QRectF bar(area.left() + (offset + i) * slot + 1, area.bottom() - h + 1,
                         qMax(2.0, slot - 2), h);
        painter->setBrush(alertStateColor(state));
        painter->drawRoundedRect(bar, 1, 1);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (index.column() == AlertRulesModel::ActivityColumn)
        return {130, 26};
    return QStyledItemDelegate::sizeHint(option, index);
}

} // namespace hearth::app
