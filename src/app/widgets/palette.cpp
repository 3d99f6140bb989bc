// SPDX-License-Identifier: MIT
#include "app/widgets/palette.h"

#include <array>

namespace hearth::app::palette {

namespace {

// FNV-1a over UTF-16: unlike qHash it is not seeded per process, so colours never change.
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

// Twelve hues chosen to stay distinct next to each other and readable as light pills.
constexpr std::array<QRgb, 12> kHues {0x3b82f6, 0x10b981, 0xf59e0b, 0x8b5cf6, 0xec4899, 0x06b6d4,
                                      0x84cc16, 0xf97316, 0x6366f1, 0x14b8a6, 0xe11d48, 0xa855f7};

} // namespace

QColor serviceColor(const QString &serviceName)
{
    return QColor(kHues[stableHash(serviceName) % kHues.size()]);
}

QColor tagColor(const QString &tag)
{
    return QColor(kHues[(stableHash(tag) / 7) % kHues.size()]);
}

QColor levelColor(int level)
{
    if (level >= 17)
        return errorColor();
    if (level >= 13)
        return warnColor();
    if (level >= 9)
        return QColor(0x3b82f6);
    return QColor(0x9ca3af);
}

QColor errorColor()
{
    return QColor(0xdc2626);
}

QColor warnColor()
{
    return QColor(0xd97706);
}

QColor accentColor()
{
    return QColor(0x2563eb);
}

QColor mutedTextColor()
{
    return QColor(0x6b7280);
}

QColor pillTextColor(const QColor &background)
{
    return background.darker(190);
}

} // namespace hearth::app::palette
