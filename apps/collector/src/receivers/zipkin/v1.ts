// Zipkin v1 span decoders, the body of POST /api/v1/spans: JSON per
// https://zipkin.io/zipkin-api/zipkin-api.yaml (a list of v1 spans with annotations and
// binaryAnnotations) and Thrift binary per openzipkin/zipkin-api thrift/zipkinCore.thrift (a
// `list<Span>`). Each v1 span is converted to the v2 model (model.ts) and then translated by the
// v2 rules and identity rules (decode.ts, identity.ts), so a span means the same whichever version
// carried it. The conversion follows the OpenTelemetry Collector's zipkinv1 translator
// (opentelemetry-collector-contrib pkg/translator/zipkin/zipkinv1) for kind, timing, service name,
// `lc`, typed binary annotations and `error`; MAPPING.md lists where it differs and why.
import Long from 'long';
import type { AnyValue } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { ThriftBinaryReader } from '../thrift/binary';
import { TType, type ThriftInput } from '../thrift/reader';
import { describe, idFromBytes, idFromHex, traceIdFromHalves, uint64Bytes } from '../translate';
import { carriedTimes, ipv6Text, jsonEndpoint, jsonMicros, jsonObject, jsonString, typedValue, zipkinSpansToTracesData, type ZipkinDecodeOptions } from './decode';
import type { ZipkinEndpoint, ZipkinSpan } from './model';

/** A v1 annotation: a timestamped event, the core ones (cs, sr, ss, cr, ms, mr) giving kind and timing. */
interface V1Annotation {
  timestamp: bigint;
  value: string;
  endpoint?: ZipkinEndpoint;
}

/** A v1 binary annotation: a tag with its value typed and as text. */
interface V1BinaryAnnotation {
  key: string;
  /** The value as the attribute to write; undefined: a plain string (the text). */
  typed?: AnyValue;
  text: string;
  endpoint?: ZipkinEndpoint;
}

/** A Zipkin v1 span after decoding either wire format. */
interface V1Span {
  traceId: Uint8Array;
  id: Uint8Array;
  parentId?: Uint8Array;
  name: string;
  /** Epoch microseconds; 0 when absent. */
  timestamp: bigint;
  duration: bigint;
  annotations: V1Annotation[];
  binaryAnnotations: V1BinaryAnnotation[];
}

const CLIENT_CORE = new Set(['cs', 'cr']);
const SERVER_CORE = new Set(['sr', 'ss']);
const KIND_OF_CORE: Readonly<Record<string, string>> = { cs: 'CLIENT', cr: 'CLIENT', sr: 'SERVER', ss: 'SERVER', ms: 'PRODUCER', mr: 'CONSUMER' };
/** Address annotations: their endpoint is the remote side, never a tag (zipkincore CLIENT_ADDR, SERVER_ADDR, MESSAGE_ADDR). */
const ADDRESS_KEYS = new Set(['ca', 'sa', 'ma']);
const LOCAL_COMPONENT = 'lc';

// ---- conversion to the v2 model ----

function hasService(e: ZipkinEndpoint | undefined): e is ZipkinEndpoint {
  return e !== undefined && e.serviceName !== '';
}

function first(annotations: V1Annotation[], value: string): V1Annotation | undefined {
  return annotations.find((a) => a.value === value);
}

/** Start and duration from two core annotations, when both are there and in order. */
function between(start: V1Annotation | undefined, end: V1Annotation | undefined): { timestamp: bigint; duration: bigint } {
  if (!start) return { timestamp: 0n, duration: 0n };
  return { timestamp: start.timestamp, duration: end && end.timestamp >= start.timestamp ? end.timestamp - start.timestamp : 0n };
}

function emptySpan(v1: V1Span, kind: string, local: ZipkinEndpoint | undefined): ZipkinSpan {
  return { traceId: v1.traceId, id: v1.id, parentId: v1.parentId, kind, name: v1.name, timestamp: 0n, duration: 0n, localEndpoint: local, annotations: [], tags: new Map(), shared: false };
}

function addTag(span: ZipkinSpan, b: V1BinaryAnnotation, key = b.key): void {
  span.tags.set(key, b.text);
  if (b.typed) (span.typedTags ??= new Map()).set(key, b.typed);
  else span.typedTags?.delete(key);
}

