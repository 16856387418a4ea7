export {
  OTLP_SPANS,
  RAW_SPANS,
  RAW_SPANS_FORMAT,
  STRUCTURED_TRACES,
  ENRICHED_TRACES,
  PIPELINE_TOPICS,
  MAX_RECORD_BYTES,
  tenantTraceKey,
  type RawSpansContract,
  type RawSpansRecord,
  type StructuredTracesContract,
  type TopicContract,
} from './contracts';
export { PIPELINE_HEADERS, DEFAULT_TENANT, pipelineHeaders, readPipelineHeaders } from './headers';
