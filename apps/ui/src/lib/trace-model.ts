// The trace model the trace view works on, read from the query API's Jaeger JSON
// (`GET /api/traces/:traceId`) or from an uploaded file (see upload.ts). Attribute values keep their
// type (Jaeger's `string`, `bool`, `int64`, `float64`, `binary`), so the span detail can show it.
import type { AnalysisSpan } from '@tracehouse/trace-analysis';

/** An attribute with its type as Jaeger names it. */
export interface TypedAttribute {
  readonly key: string;
  readonly type: string;
  readonly value: string | number | boolean;
}

/** A span event (a Jaeger log). */
export interface UiSpanEvent {
  /** µs since the epoch. */
  readonly timeUs: number;
  readonly name: string;
  readonly attributes: readonly TypedAttribute[];
}

/** A span link (a Jaeger reference other than the parent). */
export interface UiSpanLink {
  readonly traceId: string;
  readonly spanId: string;
  readonly refType: string;
}

/** One span as the trace view shows it. */
export interface UiSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly service: string;
  readonly operation: string;
  /** server, client, producer, consumer, internal or ''. */
  readonly kind: string;
  /** µs since the epoch. */
  readonly startUs: number;
  readonly durationUs: number;
  readonly error: boolean;
  readonly statusCode: 'UNSET' | 'OK' | 'ERROR';
  readonly statusMessage: string;
  readonly attributes: readonly TypedAttribute[];
  readonly resource: readonly TypedAttribute[];
  readonly events: readonly UiSpanEvent[];
  readonly links: readonly UiSpanLink[];
  /** What the pipeline noticed (clock skew, truncation, repaired parent...). */
  readonly warnings: readonly string[];
}

/** A trace for the trace view. */
export interface UiTrace {
  readonly traceId: string;
  readonly spans: readonly UiSpan[];
  /** Trace-level warnings (truncation). */
  readonly warnings: readonly string[];
}

/** Jaeger's key-value (tags, process tags, log fields). */
export interface JaegerKeyValue {
  readonly key: string;
  readonly type?: string;
  readonly value: unknown;
}

/** The Jaeger UI trace JSON (the query API's `/api/traces/:id` data item). */
export interface JaegerTraceJson {
  readonly traceID: string;
  readonly spans: readonly {
    readonly traceID: string;
    readonly spanID: string;
    readonly operationName: string;
    readonly references?: readonly { readonly refType: string; readonly traceID: string; readonly spanID: string }[] | null;
    readonly startTime: number;
    readonly duration: number;
    readonly tags?: readonly JaegerKeyValue[] | null;
    readonly logs?: readonly { readonly timestamp: number; readonly fields?: readonly JaegerKeyValue[] | null }[] | null;
    readonly processID?: string;
    readonly process?: { readonly serviceName: string; readonly tags?: readonly JaegerKeyValue[] | null };
    readonly warnings?: readonly string[] | null;
  }[];
  readonly processes?: Readonly<Record<string, { readonly serviceName: string; readonly tags?: readonly JaegerKeyValue[] | null }>>;
  readonly warnings?: readonly string[] | null;
}

/** Span-level facts Jaeger carries as tags; the detail shows them as kind and status instead. */
const FACT_TAGS = new Set(['span.kind', 'otel.status_code', 'otel.status_description', 'error']);

function typed(kv: JaegerKeyValue): TypedAttribute {
  const v = kv.value;
  const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  const type = kv.type ?? (typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? (Number.isInteger(v) ? 'int64' : 'float64') : 'string');
  return { key: kv.key, type, value };
}

/** A Jaeger UI trace as the view's model: parent from the CHILD_OF (else first) reference, status from the tags. */
export function fromJaegerTrace(t: JaegerTraceJson): UiTrace {
  const spans = t.spans.map((s): UiSpan => {
    const process = s.process ?? (s.processID !== undefined ? t.processes?.[s.processID] : undefined);
    const tags = s.tags ?? [];
    const tag = (key: string): unknown => tags.find((x) => x.key === key)?.value;
    const refs = s.references ?? [];
    const parentRef = refs.find((r) => r.refType === 'CHILD_OF' && r.traceID === s.traceID) ?? refs.find((r) => r.traceID === s.traceID);
    const statusTag = String(tag('otel.status_code') ?? '').toUpperCase();
    const errorTag = tag('error');
    const error = statusTag === 'ERROR' || errorTag === true || errorTag === 'true';
    const statusCode = error ? 'ERROR' : statusTag === 'OK' ? 'OK' : 'UNSET';
    return {
      traceId: s.traceID,
      spanId: s.spanID,
      ...(parentRef && parentRef.spanID !== s.spanID ? { parentSpanId: parentRef.spanID } : {}),
      service: process?.serviceName || 'unknown_service',
      operation: s.operationName,
      kind: String(tag('span.kind') ?? ''),
      startUs: s.startTime,
      durationUs: s.duration,
      error,
      statusCode,
      statusMessage: String(tag('otel.status_description') ?? ''),
      attributes: tags.filter((x) => !FACT_TAGS.has(x.key)).map(typed),
      resource: (process?.tags ?? []).map(typed),
      events: (s.logs ?? []).map((l) => {
        const fields = l.fields ?? [];
        const name = fields.find((f) => f.key === 'event')?.value;
        return { timeUs: l.timestamp, name: typeof name === 'string' ? name : '', attributes: fields.filter((f) => f.key !== 'event').map(typed) };
      }),
      links: refs.filter((r) => r !== parentRef).map((r) => ({ traceId: r.traceID, spanId: r.spanID, refType: r.refType })),
      warnings: s.warnings ?? [],
    };
  });
  return { traceId: t.traceID, spans, warnings: t.warnings ?? [] };
}

/** The spans in the shape of libs/trace-analysis. */
export function toAnalysisSpans(trace: UiTrace): AnalysisSpan[] {
  return trace.spans.map((s) => ({
    spanId: s.spanId,
    ...(s.parentSpanId !== undefined ? { parentSpanId: s.parentSpanId } : {}),
    service: s.service,
    operation: s.operation,
    startUs: s.startUs,
    durationUs: s.durationUs,
    error: s.error,
  }));
}

/** Every warning of the trace: the trace's own, then each span's, naming the span. */
export function traceWarnings(trace: UiTrace): { readonly spanId?: string; readonly text: string }[] {
  const out: { spanId?: string; text: string }[] = trace.warnings.map((text) => ({ text }));
  for (const s of trace.spans) for (const text of s.warnings) out.push({ spanId: s.spanId, text });
  return out;
}
