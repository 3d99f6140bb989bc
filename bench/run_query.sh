#!/bin/sh
# LLM Tokens and Costs panel queries: hot-attribute columns vs raw JSON, at 1M records.
# Pass --records 10000000 for the 10M run (generation takes several minutes; run it sparingly).
set -eu
BUILD="${HEARTH_BUILD_DIR:-build/release}"
exec nice "$BUILD/bench/bench_query" "$@"
