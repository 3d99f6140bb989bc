// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/chartdata.h"

#include <nlohmann/json.hpp>
#include <QWidget>

namespace hearth::app {

// The Values panel (one or more big numbers with a warning/critical status bar) and the
// GaugeChart panel (an arc against a max, coloured by threshold steps).
class ValuesWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Values, Gauge };
    explicit ValuesWidget(QWidget *parent = nullptr);
    void setValues(const QVector<core::NamedValue> &values, const nlohmann::json &options,
                   Mode mode);
    QStringList formattedValues() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item
    {
        QString name;
        QString text;
        double value = 0;
        bool numeric = false;
        int status = -1; // -1 none, 0 ok, 1 warning, 2 critical
        double fraction = 0; // gauge fill
        QColor color;
    };
    QVector<Item> m_items;
    Mode m_mode = Mode::Values;
};

} // namespace hearth::app
