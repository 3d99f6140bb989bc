#!/usr/bin/env bash
# Regenerates docs/screenshots/tour-*.png: each step of the first-run tour (connect to a Logfire
# project, switch connection, Live, Explore, a trace with an LLM span, the LLM dashboard, alerts,
# the command palette and the shortcuts list) in the light theme, the dark theme and German.
#
#   scripts/screenshots.sh [OUT_DIR]      (default docs/screenshots; HEARTH_BUILD_DIR=build/dev)
#
# Runs on a fresh demo store with throw-away settings, under one Xvfb server (xvfb-run), and
# points the Logfire connection at `hearth-cli serve --query-api` on a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${HEARTH_BUILD_DIR:-build/dev}
OUT=$(realpath -m "${1:-docs/screenshots}")

if [[ -z "${HEARTH_SCREENSHOTS_UNDER_X:-}" ]]; then
    export HEARTH_SCREENSHOTS_UNDER_X=1
    exec xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" "$0" "$@"
fi

HEARTH=$(realpath "$BUILD/hearth")
CLI=$(realpath "$BUILD/hearth-cli")
work=$(mktemp -d)
serve_pid=
cleanup() {
    [[ -n "$serve_pid" ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8
mkdir -p "$OUT" "$XDG_CONFIG_HOME/hearth"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The receiver listens on free ports so a running Hearth or collector does not get in the way.
cat > "$XDG_CONFIG_HOME/hearth/hearth.conf" <<CONF
[receiver]
httpPort=$(free_port)
grpcPort=$(free_port)
CONF

db=$work/demo.hearth
"$CLI" demo --db "$db" --traces 300 >/dev/null

# A Logfire-compatible query API over the same store, for the connection steps.
port=$(free_port)
token=pylf_v1_us_screenshotdemotoken
"$CLI" serve --db "$db" --no-otlp --query-api "127.0.0.1:$port" --query-token "$token" \
    >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do
    grep -q "query-api: listening" "$work/serve.log" && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
done
grep -q "query-api: listening" "$work/serve.log" || { echo "query API did not start" >&2; exit 1; }

# An LLM span (a model request with token counts) and its trace.
llm=$(python3 - "$db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
row = con.execute("SELECT trace_id, span_id FROM _records WHERE _gen_ai_input_tokens > 0 "
                  "AND span_name LIKE 'chat %' AND level < 17 "
                  "ORDER BY _gen_ai_input_tokens DESC LIMIT 1").fetchone()
print(f"{row[0]}/{row[1]}")
PY
)

# A few alert rules with some history, so the Alerts page has something to show.
cat > "$work/alerts.json" <<'JSON'
[
  {"name": "Failed model requests", "description": "LLM calls that ended in an error",
   "query": "SELECT trace_id, span_name, exception_type FROM records WHERE level >= 17 AND span_name LIKE 'chat %'",
   "time_window": "P7D", "frequency": "PT5M", "notify_when": "has_matches"},
  {"name": "Slow agent runs", "description": "Agent runs slower than 8 seconds",
   "query": "SELECT trace_id, span_name, duration FROM records WHERE span_name LIKE '%agent run' AND duration > 8",
   "time_window": "P7D", "frequency": "PT10M", "notify_when": "has_matches"},
  {"name": "Gateway 5xx", "description": "Server errors answered by the gateway",
   "query": "SELECT trace_id, http_response_status_code FROM records WHERE service_name = 'gateway' AND http_response_status_code >= 500",
   "time_window": "PT1H", "frequency": "PT1M", "notify_when": "has_matches"},
  {"name": "Token budget", "description": "More than a million input tokens in a day",
   "query": "SELECT sum(attributes->>'gen_ai.usage.input_tokens') AS tokens FROM records HAVING tokens > 1000000",
   "time_window": "P1D", "frequency": "PT1H", "notify_when": "has_matches"}
]
JSON
"$CLI" alerts import "$work/alerts.json" --db "$db" >/dev/null
for _ in 1 2 3; do "$CLI" alerts run-once --db "$db" >/dev/null || true; done

# shot NAME THEME LANGUAGE [hearth options…]
shot() {
    local name=$1 theme=$2 language=$3
    shift 3
    HEARTH_LANGUAGE=$language LOGFIRE_READ_TOKEN=$token LOGFIRE_BASE_URL="http://127.0.0.1:$port" \
        "$HEARTH" --db "$db" --no-demo --theme "$theme" --size 1280x800 --connection local \
        --screenshot "$OUT/tour-$name.png" "$@" >/dev/null
    echo "tour-$name.png"
}

# 9 light, 5 dark and 4 German views: every step once in light, the main views in dark, and
# the steps with the most text in German.
for variant in "light light en" "dark dark en" "de light de"; do
    read -r suffix theme language <<<"$variant"
    if [[ $suffix != dark ]]; then
        shot "01-connection-$suffix" "$theme" "$language" --page settings --dialog connection
        shot "09-shortcuts-$suffix" "$theme" "$language" --page live --dialog shortcuts
    fi
    shot "04-live-$suffix" "$theme" "$language" --page live
    shot "05-trace-llm-$suffix" "$theme" "$language" --trace "$llm"
    if [[ $suffix != de ]]; then
        shot "03-explore-logfire-$suffix" "$theme" "$language" --connection env --page explore \
            --command "Run the query"
        shot "06-dashboard-llm-$suffix" "$theme" "$language" --command "LLM Tokens and Costs"
        shot "07-alerts-$suffix" "$theme" "$language" --page alerts
    fi
    if [[ $suffix == light ]]; then
        shot "02-switcher-$suffix" "$theme" "$language" --page live --dialog switcher
        shot "08-palette-$suffix" "$theme" "$language" --page live --dialog palette
    fi
    if [[ $suffix == de ]]; then
        shot "08-palette-$suffix" "$theme" "$language" --page live --dialog palette --palette-text "llm"
    fi
done
