// The view-generator's logic: one enriched trace message in, the rows of every view out. Plain
// functions over plain data; the handler buffers the rows and the trace-store writes them.
import { emptySpanEnrichment, type AttributeValue, type Attributes, type RawSpan, type SpanEnrichment, type StructuredTrace } from '@tracehouse/model';
import { TENANT_PATTERN } from '@tracehouse/tenancy';
import type { SpanRow, StringMap, TraceFragmentRow, ViewRows } from '@tracehouse/trace-store';

/** Why a trace message cannot be written: bad input, dead-lettered by the handler. */
export class ViewInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ViewInputError';
  }
}

/** The service name a span without one gets (ARCHITECTURE.md). */
export const UNKNOWN_SERVICE = 'unknown_service';

// DateTime64(9) holds 1900-01-01 .. 2262-04-11; we refuse what it would silently wrap.
const MAX_NS = 9_223_372_036_854_775_807n;
const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;

/** What a span that was never enriched reads as. */
const EMPTY_ENRICHMENT: SpanEnrichment = emptySpanEnrichment();

/** Bytes as base64 in a string attribute. */
function bytesToString(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function toJsonable(value: AttributeValue): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return bytesToString(value);
  if (Array.isArray(value)) return value.map(toJsonable);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsonable(v);
    return out;
  }
  return value;
}

/**
 * One attribute value as the views store it (a string): strings as they are, numbers and bigints
 * in decimal, booleans as `true`/`false`, bytes as base64, arrays and maps as JSON.
 */
export function attributeToString(value: AttributeValue): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return value instanceof Uint8Array ? bytesToString(value) : JSON.stringify(toJsonable(value));
  }
}

/** Attributes as a string map (null prototype: a `__proto__` key stays an ordinary key). */
export function stringifyAttributes(attributes: Attributes): StringMap {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    if (value !== undefined) out[key] = attributeToString(value);
  }
  return out;
}

/** The service a span is counted under: the enricher's effective service, else its own. */
export function effectiveService(span: RawSpan): string {
  return span.enrichment?.serviceName || span.serviceName || UNKNOWN_SERVICE;
}

/** Whether the span failed: the error group when the normalizer filled it, else its status. */
export function spanIsError(span: RawSpan): boolean {
  return span.error?.isError === true || span.statusCode === 'ERROR';
}

function checkTime(ns: bigint, what: string): void {
  if (ns < 0n || ns > MAX_NS) throw new ViewInputError(`${what} ${ns} ns is outside what a timestamp column can hold`);
}

function validate(trace: StructuredTrace, tenant: string): void {
  if (!TRACE_ID.test(trace.traceId) || /^0+$/.test(trace.traceId)) {
    throw new ViewInputError(`trace id ${JSON.stringify(trace.traceId)} is not 32 lowercase hex digits (not all zero)`);
  }
  if (tenant === '') throw new ViewInputError(`trace ${trace.traceId} has no tenant`);
  // The collector admits only such tenants; trace_spans takes its key from the spans line as written.
  if (!TENANT_PATTERN.test(tenant)) throw new ViewInputError(`tenant ${JSON.stringify(tenant.slice(0, 40))} of trace ${trace.traceId} is not 1-128 characters A-Z a-z 0-9 . _ -`);
  for (const span of trace.spans) {
    if (!SPAN_ID.test(span.spanId) || /^0+$/.test(span.spanId)) {
      throw new ViewInputError(`span id ${JSON.stringify(span.spanId)} of trace ${trace.traceId} is not 16 lowercase hex digits (not all zero)`);
    }
    if (span.traceId !== trace.traceId) throw new ViewInputError(`span ${span.spanId} has trace id ${span.traceId}, not its message's ${trace.traceId}`);
    if (span.parentSpanId !== '' && !SPAN_ID.test(span.parentSpanId)) throw new ViewInputError(`span ${span.spanId} has parent id ${JSON.stringify(span.parentSpanId)}, not 16 hex digits`);
    checkTime(span.startTimeUnixNano, `start of span ${span.spanId}:`);
    checkTime(span.endTimeUnixNano, `end of span ${span.spanId}:`);
  }
}

