// The field scanner (fields.ts): framing of every wire type, agreement with protobufjs's Writer,
// and malformed bytes named with where they were found.
import { Writer } from 'protobufjs/minimal';
import { WireError, WireReader, WireType, readField, readVarint, varintSize, wireField, writeVarint } from './index';

describe('readVarint / writeVarint / varintSize', () => {
  it.each([0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1])('round-trips %p as protobufjs writes it', (v) => {
    const out = new Uint8Array(10);
    const end = writeVarint(out, 0, v);
    expect(end).toBe(varintSize(v));
    const expected = Writer.create().uint64(v).finish();
    expect(Buffer.from(out.subarray(0, end)).equals(Buffer.from(expected))).toBe(true);
    expect(readVarint(out, 0, end, 'x')).toEqual([v, end]);
  });

  it('rejects a truncated varint and one longer than 10 bytes, naming where', () => {
    expect(() => readVarint(Uint8Array.of(0x80, 0x80), 0, 2, 'Span')).toThrow(new WireError('Span: truncated varint at offset 2.'));
    expect(() => readVarint(new Uint8Array(11).fill(0xff), 0, 11, 'Span')).toThrow(/^Span: varint longer than 10 bytes/);
  });
});

describe('readField', () => {
  it('frames a field of every wire type the way the cursor reads it', () => {
    const bytes = Writer.create()
      .uint32((1 << 3) | WireType.VARINT).uint64(300)
      .uint32((2 << 3) | WireType.I64).fixed64(7)
      .uint32((3 << 3) | WireType.LEN).bytes(new Uint8Array(200))
      .uint32((4 << 3) | WireType.I32).fixed32(9)
      .finish();
    const f = wireField();
    const seen: [number, number, number, number][] = [];
    for (let p = 0; p < bytes.length; p = f.end) {
      readField(bytes, p, bytes.length, 'M', f);
      seen.push([f.no, f.wireType, f.end - f.start, f.end - f.dataStart]);
    }
    // A LEN field's payload starts after its two-byte length prefix; other fields' after the tag.
    expect(seen).toEqual([
      [1, WireType.VARINT, 3, 2],
      [2, WireType.I64, 9, 8],
      [3, WireType.LEN, 203, 200],
      [4, WireType.I32, 5, 4],
    ]);
    // The same bytes through the cursor: both ways in agree on the framing.
    const r = new WireReader(bytes);
    for (const [, , size] of seen) {
      const at = r.pos;
      r.skip(r.tag());
      expect(r.pos - at).toBe(size);
    }
  });

  it.each([15, 16, 23, 2047, 2048, 2 ** 29 - 1])('frames field %p (one- to five-byte tags) with a long varint', (no) => {
    const bytes = Writer.create().uint32((no << 3) | WireType.VARINT).uint64(1_700_000_001_000).uint32((1 << 3) | WireType.VARINT).uint32(1).finish();
    const f = readField(bytes, 0, bytes.length, 'M', wireField());
    expect([f.no, f.wireType, f.end]).toEqual([no, WireType.VARINT, bytes.length - 2]);
    expect(() => readField(bytes, 0, bytes.length - 3, 'M', wireField())).toThrow(/^M: truncated varint at offset/);
  });

  it('skips a (proto2) group as a whole', () => {
    const bytes = Uint8Array.of((5 << 3) | WireType.SGROUP, (1 << 3) | WireType.VARINT, 1, (5 << 3) | WireType.EGROUP, 0x08, 0x01);
    const f = readField(bytes, 0, bytes.length, 'M', wireField());
    expect([f.no, f.end]).toEqual([5, 4]);
  });

  it.each([
    [[0x00], 'M: field number 0 at offset 0 (not protobuf).'],
    [[0x0f, 0x00], 'M: invalid wire type 7 for field 1 at offset 0.'],
    [[0x0a, 0x05, 0x01], 'M: field 1 at offset 0 runs past the end of its message (needs 7 bytes, 3 left).'],
    [[0x09, 0x01], 'M: field 1 at offset 0 runs past the end of its message (needs 9 bytes, 2 left).'],
    [[0x08, 0xff], 'M: truncated varint at offset 2.'],
    [[0x2b, 0x08, 0x01], 'M: unterminated group 5.'],
    // Tags are 32-bit varints, as protobufjs's generated decoders require ("invalid tag encoding").
    [[0x88, 0x80, 0x80, 0x80, 0x80, 0x00, 0x01], 'M: tag wider than 32 bits at offset 0.'],
    [[0x88, 0x80, 0x80, 0x80, 0x10, 0x01], 'M: tag wider than 32 bits at offset 0.'],
  ])('rejects %j as a WireError naming where', (bytes, message) => {
    expect(() => readField(Uint8Array.from(bytes), 0, bytes.length, 'M', wireField())).toThrow(new WireError(message));
  });

  it('builds the where text only when it throws', () => {
    let built = 0;
    const where = { toString: () => `spans[${++built}]` };
    readField(Uint8Array.of(0x08, 0x01), 0, 2, where, wireField());
    expect(built).toBe(0);
    expect(() => readField(Uint8Array.of(0x00), 0, 1, where, wireField())).toThrow('spans[1]: field number 0');
  });
});
