// SPDX-License-Identifier: MIT
#include "core/query/sqlfunctions.h"

#include "core/store/levels.h"
#include "core/util/timeutil.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>
#include <string>
#include <vector>

namespace hearth::core {

namespace {

std::string textArg(sqlite3_value *v)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return p ? std::string(p, static_cast<size_t>(sqlite3_value_bytes(v))) : std::string();
}

// A timestamp argument: integer µs, or text in RFC 3339. False if neither.
bool timestampArg(sqlite3_value *v, Micros &out)
{
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        out = sqlite3_value_int64(v);
        return true;
    case SQLITE_FLOAT:
        out = static_cast<Micros>(sqlite3_value_double(v));
        return true;
    case SQLITE_TEXT:
        if (auto us = parseIsoMicros(textArg(v))) {
            out = *us;
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool intervalArg(sqlite3_value *v, Micros &out)
{
    if (sqlite3_value_type(v) == SQLITE_INTEGER) {
        out = sqlite3_value_int64(v);
        return true;
    }
    if (sqlite3_value_type(v) == SQLITE_TEXT) {
        if (auto us = parseDuration(textArg(v))) {
            out = *us;
            return true;
        }
    }
    return false;
}

void resultError(sqlite3_context *ctx, const std::string &message)
{
    sqlite3_result_error(ctx, message.c_str(), static_cast<int>(message.size()));
}

Micros floorDiv(Micros a, Micros b)
{
    Micros q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDateTime utc(Micros us)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(us, 1000), QTimeZone::utc());
}

Micros toMicros(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * 1000;
}

void timeBucket(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    Micros interval = 0;
    Micros ts = 0;
    if (!intervalArg(argv[0], interval) || interval <= 0)
        return resultError(ctx, "time_bucket: cannot read the interval '" + textArg(argv[0])
                               + "' (use e.g. '5 minutes')");
    if (!timestampArg(argv[1], ts))
        return resultError(ctx, "time_bucket: '" + textArg(argv[1]) + "' is not a timestamp");
    sqlite3_result_int64(ctx, floorDiv(ts, interval) * interval);
}

std::optional<Micros> truncate(const std::string &unitIn, Micros us)
{
    std::string unit;
    for (char c : unitIn)
        unit.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (!unit.empty() && unit.back() == 's')
        unit.pop_back();
    auto fixed = [&](Micros step) { return floorDiv(us, step) * step; };
    if (unit == "microsecond")
        return us;
    if (unit == "millisecond")
        return fixed(1000);
    if (unit == "second")
        return fixed(kMicrosPerSecond);
    if (unit == "minute")
        return fixed(kMicrosPerMinute);
    if (unit == "hour")
        return fixed(kMicrosPerHour);
    if (unit == "day")
        return fixed(kMicrosPerDay);
    const QDate d = utc(us).date();
    if (unit == "week")
        return toMicros(QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), QTimeZone::utc()));
    if (unit == "month")
        return toMicros(QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), QTimeZone::utc()));
    if (unit == "quarter")
        return toMicros(QDateTime(QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1), QTime(0, 0),
                                  QTimeZone::utc()));
    if (unit == "year")
        return toMicros(QDateTime(QDate(d.year(), 1, 1), QTime(0, 0), QTimeZone::utc()));
    return std::nullopt;
}

void dateTrunc(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Micros ts = 0;
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    if (!timestampArg(argv[1], ts))
        return resultError(ctx, "date_trunc: '" + textArg(argv[1]) + "' is not a timestamp");
    const auto r = truncate(textArg(argv[0]), ts);
    if (!r)
        return resultError(ctx, "date_trunc: unknown unit '" + textArg(argv[0]) + "'");
    sqlite3_result_int64(ctx, *r);
}

