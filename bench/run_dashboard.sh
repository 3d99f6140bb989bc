#!/bin/sh
# Dashboard benchmark: opening LLM Tokens and Costs (records, last 7 days) on a ~1M-record store.
# The store is generated once with `hearth-cli demo` and kept in $HEARTH_BENCH_DIR.
set -eu
BUILD=${HEARTH_BUILD_DIR:-build/release}
DIR=${HEARTH_BENCH_DIR:-/tmp/hearth-bench}
TRACES=${HEARTH_BENCH_TRACES:-20000}
mkdir -p "$DIR"
STORE="$DIR/dashboard-$TRACES.hearth"
if [ ! -f "$STORE" ]; then
  echo "generating $STORE ($TRACES demo traces)..."
  "$BUILD/hearth-cli" demo --db "$STORE" --traces "$TRACES" --days 7
fi
"$BUILD/hearth-cli" info --db "$STORE"
"$BUILD/bench/bench_dashboard_gui" "$STORE" llm-tokens-and-costs-records 7d
