// SPDX-License-Identifier: MIT
#include "core/alerts/alertrule.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace hearth::core {

namespace {

using json = nlohmann::json;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Alerts)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString qstr(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

Error invalid(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

json variantToJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return static_cast<std::int64_t>(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QStringList: {
        json a = json::array();
        for (const QString &s : v.toStringList())
            a.push_back(utf8(s));
        return a;
    }
    default:
        return utf8(v.toString());
    }
}

std::optional<QVariant> variantFromJson(const json &j)
{
    if (j.is_boolean())
        return QVariant(j.get<bool>());
    if (j.is_number_integer())
        return QVariant(static_cast<qint64>(j.get<std::int64_t>()));
    if (j.is_number())
        return QVariant(j.get<double>());
    if (j.is_string())
        return QVariant(qstr(j));
    if (j.is_array()) {
        QStringList list;
        for (const auto &e : j) {
            if (e.is_string())
                list << qstr(e);
            else if (e.is_number() || e.is_boolean())
                list << QString::fromStdString(e.dump());
            else
                return std::nullopt;
        }
        return QVariant(list);
    }
    return std::nullopt;
}

struct FormatName
{
    AlertChannel::Format format;
    const char *key;
};
constexpr FormatName kFormats[] = {
    {AlertChannel::Format::RawJson, "raw-data"},
    {AlertChannel::Format::Slack, "slack"},
    {AlertChannel::Format::Template, "template"},
};

std::optional<AlertChannel::Format> formatFromKey(const std::string &key)
{
    for (const auto &f : kFormats) {
        if (key == f.key)
            return f.format;
    }
    // Logfire's webhook formats: "auto" and both Slack flavours post Slack-compatible bodies.
    if (key == "auto" || key == "slack-blockkit" || key == "slack-legacy")
        return AlertChannel::Format::Slack;
    if (key == "raw" || key == "json")
        return AlertChannel::Format::RawJson;
    return std::nullopt;
}

json channelToJson(const AlertChannel &c)
{
    json j;
    j["type"] = c.type == AlertChannel::Type::Desktop ? "desktop" : "webhook";
    if (!c.label.isEmpty())
        j["label"] = utf8(c.label);
    j["active"] = c.active;
    if (c.type == AlertChannel::Type::Webhook) {
        j["url"] = utf8(c.url);
        j["format"] = utf8(channelFormatKey(c.format));
        if (!c.headers.isEmpty()) {
            json h = json::object();
            for (const auto &[k, v] : c.headers)
                h[utf8(k)] = utf8(v);
            j["headers"] = h;
        }
        if (c.format == AlertChannel::Format::Template)
            j["template"] = utf8(c.bodyTemplate);
    }
    return j;
}

Result<AlertChannel> channelFromJson(const json &j, int index)
{
    const QString where = Tr::tr("channels[%1]").arg(index);
    if (!j.is_object())
        return invalid(Tr::tr("%1: expected an object").arg(where));
    AlertChannel c;
    // Logfire nests the channel settings in "config".
    const json &cfg = j.contains("config") && j["config"].is_object() ? j["config"] : j;
    const std::string type = cfg.value("type", std::string("webhook"));
    if (type == "desktop")
        c.type = AlertChannel::Type::Desktop;
    else if (type == "webhook")
        c.type = AlertChannel::Type::Webhook;
    else
        return invalid(Tr::tr("%1: unsupported channel type \"%2\" (webhook or desktop)")
                           .arg(where, QString::fromStdString(type)));
    c.label = qstr(j.value("label", json()));
    c.active = j.value("active", true);
    if (c.type == AlertChannel::Type::Webhook) {
        c.url = qstr(cfg.value("url", json()));
        if (c.url.isEmpty())
            return invalid(Tr::tr("%1: a webhook needs a \"url\"").arg(where));
        const std::string format = cfg.value("format", std::string("raw-data"));
        const auto f = formatFromKey(format);
        if (!f)
            return invalid(Tr::tr("%1: unknown format \"%2\" (raw-data, slack or template)")
                               .arg(where, QString::fromStdString(format)));
        c.format = *f;
        if (cfg.contains("headers")) {
            if (!cfg["headers"].is_object())
                return invalid(Tr::tr("%1: \"headers\" must be an object").arg(where));
            for (const auto &[k, v] : cfg["headers"].items()) {
                if (!v.is_string())
                    return invalid(Tr::tr("%1: header \"%2\" must be text")
                                       .arg(where, QString::fromStdString(k)));
                c.headers.push_back({QString::fromStdString(k), qstr(v)});
            }
        }
        c.bodyTemplate = qstr(cfg.value("template", json()));
        if (c.format == AlertChannel::Format::Template && c.bodyTemplate.isEmpty())
            return invalid(Tr::tr("%1: the template format needs a \"template\" body").arg(where));
    }
    return c;
}

} // namespace

