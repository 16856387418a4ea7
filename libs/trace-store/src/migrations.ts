/**
 * The views' schema as versioned migrations, applied in order at start-up by {@link migrate}
 * (store.ts) and recorded in `schema_migrations`. A migration is never edited once released: change
 * the schema by appending one. Every statement is idempotent (`IF NOT EXISTS`), so two processes
 * that start at once against one server both succeed.
 *
 * `{db}` is replaced by the configured database name (validated as an identifier; it is never
 * user input). Retention is not part of a migration: {@link RETENTION_TABLES} lists the tables
 * whose TTL `applyRetention` sets from configuration after the migrations ran.
 *
 * Deduplication (ARCHITECTURE.md: a replay never adds a second copy of a span and never counts a
 * call twice):
 * - `spans`, `service_calls`, `backend_calls`, `api_calls` are ReplacingMergeTree tables whose
 *   sort key ends in (trace_id, span_id), versioned by the emission time of the trace message, so a
 *   replayed span collapses into one row when parts merge. The three call views are filled by
 *   materialized views over `spans` (since version 2), so a replayed span gives the same call rows,
 *   which collapse the same way. Readers never wait for merges: counting
 *   queries read with `FINAL`, get-trace keeps one row per span id (`LIMIT 1 BY span_id`), and
 *   search only collects distinct trace ids, which duplicates cannot change.
 * - `traces` is an AggregatingMergeTree keyed by (tenant, trace_id) whose every column merges
 *   idempotently (min start, max end, uniqExact of span ids and of erroring span ids, the union
 *   of services, argMin of the root candidate): a replayed message or a late fragment adds a row
 *   that merges into the same values, in any order. Readers aggregate with `GROUP BY trace_id`
 *   (-Merge functions), so results are right before any merge. It is fed by a materialized view
 *   over `trace_fragments` (engine Null: one row per trace message, kept nowhere).
 * Get-trace reads a few granules of `spans` and `traces` by primary key; both use 1024-row granules
 * (not 8192) so such a lookup decompresses an eighth of the rows, which the 5M-span benchmark showed
 * to dominate its latency; range scans (search, metrics) hardly notice the extra marks.
 *
 * A plain MergeTree plus a uniqueness check at insert time was the alternative; it needs a read
 * before every write and still races between two writers, while these engines converge on their own.
 */

import { LOG_TRACES_STATEMENTS, LOGS_STATEMENTS } from './logs-schema';

/** One schema version. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly MigrationStatement[];
  /**
   * Its statements are not safe to run from two processes at once (a table rebuilt by copy and
   * swap): {@link TraceStore.migrate} applies it only while holding the migration's lease, and
   * another process meanwhile gets MigrationInProgressError (and retries, as start-up does).
   */
  readonly exclusive?: boolean;
}

/**
 * A statement, or one that applies only where the ClickHouse version knows a MergeTree setting (a
 * server older than the embedded engine does without it, and records the migration all the same).
 */
export type MigrationStatement = string | { readonly sql: string; readonly ifMergeTreeSetting: string };

const SPANS = `
CREATE TABLE IF NOT EXISTS {db}.spans
(
    tenant LowCardinality(String),
    trace_id String,
    span_id String,
    parent_span_id String,
    trace_state String,
    service_name LowCardinality(String) COMMENT 'the effective service (the enricher''s), possibly inherited from the parent',
    service_id String,
    span_service_name LowCardinality(String) COMMENT 'the service the span itself named',
    api_id String,
    api_name LowCardinality(String),
    entry_api_id String,
    entry_api_name LowCardinality(String),
    span_name LowCardinality(String),
    kind LowCardinality(String),
    role LowCardinality(String),
    protocol LowCardinality(String),
    start_time DateTime64(9),
    end_time DateTime64(9),
    duration_ns UInt64,
    status_code LowCardinality(String),
    status_message String,
    api_status LowCardinality(String),
    is_error UInt8,
    error_type String,
    error_message String,
    error_count UInt32,
    exception_count UInt32,
    http_method LowCardinality(String),
    http_url String,
    http_host String,
    http_path String,
    http_route String,
    http_status_code UInt16 COMMENT '0 when not known',
    rpc_system LowCardinality(String),
    rpc_service String,
    rpc_method String,
    rpc_status_code Nullable(Int32) COMMENT 'NULL when not known (0 is gRPC OK)',
    db_system LowCardinality(String),
    db_name String,
    db_operation String,
    db_statement String,
    db_table String,
    messaging_system LowCardinality(String),
    messaging_destination String,
    messaging_operation LowCardinality(String),
    peer_service String,
    peer_address String,
    peer_port UInt16,
    backend_id String,
    backend_name String,
    backend_type LowCardinality(String),
    attributes Map(String, String),
    resource_attributes Map(String, String),
    events Array(Tuple(time_unix_nano UInt64, name String, attributes Map(String, String))),
    links Array(Tuple(trace_id String, span_id String, attributes Map(String, String))),
    scope_name String,
    scope_version String,
    received_at DateTime64(3),
    version UInt64 COMMENT 'emission time of the trace message (ms): the latest copy of a span wins',
    INDEX idx_trace_id trace_id TYPE bloom_filter(0.01) GRANULARITY 1
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, service_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 1024`;

