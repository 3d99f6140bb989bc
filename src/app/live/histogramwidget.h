// SPDX-License-Identifier: MIT
#pragma once

#include "core/live/timehistogram.h"

#include <QWidget>

namespace hearth::app {

// The timeline above the Live list: records per bucket, the error share in red, the span of time
// the list currently shows as a blue band. Dragging selects a range to zoom into; a click jumps.
class HistogramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget *parent = nullptr);

    void setHistogram(core::TimeHistogram histogram);
    const core::TimeHistogram &histogram() const { return m_histogram; }
    void setVisibleRange(core::Micros fromUs, core::Micros toUs);
    void setBusy(bool busy);

    QSize sizeHint() const override { return QSize(600, 72); }
    QSize minimumSizeHint() const override { return QSize(100, 56); }

Q_SIGNALS:
    void rangeSelected(hearth::core::Micros fromUs, hearth::core::Micros toUs);
    void timeClicked(hearth::core::Micros us);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotRect() const;

    core::TimeHistogram m_histogram;
    core::Micros m_visibleFrom = 0;
    core::Micros m_visibleTo = 0;
    double m_dragStart = -1;
    double m_dragEnd = -1;
    double m_hoverX = -1;
    bool m_busy = false;
};

} // namespace hearth::app