QString notifyWhenKey(NotifyWhen mode)
{
    switch (mode) {
    case NotifyWhen::HasMatches:
        return QStringLiteral("has_matches");
    case NotifyWhen::StartsHavingMatches:
        return QStringLiteral("starts_having_matches");
    case NotifyWhen::HasMatchesChanged:
        return QStringLiteral("has_matches_changed");
    case NotifyWhen::MatchesChanged:
        return QStringLiteral("matches_changed");
    }
    return {};
}

std::optional<NotifyWhen> notifyWhenFromKey(const QString &key)
{
    for (auto mode : {NotifyWhen::HasMatches, NotifyWhen::StartsHavingMatches,
                      NotifyWhen::HasMatchesChanged, NotifyWhen::MatchesChanged}) {
        if (notifyWhenKey(mode) == key)
            return mode;
    }
    return std::nullopt;
}

QString notifyWhenLabel(NotifyWhen mode)
{
    switch (mode) {
    case NotifyWhen::HasMatches:
        return Tr::tr("any results");
    case NotifyWhen::StartsHavingMatches:
        return Tr::tr("starts having results");
    case NotifyWhen::HasMatchesChanged:
        return Tr::tr("starts or stops having results");
    case NotifyWhen::MatchesChanged:
        return Tr::tr("the result data changes");
    }
    return {};
}

QString AlertChannel::displayName() const
{
    if (!label.isEmpty())
        return label;
    if (type == Type::Desktop)
        return Tr::tr("Desktop");
    return Tr::tr("Webhook %1").arg(QUrl::fromUserInput(url).host());
}

QString channelFormatKey(AlertChannel::Format format)
{
    for (const auto &f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.key);
    }
    return {};
}

Status validateRule(const AlertRule &rule)
{
    if (rule.name.trimmed().isEmpty())
        return invalid(Tr::tr("The alert needs a name."));
    if (rule.sql.trimmed().isEmpty())
        return invalid(Tr::tr("The alert \"%1\" needs a SQL query.").arg(rule.name));
    if (rule.window < kMinAlertWindow || rule.window > kMaxAlertWindow)
        return invalid(
            Tr::tr("The alert \"%1\": the lookback window must be between 1 minute and 30 "
                   "days (got %2).")
                .arg(rule.name, formatIsoDuration(rule.window)));
    if (rule.interval < kMinAlertInterval || rule.interval > kMaxAlertInterval)
        return invalid(
            Tr::tr("The alert \"%1\": the check interval must be between 1 minute and 24 "
                   "hours (got %2).")
                .arg(rule.name, formatIsoDuration(rule.interval)));
    for (const auto &c : rule.channels) {
        if (c.type == AlertChannel::Type::Webhook) {
            const QUrl url(c.url);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("http")
                    && url.scheme() != QLatin1String("https")))
                return invalid(Tr::tr("The alert \"%1\": webhook URL \"%2\" is not an http(s) URL.")
                                   .arg(rule.name, c.url));
        }
    }
    return {};
}

QString formatIsoDuration(Micros us)
{
    qint64 s = us / kMicrosPerSecond;
    const qint64 days = s / 86400;
    s %= 86400;
    const qint64 h = s / 3600;
    s %= 3600;
    const qint64 m = s / 60;
    s %= 60;
    QString out = QStringLiteral("P");
    if (days)
        out += QString::number(days) + QLatin1Char('D');
    if (h || m || s || !days) {
        out += QLatin1Char('T');
        if (h)
            out += QString::number(h) + QLatin1Char('H');
        if (m)
            out += QString::number(m) + QLatin1Char('M');
        if (s || (!h && !m))
            out += QString::number(s) + QLatin1Char('S');
    }
    return out;
}

std::optional<Micros> parseIsoDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const auto m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch() || text.trimmed().size() < 3
        || text.trimmed().endsWith(QLatin1Char('T'), Qt::CaseInsensitive))
        return std::nullopt;
    double total = 0;
    total += m.captured(1).toDouble() * 7 * 86400;
    total += m.captured(2).toDouble() * 86400;
    total += m.captured(3).toDouble() * 3600;
    total += m.captured(4).toDouble() * 60;
    total += m.captured(5).toDouble();
    return static_cast<Micros>(total * kMicrosPerSecond);
}

