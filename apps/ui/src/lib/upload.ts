// Reads a trace file the user uploads, to view it without ingesting it: Jaeger UI JSON (the query
// API's `/api/traces/:id` answer `{ data: [trace] }`, one trace, or a list of traces) or OTLP/JSON
// (`{ resourceSpans: [...] }`, the OTLP HTTP JSON body; api_v3's `{ result: { resourceSpans } }`). Anything else is
// rejected with an UploadError whose message names the field that is wrong.
import { fromJaegerTrace, type JaegerTraceJson, type TypedAttribute, type UiSpan, type UiTrace } from './trace-model';

/** Why an upload was rejected; `path` is the JSON path of the offending value (`$.resourceSpans[0]...`). */
export class UploadError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path} ${problem}`);
    this.name = 'UploadError';
  }
}

/** The largest file the upload reads (the view handles traces far below this). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Record<string, Json>, key: string, path: string, optional = false): string {
  const v = o[key];
  if (v === undefined || v === null) {
    if (optional) return '';
    throw new UploadError(`${path}.${key}`, 'is missing');
  }
  if (typeof v !== 'string') throw new UploadError(`${path}.${key}`, `must be a string (got ${typeof v})`);
  return v;
}

function num(o: Record<string, Json>, key: string, path: string): number {
  const v = o[key];
  if (v === undefined || v === null) throw new UploadError(`${path}.${key}`, 'is missing');
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new UploadError(`${path}.${key}`, `must be a number (got ${JSON.stringify(v).slice(0, 40)})`);
  return n;
}

function arr(o: Record<string, Json>, key: string, path: string, optional = false): Json[] {
  const v = o[key];
  if ((v === undefined || v === null) && optional) return [];
  if (!Array.isArray(v)) throw new UploadError(`${path}.${key}`, v === undefined ? 'is missing' : 'must be an array');
  return v;
}

/**
 * Parses an uploaded file's text into the traces it holds (at least one).
 * @throws UploadError naming what is wrong (not JSON, not a known format, a span field missing or mistyped).
 */
export function parseTraceFile(text: string): UiTrace[] {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UploadError('$', `is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  let traces: UiTrace[];
  // Jaeger api_v3 (`/api/v3/traces/:id`) wraps the OTLP/JSON in `{ "result": ... }`.
  if (isObject(json) && isObject(json.result) && 'resourceSpans' in json.result) json = json.result;
  if (isObject(json) && ('resourceSpans' in json || 'batches' in json)) traces = parseOtlp(json);
  else if (isObject(json) && 'data' in json) traces = arr(json, 'data', '$').map((t, i) => parseJaegerTrace(t, `$.data[${i}]`));
  else if (Array.isArray(json)) traces = json.map((t, i) => parseJaegerTrace(t, `$[${i}]`));
  else if (isObject(json) && 'spans' in json) traces = [parseJaegerTrace(json, '$')];
  else throw new UploadError('$', 'is neither Jaeger JSON ({"data": [trace]} or a trace with "traceID" and "spans") nor OTLP/JSON ({"resourceSpans": [...]})');
  traces = traces.filter((t) => t.spans.length > 0);
  if (traces.length === 0) throw new UploadError('$', 'holds no spans');
  return traces;
}

function parseJaegerTrace(t: Json, path: string): UiTrace {
  if (!isObject(t)) throw new UploadError(path, 'must be a Jaeger trace object');
  const spans = arr(t, 'spans', path);
  const processes = t.processes;
  if (processes !== undefined && processes !== null && !isObject(processes)) throw new UploadError(`${path}.processes`, 'must be an object of processes');
  spans.forEach((s, i) => {
    const p = `${path}.spans[${i}]`;
    if (!isObject(s)) throw new UploadError(p, 'must be a span object');
    str(s, 'spanID', p);
    str(s, 'operationName', p);
    num(s, 'startTime', p);
    num(s, 'duration', p);
    if (s.tags !== undefined && s.tags !== null && !Array.isArray(s.tags)) throw new UploadError(`${p}.tags`, 'must be an array');
    if (s.references !== undefined && s.references !== null && !Array.isArray(s.references)) throw new UploadError(`${p}.references`, 'must be an array');
    const pid = s.processID;
    if (typeof pid === 'string' && !isObject(s.process) && !(isObject(processes) && isObject(processes[pid]))) {
      throw new UploadError(`${p}.processID`, `names process ${JSON.stringify(pid)}, which is not in ${path}.processes`);
    }
  });
  const traceID = typeof t.traceID === 'string' ? t.traceID : String((spans[0] as Record<string, Json>).traceID ?? '');
  const withTraceIds = spans.map((s) => ({ traceID, ...(s as Record<string, Json>) }));
  return fromJaegerTrace({ ...(t as object), traceID, spans: withTraceIds } as unknown as JaegerTraceJson);
}