const UINT32_MAX = 2 ** 32 - 1;

/**
 * The value when it is an integer the column can hold, else undefined. A tracer may send any
 * integer as `http.status_code`; ClickHouse would wrap 70000 into a UInt16 silently and reject -1,
 * failing the whole batch, so a first-class field out of its column's range reads as unknown
 * (the attribute keeps what was sent).
 */
function inRange(value: number | undefined, min: number, max: number): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** A count as a UInt32 column holds it: whole, at least 0, at most 2^32 - 1. */
function count(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), UINT32_MAX) : 0;
}

/** What {@link buildViewRows} needs besides the trace. */
export interface BuildContext {
  /** The tenant from the message headers, used when the trace carries none. */
  readonly headerTenant: string;
}

function spanRow(span: RawSpan, e: SpanEnrichment, tenant: string, service: string, isError: boolean, version: number): SpanRow {
  const http = span.http ?? {};
  const rpc = span.rpc ?? {};
  const db = span.db ?? {};
  const messaging = span.messaging ?? {};
  const peer = span.peer ?? {};
  const duration = span.endTimeUnixNano > span.startTimeUnixNano ? span.endTimeUnixNano - span.startTimeUnixNano : 0n;
  const callee = e.callee;
  const calleeKind = callee?.calleeKind === 'SERVICE' || callee?.calleeKind === 'BACKEND' ? callee.calleeKind : '';
  return {
    tenant,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    traceState: span.traceState,
    serviceName: service,
    serviceId: e.serviceId,
    spanServiceName: span.serviceName || UNKNOWN_SERVICE,
    apiId: e.apiId,
    apiName: e.apiName,
    entryApiId: e.entryApiId,
    entryApiName: e.entryApiName,
    spanName: span.name,
    kind: span.kind,
    role: e.role,
    protocol: e.protocol,
    startTimeUnixNano: span.startTimeUnixNano,
    endTimeUnixNano: span.endTimeUnixNano,
    durationNs: duration,
    statusCode: span.statusCode,
    statusMessage: span.statusMessage,
    apiStatus: e.apiStatus,
    isError,
    errorType: span.error?.type ?? '',
    errorMessage: span.error?.message ?? '',
    errorCount: count(e.errorCount),
    exceptionCount: count(e.exceptionCount),
    httpMethod: http.method ?? '',
    httpUrl: http.url ?? '',
    httpHost: http.host ?? '',
    httpPath: http.path ?? '',
    httpRoute: http.route ?? '',
    httpStatusCode: inRange(http.statusCode, 0, 65_535) ?? 0,
    rpcSystem: rpc.system ?? '',
    rpcService: rpc.service ?? '',
    rpcMethod: rpc.method ?? '',
    rpcStatusCode: inRange(rpc.statusCode, -(2 ** 31), 2 ** 31 - 1),
    dbSystem: db.system ?? '',
    dbName: db.name ?? '',
    dbOperation: db.operation ?? '',
    dbStatement: db.statement ?? '',
    dbTable: db.table ?? '',
    messagingSystem: messaging.system ?? '',
    messagingDestination: messaging.destination ?? '',
    messagingOperation: messaging.operation ?? '',
    peerService: peer.service ?? '',
    peerAddress: peer.address ?? '',
    peerPort: inRange(peer.port, 0, 65_535) ?? 0,
    backendId: e.backendId,
    backendName: e.backendName,
    backendType: e.backendType,
    apiEntry: e.apiEntry,
    calleeKind,
    calleeServiceId: callee?.calleeServiceId ?? '',
    calleeServiceName: callee?.calleeServiceName ?? '',
    calleeApiId: callee?.calleeApiId ?? '',
    calleeApiName: callee?.calleeApiName ?? '',
    calleeBackendId: callee?.calleeBackendId ?? '',
    calleeBackendName: callee?.calleeBackendName ?? '',
    attributes: stringifyAttributes(span.attributes),
    resourceAttributes: stringifyAttributes(span.resourceAttributes),
    events: span.events.map((ev) => ({ timeUnixNano: ev.timeUnixNano < 0n ? 0n : ev.timeUnixNano, name: ev.name, attributes: stringifyAttributes(ev.attributes) })),
    links: span.links.map((l) => ({ traceId: l.traceId, spanId: l.spanId, attributes: stringifyAttributes(l.attributes) })),
    scopeName: span.scopeName,
    scopeVersion: span.scopeVersion,
    receivedAtMs: span.receivedAtMs,
    version,
  };
}

