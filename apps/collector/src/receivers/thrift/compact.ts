// A reader for the Thrift compact protocol (TCompactProtocol), as Jaeger clients send to the
// agent's UDP port 6831: a field header is one byte, the field id delta from the previous field
// in the high nibble (0: a zigzag varint i16 id follows) and the compact type in the low nibble;
// a bool field's value is its type (1 true, 2 false). Integers are zigzag varints, doubles 8
// bytes little-endian, binary a varint length then the bytes; a list header holds the size in
// its high nibble (15: a varint size follows) and the element type in the low one; a map header
// is a varint size then, when not empty, key and value types in one byte.
// (https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md)
import { ThriftInput, TType, type ThriftMessageHeader } from './reader';

const PROTOCOL_ID = 0x82;
const VERSION = 1;

/** Compact type ids to the {@link TType} ids the decoders compare against. */
const COMPACT_TO_TTYPE: readonly (number | undefined)[] = [
  TType.STOP, TType.BOOL, TType.BOOL, TType.BYTE, TType.I16, TType.I32, TType.I64, TType.DOUBLE, TType.STRING, TType.LIST, TType.SET, TType.MAP, TType.STRUCT,
];

/** A cursor over Thrift compact bytes; every read checks bounds and names where it failed. */
export class ThriftCompactReader extends ThriftInput {
  private lastFieldId = 0;
  private readonly fieldIds: number[] = [];
  /** The value of a bool field, carried in its header's type nibble. */
  private pendingBool: boolean | undefined;

  private need(n: number, where: string): void {
    if (n < 0 || this.pos + n > this.buf.length) {
      this.fail(`${where}: needs ${n} bytes at offset ${this.pos}, only ${this.buf.length - this.pos} left (truncated or not Thrift compact).`);
    }
  }

  private ubyte(where: string): number {
    this.need(1, where);
    return this.buf[this.pos++];
  }

