// Test-only Thrift writers: a compact-protocol writer and a transcoder that re-encodes a Thrift
// binary message or struct as compact, value for value. The Jaeger agent tests turn real
// jaeger-client binary captures into the compact datagrams a client sends to port 6831 with it
// (no Node.js Jaeger client writes compact). Written from the protocol specs
// (apache/thrift doc/specs/thrift-compact-protocol.md, thrift-binary-protocol.md).

const T = { STOP: 0, BOOL: 2, BYTE: 3, DOUBLE: 4, I16: 6, I32: 8, I64: 10, STRING: 11, STRUCT: 12, MAP: 13, SET: 14, LIST: 15 } as const;
const TO_COMPACT: Record<number, number> = { [T.BOOL]: 1, [T.BYTE]: 3, [T.I16]: 4, [T.I32]: 5, [T.I64]: 6, [T.DOUBLE]: 7, [T.STRING]: 8, [T.LIST]: 9, [T.SET]: 10, [T.MAP]: 11, [T.STRUCT]: 12 };

/** Writes Thrift compact values. */
export class CompactWriter {
  private readonly parts: number[] = [];
  private last = 0;
  private readonly stack: number[] = [];

  bytes(): Buffer {
    return Buffer.from(this.parts);
  }
  raw(...b: number[]): this {
    this.parts.push(...b);
    return this;
  }
  varint(v: bigint): this {
    let n = BigInt.asUintN(64, v);
    do {
      let b = Number(n & 0x7fn);
      n >>= 7n;
      if (n > 0n) b |= 0x80;
      this.parts.push(b);
    } while (n > 0n);
    return this;
  }
  zigzag(v: bigint | number, bits: 32 | 64 = 64): this {
    const b = BigInt(v);
    return this.varint(BigInt.asUintN(bits, (b << 1n) ^ (b >> BigInt(bits - 1))));
  }
  double(v: number): this {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(v);
    return this.raw(...b);
  }
  binary(v: Uint8Array): this {
    this.varint(BigInt(v.length));
    return this.raw(...v);
  }
  string(v: string): this {
    return this.binary(Buffer.from(v, 'utf8'));
  }
  /** A field header; for a BOOL field pass its value (it is the type nibble). */
  field(type: number, id: number, boolValue?: boolean): this {
    const ct = type === T.BOOL ? (boolValue ? 1 : 2) : TO_COMPACT[type];
    const delta = id - this.last;
    if (delta > 0 && delta <= 15) this.parts.push((delta << 4) | ct);
    else {
      this.parts.push(ct);
      this.zigzag(id, 32);
    }
    this.last = id;
    return this;
  }
  beginStruct(): this {
    this.stack.push(this.last);
    this.last = 0;
    return this;
  }
  stop(): this {
    this.parts.push(0);
    this.last = this.stack.pop() ?? 0;
    return this;
  }
  list(elemType: number, n: number): this {
    const ct = TO_COMPACT[elemType];
    if (n < 15) this.parts.push((n << 4) | ct);
    else this.raw(0xf0 | ct).varint(BigInt(n));
    return this;
  }
  map(keyType: number, valueType: number, n: number): this {
    this.varint(BigInt(n));
    if (n > 0) this.parts.push((TO_COMPACT[keyType] << 4) | TO_COMPACT[valueType]);
    return this;
  }
  /** A message header (protocol id 0x82, version 1). */
  message(name: string, type: number, seqId: number): this {
    this.raw(0x82, ((type & 0x07) << 5) | 1).varint(BigInt(seqId));
    return this.string(name);
  }
}

/** Re-encodes a Thrift binary body as compact; `message` says whether it starts with a (strict) message header. */
export function binaryToCompact(binary: Uint8Array, options: { message: boolean }): Buffer {
  const buf = Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength);
  let pos = 0;
  const w = new CompactWriter();
  const value = (type: number, inList: boolean): void => {
    switch (type) {
      case T.BOOL:
        // Only reached inside collections (a bool field is written with its header).
        w.raw(buf[pos++] ? 1 : 2);
        return;
      case T.BYTE:
        w.raw(buf[pos++]);
        return;
      case T.I16:
        w.zigzag(buf.readInt16BE(pos), 32);
        pos += 2;
        return;
      case T.I32:
        w.zigzag(buf.readInt32BE(pos), 32);
        pos += 4;
        return;
      case T.I64:
        w.zigzag(buf.readBigInt64BE(pos));
        pos += 8;
        return;
      case T.DOUBLE:
        w.double(buf.readDoubleBE(pos));
        pos += 8;
        return;
      case T.STRING: {
        const n = buf.readInt32BE(pos);
        pos += 4;
        w.binary(buf.subarray(pos, pos + n));
        pos += n;
        return;
      }
      case T.STRUCT:
        w.beginStruct();
        for (;;) {
          const t = buf[pos++];
          if (t === T.STOP) break;
          const id = buf.readInt16BE(pos);
          pos += 2;
          if (t === T.BOOL) {
            w.field(t, id, buf[pos++] !== 0);
            continue;
          }
          w.field(t, id);
          value(t, false);
        }
        w.stop();
        return;
      case T.LIST:
      case T.SET: {
        const et = buf[pos++];
        const n = buf.readInt32BE(pos);
        pos += 4;
        w.list(et, n);
        for (let i = 0; i < n; i++) value(et, true);
        return;
      }
      case T.MAP: {
        const kt = buf[pos++];
        const vt = buf[pos++];
        const n = buf.readInt32BE(pos);
        pos += 4;
        w.map(kt, vt, n);
        for (let i = 0; i < n; i++) {
          value(kt, true);
          value(vt, true);
        }
        return;
      }
      default:
        throw new Error(`binaryToCompact: unknown type ${type} at ${pos - 1}${inList ? ' in a collection' : ''}`);
    }
  };
  if (options.message) {
    const first = buf.readInt32BE(pos);
    pos += 4;
    if (first >= 0) throw new Error('binaryToCompact: only strict message headers are transcoded');
    const n = buf.readInt32BE(pos);
    pos += 4;
    const name = buf.subarray(pos, pos + n).toString('utf8');
    pos += n;
    const seqId = buf.readInt32BE(pos);
    pos += 4;
    w.message(name, first & 0xff, seqId);
  }
  value(T.STRUCT, false);
  return w.bytes();
}

/** Wraps a binary `jaeger.thrift` Batch struct as a strict Thrift binary `Agent.emitBatch` message (what jaeger-client's UDPSender sends). */
export function binaryEmitBatch(batch: Uint8Array, options: { type?: number; seqId?: number } = {}): Buffer {
  const name = Buffer.from('emitBatch');
  const head = Buffer.alloc(4 + 4 + name.length + 4 + 3);
  let o = head.writeInt32BE((0x80010000 | (options.type ?? 4)) | 0, 0);
  o = head.writeInt32BE(name.length, o);
  o += name.copy(head, o);
  o = head.writeInt32BE(options.seqId ?? 0, o);
  // args struct: field 1 (batch), type STRUCT
  head.writeInt8(T.STRUCT, o);
  head.writeInt16BE(1, o + 1);
  return Buffer.concat([head, batch, Buffer.from([0])]);
}
