// The view-generator's logic: one enriched trace message in, the rows of every view out. Plain
// functions over plain data; the handler buffers the rows and the trace-store writes them.
import { UNKNOWN_SERVICE } from '@tracehouse/identity';
import { emptySpanEnrichment, type RawSpan, type SpanEnrichment, type StructuredTrace } from '@tracehouse/model';
import { TENANT_PATTERN } from '@tracehouse/tenancy';
import { MAX_DATETIME64_NS, type SpanEventRow, type SpanLinkRow, type SpanRow, type TraceFragmentRow, type ViewRows } from '@tracehouse/trace-store';

/** Why a trace message cannot be written: bad input, dead-lettered by the handler. */
export class ViewInputError extends Error {
  /** `tenant`: the tenant is missing or not one the pipeline admits; `invalid`: anything else. */
  readonly subject: 'tenant' | 'invalid';
  constructor(message: string, subject: 'tenant' | 'invalid' = 'invalid') {
    super(message);
    this.name = 'ViewInputError';
    this.subject = subject;
  }
}


const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;

/** A row's own fields, writable while {@link spanRow} builds it. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Shared by every span without events or links (most spans): rows are never mutated once built.
const NO_EVENTS: readonly SpanEventRow[] = Object.freeze([]);
const NO_LINKS: readonly SpanLinkRow[] = Object.freeze([]);

/** What a span that was never enriched reads as. */
const EMPTY_ENRICHMENT: SpanEnrichment = emptySpanEnrichment();

/** The service a span is counted under: the enricher's effective service, else its own. */
export function effectiveService(span: RawSpan): string {
  return span.enrichment?.serviceName || span.serviceName || UNKNOWN_SERVICE;
}

/** Whether the span failed: the error group when the normalizer filled it, else its status. */
export function spanIsError(span: RawSpan): boolean {
  return span.error?.isError === true || span.statusCode === 'ERROR';
}

/** Why a span of a message is not stored while the rest of its trace is (a dead-letter reason). */
export const SPAN_REJECT_REASONS = ['invalid_span_id', 'foreign_trace_id', 'invalid_parent_id', 'refused_by_clickhouse'] as const;
export type SpanRejectReason = (typeof SPAN_REJECT_REASONS)[number];

/** A span of the message that cannot be stored: dead-lettered alone, its trace stored without it. */
export interface RejectedSpan {
  /** Its index in the message's `spans`. */
  readonly index: number;
  readonly reason: SpanRejectReason;
  /** A full sentence naming the span and what is wrong. */
  readonly message: string;
}

/** The trace-level checks: a message failing them has no row any view could hold. */
function validateTrace(trace: StructuredTrace, tenant: string): void {
  if (!TRACE_ID.test(trace.traceId) || /^0+$/.test(trace.traceId)) {
    throw new ViewInputError(`trace id ${JSON.stringify(trace.traceId)} is not 32 lowercase hex digits (not all zero)`);
  }
  if (tenant === '') throw new ViewInputError(`trace ${trace.traceId} has no tenant`, 'tenant');
  // The collector admits only such tenants; trace_spans takes its key from the spans line as written.
  if (!TENANT_PATTERN.test(tenant)) throw new ViewInputError(`tenant ${JSON.stringify(tenant.slice(0, 40))} of trace ${trace.traceId} is not 1-128 characters A-Z a-z 0-9 . _ -`, 'tenant');
}

/** The span-level checks: a span failing them is left out of the views and dead-lettered alone. */
function checkSpan(trace: StructuredTrace, span: RawSpan, index: number): RejectedSpan | undefined {
  if (!SPAN_ID.test(span.spanId) || /^0+$/.test(span.spanId)) {
    return { index, reason: 'invalid_span_id', message: `span id ${JSON.stringify(span.spanId.slice(0, 40))} of trace ${trace.traceId} is not 16 lowercase hex digits (not all zero)` };
  }
  if (span.traceId !== trace.traceId) return { index, reason: 'foreign_trace_id', message: `span ${span.spanId} has trace id ${JSON.stringify(span.traceId.slice(0, 40))}, not its message's ${trace.traceId}` };
  if (span.parentSpanId !== '' && !SPAN_ID.test(span.parentSpanId)) {
    return { index, reason: 'invalid_parent_id', message: `span ${span.spanId} has parent id ${JSON.stringify(span.parentSpanId.slice(0, 40))}, not 16 lowercase hex digits` };
  }
  return undefined;
}

