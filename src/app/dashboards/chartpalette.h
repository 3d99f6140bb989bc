// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hearth::app {

// The categorical palette of dashboard charts: ten hue families, each with a light-theme and a
// dark-theme shade that keeps at least 3:1 against the panel background (WCAG 1.4.11 for graphical
// objects), so lines and bars stay visible in both themes.
int chartPaletteSize();
// The colour of palette slot `slot` in the light (`dark` false) or dark theme. Slots past the
// palette size are shades of slot % size (more series than hues), still distinct and readable.
QColor chartColor(int slot, bool dark);
// The same in the current application theme.
QColor chartColor(int slot);

// The slot a series name asks for: a hash of the name that never changes between runs, machines,
// panels or dashboards, so a name has one colour wherever it is drawn.
int preferredChartSlot(const QString &name);

// The colours of one chart's series. Each name gets its preferred slot unless another series of
// the same chart already holds it; then it takes the next free slot. Names are placed in sorted
// order, so the outcome depends only on the set of names, never on query row order.
class SeriesColors
{
public:
    SeriesColors() = default;
    explicit SeriesColors(const QStringList &names);

    // The slot of `name`, or its preferred slot when the chart does not have it.
    int slot(const QString &name) const;
    QColor color(const QString &name, bool dark) const;
    // In the current application theme.
    QColor color(const QString &name) const;

private:
    QHash<QString, int> m_slots;
};

} // namespace hearth::app