/**
 * The rows of `spans` and `trace_fragments` for one enriched trace message (a whole trace or a late
 * fragment of one); ClickHouse derives the other views from them. Deterministic: the same message always gives the same rows, which is what makes a replay a no-op
 * in the views. Throws {@link ViewInputError} for input no view can hold.
 */
export function buildViewRows(trace: StructuredTrace, context: BuildContext): ViewRows {
  const tenant = trace.tenantId || context.headerTenant;
  validate(trace, tenant);
  const version = Math.max(0, Math.trunc(trace.emittedAtMs));
  const rows: ViewRows = { spans: [], traceFragments: [] };
  if (trace.spans.length === 0) return rows;

  const spanIds: string[] = [];
  const errorSpanIds: string[] = [];
  const services: string[] = [];
  const seenServices = new Set<string>();
  let start = MAX_NS;
  let end = 0n;
  let root: { span: RawSpan; rank: 0 | 1; service: string } | undefined;
  const rootIndices = new Set(trace.rootIndices);

  trace.spans.forEach((span, index) => {
    const e = span.enrichment ?? EMPTY_ENRICHMENT;
    const service = effectiveService(span);
    const isError = spanIsError(span);
    rows.spans.push(spanRow(span, e, tenant, service, isError, version));

    spanIds.push(span.spanId);
    if (isError) errorSpanIds.push(span.spanId);
    if (!seenServices.has(service)) {
      seenServices.add(service);
      services.push(service);
    }
    if (span.startTimeUnixNano < start) start = span.startTimeUnixNano;
    if (span.endTimeUnixNano > end) end = span.endTimeUnixNano;
    // The root candidate: a span without parent beats one whose parent is missing; then the earliest.
    const rank: 0 | 1 | undefined = span.parentSpanId === '' ? 0 : rootIndices.has(index) ? 1 : undefined;
    if (rank !== undefined && (!root || rank < root.rank || (rank === root.rank && span.startTimeUnixNano < root.span.startTimeUnixNano))) {
      root = { span, rank, service };
    }

  });

  // Every span is somebody's descendant or a root: with no root index (never from the grouper), the earliest span stands in.
  const candidate = root ?? { span: trace.spans.reduce((a, b) => (b.startTimeUnixNano < a.startTimeUnixNano ? b : a)), rank: 1 as const, service: '' };
  const candidateService = candidate.service || effectiveService(candidate.span);
  const useTraceEnrichment = candidate.rank === 0 && trace.enrichment !== undefined;
  rows.traceFragments.push({
    tenant,
    traceId: trace.traceId,
    startTimeUnixNano: start,
    endTimeUnixNano: end < start ? start : end,
    spanIds,
    errorSpanIds,
    services,
    rootRank: candidate.rank,
    rootStartUnixNano: candidate.span.startTimeUnixNano,
    rootService: (useTraceEnrichment && trace.enrichment?.rootServiceName) || candidateService,
    transactionName: (useTraceEnrichment && trace.enrichment?.transactionName) || candidate.span.enrichment?.apiName || candidate.span.name,
    truncated: trace.truncated,
    overflowSpanCount: Math.max(0, trace.overflowSpanCount),
  } satisfies TraceFragmentRow);
  return rows;
}
