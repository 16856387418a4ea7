// @tracehouse/query-api: the HTTP query API (Jaeger HTTP and api_v3, Zipkin v2 read API, and
// tracehouse's entities, RED metrics and service graph) over read ports that trace-store's
// TraceReader and entity-store's EntityStore implement. Served by apps/query-service, and by the
// view-generator in the embedded default (one process owns the embedded ClickHouse data).
export { createQueryServer, QueryHttpError, type QueryServerOptions } from './server';
export { QueryApi, QueryApiLifecycle, queryApiEmbedded, type QueryApiOptions, type QueryEmbeddedMode } from './query-api';
export { queryApiConfigSchema, queryEmbeddedConfigSchema, entityReadConfigSchema, uiDirBeside } from './config';
export { LOKI_LIMITS, lokiStreams, parseLokiStep, parseLokiTime } from './routes/logs';
export { LazyEntityQueries, type InitializableEntityStore } from './lazy-entities';
export {
  API_LIMITS,
  QueryInputError,
  formatGoDuration,
  parseAnnotationQuery,
  parseGoDuration,
  parseJaegerTags,
  parseLimit,
  parseMicros,
  parseMicrosDuration,
  parseMillis,
  parseMillisDuration,
  parseRfc3339,
  parseTraceId,
} from './params';
export { toJaegerTrace, toOtlpJson, toZipkinSpan, jaegerSpanKind, WARNINGS_KEY, type JaegerTrace, type JaegerSpan, type JaegerKeyValue, type JaegerProcess, type JaegerReference, type ZipkinSpan, type ZipkinEndpoint, type StoredTrace } from './shapes';
export type {
  EntityQueries,
  LogQueries,
  ReadLog,
  ReadLogMetricQuery,
  ReadLogSearch,
  NanoRange,
  ReadDependencyEdge,
  ReadEntity,
  ReadEntityType,
  ReadAttributes,
  ReadMetricBucket,
  ReadSampling,
  ReadSpan,
  ReadSpanEvent,
  ReadSpanLink,
  ReadTraceSearch,
  ReadTraceSummary,
  TraceQueries,
} from './ports';
