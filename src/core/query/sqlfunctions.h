// SPDX-License-Identifier: MIT
#pragma once

#include <sqlite3.h>

namespace hearth::core {

// Registers the functions the Logfire-dialect translator emits on a (read-only) connection:
// time_bucket, date_trunc, hearth_extract, level_num, level_name, greatest, least,
// hearth_percentile (aggregate), regexp_like/REGEXP, string helpers, timestamp conversions.
// Timestamps are integer microseconds since the epoch, UTC. Returns an SQLite result code.
int registerQueryFunctions(sqlite3 *db);

} // namespace hearth::core