void extract(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    std::string field;
    for (char c : textArg(argv[0]))
        field.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    Micros ts = 0;
    if (!timestampArg(argv[1], ts))
        return resultError(ctx, "EXTRACT: '" + textArg(argv[1]) + "' is not a timestamp");
    if (field == "epoch") {
        sqlite3_result_double(ctx, static_cast<double>(ts) / 1e6);
        return;
    }
    const QDateTime dt = utc(ts);
    const Micros inSecond = ts - floorDiv(ts, kMicrosPerSecond) * kMicrosPerSecond;
    double v;
    if (field == "year")
        v = dt.date().year();
    else if (field == "quarter")
        v = (dt.date().month() - 1) / 3 + 1;
    else if (field == "month")
        v = dt.date().month();
    else if (field == "week")
        v = dt.date().weekNumber();
    else if (field == "day")
        v = dt.date().day();
    else if (field == "dow")
        v = dt.date().dayOfWeek() % 7;
    else if (field == "isodow")
        v = dt.date().dayOfWeek();
    else if (field == "doy")
        v = dt.date().dayOfYear();
    else if (field == "hour")
        v = dt.time().hour();
    else if (field == "minute")
        v = dt.time().minute();
    else if (field == "second")
        v = dt.time().second() + static_cast<double>(inSecond) / 1e6;
    else if (field == "millisecond" || field == "milliseconds")
        v = dt.time().second() * 1e3 + static_cast<double>(inSecond) / 1e3;
    else if (field == "microsecond" || field == "microseconds")
        v = static_cast<double>(dt.time().second() * kMicrosPerSecond + inSecond);
    else
        return resultError(ctx, "EXTRACT: unknown field '" + field + "'");
    sqlite3_result_double(ctx, v);
}

void toTs(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    Micros ts = 0;
    if (!timestampArg(argv[0], ts))
        return resultError(ctx, "cannot read '" + textArg(argv[0]) + "' as a timestamp");
    sqlite3_result_int64(ctx, ts);
}

