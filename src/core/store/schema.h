// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

namespace hearth::core::schema {

// PRAGMA application_id of a Hearth store ("HRTH"), so a random SQLite file is not taken for one.
constexpr int kApplicationId = 0x48525448;
// PRAGMA user_version: the schema this build writes. Opening an older file runs the migrations
// after its version; a newer one is refused.
int currentVersion();

// The SQL that brings a store from version `index` to `index + 1`.
const std::vector<std::string_view> &migrations();

// Adds one (minute, model) delta to the LLM rollup: ?1 minute (µs), ?2 model ('' for none),
// ?3 spans, ?4/?5 input tokens count/sum, ?6/?7 output tokens count/sum, ?8/?9 cost count/sum.
std::string_view addLlmMinuteSql();
// Recomputes `_llm_minutes` from `_records`, for bulk copies that bypass Store::write.
std::string_view rebuildLlmRollupSql();

// The traces that have pending spans, as the writer lists them when it opens a store.
std::string_view pendingTracesSql();

// Column lists in Logfire order, as `SELECT *` on the views returns them.
const std::vector<std::string_view> &recordColumns();
const std::vector<std::string_view> &metricColumns();

} // namespace hearth::core::schema
