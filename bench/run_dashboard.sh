#!/bin/sh
# Dashboard benchmark: opening LLM Tokens and Costs (records variant, last 7 days) on a ~1M-record
# store, re-opening it with unchanged inputs, and a 100,000-point chart.
# The store is built once in $HEARTH_BENCH_DIR: `hearth-cli demo` (400 traces over 7 days), then
# its records are copied under new trace ids (sqlite3 CLI) until there are ~1M rows, so the
# panels aggregate a realistic mix at 1M scale without a 20-minute demo run.
set -eu
BUILD=${HEARTH_BUILD_DIR:-build/release}
DIR=${HEARTH_BENCH_DIR:-/tmp/hearth-bench}
COPIES=${HEARTH_BENCH_COPIES:-190}
mkdir -p "$DIR"
STORE="$DIR/dashboard-1m.hearth"
if [ ! -f "$STORE" ]; then
  "$BUILD/hearth-cli" demo --db "$STORE" --traces 400 --days 7 >/dev/null
  COLS=$(sqlite3 "$STORE" "SELECT group_concat(name, ', ') FROM pragma_table_info('_records')")
  SEL=$(echo "$COLS" | sed 's/\btrace_id\b/trace_id || printf('"'"'%04d'"'"', k)/')
  sqlite3 "$STORE" "WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < $COPIES)
    INSERT INTO _records ($COLS) SELECT $SEL FROM _records, c;"
fi
"$BUILD/hearth-cli" info --db "$STORE"
"$BUILD/bench/bench_dashboard_gui" "$STORE" llm-tokens-and-costs-records 7d
