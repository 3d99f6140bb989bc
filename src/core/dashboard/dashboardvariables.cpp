// SPDX-License-Identifier: MIT
#include "core/dashboard/dashboardvariables.h"

#include "core/dashboard/dashboarddocument.h"
#include "core/dashboard/sqlsubstitution.h"

#include <algorithm>
#include <QCollator>
#include <QRegularExpression>
#include <QSet>

namespace hearth::core {

using nlohmann::json;

namespace {

QString str(const json &j, const char *key)
{
    if (!j.is_object())
        return QString();
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

QString scalarText(const json &v)
{
    if (v.is_string())
        return fromStd(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_number())
        return QString::number(v.get<double>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.is_object()) // Perses {value, label}
        return str(v, "value");
    return QString();
}

struct SortName
{
    VariableDefinition::Sort sort;
    const char *name;
};
constexpr SortName kSorts[] = {
    {VariableDefinition::Sort::None, "none"},
    {VariableDefinition::Sort::AlphaAsc, "alphabetical-asc"},
    {VariableDefinition::Sort::AlphaDesc, "alphabetical-desc"},
    {VariableDefinition::Sort::NumericAsc, "numerical-asc"},
    {VariableDefinition::Sort::NumericDesc, "numerical-desc"},
};

struct Bucket
{
    Micros size;
};
constexpr Micros kBuckets[] = {
    kMicrosPerSecond,      5 * kMicrosPerSecond, 10 * kMicrosPerSecond, 30 * kMicrosPerSecond,
    kMicrosPerMinute,      5 * kMicrosPerMinute, 10 * kMicrosPerMinute, 15 * kMicrosPerMinute,
    30 * kMicrosPerMinute, kMicrosPerHour,       3 * kMicrosPerHour,    6 * kMicrosPerHour,
    12 * kMicrosPerHour,   kMicrosPerDay,        7 * kMicrosPerDay,
};
constexpr Micros kMaxBuckets = 200;

} // namespace

QVector<VariableDefinition> parseVariableDefinitions(const json &array)
{
    QVector<VariableDefinition> out;
    if (!array.is_array())
        return out;
    for (const json &v : array) {
        if (!v.is_object())
            continue;
        const json spec = v.value("spec", json::object());
        VariableDefinition def;
        def.name = str(spec, "name");
        if (def.name.isEmpty())
            continue;
        const json display = spec.value("display", json::object());
        def.label = str(display, "name");
        def.description = str(display, "description");
        def.hidden = display.is_object() && display.value("hidden", false);
        if (str(v, "kind") == QLatin1String("TextVariable")) {
            def.kind = VariableDefinition::Kind::Text;
            def.textValue = scalarText(spec.value("value", json()));
            def.constant = spec.value("constant", false);
        } else {
            def.kind = VariableDefinition::Kind::List;
            const json plugin = spec.value("plugin", json::object());
            const QString pk = str(plugin, "kind");
            const json pspec = plugin.value("spec", json::object());
            if (pk == QLatin1String("TimeBucketVariable")) {
                def.source = VariableDefinition::Source::TimeBucket;
            } else if (pspec.is_object() && pspec.contains("query")) {
                def.source = VariableDefinition::Source::Query;
                def.sql = str(pspec, "query");
            } else {
                def.source = VariableDefinition::Source::Static;
                for (const json &value : pspec.value("values", json::array()))
                    def.staticValues << scalarText(value);
            }
            def.allowMultiple = spec.value("allowMultiple", false);
            def.allowAll = spec.value("allowAllValue", false);
            def.customAllValue = str(spec, "customAllValue");
            def.capturingRegexp = str(spec, "capturingRegexp");
            const QString sort = str(spec, "sort");
            for (const auto &s : kSorts)
                if (sort == QLatin1String(s.name))
                    def.sort = s.sort;
            const json dv = spec.value("defaultValue", json());
            if (dv.is_array()) {
                for (const json &x : dv)
                    def.defaultValue << scalarText(x);
            } else if (!dv.is_null()) {
                def.defaultValue << scalarText(dv);
            }
        }
        out << def;
    }
    return out;
}

json variableDefinitionToJson(const VariableDefinition &def)
{
    json display = {{"name", toStd(def.displayLabel())}, {"hidden", def.hidden}};
    if (!def.description.isEmpty())
        display["description"] = toStd(def.description);
    if (def.kind == VariableDefinition::Kind::Text)
        return {{"kind", "TextVariable"},
                {"spec",
                 {{"name", toStd(def.name)},
                  {"display", display},
                  {"value", toStd(def.textValue)},
                  {"constant", def.constant}}}};
    json plugin;
    switch (def.source) {
    case VariableDefinition::Source::TimeBucket:
        plugin = {{"kind", "TimeBucketVariable"}, {"spec", json::object()}};
        break;
    case VariableDefinition::Source::Query:
        plugin = {{"kind", "LogfireQueryListVariable"}, {"spec", {{"query", toStd(def.sql)}}}};
        break;
    case VariableDefinition::Source::Static: {
        json values = json::array();
        for (const QString &v : def.staticValues)
            values.push_back(toStd(v));
        plugin = {{"kind", "StaticListVariable"}, {"spec", {{"values", values}}}};
        break;
    }
    }
    json spec = {{"name", toStd(def.name)},
                 {"display", display},
                 {"allowMultiple", def.allowMultiple},
                 {"allowAllValue", def.allowAll},
                 {"plugin", plugin}};
    if (!def.customAllValue.isEmpty())
        spec["customAllValue"] = toStd(def.customAllValue);
    if (!def.capturingRegexp.isEmpty())
        spec["capturingRegexp"] = toStd(def.capturingRegexp);
    for (const auto &s : kSorts)
        if (s.sort == def.sort && def.sort != VariableDefinition::Sort::None)
            spec["sort"] = s.name;
    if (!def.defaultValue.isEmpty()) {
        if (def.allowMultiple) {
            json dv = json::array();
            for (const QString &v : def.defaultValue)
                dv.push_back(toStd(v));
            spec["defaultValue"] = dv;
        } else {
            spec["defaultValue"] = toStd(def.defaultValue.first());
        }
    }
    return {{"kind", "ListVariable"}, {"spec", spec}};
}

QStringList applyOptionRules(const VariableDefinition &def, const QStringList &raw)
{
    QStringList out;
    QSet<QString> seen;
    const QRegularExpression rx(def.capturingRegexp);
    const bool filter = !def.capturingRegexp.isEmpty() && rx.isValid() && rx.captureCount() >= 1;
    for (const QString &value : raw) {
        QString option = value;
        if (filter) {
            const auto m = rx.match(value);
            if (!m.hasMatch())
                continue;
            option = m.captured(1);
        }
        if (!seen.contains(option)) {
            seen.insert(option);
            out << option;
        }
    }
    switch (def.sort) {
    case VariableDefinition::Sort::None:
        break;
    case VariableDefinition::Sort::AlphaAsc:
    case VariableDefinition::Sort::AlphaDesc: {
        std::sort(out.begin(), out.end());
        if (def.sort == VariableDefinition::Sort::AlphaDesc)
            std::reverse(out.begin(), out.end());
        break;
    }
    case VariableDefinition::Sort::NumericAsc:
    case VariableDefinition::Sort::NumericDesc: {
        // Non-numbers sort after numbers, in text order.
        std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
            bool okA = false, okB = false;
            const double x = a.toDouble(&okA), y = b.toDouble(&okB);
            if (okA != okB)
                return okA;
            return okA ? x < y : a < b;
        });
        if (def.sort == VariableDefinition::Sort::NumericDesc)
            std::reverse(out.begin(), out.end());
        break;
    }
    }
    return out;
}