/**
 * Converts one v1 span to the v2 model: one span, or two when it holds both the client (cs/cr) and
 * the server (sr/ss) side of a call; the server half is then `shared`, and the identity rules give
 * it its own id under the client half (ARCHITECTURE.md "Identity").
 */
export function v1ToV2(v1: V1Span): ZipkinSpan[] {
  const core = v1.annotations.filter((a) => KIND_OF_CORE[a.value] !== undefined);
  const isClient = core.some((a) => CLIENT_CORE.has(a.value));
  const isServer = core.some((a) => SERVER_CORE.has(a.value));
  const address = (key: string) => v1.binaryAnnotations.find((b) => b.key === key && b.text === 'true' && b.endpoint !== undefined)?.endpoint;

  let halves: ZipkinSpan[];
  if (isClient && isServer) {
    const cs = first(v1.annotations, 'cs');
    const cr = first(v1.annotations, 'cr');
    const sr = first(v1.annotations, 'sr');
    const ss = first(v1.annotations, 'ss');
    const client = emptySpan(v1, 'CLIENT', (cs ?? cr)?.endpoint);
    // The v1 span's own timestamp and duration are the client's: it started the call.
    Object.assign(client, v1.timestamp !== 0n ? { timestamp: v1.timestamp, duration: v1.duration } : between(cs, cr));
    client.remoteEndpoint = address('sa');
    const server = { ...emptySpan(v1, 'SERVER', (sr ?? ss)?.endpoint), ...between(sr, ss), shared: true, remoteEndpoint: address('ca') };
    halves = [client, server];
  } else {
    // One side: the kind of the first core annotation and the endpoint of the first core
    // annotation naming a service, as the collector's zipkinv1 translator does.
    const kind = core.length > 0 ? KIND_OF_CORE[core[0].value] : '';
    const local = core.find((a) => hasService(a.endpoint))?.endpoint ?? core[0]?.endpoint;
    const span = emptySpan(v1, kind, local);
    if (v1.timestamp !== 0n) {
      span.timestamp = v1.timestamp;
      span.duration = v1.duration;
    } else if (v1.annotations.length > 0) {
      // No timestamp: the earliest and latest annotations bound the span (upstream's rule).
      const times = v1.annotations.map((a) => a.timestamp);
      const min = times.reduce((a, b) => (b < a ? b : a));
      const max = times.reduce((a, b) => (b > a ? b : a));
      span.timestamp = min;
      span.duration = max - min;
    }
    // v1 has no shared flag: by its convention only the side that started a span sets the span's
    // timestamp, so a server side without one joined its client's span id. zipkin2's
    // V1SpanConverter reads it so (also when ss is there but the duration is not); the identity
    // rules then give that half its own id under the client's, whichever request the client came in.
    const sr = first(v1.annotations, 'sr');
    if (kind === 'SERVER' && sr && !isClient && (v1.timestamp === 0n || (first(v1.annotations, 'ss') && v1.duration === 0n))) span.shared = true;
    if (core.length === 0) {
      // No core annotations: `sa` alone is the remote side; `ca` alone makes a server span; with
      // both, `ca` is the local side talking to `sa` (zipkin2's V1SpanConverter).
      const ca = address('ca');
      const sa = address('sa');
      if (ca && !sa) span.kind = 'SERVER';
      if (ca && sa && !hasService(span.localEndpoint)) span.localEndpoint = ca;
      span.remoteEndpoint = sa ?? ca ?? address('ma');
    } else {
      const preferred = kind === 'SERVER' || kind === 'CONSUMER' ? ['ca', 'ma'] : ['sa', 'ma'];
      span.remoteEndpoint = preferred.map(address).find((e) => e !== undefined);
    }
    halves = [span];
  }

  // Without core annotations the local endpoint comes from `lc`, else from the first binary
  // annotation or annotation that names a service; `lc`'s value names the service last of all.
  const lc = v1.binaryAnnotations.find((b) => b.key === LOCAL_COMPONENT);
  for (const half of halves) {
    if (hasService(half.localEndpoint)) continue;
    const fallback =
      [lc?.endpoint, ...v1.binaryAnnotations.filter((b) => !ADDRESS_KEYS.has(b.key)).map((b) => b.endpoint), ...v1.annotations.map((a) => a.endpoint)].find(hasService) ??
      (lc && lc.text !== '' ? { ...(half.localEndpoint ?? { port: 0 }), serviceName: lc.text } : undefined);
    if (fallback) half.localEndpoint = fallback;
  }

  // A non-core annotation or a binary annotation goes to the half whose service reported it
  // (the server half when its endpoint says so), else to the first half.
  const halfFor = (e: ZipkinEndpoint | undefined): ZipkinSpan => (halves.length > 1 && hasService(e) && e.serviceName === halves[1].localEndpoint?.serviceName ? halves[1] : halves[0]);
  for (const a of v1.annotations) {
    if (KIND_OF_CORE[a.value] !== undefined || a.value === '') continue;
    halfFor(a.endpoint).annotations.push({ timestamp: a.timestamp, value: a.value });
  }
  for (const b of v1.binaryAnnotations) {
    if (ADDRESS_KEYS.has(b.key) && b.text === 'true') continue;
    // An empty `lc` is a marker of a local span, not a tag (zipkin2 drops it too).
    if (b.key === LOCAL_COMPONENT && b.text === '') continue;
    // `lc` is the local component: upstream writes it as the `component` attribute.
    addTag(halfFor(b.endpoint), b, b.key === LOCAL_COMPONENT ? 'component' : b.key);
  }
  for (const half of halves) half.annotations.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return halves;
}

