// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>

namespace hearth::app {

// Light and dark looks on the Fusion style, following the system or chosen in Settings. Qt 6.4 has
// no colour-scheme query, so "system" reads the platform palette's window lightness at start-up.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static Theme &instance();

    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }
    // Applies and remembers the choice (QSettings "appearance/theme").
    void setMode(Mode mode);
    // Applies the remembered choice; call once after QApplication exists.
    void applySaved();
    // Applies a choice for this run only (`hearth --theme`), leaving the saved one alone.
    void applyForSession(Mode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void changed();

private:
    Theme() = default;
    void apply();

    Mode m_mode = Mode::System;
    bool m_dark = false;
    QPalette m_systemPalette;
    bool m_systemPaletteKnown = false;
};

} // namespace hearth::app
