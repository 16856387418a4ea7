import { WireError } from './errors';

// Field scanning: where each field of a message starts and ends, without decoding values, for code
// that routes or splices protobuf bytes (the OTLP splitter, span counting, the grouper's content
// digest). Routing a batch costs one pass over the bytes and no per-field allocation.
// Spec: https://protobuf.dev/programming-guides/encoding/

/** Wire types of the protobuf encoding. */
export const WireType = { VARINT: 0, I64: 1, LEN: 2, SGROUP: 3, EGROUP: 4, I32: 5 } as const;

/**
 * Where a field is, for error messages: a string, or an object whose `toString()` builds it, so a
 * hot loop can name "resource_spans[0].scope_spans[1].spans[3]" without building it per span.
 */
export type Where = string | { toString(): string };

/** One field as found on the wire: `[start, end)` is the whole field (tag included). */
export interface WireField {
  no: number;
  wireType: number;
  /** Offset of the tag. */
  start: number;
  /** Offset of the payload of a LEN field (after its length prefix); for others, after the tag. */
  dataStart: number;
  /** Offset just past the field. */
  end: number;
}

/** Reads a varint at `pos`; returns [value, next offset]. Values above 2^53 lose precision, which only lengths and tags care about. */
export function readVarint(buf: Uint8Array, pos: number, end: number, where: Where): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw new WireError(`${where}: truncated varint at offset ${pos}.`);
    const b = buf[pos++];
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos];
    scale *= 128;
  }
  throw new WireError(`${where}: varint longer than 10 bytes at offset ${pos}.`);
}

/** The offset just past the varint at `pos`, without the value (and without readVarint's array). */
function skipVarint(buf: Uint8Array, pos: number, end: number, where: Where): number {
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw new WireError(`${where}: truncated varint at offset ${pos}.`);
    if (buf[pos++] < 0x80) return pos;
  }
  throw new WireError(`${where}: varint longer than 10 bytes at offset ${pos}.`);
}

/**
 * Reads the field starting at `pos` (which must be below `end`) into `out` and returns it.
 * @throws {WireError} on truncation, a zero field number or an invalid wire type; the message starts
 *   with `where`.
 */
export function readField(buf: Uint8Array, pos: number, end: number, where: Where, out: WireField): WireField {
  const start = pos;
  let no: number;
  let wireType: number;
  let afterTag: number;
  // One- and two-byte tags (fields 1-2047) and lengths are nearly all of them: read those inline,
  // without the array readVarint returns.
  if (pos < end && buf[pos] < 0x80) {
    no = buf[pos] >>> 3;
    wireType = buf[pos] & 7;
    afterTag = pos + 1;
  } else if (pos + 1 < end && buf[pos + 1] < 0x80) {
    const tag = (buf[pos] & 0x7f) | (buf[pos + 1] << 7);
    no = tag >>> 3;
    wireType = tag & 7;
    afterTag = pos + 2;
  } else {
    let tag: number;
    [tag, afterTag] = readVarint(buf, pos, end, where);
    checkTagWidth(tag, pos, afterTag, where);
    // Not `>>> 3` / `& 7`: a tag read this way may exceed 32 bits.
    no = Math.floor(tag / 8);
    wireType = tag % 8;
  }
  if (no === 0) throw new WireError(`${where}: field number 0 at offset ${start} (not protobuf).`);
  let dataStart = afterTag;
  let next: number;
  switch (wireType) {
    case WireType.VARINT:
      next = afterTag < end && buf[afterTag] < 0x80 ? afterTag + 1 : skipVarint(buf, afterTag, end, where);
      break;
    case WireType.I64:
      next = afterTag + 8;
      break;
    case WireType.I32:
      next = afterTag + 4;
      break;
    case WireType.LEN: {
      let len: number;
      if (afterTag < end && buf[afterTag] < 0x80) {
        len = buf[afterTag];
        dataStart = afterTag + 1;
      } else if (afterTag + 1 < end && buf[afterTag + 1] < 0x80) {
        len = (buf[afterTag] & 0x7f) | (buf[afterTag + 1] << 7);
        dataStart = afterTag + 2;
      } else [len, dataStart] = readVarint(buf, afterTag, end, where);
      next = dataStart + len;
      break;
    }
    case WireType.SGROUP:
      next = skipGroup(buf, afterTag, end, no, where);
      break;
    default:
      throw new WireError(`${where}: invalid wire type ${wireType} for field ${no} at offset ${start}.`);
  }
  if (next > end) {
    throw new WireError(`${where}: field ${no} at offset ${start} runs past the end of its message (needs ${next - start} bytes, ${end - start} left).`);
  }
  out.no = no;
  out.wireType = wireType;
  out.start = start;
  out.dataStart = dataStart;
  out.end = next;
  return out;
}

/**
 * A tag is a 32-bit varint (field numbers end at 2^29 - 1): longer ones are refused, as protobufjs's
 * generated decoders refuse them ("invalid tag encoding"), so bytes a scanner passes on are bytes
 * those decoders read (found by the decoders' fuzzing suite, tools/fuzz).
 */
function checkTagWidth(tag: number, start: number, afterTag: number, where: Where): void {
  if (tag > 0xffffffff || afterTag - start > 5) throw new WireError(`${where}: tag wider than 32 bits at offset ${start}.`);
}

// Groups are not used by proto3, but skipping them keeps us as tolerant as a generated decoder.
function skipGroup(buf: Uint8Array, pos: number, end: number, groupNo: number, where: Where): number {
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  while (pos < end) {
    const [tag, afterTag] = readVarint(buf, pos, end, where);
    checkTagWidth(tag, pos, afterTag, where);
    if (tag % 8 === WireType.EGROUP) {
      if (Math.floor(tag / 8) !== groupNo) throw new WireError(`${where}: mismatched end of group at offset ${pos}.`);
      return afterTag;
    }
    pos = readField(buf, pos, end, where, f).end;
  }
  throw new WireError(`${where}: unterminated group ${groupNo}.`);
}

/** Size in bytes of `value` as a varint. */
export function varintSize(value: number): number {
  let n = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

/** Writes `value` as a varint at `pos`; returns the next offset. */
export function writeVarint(buf: Uint8Array, pos: number, value: number): number {
  while (value >= 128) {
    buf[pos++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buf[pos++] = value;
  return pos;
}

/** A blank {@link WireField} for {@link readField} to fill; one per loop, reused for every field. */
export function wireField(): WireField {
  return { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
}
