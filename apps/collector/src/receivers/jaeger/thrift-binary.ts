import { ReceiverDecodeError } from '../errors';

// A reader for the Thrift binary protocol (TBinaryProtocol) as used by Jaeger clients' HTTP
// sender: a struct is a sequence of fields, each a 1-byte type, a 2-byte big-endian field id and
// the value, ended by a STOP byte (type 0). Integers are big-endian; strings and binary are an
// i32 length then the bytes; lists are an element type byte and an i32 count.
// (https://github.com/apache/thrift/blob/master/doc/specs/thrift-binary-protocol.md)

/** Thrift type ids on the wire. */
export const TType = { STOP: 0, BOOL: 2, BYTE: 3, DOUBLE: 4, I16: 6, I32: 8, I64: 10, STRING: 11, STRUCT: 12, MAP: 13, SET: 14, LIST: 15 } as const;

const MAX_DEPTH = 32;
const KNOWN_TYPES = new Set<number>(Object.values(TType));

/** A cursor over Thrift binary bytes; every read checks bounds and names where it failed. */
export class ThriftReader {
  private pos = 0;
  private readonly view: DataView;

  constructor(
    private readonly buf: Uint8Array,
    private readonly what: string,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number, where: string): void {
    if (n < 0 || this.pos + n > this.buf.length) {
      throw new ReceiverDecodeError(`${this.what}: ${where}: needs ${n} bytes at offset ${this.pos}, only ${this.buf.length - this.pos} left (truncated or not Thrift binary).`);
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
  double(where: string): number {
    this.need(8, where);
    const v = this.view.getFloat64(this.pos);
    this.pos += 8;
    return v;
  }
  binary(where: string): Uint8Array {
    const len = this.i32(where);
    this.need(len, where);
    const v = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return v;
  }
  string(where: string): string {
    return Buffer.from(this.binary(where)).toString('utf8');
  }

  /** Reads a list header; checks the element type and that the count can fit in what is left. */
  listHeader(elementType: number, where: string): number {
    const type = this.byte(where);
    const size = this.i32(where);
    if (type !== elementType && size > 0) throw new ReceiverDecodeError(`${this.what}: ${where}: expected a list of Thrift type ${elementType}, got type ${type}.`);
    if (size < 0 || size > this.remaining) throw new ReceiverDecodeError(`${this.what}: ${where}: list of ${size} elements cannot fit in the ${this.remaining} bytes left.`);
    return size;
  }

  /**
   * Reads the fields of a struct until STOP, handing each (type, id) to `onField`, which returns
   * false for fields it does not know so they are skipped.
   */
  struct(where: string, onField: (type: number, id: number) => boolean): void {
    for (;;) {
      const at = this.pos;
      const type = this.byte(where);
      if (type === TType.STOP) return;
      // Checked here so the error points at the field header, which is where non-Thrift input shows.
      if (!KNOWN_TYPES.has(type)) throw new ReceiverDecodeError(`${this.what}: ${where}: unknown Thrift type ${type} at offset ${at}.`);
      const id = this.i16(where);
      if (!onField(type, id)) this.skip(type, where, 0);
    }
  }

  /** Checks a field's wire type before reading it, so a mismatched type is an error, not garbage. */
  expect(type: number, expected: number, where: string): void {
    if (type !== expected) throw new ReceiverDecodeError(`${this.what}: ${where}: expected Thrift type ${expected}, got ${type}.`);
  }

  skip(type: number, where: string, depth: number): void {
    if (depth > MAX_DEPTH) throw new ReceiverDecodeError(`${this.what}: ${where}: values nested more than ${MAX_DEPTH} levels deep.`);
    switch (type) {
      case TType.BOOL:
      case TType.BYTE:
        this.need(1, where);
        this.pos += 1;
        return;
      case TType.I16:
        this.need(2, where);
        this.pos += 2;
        return;
      case TType.I32:
        this.need(4, where);
        this.pos += 4;
        return;
      case TType.I64:
      case TType.DOUBLE:
        this.need(8, where);
        this.pos += 8;
        return;
      case TType.STRING:
        this.binary(where);
        return;
      case TType.STRUCT:
        for (;;) {
          const t = this.byte(where);
          if (t === TType.STOP) return;
          this.i16(where);
          this.skip(t, where, depth + 1);
        }
      case TType.MAP: {
        const kt = this.byte(where);
        const vt = this.byte(where);
        const n = this.i32(where);
        if (n < 0 || n > this.remaining) throw new ReceiverDecodeError(`${this.what}: ${where}: map of ${n} entries cannot fit in the ${this.remaining} bytes left.`);
        for (let i = 0; i < n; i++) {
          this.skip(kt, where, depth + 1);
          this.skip(vt, where, depth + 1);
        }
        return;
      }
      case TType.SET:
      case TType.LIST: {
        const et = this.byte(where);
        const n = this.i32(where);
        if (n < 0 || n > this.remaining) throw new ReceiverDecodeError(`${this.what}: ${where}: list of ${n} elements cannot fit in the ${this.remaining} bytes left.`);
        for (let i = 0; i < n; i++) this.skip(et, where, depth + 1);
        return;
      }
      default:
        throw new ReceiverDecodeError(`${this.what}: ${where}: unknown Thrift type ${type} at offset ${this.pos - 1}.`);
    }
  }
}