void toTimestampScaled(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const int t = sqlite3_value_type(argv[0]);
    if (t == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    if (t == SQLITE_TEXT)
        return toTs(ctx, 1, argv);
    const double scale = sqlite3_value_double(argv[1]);
    sqlite3_result_int64(ctx, static_cast<Micros>(std::llround(sqlite3_value_double(argv[0]) * scale)));
}

void isoText(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Micros ts = 0;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || !timestampArg(argv[0], ts)) {
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    const std::string s = formatIsoMicros(ts);
    sqlite3_result_text(ctx, s.c_str(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

void toInterval(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Micros us = 0;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    if (!intervalArg(argv[0], us))
        return resultError(ctx, "cannot read '" + textArg(argv[0]) + "' as an interval");
    sqlite3_result_int64(ctx, us);
}

void toBool(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    switch (sqlite3_value_type(argv[0])) {
    case SQLITE_NULL:
        sqlite3_result_null(ctx);
        return;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        sqlite3_result_int(ctx, sqlite3_value_double(argv[0]) != 0 ? 1 : 0);
        return;
    default: {
        std::string s;
        for (char c : textArg(argv[0]))
            s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        if (s == "true" || s == "t" || s == "1" || s == "yes")
            sqlite3_result_int(ctx, 1);
        else if (s == "false" || s == "f" || s == "0" || s == "no")
            sqlite3_result_int(ctx, 0);
        else
            resultError(ctx, "cannot read '" + s + "' as a boolean");
    }
    }
}

void levelNum(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto n = levelNumber(textArg(argv[0]));
    if (!n)
        return resultError(ctx, "level_num: unknown level '" + textArg(argv[0]) + "'");
    sqlite3_result_int(ctx, *n);
}

void levelNameFn(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto name = levelName(sqlite3_value_int(argv[0]));
    sqlite3_result_text(ctx, name.data(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
}

// greatest/least skip NULLs like DataFusion (SQLite's multi-argument max/min return NULL).
template<bool Greatest> void extreme(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    sqlite3_value *best = nullptr;
    sqlite3 *db = sqlite3_context_db_handle(ctx);
    (void)db;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        if (!best) {
            best = argv[i];
            continue;
        }
        const int ta = sqlite3_value_numeric_type(argv[i]);
        const int tb = sqlite3_value_numeric_type(best);
        bool better;
        if ((ta == SQLITE_INTEGER || ta == SQLITE_FLOAT)
            && (tb == SQLITE_INTEGER || tb == SQLITE_FLOAT)) {
            better = Greatest ? sqlite3_value_double(argv[i]) > sqlite3_value_double(best)
                              : sqlite3_value_double(argv[i]) < sqlite3_value_double(best);
        } else {
            const int c = textArg(argv[i]).compare(textArg(best));
            better = Greatest ? c > 0 : c < 0;
        }
        if (better)
            best = argv[i];
    }
    if (best)
        sqlite3_result_value(ctx, best);
    else
        sqlite3_result_null(ctx);
}

struct PercentileState
{
    std::vector<double> *values;
    double p;
    bool pSet;
    bool bad;
};

void percentileStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *st = static_cast<PercentileState *>(sqlite3_aggregate_context(ctx, sizeof(PercentileState)));
    if (!st)
        return sqlite3_result_error_nomem(ctx);
    if (!st->values)
        st->values = new std::vector<double>();
    if (!st->pSet) {
        st->p = sqlite3_value_double(argv[1]);
        st->pSet = true;
        if (!(st->p >= 0 && st->p <= 1))
            st->bad = true;
    }
    const int t = sqlite3_value_numeric_type(argv[0]);
    if (t == SQLITE_INTEGER || t == SQLITE_FLOAT)
        st->values->push_back(sqlite3_value_double(argv[0]));
}

void percentileFinal(sqlite3_context *ctx)
{
    auto *st = static_cast<PercentileState *>(sqlite3_aggregate_context(ctx, 0));
    if (!st || !st->values) {
        sqlite3_result_null(ctx);
        return;
    }
    std::vector<double> &v = *st->values;
    if (st->bad) {
        delete st->values;
        st->values = nullptr;
        return resultError(ctx, "percentile must be between 0 and 1");
    }
    if (v.empty()) {
        sqlite3_result_null(ctx);
    } else {
        std::sort(v.begin(), v.end());
        // Linear interpolation between closest ranks (percentile_cont).
        const double rank = st->p * static_cast<double>(v.size() - 1);
        const size_t lo = static_cast<size_t>(std::floor(rank));
        const size_t hi = std::min(lo + 1, v.size() - 1);
        const double frac = rank - static_cast<double>(lo);
        sqlite3_result_double(ctx, v[lo] + (v[hi] - v[lo]) * frac);
    }
    delete st->values;
    st->values = nullptr;
}

void regexpLike(sqlite3_context *ctx, int argc, sqlite3_value **argv, bool patternFirst)
{
    sqlite3_value *text = patternFirst ? argv[1] : argv[0];
    sqlite3_value *pattern = patternFirst ? argv[0] : argv[1];
    if (sqlite3_value_type(text) == SQLITE_NULL || sqlite3_value_type(pattern) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    QRegularExpression::PatternOptions opts;
    if (argc > 2 && textArg(argv[2]).find('i') != std::string::npos)
        opts |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression re(QString::fromStdString(textArg(pattern)), opts);
    if (!re.isValid())
        return resultError(ctx, "invalid regular expression: " + re.errorString().toStdString());
    sqlite3_result_int(ctx, re.match(QString::fromStdString(textArg(text))).hasMatch() ? 1 : 0);
}

void stringFn(sqlite3_context *ctx, int argc, sqlite3_value **argv, int which)
{
    for (int i = 0; i < argc && which != 3 && which != 4; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(ctx);
            return;
        }
    }
    auto result = [&](const std::string &s) {
        sqlite3_result_text(ctx, s.c_str(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    };
    switch (which) {
    case 0: { // starts_with
        const std::string s = textArg(argv[0]);
        const std::string p = textArg(argv[1]);
        sqlite3_result_int(ctx, s.compare(0, p.size(), p) == 0 ? 1 : 0);
        return;
    }
    case 1: { // ends_with
        const std::string s = textArg(argv[0]);
        const std::string p = textArg(argv[1]);
        sqlite3_result_int(ctx,
                           s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0);
        return;
    }
    case 2: { // split_part(s, delim, n)
        const QString s = QString::fromStdString(textArg(argv[0]));
        const QString d = QString::fromStdString(textArg(argv[1]));
        const auto parts = d.isEmpty() ? QStringList {s} : s.split(d);
        const int n = sqlite3_value_int(argv[2]);
        const int idx = n > 0 ? n - 1 : static_cast<int>(parts.size()) + n;
        result(idx >= 0 && idx < parts.size() ? parts[idx].toStdString() : std::string());
        return;
    }
    case 3: { // concat: NULLs are empty
        std::string out;
        for (int i = 0; i < argc; ++i)
            out += textArg(argv[i]);
        result(out);
        return;
    }
    case 4: { // concat_ws(sep, ...): NULLs skipped
        if (argc == 0 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
            sqlite3_result_null(ctx);
            return;
        }
        const std::string sep = textArg(argv[0]);
        std::string out;
        bool first = true;
        for (int i = 1; i < argc; ++i) {
            if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
                continue;
            if (!first)
                out += sep;
            first = false;
            out += textArg(argv[i]);
        }
        result(out);
        return;
    }
    case 5:
    case 6: { // left / right (characters)
        const QString s = QString::fromStdString(textArg(argv[0]));
        const int n = sqlite3_value_int(argv[1]);
        const qsizetype count = n >= 0 ? n : std::max<qsizetype>(0, s.size() + n);
        result((which == 5 ? s.left(count) : s.right(count)).toStdString());
        return;
    }
    case 7: { // json_length
        const auto doc = nlohmann::json::parse(textArg(argv[0]), nullptr, false);
        if (doc.is_discarded())
            return resultError(ctx, "json_length: not JSON");
        sqlite3_result_int64(ctx, doc.is_array() || doc.is_object() ? static_cast<sqlite3_int64>(doc.size()) : 0);
        return;
    }
    default:
        sqlite3_result_null(ctx);
    }
}

template<int Which> void stringFnT(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    stringFn(ctx, argc, argv, Which);
}

void regexpLikeFn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    regexpLike(ctx, argc, argv, false);
}

void regexpOp(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    regexpLike(ctx, argc, argv, true);
}

} // namespace

int registerQueryFunctions(sqlite3 *db)
{
    constexpr int det = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Scalar
    {
        const char *name;
        int args;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    const Scalar scalars[] = {
        {"time_bucket", 2, timeBucket},
        {"date_trunc", 2, dateTrunc},
        {"hearth_extract", 2, extract},
        {"hearth_ts", 1, toTs},
        {"hearth_to_timestamp", 2, toTimestampScaled},
        {"hearth_iso", 1, isoText},
        {"hearth_interval", 1, toInterval},
        {"hearth_bool", 1, toBool},
        {"level_num", 1, levelNum},
        {"level_name", 1, levelNameFn},
        {"greatest", -1, extreme<true>},
        {"least", -1, extreme<false>},
        {"regexp_like", 2, regexpLikeFn},
        {"regexp_like", 3, regexpLikeFn},
        {"regexp", 2, regexpOp},
        {"starts_with", 2, stringFnT<0>},
        {"ends_with", 2, stringFnT<1>},
        {"split_part", 3, stringFnT<2>},
        {"concat", -1, stringFnT<3>},
        {"concat_ws", -1, stringFnT<4>},
        {"left", 2, stringFnT<5>},
        {"right", 2, stringFnT<6>},
        {"json_length", 1, stringFnT<7>},
    };
    for (const auto &s : scalars) {
        const int rc = sqlite3_create_function_v2(db, s.name, s.args, det, nullptr, s.fn, nullptr,
                                                  nullptr, nullptr);
        if (rc != SQLITE_OK)
            return rc;
    }
    return sqlite3_create_function_v2(db, "hearth_percentile", 2, det, nullptr, nullptr,
                                      percentileStep, percentileFinal, nullptr);
}

} // namespace hearth::core
