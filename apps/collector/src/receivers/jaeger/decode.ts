// Jaeger span decoders:
// - Thrift binary `jaeger.thrift` Batch, the body of POST /api/traces (Content-Type
//   application/x-thrift), per jaegertracing/jaeger-idl thrift/jaeger.thrift;
// - protobuf `jaeger.api_v2.PostSpansRequest`, the gRPC CollectorService/PostSpans request, per
//   jaegertracing/jaeger-idl proto/api_v2 (see jaeger-api-v2.proto here).
// Both become OTLP TracesData the way the OpenTelemetry Collector's Jaeger translator does it
// (opentelemetry-collector-contrib pkg/translator/jaeger: jaegerthrift_to_traces.go and
// jaegerproto_to_traces.go), plus ARCHITECTURE.md "Identity" (`unknown_service`).
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import type { TracesData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { idFromBytes } from '../translate';
import type { JaegerBatch, JaegerProcess, JaegerRef, JaegerSpan, JaegerTag, JaegerValue } from './model';
import { ThriftBinaryReader } from '../thrift/binary';
import { TType, type ThriftInput } from '../thrift/reader';
import { jaegerToTracesData } from './translate';

// ---- Thrift ----

const THRIFT_TAG_TYPES = ['string', 'float64', 'bool', 'int64', 'binary'] as const;

/** The Tag struct's fields: name (for messages) and wire type. */
const TAG_FIELDS: Readonly<Record<number, { name: string; type: number }>> = {
  1: { name: 'key', type: TType.STRING },
  2: { name: 'vType', type: TType.I32 },
  3: { name: 'vStr', type: TType.STRING },
  4: { name: 'vDouble', type: TType.DOUBLE },
  5: { name: 'vBool', type: TType.BOOL },
  6: { name: 'vLong', type: TType.I64 },
  7: { name: 'vBinary', type: TType.STRING },
};

function readTag(r: ThriftInput, where: string): JaegerTag {
  let key = '';
  let vType = 0;
  let vStr = '';
  let vDouble = 0;
  let vBool = false;
  let vLong = 0n;
  let vBinary = new Uint8Array(0);
  r.struct(where, (type, id) => {
    const field = TAG_FIELDS[id];
    if (!field) return false;
    // Tags are most of a batch: the field's path is only spelled out when something is wrong.
    if (type !== field.type) r.expect(type, field.type, `${where}.${field.name}`);
    if (id === 1) key = r.string(where);
    else if (id === 2) vType = r.i32(where);
    else if (id === 3) vStr = r.string(where);
    else if (id === 4) vDouble = r.double(where);
    else if (id === 5) vBool = r.bool(where);
    else if (id === 6) vLong = r.i64(where);
    else vBinary = new Uint8Array(r.binary(where));
    return true;
  });
  const t = THRIFT_TAG_TYPES[vType];
  const v: JaegerValue =
    t === 'string' ? { type: t, value: vStr }
    : t === 'float64' ? { type: t, value: vDouble }
    : t === 'bool' ? { type: t, value: vBool }
    : t === 'int64' ? { type: t, value: vLong }
    : t === 'binary' ? { type: t, value: vBinary }
    : { type: 'unknown', value: vType };
  return { key, v };
}

function readTags(r: ThriftInput, type: number, where: string): JaegerTag[] {
  r.expect(type, TType.LIST, where);
  const n = r.listHeader(TType.STRUCT, where);
  return Array.from({ length: n }, (_, i) => readTag(r, `${where}[${i}]`));
}

function readProcess(r: ThriftInput, where: string): JaegerProcess {
  const p: JaegerProcess = { serviceName: '', tags: [] };
  r.struct(where, (type, id) => {
    if (id === 1) {
      r.expect(type, TType.STRING, `${where}.serviceName`);
      p.serviceName = r.string(`${where}.serviceName`);
    } else if (id === 2) p.tags = readTags(r, type, `${where}.tags`);
    else return false;
    return true;
  });
  return p;
}

function readRef(r: ThriftInput, where: string): JaegerRef {
  let refType = 0;
  // Ids are read straight into their bytes: high half first, as the model and OTLP hold them.
  const traceId = new Uint8Array(16);
  const spanId = new Uint8Array(8);
  r.struct(where, (type, id) => {
    if (id === 1) {
      r.expect(type, TType.I32, `${where}.refType`);
      refType = r.i32(`${where}.refType`);
    } else if (id >= 2 && id <= 4) {
      r.expect(type, TType.I64, where);
      if (id === 2) r.i64Bytes(where, traceId, 8);
      else if (id === 3) r.i64Bytes(where, traceId, 0);
      else r.i64Bytes(where, spanId, 0);
    } else return false;
    return true;
  });
  return { refType: refType === 1 ? 'FOLLOWS_FROM' : 'CHILD_OF', traceId, spanId };
}

/** Field names of a Span's i64 fields, for messages. */
const SPAN_I64_FIELDS: Readonly<Record<number, string>> = { 1: 'traceIdLow', 2: 'traceIdHigh', 3: 'spanId', 4: 'parentSpanId', 8: 'startTime', 9: 'duration' };

function readSpan(r: ThriftInput, where: string): JaegerSpan | undefined {
  let seen = 0;
  const traceId = new Uint8Array(16);
  const spanId = new Uint8Array(8);
  const parentSpanId = new Uint8Array(8);
  const span: JaegerSpan = { traceId, spanId, parentSpanId, operationName: '', references: [], flags: 0, startNanos: 0n, durationNanos: 0n, tags: [], logs: [] };
  let startMicros = 0n;
  let durationMicros = 0n;
  r.struct(where, (type, id) => {
    seen++;
    switch (id) {
      case 1:
      case 2:
      case 3:
      case 4:
      case 8:
      case 9: {
        const field = `${where}.${SPAN_I64_FIELDS[id]}`;
        r.expect(type, TType.I64, field);
        if (id === 1) r.i64Bytes(field, traceId, 8);
        else if (id === 2) r.i64Bytes(field, traceId, 0);
        else if (id === 3) r.i64Bytes(field, spanId, 0);
        else if (id === 4) r.i64Bytes(field, parentSpanId, 0);
        else if (id === 8) startMicros = r.i64(field);
        else durationMicros = r.i64(field);
        return true;
      }
      case 5:
        r.expect(type, TType.STRING, `${where}.operationName`);
        span.operationName = r.string(`${where}.operationName`);
        return true;
      case 6: {
        r.expect(type, TType.LIST, `${where}.references`);
        const n = r.listHeader(TType.STRUCT, `${where}.references`);
        span.references = Array.from({ length: n }, (_, i) => readRef(r, `${where}.references[${i}]`));
        return true;
      }
      case 7:
        r.expect(type, TType.I32, `${where}.flags`);
        span.flags = r.i32(`${where}.flags`);
        return true;
      case 10:
        span.tags = readTags(r, type, `${where}.tags`);
        return true;
      case 11: {
        r.expect(type, TType.LIST, `${where}.logs`);
        const n = r.listHeader(TType.STRUCT, `${where}.logs`);
        span.logs = Array.from({ length: n }, (_, i) => {
          const lw = `${where}.logs[${i}]`;
          const log = { timestampNanos: 0n, fields: [] as JaegerTag[] };
          r.struct(lw, (t, fid) => {
            if (fid === 1) {
              r.expect(t, TType.I64, `${lw}.timestamp`);
              log.timestampNanos = r.i64(`${lw}.timestamp`) * 1000n;
            } else if (fid === 2) log.fields = readTags(r, t, `${lw}.fields`);
            else return false;
            return true;
          });
          return log;
        });
        return true;
      }
      default:
        seen--;
        return false;
    }
  });
  // The collector skips spans equal to an empty span; anything else needs valid ids.
  if (seen === 0) return undefined;
  idFromBytes(traceId, 16, `${where}.traceId`);
  idFromBytes(spanId, 8, `${where}.spanId`);
  // Signed, as sent: the translation repairs a time OTLP cannot carry instead of wrapping it.
  span.startNanos = startMicros * 1000n;
  span.durationNanos = durationMicros * 1000n;
  return span;
}

/** Reads a `jaeger.thrift` Batch struct (binary or compact, as `r` reads) into the shared Jaeger model. */
export function readBatchStruct(r: ThriftInput, where = 'batch'): JaegerBatch {
  const batch: JaegerBatch = { spans: [] };
  r.struct(where, (type, id) => {
    if (id === 1) {
      r.expect(type, TType.STRUCT, `${where}.process`);
      batch.process = readProcess(r, 'process');
    } else if (id === 2) {
      r.expect(type, TType.LIST, `${where}.spans`);
      const n = r.listHeader(TType.STRUCT, `${where}.spans`);
      for (let i = 0; i < n; i++) {
        const span = readSpan(r, `span[${i}]`);
        if (span) batch.spans.push(span);
      }
    } else return false;
    return true;
  });
  return batch;
}

/** Reads a Thrift binary `jaeger.thrift` Batch into the shared Jaeger model. */
export function readThriftBatch(body: Uint8Array): JaegerBatch {
  const r = new ThriftBinaryReader(body, 'Jaeger Thrift batch');
  const batch = readBatchStruct(r);
  if (r.remaining > 0) throw new ReceiverDecodeError(`Jaeger Thrift batch: ${r.remaining} bytes left after the Batch struct ended at offset ${r.offset}.`);
  return batch;
}

/**
 * Decodes a Jaeger Thrift-over-HTTP body (`POST /api/traces`, a Thrift binary `Batch`) into OTLP
 * `TracesData`.
 * @throws {ReceiverDecodeError} for bytes that are not a Batch or spans with missing or zero ids.
 */
export function decodeJaegerThrift(body: Uint8Array): TracesData {
  return jaegerToTracesData([readThriftBatch(body)]);
}

// ---- protobuf api_v2 ----

interface ProtoKeyValue {
  key?: string;
  v_type?: string;
  v_str?: string;
  v_bool?: boolean;
  v_int64?: string;
  v_float64?: number;
  v_binary?: Uint8Array;
}
interface ProtoTime {
  seconds?: string;
  nanos?: number;
}
interface ProtoProcess {
  service_name?: string;
  tags?: ProtoKeyValue[];
}
interface ProtoSpan {
  trace_id?: Uint8Array;
  span_id?: Uint8Array;
  operation_name?: string;
  references?: { trace_id?: Uint8Array; span_id?: Uint8Array; ref_type?: string }[];
  flags?: number;
  start_time?: ProtoTime;
  duration?: ProtoTime;
  tags?: ProtoKeyValue[];
  logs?: { timestamp?: ProtoTime; fields?: ProtoKeyValue[] }[];
  process?: ProtoProcess;
}

let postSpansRequest: protobuf.Type | undefined;
function postSpansRequestType(): protobuf.Type {
  // Loaded once, lazily, from the .proto beside this file (the build copies it into dist/).
  postSpansRequest ??= new protobuf.Root().loadSync(join(__dirname, 'jaeger-api-v2.proto'), { keepCase: true }).lookupType('jaeger.api_v2.PostSpansRequest');
  return postSpansRequest;
}

function protoTag(kv: ProtoKeyValue): JaegerTag {
  const key = kv.key ?? '';
  switch (kv.v_type ?? 'STRING') {
    case 'STRING':
      return { key, v: { type: 'string', value: kv.v_str ?? '' } };
    case 'BOOL':
      return { key, v: { type: 'bool', value: kv.v_bool ?? false } };
    case 'INT64':
      return { key, v: { type: 'int64', value: BigInt(kv.v_int64 ?? '0') } };
    case 'FLOAT64':
      return { key, v: { type: 'float64', value: kv.v_float64 ?? 0 } };
    case 'BINARY':
      return { key, v: { type: 'binary', value: new Uint8Array(kv.v_binary ?? []) } };
    default:
      return { key, v: { type: 'unknown', value: Number(kv.v_type) } };
  }
}

function protoNanos(t: ProtoTime | undefined): bigint {
  return BigInt(t?.seconds ?? '0') * 1_000_000_000n + BigInt(t?.nanos ?? 0);
}

function protoProcess(p: ProtoProcess | undefined): JaegerProcess | undefined {
  return p && { serviceName: p.service_name ?? '', tags: (p.tags ?? []).map(protoTag) };
}

function isBlank(s: ProtoSpan): boolean {
  return Object.values(s).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

function protoSpan(s: ProtoSpan, where: string): JaegerSpan {
  return {
    traceId: idFromBytes(s.trace_id, 16, `${where}.trace_id`),
    spanId: idFromBytes(s.span_id, 8, `${where}.span_id`),
    operationName: s.operation_name ?? '',
    references: (s.references ?? []).map((ref, i) => ({
      refType: ref.ref_type === 'FOLLOWS_FROM' ? 'FOLLOWS_FROM' : 'CHILD_OF',
      traceId: idFromBytes(ref.trace_id, 16, `${where}.references[${i}].trace_id`),
      spanId: idFromBytes(ref.span_id, 8, `${where}.references[${i}].span_id`),
    })),
    flags: s.flags ?? 0,
    startNanos: protoNanos(s.start_time),
    durationNanos: protoNanos(s.duration),
    tags: (s.tags ?? []).map(protoTag),
    logs: (s.logs ?? []).map((l) => ({ timestampNanos: protoNanos(l.timestamp), fields: (l.fields ?? []).map(protoTag) })),
    process: protoProcess(s.process),
  };
}

/**
 * Decodes a Jaeger gRPC `jaeger.api_v2.PostSpansRequest` into OTLP `TracesData`.
 * @throws {ReceiverDecodeError} for bytes that are not a PostSpansRequest or spans with invalid ids.
 */
export function decodeJaegerProto(body: Uint8Array): TracesData {
  const type = postSpansRequestType();
  let decoded: { batch?: { spans?: ProtoSpan[]; process?: ProtoProcess } };
  try {
    decoded = type.toObject(type.decode(body), { longs: String, enums: String, arrays: true });
  } catch (err) {
    throw new ReceiverDecodeError(`Jaeger api_v2: the ${body.length} bytes are not a jaeger.api_v2.PostSpansRequest (${err instanceof Error ? err.message : String(err)}).`, { cause: err });
  }
  const spans = (decoded.batch?.spans ?? []).flatMap((s, i) => (isBlank(s) ? [] : [protoSpan(s, `span[${i}]`)]));
  return jaegerToTracesData([{ process: protoProcess(decoded.batch?.process), spans }]);
}
