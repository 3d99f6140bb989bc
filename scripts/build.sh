#!/usr/bin/env bash
# Configures and builds Hearth. Usage: scripts/build.sh [preset]   (default: dev)
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET="${1:-dev}"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET"
