import fc from 'fast-check';
import { ReceiverDecodeError } from '../errors';
import { ThriftBinaryReader } from './binary';
import { ThriftCompactReader } from './compact';
import { TMessageType, TType } from './reader';
import { CompactWriter, binaryToCompact } from './testdata/transcode';

const reader = (w: CompactWriter) => new ThriftCompactReader(w.bytes(), 'test');

describe('Thrift compact reader', () => {
  it('reads zigzag varints at the edges of i16, i32 and i64', () => {
    const values = { i16: [0, -1, 1, -32768, 32767], i32: [0, -1, 300, -2147483648, 2147483647], i64: [0n, -1n, 1n << 53n, -(2n ** 63n), 2n ** 63n - 1n] };
    const w = new CompactWriter();
    values.i16.forEach((v) => w.zigzag(v, 32));
    values.i32.forEach((v) => w.zigzag(v, 32));
    values.i64.forEach((v) => w.zigzag(v));
    const r = reader(w);
    expect(values.i16.map(() => r.i16('x'))).toEqual(values.i16);
    expect(values.i32.map(() => r.i32('x'))).toEqual(values.i32);
    expect(values.i64.map(() => r.i64('x'))).toEqual(values.i64);
    expect(r.remaining).toBe(0);
  });

  it('reads any i64 and double written by the writer (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.double(), (i, d) => {
        const r = reader(new CompactWriter().zigzag(i).double(d));
        expect(r.i64('i')).toBe(i);
        expect(Object.is(r.double('d'), d)).toBe(true);
      }),
    );
  });

  it('reads any i64 as its 8 big-endian bytes without BigInt, as the binary reader does (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (i) => {
        const out = new Uint8Array(10);
        reader(new CompactWriter().zigzag(i)).i64Bytes('id', out, 1);
        const be = Buffer.alloc(8);
        be.writeBigInt64BE(i);
        expect(Buffer.from(out.subarray(1, 9))).toEqual(be);
        const fromBinary = new Uint8Array(8);
        new ThriftBinaryReader(be, 'b').i64Bytes('id', fromBinary, 0);
        expect(Buffer.from(fromBinary)).toEqual(be);
      }),
    );
  });

  it('reads bool fields from the type nibble, relative and absolute field ids, and nested structs resetting the delta', () => {
    const w = new CompactWriter().beginStruct();
    w.field(TType.BOOL, 1, true).field(TType.BOOL, 2, false);
    w.field(TType.STRUCT, 3).beginStruct().field(TType.I32, 1).zigzag(7, 32).stop();
    // Back in the outer struct the delta counts from field 3 again; 40 is too far for a delta.
    w.field(TType.STRING, 4).string('ok').field(TType.I64, 40).zigzag(-5n).stop();
    const r = reader(w);
    const seen: unknown[] = [];
    r.struct('s', (type, id) => {
      if (type === TType.BOOL) seen.push([id, r.bool('b')]);
      else if (type === TType.STRUCT) r.struct('inner', (t, fid) => (seen.push(['inner', fid, r.i32('v')]), t === TType.I32));
      else if (type === TType.STRING) seen.push([id, r.string('s')]);
      else if (type === TType.I64) seen.push([id, r.i64('l')]);
      return true;
    });
    expect(seen).toEqual([[1, true], [2, false], ['inner', 1, 7], [4, 'ok'], [40, -5n]]);
    expect(r.remaining).toBe(0);
  });

  it('skips unknown fields of every type, including bool fields, long lists and maps', () => {
    const w = new CompactWriter().beginStruct();
    w.field(TType.BOOL, 1, true);
    w.field(TType.LIST, 2).list(TType.I32, 20);
    for (let i = 0; i < 20; i++) w.zigzag(i, 32);
    w.field(TType.MAP, 3).map(TType.STRING, TType.DOUBLE, 2).string('a').double(1).string('b').double(2);
    w.field(TType.MAP, 4).map(TType.STRING, TType.STRING, 0);
    w.field(TType.LIST, 5).list(TType.BOOL, 3).raw(1, 2, 1);
    w.field(TType.I16, 6).zigzag(-3, 32).field(TType.BYTE, 7).raw(0xff).field(TType.STRING, 9).string('kept').stop();
    const r = reader(w);
    let kept = '';
    r.struct('s', (_t, id) => (id === 9 ? ((kept = r.string('k')), true) : false));
    expect(kept).toBe('kept');
    expect(r.remaining).toBe(0);
  });

  it('reads message headers and refuses other protocols and versions', () => {
    const r = reader(new CompactWriter().message('emitBatch', TMessageType.ONEWAY, 300));
    expect(r.messageBegin('m')).toEqual({ name: 'emitBatch', type: TMessageType.ONEWAY, seqId: 300 });
    expect(() => new ThriftCompactReader(Buffer.from([0x80, 0x01, 0, 4]), 'dg').messageBegin('message header')).toThrow(new ReceiverDecodeError('dg: message header: protocol id 0x80 is not Thrift compact (0x82).'));
    expect(() => new ThriftCompactReader(Buffer.from([0x82, 0x82, 0]), 'dg').messageBegin('message header')).toThrow(new ReceiverDecodeError('dg: message header: Thrift compact version 2 is not 1.'));
  });

  it('names the field and offset of truncated, unknown-typed and over-long input', () => {
    expect(() => new ThriftCompactReader(Buffer.from([0x15]), 'dg').struct('batch', () => false)).toThrow(new ReceiverDecodeError('dg: batch: needs 1 bytes at offset 1, only 0 left (truncated or not Thrift compact).'));
    expect(() => new ThriftCompactReader(Buffer.from([0x1d]), 'dg').struct('batch', () => false)).toThrow(new ReceiverDecodeError('dg: batch: unknown Thrift compact type 13 at offset 0.'));
    expect(() => new ThriftCompactReader(Buffer.alloc(12, 0xff), 'dg').i64('span.traceIdLow')).toThrow(new ReceiverDecodeError('dg: span.traceIdLow: a varint longer than 10 bytes at offset 0.'));
    expect(() => new ThriftCompactReader(Buffer.from([0x05, 0x61]), 'dg').binary('name')).toThrow(new ReceiverDecodeError('dg: name: needs 5 bytes at offset 1, only 1 left (truncated or not Thrift compact).'));
    const deep = Buffer.concat([Buffer.alloc(40, 0x1c), Buffer.alloc(41, 0)]);
    expect(() => new ThriftCompactReader(deep, 'dg').struct('s', () => false)).toThrow(/values nested more than 32 levels deep/);
    expect(() => new ThriftCompactReader(Buffer.from([0x19, 0xf5, 0xff, 0xff, 0xff, 0x0f]), 'dg').struct('s', () => false)).toThrow(new ReceiverDecodeError('dg: s: list of 33554431 elements cannot fit in the 0 bytes left.'));
  });

  it('never throws anything but a ReceiverDecodeError on random bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        for (const r of [new ThriftCompactReader(bytes, 'x'), new ThriftBinaryReader(bytes, 'x')]) {
          try {
            r.messageBegin('m');
            r.skip(TType.STRUCT, 's', 0);
          } catch (err) {
            expect(err).toBeInstanceOf(ReceiverDecodeError);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('transcodes a binary struct to compact value for value (the test encoder agrees with the reader)', () => {
    const bin = Buffer.from([TType.I64, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0x2c, TType.STRING, 0, 2, 0, 0, 0, 2, 0x68, 0x69, TType.BOOL, 0, 3, 1, 0]);
    const r = new ThriftCompactReader(binaryToCompact(bin, { message: false }), 't');
    const seen: unknown[] = [];
    r.struct('s', (type, id) => (seen.push([id, type === TType.I64 ? r.i64('a') : type === TType.STRING ? r.string('b') : r.bool('c')]), true));
    expect(seen).toEqual([[1, 300n], [2, 'hi'], [3, true]]);
  });
});
