-- SHOW CREATE of every table and view of the views database at commit 89c29c2 (migrations 1-4), tables first.
-- Written by tools/previous-release/generate-databases.spec.ts.txt; {db} stands for the database.

CREATE TABLE {db}.api_calls
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `service_id` String,
    `service_name` LowCardinality(String),
    `api_id` String,
    `api_name` LowCardinality(String),
    `span_name` LowCardinality(String),
    `kind` LowCardinality(String),
    `protocol` LowCardinality(String),
    `start_time` DateTime64(9),
    `duration_ns` UInt64,
    `is_error` UInt8,
    `api_status` LowCardinality(String),
    `status_code` LowCardinality(String),
    `http_method` LowCardinality(String),
    `http_route` String,
    `http_status_code` UInt16,
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, service_name, api_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 8192, min_bytes_for_wide_part = 536870912, auto_statistics_types = '';

CREATE TABLE {db}.backend_calls
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `backend_id` String,
    `backend_name` LowCardinality(String),
    `backend_type` LowCardinality(String),
    `caller_service_id` String,
    `caller_service_name` LowCardinality(String),
    `caller_api_id` String,
    `caller_api_name` LowCardinality(String),
    `protocol` LowCardinality(String),
    `span_name` LowCardinality(String),
    `operation` String COMMENT 'db operation, messaging operation or HTTP method',
    `statement` String,
    `destination` String COMMENT 'database name, messaging destination or HTTP host',
    `start_time` DateTime64(9),
    `duration_ns` UInt64,
    `is_error` UInt8,
    `status_code` LowCardinality(String),
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, backend_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 8192, min_bytes_for_wide_part = 536870912, auto_statistics_types = '';

CREATE TABLE {db}.operations
(
    `tenant` LowCardinality(String),
    `service_name` LowCardinality(String),
    `span_name` LowCardinality(String),
    `kind` LowCardinality(String),
    `last_seen` SimpleAggregateFunction(max, DateTime64(9))
)
ENGINE = AggregatingMergeTree
ORDER BY (tenant, service_name, span_name, kind)
SETTINGS index_granularity = 8192, auto_statistics_types = '';

CREATE TABLE {db}.schema_migrations
(
    `version` UInt32,
    `name` String,
    `applied_at` DateTime64(3) DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree(applied_at)
ORDER BY version
SETTINGS index_granularity = 8192;

CREATE TABLE {db}.service_calls
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `caller_service_id` String,
    `caller_service_name` LowCardinality(String),
    `caller_api_id` String,
    `caller_api_name` LowCardinality(String),
    `callee_kind` LowCardinality(String) COMMENT 'SERVICE or BACKEND',
    `callee_name` LowCardinality(String) COMMENT 'the callee service or backend: the graph node',
    `callee_service_id` String,
    `callee_service_name` LowCardinality(String),
    `callee_api_id` String,
    `callee_api_name` LowCardinality(String),
    `callee_backend_id` String,
    `callee_backend_name` LowCardinality(String),
    `protocol` LowCardinality(String),
    `span_name` LowCardinality(String),
    `start_time` DateTime64(9),
    `duration_ns` UInt64,
    `is_error` UInt8,
    `status_code` LowCardinality(String),
    `api_status` LowCardinality(String),
    `http_status_code` UInt16,
    `version` UInt64
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, caller_service_name, callee_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 8192, min_bytes_for_wide_part = 536870912, auto_statistics_types = '';

CREATE TABLE {db}.spans
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `parent_span_id` String,
    `trace_state` String,
    `service_name` LowCardinality(String) COMMENT 'the effective service (the enricher\'s), possibly inherited from the parent',
    `service_id` String,
    `span_service_name` String COMMENT 'the service the span itself named',
    `api_id` String,
    `api_name` String,
    `entry_api_id` String,
    `entry_api_name` String,
    `span_name` String,
    `kind` String,
    `role` String,
    `protocol` String,
    `start_time` DateTime64(9),
    `end_time` DateTime64(9),
    `duration_ns` UInt64,
    `status_code` String,
    `status_message` String,
    `api_status` String,
    `is_error` UInt8,
    `error_type` String,
    `error_message` String,
    `error_count` UInt32,
    `exception_count` UInt32,
    `http_method` String,
    `http_url` String,
    `http_host` String,
    `http_path` String,
    `http_route` String,
    `http_status_code` UInt16 COMMENT '0 when not known',
    `rpc_system` String,
    `rpc_service` String,
    `rpc_method` String,
    `rpc_status_code` Nullable(Int32) COMMENT 'NULL when not known (0 is gRPC OK)',
    `db_system` String,
    `db_name` String,
    `db_operation` String,
    `db_statement` String,
    `db_table` String,
    `messaging_system` String,
    `messaging_destination` String,
    `messaging_operation` String,
    `peer_service` String,
    `peer_address` String,
    `peer_port` UInt16,
    `backend_id` String,
    `backend_name` String,
    `backend_type` String,
    `api_entry` UInt8 COMMENT 'the span is an API entry (api_calls)',
    `callee_kind` String COMMENT 'SERVICE or BACKEND when the enricher resolved what the span calls, else empty',
    `callee_service_id` String,
    `callee_service_name` String,
    `callee_api_id` String,
    `callee_api_name` String,
    `callee_backend_id` String,
    `callee_backend_name` String,
    `attributes` Map(String, String),
    `resource_attributes` Map(String, String),
    `events` Array(Tuple(
        time_unix_nano UInt64,
        name String,
        attributes Map(String, String))),
    `links` Array(Tuple(
        trace_id String,
        span_id String,
        attributes Map(String, String))),
    `scope_name` String,
    `scope_version` String,
    `received_at` DateTime64(3),
    `version` UInt64 COMMENT 'emission time of the trace message (ms): the latest copy of a span wins',
    INDEX idx_trace_id trace_id TYPE bloom_filter(0.01) GRANULARITY 1
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, service_name, start_time, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 1024, min_bytes_for_wide_part = 536870912, auto_statistics_types = '';

CREATE TABLE {db}.trace_fragments
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `fragment_start` DateTime64(9),
    `fragment_end` DateTime64(9),
    `span_ids` Array(String),
    `error_span_ids` Array(String),
    `services` Array(String),
    `root_rank` UInt8 COMMENT '0: a span without parent; 1: a span whose parent is missing',
    `root_start` DateTime64(9),
    `root_service` String,
    `transaction_name` String,
    `truncated` UInt8,
    `overflow_span_count` UInt32
)
ENGINE = `Null`;

