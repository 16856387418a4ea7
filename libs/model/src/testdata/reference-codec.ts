// The reference codec: the same mapping as ../codec.ts, but through the protobufjs static code
// generated from model.proto. It is slower (class instances, Long values, a writer op per field),
// so production code uses ../codec.ts; specs use this one as the oracle that the hand-written wire
// codec must agree with byte for byte. Any drift between the two is a bug in ../codec.ts.
import { type AttributeValue, type Attributes, setAttribute } from '../attributes';
import { ModelDecodeError, ModelEncodeError, type ModelMessageType } from '../errors';
import { tracehouse } from '../generated/model';
import { bytesToHex, hexToBytes, isAllZero } from '@tracehouse/identity';
import { bigintToWire, isI64, isU64, wireToI64, wireToNumber, wireToU64, type WireInt64 } from './int64';
import {
  API_STATUSES,
  CALLEE_KINDS,
  PROTOCOLS,
  SPAN_KINDS,
  SPAN_ROLES,
  STATUS_CODES,
  type CallEdge,
  type DbInfo,
  type ErrorInfo,
  type HttpInfo,
  type MessagingInfo,
  type PeerInfo,
  type RawSpan,
  type RpcInfo,
  type SpanEdge,
  type SpanEnrichment,
  type SpanEvent,
  type SpanLink,
  type StructuredTrace,
  type TraceEnrichment,
} from '../types';

import pb = tracehouse.model.v1;

const TRACE_ID_BYTES = 16;
const SPAN_ID_BYTES = 8;

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * encodeRawSpan writes a span as a `RawSpan` protobuf message (the value of a `raw-spans` record).
 * The result is a fresh buffer owned by the caller; the span is not modified.
 *
 * @throws ModelEncodeError when an id is not hex of its width or is all zeros, a timestamp is not
 *   a uint64 bigint, or an attribute bigint is outside int64.
 */
export function referenceEncodeRawSpan(span: RawSpan): Uint8Array {
  try {
    return pb.RawSpan.encode(rawSpanToWire(span, 'RawSpan', -1, undefined)).finish();
  } catch (err) {
    throw asEncodeError(err, 'RawSpan');
  }
}

/**
 * decodeRawSpan reads a `RawSpan` protobuf message. The result shares no memory with `bytes`.
 *
 * @throws ModelDecodeError when the bytes are not a RawSpan, or its trace id is not 16 bytes,
 *   its span id not 8 bytes, its parent span id neither empty nor 8 bytes, or an id is all zeros.
 */
export function referenceDecodeRawSpan(bytes: Uint8Array): RawSpan {
  let m: pb.RawSpan;
  try {
    m = pb.RawSpan.decode(bytes);
  } catch (cause) {
    throw malformed('RawSpan', bytes, cause);
  }
  try {
    return rawSpanFromWire(m, 'RawSpan', -1, '', '');
  } catch (err) {
    throw asDecodeError(err, 'RawSpan');
  }
}

/**
 * encodeStructuredTrace writes a trace as a `StructuredTrace` protobuf message (the value of a
 * `structured-traces` or `enriched-traces` record). The result is a fresh buffer owned by the
 * caller.
 *
 * @throws ModelEncodeError as {@link encodeRawSpan} does, naming the span (`spans[2].spanId`), and
 *   when a span's tenantId or traceId differs from the trace's.
 */
export function referenceEncodeStructuredTrace(trace: StructuredTrace): Uint8Array {
  try {
    return pb.StructuredTrace.encode(structuredTraceToWire(trace)).finish();
  } catch (err) {
    throw asEncodeError(err, 'StructuredTrace');
  }
}

/**
 * decodeStructuredTrace reads a `StructuredTrace` protobuf message. Spans that leave tenant_id or
 * trace_id empty get the trace's. The result shares no memory with `bytes`.
 *
 * @throws ModelDecodeError when the bytes are not a StructuredTrace, an id is invalid (as for
 *   {@link decodeRawSpan}, naming the span), a span belongs to another trace or tenant, or an
 *   edge or root index points outside `spans`.
 */
