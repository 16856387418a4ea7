// Byte-level mutations of real payloads, the moves of mutation fuzzers (AFL's havoc stage,
// libFuzzer's mutators) expressed as fast-check arbitraries so runs are seeded and shrinkable:
// bit flips, interesting bytes, truncation, splices of two seeds, inserted and deleted ranges,
// duplicated ranges (a field repeated), and length corruption (a protobuf varint, a Thrift or
// framing 32-bit length made huge, zero or negative).
import fc from 'fast-check';

/** One mutation; positions are fractions of the input length so they fit any seed. */
export type Mutation =
  | { readonly op: 'flip'; readonly at: number; readonly bit: number }
  | { readonly op: 'set'; readonly at: number; readonly value: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly op: 'duplicate'; readonly at: number; readonly length: number; readonly to: number }
  | { readonly op: 'splice'; readonly at: number; readonly other: number; readonly from: number }
  | { readonly op: 'varint'; readonly at: number; readonly value: bigint }
  | { readonly op: 'u32'; readonly at: number; readonly value: number; readonly bigEndian: boolean };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
/** Values that break length handling: boundaries, sign bits, the largest 32/64-bit values. */
const INTERESTING_U32 = [0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];
const INTERESTING_VARINT = [0n, 1n, 127n, 128n, 0x7fffffffn, 0xffffffffn, 0x7fffffffffffffffn, 0xffffffffffffffffn, 1n << 35n];

/** Arbitrary single mutations; `seedCount` bounds the splice partner's index. */
export function mutationArbitrary(seedCount: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ op: fc.constant('set' as const), at: fraction, value: fc.oneof(fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x12, 0x22, 0x7b, 0x5b, 0x22), fc.integer({ min: 0, max: 255 })) }),
    fc.record({ op: fc.constant('truncate' as const), at: fraction }),
    fc.record({ op: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ op: fc.constant('insert' as const), at: fraction, bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 256 }), to: fraction }),
    fc.record({ op: fc.constant('splice' as const), at: fraction, other: fc.nat({ max: Math.max(0, seedCount - 1) }), from: fraction }),
    fc.record({ op: fc.constant('varint' as const), at: fraction, value: fc.oneof(fc.constantFrom(...INTERESTING_VARINT), fc.bigInt({ min: 0n, max: 0xffffffffffffffffn })) }),
    fc.record({ op: fc.constant('u32' as const), at: fraction, value: fc.oneof(fc.constantFrom(...INTERESTING_U32), fc.nat()), bigEndian: fc.boolean() }),
  );
}

function varintBytes(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n && out.length < 10);
  return out;
}

/** Applies `mutations` in order to a copy of `input`; `seeds` are the splice partners. */
export function applyMutations(input: Uint8Array, mutations: readonly Mutation[], seeds: readonly Uint8Array[]): Uint8Array {
  let bytes = Buffer.from(input);
  const pos = (f: number, len = bytes.length): number => Math.floor(f * (len + 1)) % (len + 1);
  for (const m of mutations) {
    switch (m.op) {
      case 'flip':
        if (bytes.length) bytes[pos(m.at, bytes.length - 1)] ^= 1 << m.bit;
        break;
      case 'set':
        if (bytes.length) bytes[pos(m.at, bytes.length - 1)] = m.value;
        break;
      case 'truncate':
        bytes = bytes.subarray(0, pos(m.at));
        break;
      case 'delete': {
        const at = pos(m.at);
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
        break;
      }
      case 'insert': {
        const at = pos(m.at);
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      }
      case 'duplicate': {
        const at = pos(m.at);
        const range = bytes.subarray(at, at + m.length);
        const to = pos(m.to);
        bytes = Buffer.concat([bytes.subarray(0, to), range, bytes.subarray(to)]);
        break;
      }
      case 'splice': {
        const other = seeds[m.other % Math.max(1, seeds.length)] ?? new Uint8Array(0);
        bytes = Buffer.concat([bytes.subarray(0, pos(m.at)), other.subarray(Math.floor(m.from * other.length))]);
        break;
      }
      case 'varint': {
        const at = pos(m.at);
        const v = varintBytes(m.value);
        // Overwrite what is there (a length or a tag), keeping the rest of the input in place.
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(v), bytes.subarray(Math.min(bytes.length, at + v.length))]);
        break;
      }
      case 'u32': {
        const at = pos(m.at);
        const b = Buffer.alloc(4);
        if (m.bigEndian) b.writeUInt32BE(m.value >>> 0);
        else b.writeUInt32LE(m.value >>> 0);
        bytes = Buffer.concat([bytes.subarray(0, at), b, bytes.subarray(Math.min(bytes.length, at + 4))]);
        break;
      }
    }
    // Keep inputs bounded: a body over the receivers' limit never reaches a decoder.
    if (bytes.length > 1 << 20) bytes = bytes.subarray(0, 1 << 20);
  }
  return bytes;
}

/** Inputs made by 1 to 8 mutations of one of `seeds` (and, for splices, another). */
export function mutatedSeeds(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: fc.array(mutationArbitrary(seeds.length), { minLength: 1, maxLength: 8 }) })
    .map(({ seed, mutations }) => applyMutations(seeds[seed], mutations, seeds));
}
