import Long from 'long';
import { hexToBytes, isAllZero, parseHexId, type HexIdProblem } from '@tracehouse/identity';
import type { AnyValue, KeyValue } from '@tracehouse/otlp';
import { ReceiverDecodeError } from './errors';

// Helpers shared by the Zipkin and Jaeger decoders: id handling per ARCHITECTURE.md "Identity",
// attribute maps with OpenTelemetry Collector (pcommon.Map) semantics, and time conversion.

const INVALID_ID = { problem: 'invalid_id' } as const;

/**
 * The span attribute in which a receiver says, as a full sentence, what it repaired on a span (a
 * derived span id, a dropped self-reference). The span-normalizer moves it into
 * `RawSpan.warnings`, which the query API returns.
 */
export const ATTR_WARNING = 'tracehouse.warning';

/**
 * An ordered attribute map with the semantics of the collector's pcommon.Map: `put` replaces the
 * value of an existing key in place, so translated output has one entry per key.
 */
export class AttributeMap {
  private readonly entries = new Map<string, AnyValue>();

  put(key: string, value: AnyValue): void {
    this.entries.set(key, value);
  }
  putStr(key: string, value: string): void {
    this.put(key, { string_value: value });
  }
  putInt(key: string, value: Long | number): void {
    this.put(key, { int_value: typeof value === 'number' ? Long.fromNumber(value) : value });
  }
  get(key: string): AnyValue | undefined {
    return this.entries.get(key);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
  remove(key: string): void {
    this.entries.delete(key);
  }
  get size(): number {
    return this.entries.size;
  }
  toKeyValues(): KeyValue[] {
    return [...this.entries].map(([key, value]) => ({ key, value }));
  }
}

/** The string of an attribute value, as pcommon.Value.Str() gives it: empty unless it is a string. */
export function strOf(value: AnyValue | undefined): string {
  return value?.string_value ?? '';
}

/**
 * Bytes of a hex id of `size` bytes. Shorter hex is left-padded with zeros (Zipkin allows
 * `"id": "2"`; a 64-bit trace id becomes the low half of 16 bytes). All-zero ids are invalid.
 * @throws {ReceiverDecodeError} naming `path` when it is not hex, too long, empty or all zeros.
 */
export function idFromHex(value: unknown, size: 8 | 16, path: string): Uint8Array {
  if (typeof value !== 'string') throw new ReceiverDecodeError(`${path}: expected a hex string, got ${describe(value)}.`, INVALID_ID);
  const parsed = parseHexId(value, size);
  if (parsed.problem !== undefined) throw new ReceiverDecodeError(`${path}: ${HEX_ID_PROBLEM_TEXT[parsed.problem](value, size)}`, INVALID_ID);
  return hexToBytes(parsed.id);
}

/** The sentence ending for each problem of {@link parseHexId}, after the field's path. */
const HEX_ID_PROBLEM_TEXT: Record<HexIdProblem, (value: string, size: number) => string> = {
  empty: () => 'is empty.',
  too_long: (value, size) => `${JSON.stringify(value)} is longer than ${size * 2} hex characters.`,
  not_hex: (value) => `${JSON.stringify(value)} is not hex.`,
  all_zeros: (value) => `${JSON.stringify(value)} is all zeros.`,
};

/**
 * A binary id of `size` bytes; 8-byte trace ids are left-padded to 16 as the collector does.
 * @throws {ReceiverDecodeError} naming `path` when it is missing, of another length, or all zeros.
 */
export function idFromBytes(value: Uint8Array | undefined, size: 8 | 16, path: string): Uint8Array {
  if (!value || value.length === 0) throw new ReceiverDecodeError(`${path}: is missing.`, INVALID_ID);
  let bytes = value;
  if (size === 16 && value.length === 8) {
    bytes = new Uint8Array(16);
    bytes.set(value, 8);
  }
  if (bytes.length !== size) throw new ReceiverDecodeError(`${path}: has ${value.length} bytes, expected ${size === 16 ? '8 or 16' : size}.`, INVALID_ID);
  if (isAllZero(bytes)) throw new ReceiverDecodeError(`${path}: is all zeros.`, INVALID_ID);
  return new Uint8Array(bytes);
}

/** 8 big-endian bytes of a 64-bit id held as a (possibly negative, Thrift i64) bigint. */
export function uint64Bytes(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, value));
  return out;
}

/** A 16-byte trace id from its high and low 64-bit halves (high = 0 for 64-bit trace ids). */
export function traceIdFromHalves(high: bigint, low: bigint): Uint8Array {
  const out = new Uint8Array(16);
  out.set(uint64Bytes(high), 0);
  out.set(uint64Bytes(low), 8);
  return out;
}

/** Unsigned nanoseconds since the epoch from microseconds, as the collector's translators compute them (uint64(µs) * 1000). */
export function microsToNanos(micros: bigint): Long {
  return nanosLong(micros * 1000n);
}

/** Unsigned 64-bit nanoseconds held in a bigint, as a Long. */
export function nanosLong(nanos: bigint): Long {
  // From the two 32-bit halves: a string round trip costs several times more on the hot path.
  const n = BigInt.asUintN(64, nanos);
  return Long.fromBits(Number(n & 0xffffffffn), Number(n >> 32n), true);
}

/** A short description of a JSON value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