  /** An unsigned varint of at most `maxBytes` bytes (5 for 32 bits, 10 for 64). */
  private varint(where: string, maxBytes: number): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < maxBytes; i++) {
      const b = this.ubyte(where);
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
    return this.fail(`${where}: a varint longer than ${maxBytes} bytes at offset ${this.pos - maxBytes}.`);
  }

  private varint32(where: string): number {
    // Small values are the common case (lengths, counts, ids): avoid BigInt for them.
    this.need(1, where);
    const first = this.buf[this.pos];
    if (first < 0x80) {
      this.pos++;
      return first;
    }
    return Number(BigInt.asUintN(32, this.varint(where, 5)));
  }

  private zigzag32(where: string): number {
    const n = this.varint32(where);
    return (n >>> 1) ^ -(n & 1);
  }

  byte(where: string): number {
    const b = this.ubyte(where);
    return b > 127 ? b - 256 : b;
  }
  bool(where: string): boolean {
    if (this.pendingBool !== undefined) {
      const v = this.pendingBool;
      this.pendingBool = undefined;
      return v;
    }
    // A bool inside a list, set or map is one byte: 1 true, anything else (0 or 2) false.
    return this.ubyte(where) === 1;
  }
  i16(where: string): number {
    return this.zigzag32(where) << 16 >> 16;
  }
  i32(where: string): number {
    return this.zigzag32(where) | 0;
  }
  /**
   * A zigzag varint i64 as its two 32-bit halves (unsigned), without BigInt: ids and times are
   * the bulk of a span, and BigInt arithmetic per byte cost more than the rest of the read.
   */
  private zigzag64(where: string): { hi: number; lo: number } {
    const at = this.pos;
    let lo = 0;
    let hi = 0;
    for (let shift = 0; ; shift += 7) {
      if (shift > 63) this.fail(`${where}: a varint longer than 10 bytes at offset ${at}.`);
      const b = this.ubyte(where);
      const bits = b & 0x7f;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) {
        lo |= (bits & 0x0f) << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (shift - 32);
      if ((b & 0x80) === 0) break;
    }
    lo >>>= 0;
    hi >>>= 0;
    // Zigzag: v >>> 1, inverted when the low bit is set.
    let rlo = ((lo >>> 1) | (hi << 31)) >>> 0;
    let rhi = hi >>> 1;
    if (lo & 1) {
      rlo = ~rlo >>> 0;
      rhi = ~rhi >>> 0;
    }
    return { hi: rhi, lo: rlo };
  }

  i64(where: string): bigint {
    const { hi, lo } = this.zigzag64(where);
    // Below 2^53 (times, counts) one Number conversion does; ids and negatives go through BigInt.
    if (hi < 0x200000) return BigInt(hi * 0x100000000 + lo);
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
  }
  i64Bytes(where: string, out: Uint8Array, offset: number): void {
    const { hi, lo } = this.zigzag64(where);
    out[offset] = hi >>> 24;
    out[offset + 1] = (hi >>> 16) & 0xff;
    out[offset + 2] = (hi >>> 8) & 0xff;
    out[offset + 3] = hi & 0xff;
    out[offset + 4] = lo >>> 24;
    out[offset + 5] = (lo >>> 16) & 0xff;
    out[offset + 6] = (lo >>> 8) & 0xff;
    out[offset + 7] = lo & 0xff;
  }
  double(where: string): number {
    this.need(8, where);
    const v = Buffer.from(this.buf.buffer, this.buf.byteOffset + this.pos, 8).readDoubleLE(0);
    this.pos += 8;
    return v;
  }
  protected binaryStart(where: string): number {
    const len = this.varint32(where);
    this.need(len, where);
    const start = this.pos;
    this.pos += len;
    return start;
  }

  private ttype(compactType: number, where: string, at: number): number {
    const t = COMPACT_TO_TTYPE[compactType];
    if (t === undefined) this.fail(`${where}: unknown Thrift compact type ${compactType} at offset ${at}.`);
    return t;
  }

  /** Reads a message header: protocol id 0x82, version and type in one byte, varint sequence id, name. */
  messageBegin(where: string): ThriftMessageHeader {
    const id = this.ubyte(where);
    if (id !== PROTOCOL_ID) this.fail(`${where}: protocol id 0x${id.toString(16)} is not Thrift compact (0x82).`);
    const versionAndType = this.ubyte(where);
    if ((versionAndType & 0x1f) !== VERSION) this.fail(`${where}: Thrift compact version ${versionAndType & 0x1f} is not ${VERSION}.`);
    const seqId = this.varint32(where);
    return { name: this.string(where), type: (versionAndType >> 5) & 0x07, seqId };
  }

  protected override structBegin(): void {
    this.fieldIds.push(this.lastFieldId);
    this.lastFieldId = 0;
  }

  protected override structEnd(): void {
    this.lastFieldId = this.fieldIds.pop() ?? 0;
  }

  protected fieldHeader(where: string): { type: number; id: number } {
    const at = this.pos;
    const header = this.ubyte(where);
    if (header === 0) return { type: TType.STOP, id: 0 };
    const compactType = header & 0x0f;
    const type = this.ttype(compactType, where, at);
    const delta = header >> 4;
    const id = delta === 0 ? this.i16(where) : this.lastFieldId + delta;
    this.lastFieldId = id;
    if (type === TType.BOOL) this.pendingBool = compactType === 1;
    return { type, id };
  }

  protected collectionHeader(where: string): { elementType: number; size: number } {
    const at = this.pos;
    const header = this.ubyte(where);
    const short = header >> 4;
    const elementType = this.ttype(header & 0x0f, where, at);
    return { elementType, size: short === 15 ? this.varint32(where) : short };
  }

  protected mapHeader(where: string): { keyType: number; valueType: number; size: number } {
    const size = this.varint32(where);
    if (size === 0) return { keyType: TType.STOP, valueType: TType.STOP, size };
    const at = this.pos;
    const types = this.ubyte(where);
    return { keyType: this.ttype(types >> 4, where, at), valueType: this.ttype(types & 0x0f, where, at), size };
  }
}
