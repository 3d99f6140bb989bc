#!/usr/bin/env bash
# Install dependencies, build (warnings are errors), and run the whole test suite.
# Exits non-zero on any failure, and when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
[[ -x tests/integration/setup.sh ]] && tests/integration/setup.sh
ctest --preset ci
