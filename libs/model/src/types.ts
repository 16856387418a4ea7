// The domain model: what business logic reads and writes. The codecs translate it to and from the
// protobuf messages of proto/tracehouse/model/v1/model.proto; nothing here knows about protobufjs.
//
// Conventions: ids are lowercase hex (trace id 32 digits, span id 16, '' when absent);
// nanosecond timestamps are bigint (they exceed 2^53); millisecond timestamps are numbers; enums
// are string unions whose array index is the protobuf enum number; absent is `undefined`.
import { type Attributes } from './attributes';

/** SPAN_KINDS lists the span kinds; the index of each is its OTLP/protobuf number. */
export const SPAN_KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'] as const;
/** SpanKind is the OTLP span kind. */
export type SpanKind = (typeof SPAN_KINDS)[number];

/** STATUS_CODES lists the span status codes; the index of each is its OTLP/protobuf number. */
export const STATUS_CODES = ['UNSET', 'OK', 'ERROR'] as const;
/** StatusCode is the OTLP span status code. */
export type StatusCode = (typeof STATUS_CODES)[number];

/** SPAN_ROLES lists the span roles; the index of each is its protobuf number. */
export const SPAN_ROLES = ['UNSPECIFIED', 'ENTRY', 'EXIT', 'INTERNAL'] as const;
/** SpanRole is where a span sits relative to its service's boundary. */
export type SpanRole = (typeof SPAN_ROLES)[number];

/** PROTOCOLS lists the protocols the enricher tells apart; the index of each is its protobuf number. */
export const PROTOCOLS = ['UNSPECIFIED', 'UNKNOWN', 'HTTP', 'HTTPS', 'GRPC', 'RPC', 'DB', 'CACHE', 'MESSAGING'] as const;
/**
 * Protocol is the protocol of a span's call. `UNSPECIFIED`: not determined yet; `UNKNOWN`: looked
 * at and could not be told; `RPC`: RPC other than gRPC; `CACHE`: Redis, Memcached and the like.
 */
export type Protocol = (typeof PROTOCOLS)[number];

/** API_STATUSES lists the API call outcomes; the index of each is its protobuf number. */
export const API_STATUSES = ['UNSPECIFIED', 'SUCCESS', 'FAIL'] as const;
/** ApiStatus is the outcome of an API call as the views count it. */
export type ApiStatus = (typeof API_STATUSES)[number];

/** CALLEE_KINDS lists what an exit span can call; the index of each is its protobuf number. */
export const CALLEE_KINDS = ['UNSPECIFIED', 'SERVICE', 'BACKEND'] as const;
/** CalleeKind says whether an exit span calls a traced service or a backend that sends no spans. */
export type CalleeKind = (typeof CALLEE_KINDS)[number];

/** SpanEvent is a timestamped annotation of a span (OTLP Span.Event). */
export interface SpanEvent {
  timeUnixNano: bigint;
  name: string;
  attributes: Attributes;
  droppedAttributesCount: number;
}

/**
 * SpanLink points at another span (OTLP Span.Link). Its ids may be '' or all zeros: OpenTelemetry
 * keeps links to invalid span contexts when they carry attributes.
 */
export interface SpanLink {
  traceId: string;
  spanId: string;
  traceState: string;
  attributes: Attributes;
  droppedAttributesCount: number;
  flags: number;
}

/** HttpInfo is what a span says about an HTTP request; a property is absent when not known. */
export interface HttpInfo {
  method?: string;
  /** The full URL, as sent or reconstructed. */
  url?: string;
  scheme?: string;
  host?: string;
  port?: number;
  path?: string;
  query?: string;
  /** The templated route, e.g. `/users/{id}`. */
  route?: string;
  statusCode?: number;
  userAgent?: string;
  /** Request body size in bytes; 0 (an empty body) is kept, unlike the other numbers here. */
  requestBodySize?: number;
  /** Response body size in bytes; 0 is kept. */
  responseBodySize?: number;
}

