// A Thrift binary protocol writer for tests and test data: builds structs field by field (type
// byte, field id, value), as a Thrift encoder would, so specs can make bodies no client of ours
// sends (odd field orders, unknown fields, truncations) and test-data scripts can re-encode
// captured payloads. Not used by shipped code: the receivers only read Thrift.

/** Appends Thrift binary values; `bytes()` joins them. */
export class ThriftBinaryWriter {
  private readonly parts: Buffer[] = [];

  /** A field header: its type byte and 16-bit id. */
  field(type: number, id: number): this {
    const b = Buffer.alloc(3);
    b.writeInt8(type, 0);
    b.writeInt16BE(id, 1);
    this.parts.push(b);
    return this;
  }

  i16(v: number): this {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }

  i32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }

  /** An i64 from a bigint, a number or a decimal string, wrapped to 64 bits as Thrift's i64 is signed. */
  i64(v: bigint | number | string): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(BigInt.asIntN(64, BigInt(v)));
    this.parts.push(b);
    return this;
  }

  double(v: number): this {
    const b = Buffer.alloc(8);
    b.writeDoubleBE(v);
    this.parts.push(b);
    return this;
  }

  bool(v: boolean): this {
    this.parts.push(Buffer.from([v ? 1 : 0]));
    return this;
  }

  binary(v: Buffer): this {
    this.i32(v.length);
    this.parts.push(v);
    return this;
  }

  string(v: string): this {
    return this.binary(Buffer.from(v, 'utf8'));
  }

  /** A list header: the element type and the count. */
  list(elemType: number, n: number): this {
    this.parts.push(Buffer.from([elemType]));
    return this.i32(n);
  }

  /** The end of a struct. */
  stop(): this {
    this.parts.push(Buffer.from([0]));
    return this;
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}