function toTracesData(spans: V1Span[], options: ZipkinDecodeOptions): ReturnType<typeof zipkinSpansToTracesData> {
  return zipkinSpansToTracesData(
    spans.flatMap((s, i) => v1ToV2(s).map((half) => carriedTimes(half, `span[${i}]`))),
    options,
  );
}

// ---- JSON ----

const JSON_TYPES = ['BOOL', 'BYTES', 'I16', 'I32', 'I64', 'DOUBLE', 'STRING'] as const;

function jsonBinaryAnnotation(value: unknown, path: string, options: ZipkinDecodeOptions): V1BinaryAnnotation {
  const obj = jsonObject(value, path);
  if (!obj) throw new ReceiverDecodeError(`${path}: expected an object, got ${describe(value)}.`);
  const key = jsonString(obj.key, `${path}.key`);
  if (key === '') throw new ReceiverDecodeError(`${path}.key: is required.`);
  const endpoint = jsonEndpoint(obj.endpoint, `${path}.endpoint`);
  const v = obj.value;
  const type = obj.type === undefined || obj.type === null ? undefined : jsonString(obj.type, `${path}.type`).toUpperCase();
  if (type !== undefined && !(JSON_TYPES as readonly string[]).includes(type)) throw new ReceiverDecodeError(`${path}.type: ${JSON.stringify(type)} is not one of ${JSON_TYPES.join(', ')}.`);
  const where = `${path}.value`;
  if (type === 'BOOL' || (type === undefined && typeof v === 'boolean')) {
    if (typeof v === 'boolean') return { key, text: String(v), typed: { bool_value: v }, endpoint };
    if (v === 'true' || v === 'false') return { key, text: v, typed: { bool_value: v === 'true' }, endpoint };
    throw new ReceiverDecodeError(`${where}: expected a boolean, got ${describe(v)}.`);
  }
  if (type === 'I16' || type === 'I32' || type === 'I64' || (type === undefined && typeof v === 'number' && Number.isInteger(v))) {
    const text = typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' && /^-?\d{1,19}$/.test(v) ? v : undefined;
    if (text === undefined || BigInt(text) < -(2n ** 63n) || BigInt(text) >= 2n ** 63n) throw new ReceiverDecodeError(`${where}: expected a 64-bit integer, got ${describe(v)}.`);
    return { key, text, typed: { int_value: Long.fromString(text) }, endpoint };
  }
  if (type === 'DOUBLE' || (type === undefined && typeof v === 'number')) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isNaN(n) && v !== 'NaN') throw new ReceiverDecodeError(`${where}: expected a number, got ${describe(v)}.`);
    return { key, text: String(n), typed: { double_value: n }, endpoint };
  }
  // STRING, BYTES (base64 text in JSON, kept as sent, as upstream writes Thrift bytes) or untyped.
  const text = jsonString(v, where);
  return { key, text, typed: options.parseStringTags && type === undefined ? typedValue(text) : undefined, endpoint };
}