nlohmann::json ruleToJson(const AlertRule &rule)
{
    json j;
    j["name"] = utf8(rule.name);
    j["description"] = utf8(rule.description);
    j["active"] = rule.active;
    j["query"] = utf8(rule.sql);
    j["time_window"] = utf8(formatIsoDuration(rule.window));
    j["frequency"] = utf8(formatIsoDuration(rule.interval));
    j["watermark"] = "PT10S";
    json envs = json::array();
    for (const auto &e : rule.environments)
        envs.push_back(utf8(e));
    j["environments"] = envs;
    j["notify_when"] = utf8(notifyWhenKey(rule.notifyWhen));
    json hearth;
    json vars = json::object();
    for (auto it = rule.variables.cbegin(); it != rule.variables.cend(); ++it)
        vars[utf8(it.key())] = variantToJson(it.value());
    hearth["variables"] = vars;
    json channels = json::array();
    for (const auto &c : rule.channels)
        channels.push_back(channelToJson(c));
    hearth["channels"] = channels;
    hearth["engine"] = utf8(rule.engine);
    if (rule.snoozedUntil)
        hearth["snoozed_until"] = formatIsoMicros(*rule.snoozedUntil);
    j["hearth"] = hearth;
    return j;
}

Result<AlertRule> ruleFromJson(const nlohmann::json &j)
{
    if (!j.is_object())
        return invalid(Tr::tr("An alert must be a JSON object."));
    AlertRule rule;
    rule.name = qstr(j.value("name", json()));
    rule.description = qstr(j.value("description", json()));
    rule.sql = qstr(j.value("query", json()));
    if (j.contains("active")) {
        if (!j["active"].is_boolean())
            return invalid(Tr::tr("\"active\" must be true or false."));
        rule.active = j["active"].get<bool>();
    }
    auto duration = [&](const char *key, Micros &out) -> Status {
        if (!j.contains(key))
            return {};
        const QString text = qstr(j[key]);
        auto d = parseIsoDuration(text);
        if (!d) // be lenient with "5m", "1h" written by hand
            d = parseDuration(text.toStdString());
        if (!d || *d <= 0)
            return invalid(Tr::tr("\"%1\": \"%2\" is not a duration (ISO-8601 like PT5M, or 5m).")
                               .arg(QString::fromLatin1(key), text));
        out = *d;
        return {};
    };
    if (auto s = duration("time_window", rule.window); !s)
        return s.error();
    if (auto s = duration("frequency", rule.interval); !s)
        return s.error();
    if (j.contains("environments")) {
        if (!j["environments"].is_array())
            return invalid(Tr::tr("\"environments\" must be a list of names."));
        for (const auto &e : j["environments"])
            rule.environments << qstr(e);
    }
    if (j.contains("notify_when")) {
        const QString key = qstr(j["notify_when"]);
        const auto mode = notifyWhenFromKey(key);
        if (!mode)
            return invalid(Tr::tr("\"notify_when\": unknown mode \"%1\" (has_matches, "
                                  "starts_having_matches, has_matches_changed, matches_changed).")
                               .arg(key));
        rule.notifyWhen = *mode;
    }
    if (j.contains("hearth") && j["hearth"].is_object()) {
        const json &h = j["hearth"];
        if (h.contains("variables")) {
            if (!h["variables"].is_object())
                return invalid(Tr::tr("\"hearth.variables\" must be an object of name: value."));
            for (const auto &[k, v] : h["variables"].items()) {
                const auto value = variantFromJson(v);
                if (!value)
                    return invalid(
                        Tr::tr("Variable \"%1\" must be text, a number, a boolean or a list "
                               "of text.")
                            .arg(QString::fromStdString(k)));
                rule.variables.insert(QString::fromStdString(k), *value);
            }
        }
        if (h.contains("channels")) {
            if (!h["channels"].is_array())
                return invalid(Tr::tr("\"hearth.channels\" must be a list."));
            int i = 0;
            for (const auto &c : h["channels"]) {
                auto channel = channelFromJson(c, i++);
                if (!channel)
                    return channel.error();
                rule.channels.push_back(channel.value());
            }
        }
        if (h.contains("engine"))
            rule.engine = qstr(h["engine"]);
        if (h.contains("snoozed_until") && h["snoozed_until"].is_string()) {
            const auto until = parseIsoMicros(h["snoozed_until"].get<std::string>());
            if (!until)
                return invalid(Tr::tr("\"hearth.snoozed_until\" is not an ISO-8601 time."));
            rule.snoozedUntil = *until;
        }
    }
    if (auto s = validateRule(rule); !s)
        return s.error();
    return rule;
}