CREATE TABLE {db}.trace_spans
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `start_time` DateTime64(9),
    `version` UInt64,
    `span` String COMMENT 'the spans line (TabSeparated, SPAN_DOCUMENT_COLUMNS)'
)
ENGINE = ReplacingMergeTree(version)
PARTITION BY toDate(start_time)
ORDER BY (tenant, trace_id, span_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 256, min_bytes_for_wide_part = 536870912, auto_statistics_types = '';

CREATE TABLE {db}.traces
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `start_time` SimpleAggregateFunction(min, DateTime64(9)),
    `end_time` SimpleAggregateFunction(max, DateTime64(9)),
    `services` SimpleAggregateFunction(groupUniqArrayArray, Array(String)),
    `span_ids` AggregateFunction(uniqExact, String),
    `error_span_ids` AggregateFunction(uniqExact, String),
    `root` AggregateFunction(argMin, Tuple(
        String,
        String), Tuple(
        UInt8,
        DateTime64(9))),
    `truncated` SimpleAggregateFunction(max, UInt8),
    `overflow_span_count` SimpleAggregateFunction(max, UInt32)
)
ENGINE = AggregatingMergeTree
PARTITION BY toDate(start_time)
ORDER BY (tenant, trace_id)
SETTINGS ttl_only_drop_parts = 1, index_granularity = 1024, min_bytes_for_wide_part = 536870912, auto_statistics_types = '';

CREATE MATERIALIZED VIEW {db}.api_calls_mv TO {db}.api_calls
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `service_id` String,
    `service_name` LowCardinality(String),
    `api_id` String,
    `api_name` String,
    `span_name` LowCardinality(String),
    `kind` LowCardinality(String),
    `protocol` LowCardinality(String),
    `start_time` DateTime64(9),
    `duration_ns` UInt64,
    `is_error` UInt8,
    `api_status` LowCardinality(String),
    `status_code` LowCardinality(String),
    `http_method` LowCardinality(String),
    `http_route` String,
    `http_status_code` UInt16,
    `version` UInt64
)
AS SELECT
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
    multiIf(s.api_status = 'FAIL', 1, s.api_status = 'SUCCESS', 0, s.is_error) AS is_error,
    s.api_status AS api_status,
    s.status_code AS status_code,
    s.http_method AS http_method,
    s.http_route AS http_route,
    s.http_status_code AS http_status_code,
    s.version AS version
FROM {db}.spans AS s
WHERE s.api_entry = 1;

