// SPDX-License-Identifier: MIT
#include "app/dashboards/chartpalette.h"

#include "app/widgets/palette.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <QSet>

namespace hearth::app {

namespace {

struct Shades
{
    QRgb light; // on the light theme's white panels
    QRgb dark; // on the dark theme's #14161c panels
};

// Ten families in the spirit of Tableau 10 (no yellow: it cannot reach 3:1 on white and stay
// yellow). Neighbouring slots differ in hue family, so two series of one chart that end up in
// adjacent slots (the collision fallback) still look different.
constexpr std::array<Shades, 10> kPalette {{
    {0x2563eb, 0x60a5fa}, // blue
    {0xea580c, 0xfb923c}, // orange
    {0x15803d, 0x4ade80}, // green
    {0xbe123c, 0xfb7185}, // rose
    {0x7c3aed, 0xa78bfa}, // violet
    {0x0e7490, 0x22d3ee}, // cyan
    {0x8b5a2b, 0xd6a878}, // brown
    {0xa21caf, 0xe879f9}, // fuchsia
    {0x4d7c0f, 0xa3e635}, // olive
    {0x475569, 0xcbd5e1}, // slate
}};

constexpr int kSize = static_cast<int>(kPalette.size());

} // namespace

int chartPaletteSize()
{
    return kSize;
}

QColor chartColor(int slot, bool dark)
{
    slot = std::max(0, slot);
    const Shades &s = kPalette[static_cast<size_t>(slot % kSize)];
    const QColor c(dark ? s.dark : s.light);
    const int tier = slot / kSize;
    if (tier == 0)
        return c;
    // Beyond the palette: the hue moved towards white on dark panels and towards black on light
    // ones, further with each tier, which only raises its contrast against the background.
    const QColor target = dark ? QColor(Qt::white) : QColor(Qt::black);
    const double t = 1.0 - std::pow(0.65, tier);
    return QColor::fromRgbF(static_cast<float>(c.redF() + (target.redF() - c.redF()) * t),
                            static_cast<float>(c.greenF() + (target.greenF() - c.greenF()) * t),
                            static_cast<float>(c.blueF() + (target.blueF() - c.blueF()) * t));
}

QColor chartColor(int slot)
{
    return chartColor(slot, palette::isDark());
}

int preferredChartSlot(const QString &name)
{
    return static_cast<int>(palette::stableHash(name) % static_cast<quint32>(kSize));
}

SeriesColors::SeriesColors(const QStringList &names)
{
    QStringList sorted = names;
    sorted.sort();
    sorted.removeDuplicates();
    QSet<int> taken;
    for (const QString &name : sorted) {
        const int preferred = preferredChartSlot(name);
        int slot = -1;
        // The first free slot at or after the preferred one, in the base palette, then in each
        // tier of shades: two series of one chart never share a colour.
        for (int tier = 0; slot < 0; ++tier) {
            for (int k = 0; k < kSize && slot < 0; ++k) {
                const int candidate = tier * kSize + (preferred + k) % kSize;
                if (!taken.contains(candidate))
                    slot = candidate;
            }
        }
        taken.insert(slot);
        m_slots.insert(name, slot);
    }
}

int SeriesColors::slot(const QString &name) const
{
    return m_slots.value(name, preferredChartSlot(name));
}

QColor SeriesColors::color(const QString &name, bool dark) const
{
    return chartColor(slot(name), dark);
}

QColor SeriesColors::color(const QString &name) const
{
    return chartColor(slot(name));
}

} // namespace hearth::app