const TRACE_FRAGMENTS = `
CREATE TABLE IF NOT EXISTS {db}.trace_fragments
(
    tenant LowCardinality(String),
    trace_id String,
    fragment_start DateTime64(9),
    fragment_end DateTime64(9),
    span_ids Array(String),
    error_span_ids Array(String),
    services Array(String),
    root_rank UInt8 COMMENT '0: a span without parent; 1: a span whose parent is missing',
    root_start DateTime64(9),
    root_service String,
    transaction_name String,
    truncated UInt8,
    overflow_span_count UInt32
)
ENGINE = Null`;

const TRACES = `
CREATE TABLE IF NOT EXISTS {db}.traces
(
    tenant LowCardinality(String),
    trace_id String,
    start_time SimpleAggregateFunction(min, DateTime64(9)),
    end_time SimpleAggregateFunction(max, DateTime64(9)),
    services SimpleAggregateFunction(groupUniqArrayArray, Array(String)),
    span_ids AggregateFunction(uniqExact, String),
    error_span_ids AggregateFunction(uniqExact, String),
    root AggregateFunction(argMin, Tuple(String, String), Tuple(UInt8, DateTime64(9))),
    truncated SimpleAggregateFunction(max, UInt8),
    overflow_span_count SimpleAggregateFunction(max, UInt32)
)
ENGINE = AggregatingMergeTree
PARTITION BY toDate(start_time)
ORDER BY (tenant, trace_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 1024`;

const TRACES_MV = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.traces_mv TO {db}.traces AS
SELECT
    tenant,
    trace_id,
    min(fragment_start) AS start_time,
    max(fragment_end) AS end_time,
    groupUniqArrayArray(services) AS services,
    uniqExactArrayState(span_ids) AS span_ids,
    uniqExactArrayState(error_span_ids) AS error_span_ids,
    argMinState((root_service, transaction_name), (root_rank, root_start)) AS root,
    max(truncated) AS truncated,
    max(overflow_span_count) AS overflow_span_count
