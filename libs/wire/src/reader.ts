// WireReader: a protobuf wire-format cursor that reads values straight into the caller's objects,
// for the model codecs (libs/model codec.ts). Spec: https://protobuf.dev/programming-guides/encoding/
//
// Why not protobufjs's runtime: its generated decoder builds a class instance per message, a Long
// per 64-bit value and runs a oneof setter that deletes six properties on every AnyValue. Reading
// straight into domain objects is several times faster, which the stages' 50,000 spans/s needs.
// The generated code stays the schema's compiled form: the codecs' specs check against it byte for byte.
import { WireError } from './errors';

const TWO_32 = 4294967296;

const CACHE_SLOTS = 4096; // a power of two
const CACHED_STRING_MAX_BYTES = 64;

/**
 * StringCache maps short UTF-8 byte strings to the JS strings already made for them. Attribute
 * keys, service names, methods and most short values repeat from span to span; creating a string
 * from bytes costs a native call, and a fresh string used as an attribute key must be
 * internalized again. A hit costs one hash and one compare in JS. Fixed size: a colliding string
 * replaces the slot's previous one, so memory stays bounded whatever the input.
 */
class StringCache {
  private readonly bytes = new Uint8Array(CACHE_SLOTS * CACHED_STRING_MAX_BYTES);
  private readonly lengths = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly strings: string[] = new Array<string>(CACHE_SLOTS).fill('');

  get(buf: Buffer, start: number, end: number): string {
    const len = end - start;
    // Shift-and-add (h * 31 + b) rather than Math.imul: under Jest's vm context Math.imul is not
    // inlined and made this loop ~25x slower, which would skew every stage's unit tests.
    let h = len;
    for (let i = start; i < end; i++) h = ((h << 5) - h + buf[i]) | 0;
    const slot = (h ^ (h >>> 12)) & (CACHE_SLOTS - 1);
    const base = slot * CACHED_STRING_MAX_BYTES;
    const bytes = this.bytes;
    if (this.lengths[slot] === len) {
      let i = 0;
      while (i < len && bytes[base + i] === buf[start + i]) i++;
      if (i === len) return this.strings[slot];
    }
    const s = buf.toString('utf8', start, end);
    for (let i = 0; i < len; i++) bytes[base + i] = buf[start + i];
    this.lengths[slot] = len;
    this.strings[slot] = s;
    return s;
  }
}

const stringCache = new StringCache();

/** WireReader reads protobuf wire values from a byte buffer, checking every read against its end. */
export class WireReader {
  readonly buf: Buffer;
  pos = 0;
  // The halves of the last 64-bit varint, kept on the reader so reading one allocates nothing.
  private lo = 0;
  private hi = 0;

  constructor(bytes: Uint8Array) {
    // A Buffer view (no copy) for its native UTF-8 decoding and little-endian reads.
    this.buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.buf.length;
  }

  private truncated(what: string): WireError {
    return new WireError(`truncated: ${what} at byte ${this.pos} runs past the end (${this.buf.length} bytes)`);
  }

  /** Reads a tag and rejects field number 0, which no message has (a common sign of garbage). */
  tag(): number {
    const t = this.uint32();
    if (t >>> 3 === 0) throw new WireError(`invalid tag ${t} (field number 0) at byte ${this.pos}`);
    return t;
  }