Result<QVector<AlertRule>> parseRulesJson(const QByteArray &text)
{
    json doc = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (doc.is_discarded())
        return Error::make(Error::Code::InvalidInput, Tr::tr("The file is not valid JSON."));
    if (doc.is_object() && doc.contains("alerts"))
        doc = doc["alerts"];
    if (doc.is_object())
        doc = json::array({doc});
    if (!doc.is_array())
        return invalid(
            Tr::tr("Expected an alert object, a list of alerts or {\"alerts\": [...]}."));
    QVector<AlertRule> rules;
    int i = 0;
    for (const auto &item : doc) {
        auto rule = ruleFromJson(item);
        if (!rule)
            return invalid(Tr::tr("Alert %1: %2").arg(i + 1).arg(rule.error().message));
        rules.push_back(rule.value());
        ++i;
    }
    return rules;
}

QByteArray rulesToJson(const QVector<AlertRule> &rules)
{
    json list = json::array();
    for (const auto &r : rules)
        list.push_back(ruleToJson(r));
    json doc;
    doc["alerts"] = list;
    return QByteArray::fromStdString(doc.dump(2));
}

QString formatWindow(Micros us)
{
    struct Unit
    {
        Micros size;
        const char *one;
        const char *many;
    };
    static const Unit units[] = {
        {kMicrosPerDay, QT_TRANSLATE_NOOP("hearth::core::Alerts", "day"),
         QT_TRANSLATE_NOOP("hearth::core::Alerts", "%1 days")},
        {kMicrosPerHour, QT_TRANSLATE_NOOP("hearth::core::Alerts", "hour"),
         QT_TRANSLATE_NOOP("hearth::core::Alerts", "%1 hours")},
        {kMicrosPerMinute, QT_TRANSLATE_NOOP("hearth::core::Alerts", "minute"),
         QT_TRANSLATE_NOOP("hearth::core::Alerts", "%1 minutes")},
        {kMicrosPerSecond, QT_TRANSLATE_NOOP("hearth::core::Alerts", "second"),
         QT_TRANSLATE_NOOP("hearth::core::Alerts", "%1 seconds")},
    };
    for (const auto &u : units) {
        if (us >= u.size && us % u.size == 0) {
            const qint64 n = us / u.size;
            return n == 1 ? Tr::tr(u.one) : Tr::tr(u.many).arg(n);
        }
    }
    return formatIsoDuration(us);
}

QString describeRule(const AlertRule &rule)
{
    QString when;
    switch (rule.notifyWhen) {
    case NotifyWhen::HasMatches:
        when = Tr::tr("Notifies on every check that returns rows");
        break;
    case NotifyWhen::StartsHavingMatches:
        when = Tr::tr("Notifies when the query starts returning rows");
        break;
    case NotifyWhen::HasMatchesChanged:
        when = Tr::tr("Notifies when the query starts or stops returning rows");
        break;
    case NotifyWhen::MatchesChanged:
        when = Tr::tr("Notifies whenever the returned rows change");
        break;
    }
    QString text = Tr::tr("%1, looking at the last %2 of data every %3")
                       .arg(when, formatWindow(rule.window),
                            rule.interval == kMicrosPerMinute ? Tr::tr("minute")
                                                              : formatWindow(rule.interval));
    if (!rule.environments.isEmpty())
        text += Tr::tr(" in %1").arg(rule.environments.join(QStringLiteral(", ")));
    if (!rule.variables.isEmpty())
        text += Tr::tr(" with %1")
                    .arg(QStringList(rule.variables.keys())
                             .replaceInStrings(QRegularExpression(QStringLiteral("^")),
                                               QStringLiteral("$"))
                             .join(QStringLiteral(", ")));
    text += QLatin1Char('.');
    if (rule.channels.isEmpty()) {
        text += Tr::tr(" No channels: runs are only recorded.");
    } else {
        QStringList names;
        for (const auto &c : rule.channels)
            names << c.displayName();
        text += Tr::tr(" Sends to %1.").arg(names.join(QStringLiteral(", ")));
    }
    if (!rule.active)
        text += Tr::tr(" Inactive.");
    return text;
}

AlertRule fromPanel(const QString &panelTitle, const QString &sql, const QVariantMap &variables)
{
    AlertRule rule;
    rule.name = panelTitle.isEmpty() ? Tr::tr("Panel alert") : panelTitle;
    rule.description = Tr::tr("Created from the dashboard panel \"%1\".").arg(panelTitle);
    rule.sql = sql;
    rule.variables = variables;
    rule.notifyWhen = NotifyWhen::StartsHavingMatches;
    return rule;
}

} // namespace hearth::core
