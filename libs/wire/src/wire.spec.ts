// Edge cases of the hand-written wire reader/writer, checked against protobufjs's own Writer and
// Reader (the codec-level agreement is in codec-reference.spec.ts).
import { Reader, Writer, util } from 'protobufjs/minimal';
import { WireError, WireReader, WireWriter } from './index';

function written(fn: (w: WireWriter) => void): Buffer {
  const w = new WireWriter();
  fn(w);
  return Buffer.from(w.finish());
}

const longOf = (v: bigint) => util.LongBits.from(BigInt.asUintN(64, v).toString()).toLong(false);

describe('WireWriter / WireReader', () => {
  it.each([0n, 1n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 63n - 1n, -1n, -(2n ** 31n), -(2n ** 63n)])(
    'writes and reads int64 %p exactly as protobufjs does',
    (v) => {
      const bytes = written((w) => w.int64(v));
      expect(bytes.equals(Buffer.from(Writer.create().int64(longOf(v)).finish()))).toBe(true);
      expect(new WireReader(bytes).int64()).toBe(v);
    },
  );

  it.each([0, 1, 1_700_000_001_000, -1, -1_700_000_001_000, 2 ** 53 - 1, -(2 ** 53 - 1)])('writes and reads int64 number %p', (v) => {
    const bytes = written((w) => w.int64Number(v));
    expect(bytes.equals(Buffer.from(Writer.create().int64(v).finish()))).toBe(true);
    expect(new WireReader(bytes).int64Number()).toBe(v);
  });

  it.each([0, 1, 300, 2 ** 31 - 1, -1, -(2 ** 31)])('writes and reads int32 %p (negative as 10 bytes)', (v) => {
    const bytes = written((w) => w.int32(v));
    expect(bytes.equals(Buffer.from(Writer.create().int32(v).finish()))).toBe(true);
    expect(new WireReader(bytes).uint32() | 0).toBe(v);
    expect(new Reader(bytes).int32()).toBe(v);
  });

  it.each([0, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28, 2 ** 32 - 1])('writes and reads uint32 %p', (v) => {
    const bytes = written((w) => w.uint32(v));
    expect(bytes.equals(Buffer.from(Writer.create().uint32(v).finish()))).toBe(true);
    expect(new WireReader(bytes).uint32()).toBe(v);
  });

  it.each([0, 1, 127, 128, 300, 16_383, 16_384, 70_000])('fixes up a nested length of %p bytes', (n) => {
    const body = Buffer.alloc(n, 7);
    const bytes = written((w) => {
      w.uint32(10);
      const at = w.begin();
      w.ensure(n);
      w.buf.set(body, w.pos);
      w.pos += n;
      w.end(at);
      w.uint32(16);
      w.uint32(1);
    });
    const expected = Writer.create().uint32(10).bytes(body).uint32(16).uint32(1).finish();
    expect(bytes.equals(Buffer.from(expected))).toBe(true);
  });

  it.each(['', 'ascii', 'é', '𝄞 x', 'a'.repeat(42), 'é'.repeat(42), 'b'.repeat(43), 'ü'.repeat(10_000)])('writes and reads the string %#', (s) => {
    const bytes = written((w) => w.string(s));
    expect(bytes.equals(Buffer.from(Writer.create().string(s).finish()))).toBe(true);
    expect(new WireReader(bytes).string()).toBe(s);
  });

  it('reads cached short strings correctly when different strings share a slot', () => {
    const strings = Array.from({ length: 20_000 }, (_, i) => `key.${i}`);
    for (let round = 0; round < 2; round++) {
      for (const s of strings) {
        const bytes = written((w) => w.string(s));
        expect(new WireReader(bytes).string()).toBe(s);
      }
    }
  });

  it('rejects varints that run past the end or are longer than 10 bytes', () => {
    expect(() => new WireReader(Buffer.from([0x80, 0x80])).uint32()).toThrow(WireError);
    expect(() => new WireReader(Buffer.from([0x80])).int64()).toThrow(/truncated/);
    expect(() => new WireReader(Buffer.alloc(11, 0xff)).int64()).toThrow(/longer than 10 bytes/);
    expect(() => new WireReader(Buffer.from([0x05, 1, 2])).len()).toThrow(/5-byte length-delimited field/);
  });

  it('rejects field number 0 and wire types the model never uses', () => {
    expect(() => new WireReader(Buffer.from([0x00])).tag()).toThrow(/field number 0/);
    const r = new WireReader(Buffer.from([0x0b]));
    expect(() => r.skip(r.tag())).toThrow(/wire type 3/);
  });

  it('shrinks its buffer again after one huge message', () => {
    const w = new WireWriter();
    w.ensure(4 * 1024 * 1024);
    w.pos = 10;
    expect(w.finish()).toHaveLength(10);
    expect(w.buf.length).toBeLessThanOrEqual(1024 * 1024);
  });
});
