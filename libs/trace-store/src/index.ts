// @tracehouse/trace-store: the views' ClickHouse schema (versioned migrations), the client factory
// (embedded chdb or a server by URL), the view writer and the read library of the query API.
export { MIGRATIONS, RETENTION_TABLES, type Migration, type RetentionTable } from './migrations';
export { MIGRATION_LEASE_STALE_MS, MigrationInProgressError, TraceStore, type EngineStats, type RetentionDays, type TraceStoreOptions } from './store';
export { traceStoreConfigSchema, traceStoreOptions } from './store-config';
export { ViewBatch, SPANS_ENCODING, TRACE_FRAGMENTS_ENCODING, type EncodedTable, type TableEncoding } from './batch';
export { OPERATIONS_ENCODING, OPERATIONS_REFRESH_MS, OPERATIONS_REMEMBERED, operationKey, WrittenOperations, type OperationRow } from './operations';
export { ClickHouseViewWriter, isRejectedData, REJECTED_DATA_CODES, ViewDataRejectedError, type ViewWriter } from './writer';
export {
  emptyViewRows,
  type SpanEventRow,
  type SpanLinkRow,
  type SpanRow,
  type StringMap,
  type TraceFragmentRow,
  type ViewRows,
} from './rows';
export {
  TraceReader,
  ERROR_SEVERITY_NUMBER,
  LOGGED_ERROR_SLACK_NS,
  type ApiMetricBucket,
  type ApiMetricsQuery,
  type DependencyEdge,
  type LatencyBucketCount,
  type MetricBucket,
  type MetricsQuery,
  type Operation,
  type SampledFigure,
  type StoredSpan,
  type TraceDetail,
  type TraceSearch,
  type TraceSummary,
} from './reader';
export { TraceQueryError, QUERY_LIMITS, type TimeRange } from './query-validation';
export { tsvString, tsvQuoted, tsvMap, tsvDateTime64, MAX_DATETIME64_NS } from './tsv';
export { attributeToString, attributeType, tsvAttributes, typedAttributes, typedValue, AttributeTypeError, type AttributeMap } from './attribute-types';
export { BODY_TYPES, bodyType, ClickHouseLogWriter, LogBatch, LOGS_ENCODING, type BodyType, type LogRow, type LogWriter } from './logs';
export {
  LOG_QUERY_LIMITS,
  LogsReader,
  type ErrorLogTrace,
  type ServiceErrorLogs,
  type LogDirection,
  type LogMetricQuery,
  type LogPage,
  type LogSearch,
  type LogSeries,
  type StoredLog,
} from './logs-reader';
