// Test-only encoder: Zipkin v1 JSON spans (as in this folder's v1 fixtures) written as the Thrift
// binary `list<zipkincore.Span>` a v1 Thrift sender posts to /api/v1/spans, with the field ids of
// openzipkin/zipkin-api thrift/zipkinCore.thrift. Binary annotations may carry a `type` (BOOL,
// BYTES, I16, I32, I64, DOUBLE, STRING) and are then written as Thrift senders type them.

import { ThriftBinaryWriter } from '../../thrift/testdata/binary-writer';

const T = { BOOL: 2, I16: 6, I32: 8, I64: 10, STRING: 11, STRUCT: 12, LIST: 15 } as const;
const TYPES = ['BOOL', 'BYTES', 'I16', 'I32', 'I64', 'DOUBLE', 'STRING'];

type Json = Record<string, unknown>;

function endpoint(w: ThriftBinaryWriter, id: number, e: Json | undefined): void {
  if (!e) return;
  w.field(T.STRUCT, id);
  if (typeof e.ipv4 === 'string') w.field(T.I32, 1).i32(e.ipv4.split('.').reduce((a, o) => (a << 8) | Number(o), 0) | 0);
  w.field(T.I16, 2).i16(Number(e.port ?? 0) << 16 >> 16);
  w.field(T.STRING, 3).binary(Buffer.from(String(e.serviceName ?? '')));
  w.stop();
}

function binaryValue(b: Json): { type: number; value: Buffer } {
  const type = typeof b.type === 'string' ? b.type : typeof b.value === 'boolean' ? 'BOOL' : 'STRING';
  const v = b.value;
  const buf = (n: number, write: (x: Buffer) => void) => {
    const x = Buffer.alloc(n);
    write(x);
    return x;
  };
  const value =
    type === 'BOOL' ? Buffer.from([v === true || v === 'true' ? 1 : 0])
    : type === 'BYTES' ? Buffer.from(String(v), 'base64')
    : type === 'I16' ? buf(2, (x) => x.writeInt16BE(Number(v)))
    : type === 'I32' ? buf(4, (x) => x.writeInt32BE(Number(v)))
    : type === 'I64' ? buf(8, (x) => x.writeBigInt64BE(BigInt(String(v))))
    : type === 'DOUBLE' ? buf(8, (x) => x.writeDoubleBE(Number(v)))
    : Buffer.from(String(v));
  return { type: TYPES.indexOf(type), value };
}

/** Writes v1 JSON spans as a Thrift binary `list<Span>`. */
export function zipkinV1ThriftFromJson(spans: Json[]): Buffer {
  const w = new ThriftBinaryWriter().list(T.STRUCT, spans.length);
  for (const s of spans) {
    const traceId = String(s.traceId).padStart(32, '0');
    w.field(T.I64, 1).i64(BigInt(`0x${traceId.slice(16)}`));
    w.field(T.STRING, 3).binary(Buffer.from(String(s.name ?? '')));
    w.field(T.I64, 4).i64(BigInt(`0x${String(s.id)}`));
    if (typeof s.parentId === 'string') w.field(T.I64, 5).i64(BigInt(`0x${s.parentId}`));
    const annotations = (s.annotations ?? []) as Json[];
    w.field(T.LIST, 6).list(T.STRUCT, annotations.length);
    for (const a of annotations) {
      w.field(T.I64, 1).i64(BigInt(Number(a.timestamp)));
      w.field(T.STRING, 2).binary(Buffer.from(String(a.value)));
      endpoint(w, 3, a.endpoint as Json | undefined);
      w.stop();
    }
    const binary = (s.binaryAnnotations ?? []) as Json[];
    w.field(T.LIST, 8).list(T.STRUCT, binary.length);
    for (const b of binary) {
      const { type, value } = binaryValue(b);
      w.field(T.STRING, 1).binary(Buffer.from(String(b.key)));
      w.field(T.STRING, 2).binary(value);
      w.field(T.I32, 3).i32(type);
      endpoint(w, 4, b.endpoint as Json | undefined);
      w.stop();
    }
    if (s.debug !== undefined) w.field(T.BOOL, 9).bool(s.debug === true);
    if (s.timestamp !== undefined) w.field(T.I64, 10).i64(BigInt(Number(s.timestamp)));
    if (s.duration !== undefined) w.field(T.I64, 11).i64(BigInt(Number(s.duration)));
    if (traceId.slice(0, 16) !== '0000000000000000') w.field(T.I64, 12).i64(BigInt(`0x${traceId.slice(0, 16)}`));
    w.stop();
  }
  return w.bytes();
}
