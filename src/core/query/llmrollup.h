// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/timeutil.h"

#include <optional>
#include <QString>

namespace hearth::core {

// The LLM Tokens and Costs panels (logfire.md §3.5) group every model-request span of the range
// by time bucket and model. Over days that is hundreds of thousands of rows to sort, so the store
// keeps per-minute totals (`_llm_minutes`, maintained by triggers) and this rewrites a translated
// query of exactly that family onto them:
//
//   SELECT time_bucket(<whole minutes>, start_timestamp) AS x, <model> AS m,
//          SUM(<input|output tokens|cost>[::numeric]) AS a, ..., count() AS c
//   FROM records WHERE attributes ? 'gen_ai.request.model' | attributes ? 'operation.cost'
//   GROUP BY x, m [ORDER BY ...]
//
// Whole minutes inside the request window come from the rollup; the partial minutes at its edges
// come from the spans themselves, so results equal the direct query exactly (up to float
// summation order). Anything else returns nullopt and runs as translated.
std::optional<QString> rewriteOntoLlmRollup(const QString &translatedSql,
                                            std::optional<Micros> minTimestamp,
                                            std::optional<Micros> maxTimestamp);

} // namespace hearth::core
