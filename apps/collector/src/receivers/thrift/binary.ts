// A reader for the Thrift binary protocol (TBinaryProtocol), as Jaeger clients' HTTP sender, the
// Jaeger agent's port 6832 and Zipkin v1 Thrift senders write it: a struct is a sequence of
// fields, each a 1-byte type, a 2-byte big-endian field id and the value, ended by a STOP byte
// (type 0). Integers are big-endian; strings and binary are an i32 length then the bytes; lists
// are an element type byte and an i32 count.
// (https://github.com/apache/thrift/blob/master/doc/specs/thrift-binary-protocol.md)
import { ThriftInput, TType, type ThriftMessageHeader } from './reader';

export { TType } from './reader';

const KNOWN_TYPES = new Set<number>(Object.values(TType));

/** A cursor over Thrift binary bytes; every read checks bounds and names where it failed. */
export class ThriftBinaryReader extends ThriftInput {
  private readonly view: DataView;

  constructor(buf: Uint8Array, what: string) {
    super(buf, what);
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private need(n: number, where: string): void {
    if (n < 0 || this.pos + n > this.buf.length) {
      this.fail(`${where}: needs ${n} bytes at offset ${this.pos}, only ${this.buf.length - this.pos} left (truncated or not Thrift binary).`);
    }
  }

  byte(where: string): number {
    this.need(1, where);
    return this.view.getInt8(this.pos++);
  }
  bool(where: string): boolean {
    return this.byte(where) !== 0;
  }
  i16(where: string): number {
    this.need(2, where);
    const v = this.view.getInt16(this.pos);
    this.pos += 2;
    return v;
  }
  i32(where: string): number {
    this.need(4, where);
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    return v;
  }
  i64(where: string): bigint {
    this.need(8, where);
    const v = this.view.getBigInt64(this.pos);
    this.pos += 8;
    return v;
  }
  i64Bytes(where: string, out: Uint8Array, offset: number): void {
    this.need(8, where);
    out.set(this.buf.subarray(this.pos, this.pos + 8), offset);
    this.pos += 8;
  }
  double(where: string): number {
    this.need(8, where);
    const v = this.view.getFloat64(this.pos);
    this.pos += 8;
    return v;
  }
  protected binaryStart(where: string): number {
    const len = this.i32(where);
    this.need(len, where);
    const start = this.pos;
    this.pos += len;
    return start;
  }

  /** Reads a strict (version 1) or old-style message header. */
  messageBegin(where: string): ThriftMessageHeader {
    const first = this.i32(where);
    if (first < 0) {
      // Strict: 0x8001 in the high half, the message type in the low byte.
      if ((first & 0xffff0000) !== (0x80010000 | 0)) this.fail(`${where}: message version ${(first >>> 16).toString(16)} is not Thrift binary version 1 (8001).`);
      const name = this.string(where);
      return { name, type: first & 0xff, seqId: this.i32(where) };
    }
    // Old style: the first i32 is the length of the method name.
    this.need(first, where);
    const name = Buffer.from(this.buf.subarray(this.pos, this.pos + first)).toString('utf8');
    this.pos += first;
    const type = this.byte(where);
    return { name, type, seqId: this.i32(where) };
  }

  protected fieldHeader(where: string): { type: number; id: number } {
    const at = this.pos;
    const type = this.byte(where);
    if (type === TType.STOP) return { type, id: 0 };
    // Checked here so the error points at the field header, which is where non-Thrift input shows.
    if (!KNOWN_TYPES.has(type)) this.fail(`${where}: unknown Thrift type ${type} at offset ${at}.`);
    return { type, id: this.i16(where) };
  }

  protected collectionHeader(where: string): { elementType: number; size: number } {
    const elementType = this.byte(where);
    return { elementType, size: this.i32(where) };
  }

  protected mapHeader(where: string): { keyType: number; valueType: number; size: number } {
    const keyType = this.byte(where);
    const valueType = this.byte(where);
    return { keyType, valueType, size: this.i32(where) };
  }
}
