#!/usr/bin/env bash
# Import benchmark: an N-row (default 1M) Logfire v2 JSON export into a fresh store (time, rows/s,
# peak RSS, stages), against two baselines of the same run: a bare SAX pass over the file and the
# same rows written with plain Store::write. RUNS=3 repeats the import (the export is generated
# once and reused); the load average is printed around every run, because the machine is shared.
set -euo pipefail
BUILD="${HEARTH_BUILD_DIR:-build/release}"
ROWS="${1:-1000000}"
RUNS="${RUNS:-1}"
if [[ ! -x "$BUILD/bench/bench_import" ]]; then
  cmake --preset release >/dev/null
  cmake --build "$BUILD" --target bench_import -j2
fi
EXPORT="$(mktemp -d /tmp/hearth-import-bench-XXXXXX)"
trap 'rm -rf "$EXPORT"' EXIT
for ((run = 1; run <= RUNS; run++)); do
  echo "== run $run/$RUNS, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$BUILD/bench/bench_import" --rows "$ROWS" --file "$EXPORT/export-$ROWS.json" || status=$?
  echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
exit "${status:-0}"
