#!/usr/bin/env bash
# Trace waterfall benchmark: writes 100k- and 1M-span traces with core::Store::write (once, cached
# in $HEARTH_BENCH_DIR), then measures open time, peak RSS and paint time per frame.
set -euo pipefail
BUILD=${HEARTH_BUILD_DIR:-build/release}
DIR=${HEARTH_BENCH_DIR:-/tmp/hearth-bench-trace}
SIZES=${TRACE_SIZES:-"100000 1000000"}
mkdir -p "$DIR"
DB="$DIR/traces.hearth"
IDS="$DIR/ids.txt"
if [[ ! -s "$IDS" ]]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  echo "# writing fixtures (once) into $DB"
  "$BUILD/bench/bench_trace_fixtures" "$DB" $SIZES | tee "$IDS"
fi
export QT_QPA_PLATFORM=offscreen
for size in $SIZES; do
  id=$(awk -v k="big$size" '$1==k {print $2}' "$IDS")
  echo "== ${size}-span trace ($id)"
  # One process per trace so that peak RSS is this trace's alone.
  "$BUILD/bench/bench_trace_gui" "$DB" "$id"
done
