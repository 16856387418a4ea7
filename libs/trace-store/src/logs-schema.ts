// The `logs` view (issue 16: logs beside traces): one row per OTLP log record, appended to
// MIGRATIONS as its own version by migrations.ts. Kept in its own file so the migration list stays
// a list, and so the encoder (logs.ts) and the reader (logs-reader.ts) sit beside the schema they
// depend on.
//
// Conventions shared with the span views (migrations.ts):
// - partitions and retention count from arrival (`received_at`, the collector's receive time), so
//   a record whose clock is wrong is still kept for the configured retention after it arrived, and
//   one insert touches one or two day partitions (RETENTION_TABLES.logs, VIEW_RETENTION_LOGS_DAYS);
// - ReplacingMergeTree for idempotency under replay, readers deduplicating themselves (`LIMIT 1 BY`
//   the identity, `FINAL` for counts) instead of waiting for merges;
// - typed attribute maps: each map stored as strings with a types map beside it
//   (attribute-types.ts), so searches match the string form and reads give back OTLP types;
// - compact parts up to 512 MiB, 1024-row granules, no automatic column statistics, merge selector
//   base 20 (the last two only where the server knows the setting).
//
// Idempotency key. A replay (a stage restarted before committing, a Kafka redelivery, an exporter
// retrying a request the collector already acknowledged) delivers the same record again, with the
// same receive time (the collector's `received-at` header travels with the message). OTLP log
// records have no id of their own, and (tenant, trace id, span id, time) is not one: a span often
// writes several lines within one clock tick (loggers with millisecond clocks, a burst of retries),
// and records outside any span share empty ids. So the sort key ends in `record_hash`, a 64-bit
// hash of everything that makes the record what it is (service, ids, time, observed time,
// severity, body and its type, attributes, resource, scope, event name), computed by ClickHouse at
// insert (MATERIALIZED: the writer cannot get it wrong, and a later ingest stage inherits it).
// Two copies of one record share every hashed field and collapse into one row; two different
// records differ in at least one of them. Identical records in the same nanosecond with the same
// observed time are treated as one, which is what a replay looks like and what OTLP cannot tell
// apart anyway. As with spans, two copies collapse only within one arrival-day partition.
//
// Sort key (tenant, service_name, timestamp, trace_id, span_id, record_hash): searches are by
// tenant, service and time range (Grafana's stream selector names the service). The logs of one
// trace are found by the `trace_id` bloom filter (a trace's logs sit in a few granules of the
// services it crossed, around the trace's time), as get-trace on `spans` did before trace_spans.
//
// Body index. ClickHouse 26.x has a full-text `text` index (an inverted index of tokens with
// posting lists; GA in 26.x and on by default in chdb 26.7, `enable_full_text_index = 1`). Measured
// on chdb 26.7 with 100,000 rows in 128-row granules, `body LIKE '%declined%'` read 100 of 781
// granules through it, while a `ngrambf_v1(3, ...)` bloom filter on the same column was not used
// for LIKE or position() at all. So the body gets a `text` index (tokenizer splitByNonAlpha, which
// keeps ids and words as tokens). A server too old to know it (no `text_index_*` MergeTree
// settings) creates the table without it: substring search then scans the time range, slower but
// correct; the statement is skipped there as other version-specific ones are.
import type { MigrationStatement } from './migrations';

/** 512 MiB, as the span views (see COMPACT_PARTS_BYTES in migrations.ts). */
const COMPACT_PARTS_BYTES = 512 * 1024 * 1024;

/**
 * The `level` Loki and Grafana group and colour by, from the OTLP severity number (its ranges in
 * the OTel logs data model), else the severity text when it names a level, else `unknown`.
 */
export const LEVEL_EXPRESSION = `multiIf(
        severity_number BETWEEN 1 AND 4, 'trace', severity_number BETWEEN 5 AND 8, 'debug',
        severity_number BETWEEN 9 AND 12, 'info', severity_number BETWEEN 13 AND 16, 'warn',
        severity_number BETWEEN 17 AND 20, 'error', severity_number BETWEEN 21 AND 24, 'fatal',
        lower(severity_text) IN ('trace', 'debug', 'info', 'warn', 'error', 'fatal'), lower(severity_text),
        lower(severity_text) = 'warning', 'warn', lower(severity_text) = 'critical', 'fatal', 'unknown')`;

