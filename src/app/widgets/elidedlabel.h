// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace hearth::app {

// A one-line plain-text label that ends in "…" when narrower than its text, instead of being
// clipped mid-letter or widening the window (long dashboard titles, translated headings).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace hearth::app
