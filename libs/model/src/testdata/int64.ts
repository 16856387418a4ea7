// Conversions between the domain's bigint/number and protobufjs's 64-bit representation
// (Long objects when the `long` package is present, as it is here; plain numbers otherwise).
// Internal to the codecs: Long never leaves this library.
//
// `long` is only imported as a type (the generated .d.ts names it too); at run time the class is
// taken from protobufjs, so it is always the one protobufjs itself reads and writes.
import type Long from 'long';
import { util } from 'protobufjs/minimal';

const LongCtor = util.Long as unknown as typeof Long;

const TWO_32 = 4294967296;
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

/** A 64-bit wire value as protobufjs reads it. */
export type WireInt64 = number | Long;

/** Reads an unsigned 64-bit wire value (fixed64, uint64) as a bigint. */
export function wireToU64(v: WireInt64): bigint {
  if (typeof v === 'number') return BigInt(v);
  const hi = v.high >>> 0;
  const lo = v.low >>> 0;
  return hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
}

/** Reads a signed 64-bit wire value (int64) as a bigint. */
export function wireToI64(v: WireInt64): bigint {
  if (typeof v === 'number') return BigInt(v);
  // Values that fit 32 bits (the common case for attribute integers) skip the 64-bit assembly.
  if ((v.high === 0 && v.low >= 0) || (v.high === -1 && v.low < 0)) return BigInt(v.low);
  return BigInt.asIntN(64, (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0));
}

/** Reads a signed 64-bit wire value as a number (for ms timestamps and sizes, which fit 2^53). */
export function wireToNumber(v: WireInt64): number {
  if (typeof v === 'number') return v;
  return v.high * TWO_32 + (v.low >>> 0);
}

/** Tells whether a bigint fits uint64 (fixed64 timestamps). */
export function isU64(v: bigint): boolean {
  return v >= 0n && v <= U64_MAX;
}

/** Tells whether a bigint fits int64. */
export function isI64(v: bigint): boolean {
  return v >= I64_MIN && v <= I64_MAX;
}

/**
 * Writes a bigint for protobufjs, which takes a number (exact up to 2^53) or a Long. The caller
 * has checked the range; `unsigned` only labels the Long, the bits are the same.
 */
export function bigintToWire(v: bigint, unsigned: boolean): WireInt64 {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  const bits = BigInt.asUintN(64, v);
  return new LongCtor(Number(bits & 0xffffffffn) | 0, Number(bits >> 32n) | 0, unsigned);
}