function jsonV1Span(value: unknown, i: number, options: ZipkinDecodeOptions): V1Span {
  const path = `span[${i}]`;
  const obj = jsonObject(value, path);
  if (!obj) throw new ReceiverDecodeError(`${path}: expected a span object, got ${describe(value)}.`);
  if (obj.traceId === undefined || obj.traceId === null) throw new ReceiverDecodeError(`${path}.traceId: is required.`, { problem: 'invalid_id' });
  if (obj.id === undefined || obj.id === null) throw new ReceiverDecodeError(`${path}.id: is required.`, { problem: 'invalid_id' });
  const traceId = idFromHex(obj.traceId, 16, `${path}.traceId`);
  const id = idFromHex(obj.id, 8, `${path}.id`);
  let parentId: Uint8Array | undefined;
  // An empty or all-zero parentId is how some tracers say "root", as in v2.
  if (typeof obj.parentId === 'string' && obj.parentId !== '' && !/^0+$/.test(obj.parentId)) parentId = idFromHex(obj.parentId, 8, `${path}.parentId`);
  else if (obj.parentId !== undefined && obj.parentId !== null && typeof obj.parentId !== 'string') idFromHex(obj.parentId, 8, `${path}.parentId`);
  const annotations = obj.annotations ?? [];
  if (!Array.isArray(annotations)) throw new ReceiverDecodeError(`${path}.annotations: expected an array, got ${describe(annotations)}.`);
  const binary = obj.binaryAnnotations ?? [];
  if (!Array.isArray(binary)) throw new ReceiverDecodeError(`${path}.binaryAnnotations: expected an array, got ${describe(binary)}.`);
  return {
    traceId,
    id,
    parentId,
    name: jsonString(obj.name, `${path}.name`),
    timestamp: jsonMicros(obj.timestamp, `${path}.timestamp`),
    duration: jsonMicros(obj.duration, `${path}.duration`),
    annotations: annotations.map((a, j) => {
      const ap = `${path}.annotations[${j}]`;
      const ao = jsonObject(a, ap) ?? {};
      return { timestamp: jsonMicros(ao.timestamp, `${ap}.timestamp`), value: jsonString(ao.value, `${ap}.value`), endpoint: jsonEndpoint(ao.endpoint, `${ap}.endpoint`) };
    }),
    binaryAnnotations: binary.map((b, j) => jsonBinaryAnnotation(b, `${path}.binaryAnnotations[${j}]`, options)),
  };
}

/**
 * Decodes a Zipkin v1 JSON body (`POST /api/v1/spans`, `Content-Type: application/json`) into
 * OTLP `TracesData`.
 * @throws {ReceiverDecodeError} when the body is not JSON or not a list of v1 spans, naming the
 *   span and field that was wrong; nothing of such a body is kept.
 */
