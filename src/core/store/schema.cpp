// SPDX-License-Identifier: MIT
#include "core/store/schema.h"

namespace hearth::core::schema {

namespace {

// Version 1. Generated once from the column tables of logfire.md §1.3 and §1.6; edit by hand from
// here on, and add a new entry to kMigrations for every change to a released schema.
constexpr std::string_view kVersion1 = R"SQL(
CREATE TABLE _records (
    start_timestamp TIMESTAMP NOT NULL,
    end_timestamp TIMESTAMP NOT NULL,
    duration DOUBLE,
    trace_id TEXT NOT NULL,
    span_id TEXT NOT NULL,
    parent_span_id TEXT,
    kind TEXT NOT NULL,
    level INTEGER NOT NULL,
    span_name TEXT NOT NULL,
    message TEXT NOT NULL,
    attributes JSON,
    attributes_json_schema TEXT,
    tags LIST,
    otel_status_code TEXT,
    otel_status_message TEXT,
    otel_events JSON,
    otel_links JSON,
    otel_scope_name TEXT,
    otel_scope_version TEXT,
    otel_scope_attributes JSON,
    otel_resource_attributes JSON,
    service_name TEXT NOT NULL,
    service_version TEXT,
    service_instance_id TEXT,
    service_namespace TEXT,
    deployment_environment TEXT,
    process_pid INTEGER,
    telemetry_sdk_name TEXT,
    telemetry_sdk_language TEXT,
    telemetry_sdk_version TEXT,
    is_exception BOOLEAN,
    exception_type TEXT,
    exception_message TEXT,
    exception_stacktrace TEXT,
    http_response_status_code INTEGER,
    http_method TEXT,
    http_route TEXT,
    url_full TEXT,
    url_path TEXT,
    url_query TEXT,
    log_body TEXT,
    _gen_ai_request_model TEXT,
    _gen_ai_response_model TEXT,
    _gen_ai_operation_name TEXT,
    _gen_ai_system TEXT,
    _gen_ai_input_tokens INTEGER,
    _gen_ai_output_tokens INTEGER,
    _operation_cost DOUBLE
);
CREATE UNIQUE INDEX _records_trace_span ON _records(trace_id, span_id);
CREATE INDEX _records_start ON _records(start_timestamp);
-- The Live view's tail polls by end time: spans are exported when they end, so long spans that
-- started before the last poll still land in order here.
CREATE INDEX _records_end ON _records(end_timestamp);
-- Narrow covering indexes for the LLM Tokens and Costs panels (model-request spans only), so that
-- grouping tokens/cost by model over time reads index pages instead of wide rows (perf-notes.md);
-- level is included for the calls/errors panels (level >= 'error').
CREATE INDEX _records_llm_tokens ON _records(start_timestamp, _gen_ai_request_model, _gen_ai_input_tokens, _gen_ai_output_tokens, kind, level) WHERE _gen_ai_request_model IS NOT NULL;
CREATE INDEX _records_llm_cost ON _records(start_timestamp, _gen_ai_request_model, _operation_cost, kind) WHERE _operation_cost IS NOT NULL;

-- Per-minute totals of model-request spans by model, kept by triggers, so that the LLM Tokens and
-- Costs panels over days read a few thousand rows instead of every span (the query engine rewrites
-- those panel queries onto it: core/query/llmrollup.cpp). model '' stands for NULL.
CREATE TABLE _llm_minutes (
    minute INTEGER NOT NULL,
    model TEXT NOT NULL,
    spans INTEGER NOT NULL,
    input_n INTEGER NOT NULL,
    input_sum INTEGER NOT NULL,
    output_n INTEGER NOT NULL,
    output_sum INTEGER NOT NULL,
    cost_n INTEGER NOT NULL,
    cost_sum DOUBLE NOT NULL,
    PRIMARY KEY (minute, model)
) WITHOUT ROWID;
CREATE TRIGGER _llm_minutes_insert AFTER INSERT ON _records
WHEN NEW.kind != 'pending_span' AND (NEW._gen_ai_request_model IS NOT NULL OR NEW._operation_cost IS NOT NULL)
BEGIN
    INSERT INTO _llm_minutes VALUES (NEW.start_timestamp / 60000000 * 60000000, COALESCE(NEW._gen_ai_request_model, ''), 1, NEW._gen_ai_input_tokens IS NOT NULL, COALESCE(NEW._gen_ai_input_tokens, 0), NEW._gen_ai_output_tokens IS NOT NULL, COALESCE(NEW._gen_ai_output_tokens, 0), NEW._operation_cost IS NOT NULL, COALESCE(NEW._operation_cost, 0))
    ON CONFLICT (minute, model) DO UPDATE SET spans = spans + 1, input_n = input_n + excluded.input_n, input_sum = input_sum + excluded.input_sum, output_n = output_n + excluded.output_n, output_sum = output_sum + excluded.output_sum, cost_n = cost_n + excluded.cost_n, cost_sum = cost_sum + excluded.cost_sum;
END;
CREATE TRIGGER _llm_minutes_delete AFTER DELETE ON _records
WHEN OLD.kind != 'pending_span' AND (OLD._gen_ai_request_model IS NOT NULL OR OLD._operation_cost IS NOT NULL)
BEGIN
    UPDATE _llm_minutes SET spans = spans - 1, input_n = input_n - (OLD._gen_ai_input_tokens IS NOT NULL), input_sum = input_sum - COALESCE(OLD._gen_ai_input_tokens, 0), output_n = output_n - (OLD._gen_ai_output_tokens IS NOT NULL), output_sum = output_sum - COALESCE(OLD._gen_ai_output_tokens, 0), cost_n = cost_n - (OLD._operation_cost IS NOT NULL), cost_sum = cost_sum - COALESCE(OLD._operation_cost, 0)
    WHERE minute = OLD.start_timestamp / 60000000 * 60000000 AND model = COALESCE(OLD._gen_ai_request_model, '');
    DELETE FROM _llm_minutes WHERE minute = OLD.start_timestamp / 60000000 * 60000000 AND model = COALESCE(OLD._gen_ai_request_model, '') AND spans = 0;
END;
CREATE TRIGGER _llm_minutes_update AFTER UPDATE ON _records
BEGIN
    UPDATE _llm_minutes SET spans = spans - 1, input_n = input_n - (OLD._gen_ai_input_tokens IS NOT NULL), input_sum = input_sum - COALESCE(OLD._gen_ai_input_tokens, 0), output_n = output_n - (OLD._gen_ai_output_tokens IS NOT NULL), output_sum = output_sum - COALESCE(OLD._gen_ai_output_tokens, 0), cost_n = cost_n - (OLD._operation_cost IS NOT NULL), cost_sum = cost_sum - COALESCE(OLD._operation_cost, 0)
    WHERE OLD.kind != 'pending_span' AND (OLD._gen_ai_request_model IS NOT NULL OR OLD._operation_cost IS NOT NULL) AND minute = OLD.start_timestamp / 60000000 * 60000000 AND model = COALESCE(OLD._gen_ai_request_model, '');
    DELETE FROM _llm_minutes WHERE minute = OLD.start_timestamp / 60000000 * 60000000 AND model = COALESCE(OLD._gen_ai_request_model, '') AND spans = 0;
    INSERT INTO _llm_minutes SELECT NEW.start_timestamp / 60000000 * 60000000, COALESCE(NEW._gen_ai_request_model, ''), 1, NEW._gen_ai_input_tokens IS NOT NULL, COALESCE(NEW._gen_ai_input_tokens, 0), NEW._gen_ai_output_tokens IS NOT NULL, COALESCE(NEW._gen_ai_output_tokens, 0), NEW._operation_cost IS NOT NULL, COALESCE(NEW._operation_cost, 0)
    WHERE NEW.kind != 'pending_span' AND (NEW._gen_ai_request_model IS NOT NULL OR NEW._operation_cost IS NOT NULL)
    ON CONFLICT (minute, model) DO UPDATE SET spans = spans + 1, input_n = input_n + excluded.input_n, input_sum = input_sum + excluded.input_sum, output_n = output_n + excluded.output_n, output_sum = output_sum + excluded.output_sum, cost_n = cost_n + excluded.cost_n, cost_sum = cost_sum + excluded.cost_sum;
END;

CREATE TABLE _metrics (
    recorded_timestamp TIMESTAMP NOT NULL,
    start_timestamp TIMESTAMP,
    metric_name TEXT NOT NULL,
    metric_type TEXT NOT NULL,
    unit TEXT NOT NULL,
    metric_description TEXT,
    aggregation_temporality TEXT,
    is_monotonic BOOLEAN,
    scalar_value DOUBLE,
    histogram_min DOUBLE,
    histogram_max DOUBLE,
    histogram_sum DOUBLE,
    histogram_count INTEGER,
    histogram_bucket_counts LIST,
    histogram_explicit_bounds LIST,
    exp_histogram_scale INTEGER,
    exp_histogram_zero_count INTEGER,
    exp_histogram_zero_threshold DOUBLE,
    exp_histogram_positive_bucket_counts LIST,
    exp_histogram_positive_bucket_counts_offset INTEGER,
    exp_histogram_negative_bucket_counts LIST,
    exp_histogram_negative_bucket_counts_offset INTEGER,
    exemplars JSON,
    attributes JSON,
    attributes_json_schema TEXT,
    otel_scope_name TEXT,
    otel_scope_version TEXT,
    otel_scope_attributes JSON,
    otel_resource_attributes JSON,
    service_name TEXT NOT NULL,
    service_namespace TEXT,
    service_version TEXT,
    service_instance_id TEXT,
    deployment_environment TEXT,
    process_pid INTEGER,
    telemetry_sdk_name TEXT,
    telemetry_sdk_language TEXT,
    telemetry_sdk_version TEXT
);
CREATE INDEX _metrics_recorded ON _metrics(recorded_timestamp, metric_name);
-- A data point is identified by its stream (name, attributes, resource, scope) and its time, so the
-- same point sent or imported twice is stored once (INSERT OR IGNORE in the writer).
CREATE UNIQUE INDEX _metrics_point ON _metrics(metric_name, recorded_timestamp, ifnull(start_timestamp, 0), ifnull(attributes, ''), ifnull(otel_resource_attributes, ''), ifnull(otel_scope_name, ''));

-- Engine views: timestamps stay integer microseconds (declared TIMESTAMP so result columns are typed).
CREATE VIEW _q_records_all AS SELECT
    start_timestamp, end_timestamp, duration, trace_id, span_id, parent_span_id, kind, level, span_name, message, attributes, attributes_json_schema, tags, otel_status_code, otel_status_message, otel_events, otel_links, otel_scope_name, otel_scope_version, otel_scope_attributes, otel_resource_attributes, service_name, service_version, service_instance_id, service_namespace, deployment_environment, process_pid, telemetry_sdk_name, telemetry_sdk_language, telemetry_sdk_version, is_exception, exception_type, exception_message, exception_stacktrace, http_response_status_code, http_method, http_route, url_full, url_path, url_query, log_body,
    -- Materialised hot attributes for the translator (dropped from results; not Logfire columns).
    _gen_ai_request_model, _gen_ai_response_model, _gen_ai_operation_name, _gen_ai_system, _gen_ai_input_tokens, _gen_ai_output_tokens, _operation_cost
FROM _records;
CREATE VIEW _q_records AS SELECT * FROM _q_records_all WHERE kind != 'pending_span';
CREATE VIEW _q_metrics AS SELECT
    recorded_timestamp, start_timestamp, metric_name, metric_type, unit, metric_description, aggregation_temporality, is_monotonic, scalar_value, histogram_min, histogram_max, histogram_sum, histogram_count, histogram_bucket_counts, histogram_explicit_bounds, exp_histogram_scale, exp_histogram_zero_count, exp_histogram_zero_threshold, exp_histogram_positive_bucket_counts, exp_histogram_positive_bucket_counts_offset, exp_histogram_negative_bucket_counts, exp_histogram_negative_bucket_counts_offset, exemplars, attributes, attributes_json_schema, otel_scope_name, otel_scope_version, otel_scope_attributes, otel_resource_attributes, service_name, service_namespace, service_version, service_instance_id, deployment_environment, process_pid, telemetry_sdk_name, telemetry_sdk_language, telemetry_sdk_version,
    -- The same names as on _q_records so that one translation serves both tables.
    json_extract(attributes, '$."gen_ai.request.model"') AS _gen_ai_request_model, json_extract(attributes, '$."gen_ai.response.model"') AS _gen_ai_response_model, json_extract(attributes, '$."gen_ai.operation.name"') AS _gen_ai_operation_name, json_extract(attributes, '$."gen_ai.system"') AS _gen_ai_system, json_extract(attributes, '$."gen_ai.usage.input_tokens"') AS _gen_ai_input_tokens, json_extract(attributes, '$."gen_ai.usage.output_tokens"') AS _gen_ai_output_tokens, json_extract(attributes, '$."operation.cost"') AS _operation_cost
FROM _metrics;

-- Public views with Logfire's semantics for any SQLite reader: RFC 3339 UTC timestamps.
CREATE VIEW records_all AS SELECT
    CASE WHEN start_timestamp IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S', start_timestamp / 1000000, 'unixepoch') || printf('.%06dZ', start_timestamp % 1000000) END AS start_timestamp,
    CASE WHEN end_timestamp IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S', end_timestamp / 1000000, 'unixepoch') || printf('.%06dZ', end_timestamp % 1000000) END AS end_timestamp,
    duration,
    trace_id,
    span_id,
    parent_span_id,
    kind,
    level,
    span_name,
    message,
    attributes,
    attributes_json_schema,
    tags,
    otel_status_code,
    otel_status_message,
    otel_events,
    otel_links,
    otel_scope_name,
    otel_scope_version,
    otel_scope_attributes,
    otel_resource_attributes,
    service_name,
    service_version,
    service_instance_id,
    service_namespace,
    deployment_environment,
    process_pid,
    telemetry_sdk_name,
    telemetry_sdk_language,
    telemetry_sdk_version,
    is_exception,
    exception_type,
    exception_message,
    exception_stacktrace,
    http_response_status_code,
    http_method,
    http_route,
    url_full,
    url_path,
    url_query,
    log_body
FROM _records;
CREATE VIEW records AS SELECT * FROM records_all WHERE kind != 'pending_span';
CREATE VIEW metrics AS SELECT
    CASE WHEN recorded_timestamp IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S', recorded_timestamp / 1000000, 'unixepoch') || printf('.%06dZ', recorded_timestamp % 1000000) END AS recorded_timestamp,
    CASE WHEN start_timestamp IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S', start_timestamp / 1000000, 'unixepoch') || printf('.%06dZ', start_timestamp % 1000000) END AS start_timestamp,
    metric_name,
    metric_type,
    unit,
    metric_description,
    aggregation_temporality,
    is_monotonic,
    scalar_value,
    histogram_min,
    histogram_max,
    histogram_sum,
    histogram_count,
    histogram_bucket_counts,
    histogram_explicit_bounds,
    exp_histogram_scale,
    exp_histogram_zero_count,
    exp_histogram_zero_threshold,
    exp_histogram_positive_bucket_counts,
    exp_histogram_positive_bucket_counts_offset,
    exp_histogram_negative_bucket_counts,
    exp_histogram_negative_bucket_counts_offset,
    exemplars,
    attributes,
    attributes_json_schema,
    otel_scope_name,
    otel_scope_version,
    otel_scope_attributes,
    otel_resource_attributes,
    service_name,
    service_namespace,
    service_version,
    service_instance_id,
    deployment_environment,
    process_pid,
    telemetry_sdk_name,
    telemetry_sdk_language,
    telemetry_sdk_version
FROM _metrics;

CREATE TABLE hearth_meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    where_clause TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    is_saved BOOLEAN NOT NULL DEFAULT 1
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    trace_id TEXT NOT NULL,
    span_id TEXT,
    pinned BOOLEAN NOT NULL DEFAULT 1,
    body TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX notes_trace ON notes(trace_id, span_id);
CREATE TABLE dashboards (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    document JSON NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE alert_rules (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    document JSON NOT NULL,
    active BOOLEAN NOT NULL DEFAULT 1,
    snoozed_until TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);
CREATE TABLE alert_runs (
    id INTEGER PRIMARY KEY,
    rule_id INTEGER NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE,
    started_at TIMESTAMP NOT NULL,
    duration_ms DOUBLE,
    row_count INTEGER,
    state TEXT NOT NULL,
    transition TEXT,
    error TEXT,
    rows JSON,
    delivery JSON
);
CREATE INDEX alert_runs_rule ON alert_runs(rule_id, started_at);
)SQL";

// Version 2, for ingest speed (bench/RESULTS.md):
// - The writer keeps `_llm_minutes` for inserted rows itself, one upsert per (minute, model) per
//   transaction instead of a trigger per row (the trigger cost a third of the insert throughput).
//   Updates and deletes keep their triggers; the update trigger now leaves a pending span being
//   replaced by its real span to the writer, which counts that row as inserted. Bulk copies that
//   bypass Store::write rebuild the rollup (rebuildLlmRollupSql).
// - One covering index for model-request spans instead of two: a query filtering on either
//   column implies the OR, so both kinds of LLM query still read only index pages.
constexpr std::string_view kVersion2 = R"SQL(
DROP INDEX _records_llm_tokens;
DROP INDEX _records_llm_cost;
CREATE INDEX _records_llm ON _records(start_timestamp, _gen_ai_request_model, _gen_ai_input_tokens, _gen_ai_output_tokens, _operation_cost, kind, level) WHERE _gen_ai_request_model IS NOT NULL OR _operation_cost IS NOT NULL;
DROP TRIGGER _llm_minutes_insert;
DROP TRIGGER _llm_minutes_update;
CREATE TRIGGER _llm_minutes_update AFTER UPDATE ON _records
WHEN OLD.kind != 'pending_span'
BEGIN
    UPDATE _llm_minutes SET spans = spans - 1, input_n = input_n - (OLD._gen_ai_input_tokens IS NOT NULL), input_sum = input_sum - COALESCE(OLD._gen_ai_input_tokens, 0), output_n = output_n - (OLD._gen_ai_output_tokens IS NOT NULL), output_sum = output_sum - COALESCE(OLD._gen_ai_output_tokens, 0), cost_n = cost_n - (OLD._operation_cost IS NOT NULL), cost_sum = cost_sum - COALESCE(OLD._operation_cost, 0)
    WHERE (OLD._gen_ai_request_model IS NOT NULL OR OLD._operation_cost IS NOT NULL) AND minute = OLD.start_timestamp / 60000000 * 60000000 AND model = COALESCE(OLD._gen_ai_request_model, '');
    DELETE FROM _llm_minutes WHERE minute = OLD.start_timestamp / 60000000 * 60000000 AND model = COALESCE(OLD._gen_ai_request_model, '') AND spans = 0;
    INSERT INTO _llm_minutes SELECT NEW.start_timestamp / 60000000 * 60000000, COALESCE(NEW._gen_ai_request_model, ''), 1, NEW._gen_ai_input_tokens IS NOT NULL, COALESCE(NEW._gen_ai_input_tokens, 0), NEW._gen_ai_output_tokens IS NOT NULL, COALESCE(NEW._gen_ai_output_tokens, 0), NEW._operation_cost IS NOT NULL, COALESCE(NEW._operation_cost, 0)
    WHERE NEW.kind != 'pending_span' AND (NEW._gen_ai_request_model IS NOT NULL OR NEW._operation_cost IS NOT NULL)
    ON CONFLICT (minute, model) DO UPDATE SET spans = spans + 1, input_n = input_n + excluded.input_n, input_sum = input_sum + excluded.input_sum, output_n = output_n + excluded.output_n, output_sum = output_sum + excluded.output_sum, cost_n = cost_n + excluded.cost_n, cost_sum = cost_sum + excluded.cost_sum;
END;
)SQL";

// Version 3, for ingest speed: the JSON and LIST columns of the telemetry tables get TEXT affinity
// ("JSON TEXT", "LIST TEXT"). Declared plain JSON or LIST they had NUMERIC affinity, so SQLite
// tried to parse every attributes, events and resource value as a number before storing it as
// text: about a tenth of the writer's time (bench/RESULTS.md). The values on disk do not change
// (JSON text never converted to a number), no index holds these columns directly, and the
// _metrics_point index only holds ifnull() of them, which has no affinity, so the declared types
// are rewritten in place as SQLite documents for schema changes that leave the stored content
// valid, instead of copying every row into a new table. Store::initialise bumps schema_version
// after migrating so that every connection reloads the schema.
// Also an index of the pending spans alone: the writer lists their traces whenever it opens a
// store, which otherwise read every row.
constexpr std::string_view kVersion3 = R"SQL(
CREATE INDEX _records_pending ON _records(trace_id) WHERE kind = 'pending_span';
PRAGMA writable_schema=ON;
UPDATE sqlite_schema SET sql = replace(replace(sql, ' JSON,', ' JSON TEXT,'), ' LIST,', ' LIST TEXT,')
WHERE type = 'table' AND name IN ('_records', '_metrics');
PRAGMA writable_schema=OFF;
)SQL";

} // namespace

