// The log lines of the trace view and the home page, read from the query API's log records
// (`GET /api/traces/:traceId/logs`, `GET /api/logs/errors-by-service`): times in µs as the rest of
// the UI, attributes typed as OTLP/JSON sent them, and where each line sits on the waterfall.
import type { TypedAttribute } from './trace-model';

/** An OTLP/JSON AnyValue as the API writes it (int64 as a decimal string, bytes as base64). */
export interface OtlpJsonValue {
  readonly stringValue?: string;
  readonly intValue?: string | number;
  readonly doubleValue?: number | string;
  readonly boolValue?: boolean;
  readonly bytesValue?: string;
  readonly arrayValue?: { readonly values?: readonly OtlpJsonValue[] };
  readonly kvlistValue?: { readonly values?: readonly { readonly key: string; readonly value: OtlpJsonValue }[] };
}

/** A log record as the query API returns it (libs/query-api routes/logs.ts `logJson`). */
export interface LogRecordJson {
  readonly id: string;
  /** ns since the epoch, as a decimal string. */
  readonly timeUnixNano: string;
  readonly serviceName: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly severityNumber: number;
  readonly severityText: string;
  readonly level: string;
  readonly body: string;
  readonly attributes?: readonly { readonly key: string; readonly value: OtlpJsonValue }[];
  readonly resourceAttributes?: readonly { readonly key: string; readonly value: OtlpJsonValue }[];
}

/** One log line as the UI shows it. */
export interface UiLog {
  readonly id: string;
  /** µs since the epoch (fractional: the record's ns are kept). */
  readonly timeUs: number;
  readonly service: string;
  readonly traceId: string;
  /** '' when the line was written outside any span. */
  readonly spanId: string;
  readonly severityNumber: number;
  /** The severity as sent, else the level's name. */
  readonly severity: string;
  /** trace, debug, info, warn, error, fatal or unknown. */
  readonly level: string;
  readonly body: string;
  readonly attributes: readonly TypedAttribute[];
}

/** The severity number from which a line is an error (OTLP ERROR). */
export const ERROR_SEVERITY = 17;

/** A line at ERROR or above (by number; by level when the sender gave only a text). */
export const isErrorLog = (log: Pick<UiLog, 'severityNumber' | 'level'>): boolean => log.severityNumber >= ERROR_SEVERITY || log.level === 'error' || log.level === 'fatal';

/** An AnyValue as a typed attribute value (Jaeger's type names, as the span detail shows them). */
export function typedValue(v: OtlpJsonValue): { type: string; value: string | number | boolean } {
  if (v.stringValue !== undefined) return { type: 'string', value: v.stringValue };
  if (v.intValue !== undefined) {
    const n = Number(v.intValue);
    return { type: 'int64', value: Number.isSafeInteger(n) ? n : String(v.intValue) };
  }
  if (v.doubleValue !== undefined) return { type: 'float64', value: typeof v.doubleValue === 'number' ? v.doubleValue : String(v.doubleValue) };
  if (v.boolValue !== undefined) return { type: 'bool', value: v.boolValue };
  if (v.bytesValue !== undefined) return { type: 'binary', value: v.bytesValue };
  if (v.arrayValue !== undefined) return { type: 'array', value: JSON.stringify((v.arrayValue.values ?? []).map((x) => typedValue(x).value)) };
  if (v.kvlistValue !== undefined) return { type: 'map', value: JSON.stringify(Object.fromEntries((v.kvlistValue.values ?? []).map((kv) => [kv.key, typedValue(kv.value).value]))) };
  return { type: 'string', value: '' };
}

/** A record from the API as a UI line. */
export function fromLogJson(r: LogRecordJson): UiLog {
  // ns strings are beyond 2^53; µs with the sub-µs part as a fraction keeps the order exact enough.
  const ns = r.timeUnixNano;
  const timeUs = ns.length > 3 ? Number(ns.slice(0, -3)) + Number(ns.slice(-3)) / 1_000 : Number(ns) / 1_000;
  return {
    id: r.id,
    timeUs,
    service: r.serviceName,
    traceId: r.traceId,
    spanId: r.spanId,
    severityNumber: r.severityNumber,
    severity: r.severityText || r.level.toUpperCase(),
    level: r.level,
    body: r.body,
    attributes: (r.attributes ?? []).map((a) => ({ key: a.key, ...typedValue(a.value) })),
  };
}

/** The lines of one span (all lines when `spanId` is undefined), in time order. */
export function logsOfSpan(logs: readonly UiLog[], spanId: string | undefined): UiLog[] {
  const out = spanId === undefined ? [...logs] : logs.filter((l) => l.spanId === spanId);
  return out.sort((a, b) => a.timeUs - b.timeUs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The spans that logged, with their line counts, in the order the spans are given (the waterfall's). */
export function spansWithLogs<S extends { readonly spanId: string }>(spans: readonly S[], logs: readonly UiLog[]): { span: S; count: number }[] {
  const counts = new Map<string, number>();
  for (const l of logs) if (l.spanId !== '') counts.set(l.spanId, (counts.get(l.spanId) ?? 0) + 1);
  return spans.filter((s) => counts.has(s.spanId)).map((span) => ({ span, count: counts.get(span.spanId) ?? 0 }));
}

/** A line's mark on its span's waterfall row. */
export interface LogMarker {
  readonly log: UiLog;
  /** Position on the row's timeline, 0..1 of the trace's duration (clamped). */
  readonly left: number;
}

/**
 * The waterfall marks of each span's lines, keyed by span id: at the line's time on the trace's
 * time scale. Lines outside any span of the trace are not marked (the Logs tab lists them).
 */
export function logMarkers(trace: { readonly startUs: number; readonly durationUs: number }, logs: readonly UiLog[], spanIds: ReadonlySet<string>): Map<string, LogMarker[]> {
  const out = new Map<string, LogMarker[]>();
  const d = trace.durationUs > 0 ? trace.durationUs : 1;
  for (const log of logs) {
    if (log.spanId === '' || !spanIds.has(log.spanId)) continue;
    const left = Math.min(1, Math.max(0, (log.timeUs - trace.startUs) / d));
    const list = out.get(log.spanId) ?? [];
    list.push({ log, left });
    out.set(log.spanId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.left - b.left);
  return out;
}

/** A line in one sentence, for a marker's tooltip and label: `ERROR payment: card declined`. */
export function logSummary(log: UiLog, maxBody = 200): string {
  const body = log.body.length > maxBody ? `${log.body.slice(0, maxBody)}…` : log.body;
  return `${log.severity} ${log.service}: ${body}`;
}