export function decodeZipkinV1Json(body: Uint8Array | string, options: ZipkinDecodeOptions = {}): ReturnType<typeof zipkinSpansToTracesData> {
  let json: unknown;
  try {
    json = JSON.parse(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    throw new ReceiverDecodeError(`Zipkin v1 JSON: the body is not valid JSON (${err instanceof Error ? err.message : String(err)}).`, { cause: err });
  }
  if (!Array.isArray(json)) throw new ReceiverDecodeError(`Zipkin v1 JSON: expected an array of spans, got ${describe(json)}.`);
  return toTracesData(json.map((s, i) => jsonV1Span(s, i, options)), options);
}

// ---- Thrift (zipkinCore.thrift) ----

/** zipkinCore.thrift AnnotationType. */
const ANNOTATION_TYPES = ['BOOL', 'BYTES', 'I16', 'I32', 'I64', 'DOUBLE', 'STRING'] as const;
const NUMBER_WIDTH = { I16: 2, I32: 4, I64: 8, DOUBLE: 8 } as const;

function thriftEndpoint(r: ThriftInput, where: string): ZipkinEndpoint {
  let ipv4 = 0;
  let port = 0;
  let serviceName = '';
  let ipv6: Uint8Array | undefined;
  r.struct(where, (type, id) => {
    if (id === 1) {
      r.expect(type, TType.I32, `${where}.ipv4`);
      ipv4 = r.i32(`${where}.ipv4`) >>> 0;
    } else if (id === 2) {
      r.expect(type, TType.I16, `${where}.port`);
      // An i16 on the wire; ports above 32767 arrive negative.
      port = r.i16(`${where}.port`) & 0xffff;
    } else if (id === 3) {
      r.expect(type, TType.STRING, `${where}.service_name`);
      serviceName = r.string(`${where}.service_name`);
    } else if (id === 4) {
      r.expect(type, TType.STRING, `${where}.ipv6`);
      ipv6 = r.binary(`${where}.ipv6`);
    } else return false;
    return true;
  });
  return {
    serviceName,
    ipv4: ipv4 !== 0 ? [ipv4 >>> 24, (ipv4 >>> 16) & 0xff, (ipv4 >>> 8) & 0xff, ipv4 & 0xff].join('.') : undefined,
    ipv6: ipv6 && ipv6.length > 0 ? ipv6Text(ipv6, `${where}.ipv6`) : undefined,
    port,
  };
}

function thriftAnnotation(r: ThriftInput, where: string): V1Annotation {
  const a: V1Annotation = { timestamp: 0n, value: '' };
  r.struct(where, (type, id) => {
    if (id === 1) {
      r.expect(type, TType.I64, `${where}.timestamp`);
      a.timestamp = r.i64(`${where}.timestamp`);
    } else if (id === 2) {
      r.expect(type, TType.STRING, `${where}.value`);
      a.value = r.string(`${where}.value`);
    } else if (id === 3) {
      r.expect(type, TType.STRUCT, `${where}.host`);
      a.endpoint = thriftEndpoint(r, `${where}.host`);
    } else return false;
    return true;
  });
  return a;
}

/** The typed attribute of a Thrift binary annotation value (big-endian numbers, as upstream reads them). */
function thriftBinaryValue(type: number, bytes: Uint8Array, where: string): { text: string; typed?: AnyValue } {
  const name = ANNOTATION_TYPES[type];
  if (name === undefined) throw new ReceiverDecodeError(`${where}.annotation_type: ${type} is not a zipkinCore AnnotationType (0-6).`);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (name) {
    case 'BOOL': {
      const v = buf.length === 1 && buf[0] === 1;
      return { text: String(v), typed: { bool_value: v } };
    }
    case 'BYTES': {
      const text = buf.toString('base64');
      return { text, typed: { string_value: text } };
    }
    case 'STRING':
      return { text: buf.toString('utf8') };
    default: {
      const width = NUMBER_WIDTH[name];
      if (buf.length !== width) throw new ReceiverDecodeError(`${where}.value: a ${name} needs ${width} bytes, got ${buf.length}.`);
      if (name === 'DOUBLE') {
        const d = buf.readDoubleBE(0);
        return { text: String(d), typed: { double_value: d } };
      }
      const n = name === 'I16' ? BigInt(buf.readInt16BE(0)) : name === 'I32' ? BigInt(buf.readInt32BE(0)) : buf.readBigInt64BE(0);
      return { text: String(n), typed: { int_value: Long.fromString(String(n)) } };
    }
  }
}

function thriftBinaryAnnotation(r: ThriftInput, where: string, options: ZipkinDecodeOptions): V1BinaryAnnotation {
  let key = '';
  let value: Uint8Array = new Uint8Array(0);
  let type = 6;
  let endpoint: ZipkinEndpoint | undefined;
  r.struct(where, (t, id) => {
    if (id === 1) {
      r.expect(t, TType.STRING, `${where}.key`);
      key = r.string(`${where}.key`);
    } else if (id === 2) {
      r.expect(t, TType.STRING, `${where}.value`);
      value = r.binary(`${where}.value`);
    } else if (id === 3) {
      r.expect(t, TType.I32, `${where}.annotation_type`);
      type = r.i32(`${where}.annotation_type`);
    } else if (id === 4) {
      r.expect(t, TType.STRUCT, `${where}.host`);
      endpoint = thriftEndpoint(r, `${where}.host`);
    } else return false;
    return true;
  });
  if (key === '') throw new ReceiverDecodeError(`${where}.key: is required.`);
  const v = thriftBinaryValue(type, value, where);
  return { key, endpoint, text: v.text, typed: v.typed ?? (options.parseStringTags ? typedValue(v.text) : undefined) };
}

function thriftList<T>(r: ThriftInput, type: number, where: string, read: (i: number) => T): T[] {
  r.expect(type, TType.LIST, where);
  const n = r.listHeader(TType.STRUCT, where);
  return Array.from({ length: n }, (_, i) => read(i));
}

function thriftV1Span(r: ThriftInput, i: number, options: ZipkinDecodeOptions): V1Span {
  const path = `span[${i}]`;
  let low: bigint | undefined;
  let high = 0n;
  let id: bigint | undefined;
  let parent = 0n;
  const span: V1Span = { traceId: new Uint8Array(0), id: new Uint8Array(0), name: '', timestamp: 0n, duration: 0n, annotations: [], binaryAnnotations: [] };
  r.struct(path, (type, fid) => {
    switch (fid) {
      case 1:
      case 4:
      case 5:
      case 10:
      case 11:
      case 12: {
        const names = { 1: 'trace_id', 4: 'id', 5: 'parent_id', 10: 'timestamp', 11: 'duration', 12: 'trace_id_high' } as const;
        const where = `${path}.${names[fid]}`;
        r.expect(type, TType.I64, where);
        const v = r.i64(where);
        if (fid === 1) low = v;
        else if (fid === 4) id = v;
        else if (fid === 5) parent = v;
        else if (fid === 10) span.timestamp = v;
        else if (fid === 11) span.duration = v;
        else high = v;
        return true;
      }
      case 3:
        r.expect(type, TType.STRING, `${path}.name`);
        span.name = r.string(`${path}.name`);
        return true;
      case 6:
        span.annotations = thriftList(r, type, `${path}.annotations`, (j) => thriftAnnotation(r, `${path}.annotations[${j}]`));
        return true;
      case 8:
        span.binaryAnnotations = thriftList(r, type, `${path}.binary_annotations`, (j) => thriftBinaryAnnotation(r, `${path}.binary_annotations[${j}]`, options));
        return true;
      default:
        // debug (9) and anything newer: read past, as upstream carries no debug flag either.
        return false;
    }
  });
  if (low === undefined) throw new ReceiverDecodeError(`${path}.trace_id: is required.`, { problem: 'invalid_id' });
  if (id === undefined) throw new ReceiverDecodeError(`${path}.id: is required.`, { problem: 'invalid_id' });
  span.traceId = idFromBytes(traceIdFromHalves(high, low), 16, `${path}.trace_id`);
  span.id = idFromBytes(uint64Bytes(id), 8, `${path}.id`);
  if (parent !== 0n) span.parentId = uint64Bytes(parent);
  return span;
}

/**
 * Decodes a Zipkin v1 Thrift body (`POST /api/v1/spans`, `Content-Type: application/x-thrift`: a
 * Thrift binary `list<zipkincore.Span>`) into OTLP `TracesData`.
 * @throws {ReceiverDecodeError} for bytes that are not such a list, naming the span and field.
 */
export function decodeZipkinV1Thrift(body: Uint8Array, options: ZipkinDecodeOptions = {}): ReturnType<typeof zipkinSpansToTracesData> {
  const r = new ThriftBinaryReader(body, 'Zipkin v1 Thrift');
  const n = r.listHeader(TType.STRUCT, 'list<Span>');
  const spans = Array.from({ length: n }, (_, i) => thriftV1Span(r, i, options));
  if (r.remaining > 0) throw new ReceiverDecodeError(`Zipkin v1 Thrift: ${r.remaining} bytes left after the list of ${n} spans ended at offset ${r.offset}.`);
  return toTracesData(spans, options);
}