export function referenceDecodeStructuredTrace(bytes: Uint8Array): StructuredTrace {
  let m: pb.StructuredTrace;
  try {
    m = pb.StructuredTrace.decode(bytes);
  } catch (cause) {
    throw malformed('StructuredTrace', bytes, cause);
  }
  try {
    return structuredTraceFromWire(m);
  } catch (err) {
    throw asDecodeError(err, 'StructuredTrace');
  }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The field path within the message: `span_id` or, for a span inside a trace, `spans[2].span_id`. */
function fieldPath(index: number, field: string): string {
  return index < 0 ? field : `spans[${index}].${field}`;
}

function decodeError(type: ModelMessageType, index: number, field: string, detail: string): ModelDecodeError {
  const path = fieldPath(index, field);
  return new ModelDecodeError(`${type}.${path} ${detail}.`, { messageType: type, field: path });
}

function encodeError(
  type: ModelMessageType,
  index: number,
  field: string,
  detail: string,
  cause?: unknown,
): ModelEncodeError {
  const path = fieldPath(index, field);
  return new ModelEncodeError(`${type}.${path} ${detail}.`, { messageType: type, field: path, cause });
}

function malformed(type: ModelMessageType, bytes: Uint8Array, cause: unknown): ModelDecodeError {
  const size = bytes instanceof Uint8Array ? `${bytes.length} bytes` : `a ${typeof bytes} instead of bytes`;
  return new ModelDecodeError(`${type} could not be decoded from ${size}: ${errorText(cause)}.`, {
    messageType: type,
    cause,
  });
}

function asDecodeError(err: unknown, type: ModelMessageType): ModelDecodeError {
  if (err instanceof ModelDecodeError) return err;
  return new ModelDecodeError(`${type} could not be decoded: ${errorText(err)}.`, { messageType: type, cause: err });
}

function asEncodeError(err: unknown, type: ModelMessageType): ModelEncodeError {
  if (err instanceof ModelEncodeError) return err;
  return new ModelEncodeError(`${type} could not be encoded: ${errorText(err)}.`, { messageType: type, cause: err });
}

// ---------------------------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------------------------

/** Maps an enum's names to their numbers (the array index). */
function enumNumbers<T extends string>(names: readonly T[]): Record<T, number> {
  const out = {} as Record<T, number>;
  names.forEach((name, i) => {
    out[name] = i;
  });
  return out;
}

const SPAN_KIND_NUMBER = enumNumbers(SPAN_KINDS);
const STATUS_CODE_NUMBER = enumNumbers(STATUS_CODES);
const SPAN_ROLE_NUMBER = enumNumbers(SPAN_ROLES);
const PROTOCOL_NUMBER = enumNumbers(PROTOCOLS);
const API_STATUS_NUMBER = enumNumbers(API_STATUSES);
const CALLEE_KIND_NUMBER = enumNumbers(CALLEE_KINDS);

/**
 * Reads an enum number as its name. A number this version does not know (written by a newer
 * one) reads as the enum's zero value rather than failing the whole message.
 */
function enumName<T extends string>(names: readonly T[], n: number | null | undefined): T {
  return (n != null && names[n]) || names[0];
}

/** Writes an id; an empty string is allowed only where the id is optional. */
function idToWire(
  hex: string,
  byteLength: number,
  what: string,
  field: string,
  type: ModelMessageType,
  index: number,
  opts: { optional: boolean; zeroAllowed: boolean },
): Uint8Array | undefined {
  if (hex.length !== byteLength * 2) {
    if (opts.optional && hex.length === 0) return undefined;
    throw encodeError(type, index, field, `is ${JSON.stringify(hex)}; a ${what} is ${byteLength * 2} hex digits`);
  }
  let bytes: Uint8Array;
  try {
    bytes = hexToBytes(hex);
  } catch (cause) {
    throw encodeError(type, index, field, `is not hex (${errorText(cause)})`, cause);
  }
  if (!opts.zeroAllowed && isAllZero(bytes)) {
    throw encodeError(type, index, field, `is all zeros, which is not a valid ${what}`);
  }
  return bytes;
}

const REQUIRED_ID = { optional: false, zeroAllowed: false };
const PARENT_ID = { optional: true, zeroAllowed: false };
// OpenTelemetry keeps links to invalid span contexts when they carry attributes.
const LINK_ID = { optional: true, zeroAllowed: true };

/** Reads an id and checks its width; returns '' for an empty optional id. */
function idFromWire(
  bytes: Uint8Array | null | undefined,
  byteLength: number,
  what: string,
  field: string,
  type: ModelMessageType,
  index: number,
  opts: { optional: boolean; zeroAllowed: boolean },
): string {
  const len = bytes == null ? 0 : bytes.length;
  if (len === 0) {
    if (opts.optional) return '';
    throw decodeError(type, index, field, `is missing; a ${what} has ${byteLength} bytes`);
  }
  if (len !== byteLength) throw decodeError(type, index, field, `has ${len} bytes; a ${what} has ${byteLength}`);
  const b = bytes as Uint8Array;
  if (!opts.zeroAllowed && isAllZero(b)) throw decodeError(type, index, field, `is all zeros, which is not a valid ${what}`);
  return bytesToHex(b);
}

function u64ToWire(v: bigint, field: string, type: ModelMessageType, index: number): WireInt64 {
  if (typeof v !== 'bigint' || !isU64(v)) {
    throw encodeError(type, index, field, `is ${String(v)} (${typeof v}); it must be a bigint in uint64 range`);
  }
  return bigintToWire(v, true);
}

function msToWire(v: number, field: string, type: ModelMessageType, index: number): number {
  if (!Number.isSafeInteger(v)) throw encodeError(type, index, field, `is ${String(v)}; it must be an integer count of ms`);
  return v;
}

/** Proto3 cannot tell '' from absent, so '' reads as absent in the optional group fields. */
function optString(v: string | null | undefined): string | undefined {
  return v ? v : undefined;
}

/** 0 reads as absent for ports and HTTP status codes, where 0 is never a real value. */
function optNonZero(v: number | null | undefined): number | undefined {
  return v ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------------

function attributesToWire(attrs: Attributes): pb.KeyValue.$Properties[] {
  const out: pb.KeyValue.$Properties[] = [];
  for (const key in attrs) {
    const value = anyValueToWire(attrs[key], key);
    if (value !== undefined) out.push({ key, value });
  }
  return out;
}

/** Writes one value; `undefined` (possible from untyped callers) is left out rather than written as empty. */
function anyValueToWire(v: AttributeValue, key: string): pb.AnyValue.$Properties | undefined {
  switch (typeof v) {
    case 'string':
      return { string_value: v };
    case 'boolean':
      return { bool_value: v };
    case 'number':
      return { double_value: v };
    case 'bigint':
      if (!isI64(v)) throw new RangeError(`attribute ${JSON.stringify(key)} is ${v}, outside int64`);
      return { int_value: bigintToWire(v, false) };
    case 'object': {
      if (v instanceof Uint8Array) return { bytes_value: v };
      if (Array.isArray(v)) {
        const values: pb.AnyValue.$Properties[] = [];
        for (let i = 0; i < v.length; i++) {
          const item = anyValueToWire(v[i], key);
          if (item !== undefined) values.push(item);
        }
        return { array_value: { values } };
      }
      if (v === null) return undefined;
      return { kvlist_value: { values: attributesToWire(v) } };
    }
    default:
      return undefined;
  }
}

function attributesFromWire(list: pb.KeyValue.$Properties[] | null | undefined): Attributes {
  const out: Attributes = {};
  if (list == null) return out;
  for (let i = 0; i < list.length; i++) {
    const kv = list[i];
    const v = kv.value;
    if (v == null) continue;
    const value = anyValueFromWire(v);
    if (value !== undefined) setAttribute(out, kv.key ?? '', value);
  }
  return out;
}

/** Reads one value; an AnyValue with nothing set (OTLP's "no value") reads as undefined and is left out. */
function anyValueFromWire(v: pb.AnyValue.$Properties): AttributeValue | undefined {
  switch (v.value) {
    case 'string_value':
      return v.string_value ?? '';
    case 'int_value':
      return v.int_value == null ? 0n : wireToI64(v.int_value);
    case 'bool_value':
      return v.bool_value === true;
    case 'double_value':
      return v.double_value ?? 0;
    case 'array_value': {
      const values = v.array_value?.values;
      const out: AttributeValue[] = [];
      if (values != null) {
        for (let i = 0; i < values.length; i++) {
          const item = anyValueFromWire(values[i]);
          if (item !== undefined) out.push(item);
        }
      }
      return out;
    }
    case 'kvlist_value':
      return attributesFromWire(v.kvlist_value?.values);
    case 'bytes_value':
      // A copy: the decoded bytes are a view into the record's buffer, which must not stay alive.
      return v.bytes_value == null ? new Uint8Array(0) : new Uint8Array(v.bytes_value);
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Spans
// ---------------------------------------------------------------------------------------------

/**
 * `trace` is set when the span is written inside a StructuredTrace: the span must then have the
 * trace's tenant and trace id, which are not repeated on the wire.
 */
function rawSpanToWire(
  s: RawSpan,
  type: ModelMessageType,
  index: number,
  trace: StructuredTrace | undefined,
): pb.RawSpan.$Properties {
  let tenantId: string | undefined;
  let traceId: Uint8Array | undefined;
  if (trace === undefined) {
    tenantId = s.tenantId;
    traceId = idToWire(s.traceId, TRACE_ID_BYTES, 'trace id', 'traceId', type, index, REQUIRED_ID);
  } else {
    if (s.traceId !== trace.traceId) {
      throw encodeError(type, index, 'traceId', `is ${JSON.stringify(s.traceId)} but the trace's is ${JSON.stringify(trace.traceId)}`);
    }
    if (s.tenantId !== trace.tenantId) {
      throw encodeError(type, index, 'tenantId', `is ${JSON.stringify(s.tenantId)} but the trace's is ${JSON.stringify(trace.tenantId)}`);
    }
  }
  return {
    tenant_id: tenantId,
    trace_id: traceId,
    span_id: idToWire(s.spanId, SPAN_ID_BYTES, 'span id', 'spanId', type, index, REQUIRED_ID),
    parent_span_id: idToWire(s.parentSpanId, SPAN_ID_BYTES, 'span id', 'parentSpanId', type, index, PARENT_ID),
    trace_state: s.traceState,
    name: s.name,
    kind: SPAN_KIND_NUMBER[s.kind],
    start_time_unix_nano: u64ToWire(s.startTimeUnixNano, 'startTimeUnixNano', type, index),
    end_time_unix_nano: u64ToWire(s.endTimeUnixNano, 'endTimeUnixNano', type, index),
    status_code: STATUS_CODE_NUMBER[s.statusCode],
    status_message: s.statusMessage,
    service_name: s.serviceName,
    attributes: attributesToWire(s.attributes),
    resource_attributes: attributesToWire(s.resourceAttributes),
    scope_name: s.scopeName,
    scope_version: s.scopeVersion,
    events: s.events.map((e, i) => eventToWire(e, type, index, i)),
    links: s.links.map((l, i) => linkToWire(l, type, index, i)),
    dropped_attributes_count: s.droppedAttributesCount,
    dropped_events_count: s.droppedEventsCount,
    dropped_links_count: s.droppedLinksCount,
    flags: s.flags,
    received_at_ms: msToWire(s.receivedAtMs, 'receivedAtMs', type, index),
    warnings: s.warnings,
    http: s.http === undefined ? undefined : httpToWire(s.http),
    rpc: s.rpc === undefined ? undefined : rpcToWire(s.rpc),
    db: s.db === undefined ? undefined : dbToWire(s.db),
    messaging: s.messaging === undefined ? undefined : messagingToWire(s.messaging),
    peer: s.peer === undefined ? undefined : peerToWire(s.peer),
    error: s.error === undefined ? undefined : errorToWire(s.error),
    enrichment: s.enrichment === undefined ? undefined : spanEnrichmentToWire(s.enrichment),
  };
}

/**
 * `tenantId`/`traceId` are the enclosing trace's ('' for a standalone RawSpan): a span inside a
 * StructuredTrace may leave its own empty and then has the trace's.
 */
function rawSpanFromWire(
  m: pb.RawSpan.$Properties,
  type: ModelMessageType,
  index: number,
  traceTenantId: string,
  traceTraceId: string,
): RawSpan {
  let tenantId = m.tenant_id ?? '';
  let traceId: string;
  if (index < 0) {
    traceId = idFromWire(m.trace_id, TRACE_ID_BYTES, 'trace id', 'trace_id', type, index, REQUIRED_ID);
  } else {
    if (tenantId === '') tenantId = traceTenantId;
    else if (tenantId !== traceTenantId) {
      throw decodeError(type, index, 'tenant_id', `is ${JSON.stringify(tenantId)} but the trace's is ${JSON.stringify(traceTenantId)}`);
    }
    if (m.trace_id == null || m.trace_id.length === 0) traceId = traceTraceId;
    else {
      traceId = idFromWire(m.trace_id, TRACE_ID_BYTES, 'trace id', 'trace_id', type, index, REQUIRED_ID);
      if (traceId !== traceTraceId) {
        throw decodeError(type, index, 'trace_id', `is ${traceId} but the trace's is ${traceTraceId}`);
      }
    }
  }
  const parent = m.parent_span_id;
  return {
    tenantId,
    traceId,
    spanId: idFromWire(m.span_id, SPAN_ID_BYTES, 'span id', 'span_id', type, index, REQUIRED_ID),
    // An all-zero parent is W3C's "no parent": read as a root rather than rejected.
    parentSpanId:
      parent != null && parent.length === SPAN_ID_BYTES && isAllZero(parent)
        ? ''
        : idFromWire(parent, SPAN_ID_BYTES, 'span id', 'parent_span_id', type, index, PARENT_ID),
    traceState: m.trace_state ?? '',
    name: m.name ?? '',
    kind: enumName(SPAN_KINDS, m.kind),
    startTimeUnixNano: m.start_time_unix_nano == null ? 0n : wireToU64(m.start_time_unix_nano),
    endTimeUnixNano: m.end_time_unix_nano == null ? 0n : wireToU64(m.end_time_unix_nano),
    statusCode: enumName(STATUS_CODES, m.status_code),
    statusMessage: m.status_message ?? '',
    serviceName: m.service_name ?? '',
    attributes: attributesFromWire(m.attributes),
    resourceAttributes: attributesFromWire(m.resource_attributes),
    scopeName: m.scope_name ?? '',
    scopeVersion: m.scope_version ?? '',
    events: eventsFromWire(m.events),
    links: linksFromWire(m.links, type, index),
    droppedAttributesCount: m.dropped_attributes_count ?? 0,
    droppedEventsCount: m.dropped_events_count ?? 0,
    droppedLinksCount: m.dropped_links_count ?? 0,
    flags: m.flags ?? 0,
    receivedAtMs: m.received_at_ms == null ? 0 : wireToNumber(m.received_at_ms),
    ...(m.warnings != null && m.warnings.length > 0 ? { warnings: m.warnings } : {}),
    http: m.http == null ? undefined : httpFromWire(m.http),
    rpc: m.rpc == null ? undefined : rpcFromWire(m.rpc),
    db: m.db == null ? undefined : dbFromWire(m.db),
    messaging: m.messaging == null ? undefined : messagingFromWire(m.messaging),
    peer: m.peer == null ? undefined : peerFromWire(m.peer),
    error: m.error == null ? undefined : errorFromWire(m.error),
    enrichment: m.enrichment == null ? undefined : spanEnrichmentFromWire(m.enrichment),
  };
}

function eventToWire(e: SpanEvent, type: ModelMessageType, index: number, i: number): pb.Event.$Properties {
  return {
    time_unix_nano: u64ToWire(e.timeUnixNano, `events[${i}].timeUnixNano`, type, index),
    name: e.name,
    attributes: attributesToWire(e.attributes),
    dropped_attributes_count: e.droppedAttributesCount,
  };
}

function eventsFromWire(list: pb.Event.$Properties[] | null | undefined): SpanEvent[] {
  const out: SpanEvent[] = [];
  if (list == null) return out;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    out.push({
      timeUnixNano: e.time_unix_nano == null ? 0n : wireToU64(e.time_unix_nano),
      name: e.name ?? '',
      attributes: attributesFromWire(e.attributes),
      droppedAttributesCount: e.dropped_attributes_count ?? 0,
    });
  }
  return out;
}

function linkToWire(l: SpanLink, type: ModelMessageType, index: number, i: number): pb.Link.$Properties {
  return {
    trace_id: idToWire(l.traceId, TRACE_ID_BYTES, 'trace id', `links[${i}].traceId`, type, index, LINK_ID),
    span_id: idToWire(l.spanId, SPAN_ID_BYTES, 'span id', `links[${i}].spanId`, type, index, LINK_ID),
    trace_state: l.traceState,
    attributes: attributesToWire(l.attributes),
    dropped_attributes_count: l.droppedAttributesCount,
    flags: l.flags,
  };
}

function linksFromWire(list: pb.Link.$Properties[] | null | undefined, type: ModelMessageType, index: number): SpanLink[] {
  const out: SpanLink[] = [];
  if (list == null) return out;
  for (let i = 0; i < list.length; i++) {
    const l = list[i];
    out.push({
      traceId: idFromWire(l.trace_id, TRACE_ID_BYTES, 'trace id', `links[${i}].trace_id`, type, index, LINK_ID),
      spanId: idFromWire(l.span_id, SPAN_ID_BYTES, 'span id', `links[${i}].span_id`, type, index, LINK_ID),
      traceState: l.trace_state ?? '',
      attributes: attributesFromWire(l.attributes),
      droppedAttributesCount: l.dropped_attributes_count ?? 0,
      flags: l.flags ?? 0,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Field groups
// ---------------------------------------------------------------------------------------------

function httpToWire(h: HttpInfo): pb.Http.$Properties {
  return {
    method: h.method,
    url: h.url,
    scheme: h.scheme,
    host: h.host,
    port: h.port,
    path: h.path,
    query: h.query,
    route: h.route,
    status_code: h.statusCode,
    user_agent: h.userAgent,
    request_body_size: h.requestBodySize,
    response_body_size: h.responseBodySize,
  };
}

function httpFromWire(h: pb.Http.$Properties): HttpInfo {
  return {
    method: optString(h.method),
    url: optString(h.url),
    scheme: optString(h.scheme),
    host: optString(h.host),
    port: optNonZero(h.port),
    path: optString(h.path),
    query: optString(h.query),
    route: optString(h.route),
    statusCode: optNonZero(h.status_code),
    userAgent: optString(h.user_agent),
    requestBodySize: h.request_body_size == null ? undefined : wireToNumber(h.request_body_size),
    responseBodySize: h.response_body_size == null ? undefined : wireToNumber(h.response_body_size),
  };
}

function rpcToWire(r: RpcInfo): pb.Rpc.$Properties {
  return { system: r.system, service: r.service, method: r.method, status_code: r.statusCode };
}

function rpcFromWire(r: pb.Rpc.$Properties): RpcInfo {
  return {
    system: optString(r.system),
    service: optString(r.service),
    method: optString(r.method),
    statusCode: r.status_code ?? undefined,
  };
}

function dbToWire(d: DbInfo): pb.Db.$Properties {
  return { system: d.system, name: d.name, operation: d.operation, statement: d.statement, table: d.table };
}

function dbFromWire(d: pb.Db.$Properties): DbInfo {
  return {
    system: optString(d.system),
    name: optString(d.name),
    operation: optString(d.operation),
    statement: optString(d.statement),
    table: optString(d.table),
  };
}

function messagingToWire(m: MessagingInfo): pb.Messaging.$Properties {
  return { system: m.system, destination: m.destination, operation: m.operation };
}

function messagingFromWire(m: pb.Messaging.$Properties): MessagingInfo {
  return { system: optString(m.system), destination: optString(m.destination), operation: optString(m.operation) };
}

function peerToWire(p: PeerInfo): pb.Peer.$Properties {
  return { service: p.service, address: p.address, port: p.port };
}

function peerFromWire(p: pb.Peer.$Properties): PeerInfo {
  return { service: optString(p.service), address: optString(p.address), port: optNonZero(p.port) };
}

function errorToWire(e: ErrorInfo): pb.ErrorInfo.$Properties {
  return { is_error: e.isError, type: e.type, message: e.message };
}

function errorFromWire(e: pb.ErrorInfo.$Properties): ErrorInfo {
  return { isError: e.is_error === true, type: optString(e.type), message: optString(e.message) };
}

// ---------------------------------------------------------------------------------------------
// Enrichment
// ---------------------------------------------------------------------------------------------

function spanEnrichmentToWire(e: SpanEnrichment): pb.SpanEnrichment.$Properties {
  return {
    role: SPAN_ROLE_NUMBER[e.role],
    protocol: PROTOCOL_NUMBER[e.protocol],
    api_entry: e.apiEntry,
    api_exit: e.apiExit,
    service_id: e.serviceId,
    service_name: e.serviceName,
    api_id: e.apiId,
    api_name: e.apiName,
    entry_api_id: e.entryApiId,
    entry_api_name: e.entryApiName,
    backend_id: e.backendId,
    backend_name: e.backendName,
    backend_type: e.backendType,
    api_status: API_STATUS_NUMBER[e.apiStatus],
    error_count: e.errorCount,
    exception_count: e.exceptionCount,
    callee: e.callee === undefined ? undefined : callEdgeToWire(e.callee),
  };
}

function spanEnrichmentFromWire(e: pb.SpanEnrichment.$Properties): SpanEnrichment {
  return {
    role: enumName(SPAN_ROLES, e.role),
    protocol: enumName(PROTOCOLS, e.protocol),
    apiEntry: e.api_entry === true,
    apiExit: e.api_exit === true,
    serviceId: e.service_id ?? '',
    serviceName: e.service_name ?? '',
    apiId: e.api_id ?? '',
    apiName: e.api_name ?? '',
    entryApiId: e.entry_api_id ?? '',
    entryApiName: e.entry_api_name ?? '',
    backendId: e.backend_id ?? '',
    backendName: e.backend_name ?? '',
    backendType: e.backend_type ?? '',
    apiStatus: enumName(API_STATUSES, e.api_status),
    errorCount: e.error_count ?? 0,
    exceptionCount: e.exception_count ?? 0,
    callee: e.callee == null ? undefined : callEdgeFromWire(e.callee),
  };
}

function callEdgeToWire(c: CallEdge): pb.CallEdge.$Properties {
  return {
    callee_kind: CALLEE_KIND_NUMBER[c.calleeKind],
    callee_service_id: c.calleeServiceId,
    callee_service_name: c.calleeServiceName,
    callee_api_id: c.calleeApiId,
    callee_api_name: c.calleeApiName,
    callee_backend_id: c.calleeBackendId,
    callee_backend_name: c.calleeBackendName,
  };
}

function callEdgeFromWire(c: pb.CallEdge.$Properties): CallEdge {
  return {
    calleeKind: enumName(CALLEE_KINDS, c.callee_kind),
    calleeServiceId: c.callee_service_id ?? '',
    calleeServiceName: c.callee_service_name ?? '',
    calleeApiId: c.callee_api_id ?? '',
    calleeApiName: c.callee_api_name ?? '',
    calleeBackendId: c.callee_backend_id ?? '',
    calleeBackendName: c.callee_backend_name ?? '',
  };
}

function traceEnrichmentToWire(e: TraceEnrichment): pb.TraceEnrichment.$Properties {
  return {
    transaction_name: e.transactionName,
    root_service_name: e.rootServiceName,
    services: e.services,
    service_count: e.serviceCount,
    span_count: e.spanCount,
    error_count: e.errorCount,
    exception_count: e.exceptionCount,
    api_entry_count: e.apiEntryCount,
  };
}

function traceEnrichmentFromWire(e: pb.TraceEnrichment.$Properties): TraceEnrichment {
  return {
    transactionName: e.transaction_name ?? '',
    rootServiceName: e.root_service_name ?? '',
    // slice(): an absent repeated field reads as protobufjs's shared frozen empty array.
    services: e.services == null ? [] : e.services.slice(),
    serviceCount: e.service_count ?? 0,
    spanCount: e.span_count ?? 0,
    errorCount: e.error_count ?? 0,
    exceptionCount: e.exception_count ?? 0,
    apiEntryCount: e.api_entry_count ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Traces
// ---------------------------------------------------------------------------------------------

function structuredTraceToWire(t: StructuredTrace): pb.StructuredTrace.$Properties {
  const type: ModelMessageType = 'StructuredTrace';
  const spans: pb.RawSpan.$Properties[] = [];
  for (let i = 0; i < t.spans.length; i++) spans.push(rawSpanToWire(t.spans[i], type, i, t));
  return {
    tenant_id: t.tenantId,
    trace_id: idToWire(t.traceId, TRACE_ID_BYTES, 'trace id', 'traceId', type, -1, REQUIRED_ID),
    spans,
    span_edges: t.spanEdges.map((e) => ({ parent_index: e.parentIndex, child_index: e.childIndex })),
    root_indices: t.rootIndices,
    start_time_unix_nano: u64ToWire(t.startTimeUnixNano, 'startTimeUnixNano', type, -1),
    end_time_unix_nano: u64ToWire(t.endTimeUnixNano, 'endTimeUnixNano', type, -1),
    span_count: t.spanCount,
    is_fragment: t.isFragment,
    fragment_seq: t.fragmentSeq,
    truncated: t.truncated,
    overflow_span_count: t.overflowSpanCount,
    emitted_at_ms: msToWire(t.emittedAtMs, 'emittedAtMs', type, -1),
    enrichment: t.enrichment === undefined ? undefined : traceEnrichmentToWire(t.enrichment),
    sampling: t.sampling === undefined ? undefined : { rule: t.sampling.rule, weight: t.sampling.weight },
  };
}

function structuredTraceFromWire(m: pb.StructuredTrace): StructuredTrace {
  const type: ModelMessageType = 'StructuredTrace';
  const tenantId = m.tenant_id;
  const traceId = idFromWire(m.trace_id, TRACE_ID_BYTES, 'trace id', 'trace_id', type, -1, REQUIRED_ID);
  const n = m.spans.length;
  const spans: RawSpan[] = [];
  for (let i = 0; i < n; i++) spans.push(rawSpanFromWire(m.spans[i], type, i, tenantId, traceId));

  const spanEdges: SpanEdge[] = [];
  for (let i = 0; i < m.span_edges.length; i++) {
    const e = m.span_edges[i];
    const parentIndex = e.parent_index ?? 0;
    const childIndex = e.child_index ?? 0;
    if (parentIndex >= n || childIndex >= n) {
      throw decodeError(type, -1, `span_edges[${i}]`, `is ${parentIndex} -> ${childIndex} but the trace has ${n} spans`);
    }
    if (parentIndex === childIndex) throw decodeError(type, -1, `span_edges[${i}]`, `makes span ${parentIndex} its own parent`);
    spanEdges.push({ parentIndex, childIndex });
  }

  const rootIndices: number[] = [];
  for (let i = 0; i < m.root_indices.length; i++) {
    const r = m.root_indices[i];
    if (r >= n) throw decodeError(type, -1, `root_indices[${i}]`, `is ${r} but the trace has ${n} spans`);
    rootIndices.push(r);
  }

  return {
    tenantId,
    traceId,
    spans,
    spanEdges,
    rootIndices,
    startTimeUnixNano: wireToU64(m.start_time_unix_nano),
    endTimeUnixNano: wireToU64(m.end_time_unix_nano),
    spanCount: m.span_count,
    isFragment: m.is_fragment,
    fragmentSeq: m.fragment_seq,
    truncated: m.truncated,
    overflowSpanCount: m.overflow_span_count,
    emittedAtMs: wireToNumber(m.emitted_at_ms),
    enrichment: m.enrichment == null ? undefined : traceEnrichmentFromWire(m.enrichment),
    ...(m.sampling == null ? {} : { sampling: { rule: m.sampling.rule ?? '', weight: m.sampling.weight ?? 0 } }),
  };
}
