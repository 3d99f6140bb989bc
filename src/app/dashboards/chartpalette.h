// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QVector>

namespace hearth::app {

// The categorical palette of dashboard charts: distinct hues that stay readable on light panels.
inline QColor chartColor(int index)
{
    static const QVector<QColor> colors {
        QColor(0x4f, 0x6b, 0xed), QColor(0xf5, 0x8a, 0x1f), QColor(0x1f, 0xa7, 0x7a),
        QColor(0xe0, 0x4f, 0x6a), QColor(0x8e, 0x5c, 0xd9), QColor(0x2b, 0xa8, 0xd1),
        QColor(0xc9, 0xa2, 0x27), QColor(0x6b, 0x7f, 0x8e), QColor(0xd9, 0x5f, 0xc0),
        QColor(0x5a, 0xa5, 0x3a),
    };
    return colors[index % colors.size()];
}

// The colour of a named series: the first name seen gets the first colour, and so on, so a model
// keeps its colour in every panel of a session.
inline QColor seriesColor(const QString &name)
{
    static QHash<QString, int> assigned;
    auto it = assigned.find(name);
    if (it == assigned.end())
        it = assigned.insert(name, static_cast<int>(assigned.size()));
    return chartColor(*it);
}

} // namespace hearth::app