QStringList defaultSelection(const VariableDefinition &def, const QStringList &options)
{
    QStringList chosen;
    for (const QString &d : def.defaultValue) {
        if (def.allowAll && (d == allSelectionMarker() || d == QLatin1String("$__all")))
            return {allSelectionMarker()};
        if (options.contains(d) || def.source == VariableDefinition::Source::TimeBucket)
            chosen << d;
    }
    if (!def.allowMultiple && chosen.size() > 1)
        chosen = chosen.mid(0, 1);
    if (chosen.isEmpty() && !options.isEmpty())
        chosen << options.first();
    return chosen;
}

QVariant resolveVariableValue(const VariableDefinition &def, const QStringList &options,
                              const QStringList &selection)
{
    if (def.kind == VariableDefinition::Kind::Text)
        return selection.isEmpty() ? def.textValue : selection.first();
    const bool all = selection.contains(allSelectionMarker());
    if (def.source == VariableDefinition::Source::TimeBucket) {
        const QString text = selection.isEmpty() ? options.value(0) : selection.first();
        return QVariant::fromValue(SqlInterval {text});
    }
    if (all && !def.customAllValue.isEmpty())
        return def.customAllValue;
    if (def.allowMultiple)
        return all ? options : selection;
    if (all)
        return options.value(0);
    return selection.isEmpty() ? options.value(0) : selection.first();
}

QString intervalText(Micros d)
{
    struct Unit
    {
        Micros size;
        const char *one;
        const char *many;
    };
    static const Unit units[] = {{kMicrosPerDay, "day", "days"},
                                 {kMicrosPerHour, "hour", "hours"},
                                 {kMicrosPerMinute, "minute", "minutes"},
                                 {kMicrosPerSecond, "second", "seconds"},
                                 {1000, "millisecond", "milliseconds"}};
    if (d <= 0)
        return QStringLiteral("0 seconds");
    for (const Unit &u : units)
        if (d % u.size == 0) {
            const Micros n = d / u.size;
            return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? u.one : u.many);
        }
    return QString::number(d) + QStringLiteral(" microseconds");
}

QString autoResolution(Micros range)
{
    for (const Micros b : kBuckets)
        if (range / b <= kMaxBuckets)
            return intervalText(b);
    return intervalText(kBuckets[std::size(kBuckets) - 1]);
}

QStringList resolutionChoices(Micros range)
{
    QStringList out;
    for (const Micros b : kBuckets)
        if (range / b <= kMaxBuckets * 5 && b <= std::max<Micros>(range, kMicrosPerSecond))
            out << intervalText(b);
    const QString chosen = autoResolution(range);
    if (!out.contains(chosen))
        out.prepend(chosen);
    return out;
}

QVariantMap builtinVariables(const TimeWindow &range, const QString &resolution)
{
    QVariantMap v;
    const qint64 fromMs = range.from / 1000;
    const qint64 toMs = range.to / 1000;
    v.insert(QStringLiteral("resolution"),
             QVariant::fromValue(
                 SqlInterval {resolution.isEmpty() ? autoResolution(range.length()) : resolution}));
    v.insert(QStringLiteral("__from"), fromMs);
    v.insert(QStringLiteral("__to"), toMs);
    v.insert(QStringLiteral("__from_iso_string"), formatIsoMicrosQ(range.from));
    v.insert(QStringLiteral("__to_iso_string"), formatIsoMicrosQ(range.to));
    v.insert(QStringLiteral("__range"), intervalText(range.length()));
    v.insert(QStringLiteral("__range_s"), qint64(range.length() / kMicrosPerSecond));
    v.insert(QStringLiteral("__range_ms"), qint64(range.length() / 1000));
    return v;
}

} // namespace hearth::core
