// Test-only encoders that turn Jaeger's own JSON fixtures (see README.md) into the wire bodies a
// Jaeger client sends: the Thrift JSON form of a `jaeger.thrift` Batch into Thrift binary
// (POST /api/traces), and the api_v2 model JSON of spans into a `PostSpansRequest` (gRPC).
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { ThriftBinaryWriter } from '../../thrift/testdata/binary-writer';

/** JSON.parse that keeps integers beyond 2^53 exact, as decimal strings (Jaeger ids are 64-bit). */
export function parseJsonKeepingBigInts(text: string): unknown {
  return JSON.parse(text.replace(/([:[,]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '$1"$2"'));
}

const T = { BOOL: 2, DOUBLE: 4, I32: 8, I64: 10, STRING: 11, STRUCT: 12, LIST: 15 } as const;

type Json = Record<string, unknown>;
const THRIFT_TAG_TYPES: Record<string, number> = { STRING: 0, DOUBLE: 1, BOOL: 2, LONG: 3, BINARY: 4 };

function writeTags(w: ThriftBinaryWriter, id: number, tags: Json[]): void {
  w.field(T.LIST, id).list(T.STRUCT, tags.length);
  for (const t of tags) {
    const type = String(t.vType ?? 'STRING');
    w.field(T.STRING, 1).string(String(t.key)).field(T.I32, 2).i32(THRIFT_TAG_TYPES[type]);
    if (type === 'STRING') w.field(T.STRING, 3).string(String(t.vStr ?? ''));
    else if (type === 'DOUBLE') w.field(T.DOUBLE, 4).double(Number(t.vDouble));
    else if (type === 'BOOL') w.field(T.BOOL, 5).bool(t.vBool === true);
    else if (type === 'LONG') w.field(T.I64, 6).i64(t.vLong as string | number);
    else w.field(T.STRING, 7).binary(Buffer.from(String(t.vBinary ?? ''), 'base64'));
    w.stop();
  }
}

/** Thrift binary bytes of a `jaeger.thrift` Batch given in Thrift's JSON form (jaeger model/converter/thrift fixtures). */
export function thriftBatchFromJson(batch: Json): Buffer {
  const w = new ThriftBinaryWriter();
  const process = batch.process as Json | undefined;
  if (process) {
    w.field(T.STRUCT, 1).field(T.STRING, 1).string(String(process.serviceName ?? ''));
    if (Array.isArray(process.tags)) writeTags(w, 2, process.tags as Json[]);
    w.stop();
  }
  const spans = (batch.spans ?? []) as Json[];
  w.field(T.LIST, 2).list(T.STRUCT, spans.length);
  for (const s of spans) {
    const n = (k: string): bigint | number | string => (s[k] ?? 0) as bigint | number | string;
    w.field(T.I64, 1).i64(n('traceIdLow')).field(T.I64, 2).i64(n('traceIdHigh')).field(T.I64, 3).i64(n('spanId')).field(T.I64, 4).i64(n('parentSpanId'));
    w.field(T.STRING, 5).string(String(s.operationName ?? ''));
    const refs = (s.references ?? []) as Json[];
    if (refs.length > 0) {
      w.field(T.LIST, 6).list(T.STRUCT, refs.length);
      for (const r of refs) {
        const refType = r.refType === 'FOLLOWS_FROM' ? 1 : 0;
        w.field(T.I32, 1).i32(refType).field(T.I64, 2).i64((r.traceIdLow ?? 0) as number).field(T.I64, 3).i64((r.traceIdHigh ?? 0) as number).field(T.I64, 4).i64((r.spanId ?? 0) as number).stop();
      }
    }
    w.field(T.I32, 7).i32(Number(s.flags ?? 1)).field(T.I64, 8).i64(n('startTime')).field(T.I64, 9).i64(n('duration'));
    if (Array.isArray(s.tags)) writeTags(w, 10, s.tags as Json[]);
    const logs = (s.logs ?? []) as Json[];
    if (logs.length > 0) {
      w.field(T.LIST, 11).list(T.STRUCT, logs.length);
      for (const l of logs) {
        w.field(T.I64, 1).i64((l.timestamp ?? 0) as number);
        writeTags(w, 2, (l.fields ?? []) as Json[]);
        w.stop();
      }
    }
    w.stop();
  }
  return w.stop().bytes();
}

/** An RFC 3339 time or a Go duration text ("7000ns", "1.5s") as { seconds, nanos }. */
function protoTime(value: unknown, kind: 'time' | 'duration'): { seconds: string; nanos: number } {
  let nanos: bigint;
  if (kind === 'duration') {
    const m = /^(\d+)(ns|us|µs|ms|s)$/.exec(String(value));
    if (!m) throw new Error(`unsupported duration ${String(value)}`);
    nanos = BigInt(m[1]) * { ns: 1n, us: 1000n, µs: 1000n, ms: 1_000_000n, s: 1_000_000_000n }[m[2] as 'ns'];
  } else {
    const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(String(value));
    if (!m) throw new Error(`unsupported time ${String(value)}`);
    nanos = BigInt(Date.parse(`${m[1]}${m[3]}`)) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0') || '0');
  }
  return { seconds: (nanos / 1_000_000_000n).toString(), nanos: Number(nanos % 1_000_000_000n) };
}

function protoTags(tags: unknown): Json[] {
  return ((tags ?? []) as Json[]).map((t) => ({
    key: t.key,
    v_type: t.vType ?? 'STRING',
    v_str: t.vStr,
    v_bool: t.vBool,
    v_int64: t.vInt64 === undefined ? undefined : String(t.vInt64),
    v_float64: t.vFloat64,
    v_binary: t.vBinary === undefined ? undefined : Buffer.from(String(t.vBinary), 'base64'),
  }));
}

let postSpansRequest: protobuf.Type | undefined;

/**
 * `jaeger.api_v2.PostSpansRequest` bytes for spans given in Jaeger's api_v2 model JSON (jaeger
 * plugin/storage/integration fixtures): ids in base64, times in RFC 3339, each span with its own
 * process.
 */
export function postSpansRequestFromModelJson(fixture: { spans: Json[] }): Uint8Array {
  postSpansRequest ??= new protobuf.Root().loadSync(join(__dirname, '..', 'jaeger-api-v2.proto'), { keepCase: true }).lookupType('jaeger.api_v2.PostSpansRequest');
  const spans = fixture.spans.map((s) => ({
    trace_id: Buffer.from(String(s.traceId), 'base64'),
    span_id: Buffer.from(String(s.spanId), 'base64'),
    operation_name: s.operationName,
    references: ((s.references ?? []) as Json[]).map((r) => ({ trace_id: Buffer.from(String(r.traceId), 'base64'), span_id: Buffer.from(String(r.spanId), 'base64'), ref_type: r.refType ?? 'CHILD_OF' })),
    flags: s.flags,
    start_time: protoTime(s.startTime, 'time'),
    duration: protoTime(s.duration, 'duration'),
    tags: protoTags(s.tags),
    logs: ((s.logs ?? []) as Json[]).map((l) => ({ timestamp: protoTime(l.timestamp, 'time'), fields: protoTags(l.fields) })),
    process: s.process ? { service_name: (s.process as Json).serviceName, tags: protoTags((s.process as Json).tags) } : undefined,
  }));
  return postSpansRequest.encode(postSpansRequest.fromObject({ batch: { spans } })).finish();
}