const std::vector<std::string_view> &migrations()
{
    static const std::vector<std::string_view> steps {kVersion1, kVersion2, kVersion3};
    return steps;
}

std::string_view addLlmMinuteSql()
{
    return "INSERT INTO _llm_minutes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
           "ON CONFLICT (minute, model) DO UPDATE SET spans = spans + excluded.spans, "
           "input_n = input_n + excluded.input_n, input_sum = input_sum + excluded.input_sum, "
           "output_n = output_n + excluded.output_n, output_sum = output_sum + "
           "excluded.output_sum, cost_n = cost_n + excluded.cost_n, cost_sum = cost_sum + "
           "excluded.cost_sum";
}

std::string_view rebuildLlmRollupSql()
{
    return "DELETE FROM _llm_minutes; "
           "INSERT INTO _llm_minutes SELECT start_timestamp / 60000000 * 60000000, "
           "COALESCE(_gen_ai_request_model, ''), count(*), count(_gen_ai_input_tokens), "
           "COALESCE(sum(_gen_ai_input_tokens), 0), count(_gen_ai_output_tokens), "
           "COALESCE(sum(_gen_ai_output_tokens), 0), count(_operation_cost), "
           "COALESCE(sum(_operation_cost), 0) FROM _records WHERE kind != 'pending_span' AND "
           "(_gen_ai_request_model IS NOT NULL OR _operation_cost IS NOT NULL) GROUP BY 1, 2";
}

