// Reading trace JSON files into the analysis model: the Jaeger UI's trace JSON (what
// `GET /api/traces/:id` returns, and what Jaeger UI downloads: `{ data: [trace] }`, a trace, or a
// list of traces) and OTLP/JSON `TracesData` (what `GET /api/v3/traces/:id` returns under `result`,
// and what an OpenTelemetry SDK's file exporter writes). Used by the query API for server-side
// analyses and by the UI to view an uploaded file, so both read a file the same way.
// Facts taken from the formats: Jaeger's model/json (spans with `references`, `processID` into
// `processes`, or an embedded `process`), the error tag `error=true` and the OTLP status tag
// `otel.status_code=ERROR`; OTLP/JSON (opentelemetry-proto docs/specification.md, JSON mapping):
// lowerCamelCase fields, hex ids (base64 accepted as protobuf JSON writes them), 64-bit times as
// decimal strings or numbers, `status.code` 2 / "STATUS_CODE_ERROR", service from the resource's
// `service.name`.
import type { AnalysisSpan } from './types';

/** A trace read from a file: its id and spans. */
export interface ParsedTrace {
  readonly traceId: string;
  readonly spans: AnalysisSpan[];
}

/** The formats {@link parseTraceJson} reads. */
export const TRACE_JSON_FORMATS = ['jaeger', 'otlp'] as const;
/** One of {@link TRACE_JSON_FORMATS}. */
export type TraceJsonFormat = (typeof TRACE_JSON_FORMATS)[number];

