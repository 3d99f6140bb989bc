// SPDX-License-Identifier: MIT
#include "app/widgets/palette.h"

#include "app/shell/theme.h"

#include <array>
#include <cmath>
#include <QAbstractAxis>
#include <QChart>
#include <QGuiApplication>
#include <QLegend>
#include <QPalette>
#include <QWidget>

namespace hearth::app::palette {

namespace {

// Twelve hues chosen to stay distinct next to each other; pills derive readable text from them.
constexpr std::array<QRgb, 12> kHues {0x3b82f6, 0x10b981, 0xf59e0b, 0x8b5cf6, 0xec4899, 0x06b6d4,
                                      0x84cc16, 0xf97316, 0x6366f1, 0x14b8a6, 0xe11d48, 0xa855f7};

// Must match Theme's Base colours (shell/theme.cpp).
constexpr QRgb kLightBase = 0xffffff;
constexpr QRgb kDarkBase = 0x14161c;

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Re-applies a style sheet when the theme changes. Theme::changed is the one trigger: it comes
// after the new palette is in place (Theme::apply is the only place the application palette is
// set), and a widget with a style sheet does not always see ApplicationPaletteChange (its sheet
// pins the palette it was polished with).
class ThemedStyleSheet : public QObject
{
public:
    ThemedStyleSheet(QWidget *widget, std::function<QString()> make)
        : QObject(widget), m_widget(widget), m_make(std::move(make))
    {
        m_widget->setStyleSheet(m_make());
        connect(&Theme::instance(), &Theme::changed, this,
                [this] { m_widget->setStyleSheet(m_make()); });
    }

private:
    QWidget *m_widget;
    std::function<QString()> m_make;
};

} // namespace

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QColor themedColor(QRgb light, QRgb dark)
{
    return QColor(isDark() ? dark : light);
}

bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &hue, const QColor &background, double ratio)
{
    // Towards white on dark backgrounds, towards black on light ones, in small steps.
    const QColor target = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    // A little above the ratio, so rounding to 8-bit channels never drops below it.
    const double goal = ratio + 0.05;
    for (int step = 0; step <= 40; ++step) {
        const QColor c = mix(hue, target, step / 40.0);
        if (contrastRatio(c, background) >= goal)
            return c;
    }
    return target;
}

QColor baseColor(bool dark)
{
    return QColor(dark ? kDarkBase : kLightBase);
}

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
        return QColor(0xdc2626);
    if (level >= 13)
        return QColor(0xd97706);
    if (level >= 9)
        return QColor(0x3b82f6);
    return QColor(0x9ca3af);
}

QString levelName(int level)
{
    if (level >= 21)
        return QStringLiteral("fatal");
    if (level >= 17)
        return QStringLiteral("error");
    if (level >= 13)
        return QStringLiteral("warn");
    if (level >= 10)
        return QStringLiteral("notice");
    if (level >= 9)
        return QStringLiteral("info");
    if (level >= 5)
        return QStringLiteral("debug");
    return QStringLiteral("trace");
}

PillColors pillColors(const QColor &hue, bool dark)
{
    const QColor base = baseColor(dark);
    const QColor background = mix(base, hue, dark ? 0.26 : 0.14);
    return {background, readableOn(hue, background)};
}

PillColors pillColors(const QColor &hue)
{
    return pillColors(hue, isDark());
}

PillColors levelPill(int level, bool dark)
{
    return pillColors(levelColor(level), dark);
}

PillColors levelPill(int level)
{
    return levelPill(level, isDark());
}

QColor pillTextColor(const QColor &hue)
{
    return pillColors(hue).text;
}

QColor tokenHue()
{
    return QColor(0xca8a04);
}

QColor scopeHue()
{
    return QColor(0x6b7280);
}

QColor errorColor()
{
    return themedColor(0xdc2626, 0xef4444);
}

QColor errorTextColor()
{
    return themedColor(0xb91c1c, 0xf87171);
}

QColor warnColor()
{
    return themedColor(0xd97706, 0xf59e0b);
}

QColor accentColor()
{
    return themedColor(0x2563eb, 0x60a5fa);
}

QColor mutedTextColor()
{
    return themedColor(0x5f6672, 0x9ca3af);
}

QColor successTextColor()
{
    return themedColor(0x047857, 0x34d399);
}

QColor focusRingColor()
{
    return themedColor(0x1e3a8a, 0xbfdbfe);
}

QColor errorWash()
{
    return themedColor(0xfef2f2, 0x3a1f24);
}

QColor selectionWash()
{
    return themedColor(0xdbeafe, 0x1e3a5f);
}

QColor hoverWash()
{
    return themedColor(0xf3f4f6, 0x262a33);
}

QColor gridLineColor()
{
    return themedColor(0xe5e7eb, 0x2f3440);
}

QString errorBannerStyleSheet()
{
    return QStringLiteral("QLabel { color:%1; background:%2; border:1px solid %3; "
                          "border-radius:4px; padding:4px 8px; }")
        .arg(errorTextColor().name(), errorWash().name(),
             mix(errorWash(), errorColor(), 0.35).name());
}

void styleChart(QChart *chart)
{
    const QPalette p = QGuiApplication::palette();
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setGridLineColor(gridLineColor());
        axis->setLabelsColor(p.color(QPalette::WindowText));
        axis->setLinePenColor(gridLineColor());
    }
}

QString themedHtml(QString html)
{
    if (!isDark())
        return html;
    // Light colour -> dark counterpart; text colours keep 4.5:1 on the dark base.
    static const std::pair<const char *, const char *> kSwaps[]
        = {{"#6b7280", "#9ca3af"}, {"#4b5563", "#aeb4be"}, {"#374151", "#d1d5db"},
           {"#c81e1e", "#f87171"}, {"#c03030", "#f87171"}, {"#991b1b", "#fca5a5"},
           {"#92400e", "#fbbf24"}, {"#1e4fbf", "#93b4ff"}, {"#1e40af", "#93b4ff"},
           {"#047857", "#34d399"}, {"#9a3412", "#fdba74"}, {"#ffffff", "#14161c"},
           {"#f3f4f6", "#262a33"}, {"#eef4ff", "#1c2740"}, {"#ecfdf3", "#15291f"},
           {"#fff7ed", "#2f2216"}, {"#fde8e8", "#3a1f24"}, {"#fef3c7", "#3d3413"},
           {"#e8effd", "#1c2740"}};
    for (const auto &[light, dark] : kSwaps)
        html.replace(QLatin1String(light), QLatin1String(dark), Qt::CaseInsensitive);
    return html;
}

void setThemedStyleSheet(QWidget *widget, std::function<QString()> make)
{
    new ThemedStyleSheet(widget, std::move(make));
}

void setMutedText(QWidget *widget)
{
    setThemedStyleSheet(widget,
                        [] { return QStringLiteral("color:%1;").arg(mutedTextColor().name()); });
}

} // namespace hearth::app::palette
