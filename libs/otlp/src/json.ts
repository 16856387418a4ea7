import Long from 'long';
import { OtlpDecodeError } from './errors';
import { bytesToHex, hexToBytes } from '@tracehouse/identity';
import {
  SpanKind,
  StatusCode,
  type AnyValue,
  type InstrumentationScope,
  type KeyValue,
  type Resource,
  type ResourceSpans,
  type ScopeSpans,
  type Span,
  type SpanEvent,
  type SpanLink,
  type Status,
  type TracesData,
} from './types';
import type { LogRecord, LogsData, ResourceLogs, ScopeLogs } from './logs';
import { opentelemetry } from './generated/otlp';

// The OTLP/JSON encoding (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding) is the
// proto3 JSON mapping with three OTLP rules: ids are hex (not base64), enums are integers, and
// field names are lowerCamelCase. We read leniently where the input is still unambiguous (snake_case
// names, base64 ids told apart by their length, enum names, int64 as numbers) and write strictly.

type JsonObject = Record<string, unknown>;

function fail(path: string, message: string): never {
  throw new OtlpDecodeError(`${path}: ${message}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function at(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** The value of a field written in lowerCamelCase or, leniently, snake_case. */
function get(obj: JsonObject, camel: string, snake?: string): unknown {
  const v = obj[camel];
  if (v !== undefined) return v;
  return snake === undefined ? undefined : obj[snake];
}

function asObject(value: unknown, path: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) fail(path, `expected an object, got ${describe(value)}`);
  return value as JsonObject;
}

function asArray(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(path, `expected an array, got ${describe(value)}`);
  return value;
}

function asString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(path, `expected a string, got ${describe(value)}`);
  return value;
}

function asUint32(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    fail(path, `expected an unsigned 32-bit integer, got ${describe(value)}`);
  }
  return n;
}

const UINT64_MAX = Long.MAX_UNSIGNED_VALUE;

/** A 64-bit integer written as a decimal string or (leniently) as a JSON number. */
function asInt64(value: unknown, path: string, unsigned: boolean): Long | undefined {
  if (value === undefined || value === null) return undefined;
  const what = unsigned ? 'an unsigned 64-bit integer' : 'a 64-bit integer';
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || (unsigned && value < 0)) fail(path, `expected ${what} (string or number), got ${describe(value)}`);
    // Numbers above 2^53 already lost precision in JSON.parse; take them as the sender wrote them.
    return Long.fromNumber(value, unsigned);
  }
  if (typeof value === 'string' && (unsigned ? /^\d{1,20}$/ : /^-?\d{1,19}$/).test(value)) {
    const long = Long.fromString(value, unsigned, 10);
    // Long.fromString wraps silently on overflow; compare the round trip to catch it.
    if (long.toString(10) === value.replace(/^(-?)0+(?=\d)/, '$1') && (!unsigned || long.lte(UINT64_MAX))) return long;
  }
  return fail(path, `expected ${what} (string or number), got ${describe(value)}`);
}

function asDouble(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (value === 'NaN') return NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return fail(path, `expected a number, got ${describe(value)}`);
}

function asBool(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') fail(path, `expected true or false, got ${describe(value)}`);
  return value;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

function base64ToBytes(value: string): Uint8Array | undefined {
  if (BASE64.test(value)) return new Uint8Array(Buffer.from(value, 'base64'));
  if (BASE64URL.test(value)) return new Uint8Array(Buffer.from(value, 'base64url'));
  return undefined;
}

function asBytes(value: unknown, path: string): Uint8Array | undefined {
  const s = asString(value, path);
  if (s === undefined) return undefined;
  const bytes = base64ToBytes(s);
  if (!bytes) fail(path, `expected base64, got ${describe(s)}`);
  return bytes;
}

/**
 * An id of `size` bytes: hex per OTLP/JSON (2*size characters), or base64 per protobuf's canonical
 * JSON (which some SDKs emit) when the length is that of base64 for `size` bytes. An empty string
 * is an absent id (as protobuf would have it); deciding whether that is acceptable is the caller's.
 */
function asId(value: unknown, path: string, size: 8 | 16): Uint8Array | undefined {
  const s = asString(value, path);
  if (s === undefined || s === '') return s === '' ? new Uint8Array(0) : undefined;
  const hexLen = size * 2;
  if (s.length === hexLen) {
    try {
      return hexToBytes(s);
    } catch {
      // The length is that of hex; what is wrong is a character, which describe(s) shows.
      return fail(path, `expected ${hexLen} hex characters, got ${describe(s)}`);
    }
  }
  if (s.length === Math.ceil(size / 3) * 4) {
    const bytes = base64ToBytes(s);
    if (bytes && bytes.length === size) return bytes;
  }
  return fail(path, `expected ${hexLen} hex characters, got ${describe(s)}`);
}

function asEnum<T extends number>(value: unknown, path: string, values: Record<string, string | number>, what: string): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) {
    // Unknown numbers are kept, as proto3 keeps unknown enum values.
    return value as T;
  }
  if (typeof value === 'string' && typeof values[value] === 'number') return values[value] as T;
  return fail(path, `expected a ${what} number or name, got ${describe(value)}`);
}

function parseAnyValue(json: unknown, path: string, depth: number): AnyValue | undefined {
  const obj = asObject(json, path);
  if (!obj) return undefined;
  if (depth > 64) fail(path, 'values nested more than 64 levels deep');
  const out: AnyValue = {};
  let v: unknown;
  if ((v = get(obj, 'stringValue', 'string_value')) !== undefined) out.string_value = asString(v, at(path, 'stringValue'));
  else if ((v = get(obj, 'boolValue', 'bool_value')) !== undefined) out.bool_value = asBool(v, at(path, 'boolValue'));
  else if ((v = get(obj, 'intValue', 'int_value')) !== undefined) out.int_value = asInt64(v, at(path, 'intValue'), false);
  else if ((v = get(obj, 'doubleValue', 'double_value')) !== undefined) out.double_value = asDouble(v, at(path, 'doubleValue'));
  else if ((v = get(obj, 'arrayValue', 'array_value')) !== undefined) {
    const p = at(path, 'arrayValue');
    const arr = asObject(v, p);
    out.array_value = { values: asArray(arr && get(arr, 'values'), at(p, 'values')).map((x, i) => parseAnyValue(x, `${at(p, 'values')}[${i}]`, depth + 1) ?? {}) };
  } else if ((v = get(obj, 'kvlistValue', 'kvlist_value')) !== undefined) {
    const p = at(path, 'kvlistValue');
    const kv = asObject(v, p);
    out.kvlist_value = { values: parseAttributes(kv && get(kv, 'values'), at(p, 'values'), depth + 1) };
  } else if ((v = get(obj, 'bytesValue', 'bytes_value')) !== undefined) out.bytes_value = asBytes(v, at(path, 'bytesValue'));
  return out;
}

function parseAttributes(json: unknown, path: string, depth = 0): KeyValue[] {
  return asArray(json, path).map((item, i) => {
    const p = `${path}[${i}]`;
    const obj = asObject(item, p) ?? {};
    return { key: asString(get(obj, 'key'), at(p, 'key')) ?? '', value: parseAnyValue(get(obj, 'value'), at(p, 'value'), depth) };
  });
}

function parseResource(json: unknown, path: string): Resource | undefined {
  const obj = asObject(json, path);
  if (!obj) return undefined;
  return {
    attributes: parseAttributes(get(obj, 'attributes'), at(path, 'attributes')),
    dropped_attributes_count: asUint32(get(obj, 'droppedAttributesCount', 'dropped_attributes_count'), at(path, 'droppedAttributesCount')),
  };
}

function parseScope(json: unknown, path: string): InstrumentationScope | undefined {
  const obj = asObject(json, path);
  if (!obj) return undefined;
  return {
    name: asString(get(obj, 'name'), at(path, 'name')),
    version: asString(get(obj, 'version'), at(path, 'version')),
    attributes: parseAttributes(get(obj, 'attributes'), at(path, 'attributes')),
    dropped_attributes_count: asUint32(get(obj, 'droppedAttributesCount', 'dropped_attributes_count'), at(path, 'droppedAttributesCount')),
  };
}

function parseStatus(json: unknown, path: string): Status | undefined {
  const obj = asObject(json, path);
  if (!obj) return undefined;
  return {
    message: asString(get(obj, 'message'), at(path, 'message')),
    code: asEnum<StatusCode>(get(obj, 'code'), at(path, 'code'), StatusCode, 'status code'),
  };
}

function parseEvent(json: unknown, path: string): SpanEvent {
  const obj = asObject(json, path) ?? {};
  return {
    time_unix_nano: asInt64(get(obj, 'timeUnixNano', 'time_unix_nano'), at(path, 'timeUnixNano'), true),
    name: asString(get(obj, 'name'), at(path, 'name')),
    attributes: parseAttributes(get(obj, 'attributes'), at(path, 'attributes')),
    dropped_attributes_count: asUint32(get(obj, 'droppedAttributesCount', 'dropped_attributes_count'), at(path, 'droppedAttributesCount')),
  };
}

function parseLink(json: unknown, path: string): SpanLink {
  const obj = asObject(json, path) ?? {};
  return {
    trace_id: asId(get(obj, 'traceId', 'trace_id'), at(path, 'traceId'), 16),
    span_id: asId(get(obj, 'spanId', 'span_id'), at(path, 'spanId'), 8),
    trace_state: asString(get(obj, 'traceState', 'trace_state'), at(path, 'traceState')),
    attributes: parseAttributes(get(obj, 'attributes'), at(path, 'attributes')),
    dropped_attributes_count: asUint32(get(obj, 'droppedAttributesCount', 'dropped_attributes_count'), at(path, 'droppedAttributesCount')),
    flags: asUint32(get(obj, 'flags'), at(path, 'flags')),
  };
}

function parseSpan(json: unknown, path: string): Span {
  const obj = asObject(json, path) ?? {};
  return {
    trace_id: asId(get(obj, 'traceId', 'trace_id'), at(path, 'traceId'), 16),
    span_id: asId(get(obj, 'spanId', 'span_id'), at(path, 'spanId'), 8),
    trace_state: asString(get(obj, 'traceState', 'trace_state'), at(path, 'traceState')),
    parent_span_id: asId(get(obj, 'parentSpanId', 'parent_span_id'), at(path, 'parentSpanId'), 8),
    flags: asUint32(get(obj, 'flags'), at(path, 'flags')),
    name: asString(get(obj, 'name'), at(path, 'name')),
    kind: asEnum<SpanKind>(get(obj, 'kind'), at(path, 'kind'), SpanKind, 'span kind'),
    start_time_unix_nano: asInt64(get(obj, 'startTimeUnixNano', 'start_time_unix_nano'), at(path, 'startTimeUnixNano'), true),
    end_time_unix_nano: asInt64(get(obj, 'endTimeUnixNano', 'end_time_unix_nano'), at(path, 'endTimeUnixNano'), true),
    attributes: parseAttributes(get(obj, 'attributes'), at(path, 'attributes')),
    dropped_attributes_count: asUint32(get(obj, 'droppedAttributesCount', 'dropped_attributes_count'), at(path, 'droppedAttributesCount')),
    events: asArray(get(obj, 'events'), at(path, 'events')).map((e, i) => parseEvent(e, `${at(path, 'events')}[${i}]`)),
    dropped_events_count: asUint32(get(obj, 'droppedEventsCount', 'dropped_events_count'), at(path, 'droppedEventsCount')),
    links: asArray(get(obj, 'links'), at(path, 'links')).map((l, i) => parseLink(l, `${at(path, 'links')}[${i}]`)),
    dropped_links_count: asUint32(get(obj, 'droppedLinksCount', 'dropped_links_count'), at(path, 'droppedLinksCount')),
    status: parseStatus(get(obj, 'status'), at(path, 'status')),
  };
}

function parseScopeSpans(json: unknown, path: string): ScopeSpans {
  const obj = asObject(json, path) ?? {};
  const spansPath = at(path, 'spans');
  return {
    scope: parseScope(get(obj, 'scope'), at(path, 'scope')),
    spans: asArray(get(obj, 'spans'), spansPath).map((s, i) => parseSpan(s, `${spansPath}[${i}]`)),
    schema_url: asString(get(obj, 'schemaUrl', 'schema_url'), at(path, 'schemaUrl')),
  };
}

function parseResourceSpans(json: unknown, path: string): ResourceSpans {
  const obj = asObject(json, path) ?? {};
  const scopesPath = at(path, 'scopeSpans');
  return {
    resource: parseResource(get(obj, 'resource'), at(path, 'resource')),
    scope_spans: asArray(get(obj, 'scopeSpans', 'scope_spans'), scopesPath).map((s, i) => parseScopeSpans(s, `${scopesPath}[${i}]`)),
    schema_url: asString(get(obj, 'schemaUrl', 'schema_url'), at(path, 'schemaUrl')),
  };
}

/**
 * Reads OTLP/JSON (`TracesData`, or an `ExportTraceServiceRequest` — the same shape) already
 * parsed with `JSON.parse` into a `TracesData` message. Accepts lowerCamelCase and snake_case field
 * names, hex or base64 ids, enum numbers or names, and 64-bit integers as strings or numbers;
 * ignores unknown fields. Ids are not validated beyond their encoding (an absent or all-zero id is
 * the splitter's to reject, span by span).
 * @throws {OtlpDecodeError} naming the JSON path of the first bad value, e.g.
 *   `resourceSpans[0].scopeSpans[1].spans[3].traceId: expected 32 hex characters, got "xyz"`.
 */
export function otlpJsonToTracesData(json: unknown): TracesData {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new OtlpDecodeError(`OTLP/JSON: expected an object with "resourceSpans", got ${describe(json)}`);
  }
  const obj = json as JsonObject;
  return {
    resource_spans: asArray(get(obj, 'resourceSpans', 'resource_spans'), 'resourceSpans').map((r, i) => parseResourceSpans(r, `resourceSpans[${i}]`)),
  };
}

const SeverityNumber = opentelemetry.proto.logs.v1.SeverityNumber;

function parseLogRecord(json: unknown, path: string): LogRecord {
  const obj = asObject(json, path) ?? {};
  return {
    time_unix_nano: asInt64(get(obj, 'timeUnixNano', 'time_unix_nano'), at(path, 'timeUnixNano'), true),
    observed_time_unix_nano: asInt64(get(obj, 'observedTimeUnixNano', 'observed_time_unix_nano'), at(path, 'observedTimeUnixNano'), true),
    severity_number: asEnum<number>(get(obj, 'severityNumber', 'severity_number'), at(path, 'severityNumber'), SeverityNumber, 'severity'),
    severity_text: asString(get(obj, 'severityText', 'severity_text'), at(path, 'severityText')),
    body: parseAnyValue(get(obj, 'body'), at(path, 'body'), 0),
    attributes: parseAttributes(get(obj, 'attributes'), at(path, 'attributes')),
    dropped_attributes_count: asUint32(get(obj, 'droppedAttributesCount', 'dropped_attributes_count'), at(path, 'droppedAttributesCount')),
    flags: asUint32(get(obj, 'flags'), at(path, 'flags')),
    trace_id: asId(get(obj, 'traceId', 'trace_id'), at(path, 'traceId'), 16),
    span_id: asId(get(obj, 'spanId', 'span_id'), at(path, 'spanId'), 8),
    event_name: asString(get(obj, 'eventName', 'event_name'), at(path, 'eventName')),
  };
}

function parseScopeLogs(json: unknown, path: string): ScopeLogs {
  const obj = asObject(json, path) ?? {};
  const recordsPath = at(path, 'logRecords');
  return {
    scope: parseScope(get(obj, 'scope'), at(path, 'scope')),
    log_records: asArray(get(obj, 'logRecords', 'log_records'), recordsPath).map((r, i) => parseLogRecord(r, `${recordsPath}[${i}]`)),
    schema_url: asString(get(obj, 'schemaUrl', 'schema_url'), at(path, 'schemaUrl')),
  };
}

function parseResourceLogs(json: unknown, path: string): ResourceLogs {
  const obj = asObject(json, path) ?? {};
  const scopesPath = at(path, 'scopeLogs');
  return {
    resource: parseResource(get(obj, 'resource'), at(path, 'resource')),
    scope_logs: asArray(get(obj, 'scopeLogs', 'scope_logs'), scopesPath).map((s, i) => parseScopeLogs(s, `${scopesPath}[${i}]`)),
    schema_url: asString(get(obj, 'schemaUrl', 'schema_url'), at(path, 'schemaUrl')),
  };
}

/**
 * Reads OTLP/JSON logs (`LogsData`, or an `ExportLogsServiceRequest` — the same shape) already
 * parsed with `JSON.parse` into a `LogsData` message, as leniently as {@link otlpJsonToTracesData}
 * (camelCase or snake_case names, hex or base64 ids, severity numbers or names, int64 as strings or
 * numbers). An id's length is checked here only as far as its encoding tells it.
 * @throws {OtlpDecodeError} naming the JSON path of the first bad value, e.g.
 *   `resourceLogs[0].scopeLogs[0].logRecords[2].traceId: expected 32 hex characters, got "abc"`.
 */
export function otlpJsonToLogsData(json: unknown): LogsData {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new OtlpDecodeError(`OTLP/JSON: expected an object with "resourceLogs", got ${describe(json)}`);
  }
  const obj = json as JsonObject;
  return {
    resource_logs: asArray(get(obj, 'resourceLogs', 'resource_logs'), 'resourceLogs').map((r, i) => parseResourceLogs(r, `resourceLogs[${i}]`)),
  };
}

// ---- writing: canonical OTLP/JSON ----

/** Canonical OTLP/JSON object (a `JSON.stringify`-ready value). */
export type OtlpJson = { [key: string]: OtlpJsonValue };
/** A value inside {@link OtlpJson}. */
export type OtlpJsonValue = string | number | boolean | OtlpJson | OtlpJsonValue[];

function putIfSet(out: OtlpJson, key: string, value: OtlpJsonValue | undefined): void {
  if (value === undefined || value === '' || value === 0) return;
  if (Array.isArray(value) && value.length === 0) return;
  out[key] = value;
}

function int64String(value: number | Long | null | undefined, unsigned: boolean): string | undefined {
  if (value === undefined || value === null) return undefined;
  const long = typeof value === 'number' ? Long.fromNumber(value, unsigned) : Long.fromValue(value).toSigned();
  const s = (unsigned ? long.toUnsigned() : long).toString(10);
  return s === '0' ? undefined : s;
}

function idHex(id: Uint8Array | null | undefined): string | undefined {
  return id && id.length > 0 ? bytesToHex(id) : undefined;
}

function doubleJson(d: number): number | string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  return d;
}

function anyValueJson(v: AnyValue | null | undefined): OtlpJson {
  const out: OtlpJson = {};
  if (!v) return out;
  if (v.string_value !== undefined && v.string_value !== null) out.stringValue = v.string_value;
  else if (v.bool_value !== undefined && v.bool_value !== null) out.boolValue = v.bool_value;
  else if (v.int_value !== undefined && v.int_value !== null) out.intValue = int64String(v.int_value, false) ?? '0';
  else if (v.double_value !== undefined && v.double_value !== null) out.doubleValue = doubleJson(v.double_value);
  else if (v.array_value) out.arrayValue = { values: (v.array_value.values ?? []).map(anyValueJson) };
  else if (v.kvlist_value) out.kvlistValue = { values: attributesJson(v.kvlist_value.values) };
  else if (v.bytes_value) out.bytesValue = Buffer.from(v.bytes_value).toString('base64');
  return out;
}

function attributesJson(attrs: KeyValue[] | null | undefined): OtlpJson[] {
  return (attrs ?? []).map((kv) => ({ key: kv.key ?? '', value: anyValueJson(kv.value) }));
}

function spanJson(s: Span): OtlpJson {
  const out: OtlpJson = {};
  putIfSet(out, 'traceId', idHex(s.trace_id));
  putIfSet(out, 'spanId', idHex(s.span_id));
  putIfSet(out, 'traceState', s.trace_state ?? undefined);
  putIfSet(out, 'parentSpanId', idHex(s.parent_span_id));
  putIfSet(out, 'flags', s.flags ?? undefined);
  putIfSet(out, 'name', s.name ?? undefined);
  putIfSet(out, 'kind', s.kind ?? undefined);
  putIfSet(out, 'startTimeUnixNano', int64String(s.start_time_unix_nano, true));
  putIfSet(out, 'endTimeUnixNano', int64String(s.end_time_unix_nano, true));
  putIfSet(out, 'attributes', attributesJson(s.attributes));
  putIfSet(out, 'droppedAttributesCount', s.dropped_attributes_count ?? undefined);
  putIfSet(
    out,
    'events',
    (s.events ?? []).map((e) => {
      const ev: OtlpJson = {};
      putIfSet(ev, 'timeUnixNano', int64String(e.time_unix_nano, true));
      putIfSet(ev, 'name', e.name ?? undefined);
      putIfSet(ev, 'attributes', attributesJson(e.attributes));
      putIfSet(ev, 'droppedAttributesCount', e.dropped_attributes_count ?? undefined);
      return ev;
    }),
  );
  putIfSet(out, 'droppedEventsCount', s.dropped_events_count ?? undefined);
  putIfSet(
    out,
    'links',
    (s.links ?? []).map((l) => {
      const link: OtlpJson = {};
      putIfSet(link, 'traceId', idHex(l.trace_id));
      putIfSet(link, 'spanId', idHex(l.span_id));
      putIfSet(link, 'traceState', l.trace_state ?? undefined);
      putIfSet(link, 'attributes', attributesJson(l.attributes));
      putIfSet(link, 'droppedAttributesCount', l.dropped_attributes_count ?? undefined);
      putIfSet(link, 'flags', l.flags ?? undefined);
      return link;
    }),
  );
  putIfSet(out, 'droppedLinksCount', s.dropped_links_count ?? undefined);
  if (s.status) {
    const st: OtlpJson = {};
    putIfSet(st, 'message', s.status.message ?? undefined);
    putIfSet(st, 'code', s.status.code ?? undefined);
    out.status = st;
  }
  return out;
}

/**
 * Writes a `TracesData` message as canonical OTLP/JSON: lowerCamelCase names, lowercase hex ids,
 * 64-bit integers as decimal strings, enums as numbers, and (as the proto3 JSON mapping allows)
 * fields holding their default value left out.
 */
export function tracesDataToOtlpJson(message: TracesData): OtlpJson {
  return {
    resourceSpans: (message.resource_spans ?? []).map((rs) => {
      const out: OtlpJson = {};
      if (rs.resource) {
        const res: OtlpJson = {};
        putIfSet(res, 'attributes', attributesJson(rs.resource.attributes));
        putIfSet(res, 'droppedAttributesCount', rs.resource.dropped_attributes_count ?? undefined);
        out.resource = res;
      }
      out.scopeSpans = (rs.scope_spans ?? []).map((ss) => {
        const sOut: OtlpJson = {};
        if (ss.scope) {
          const scope: OtlpJson = {};
          putIfSet(scope, 'name', ss.scope.name ?? undefined);
          putIfSet(scope, 'version', ss.scope.version ?? undefined);
          putIfSet(scope, 'attributes', attributesJson(ss.scope.attributes));
          putIfSet(scope, 'droppedAttributesCount', ss.scope.dropped_attributes_count ?? undefined);
          sOut.scope = scope;
        }
        sOut.spans = (ss.spans ?? []).map(spanJson);
        putIfSet(sOut, 'schemaUrl', ss.schema_url ?? undefined);
        return sOut;
      });
      putIfSet(out, 'schemaUrl', rs.schema_url ?? undefined);
      return out;
    }),
  };
}
