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

// Column lists in Logfire order, as `SELECT *` on the views returns them.
const std::vector<std::string_view> &recordColumns();
const std::vector<std::string_view> &metricColumns();

} // namespace hearth::core::schema