/** RpcInfo is what a span says about a remote procedure call. */
export interface RpcInfo {
  /** `grpc`, `java_rmi`, `dotnet_wcf`, ... */
  system?: string;
  service?: string;
  method?: string;
  /** The RPC status code; 0 (gRPC OK) is kept, absent means not known. */
  statusCode?: number;
}

/** DbInfo is what a span says about a database call. */
export interface DbInfo {
  system?: string;
  name?: string;
  operation?: string;
  statement?: string;
  table?: string;
}

/** MessagingInfo is what a span says about a message sent or received. */
export interface MessagingInfo {
  system?: string;
  destination?: string;
  operation?: string;
}

/** PeerInfo is the other side of a remote call, as far as the span knows it. */
export interface PeerInfo {
  service?: string;
  address?: string;
  port?: number;
}

/** ErrorInfo says whether a span failed and, if an exception was recorded, which one. */
export interface ErrorInfo {
  isError: boolean;
  type?: string;
  message?: string;
}

/** CallEdge is the callee of an exit span: the service fields or the backend fields, as `calleeKind` says. */
export interface CallEdge {
  calleeKind: CalleeKind;
  calleeServiceId: string;
  calleeServiceName: string;
  calleeApiId: string;
  calleeApiName: string;
  calleeBackendId: string;
  calleeBackendName: string;
}

/**
 * SpanEnrichment is what the trace-enricher derives for one span. Ids are deterministic entity
 * ids; '' means "does not apply to this span".
 */
export interface SpanEnrichment {
  role: SpanRole;
  protocol: Protocol;
  /** The span is the entry of an API: the first span of a request into a service. */
  apiEntry: boolean;
  /** The span calls out to another service or a backend. */
  apiExit: boolean;
  serviceId: string;
  /** The effective service, possibly inherited from the parent span. */
  serviceName: string;
  apiId: string;
  apiName: string;
  /** The API entry span that governs this span. */
  entryApiId: string;
  entryApiName: string;
  backendId: string;
  backendName: string;
  backendType: string;
  apiStatus: ApiStatus;
  errorCount: number;
  exceptionCount: number;
  callee?: CallEdge;
}

/**
 * RawSpan is one normalized span: written by the span-normalizer to `raw-spans` and carried
 * inside {@link StructuredTrace} by every later stage. A span is identified by
 * (tenantId, traceId, spanId).
 */
export interface RawSpan {
  tenantId: string;
  /** 32 lowercase hex digits, not all zero. */
  traceId: string;
  /** 16 lowercase hex digits, not all zero. */
  spanId: string;
  /** 16 lowercase hex digits, or '' for a root span. */
  parentSpanId: string;
  traceState: string;
  name: string;
  kind: SpanKind;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  statusCode: StatusCode;
  statusMessage: string;
  /** Never empty: `unknown_service` when the sender gave none. */
  serviceName: string;
  attributes: Attributes;
  resourceAttributes: Attributes;
  scopeName: string;
  scopeVersion: string;
  events: SpanEvent[];
  links: SpanLink[];
  droppedAttributesCount: number;
  droppedEventsCount: number;
  droppedLinksCount: number;
  /** W3C trace flags in the low byte, as OTLP's Span.flags. */
  flags: number;
  /** Collector receive time, ms since the epoch. */
  receivedAtMs: number;
  /**
   * What a stage noticed about this span and repaired, or could not represent, as full sentences
   * (a derived span id, a missing or out-of-range time, ...). Absent when there is none; the query
   * API returns them as Jaeger's span `warnings`.
   */
  warnings?: string[];
  http?: HttpInfo;
  rpc?: RpcInfo;
  db?: DbInfo;
  messaging?: MessagingInfo;
  peer?: PeerInfo;
  error?: ErrorInfo;
  /** Filled in by the trace-enricher; absent before. */
  enrichment?: SpanEnrichment;
}

