// SPDX-License-Identifier: MIT
#include "app/dashboards/valueswidget.h"

#include "app/dashboards/chartpalette.h"
#include "app/widgets/palette.h"

#include <cmath>
#include <QPainter>
#include <QPainterPath>

namespace hearth::app {

using nlohmann::json;

namespace {

const QColor kOk(0x1f, 0xa7, 0x7a);
const QColor kWarning(0xe8, 0xa3, 0x17);
const QColor kCritical(0xd9, 0x3f, 0x4f);

QString jstr(const json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j[key].is_string()
        ? QString::fromStdString(j[key].get<std::string>())
        : QString();
}

// Per-column settings ("columns": {"name": {...}}) override the panel-wide ones.
json settingFor(const json &options, const QString &name, const char *key)
{
    const json columns = options.value("columns", json::object());
    const std::string n = name.toStdString();
    if (columns.is_object() && columns.contains(n) && columns[n].is_object()
        && columns[n].contains(key))
        return columns[n][key];
    const json t = options.value(key, json());
    if (std::string(key) == "thresholds" && t.is_object() && t.contains(n))
        return t[n];
    return t;
}

int statusOf(double v, const json &thresholds)
{
    if (!thresholds.is_object())
        return -1;
    const bool hasW = thresholds.contains("warning") && thresholds["warning"].is_number();
    const bool hasC = thresholds.contains("critical") && thresholds["critical"].is_number();
    if (!hasW && !hasC)
        return -1;
    const double w = hasW ? thresholds["warning"].get<double>() : NAN;
    const double c = hasC ? thresholds["critical"].get<double>() : NAN;
    // critical < warning means lower values are worse.
    const bool lowerWorse = hasW && hasC && c < w;
    auto beyond = [&](double limit) { return lowerWorse ? v <= limit : v >= limit; };
    if (hasC && beyond(c))
        return 2;
    if (hasW && beyond(w))
        return 1;
    return 0;
}

QColor statusColor(int status)
{
    return status == 2 ? kCritical : status == 1 ? kWarning : kOk;
}

} // namespace

ValuesWidget::ValuesWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(40);
}

void ValuesWidget::setValues(const QVector<core::NamedValue> &values, const json &options,
                             Mode mode)
{
    m_mode = mode;
    m_items.clear();
    int i = 0;
    for (const auto &nv : values) {
        Item item;
        item.name = nv.name;
        const json format = settingFor(options, nv.name, "format");
        const QString unit = jstr(format, "unit");
        const int decimals = format.is_object() && format.contains("decimalPlaces")
                && format["decimalPlaces"].is_number_integer()
            ? format["decimalPlaces"].get<int>()
            : -1;
        const bool shortValues = !format.is_object() || format.value("shortValues", true);
        bool ok = false;
        item.value = nv.value.toDouble(&ok);
        item.numeric = ok && !nv.value.isNull();
        item.text = item.numeric ? core::formatValue(item.value, unit, decimals, shortValues)
                                 : (nv.value.isNull() ? QStringLiteral("–") : nv.value.toString());
        item.status
            = item.numeric ? statusOf(item.value, settingFor(options, nv.name, "thresholds")) : -1;
        item.color = chartColor(i++);
        if (mode == Mode::Gauge) {
            double max = options.value("max", 0.0);
            if (max <= 0)
                max = unit == QLatin1String("percent")         ? 100
                    : unit == QLatin1String("percent-decimal") ? 1
                                                               : 0;
            item.fraction = max > 0 && item.numeric ? std::clamp(item.value / max, 0.0, 1.0) : 0;
            // Perses threshold steps: the last step at or below the value gives the colour.
            const json steps
                = options.value("thresholds", json::object()).value("steps", json::array());
            item.color = kOk;
            for (const json &s : steps)
                if (s.is_object() && s.value("value", 0.0) <= item.value && s.contains("color"))
                    item.color = QColor(QString::fromStdString(s["color"].get<std::string>()));
        }
        m_items << item;
    }
    update();
}

QStringList ValuesWidget::formattedValues() const
{
    QStringList out;
    for (const auto &i : m_items)
        out << i.text;
    return out;
}

void ValuesWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No data"));
        return;
    }
    const int n = static_cast<int>(m_items.size());
    const double w = double(width()) / n;
    for (int i = 0; i < n; ++i) {
        const Item &item = m_items[i];
        const QRectF cell(i * w + 6, 4, w - 12, height() - 8);
        QFont nameFont = font();
        nameFont.setPointSizeF(std::max(7.5, font().pointSizeF() - 0.5));
        const double nameH = QFontMetricsF(nameFont).height();
        QColor valueColor
            = item.status >= 1 ? statusColor(item.status) : palette().color(QPalette::WindowText);
        if (m_mode == Mode::Gauge) {
            const double side = std::min(cell.width(), cell.height() - nameH) - 8;
            const QRectF arc(cell.center().x() - side / 2, cell.top() + 4, side, side);
            QPen track(palette().color(QPalette::Midlight), std::max(6.0, side / 10), Qt::SolidLine,
                       Qt::FlatCap);
            p.setPen(track);
            p.drawArc(arc, 225 * 16, -270 * 16);
            QPen fill(item.color, track.widthF(), Qt::SolidLine, Qt::FlatCap);
            p.setPen(fill);
            p.drawArc(arc, 225 * 16, int(-270 * 16 * item.fraction));
            QFont vf = font();
            vf.setPointSizeF(std::max(9.0, side / 7));
            vf.setBold(true);
            p.setFont(vf);
            p.setPen(valueColor);
            p.drawText(arc, Qt::AlignCenter, item.text);
        } else {
            const double barH = item.status >= 0 ? 4 : 0;
            QFont vf = font();
            const double available = cell.height() - nameH - barH - 8;
            vf.setPointSizeF(std::clamp(available * 0.45, 10.0, 34.0));
            vf.setWeight(QFont::DemiBold);
            QFontMetricsF fm(vf);
            while (fm.horizontalAdvance(item.text) > cell.width() && vf.pointSizeF() > 9) {
                vf.setPointSizeF(vf.pointSizeF() - 1);
                fm = QFontMetricsF(vf);
            }
            p.setFont(vf);
            p.setPen(valueColor);
            const QRectF valueRect(cell.left(), cell.top(), cell.width(),
                                   cell.height() - nameH - barH - 4);
            p.drawText(valueRect, Qt::AlignCenter, item.text);
            if (item.status >= 0) {
                QRectF bar(cell.left() + cell.width() * 0.2, valueRect.bottom(), cell.width() * 0.6,
                           barH);
                p.setPen(Qt::NoPen);
                p.setBrush(statusColor(item.status));
                p.drawRoundedRect(bar, 2, 2);
            }
        }
        p.setFont(nameFont);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(cell.left(), cell.bottom() - nameH, cell.width(), nameH), Qt::AlignCenter,
                   QString(item.name).replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (i > 0) {
            p.setPen(palette::gridLineColor());
            p.drawLine(QPointF(i * w, 10), QPointF(i * w, height() - 10));
        }
    }
}

} // namespace hearth::app