const NS_PER_MS = 1_000_000n;
/** 1971-01-01T00:00:00Z: an earlier span time is a missing or unset clock, not a real time. */
const PLAUSIBLE_FROM_NS = 31_536_000_000_000_000n;
const PLAUSIBLE_FROM_MS = 31_536_000_000;
const YEAR_NS = 365n * 24n * 3_600_000_000_000n;
const MAX_EVENT_NS = 2n ** 64n - 1n;

/** A nanosecond time as ISO 8601 (UTC, to the nanosecond), or undefined where Date cannot say. */
function iso(ns: bigint): string | undefined {
  const ms = ns / NS_PER_MS;
  const date = new Date(Number(ms));
  if (Number.isNaN(date.getTime())) return undefined;
  const frac = (((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n).toString().padStart(9, '0');
  return `${date.toISOString().slice(0, 19)}.${frac}Z`;
}

const described = (ns: bigint): string => {
  const when = iso(ns);
  return when ? `${ns} ns (${when})` : `${ns} ns`;
};

/** A time as the column holds it, with what the span's warnings and raw fields must say about it. */
interface StoredTime {
  readonly column: bigint;
  /** Set when the column holds a clamped value: the time as sent. */
  readonly raw?: string;
  readonly warning?: string;
}

/**
 * A span time as stored (ARCHITECTURE.md: times are kept as sent, whatever they are). One the
 * column can hold is stored as sent, with a warning when it cannot be a real clock (before 1971,
 * or more than a year after the span arrived); one it cannot hold (before 1970, after 2262-04-11)
 * is clamped into the column, and the time as sent kept in the span's raw fields, which readers
 * return.
 */
export function storedTime(what: 'start time' | 'end time', ns: bigint, arrivedAtMs: number): StoredTime {
  if (ns === 0n) return { column: 0n, warning: `${what} 0 is missing or before 1971-01-01; stored as sent` };
  if (ns < 0n) {
    return { column: 0n, raw: ns.toString(), warning: `${what} ${described(ns)} is before 1970-01-01, which the time column cannot hold; it holds 1970-01-01T00:00:00Z and the time as sent is kept beside it` };
  }
  if (ns < PLAUSIBLE_FROM_NS) return { column: ns, warning: `${what} ${described(ns)} is missing or before 1971-01-01; stored as sent` };
  if (ns > MAX_DATETIME64_NS) {
    return {
      column: MAX_DATETIME64_NS,
      raw: ns.toString(),
      warning: `${what} ${described(ns)} is after 2262-04-11T23:47:16.854775807Z, the latest the time column can hold; it holds that and the time as sent is kept beside it`,
    };
  }
  const latest = BigInt(Math.trunc(arrivedAtMs)) * NS_PER_MS + YEAR_NS;
  if (arrivedAtMs > 0 && ns > latest) return { column: ns, warning: `${what} ${described(ns)} is more than a year after the span arrived (${iso(BigInt(Math.trunc(arrivedAtMs)) * NS_PER_MS) ?? arrivedAtMs}); stored as sent` };
  return { column: ns };
}

/**
 * The warnings about a span's duration: negative (end before start) or over a year. The column
 * holds the difference of the stored times, 0 when it would be negative.
 */
function durationWarning(start: bigint, end: bigint): string | undefined {
  if (end < start) return `end time is ${start - end} ns before start time (a negative duration); duration stored as 0, the times as sent`;
  if (end - start > YEAR_NS) return `duration ${end - start} ns is more than a year; stored as sent`;
  return undefined;
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

/** `inRange`, with a warning when a value was sent that the column cannot hold. */
function ranged(value: number | undefined, min: number, max: number, what: string, warnings: string[]): number | undefined {
  const held = inRange(value, min, max);
  if (held === undefined && value !== undefined) warnings.push(`${what} ${value} is not an integer from ${min} to ${max}; stored as unknown, the attribute keeps the value as sent`);
  return held;
}

/** A count as a UInt32 column holds it: whole, at least 0, at most 2^32 - 1. */
function count(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), UINT32_MAX) : 0;
}

/** What {@link buildViewRows} needs besides the trace. */
export interface BuildContext {
  /** The tenant from the message headers, used when the trace carries none. */
  readonly headerTenant: string;
  /**
   * The message's `received-at` header (ms), for a span that carries no receive time of its own;
   * the message's emission time when absent.
   */
  readonly receivedAtMs?: number;
}

function spanRow(span: RawSpan, e: SpanEnrichment, tenant: string, service: string, isError: boolean, version: number, arrivedAtMs: number, weight: number | undefined): SpanRow {
  const http = span.http ?? {};
  const rpc = span.rpc ?? {};
  const db = span.db ?? {};
  const messaging = span.messaging ?? {};
  const peer = span.peer ?? {};
  const warnings: string[] = span.warnings ? [...span.warnings] : [];
  const start = storedTime('start time', span.startTimeUnixNano, arrivedAtMs);
  const end = storedTime('end time', span.endTimeUnixNano, arrivedAtMs);
  if (start.warning) warnings.push(start.warning);
  if (end.warning) warnings.push(end.warning);
  const durationNote = durationWarning(span.startTimeUnixNano, span.endTimeUnixNano);
  if (durationNote) warnings.push(durationNote);
  const duration = end.column > start.column ? end.column - start.column : 0n;
  const httpStatusCode = ranged(http.statusCode, 0, 65_535, 'HTTP status code', warnings) ?? 0;
  const rpcStatusCode = ranged(rpc.statusCode, -(2 ** 31), 2 ** 31 - 1, 'RPC status code', warnings);
  const peerPort = ranged(peer.port, 0, 65_535, 'peer port', warnings) ?? 0;
  const events: readonly SpanEventRow[] = span.events.length === 0 ? NO_EVENTS : span.events.map((ev, i) => {
    const inRange = ev.timeUnixNano >= 0n && ev.timeUnixNano <= MAX_EVENT_NS;
    if (!inRange) warnings.push(`time ${ev.timeUnixNano} ns of event ${i} (${JSON.stringify(ev.name.slice(0, 40))}) is outside 0 to 2^64 - 1 ns; stored as ${ev.timeUnixNano < 0n ? 0 : MAX_EVENT_NS}`);
    return { timeUnixNano: inRange ? ev.timeUnixNano : ev.timeUnixNano < 0n ? 0n : MAX_EVENT_NS, name: ev.name, attributes: ev.attributes };
  });
  const links: readonly SpanLinkRow[] = span.links.length === 0 ? NO_LINKS : span.links.map((l) => ({ traceId: l.traceId, spanId: l.spanId, attributes: l.attributes }));
  const callee = e.callee;
  const calleeKind = callee?.calleeKind === 'SERVICE' || callee?.calleeKind === 'BACKEND' ? callee.calleeKind : '';
  // Built without spreads for the optional fields (set below when present), and without per-span
  // copies of empty event and link lists: row building for the views benchmark's traces fell from
  // 2.67 to 2.15 us per span (buildViewRows alone, interleaved runs).
  const row: Mutable<SpanRow> = {
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
    startTimeUnixNano: start.column,
    endTimeUnixNano: end.column,
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
    httpStatusCode,
    rpcSystem: rpc.system ?? '',
    rpcService: rpc.service ?? '',
    rpcMethod: rpc.method ?? '',
    rpcStatusCode,
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
    peerPort,
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
    // Typed as sent: the trace-store writes each map's string form (for search) and its types.
    attributes: span.attributes,
    resourceAttributes: span.resourceAttributes,
    events,
    links,
    scopeName: span.scopeName,
    scopeVersion: span.scopeVersion,
    receivedAtMs: arrivedAtMs,
    version,
  };
  if (warnings.length > 0) row.warnings = warnings;
  if (start.raw !== undefined || end.raw !== undefined) {
    const rawFields: Record<string, string> = {};
    if (start.raw !== undefined) rawFields.start_time = start.raw;
    if (end.raw !== undefined) rawFields.end_time = end.raw;
    row.rawFields = rawFields;
  }
  if (weight !== undefined) row.samplingWeight = weight;
  return row;
}

/** The rows of one message and the spans of it that cannot be stored. */
export interface BuiltRows extends ViewRows {
  /** Spans left out of the rows (the handler dead-letters each alone); empty when none. */
  readonly rejected: RejectedSpan[];
}

/**
 * The rows of `spans` and `trace_fragments` for one enriched trace message (a whole trace or a late
 * fragment of one); ClickHouse derives the other views from them. Deterministic: the same message
 * always gives the same rows, which is what makes a replay a no-op in the views. A span with times
 * or numbers its columns cannot hold is stored all the same, with warnings (see storedTime); a
 * span whose ids no view can hold is left out and listed in `rejected`; `only` restricts the rows
 * to those span indices (the handler isolating a span ClickHouse refuses). Throws
 * {@link ViewInputError} for a message no view can hold (its trace id or tenant).
 */
export function buildViewRows(trace: StructuredTrace, context: BuildContext, only?: ReadonlySet<number>): BuiltRows {
  const tenant = trace.tenantId || context.headerTenant;
  validateTrace(trace, tenant);
  const version = Math.max(0, Math.trunc(trace.emittedAtMs));
  const rows: BuiltRows = { spans: [], traceFragments: [], rejected: [] };
  if (trace.spans.length === 0) return rows;
  // Retention counts from arrival: a span without a receive time of its own (or with one before
  // 1971, which no collector clock gives) takes its message's, else the message's emission time.
  // A trace the grouper's tail sampling kept stands for `weight` traces: each of its rows carries it,
  // so the views count it that many times (absent or 1: sampling off or a keep-all rule).
  const weight = trace.sampling !== undefined && trace.sampling.weight !== 1 ? trace.sampling.weight : undefined;
  const messageArrival = context.receivedAtMs !== undefined && context.receivedAtMs >= PLAUSIBLE_FROM_MS ? context.receivedAtMs : version;
  let receivedAtMs = 0;

  const spanIds: string[] = [];
  const errorSpanIds: string[] = [];
  const services: string[] = [];
  const seenServices = new Set<string>();
  let start = MAX_DATETIME64_NS;
  let end = 0n;
  let root: { span: RawSpan; rank: 0 | 1; service: string; start: bigint } | undefined;
  let earliest: { span: RawSpan; rank: 1; service: string; start: bigint } | undefined;
  const rootIndices = new Set(trace.rootIndices);

  trace.spans.forEach((span, index) => {
    if (only && !only.has(index)) return;
    const rejected = checkSpan(trace, span, index);
    if (rejected) {
      rows.rejected.push(rejected);
      return;
    }
    const e = span.enrichment ?? EMPTY_ENRICHMENT;
    const service = effectiveService(span);
    const isError = spanIsError(span);
    const arrivedAtMs = span.receivedAtMs >= PLAUSIBLE_FROM_MS ? span.receivedAtMs : messageArrival;
    if (arrivedAtMs > receivedAtMs) receivedAtMs = arrivedAtMs;
    const row = spanRow(span, e, tenant, service, isError, version, arrivedAtMs, weight);
    rows.spans.push(row);

    spanIds.push(span.spanId);
    if (isError) errorSpanIds.push(span.spanId);
    if (!seenServices.has(service)) {
      seenServices.add(service);
      services.push(service);
    }
    // The trace's row holds the times as the span columns do (clamped into the column's range).
    if (row.startTimeUnixNano < start) start = row.startTimeUnixNano;
    if (row.endTimeUnixNano > end) end = row.endTimeUnixNano;
    // The root candidate: a span without parent beats one whose parent is missing; then the earliest.
    const rank: 0 | 1 | undefined = span.parentSpanId === '' ? 0 : rootIndices.has(index) ? 1 : undefined;
    if (rank !== undefined && (!root || rank < root.rank || (rank === root.rank && row.startTimeUnixNano < root.start))) {
      root = { span, rank, service, start: row.startTimeUnixNano };
    }
    if (!earliest || row.startTimeUnixNano < earliest.start) earliest = { span, rank: 1, service: '', start: row.startTimeUnixNano };
  });
  if (rows.spans.length === 0) return rows;

  // Every span is somebody's descendant or a root: with no root index (never from the grouper), the earliest span stands in.
  const candidate = root ?? (earliest as NonNullable<typeof earliest>);
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
    rootStartUnixNano: candidate.start,
    rootService: (useTraceEnrichment && trace.enrichment?.rootServiceName) || candidateService,
    transactionName: (useTraceEnrichment && trace.enrichment?.transactionName) || candidate.span.enrichment?.apiName || candidate.span.name,
    truncated: trace.truncated,
    overflowSpanCount: Math.max(0, trace.overflowSpanCount),
    receivedAtMs,
    ...(weight !== undefined ? { samplingWeight: weight } : {}),
  } satisfies TraceFragmentRow);
  return rows;
}
