// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace hearth::app {

// Small shared pieces of the token dialogs, so they look alike.
QLabel *headline(const QString &text, QWidget *parent);
// An explanation under a radio button, indented to its text.
QLabel *optionNote(const QString &text, QWidget *parent);
// Secondary, quieter text that still keeps its contrast.
QLabel *smallNote(const QString &text, QWidget *parent);
// An error line that stays readable in light and dark themes; hidden while empty.
QLabel *errorLine(QWidget *parent);
void showError(QLabel *label, const QString &message);
// Sizes a dialog of word-wrapped labels to `width` and the height its text needs there (Qt's
// size hint measures wrapped labels at a narrower width and leaves a gap otherwise).
void fitToWidth(QWidget *dialog, int width);

} // namespace hearth::app
