// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QList>
#include <QString>

class QSettings;

namespace hearth::core {

// A Logfire project to query. The token is not part of it: it lives in the keychain under
// tokenKey(), so this can be saved to plain settings and listed anywhere.
struct LogfireConnection
{
    QString id; // stable, generated
    QString name;
    QString region; // "us", "eu", or empty for a custom base URL
    QString baseUrl; // used when region is empty (self-hosted)

    QString effectiveBaseUrl() const;
    QString tokenKey() const
    {
        return QStringLiteral("connection/") + id + QStringLiteral("/token");
    }
    bool operator==(const LogfireConnection &) const = default;
};

// Base URL for a region as Logfire documents it (logfire.md §0).
QString logfireRegionBaseUrl(const QString &region);
// A read token's region from its prefix (pylf_v1_us_…, pylf_v1_eu_…), else empty.
QString logfireRegionFromToken(const QString &token);

// The list of connections in QSettings ("connections/logfire"), plus the active one
// ("connections/active": "local" or a connection id).
class ConnectionList
{
public:
    static QList<LogfireConnection> load(QSettings &settings);
    static void save(QSettings &settings, const QList<LogfireConnection> &connections);
    static QString active(QSettings &settings);
    static void setActive(QSettings &settings, const QString &id);
    static QString newId();

    // LOGFIRE_READ_TOKEN / LOGFIRE_BASE_URL give a ready connection for a quick start.
    static std::optional<LogfireConnection> fromEnvironment(QString *token);
};

} // namespace hearth::core
