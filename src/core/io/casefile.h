// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/util/timeutil.h"

#include <optional>
#include <QString>
#include <QStringList>

namespace hearth::core::io {

// What goes into a case file: whole traces and/or a time window, and the context around them.
struct CaseSelection
{
    QStringList traceIds; // every record of these traces
    std::optional<Micros> minUs; // plus every record and metric point in [minUs, maxUs)
    std::optional<Micros> maxUs;
    QStringList dashboards; // by name; empty = all of them
    bool includeDashboards = true;
    bool includeSavedSearches = true;
    QString title;
    QString description;
};

struct CaseSummary
{
    qint64 records = 0;
    qint64 metrics = 0;
    qint64 dashboards = 0;
    qint64 savedSearches = 0;
    qint64 notes = 0;
    qint64 redactedValues = 0;
};

// Writes one self-contained SQLite file with the store's schema (Store::open creates it; rows are
// copied with ATTACH + INSERT…SELECT): the selected records, metrics over the same time span,
// dashboards, saved searches, and the notes on the selected traces. Secrets stay behind: alert
// rules (webhook URLs), the source's settings, and attribute values under secret-looking keys
// (authorization, cookie, password, api keys, tokens) are never copied. The file uses a rollback
// journal, not WAL, so another Hearth can open it read-only from anywhere.
Result<CaseSummary> writeCaseFile(const QString &sourceStorePath, const CaseSelection &selection,
                                  const QString &outPath);

// Whether `path` is a case file written by writeCaseFile (its hearth_meta says so). Such files are
// opened read-only by the app, whatever the caller asked for.
bool isCaseFile(const QString &path);

// True for attribute keys whose values are credentials (last dotted segment).
bool isSecretKey(const std::string &key);

} // namespace hearth::core::io
