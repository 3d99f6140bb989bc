#!/usr/bin/env bash
# Import benchmark: a 1M-row Logfire v2 JSON export into a fresh store (time, rows/s, peak RSS),
# against a bare SAX pass over the same file as the in-run baseline.
set -euo pipefail
BUILD="${HEARTH_BUILD_DIR:-build/release}"
ROWS="${1:-1000000}"
if [[ ! -x "$BUILD/bench/bench_import" ]]; then
  cmake --preset release >/dev/null
  cmake --build "$BUILD" --target bench_import -j2
fi
"$BUILD/bench/bench_import" --rows "$ROWS"
