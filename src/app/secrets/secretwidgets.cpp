// SPDX-License-Identifier: MIT
#include "app/secrets/secretwidgets.h"

#include "app/shell/theme.h"

#include <QLabel>
#include <QLayout>
#include <QStyle>

namespace hearth::app {

namespace {

// Secondary text: the text colour moved a third of the way towards the background, which keeps
// WCAG AA contrast in both themes (the palette's placeholder grey does not).
void useSecondaryColour(QLabel *label)
{
    QPalette p = label->palette();
    const QColor text = p.color(QPalette::Active, QPalette::Text);
    const QColor base = p.color(QPalette::Active, QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
    p.setColor(QPalette::WindowText,
               QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                      mix(text.blue(), base.blue())));
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
    useSecondaryColour(label);
    QObject::connect(&Theme::instance(), &Theme::changed, label,
                     [label] { useSecondaryColour(label); });
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

void fitToWidth(QWidget *dialog, int width)
{
    QLayout *layout = dialog->layout();
    const int height = layout && layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                             : dialog->sizeHint().height();
    dialog->setMinimumWidth(width);
    dialog->resize(width, height);
}

} // namespace hearth::app
