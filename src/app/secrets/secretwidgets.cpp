// SPDX-License-Identifier: MIT
#include "app/secrets/secretwidgets.h"

#include "app/shell/theme.h"

#include <QLabel>
#include <QStyle>

namespace hearth::app {

namespace {

void usePlaceholderColour(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
}

} // namespace

QLabel *headline(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *optionNote(const QString &text, QWidget *parent)
{
    auto *label = smallNote(text, parent);
    // Line up with the radio button's text, not its indicator.
    const int indent = label->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + label->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    label->setContentsMargins(indent, 0, 0, 4);
    return label;
}

QLabel *smallNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    usePlaceholderColour(label);
    QObject::connect(&Theme::instance(), &Theme::changed, label,
                     [label] { usePlaceholderColour(label); });
    return label;
}

QLabel *errorLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLine"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    // Red that keeps contrast on both the light and the dark window colour.
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               Theme::instance().isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18));
    label->setPalette(p);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace hearth::app
