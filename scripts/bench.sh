#!/usr/bin/env bash
# Builds the release preset and runs every benchmark script bench/run_*.sh, printing the figures.
# Usage: scripts/bench.sh [name ...]   (e.g. scripts/bench.sh ingest query)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
export HEARTH_BUILD_DIR="$PWD/build/release"
shopt -s nullglob
scripts=(bench/run_*.sh)
if (($# > 0)); then
  scripts=()
  for name in "$@"; do scripts+=("bench/run_${name}.sh"); done
fi
for s in "${scripts[@]}"; do
  echo "=== $s"
  bash "$s"
done
