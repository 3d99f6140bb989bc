// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QColor>
#include <QString>

class QChart;
class QWidget;

namespace hearth::app::palette {

// Hearth's shared colours, so every page draws services, levels and errors alike, in the light
// and the dark theme. Functions without a `dark` argument follow the application palette.

// True when the application palette is dark (the dark theme, or a dark system palette).
bool isDark();

// WCAG 2 contrast ratio of two opaque colours (1 … 21); text needs 4.5 (AA).
double contrastRatio(const QColor &a, const QColor &b);
// `hue` made lighter (on dark backgrounds) or darker (on light ones) until it reaches `ratio`
// against `background`, keeping its hue, so coloured text stays recognisably that colour.
QColor readableOn(const QColor &hue, const QColor &background, double ratio = 4.5);

// The view background pills sit on (QPalette::Base of the light and dark themes).
QColor baseColor(bool dark);

// A stable colour per service (same name, same colour, on every run, machine, page and theme).
// FNV-1a over UTF-16: unlike qHash it is not seeded per process, so a name keeps its colour from
// run to run.
quint32 stableHash(const QString &text);

QColor serviceColor(const QString &serviceName);
// A stable colour for a tag pill.
QColor tagColor(const QString &tag);
// The colour of a level's icon: grey (trace/debug), blue (info/notice), amber (warn), red (error+).
QColor levelColor(int level);
QString levelName(int level); // "debug", "info", "warn", "error", … (OpenTelemetry severity)

// A pill (service, level, tag, token badge): a wash of the hue on the view background and text
// of the same hue with at least 4.5:1 contrast against that wash.
struct PillColors
{
    QColor background;
    QColor text;
};
PillColors pillColors(const QColor &hue, bool dark);
PillColors pillColors(const QColor &hue);
PillColors levelPill(int level, bool dark);
PillColors levelPill(int level);
QColor pillTextColor(const QColor &hue); // pillColors(hue).text

// Fixed hues for pills that are not services or tags.
QColor tokenHue(); // LLM token counts
QColor scopeHue(); // instrumentation scope

QColor errorColor(); // red for errors, failed bars, error badges
QColor errorTextColor(); // red text on the view background (AA)
QColor warnColor();
QColor accentColor(); // selection ranges, links, the live dot
QColor mutedTextColor(); // secondary text (timestamps, durations), AA on the view background
QColor successTextColor();
QColor focusRingColor(); // around filled buttons, which lose the style's focus frame // "✔
                         // connected", "valid JSON"

// `light` in the light theme, `dark` in the dark one (for one-off colours such as JSON values).
QColor themedColor(QRgb light, QRgb dark);

// Washes behind rows and banners.
QColor errorWash(); // error rows, error banners
QColor selectionWash();
QColor hoverWash();
QColor gridLineColor(); // chart grid, row separators

// A stylesheet for an inline error banner (QLabel) in the current theme.
QString errorBannerStyleSheet();

// A chart's background, title, legend, plot area and the axes it has now in the current theme
// (QtCharts' own themes would also recolour the series, which must keep their colours).
void styleChart(QChart *chart);

// Rich text is written with light-theme colours; in the dark theme this swaps each of them for
// its dark counterpart (one table, palette.cpp), so HTML built anywhere stays readable.
QString themedHtml(QString html);

// Sets `widget`'s style sheet from `make` now and again whenever the theme changes (View →
// Theme), so colours written into style sheets follow the theme too.
void setThemedStyleSheet(QWidget *widget, std::function<QString()> make);
// The common case: `color: <muted>` (secondary text) or a colour of the caller's choice.
void setMutedText(QWidget *widget);

} // namespace hearth::app::palette