  /** Reads a varint and keeps its low 32 bits, unsigned (uint32; `| 0` gives int32). */
  uint32(): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= buf.length) throw this.truncated('a varint');
    let b = buf[pos++];
    let v = b & 0x7f;
    if (b >= 0x80) {
      b = buf[pos++];
      v |= (b & 0x7f) << 7;
      if (b >= 0x80) {
        b = buf[pos++];
        v |= (b & 0x7f) << 14;
        if (b >= 0x80) {
          b = buf[pos++];
          v |= (b & 0x7f) << 21;
          if (b >= 0x80) {
            b = buf[pos++];
            v |= (b & 0x0f) << 28;
            // A negative int32 is sign-extended to 10 bytes; the upper bytes carry nothing new.
            for (let i = 0; b >= 0x80 && i < 5; i++) b = buf[pos++];
            if (b >= 0x80) throw new WireError(`a varint at byte ${this.pos} is longer than 10 bytes`);
          }
        }
      }
    }
    if (pos > buf.length) throw this.truncated('a varint');
    this.pos = pos;
    return v >>> 0;
  }

  /** Reads a varint as 64 bits into lo/hi. */
  private varint64(): void {
    const buf = this.buf;
    let pos = this.pos;
    const end = buf.length;
    let lo = 0;
    let hi = 0;
    let b = 0;
    let done = false;
    for (let shift = 0; shift < 28; shift += 7) {
      if (pos >= end) throw this.truncated('a varint');
      b = buf[pos++];
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) {
        done = true;
        break;
      }
    }
    if (!done) {
      if (pos >= end) throw this.truncated('a varint');
      b = buf[pos++];
      lo |= (b & 0x0f) << 28;
      hi = (b & 0x7f) >> 4;
      if (b >= 0x80) {
        for (let shift = 3; shift < 32; shift += 7) {
          if (pos >= end) throw this.truncated('a varint');
          b = buf[pos++];
          hi |= (b & 0x7f) << shift;
          if (b < 0x80) {
            done = true;
            break;
          }
        }
        if (!done) throw new WireError(`a varint at byte ${this.pos} is longer than 10 bytes`);
      }
    }
    this.pos = pos;
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
  }

  /** Reads an int64 varint as a bigint. */
  int64(): bigint {
    this.varint64();
    const lo = this.lo;
    const hi = this.hi;
    // Values that fit 32 bits (most attribute integers) skip the 64-bit assembly.
    if (hi === 0 && lo < 0x80000000) return BigInt(lo);
    if (hi === 0xffffffff && lo >= 0x80000000) return BigInt(lo | 0);
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
  }

  /** Reads an int64 varint as a number (ms timestamps, sizes: exact up to 2^53). */
  int64Number(): number {
    this.varint64();
    return (this.hi | 0) * TWO_32 + this.lo;
  }

  bool(): boolean {
    this.varint64();
    return this.lo !== 0 || this.hi !== 0;
  }

  fixed32(): number {
    if (this.pos + 4 > this.buf.length) throw this.truncated('a fixed32');
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  fixed64(): bigint {
    if (this.pos + 8 > this.buf.length) throw this.truncated('a fixed64');
    const v = this.buf.readBigUInt64LE(this.pos);
    this.pos += 8;
    return v;
  }

  double(): number {
    if (this.pos + 8 > this.buf.length) throw this.truncated('a double');
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  /** Reads a length prefix; leaves pos at the first byte of the content and returns its end. */
  len(): number {
    const n = this.uint32();
    const end = this.pos + n;
    if (end > this.buf.length) throw this.truncated(`a ${n}-byte length-delimited field`);
    return end;
  }

  string(): string {
    const end = this.len();
    const start = this.pos;
    this.pos = end;
    if (end === start) return '';
    if (end - start <= CACHED_STRING_MAX_BYTES) return stringCache.get(this.buf, start, end);
    return this.buf.toString('utf8', start, end);
  }

  /** Reads bytes as a copy, so the result does not keep the whole input buffer alive. */
  bytesCopy(): Uint8Array {
    const end = this.len();
    const out = new Uint8Array(end - this.pos);
    out.set(this.buf.subarray(this.pos, end));
    this.pos = end;
    return out;
  }

  /** Skips the value of a field this version does not read (forward compatibility). */
  skip(tag: number): void {
    switch (tag & 7) {
      case 0:
        this.varint64();
        return;
      case 1:
        if (this.pos + 8 > this.buf.length) throw this.truncated('a fixed64');
        this.pos += 8;
        return;
      case 2:
        this.pos = this.len();
        return;
      case 5:
        if (this.pos + 4 > this.buf.length) throw this.truncated('a fixed32');
        this.pos += 4;
        return;
      default:
        throw new WireError(`field ${tag >>> 3} has wire type ${tag & 7}, which the model never uses`);
    }
  }

  /** Checks that a nested message ended exactly where its length prefix said. */
  expectEnd(end: number, what: string): void {
    if (this.pos !== end) throw new WireError(`${what} overruns its length by ${this.pos - end} bytes`);
  }
}