FROM {db}.trace_fragments
GROUP BY tenant, trace_id`;

const SERVICE_CALLS = `
CREATE TABLE IF NOT EXISTS {db}.service_calls
(
    tenant LowCardinality(String),
    trace_id String,
    span_id String,
    caller_service_id String,
    caller_service_name LowCardinality(String),
    caller_api_id String,
    caller_api_name LowCardinality(String),
    callee_kind LowCardinality(String) COMMENT 'SERVICE or BACKEND',
    callee_name LowCardinality(String) COMMENT 'the callee service or backend: the graph node',
    callee_service_id String,
    callee_service_name LowCardinality(String),
    callee_api_id String,
    callee_api_name LowCardinality(String),
    callee_backend_id String,
    callee_backend_name LowCardinality(String),
    protocol LowCardinality(String),
    span_name LowCardinality(String),
    start_time DateTime64(9),
    duration_ns UInt64,
    is_error UInt8,
    status_code LowCardinality(String),
    api_status LowCardinality(String),
    http_status_code UInt16,
    version UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, caller_service_name, callee_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1`;

const BACKEND_CALLS = `
CREATE TABLE IF NOT EXISTS {db}.backend_calls
(
    tenant LowCardinality(String),
    trace_id String,
    span_id String,
    backend_id String,
    backend_name LowCardinality(String),
    backend_type LowCardinality(String),
    caller_service_id String,
    caller_service_name LowCardinality(String),
    caller_api_id String,
    caller_api_name LowCardinality(String),
    protocol LowCardinality(String),
    span_name LowCardinality(String),
    operation String COMMENT 'db operation, messaging operation or HTTP method',
    statement String,
    destination String COMMENT 'database name, messaging destination or HTTP host',
    start_time DateTime64(9),
    duration_ns UInt64,
    is_error UInt8,
    status_code LowCardinality(String),
    version UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, backend_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1`;

const API_CALLS = `
CREATE TABLE IF NOT EXISTS {db}.api_calls
(
    tenant LowCardinality(String),
    trace_id String,
    span_id String,
    service_id String,
    service_name LowCardinality(String),
    api_id String,
    api_name LowCardinality(String),
    span_name LowCardinality(String),
    kind LowCardinality(String),
    protocol LowCardinality(String),
    start_time DateTime64(9),
    duration_ns UInt64,
    is_error UInt8,
    api_status LowCardinality(String),
    status_code LowCardinality(String),
    http_method LowCardinality(String),
    http_route String,
    http_status_code UInt16,
    version UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, service_name, api_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1`;

const OPERATIONS = `
CREATE TABLE IF NOT EXISTS {db}.operations
(
    tenant LowCardinality(String),
    service_name LowCardinality(String),
    span_name LowCardinality(String),
    kind LowCardinality(String),
    last_seen SimpleAggregateFunction(max, DateTime64(9))
)
ENGINE = AggregatingMergeTree
ORDER BY (tenant, service_name, span_name, kind)`;

const OPERATIONS_MV = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.operations_mv TO {db}.operations AS
SELECT tenant, service_name, span_name, kind, max(start_time) AS last_seen
FROM {db}.spans
GROUP BY tenant, service_name, span_name, kind`;

// Parts up to this size (uncompressed) are written in the compact format: one data file for all
// columns instead of two or three files per column. Inserting a 50,000-span batch into `spans`
// (about 60 columns, maps and arrays among them) took about twice as long as a wide part on chdb
// 26; merges still turn the large parts wide, where reading a few columns of many rows pays.
const COMPACT_PARTS_BYTES = 512 * 1024 * 1024;
const VIEW_TABLES = ['spans', 'traces', 'service_calls', 'backend_calls', 'api_calls'] as const;

// Get-trace reads `trace_spans`: every span's `spans` line as one document, sorted by trace id.
// Reading a trace from `spans` (sorted for search: by service and time) decompresses about 70
// columns of a few granules; on the 2M-span benchmark that was 30-90 ms per lookup, nearly all of
// it per-column overhead, while one column of a granule takes a few ms. The writer inserts the
// line it already made (document.ts parses it back); a materialized view formatting the document
// inside ClickHouse cost a third more CPU per span. 256-row granules: documents are about 1 KB.
const TRACE_SPANS = `
CREATE TABLE IF NOT EXISTS {db}.trace_spans
(
    tenant LowCardinality(String),
    trace_id String,
    span_id String,
    start_time DateTime64(9),
    version UInt64,
    span String COMMENT 'the spans line (TabSeparated, SPAN_DOCUMENT_COLUMNS)'
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 256, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`;

const SPANS_CALLEE_COLUMNS = `
ALTER TABLE {db}.spans
    ADD COLUMN IF NOT EXISTS api_entry UInt8 COMMENT 'the span is an API entry (api_calls)' AFTER backend_type,
    ADD COLUMN IF NOT EXISTS callee_kind LowCardinality(String) COMMENT 'SERVICE or BACKEND when the enricher resolved what the span calls, else empty' AFTER api_entry,
    ADD COLUMN IF NOT EXISTS callee_service_id String AFTER callee_kind,
    ADD COLUMN IF NOT EXISTS callee_service_name LowCardinality(String) AFTER callee_service_id,
    ADD COLUMN IF NOT EXISTS callee_api_id String AFTER callee_service_name,
    ADD COLUMN IF NOT EXISTS callee_api_name LowCardinality(String) AFTER callee_api_id,
    ADD COLUMN IF NOT EXISTS callee_backend_id String AFTER callee_api_name,
    ADD COLUMN IF NOT EXISTS callee_backend_name LowCardinality(String) AFTER callee_backend_id`;

// Whether a call failed as the RED metrics count it: the enricher's verdict, else the span's.
const CALL_IS_ERROR = "multiIf(s.api_status = 'FAIL', 1, s.api_status = 'SUCCESS', 0, s.is_error)";
// The backend a call reaches: the callee the enricher resolved, else the span's own backend.
const CALL_BACKEND_NAME = "if(s.callee_backend_name != '', s.callee_backend_name, s.backend_name)";

// The call views are filled from `spans` inside ClickHouse: no second copy of each call crosses
// the wire or the parser. Source columns are qualified (s.x) so that an output alias with the
// same name as a source column never stands in for the column.
const SERVICE_CALLS_MV = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.service_calls_mv TO {db}.service_calls AS
SELECT
    s.tenant AS tenant,
    s.trace_id AS trace_id,
    s.span_id AS span_id,
    s.service_id AS caller_service_id,
    s.service_name AS caller_service_name,
    s.entry_api_id AS caller_api_id,
    s.entry_api_name AS caller_api_name,
    s.callee_kind AS callee_kind,
    if(s.callee_kind = 'SERVICE',
       if(s.callee_service_name != '', s.callee_service_name, 'unknown_service'),
       multiIf(${CALL_BACKEND_NAME} != '', ${CALL_BACKEND_NAME}, s.peer_service != '', s.peer_service, s.http_host != '', s.http_host, 'unknown_backend')) AS callee_name,
    s.callee_service_id AS callee_service_id,
    s.callee_service_name AS callee_service_name,
    s.callee_api_id AS callee_api_id,
    s.callee_api_name AS callee_api_name,
    if(s.callee_backend_id != '', s.callee_backend_id, if(s.callee_kind = 'BACKEND', s.backend_id, '')) AS callee_backend_id,
    if(s.callee_kind = 'BACKEND', ${CALL_BACKEND_NAME}, s.callee_backend_name) AS callee_backend_name,
    s.protocol AS protocol,
    s.span_name AS span_name,
    s.start_time AS start_time,
    s.duration_ns AS duration_ns,
    ${CALL_IS_ERROR} AS is_error,
    s.status_code AS status_code,
    s.api_status AS api_status,
    s.http_status_code AS http_status_code,
    s.version AS version
FROM {db}.spans AS s
WHERE s.callee_kind IN ('SERVICE', 'BACKEND')`;

const BACKEND_CALLS_MV = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.backend_calls_mv TO {db}.backend_calls AS
SELECT
    s.tenant AS tenant,
    s.trace_id AS trace_id,
    s.span_id AS span_id,
    if(s.callee_backend_id != '', s.callee_backend_id, s.backend_id) AS backend_id,
    multiIf(${CALL_BACKEND_NAME} != '', ${CALL_BACKEND_NAME}, s.peer_service != '', s.peer_service, s.http_host != '', s.http_host, 'unknown_backend') AS backend_name,
    multiIf(s.backend_type != '', s.backend_type, s.db_system != '', s.db_system, s.messaging_system != '', s.messaging_system, s.protocol) AS backend_type,
    s.service_id AS caller_service_id,
    s.service_name AS caller_service_name,
    s.entry_api_id AS caller_api_id,
    s.entry_api_name AS caller_api_name,
    s.protocol AS protocol,
    s.span_name AS span_name,
    multiIf(s.db_operation != '', s.db_operation, s.messaging_operation != '', s.messaging_operation, s.http_method != '', s.http_method, s.rpc_method) AS operation,
    s.db_statement AS statement,
    multiIf(s.db_name != '', s.db_name, s.messaging_destination != '', s.messaging_destination, s.http_host != '', s.http_host, s.peer_service) AS destination,
    s.start_time AS start_time,
    s.duration_ns AS duration_ns,
    ${CALL_IS_ERROR} AS is_error,
    s.status_code AS status_code,
    s.version AS version
FROM {db}.spans AS s
WHERE s.callee_kind = 'BACKEND' OR (s.callee_kind = '' AND s.backend_id != '')`;

const API_CALLS_MV = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.api_calls_mv TO {db}.api_calls AS
SELECT
    s.tenant AS tenant,
    s.trace_id AS trace_id,
    s.span_id AS span_id,
    s.service_id AS service_id,
    s.service_name AS service_name,
    s.api_id AS api_id,
    if(s.api_name != '', s.api_name, s.span_name) AS api_name,
    s.span_name AS span_name,
    s.kind AS kind,
    s.protocol AS protocol,
    s.start_time AS start_time,
    s.duration_ns AS duration_ns,
    ${CALL_IS_ERROR} AS is_error,
    s.api_status AS api_status,
    s.status_code AS status_code,
    s.http_method AS http_method,
    s.http_route AS http_route,
    s.http_status_code AS http_status_code,
    s.version AS version
FROM {db}.spans AS s
WHERE s.api_entry = 1`;

// Non-key LowCardinality columns of `spans` become plain strings: building their dictionaries was
// about a third of the CPU of inserting a batch (measured on chdb, three runs each: 11.5 against
// 17 µs per span). Their queries filter or group a time range of one service, where the
// dictionaries saved little. `tenant` and `service_name` lead the sort key and stay as they are.
const SPANS_PLAIN_STRINGS = [
  'span_service_name', 'api_name', 'entry_api_name', 'span_name', 'kind', 'role', 'protocol', 'status_code', 'api_status',
  'http_method', 'rpc_system', 'db_system', 'messaging_system', 'messaging_operation', 'backend_type', 'callee_kind',
  'callee_service_name', 'callee_api_name', 'callee_backend_name',
] as const;

// ClickHouse 25.x+ keeps automatic statistics (auto_statistics_types, 'basic, uniq_v2' on 26.x)
// of every column of every part it writes, inserts and merges alike. Our queries prune by sort key
// and time partition and never use them, and computing them cost 13% of the engine's CPU on the
// 2M-span benchmark (system.events: 47.5 against 54.9 CPU-seconds, writes 50,054 against 44,789
// spans/s).
const STATISTICS_TABLES = ['spans', 'trace_spans', 'traces', 'service_calls', 'backend_calls', 'api_calls', 'operations'] as const;

// Version 5: partitions and retention count from arrival (`received_at`, the collector's receive
// time), not from span time, so a span whose clock says 1970, last week or 2262 is readable by id
// for the configured retention after it arrived (ARCHITECTURE.md, Identity: times); and an insert
// of spans with scattered clocks touches one or two day partitions instead of one per day its
// spans claim. Searches still filter by `start_time`: it stays in the sort keys, and `spans` gets a
// minmax index on it so a search without a service skips the granules outside its range.
// A partition key cannot be altered, so each such table is rebuilt: the new columns are added to
// the old table, a table of the same structure with the new key is created from it (`AS`), the
// rows are copied, and the two are swapped (EXCHANGE TABLES, atomic), then the old one dropped.
// Rows written before version 5 keep their `received_at` where they had one (`spans`,
// `trace_spans`, from the document); the other views never stored it, and their old rows get the
// migration's time, so no row expires earlier than it would have. The materialized views are
// dropped first (no row reaches a table being copied, and none points at a swapped-out table) and
// created again, now carrying `received_at`.
// The copy runs once, at start-up before any consumer, by one process: the migration is exclusive
// (store.ts takes its lease; a view-generator and a query-service starting together against one
// server would otherwise swap each other's tables). A crash part-way is repaired by running it
// again: each rebuild starts by dropping its half-made table, and copying a rebuilt table again is
// harmless.
// Replacing tables deduplicate within a partition: two copies of one span are one row when they
// share their receive day (a replay keeps the collector's `received-at`); readers deduplicate by
// span id themselves (see the top of this file), so only the call views' `FINAL` counts could see
// a span the collector received twice on two different days.
//
// Also since version 5 (attribute-types.ts, batch.ts): each attribute map has a types map beside it
// (non-string values only), and every span its `warnings` and `raw_fields` (the value as sent of a
// field its column could not hold).
const SPANS_V5_COLUMNS = `
ALTER TABLE {db}.spans
    ADD COLUMN IF NOT EXISTS attribute_types Map(String, String) COMMENT 'attributes whose value is not a string: its type (attribute-types.ts)' AFTER received_at,
    ADD COLUMN IF NOT EXISTS resource_attribute_types Map(String, String) AFTER attribute_types,
    ADD COLUMN IF NOT EXISTS event_attribute_types Array(Map(String, String)) COMMENT 'one map per event, in the order of events' AFTER resource_attribute_types,
    ADD COLUMN IF NOT EXISTS link_attribute_types Array(Map(String, String)) COMMENT 'one map per link, in the order of links' AFTER event_attribute_types,
    ADD COLUMN IF NOT EXISTS warnings Array(String) COMMENT 'full sentences: what is odd about the span or was changed to store it' AFTER link_attribute_types,
    ADD COLUMN IF NOT EXISTS raw_fields Map(String, String) COMMENT 'the value as sent of a field whose column holds a clamped one (start_time, end_time: ns)' AFTER warnings`;

/**
 * The statements rebuilding `table` partitioned by arrival day (`partition`, or none for ''), its
 * rows copied by `select` (over the old table), `before` run on the new table before the copy.
 */
function rebuild(table: string, engine: string, orderBy: string, settings: string, select = '*', before: readonly string[] = [], partition = 'toDate(received_at)'): string[] {
  return [
    `DROP TABLE IF EXISTS {db}.${table}_v5`,
    `CREATE TABLE {db}.${table}_v5 AS {db}.${table} ENGINE = ${engine} ${partition ? `PARTITION BY ${partition} ` : ''}ORDER BY ${orderBy} SETTINGS ${settings}`,
    ...before.map((statement) => statement.replaceAll('{table}', `{db}.${table}_v5`)),
    `INSERT INTO {db}.${table}_v5 SELECT ${select} FROM {db}.${table}`,
    `EXCHANGE TABLES {db}.${table} AND {db}.${table}_v5`,
    `DROP TABLE {db}.${table}_v5`,
  ];
}

// Where a version 2 document keeps received_at (1-based), to fill trace_spans.received_at of old rows.
const DOCUMENT_RECEIVED_AT_FIELD = 66;
const CALL_SETTINGS = `ttl_only_drop_parts = 1, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`;
// Old rows of the views that never stored an arrival time: the migration's time (see above).
const MIGRATION_TIME = '* REPLACE (if(received_at = 0, now64(3), received_at) AS received_at)';

const withReceivedAt = (mv: string): string => mv.replace('    s.version AS version\n', '    s.received_at AS received_at,\n    s.version AS version\n');

const TRACES_MV_V5 = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.traces_mv TO {db}.traces AS
SELECT
    tenant,
    trace_id,
    min(fragment_start) AS start_time,
    max(fragment_end) AS end_time,
    groupUniqArrayArray(services) AS services,
    uniqExactArrayState(span_ids) AS span_ids,
    uniqExactArrayState(error_span_ids) AS error_span_ids,
    argMinState((root_service, transaction_name), (root_rank, root_start)) AS root,
    max(truncated) AS truncated,
    max(overflow_span_count) AS overflow_span_count,
    max(received_at) AS received_at
FROM {db}.trace_fragments
GROUP BY tenant, trace_id`;

const OPERATIONS_MV_V5 = `
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.operations_mv TO {db}.operations AS
SELECT tenant, service_name, span_name, kind, max(start_time) AS last_seen, max(received_at) AS last_received
FROM {db}.spans
GROUP BY tenant, service_name, span_name, kind`;

const ARRIVAL_PARTITIONS: readonly MigrationStatement[] = [
  ...['traces_mv', 'service_calls_mv', 'backend_calls_mv', 'api_calls_mv', 'operations_mv'].map((view) => `DROP VIEW IF EXISTS {db}.${view}`),
  SPANS_V5_COLUMNS,
  ...rebuild('spans', 'ReplacingMergeTree(version)', '(tenant, service_name, start_time, trace_id, span_id)', `ttl_only_drop_parts = 1, index_granularity = 1024, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`, '*', [
    'ALTER TABLE {table} ADD INDEX IF NOT EXISTS idx_start_time start_time TYPE minmax GRANULARITY 1',
  ]),
  `ALTER TABLE {db}.trace_spans ADD COLUMN IF NOT EXISTS received_at DateTime64(3) COMMENT 'collector receive time: the partition and retention' AFTER start_time`,
  ...rebuild('trace_spans', 'ReplacingMergeTree(version)', '(tenant, trace_id, span_id)', `ttl_only_drop_parts = 1, index_granularity = 256, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`,
    `* REPLACE (if(received_at = 0, toDateTime64(toDecimal64OrZero(splitByChar('\\t', span)[${DOCUMENT_RECEIVED_AT_FIELD}], 3), 3), received_at) AS received_at)`),
  `ALTER TABLE {db}.trace_fragments ADD COLUMN IF NOT EXISTS received_at DateTime64(3)`,
  `ALTER TABLE {db}.traces ADD COLUMN IF NOT EXISTS received_at SimpleAggregateFunction(max, DateTime64(3)) COMMENT 'latest collector receive time: the partition and retention'`,
  ...rebuild('traces', 'AggregatingMergeTree', '(tenant, trace_id)', `ttl_only_drop_parts = 1, index_granularity = 1024, min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`, MIGRATION_TIME),
  ...['service_calls', 'backend_calls', 'api_calls'].map((table) => `ALTER TABLE {db}.${table} ADD COLUMN IF NOT EXISTS received_at DateTime64(3) COMMENT 'collector receive time of the span: the partition and retention' AFTER start_time`),
  ...rebuild('service_calls', 'ReplacingMergeTree(version)', '(tenant, caller_service_name, callee_name, start_time, trace_id, span_id)', CALL_SETTINGS, MIGRATION_TIME),
  ...rebuild('backend_calls', 'ReplacingMergeTree(version)', '(tenant, backend_name, start_time, trace_id, span_id)', CALL_SETTINGS, MIGRATION_TIME),
  ...rebuild('api_calls', 'ReplacingMergeTree(version)', '(tenant, service_name, api_name, start_time, trace_id, span_id)', CALL_SETTINGS, MIGRATION_TIME),
  // operations has no partitions, only a column to count its retention from; its old rows get the
  // migration's time by a copy too (a mutation with now() is refused by replicated servers).
  `ALTER TABLE {db}.operations ADD COLUMN IF NOT EXISTS last_received SimpleAggregateFunction(max, DateTime64(3)) COMMENT 'latest collector receive time: the retention'`,
  ...rebuild('operations', 'AggregatingMergeTree', '(tenant, service_name, span_name, kind)', 'index_granularity = 8192', '* REPLACE (if(last_received = 0, now64(3), last_received) AS last_received)', [], ''),
  TRACES_MV_V5,
  withReceivedAt(SERVICE_CALLS_MV),
  withReceivedAt(BACKEND_CALLS_MV),
  withReceivedAt(API_CALLS_MV),
  OPERATIONS_MV_V5,
  ...['spans', 'trace_spans', 'traces', 'service_calls', 'backend_calls', 'api_calls', 'operations'].map((table) => ({ sql: `ALTER TABLE {db}.${table} MODIFY SETTING auto_statistics_types = ''`, ifMergeTreeSetting: 'auto_statistics_types' })),
];

// Version 6: merges that rewrite each row fewer times. A view-generator inserts a part per table
// every batch (1 s by default), so at 10,000 spans/s a partition gains tens of thousands of small
// parts a day, and the Simple merge selector at its default base of 5 rewrites every row about
// log5(parts) times on its way to a large part. Base 20 merges more parts at once: in the
// 1M-span views benchmark with 10,000-span batches it halved the bytes rewritten by merges
// (4.41 -> 2.22 GB) and cut the engine's CPU by a fifth, with get-trace and one-hour search p99
// unchanged within noise (reports/views-bench.md, notes). The price is more parts alive at once
// (about 20 per merge level instead of 5): range scans (search, metrics) barely notice, but a
// get-trace lookup decompresses a granule of every part of trace_spans and traces (random trace ids
// fall inside every part's key range): at 5M spans, 23 parts instead of 9 put get-trace's p99 over
// 100 ms. So those two keep the default base; the others, which take most of the merge work (spans
// alone 2.1-3.9 us of the 4-6), merge at 20. A server that does not know the setting keeps its default.
const MERGE_SELECTOR_BASE = 20;
/** The views whose rows merges rewrite most and which no point lookup reads. */
const WIDE_MERGE_TABLES = ['spans', 'service_calls', 'backend_calls', 'api_calls', 'operations'] as const;
const FEWER_MERGE_REWRITES: readonly MigrationStatement[] = WIDE_MERGE_TABLES.map((table) => ({
  sql: `ALTER TABLE {db}.${table} MODIFY SETTING merge_selector_base = ${MERGE_SELECTOR_BASE}`,
  ifMergeTreeSetting: 'merge_selector_base',
}));

// Version 8: the sampling weight (issue 15). A trace the spans-grouper's tail sampling kept stands
// for `weight` traces (1 / its probability of being kept, 100 / percentage for a percentage rule);
// every one of its spans carries that weight, and so does each call row derived from a span. The
// readers count calls as the sum of weights (adjusted counts), so rates and error ratios stay right
// while only the sample is stored. The column defaults to 1: rows written before this version, and
// rows an older view-generator writes without the column, count once, as they always did.
// The call views' materialized views get the column by MODIFY QUERY (one atomic change, no moment
// without a view, unlike the drop and create of version 5). `traces` keeps the largest weight of its
// fragments (every fragment of a kept trace carries the same one; max merges idempotently).
const SAMPLING_WEIGHT = "sampling_weight Float64 DEFAULT 1 COMMENT 'how many spans or calls this row stands for (tail sampling; 1 when not sampled)'";

/** A call view's select with the weight of its span carried over (after received_at, before version). */
const withWeight = (mv: string): string => withReceivedAt(mv).replace('    s.version AS version\n', '    s.sampling_weight AS sampling_weight,\n    s.version AS version\n');

/** `ALTER TABLE mv MODIFY QUERY select` from a `CREATE MATERIALIZED VIEW ... AS select` statement. */
function modifyQuery(view: string, create: string): string {
  const select = create.slice(create.indexOf('\nSELECT') + 1);
  return `ALTER TABLE {db}.${view} MODIFY QUERY\n${select}`;
}

const TRACES_MV_V8 = TRACES_MV_V5.replace('    max(received_at) AS received_at\n', '    max(received_at) AS received_at,\n    max(sampling_weight) AS sampling_weight\n');

const SAMPLING_WEIGHTS: readonly MigrationStatement[] = [
  `ALTER TABLE {db}.spans ADD COLUMN IF NOT EXISTS ${SAMPLING_WEIGHT} AFTER raw_fields`,
  ...['service_calls', 'backend_calls', 'api_calls'].map((table) => `ALTER TABLE {db}.${table} ADD COLUMN IF NOT EXISTS ${SAMPLING_WEIGHT} AFTER received_at`),
  `ALTER TABLE {db}.trace_fragments ADD COLUMN IF NOT EXISTS sampling_weight Float64 DEFAULT 1`,
  `ALTER TABLE {db}.traces ADD COLUMN IF NOT EXISTS sampling_weight SimpleAggregateFunction(max, Float64) DEFAULT 1 COMMENT 'how many traces this one stands for (tail sampling; 1 when not sampled)'`,
  modifyQuery('service_calls_mv', withWeight(SERVICE_CALLS_MV)),
  modifyQuery('backend_calls_mv', withWeight(BACKEND_CALLS_MV)),
  modifyQuery('api_calls_mv', withWeight(API_CALLS_MV)),
  modifyQuery('traces_mv', TRACES_MV_V8),
];

// Version 11: `operations` is written by the view-generator (operations.ts), not by a materialized
// view over `spans`. The view grouped every insert's spans and wrote a part to `operations` each
// batch (a dozen files, 4-11 ms of engine CPU per 10,000-span batch) for a few hundred tuples that
// rarely change; the writer now inserts a tuple only when it has not written it within an hour.
// The table and its rows are unchanged, so everything written before reads as it did. It stays
// right without the writer's memory: an AggregatingMergeTree keyed by the tuple, read as DISTINCT
// tuples, so a tuple written again after a restart or by every replica is one entry. During a
// rolling upgrade a view-generator of the previous release no longer fills it; the new ones write
// every tuple they see (each sees every service's traces within seconds at any real load).
const OPERATIONS_FROM_WRITER: readonly MigrationStatement[] = ['DROP VIEW IF EXISTS {db}.operations_mv'];

/** Every migration, in version order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'views: spans, traces, service_calls, backend_calls, api_calls, operations',
    statements: [SPANS, TRACE_FRAGMENTS, TRACES, TRACES_MV, SERVICE_CALLS, BACKEND_CALLS, API_CALLS, OPERATIONS, OPERATIONS_MV],
  },
  {
    version: 2,
    name: 'views: call views derived from spans by materialized views; trace_spans for get-trace; compact parts up to 512 MiB',
    statements: [
      SPANS_CALLEE_COLUMNS,
      TRACE_SPANS,
      SERVICE_CALLS_MV,
      BACKEND_CALLS_MV,
      API_CALLS_MV,
      ...VIEW_TABLES.map((table) => `ALTER TABLE {db}.${table} MODIFY SETTING min_bytes_for_wide_part = ${COMPACT_PARTS_BYTES}`),
    ],
  },
  {
    version: 3,
    name: 'spans: non-key LowCardinality columns as String',
    statements: [`ALTER TABLE {db}.spans ${SPANS_PLAIN_STRINGS.map((column) => `MODIFY COLUMN ${column} String`).join(', ')}`],
  },
  {
    version: 4,
    name: 'views: no automatic column statistics',
    statements: STATISTICS_TABLES.map((table) => ({ sql: `ALTER TABLE {db}.${table} MODIFY SETTING auto_statistics_types = ''`, ifMergeTreeSetting: 'auto_statistics_types' })),
  },
  {
    version: 5,
    name: 'views: partitions and retention by arrival (received_at); typed attributes, warnings and raw fields on spans',
    statements: ARRIVAL_PARTITIONS,
    exclusive: true,
  },
  {
    version: 6,
    name: 'views: merge selector base 20 for spans and the call views (fewer rewrites of each row by merges)',
    statements: FEWER_MERGE_REWRITES,
  },
  {
    version: 7,
    name: 'logs: the logs view (OTLP log records by arrival day, typed attributes, body text index)',
    statements: LOGS_STATEMENTS,
  },
  {
    version: 8,
    name: 'views: sampling weight of each span, call and trace (tail sampling; 1 for rows written before)',
    statements: SAMPLING_WEIGHTS,
  },
  // 9 was reserved for a branch that needed no migration: versions only have to increase.
  {
    version: 10,
    name: 'log_traces: where each trace logged (per service, first and last time), so the logs of a trace are read by the sort key',
    statements: LOG_TRACES_STATEMENTS,
  },
  {
    version: 11,
    name: 'operations: written by the view-generator (each tuple once an hour at most), no materialized view over every spans insert',
    statements: OPERATIONS_FROM_WRITER,
  },
];

/** The statement creating the table that records applied migrations. */
export const SCHEMA_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS {db}.schema_migrations
(
    version UInt32,
    name String,
    applied_at DateTime64(3) DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(applied_at)
ORDER BY version`;

/**
 * Tables with a configurable retention, and the time column their TTL counts from: the arrival
 * time (the collector's `received-at`) since schema version 5, never a span's own clock.
 */
export const RETENTION_TABLES = {
  spans: 'received_at',
  traces: 'received_at',
  service_calls: 'received_at',
  backend_calls: 'received_at',
  api_calls: 'received_at',
  operations: 'last_received',
  logs: 'received_at',
} as const;

/** Tables whose retention follows another's: `trace_spans` keeps what `spans` keeps, `log_traces` what `logs` keeps. */
export const RETENTION_FOLLOWERS = { trace_spans: 'spans', log_traces: 'logs' } as const;

/** A table whose retention is configured. */
export type RetentionTable = keyof typeof RETENTION_TABLES;
