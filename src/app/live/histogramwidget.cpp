// SPDX-License-Identifier: MIT
#include "app/live/histogramwidget.h"

#include "app/widgets/palette.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace hearth::app {

namespace {

constexpr int kAxisHeight = 16;

QString axisLabel(core::Micros us, core::Micros spanUs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000);
    if (spanUs > 2 * core::kMicrosPerDay)
        return t.toString(QStringLiteral("MMM d HH:mm"));
    if (spanUs > 10 * core::kMicrosPerMinute)
        return t.toString(QStringLiteral("HH:mm"));
    return t.toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

HistogramWidget::HistogramWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("liveHistogram"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(76);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Records over time"));
}

void HistogramWidget::setHistogram(core::TimeHistogram histogram)
{
    m_histogram = std::move(histogram);
    update();
}

void HistogramWidget::setVisibleRange(core::Micros fromUs, core::Micros toUs)
{
    if (fromUs == m_visibleFrom && toUs == m_visibleTo)
        return;
    m_visibleFrom = fromUs;
    m_visibleTo = toUs;
    update();
}

void HistogramWidget::setBusy(bool busy)
{
    m_busy = busy;
    update();
}

QRectF HistogramWidget::plotRect() const
{
    return QRectF(rect()).adjusted(8, 6, -8, -kAxisHeight - 2);
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF plot = plotRect();
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette::gridLineColor());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    const double w = plot.width();
    // The part of the window the list shows.
    if (m_visibleTo > m_visibleFrom && m_histogram.bucketCount() > 0) {
        const double x0 = plot.left() + m_histogram.xOf(m_visibleFrom, w);
        const double x1 = plot.left() + m_histogram.xOf(m_visibleTo, w);
        QColor band = palette::accentColor();
        band.setAlpha(26);
        p.fillRect(QRectF(x0, plot.top(), std::max(2.0, x1 - x0), plot.height()), band);
    }

    const qint64 maxCount = m_histogram.maxCount();
    const int n = m_histogram.bucketCount();
    if (maxCount > 0 && n > 0) {
        const double bw = w / n;
        const double gap = bw > 4 ? 1.0 : 0.0;
        for (int i = 0; i < n; ++i) {
            const qint64 count = m_histogram.count(i);
            if (count == 0)
                continue;
            const double h = std::max(
                2.0, plot.height() * static_cast<double>(count) / static_cast<double>(maxCount));
            const double eh = plot.height() * static_cast<double>(m_histogram.errors(i))
                / static_cast<double>(maxCount);
            const QRectF bar(plot.left() + i * bw, plot.bottom() - h, std::max(1.0, bw - gap), h);
            p.fillRect(bar, palette::themedColor(0x93c5fd, 0x3b6fc4));
            if (eh > 0)
                p.fillRect(QRectF(bar.left(), plot.bottom() - std::max(eh, 2.0), bar.width(),
                                  std::max(eh, 2.0)),
                           palette::errorColor());
        }
    } else {
        p.setPen(palette::mutedTextColor());
        p.drawText(plot, Qt::AlignCenter,
                   m_busy ? tr("Loading…") : tr("No records in this time range"));
    }

    // Axis labels: start, middle, end.
    if (m_histogram.toUs() > m_histogram.fromUs()) {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        p.setPen(palette::mutedTextColor());
        const core::Micros span = m_histogram.toUs() - m_histogram.fromUs();
        const QRectF axis(plot.left(), plot.bottom() + 2, plot.width(), kAxisHeight);
        p.drawText(axis, Qt::AlignLeft | Qt::AlignTop, axisLabel(m_histogram.fromUs(), span));
        p.drawText(axis, Qt::AlignHCenter | Qt::AlignTop,
                   axisLabel(m_histogram.fromUs() + span / 2, span));
        p.drawText(axis, Qt::AlignRight | Qt::AlignTop, axisLabel(m_histogram.toUs(), span));
    }

    // Drag selection and hover line.
    if (m_dragStart >= 0 && m_dragEnd >= 0 && std::abs(m_dragEnd - m_dragStart) > 3) {
        QColor sel = palette::accentColor();
        sel.setAlpha(60);
        p.fillRect(QRectF(std::min(m_dragStart, m_dragEnd), plot.top(),
                          std::abs(m_dragEnd - m_dragStart), plot.height()),
                   sel);
    } else if (m_hoverX >= plot.left() && m_hoverX <= plot.right()) {
        p.setPen(QPen(palette::accentColor(), 1, Qt::DashLine));
        p.drawLine(QPointF(m_hoverX, plot.top()), QPointF(m_hoverX, plot.bottom()));
    }
}

void HistogramWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragStart = m_dragEnd = event->position().x();
    update();
}

void HistogramWidget::mouseMoveEvent(QMouseEvent *event)
{
    m_hoverX = event->position().x();
    if (m_dragStart >= 0)
        m_dragEnd = event->position().x();
    const QRectF plot = plotRect();
    if (m_histogram.bucketCount() > 0 && plot.contains(event->position())) {
        const int b = m_histogram.bucketAt(m_hoverX - plot.left(), plot.width());
        const core::Micros t = m_histogram.fromUs() + b * m_histogram.bucketUs();
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1\n%2 records, %3 errors")
                               .arg(QDateTime::fromMSecsSinceEpoch(t / 1000).toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    QLocale().toString(m_histogram.count(b)),
                                    QLocale().toString(m_histogram.errors(b))),
                           this);
    }
    update();
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart < 0)
        return;
    const QRectF plot = plotRect();
    const double a = std::min(m_dragStart, event->position().x()) - plot.left();
    const double b = std::max(m_dragStart, event->position().x()) - plot.left();
    m_dragStart = m_dragEnd = -1;
    update();
    if (m_histogram.bucketCount() == 0)
        return;
    if (b - a > 4)
        Q_EMIT rangeSelected(m_histogram.timeAt(a, plot.width()),
                             m_histogram.timeAt(b, plot.width()));
    else
        Q_EMIT timeClicked(m_histogram.timeAt(a, plot.width()));
}

void HistogramWidget::leaveEvent(QEvent *)
{
    m_hoverX = -1;
    update();
}

} // namespace hearth::app
