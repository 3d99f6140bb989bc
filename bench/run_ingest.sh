#!/usr/bin/env bash
# OTLP intake benchmark (issue 3). Builds nothing: uses $HEARTH_BUILD_DIR (default build/release).
#   bench/run_ingest.sh [--spans N] [--connections C] [--overload-connections O]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${HEARTH_BUILD_DIR:-build/release}"
exec "$BUILD/bench/bench_ingest" --cli "$BUILD/hearth-cli" "$@"