/** A file that is not a trace in a known format; the message names the field that was wrong. */
export class TraceJsonError extends Error {
  override readonly name = 'TraceJsonError';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (where: string, what: string): never => {
  throw new TraceJsonError(`${where}: ${what}`);
};

function text(v: unknown, where: string): string {
  if (typeof v !== 'string' || v === '') fail(where, `expected a non-empty string, got ${JSON.stringify(v) ?? 'nothing'}`);
  return v as string;
}

function micros(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(where, `expected a non-negative number of microseconds, got ${JSON.stringify(v) ?? 'nothing'}`);
  return v as number;
}

// ---- Jaeger ----

interface JaegerTag { key?: unknown; value?: unknown }

function jaegerError(tags: unknown): boolean {
  if (!Array.isArray(tags)) return false;
  return tags.some((t: JaegerTag) => isObject(t) && (
    (t.key === 'error' && (t.value === true || t.value === 'true')) ||
    (t.key === 'otel.status_code' && t.value === 'ERROR')));
}

/** The parent as Jaeger UI reads it: the first reference, when it points into the same trace. */
function jaegerParent(span: Json, traceId: string): string | undefined {
  const refs = span['references'];
  if (!Array.isArray(refs) || refs.length === 0 || !isObject(refs[0])) return undefined;
  const ref = refs[0];
  if (ref['refType'] !== 'CHILD_OF' && ref['refType'] !== 'FOLLOWS_FROM') return undefined;
  if (ref['traceID'] !== undefined && ref['traceID'] !== traceId) return undefined;
  return typeof ref['spanID'] === 'string' && ref['spanID'] ? ref['spanID'] : undefined;
}

/** Reads one Jaeger UI trace (`{ traceID, spans, processes }`) into analysis spans. */
export function fromJaegerTrace(trace: unknown, where = 'trace'): ParsedTrace {
  if (!isObject(trace)) return fail(where, 'expected a Jaeger trace object');
  if (!Array.isArray(trace['spans'])) return fail(`${where}.spans`, 'expected an array of spans');
  const processes = isObject(trace['processes']) ? trace['processes'] : {};
  const spans = (trace['spans'] as unknown[]).map((raw, i): AnalysisSpan => {
    const at = `${where}.spans[${i}]`;
    if (!isObject(raw)) return fail(at, 'expected a span object');
    const traceId = typeof trace['traceID'] === 'string' ? trace['traceID'] : text(raw['traceID'], `${at}.traceID`);
    const process = isObject(raw['process']) ? raw['process'] : processes[String(raw['processID'])];
    const parentSpanId = jaegerParent(raw, traceId);
    return {
      spanId: text(raw['spanID'], `${at}.spanID`),
      ...(parentSpanId !== undefined ? { parentSpanId } : {}),
      service: isObject(process) && typeof process['serviceName'] === 'string' ? process['serviceName'] : fail(`${at}.processID`, `names no process with a serviceName (${JSON.stringify(raw['processID']) ?? 'nothing'})`),
      operation: typeof raw['operationName'] === 'string' ? raw['operationName'] : fail(`${at}.operationName`, 'expected a string'),
      startUs: micros(raw['startTime'], `${at}.startTime`),
      durationUs: micros(raw['duration'], `${at}.duration`),
      error: jaegerError(raw['tags']),
    };
  });
  const traceId = typeof trace['traceID'] === 'string' && trace['traceID'] ? trace['traceID'] : spans.length ? text((trace['spans'] as Json[])[0]['traceID'], `${where}.spans[0].traceID`) : fail(`${where}.traceID`, 'missing');
  return { traceId, spans };
}

// ---- OTLP/JSON ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Hex from a protobuf-JSON base64 id (no Buffer/atob: this library runs in Node and the browser). */
function base64ToHex(s: string): string | undefined {
  const clean = s.replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  let hex = '';
  for (const ch of clean) {
    const v = B64.indexOf(ch === '-' ? '+' : ch === '_' ? '/' : ch);
    if (v < 0) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      hex += ((value >> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  return hex;
}

function otlpId(v: unknown, bytes: number, where: string): string {
  const s = text(v, where);
  if (new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(s)) return s.toLowerCase();
  const hex = base64ToHex(s);
  if (hex && hex.length === bytes * 2) return hex;
  return fail(where, `expected ${bytes * 2} hex characters (or base64 of ${bytes} bytes), got ${JSON.stringify(s)}`);
}

/** µs from a 64-bit nanosecond time written as a decimal string or a number. */
function nanosToMicros(v: unknown, where: string): number {
  // A JSON number above 2^53 is already off by up to a few hundred ns: round rather than floor, so
  // a whole number of µs written as a number stays that number.
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return Math.round(v / 1000);
  if (typeof v === 'string' && /^\d+$/.test(v)) return v.length > 3 ? Number(v.slice(0, -3)) : 0;
  return fail(where, `expected an unsigned 64-bit integer of nanoseconds (string or number), got ${JSON.stringify(v) ?? 'nothing'}`);
}

function serviceName(resource: unknown): string {
  const attrs = isObject(resource) && Array.isArray(resource['attributes']) ? (resource['attributes'] as unknown[]) : [];
  for (const a of attrs) {
    if (isObject(a) && a['key'] === 'service.name' && isObject(a['value']) && typeof a['value']['stringValue'] === 'string') return a['value']['stringValue'];
  }
  // The OpenTelemetry SDKs' default for a resource without one.
  return 'unknown_service';
}

const isOtlpError = (status: unknown): boolean => isObject(status) && (status['code'] === 2 || status['code'] === 'STATUS_CODE_ERROR');

/** Reads OTLP/JSON `TracesData` (also wrapped as api_v3's `{ result: ... }`) into traces, grouped by trace id in first-seen order. */
export function fromOtlpJson(data: unknown): ParsedTrace[] {
  const body = isObject(data) && isObject(data['result']) ? data['result'] : data;
  if (!isObject(body) || !Array.isArray(body['resourceSpans'])) return fail('resourceSpans', 'expected an array (OTLP/JSON TracesData)');
  const traces = new Map<string, AnalysisSpan[]>();
  (body['resourceSpans'] as unknown[]).forEach((rs, r) => {
    const at = `resourceSpans[${r}]`;
    if (!isObject(rs)) return fail(at, 'expected an object');
    const service = serviceName(rs['resource']);
    // `instrumentationLibrarySpans` is the name before OTLP 0.15; older exporters still write it.
    const scopes = rs['scopeSpans'] ?? rs['instrumentationLibrarySpans'] ?? [];
    if (!Array.isArray(scopes)) return fail(`${at}.scopeSpans`, 'expected an array');
    scopes.forEach((ss: unknown, s) => {
      const sat = `${at}.scopeSpans[${s}]`;
      const list = isObject(ss) ? ss['spans'] ?? [] : fail(sat, 'expected an object');
      if (!Array.isArray(list)) return fail(`${sat}.spans`, 'expected an array');
      list.forEach((raw: unknown, i) => {
        const pat = `${sat}.spans[${i}]`;
        if (!isObject(raw)) return fail(pat, 'expected a span object');
        const traceId = otlpId(raw['traceId'], 16, `${pat}.traceId`);
        const parent = raw['parentSpanId'];
        const parentSpanId = parent === undefined || parent === '' ? undefined : otlpId(parent, 8, `${pat}.parentSpanId`);
        const startUs = nanosToMicros(raw['startTimeUnixNano'], `${pat}.startTimeUnixNano`);
        const endUs = nanosToMicros(raw['endTimeUnixNano'], `${pat}.endTimeUnixNano`);
        const span: AnalysisSpan = {
          spanId: otlpId(raw['spanId'], 8, `${pat}.spanId`),
          ...(parentSpanId !== undefined ? { parentSpanId } : {}),
          service,
          operation: typeof raw['name'] === 'string' ? raw['name'] : '',
          startUs,
          durationUs: Math.max(0, endUs - startUs),
          error: isOtlpError(raw['status']),
        };
        const spans = traces.get(traceId);
        if (spans) spans.push(span);
        else traces.set(traceId, [span]);
      });
    });
  });
  return [...traces].map(([traceId, spans]) => ({ traceId, spans }));
}

/** Which format a parsed JSON document is in, or undefined when it is neither. */
export function detectTraceJson(data: unknown): TraceJsonFormat | undefined {
  const body = isObject(data) && isObject(data['result']) ? data['result'] : data;
  if (isObject(body) && Array.isArray(body['resourceSpans'])) return 'otlp';
  if (Array.isArray(data) || (isObject(data) && (Array.isArray(data['data']) || Array.isArray(data['spans'])))) return 'jaeger';
  return undefined;
}

/**
 * Reads a trace file's parsed JSON, Jaeger (`{ data: [trace...] }`, a trace, or a list of traces)
 * or OTLP/JSON, into traces of analysis spans. Throws {@link TraceJsonError} naming the first
 * field that is wrong.
 */
export function parseTraceJson(data: unknown): { format: TraceJsonFormat; traces: ParsedTrace[] } {
  const format = detectTraceJson(data);
  if (format === 'otlp') return { format, traces: fromOtlpJson(data) };
  if (format === 'jaeger') {
    if (isObject(data) && Array.isArray(data['spans'])) return { format, traces: [fromJaegerTrace(data)] };
    const list = (Array.isArray(data) ? data : (data as Json)['data']) as unknown[];
    const where = Array.isArray(data) ? '' : 'data';
    return { format, traces: list.map((t, i) => fromJaegerTrace(t, `${where}[${i}]`)) };
  }
  throw new TraceJsonError('not a trace file: expected Jaeger JSON ({ "data": [trace] }, a trace with "spans", or a list of traces) or OTLP/JSON ({ "resourceSpans": [...] })');
}