/** SpanEdge is one parent -> child relation, as indices into {@link StructuredTrace.spans}. */
export interface SpanEdge {
  parentIndex: number;
  childIndex: number;
}

/** TraceEnrichment is what the trace-enricher derives for a whole trace. */
export interface TraceEnrichment {
  /** The name of the root API, e.g. `GET /users/{id}`. */
  transactionName: string;
  rootServiceName: string;
  /** Distinct service names, in first-seen order. */
  services: string[];
  serviceCount: number;
  spanCount: number;
  errorCount: number;
  exceptionCount: number;
  apiEntryCount: number;
}

/**
 * StructuredTrace is the spans of one trace plus their parent/child graph, as the spans-grouper
 * writes it to `structured-traces` (and the trace-enricher, enriched, to `enriched-traces`). Every
 * span has the trace's tenantId and traceId.
 */
export interface StructuredTrace {
  tenantId: string;
  /** 32 lowercase hex digits, not all zero. */
  traceId: string;
  spans: RawSpan[];
  spanEdges: SpanEdge[];
  /** Indices of the spans whose parent is not in this message; normally exactly one. */
  rootIndices: number[];
  /** The earliest span start. */
  startTimeUnixNano: bigint;
  /** The latest span end. */
  endTimeUnixNano: bigint;
  /** Spans in this message. */
  spanCount: number;
  /** A follow-up fragment: spans that arrived after the trace had been emitted. */
  isFragment: boolean;
  /** 0 for the first emission, then 1, 2, ... */
  fragmentSeq: number;
  /** The trace hit the span cap and `overflowSpanCount` spans were dropped. */
  truncated: boolean;
  overflowSpanCount: number;
  /** When the grouper emitted the trace, ms since the epoch. */
  emittedAtMs: number;
  /** Filled in by the trace-enricher; absent before. */
  enrichment?: TraceEnrichment;
  /** Set by the spans-grouper when its tail sampling kept the trace; absent when sampling is off (weight 1). */
  sampling?: TraceSampling;
}

/** TraceSampling says why the spans-grouper's tail sampling kept a trace and what it stands for. */
export interface TraceSampling {
  /** The policy rule that kept it (`otherwise` when no rule matched). */
  rule: string;
  /** How many traces it stands for: 1 / the probability of keeping it (>= 1). */
  weight: number;
}

/**
 * RawSpanFragment is the spans of one trace from one `otlp-spans` record: the value of a
 * `raw-spans` record in format version 2 (one record per trace fragment, not one per span). Every
 * span has the fragment's tenantId and traceId.
 */
export interface RawSpanFragment {
  tenantId: string;
  /** 32 lowercase hex digits, not all zero. */
  traceId: string;
  spans: RawSpan[];
}

/**
 * A decoded {@link RawSpanFragment}, with each span's encoded bytes as read: `spanBytes[i]` is a
 * complete RawSpan message for `spans[i]` (a view into the decoded buffer, not a copy), so a
 * consumer can splice it into a StructuredTrace or hash it without encoding the span again.
 */
export interface DecodedRawSpanFragment extends RawSpanFragment {
  spanBytes: Uint8Array[];
}

/**
 * A SpanEnrichment with nothing derived yet (roles and statuses UNSPECIFIED, names empty, counts 0):
 * where enrichers start, and what a reader assumes for a span that was never enriched. A fresh
 * object each call, so callers may fill it in.
 */
export function emptySpanEnrichment(): SpanEnrichment {
  return {
    role: 'UNSPECIFIED',
    protocol: 'UNSPECIFIED',
    apiEntry: false,
    apiExit: false,
    serviceId: '',
    serviceName: '',
    apiId: '',
    apiName: '',
    entryApiId: '',
    entryApiName: '',
    backendId: '',
    backendName: '',
    backendType: '',
    apiStatus: 'UNSPECIFIED',
    errorCount: 0,
    exceptionCount: 0,
  };
}
