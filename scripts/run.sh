#!/usr/bin/env bash
# Quick start: install dependencies, build, and start Hearth on the embedded default store
# ($XDG_DATA_HOME/hearth/default.hearth, filled with demo data on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
exec build/release/hearth "$@"