const LOGS = `
CREATE TABLE IF NOT EXISTS {db}.logs
(
    tenant LowCardinality(String),
    service_name LowCardinality(String) COMMENT 'the resource''s service.name',
    timestamp DateTime64(9) COMMENT 'the record''s time, else its observed time (OTel logs data model)',
    observed_timestamp DateTime64(9),
    trace_id String COMMENT '32 lowercase hex digits, or empty',
    span_id String COMMENT '16 lowercase hex digits, or empty',
    trace_flags UInt8,
    severity_number UInt8 COMMENT 'OTLP SeverityNumber, 0 when unspecified',
    severity_text LowCardinality(String),
    body String COMMENT 'a string body as it is; any other body as its string form (JSON for arrays and maps)',
    body_type LowCardinality(String) COMMENT 'string, int, double, bool, bytes, array, map, or empty (no body)',
    event_name String,
    attributes Map(String, String),
    attribute_types Map(String, String) COMMENT 'attributes whose value is not a string: its type (attribute-types.ts)',
    resource_attributes Map(String, String),
    resource_attribute_types Map(String, String),
    scope_name String,
    scope_version String,
    dropped_attributes_count UInt32,
    received_at DateTime64(3) COMMENT 'collector receive time: the partition and retention',
    level LowCardinality(String) MATERIALIZED ${LEVEL_EXPRESSION} COMMENT 'trace, debug, info, warn, error, fatal or unknown: the level label of the Loki API',
    resource_labels Map(String, String) MATERIALIZED mapApply((k, v) -> (replaceRegexpAll(k, '[^A-Za-z0-9_]', '_'), v), resource_attributes)
        COMMENT 'resource attributes under Loki label names (service.name -> service_name), for stream selectors',
    record_hash UInt64 MATERIALIZED sipHash64(service_name, trace_id, span_id, timestamp, observed_timestamp, severity_number, severity_text,
        body, body_type, event_name, attributes, attribute_types, resource_attributes, resource_attribute_types, scope_name, scope_version)
        COMMENT 'the record''s identity under replay (see logs-schema.ts)',
    INDEX idx_trace_id trace_id TYPE bloom_filter(0.01) GRANULARITY 1,
    INDEX idx_timestamp timestamp TYPE minmax GRANULARITY 1,
    INDEX idx_severity severity_number TYPE minmax GRANULARITY 1
)
ENGINE = ReplacingMergeTree
PARTITION BY toDate(received_at)
ORDER BY (tenant, service_name, timestamp, trace_id, span_id, record_hash)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 1024, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`;

/** The statements of the migration that creates `logs`. */
export const LOGS_STATEMENTS: readonly MigrationStatement[] = [
  LOGS,
  { sql: 'ALTER TABLE {db}.logs ADD INDEX IF NOT EXISTS idx_body body TYPE text(tokenizer = splitByNonAlpha) GRANULARITY 1', ifMergeTreeSetting: 'text_index_dictionary_block_size' },
  { sql: "ALTER TABLE {db}.logs MODIFY SETTING auto_statistics_types = ''", ifMergeTreeSetting: 'auto_statistics_types' },
  { sql: 'ALTER TABLE {db}.logs MODIFY SETTING merge_selector_base = 20', ifMergeTreeSetting: 'merge_selector_base' },
];

// Where each trace's logs are (schema version 10). `logs` is sorted for searches (tenant, service,
// time), so the logs of one trace were found through the trace-id bloom filter of every granule:
// on 10 million records (bench:logs-read) that was 143 ms at the median and 503 ms at p99 on the
// shared machine, against issue 16's 50 ms. `log_traces` holds, per (tenant, trace, service), the
// first and last time the trace logged there, sorted by trace id (a granule per lookup), filled by a
// materialized view on every insert into `logs`. The logs of a trace are then read through the sort
// key: each of its services over its own time span. One row per trace and service per insert, merged
// to one per arrival day (min/max are idempotent, so replays change nothing). Its retention follows
// `logs` (RETENTION_FOLLOWERS), by arrival day as `logs`.
const LOG_TRACES = `
CREATE TABLE IF NOT EXISTS {db}.log_traces
(
    tenant LowCardinality(String),
    trace_id String,
    service_name LowCardinality(String),
    received_at DateTime64(3) COMMENT 'latest arrival of its lines (the partition and retention, as logs)',
    first_time SimpleAggregateFunction(min, DateTime64(9)),
    last_time SimpleAggregateFunction(max, DateTime64(9))
)
ENGINE = AggregatingMergeTree
PARTITION BY toDate(received_at)
ORDER BY (tenant, trace_id, service_name)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 1024, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`;

// Grouped by arrival day too, as rows merge only within a partition; through a subquery because the
// output column `received_at` would otherwise shadow the input column in GROUP BY.
const LOG_TRACES_SELECT = `SELECT tenant, trace_id, service_name, max(arrived) AS received_at, min(timestamp) AS first_time, max(timestamp) AS last_time
    FROM (SELECT tenant, trace_id, service_name, received_at AS arrived, timestamp FROM {db}.logs WHERE trace_id != '')
    GROUP BY tenant, trace_id, service_name, toDate(arrived)`;

/** The statements of the migration that creates `log_traces`, its view, and fills it from the logs already stored. */
export const LOG_TRACES_STATEMENTS: readonly MigrationStatement[] = [
  LOG_TRACES,
  `CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.log_traces_mv TO {db}.log_traces AS ${LOG_TRACES_SELECT}`,
  // Lines stored before this version (min/max: running it again, or beside the view, changes nothing).
  `INSERT INTO {db}.log_traces ${LOG_TRACES_SELECT}`,
];
