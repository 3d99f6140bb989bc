// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboarddocument.h"
#include "core/result.h"

#include <QString>
#include <QVector>

namespace hearth::core {

class Store;

struct DashboardEntry
{
    QString id; // "std:<slug>" for standard dashboards, "user:<rowid>" for saved ones
    QString name;
    bool standard = false;
    qint64 rowId = -1;
    DashboardDocument document;
};

// Where dashboards live: the standard ones in resources (read-only), the user's in the store's
// `dashboards` table (written through the store's writer connection).
class DashboardRepository
{
public:
    static QVector<DashboardEntry> standardDashboards();
    static Result<QVector<DashboardEntry>> userDashboards(const QString &storePath);
    // Inserts (rowId < 0) or updates; the name must be unique. Returns the row id.
    static Result<qint64> save(Store &store, const DashboardDocument &document, qint64 rowId = -1);
    static Status remove(Store &store, qint64 rowId);
    // A name not used by any dashboard in the store: "Name", "Name (copy)", "Name (copy 2)".
    static QString uniqueName(const QString &storePath, const QString &wanted);
    // By standard slug or name, by user dashboard name (case-insensitive), or by JSON file path.
    static Result<DashboardDocument> find(const QString &storePath, const QString &nameOrFile);
};

} // namespace hearth::core
