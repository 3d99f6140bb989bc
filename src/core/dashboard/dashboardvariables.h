// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <nlohmann/json.hpp>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace hearth::core {

// One variable definition from spec.variables (or a panel's spec.variables).
struct VariableDefinition
{
    enum class Kind { Text, List };
    enum class Source { Static, Query, TimeBucket };
    enum class Sort { None, AlphaAsc, AlphaDesc, NumericAsc, NumericDesc };

    QString name;
    QString label; // display.name, falls back to name
    QString description;
    bool hidden = false;
    Kind kind = Kind::Text;
    // Text
    QString textValue;
    bool constant = false;
    // List
    Source source = Source::Static;
    QStringList staticValues;
    QString sql; // Query source: one column, distinct non-null values
    bool allowMultiple = false;
    bool allowAll = false;
    QString customAllValue; // empty = All means every option
    QString capturingRegexp;
    Sort sort = Sort::None;
    QStringList defaultValue;

    QString displayLabel() const { return label.isEmpty() ? name : label; }
};

// The "All" selection marker kept in a selection list.
inline QString allSelectionMarker()
{
    return QStringLiteral("$__all");
}

QVector<VariableDefinition> parseVariableDefinitions(const nlohmann::json &array);
nlohmann::json variableDefinitionToJson(const VariableDefinition &def);

// The capturing-regex filter (captured text replaces the option, non-matches dropped), distinct
// values, then the sort.
QStringList applyOptionRules(const VariableDefinition &def, const QStringList &raw);

// The selection shown when the user has chosen nothing: the default when it is among the options
// (or All), else the first option.
QStringList defaultSelection(const VariableDefinition &def, const QStringList &options);

// The value substituted for a selection: a QStringList for multi-value variables (All = every
// option, or the custom All value), a QString otherwise, SqlInterval for time buckets.
QVariant resolveVariableValue(const VariableDefinition &def, const QStringList &options,
                              const QStringList &selection);

// $resolution: the bucket chosen from the range so a chart has at most ~200 points per series.
QString autoResolution(Micros range);
// The bucket choices offered for a range (auto first, then coarser ones).
QStringList resolutionChoices(Micros range);
// Interval text for a duration, in the largest exact unit: "1 hour", "90 minutes", "7 days".
QString intervalText(Micros duration);

struct TimeWindow
{
    Micros from = 0;
    Micros to = 0;
    Micros length() const { return to - from; }
    bool operator==(const TimeWindow &o) const { return from == o.from && to == o.to; }
};

// $resolution, $__from, $__to, $__from_iso_string, $__to_iso_string, $__range, $__range_s,
// $__range_ms. `resolution` overrides the automatic bucket when not empty.
QVariantMap builtinVariables(const TimeWindow &range, const QString &resolution = QString());

} // namespace hearth::core
