#!/usr/bin/env bash
# Installs the pinned OpenTelemetry JS / Logfire clients used by the OTLP integration tests
# (package-lock.json is committed; node_modules is not). Skips the install when it is current.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -f node_modules/.package-lock.json ]] && cmp -s <(node -e 'const l=require("./package-lock.json");console.log(JSON.stringify(l.packages))') \
     <(node -e 'const l=require("./node_modules/.package-lock.json");const p={...l.packages};const r=require("./package-lock.json").packages;console.log(JSON.stringify(Object.fromEntries(Object.keys(r).map(k=>[k,k===""?r[""]:p[k]]))))'); then
  echo "integration setup: node_modules is current"
  exit 0
fi
npm ci --no-audit --no-fund
