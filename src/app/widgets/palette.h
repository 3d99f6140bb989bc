// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace hearth::app::palette {

// Hearth's shared colours, so every page draws services, levels and errors alike.

// A stable colour per service (same name, same colour, on every run and machine).
QColor serviceColor(const QString &serviceName);
// A stable colour for a tag pill.
QColor tagColor(const QString &tag);
// The colour of a level's icon: grey (trace/debug), blue (info/notice), amber (warn), red (error+).
QColor levelColor(int level);

QColor errorColor(); // red for errors, failed bars, error badges
QColor warnColor();
QColor accentColor(); // selection ranges, links, the live dot
QColor mutedTextColor(); // secondary text (timestamps, durations)
QColor pillTextColor(const QColor &background); // dark text on a light pill of that hue

} // namespace hearth::app::palette
