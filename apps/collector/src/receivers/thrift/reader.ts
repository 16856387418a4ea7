// What the Thrift protocol readers share: the type ids, struct and collection walking, skipping of
// unknown fields with a depth bound, and errors that name where the bytes went wrong. The wire
// encodings (binary: thrift-binary-protocol.md, compact: thrift-compact-protocol.md, both in
// apache/thrift doc/specs) differ only in how a primitive, a field header and a collection header
// look, which each subclass reads.
import { ReceiverDecodeError } from '../errors';

/** Thrift type ids as the binary protocol writes them (the compact reader maps its own ids to these). */
export const TType = { STOP: 0, BOOL: 2, BYTE: 3, DOUBLE: 4, I16: 6, I32: 8, I64: 10, STRING: 11, STRUCT: 12, MAP: 13, SET: 14, LIST: 15 } as const;

/** Thrift message types (the header of a service call). */
export const TMessageType = { CALL: 1, REPLY: 2, EXCEPTION: 3, ONEWAY: 4 } as const;

/** The header of a Thrift message. */
export interface ThriftMessageHeader {
  readonly name: string;
  /** One of {@link TMessageType}. */
  readonly type: number;
  readonly seqId: number;
}

const MAX_DEPTH = 32;

/**
 * A cursor over one Thrift-encoded message or struct. Every read checks bounds and throws a
 * {@link ReceiverDecodeError} naming `what`, the field path and the offset, so a sender is told
 * which field of which span was wrong.
 */
export abstract class ThriftInput {
  protected pos = 0;
  /** The same bytes as a Buffer view (no copy), so strings decode straight from the input. */
  protected readonly text: Buffer;

  constructor(
    protected readonly buf: Uint8Array,
    protected readonly what: string,
  ) {
    this.text = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  /** Bytes read so far. */
  get offset(): number {
    return this.pos;
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.buf.length - this.pos;
  }

  abstract byte(where: string): number;
  abstract bool(where: string): boolean;
  abstract i16(where: string): number;
  abstract i32(where: string): number;
  abstract i64(where: string): bigint;
  abstract double(where: string): number;
  /**
   * Reads an i64 as its 8 big-endian bytes into `out` at `offset` (ids: no BigInt on the way, as
   * they are bytes in the model anyway).
   */
  abstract i64Bytes(where: string, out: Uint8Array, offset: number): void;

  /** The header of a Thrift message (a service call): method name, message type and sequence id. */
  abstract messageBegin(where: string): ThriftMessageHeader;

  /** A field header: its type (a {@link TType}, STOP at the end of the struct) and id. */
  protected abstract fieldHeader(where: string): { type: number; id: number };
  /** Called when a struct starts and ends (the compact protocol's field ids are relative). */
  protected structBegin(): void {}
  protected structEnd(): void {}
  /** A list or set header: element type and count, not yet checked. */
  protected abstract collectionHeader(where: string): { elementType: number; size: number };
  /** A map header: key and value types and count, not yet checked. */
  protected abstract mapHeader(where: string): { keyType: number; valueType: number; size: number };

  /** Reads a binary's length, checks it fits, and returns where its bytes start (the cursor moves past them). */
  protected abstract binaryStart(where: string): number;

  binary(where: string): Uint8Array {
    const start = this.binaryStart(where);
    return this.buf.subarray(start, this.pos);
  }

  string(where: string): string {
    // Decoded straight from the input: no view object per string (most of a span is strings).
    const start = this.binaryStart(where);
    return this.text.toString('utf8', start, this.pos);
  }

  protected fail(message: string): never {
    throw new ReceiverDecodeError(`${this.what}: ${message}`);
  }

  /** Reads a list header; checks the element type and that the count can fit in what is left. */
  listHeader(elementType: number, where: string): number {
    const { elementType: type, size } = this.collectionHeader(where);
    if (type !== elementType && size > 0) this.fail(`${where}: expected a list of Thrift type ${elementType}, got type ${type}.`);
    if (size < 0 || size > this.remaining) this.fail(`${where}: list of ${size} elements cannot fit in the ${this.remaining} bytes left.`);
    return size;
  }

  /**
   * Reads the fields of a struct until STOP, handing each (type, id) to `onField`, which returns
   * false for fields it does not know so they are skipped.
   */
  struct(where: string, onField: (type: number, id: number) => boolean): void {
    this.structBegin();
    for (;;) {
      const { type, id } = this.fieldHeader(where);
      if (type === TType.STOP) break;
      if (!onField(type, id)) this.skip(type, where, 0);
    }
    this.structEnd();
  }

  /** Checks a field's wire type before reading it, so a mismatched type is an error, not garbage. */
  expect(type: number, expected: number, where: string): void {
    if (type !== expected) this.fail(`${where}: expected Thrift type ${expected}, got ${type}.`);
  }

  /** Skips one value of `type`, nested at most 32 levels deep. */
  skip(type: number, where: string, depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`${where}: values nested more than ${MAX_DEPTH} levels deep.`);
    switch (type) {
      case TType.BOOL:
        this.bool(where);
        return;
      case TType.BYTE:
        this.byte(where);
        return;
      case TType.I16:
        this.i16(where);
        return;
      case TType.I32:
        this.i32(where);
        return;
      case TType.I64:
        this.i64(where);
        return;
      case TType.DOUBLE:
        this.double(where);
        return;
      case TType.STRING:
        this.binary(where);
        return;
      case TType.STRUCT:
        this.structBegin();
        for (;;) {
          const { type: t } = this.fieldHeader(where);
          if (t === TType.STOP) break;
          this.skip(t, where, depth + 1);
        }
        this.structEnd();
        return;
      case TType.MAP: {
        const { keyType, valueType, size } = this.mapHeader(where);
        if (size < 0 || size > this.remaining) this.fail(`${where}: map of ${size} entries cannot fit in the ${this.remaining} bytes left.`);
        for (let i = 0; i < size; i++) {
          this.skip(keyType, where, depth + 1);
          this.skip(valueType, where, depth + 1);
        }
        return;
      }
      case TType.SET:
      case TType.LIST: {
        const { elementType, size } = this.collectionHeader(where);
        if (size < 0 || size > this.remaining) this.fail(`${where}: list of ${size} elements cannot fit in the ${this.remaining} bytes left.`);
        for (let i = 0; i < size; i++) this.skip(elementType, where, depth + 1);
        return;
      }
      default:
        this.fail(`${where}: unknown Thrift type ${type} at offset ${this.pos - 1}.`);
    }
  }
}
