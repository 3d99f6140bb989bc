#!/bin/sh
# Demo data speed (issue 2: 1,000,000 records in under 60 s). Also times the `hearth-cli demo`
# path end to end and reports records/s.
set -eu
BUILD="${HEARTH_BUILD_DIR:-build/release}"
TRACES="${1:-72000}"      # about 1,000,000 records
CLI_TRACES="${2:-7200}"   # the end-to-end CLI pass, kept short on a shared machine
"$BUILD/bench/bench_demo" --traces "$TRACES"

DIR=$(mktemp -d "${TMPDIR:-/tmp}/hearth-demo-XXXXXX")
trap 'rm -rf "$DIR"' EXIT
START=$(date +%s.%N)
"$BUILD/hearth-cli" demo --db "$DIR/cli.hearth" --traces "$CLI_TRACES" --end 2026-11-28T04:00:00Z > "$DIR/out.txt"
END=$(date +%s.%N)
RECORDS=$(sed -n 's/^ *records: *\([0-9]*\)$/\1/p' "$DIR/out.txt")
echo "hearth-cli demo --traces $CLI_TRACES: $RECORDS records in $(echo "$END - $START" | bc) s wall," \
     "$(echo "$RECORDS / ($END - $START)" | bc) records/s (process start and final checkpoint included)"
