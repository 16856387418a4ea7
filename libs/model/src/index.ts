// @tracehouse/model: the pipeline's internal data model (RawSpan, StructuredTrace) as domain
// types, their protobuf codecs, and the small helpers every stage needs to read them.
export { attrBool, attrInt, attrString, setAttribute, type AttributeValue, type Attributes } from './attributes';
export {
  decodeRawSpan,
  decodeRawSpanFragment,
  decodeStructuredTrace,
  decodeStructuredTraceSpans,
  encodeEnrichedTrace,
  encodeRawSpan,
  encodeRawSpanFragment,
  encodeRawSpanFragments,
  encodeStructuredTrace,
  type DecodedStructuredTrace,
} from './codec';
export { ModelDecodeError, ModelEncodeError, type ModelErrorOptions, type ModelMessageType } from './errors';
export { TRACE_RULES, checkStructuredTrace, cycleMembers, type CheckOptions, type TraceRule, type TraceViolation } from './trace-rules';
export {
  API_STATUSES,
  CALLEE_KINDS,
  PROTOCOLS,
  SPAN_KINDS,
  SPAN_ROLES,
  STATUS_CODES,
  type ApiStatus,
  type CallEdge,
  type DecodedRawSpanFragment,
  type CalleeKind,
  type DbInfo,
  type ErrorInfo,
  type HttpInfo,
  type MessagingInfo,
  type PeerInfo,
  type Protocol,
  type RawSpan,
  type RawSpanFragment,
  type RpcInfo,
  type SpanEdge,
  type SpanEnrichment,
  type SpanEvent,
  type SpanKind,
  type SpanLink,
  type SpanRole,
  type StatusCode,
  type StructuredTrace,
  type TraceEnrichment,
  type TraceSampling,
  emptySpanEnrichment,
} from './types';
