// SPDX-License-Identifier: MIT
#include "core/connections/connections.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace hearth::core {

QString logfireRegionBaseUrl(const QString &region)
{
    if (region == QLatin1String("eu"))
        return QStringLiteral("https://logfire-eu.pydantic.dev");
    return QStringLiteral("https://logfire-us.pydantic.dev");
}

QString logfireRegionFromToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^pylf_v\\d+_([a-z]+)_"));
    const auto match = pattern.match(token);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString LogfireConnection::effectiveBaseUrl() const
{
    if (!region.isEmpty())
        return logfireRegionBaseUrl(region);
    QString url = baseUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QList<LogfireConnection> ConnectionList::load(QSettings &settings)
{
    QList<LogfireConnection> list;
    const int n = settings.beginReadArray(QStringLiteral("connections/logfire"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        LogfireConnection c;
        c.id = settings.value(QStringLiteral("id")).toString();
        c.name = settings.value(QStringLiteral("name")).toString();
        c.region = settings.value(QStringLiteral("region")).toString();
        c.baseUrl = settings.value(QStringLiteral("baseUrl")).toString();
        if (!c.id.isEmpty())
            list.push_back(c);
    }
    settings.endArray();
    return list;
}

void ConnectionList::save(QSettings &settings, const QList<LogfireConnection> &connections)
{
    settings.remove(QStringLiteral("connections/logfire"));
    settings.beginWriteArray(QStringLiteral("connections/logfire"), int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        settings.setArrayIndex(i);
        const auto &c = connections[i];
        settings.setValue(QStringLiteral("id"), c.id);
        settings.setValue(QStringLiteral("name"), c.name);
        settings.setValue(QStringLiteral("region"), c.region);
        settings.setValue(QStringLiteral("baseUrl"), c.baseUrl);
    }
    settings.endArray();
}

QString ConnectionList::active(QSettings &settings)
{
    return settings.value(QStringLiteral("connections/active"), QStringLiteral("local")).toString();
}

void ConnectionList::setActive(QSettings &settings, const QString &id)
{
    settings.setValue(QStringLiteral("connections/active"), id);
}

QString ConnectionList::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

std::optional<LogfireConnection> ConnectionList::fromEnvironment(QString *token)
{
    const QString envToken = qEnvironmentVariable("LOGFIRE_READ_TOKEN");
    if (envToken.isEmpty())
        return std::nullopt;
    LogfireConnection c;
    c.id = QStringLiteral("env");
    c.name = QStringLiteral("Logfire (LOGFIRE_READ_TOKEN)");
    const QString base = qEnvironmentVariable("LOGFIRE_BASE_URL");
    if (base.isEmpty()) {
        c.region = logfireRegionFromToken(envToken);
        if (c.region.isEmpty())
            c.region = QStringLiteral("us");
    } else {
        c.baseUrl = base;
    }
    if (token)
        *token = envToken;
    return c;
}

} // namespace hearth::core
