// SPDX-License-Identifier: MIT
#include "app/shell/theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyleFactory>

namespace hearth::app {

namespace {

constexpr auto kSettingsKey = "appearance/theme";

QPalette makePalette(const QColor &window, const QColor &base, const QColor &alternate,
                     const QColor &text, const QColor &button, const QColor &highlight,
                     const QColor &disabledText, const QColor &link, const QColor &placeholder)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // Placeholders and hints are read, not decoration: they keep 4.5:1 on Base.
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::Mid, button.darker(130));
    p.setColor(QPalette::Midlight, button.lighter(115));
    p.setColor(QPalette::Dark, button.darker(160));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0, 120));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

} // namespace

Theme &Theme::instance()
{
    static Theme theme;
    return theme;
}

QPalette Theme::lightPalette()
{
    return makePalette(QColor(0xf6, 0xf7, 0xf9), Qt::white, QColor(0xf1, 0xf3, 0xf6),
                       QColor(0x1f, 0x24, 0x30), QColor(0xec, 0xee, 0xf2), QColor(0x25, 0x63, 0xeb),
                       QColor(0x9a, 0xa1, 0xae), QColor(0x1f, 0x5f, 0xd6),
                       QColor(0x6b, 0x72, 0x80));
}

QPalette Theme::darkPalette()
{
    return makePalette(QColor(0x1b, 0x1e, 0x25), QColor(0x14, 0x16, 0x1c), QColor(0x1f, 0x23, 0x2b),
                       QColor(0xdf, 0xe3, 0xea), QColor(0x2a, 0x2e, 0x37), QColor(0x25, 0x63, 0xeb),
                       QColor(0x6b, 0x72, 0x80), QColor(0x7a, 0xa7, 0xff),
                       QColor(0x9c, 0xa3, 0xaf));
}

void Theme::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(QLatin1String(kSettingsKey), static_cast<int>(mode));
    apply();
}

void Theme::applySaved()
{
    const int saved = QSettings().value(QLatin1String(kSettingsKey), 0).toInt();
    m_mode = saved == 1 ? Mode::Light : saved == 2 ? Mode::Dark : Mode::System;
    apply();
}

void Theme::applyForSession(Mode mode)
{
    m_mode = mode;
    apply();
}

void Theme::apply()
{
    if (!m_systemPaletteKnown) {
        m_systemPalette = QApplication::palette();
        m_systemPaletteKnown = true;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool systemDark = m_systemPalette.color(QPalette::Window).lightness() < 128;
    m_dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemDark);
    QApplication::setPalette(m_dark ? darkPalette() : lightPalette());
    Q_EMIT changed();
}

} // namespace hearth::app
