// WireWriter: protobuf wire-format output into one reused, growing buffer, for the model codecs.
// Spec: https://protobuf.dev/programming-guides/encoding/
//
// Why not protobufjs's Writer: it allocates an op object per field and computes sizes ahead; this
// writes in one pass and fixes up nested lengths after the fact.
import { writeHexInto } from '@tracehouse/identity';

const TWO_32 = 4294967296;
const INITIAL_SIZE = 64 * 1024;
const KEEP_AT_MOST = 1024 * 1024;

/**
 * WireWriter writes protobuf into one growing buffer. A nested message reserves one length byte
 * and, in the rare case its body reaches 128 bytes, shifts the body to make room for a longer
 * prefix, so sizes never have to be computed ahead.
 */
export class WireWriter {
  buf: Buffer = Buffer.allocUnsafe(INITIAL_SIZE);
  pos = 0;

  reset(): void {
    this.pos = 0;
  }

  /** Makes room for n more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  /** Copies the written bytes out (the internal buffer is reused by the next encode). */
  finish(): Uint8Array {
    const out = Buffer.allocUnsafe(this.pos);
    this.buf.copy(out, 0, 0, this.pos);
    // One huge trace must not pin its buffer for the life of the process.
    if (this.buf.length > KEEP_AT_MOST) this.buf = Buffer.allocUnsafe(INITIAL_SIZE);
    this.pos = 0;
    return out;
  }

  uint32(v: number): void {
    this.ensure(5);
    const buf = this.buf;
    let pos = this.pos;
    v >>>= 0;
    while (v > 127) {
      buf[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[pos++] = v;
    this.pos = pos;
  }

  /** Writes a 64-bit varint from its unsigned 32-bit halves. */
  varint64(lo: number, hi: number): void {
    this.ensure(10);
    const buf = this.buf;
    let pos = this.pos;
    while (hi !== 0) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 127) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo >>>= 7;
    }
    buf[pos++] = lo;
    this.pos = pos;
  }

  /** Writes an int32 varint: a negative one sign-extended to 10 bytes, as protobuf requires. */
  int32(v: number): void {
    if (v >= 0) this.uint32(v);
    else this.varint64(v >>> 0, 0xffffffff);
  }

  /** Writes an int64 varint from a bigint the caller has range-checked. */
  int64(v: bigint): void {
    if (v >= 0n && v < 0x80000000n) {
      this.uint32(Number(v));
      return;
    }
    const u = BigInt.asUintN(64, v);
    this.varint64(Number(u & 0xffffffffn), Number(u >> 32n));
  }

  /** Writes an int64 varint from a safe integer. */
  int64Number(v: number): void {
    if (v >= 0 && v < TWO_32) {
      this.uint32(v);
      return;
    }
    const lo = v >>> 0;
    // Math.floor keeps the two's-complement high half right for negative values.
    this.varint64(lo, Math.floor(v / TWO_32) >>> 0);
  }

  fixed32(v: number): void {
    this.ensure(4);
    this.buf.writeUInt32LE(v >>> 0, this.pos);
    this.pos += 4;
  }

  fixed64(v: bigint): void {
    this.ensure(8);
    this.buf.writeBigUInt64LE(v, this.pos);
    this.pos += 8;
  }

  double(v: number): void {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.pos);
    this.pos += 8;
  }

  /** Writes a length-prefixed UTF-8 string. */
  string(s: string): void {
    const n = s.length;
    if (n < 43) {
      // At most 3 bytes per UTF-16 unit, so the length fits one byte: try ASCII inline.
      this.ensure(1 + n * 3);
      const buf = this.buf;
      const start = this.pos;
      let pos = start + 1;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
          pos = start + 1 + buf.write(s, start + 1, 'utf8');
          break;
        }
        buf[pos++] = c;
      }
      buf[start] = pos - start - 1;
      this.pos = pos;
      return;
    }
    const len = Buffer.byteLength(s, 'utf8');
    this.uint32(len);
    this.ensure(len);
    this.buf.write(s, this.pos, len, 'utf8');
    this.pos += len;
  }

  /** Copies `b` as it is, no length prefix: already-encoded fields spliced into a message. */
  raw(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  bytes(b: Uint8Array): void {
    this.uint32(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /**
   * Writes hex as length-prefixed bytes without an intermediate array; the caller has checked
   * the length (even, under 256 digits). Returns whether every byte was 0.
   */
  hexBytes(hex: string): boolean {
    const n = hex.length >>> 1;
    this.ensure(1 + n);
    this.buf[this.pos] = n;
    const zero = writeHexInto(hex, this.buf, this.pos + 1);
    this.pos += 1 + n;
    return zero;
  }

  /** Starts a nested message after its tag; returns where its length byte is. */
  begin(): number {
    this.ensure(1);
    return this.pos++;
  }

  /** Ends a nested message started with begin(), fixing up its length prefix. */
  end(start: number): void {
    const len = this.pos - start - 1;
    if (len < 128) {
      this.buf[start] = len;
      return;
    }
    const size = len < 1 << 14 ? 2 : len < 1 << 21 ? 3 : len < 1 << 28 ? 4 : 5;
    this.ensure(size - 1);
    const buf = this.buf;
    buf.copyWithin(start + size, start + 1, this.pos);
    this.pos += size - 1;
    let v = len;
    let p = start;
    while (v > 127) {
      buf[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[p] = v;
  }
}