/** Hex id from OTLP/JSON: hex by the spec, base64 (protobuf's canonical JSON) when its length says so. */
function otlpId(v: string, bytes: number, path: string): string {
  if (v.length === bytes * 2 && /^[0-9a-fA-F]+$/.test(v)) return v.toLowerCase();
  if (v.length === Math.ceil(bytes / 3) * 4 && /^[A-Za-z0-9+/]+=*$/.test(v)) {
    const bin = atob(v);
    if (bin.length === bytes) return Array.from(bin, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  }
  throw new UploadError(path, `must be ${bytes * 2} hex digits (got ${JSON.stringify(v.slice(0, 40))})`);
}

function otlpValue(v: Json, path: string): Omit<TypedAttribute, 'key'> {
  if (!isObject(v)) throw new UploadError(path, 'must be an AnyValue object');
  if ('stringValue' in v) return { type: 'string', value: String(v.stringValue) };
  if ('boolValue' in v) return { type: 'bool', value: v.boolValue === true || v.boolValue === 'true' };
  if ('intValue' in v) {
    const n = Number(v.intValue);
    if (!Number.isFinite(n)) throw new UploadError(`${path}.intValue`, 'must be an integer');
    return { type: 'int64', value: n };
  }
  if ('doubleValue' in v) return { type: 'float64', value: Number(v.doubleValue) };
  if ('bytesValue' in v) return { type: 'binary', value: String(v.bytesValue) };
  if ('arrayValue' in v || 'kvlistValue' in v) return { type: 'string', value: JSON.stringify(otlpPlain(v)) };
  return { type: 'string', value: '' };
}

/** An AnyValue as plain JSON (arrays and maps shown as JSON in the span detail). */
function otlpPlain(v: Json): Json {
  if (!isObject(v)) return null;
  if ('stringValue' in v) return String(v.stringValue);
  if ('boolValue' in v) return v.boolValue === true || v.boolValue === 'true';
  if ('intValue' in v || 'doubleValue' in v) return Number(v.intValue ?? v.doubleValue);
  if ('bytesValue' in v) return String(v.bytesValue);
  if (isObject(v.arrayValue)) return (Array.isArray(v.arrayValue.values) ? v.arrayValue.values : []).map(otlpPlain);
  if (isObject(v.kvlistValue)) {
    const values = Array.isArray(v.kvlistValue.values) ? v.kvlistValue.values : [];
    return Object.fromEntries(values.filter(isObject).map((kv) => [String(kv.key), otlpPlain(kv.value)]));
  }
  return null;
}

function otlpAttributes(o: Record<string, Json>, path: string): TypedAttribute[] {
  return arr(o, 'attributes', path, true).map((kv, i) => {
    const p = `${path}.attributes[${i}]`;
    if (!isObject(kv)) throw new UploadError(p, 'must be a key-value object');
    return { key: str(kv, 'key', p), ...otlpValue(kv.value ?? {}, `${p}.value`) };
  });
}

const OTLP_KINDS = ['', 'internal', 'server', 'client', 'producer', 'consumer'] as const;

function otlpKind(v: Json): string {
  if (typeof v === 'number') return OTLP_KINDS[v] ?? '';
  if (typeof v === 'string') return v.replace(/^SPAN_KIND_/, '').toLowerCase().replace('unspecified', '');
  return '';
}

function otlpStatus(v: Json): { code: UiSpan['statusCode']; message: string } {
  if (!isObject(v)) return { code: 'UNSET', message: '' };
  const c = v.code;
  const code = c === 2 || c === 'STATUS_CODE_ERROR' ? 'ERROR' : c === 1 || c === 'STATUS_CODE_OK' ? 'OK' : 'UNSET';
  return { code, message: typeof v.message === 'string' ? v.message : '' };
}

/** A ns time (a decimal string, as OTLP/JSON writes 64-bit integers, or a number) exactly, as a bigint. */
function nanos(o: Record<string, Json>, key: string, path: string): bigint {
  const v = o[key];
  if (v === undefined || v === null) throw new UploadError(`${path}.${key}`, 'is missing');
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return BigInt(Math.round(v));
  throw new UploadError(`${path}.${key}`, `must be nanoseconds since the epoch (got ${JSON.stringify(v).slice(0, 40)})`);
}

/** ns as µs without losing the precision a double loses at 1.7e18. */
const nsToUs = (ns: bigint): number => Number(ns / 1_000n) + Number(ns % 1_000n) / 1_000;

function parseOtlp(json: Record<string, Json>): UiTrace[] {
  const key = 'resourceSpans' in json ? 'resourceSpans' : 'batches';
  const byTrace = new Map<string, UiSpan[]>();
  arr(json, key, '$').forEach((rs, ri) => {
    const rp = `$.${key}[${ri}]`;
    if (!isObject(rs)) throw new UploadError(rp, 'must be a ResourceSpans object');
    const resource = isObject(rs.resource) ? otlpAttributes(rs.resource, `${rp}.resource`) : [];
    const service = resource.find((a) => a.key === 'service.name')?.value;
    const scopeKey = 'scopeSpans' in rs ? 'scopeSpans' : 'instrumentationLibrarySpans';
    arr(rs, scopeKey, rp).forEach((ss, si) => {
      const sp = `${rp}.${scopeKey}[${si}]`;
      if (!isObject(ss)) throw new UploadError(sp, 'must be a ScopeSpans object');
      arr(ss, 'spans', sp).forEach((s, i) => {
        const p = `${sp}.spans[${i}]`;
        if (!isObject(s)) throw new UploadError(p, 'must be a span object');
        const traceId = otlpId(str(s, 'traceId', p), 16, `${p}.traceId`);
        const spanId = otlpId(str(s, 'spanId', p), 8, `${p}.spanId`);
        const parentRaw = str(s, 'parentSpanId', p, true);
        const parentSpanId = parentRaw === '' ? undefined : otlpId(parentRaw, 8, `${p}.parentSpanId`);
        const start = nanos(s, 'startTimeUnixNano', p);
        const end = nanos(s, 'endTimeUnixNano', p);
        const attributes = otlpAttributes(s, p);
        const status = otlpStatus(s.status);
        const warningsAttr = attributes.find((a) => a.key === 'tracehouse.warnings');
        let warnings: string[] = [];
        if (warningsAttr) {
          try {
            // The query API's OTLP/JSON carries a span's warnings as the string array `tracehouse.warnings`.
            const parsed: unknown = JSON.parse(String(warningsAttr.value));
            warnings = Array.isArray(parsed) ? parsed.map(String) : [String(warningsAttr.value)];
          } catch {
            warnings = [String(warningsAttr.value)];
          }
        }
        const span: UiSpan = {
          traceId,
          spanId,
          ...(parentSpanId !== undefined ? { parentSpanId } : {}),
          service: typeof service === 'string' && service !== '' ? service : 'unknown_service',
          operation: str(s, 'name', p),
          kind: otlpKind(s.kind),
          startUs: nsToUs(start),
          durationUs: end > start ? nsToUs(end - start) : 0,
          error: status.code === 'ERROR',
          statusCode: status.code,
          statusMessage: status.message,
          attributes: attributes.filter((a) => a.key !== 'tracehouse.warnings'),
          resource,
          events: arr(s, 'events', p, true).map((e, ei) => {
            const ep = `${p}.events[${ei}]`;
            if (!isObject(e)) throw new UploadError(ep, 'must be an event object');
            return { timeUs: nsToUs(nanos(e, 'timeUnixNano', ep)), name: str(e, 'name', ep, true), attributes: otlpAttributes(e, ep) };
          }),
          links: arr(s, 'links', p, true).map((l, li) => {
            const lp = `${p}.links[${li}]`;
            if (!isObject(l)) throw new UploadError(lp, 'must be a link object');
            return { traceId: otlpId(str(l, 'traceId', lp), 16, `${lp}.traceId`), spanId: otlpId(str(l, 'spanId', lp), 8, `${lp}.spanId`), refType: 'LINK' };
          }),
          warnings,
        };
        const list = byTrace.get(traceId) ?? [];
        list.push(span);
        byTrace.set(traceId, list);
      });
    });
  });
  return [...byTrace.entries()].map(([traceId, spans]) => ({ traceId, spans: spans.sort((a, b) => a.startUs - b.startUs), warnings: [] }));
}
