export { OtlpDecodeError } from './errors';
export {
  SpanKind,
  StatusCode,
  SpanFlags,
  type TracesData,
  type ResourceSpans,
  type ScopeSpans,
  type Span,
  type SpanEvent,
  type SpanLink,
  type Status,
  type Resource,
  type InstrumentationScope,
  type KeyValue,
  type AnyValue,
  type ExportTraceServiceRequest,
  type ExportTraceServiceResponse,
} from './types';
export {
  decodeTracesData,
  encodeTracesData,
  decodeExportTraceServiceRequest,
  encodeExportTraceServiceRequest,
  decodeExportTraceServiceResponse,
  encodeExportTraceServiceResponse,
} from './codec';
export { otlpJsonToTracesData, otlpJsonToLogsData, tracesDataToOtlpJson, type OtlpJson, type OtlpJsonValue } from './json';
export { splitTracesDataByTrace, TraceSplit } from './split';
export { anyValue, attributes, int64, uint64, type Int64 } from './values';
export { consistentSample, samplingHash, scaledSamplingRate } from './sampling';
export {
  decodeLogsData,
  encodeLogsData,
  decodeExportLogsServiceRequest,
  encodeExportLogsServiceRequest,
  decodeExportLogsServiceResponse,
  encodeExportLogsServiceResponse,
  splitLogsByKey,
  logRecordTraceId,
  resourceServiceName,
  LogSplit,
  type LogPart,
  type SplitLogsOptions,
  type LogsData,
  type ResourceLogs,
  type ScopeLogs,
  type LogRecord,
  type ExportLogsServiceRequest,
  type ExportLogsServiceResponse,
} from './logs';
