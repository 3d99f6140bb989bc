// SPDX-License-Identifier: MIT
#pragma once

#include "core/query/queryresult.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace hearth::app {

// A quick chart of a query result: x is the first timestamp column (else the first text column,
// as categories), y every numeric column (up to five). Line, bar or area.
class ResultChart : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Line, Bar, Area };

    explicit ResultChart(QWidget *parent = nullptr);

    void setResult(const core::QueryResult &result);
    // Whether the result has something to chart (an x column and a numeric y column).
    static bool chartable(const core::QueryResult &result, int *xColumn = nullptr,
                          QList<int> *yColumns = nullptr);
    void setKind(Kind kind);

private:
    void rebuild();

    core::QueryResult m_result;
    Kind m_kind = Kind::Line;
    QComboBox *m_kindBox;
    QChartView *m_view;
    QLabel *m_empty;
};

} // namespace hearth::app