std::string_view pendingTracesSql()
{
    return "SELECT DISTINCT trace_id FROM _records WHERE kind = 'pending_span'";
}

int currentVersion()
{
    return static_cast<int>(migrations().size());
}

const std::vector<std::string_view> &recordColumns()
{
    static const std::vector<std::string_view> columns {"start_timestamp",
                                                        "end_timestamp",
                                                        "duration",
                                                        "trace_id",
                                                        "span_id",
                                                        "parent_span_id",
                                                        "kind",
                                                        "level",
                                                        "span_name",
                                                        "message",
                                                        "attributes",
                                                        "attributes_json_schema",
                                                        "tags",
                                                        "otel_status_code",
                                                        "otel_status_message",
                                                        "otel_events",
                                                        "otel_links",
                                                        "otel_scope_name",
                                                        "otel_scope_version",
                                                        "otel_scope_attributes",
                                                        "otel_resource_attributes",
                                                        "service_name",
                                                        "service_version",
                                                        "service_instance_id",
                                                        "service_namespace",
                                                        "deployment_environment",
                                                        "process_pid",
                                                        "telemetry_sdk_name",
                                                        "telemetry_sdk_language",
                                                        "telemetry_sdk_version",
                                                        "is_exception",
                                                        "exception_type",
                                                        "exception_message",
                                                        "exception_stacktrace",
                                                        "http_response_status_code",
                                                        "http_method",
                                                        "http_route",
                                                        "url_full",
                                                        "url_path",
                                                        "url_query",
                                                        "log_body"};
    return columns;
}

const std::vector<std::string_view> &metricColumns()
{
    static const std::vector<std::string_view> columns {
        "recorded_timestamp",
        "start_timestamp",
        "metric_name",
        "metric_type",
        "unit",
        "metric_description",
        "aggregation_temporality",
        "is_monotonic",
        "scalar_value",
        "histogram_min",
        "histogram_max",
        "histogram_sum",
        "histogram_count",
        "histogram_bucket_counts",
        "histogram_explicit_bounds",
        "exp_histogram_scale",
        "exp_histogram_zero_count",
        "exp_histogram_zero_threshold",
        "exp_histogram_positive_bucket_counts",
        "exp_histogram_positive_bucket_counts_offset",
        "exp_histogram_negative_bucket_counts",
        "exp_histogram_negative_bucket_counts_offset",
        "exemplars",
        "attributes",
        "attributes_json_schema",
        "otel_scope_name",
        "otel_scope_version",
        "otel_scope_attributes",
        "otel_resource_attributes",
        "service_name",
        "service_namespace",
        "service_version",
        "service_instance_id",
        "deployment_environment",
        "process_pid",
        "telemetry_sdk_name",
        "telemetry_sdk_language",
        "telemetry_sdk_version"};
    return columns;
}

} // namespace hearth::core::schema
