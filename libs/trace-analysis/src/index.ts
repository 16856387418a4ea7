// @tracehouse/trace-analysis: critical path, trace summary and structure diff over a small span
// model, plus readers of Jaeger and OTLP trace JSON into it. Pure TypeScript (no Node, no DOM):
// the query API computes with it server-side and the web UI in the browser, so both agree.
export {
  DIFF_CHANGES,
  type AnalysisSpan,
  type CriticalSegment,
  type DiffChange,
  type ServiceCount,
  type TraceDiffRow,
  type TraceSummary,
} from './types';
export { criticalPath } from './critical-path';
export { summarizeTrace } from './summary';
export { diffTraces, DIFF_ABSOLUTE_THRESHOLD_US, DIFF_RELATIVE_THRESHOLD } from './diff';
export { buildTree, type SpanTree } from './tree';
export {
  detectTraceJson,
  fromJaegerTrace,
  fromOtlpJson,
  parseTraceJson,
  TRACE_JSON_FORMATS,
  TraceJsonError,
  type ParsedTrace,
  type TraceJsonFormat,
} from './convert';