CREATE MATERIALIZED VIEW {db}.backend_calls_mv TO {db}.backend_calls
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `backend_id` String,
    `backend_name` String,
    `backend_type` String,
    `caller_service_id` String,
    `caller_service_name` LowCardinality(String),
    `caller_api_id` String,
    `caller_api_name` LowCardinality(String),
    `protocol` LowCardinality(String),
    `span_name` LowCardinality(String),
    `operation` String,
    `statement` String,
    `destination` String,
    `start_time` DateTime64(9),
    `duration_ns` UInt64,
    `is_error` UInt8,
    `status_code` LowCardinality(String),
    `version` UInt64
)
AS SELECT
    s.tenant AS tenant,
    s.trace_id AS trace_id,
    s.span_id AS span_id,
    if(s.callee_backend_id != '', s.callee_backend_id, s.backend_id) AS backend_id,
    multiIf(if(s.callee_backend_name != '', s.callee_backend_name, s.backend_name) != '', if(s.callee_backend_name != '', s.callee_backend_name, s.backend_name), s.peer_service != '', s.peer_service, s.http_host != '', s.http_host, 'unknown_backend') AS backend_name,
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
    multiIf(s.api_status = 'FAIL', 1, s.api_status = 'SUCCESS', 0, s.is_error) AS is_error,
    s.status_code AS status_code,
    s.version AS version
FROM {db}.spans AS s
WHERE (s.callee_kind = 'BACKEND') OR ((s.callee_kind = '') AND (s.backend_id != ''));

CREATE MATERIALIZED VIEW {db}.operations_mv TO {db}.operations
(
    `tenant` LowCardinality(String),
    `service_name` LowCardinality(String),
    `span_name` LowCardinality(String),
    `kind` LowCardinality(String),
    `last_seen` DateTime64(9)
)
AS SELECT
    tenant,
    service_name,
    span_name,
    kind,
    max(start_time) AS last_seen
FROM {db}.spans
GROUP BY
    tenant,
    service_name,
    span_name,
    kind;

CREATE MATERIALIZED VIEW {db}.service_calls_mv TO {db}.service_calls
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `span_id` String,
    `caller_service_id` String,
    `caller_service_name` LowCardinality(String),
    `caller_api_id` String,
    `caller_api_name` LowCardinality(String),
    `callee_kind` LowCardinality(String),
    `callee_name` String,
    `callee_service_id` String,
    `callee_service_name` LowCardinality(String),
    `callee_api_id` String,
    `callee_api_name` LowCardinality(String),
    `callee_backend_id` String,
    `callee_backend_name` String,
    `protocol` LowCardinality(String),
    `span_name` LowCardinality(String),
    `start_time` DateTime64(9),
    `duration_ns` UInt64,
    `is_error` UInt8,
    `status_code` LowCardinality(String),
    `api_status` LowCardinality(String),
    `http_status_code` UInt16,
    `version` UInt64
)
AS SELECT
    s.tenant AS tenant,
    s.trace_id AS trace_id,
    s.span_id AS span_id,
    s.service_id AS caller_service_id,
    s.service_name AS caller_service_name,
    s.entry_api_id AS caller_api_id,
    s.entry_api_name AS caller_api_name,
    s.callee_kind AS callee_kind,
    if(s.callee_kind = 'SERVICE', if(s.callee_service_name != '', s.callee_service_name, 'unknown_service'), multiIf(if(s.callee_backend_name != '', s.callee_backend_name, s.backend_name) != '', if(s.callee_backend_name != '', s.callee_backend_name, s.backend_name), s.peer_service != '', s.peer_service, s.http_host != '', s.http_host, 'unknown_backend')) AS callee_name,
    s.callee_service_id AS callee_service_id,
    s.callee_service_name AS callee_service_name,
    s.callee_api_id AS callee_api_id,
    s.callee_api_name AS callee_api_name,
    if(s.callee_backend_id != '', s.callee_backend_id, if(s.callee_kind = 'BACKEND', s.backend_id, '')) AS callee_backend_id,
    if(s.callee_kind = 'BACKEND', if(s.callee_backend_name != '', s.callee_backend_name, s.backend_name), s.callee_backend_name) AS callee_backend_name,
    s.protocol AS protocol,
    s.span_name AS span_name,
    s.start_time AS start_time,
    s.duration_ns AS duration_ns,
    multiIf(s.api_status = 'FAIL', 1, s.api_status = 'SUCCESS', 0, s.is_error) AS is_error,
    s.status_code AS status_code,
    s.api_status AS api_status,
    s.http_status_code AS http_status_code,
    s.version AS version
FROM {db}.spans AS s
WHERE s.callee_kind IN ('SERVICE', 'BACKEND');

CREATE MATERIALIZED VIEW {db}.traces_mv TO {db}.traces
(
    `tenant` LowCardinality(String),
    `trace_id` String,
    `start_time` DateTime64(9),
    `end_time` DateTime64(9),
    `services` Array(String),
    `span_ids` AggregateFunction(uniqExactArray, Array(String)),
    `error_span_ids` AggregateFunction(uniqExactArray, Array(String)),
    `root` AggregateFunction(argMin, Tuple(
        String,
        String), Tuple(
        UInt8,
        DateTime64(9))),
    `truncated` UInt8,
    `overflow_span_count` UInt32
)
AS SELECT
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
GROUP BY
    tenant,
    trace_id;
