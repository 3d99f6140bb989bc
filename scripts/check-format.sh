#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' | grep -v '^tests/integration/node_modules/' || true)
if ((${#files[@]} == 0)); then exit 0; fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/hearth-format.log; then
  echo "check-format: these files need clang-format -i:" >&2
  grep -oE '^[^ :]+\.(cpp|h):' /tmp/hearth-format.log | tr -d ':' | sort -u >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
