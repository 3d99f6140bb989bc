#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Live view benchmarks (issue 5): first screen on a 1M-record store, and GUI event-loop stalls
# while another thread writes 20,000 spans/s through core::Store and the Live view follows.
# Usage: bench/run_live.sh [--records N] [--rate R] [--seconds S]
# The store is built once in /tmp/hearth-bench-live.db (about a minute) and reused.
set -euo pipefail
BUILD_DIR="${HEARTH_BUILD_DIR:-build/release}"
BIN="$BUILD_DIR/bench/bench_live_gui"
if [[ ! -x "$BIN" ]]; then
  echo "missing $BIN: cmake --build --preset release --target bench_live_gui" >&2
  exit 1
fi
export QT_QPA_PLATFORM=offscreen
"$BIN" --records 1000000 --rate 20000 --seconds 10 "$@"
