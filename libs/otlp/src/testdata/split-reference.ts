// The OTLP splitter as it was before it was made faster (libs/otlp/src/split.ts and wire.ts at
// e0023f1, self-contained): the oracle the fuzz spec compares the current splitter with, on valid
// and on corrupted bytes (same outputs, counters and error messages). Test fixture, not API.
import { isUtf8 } from 'node:buffer';
import { OtlpDecodeError } from '../errors';
import { bytesToHex, spanIdProblem, traceIdProblem } from '@tracehouse/identity';

// A minimal protobuf wire-format cursor for the collector's hot path: it reads tags, varints and
// length prefixes and skips everything else, so routing a batch costs one pass over the bytes and
// no per-field allocation (https://protobuf.dev/programming-guides/encoding/).

/** Wire types of the protobuf encoding. */
const WireType = { VARINT: 0, I64: 1, LEN: 2, SGROUP: 3, EGROUP: 4, I32: 5 } as const;

/** One field as found on the wire: `[start, end)` is the whole field (tag included). */
interface WireField {
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
function readVarint(buf: Uint8Array, pos: number, end: number, where: string): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw new OtlpDecodeError(`${where}: truncated varint at offset ${pos}.`);
    const b = buf[pos++];
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos];
    scale *= 128;
  }
  throw new OtlpDecodeError(`${where}: varint longer than 10 bytes at offset ${pos}.`);
}

/**
 * Reads the field starting at `pos` (which must be below `end`) into `out` and returns it.
 * @throws {OtlpDecodeError} on truncation, a zero field number or an invalid wire type.
 */
function readField(buf: Uint8Array, pos: number, end: number, where: string, out: WireField): WireField {
  const start = pos;
  const [tag, afterTag] = readVarint(buf, pos, end, where);
  if (tag > 0xffffffff || afterTag - pos > 5) throw new OtlpDecodeError(`${where}: tag wider than 32 bits at offset ${pos}.`);
  const no = Math.floor(tag / 8);
  const wireType = tag % 8;
  if (no === 0) throw new OtlpDecodeError(`${where}: field number 0 at offset ${start} (not protobuf).`);
  let dataStart = afterTag;
  let next: number;
  switch (wireType) {
    case WireType.VARINT:
      next = readVarint(buf, afterTag, end, where)[1];
      break;
    case WireType.I64:
      next = afterTag + 8;
      break;
    case WireType.I32:
      next = afterTag + 4;
      break;
    case WireType.LEN: {
      const [len, afterLen] = readVarint(buf, afterTag, end, where);
      dataStart = afterLen;
      next = afterLen + len;
      break;
    }
    case WireType.SGROUP:
      next = skipGroup(buf, afterTag, end, no, where);
      break;
    default:
      throw new OtlpDecodeError(`${where}: invalid wire type ${wireType} for field ${no} at offset ${start}.`);
  }
  if (next > end) {
    throw new OtlpDecodeError(`${where}: field ${no} at offset ${start} runs past the end of its message (needs ${next - start} bytes, ${end - start} left).`);
  }
  out.no = no;
  out.wireType = wireType;
  out.start = start;
  out.dataStart = dataStart;
  out.end = next;
  return out;
}

// Groups are not used by proto3, but skipping them keeps us as tolerant as a generated decoder.
function skipGroup(buf: Uint8Array, pos: number, end: number, groupNo: number, where: string): number {
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  while (pos < end) {
    const [tag, afterTag] = readVarint(buf, pos, end, where);
    if (tag > 0xffffffff || afterTag - pos > 5) throw new OtlpDecodeError(`${where}: tag wider than 32 bits at offset ${pos}.`);
    if (tag % 8 === WireType.EGROUP) {
      if (Math.floor(tag / 8) !== groupNo) throw new OtlpDecodeError(`${where}: mismatched end of group at offset ${pos}.`);
      return afterTag;
    }
    pos = readField(buf, pos, end, where, f).end;
  }
  throw new OtlpDecodeError(`${where}: unterminated group ${groupNo}.`);
}

/** Size in bytes of `value` as a varint. */
function varintSize(value: number): number {
  let n = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

/** Writes `value` as a varint at `pos`; returns the next offset. */
function writeVarint(buf: Uint8Array, pos: number, value: number): number {
  while (value >= 128) {
    buf[pos++] = (value % 128) | 0x80;
    value = Math.floor(value / 128);
  }
  buf[pos++] = value;
  return pos;
}


// Field numbers, shared by TracesData and ExportTraceServiceRequest (both: 1 = resource_spans).
const RESOURCE_SPANS = 1;
const RS_SCOPE_SPANS = 2;
const SS_SPANS = 2;
const SPAN_TRACE_ID = 1;
const SPAN_SPAN_ID = 2;
const LEN_TAG_1 = (RESOURCE_SPANS << 3) | WireType.LEN;
const LEN_TAG_2 = (RS_SCOPE_SPANS << 3) | WireType.LEN;

/**
 * The result of {@link splitTracesDataByTrace}: a map from trace id (lowercase hex) to the
 * `TracesData` bytes holding only that trace's spans, plus a count of the spans left out because
 * their ids were invalid. It is a `Map`, so callers that only route can ignore the counters.
 */
class ReferenceSplit extends Map<string, Uint8Array> {
  /** Spans kept (routed into one of the entries). */
  acceptedSpans = 0;
  /** Spans left out because their trace or span id was invalid (report as `partial_success.rejected_spans`). */
  rejectedSpans = 0;
  /** Why the first rejected span was rejected, naming where it was, e.g. `resource_spans[0].scope_spans[1].spans[3]: trace id is all zeros`. */
  firstRejectReason: string | undefined = undefined;
}

interface ScopeAcc {
  /** Raw fields of the ScopeSpans other than spans (scope, schema_url, unknown fields). */
  other: Uint8Array[];
  otherSize: number;
  spans: Map<string, Uint8Array[]>;
}

interface ResourceAcc {
  /** Raw fields of the ResourceSpans other than scope_spans (resource, schema_url, unknown fields). */
  other: Uint8Array[];
  otherSize: number;
  scopes: ScopeAcc[];
}

/**
 * Splits OTLP `TracesData` (or `ExportTraceServiceRequest`, which shares its field 1) into one
 * `TracesData` per trace, walking the protobuf wire format instead of decoding every field: only
 * each span's trace and span id are read; the bytes of resources, scopes and spans (including
 * fields this library does not know) are copied as they are. Each output holds the spans of one
 * trace with their resource and scope, in input order, ready to be the value of an `otlp-spans`
 * record keyed by that trace id.
 *
 * A span whose trace id is not 16 bytes or all zero, or whose span id is not 8 bytes or all zero,
 * is left out and counted in {@link ReferenceSplit.rejectedSpans}, so the caller can accept the rest.
 * @throws {OtlpDecodeError} when the bytes are not valid protobuf of that shape.
 */
export function referenceSplit(bytes: Uint8Array): ReferenceSplit {
  const result = new ReferenceSplit();
  const resources: ResourceAcc[] = [];
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  let pos = 0;
  let rsIndex = 0;
  while (pos < bytes.length) {
    readField(bytes, pos, bytes.length, 'TracesData', f);
    pos = f.end;
    if (f.no === RESOURCE_SPANS && f.wireType === WireType.LEN) {
      resources.push(readResourceSpans(bytes, f.dataStart, f.end, `resource_spans[${rsIndex}]`, result));
      rsIndex++;
    }
    // Other top-level fields do not exist in either message; like any decoder, skip them.
  }
  const traceIds = new Set<string>();
  for (const r of resources) for (const s of r.scopes) for (const id of s.spans.keys()) traceIds.add(id);
  for (const traceId of traceIds) result.set(traceId, assemble(resources, traceId));
  return result;
}

function readResourceSpans(buf: Uint8Array, start: number, end: number, where: string, result: ReferenceSplit): ResourceAcc {
  const acc: ResourceAcc = { other: [], otherSize: 0, scopes: [] };
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  let pos = start;
  let ssIndex = 0;
  while (pos < end) {
    readField(buf, pos, end, where, f);
    pos = f.end;
    if (f.no === RS_SCOPE_SPANS && f.wireType === WireType.LEN) {
      acc.scopes.push(readScopeSpans(buf, f.dataStart, f.end, `${where}.scope_spans[${ssIndex}]`, result));
      ssIndex++;
    } else {
      if (f.wireType === WireType.LEN && f.no === 1) checkNested(buf, f.dataStart, f.end, 'Resource', 2, `${where}.resource`);
      else if (f.wireType === WireType.LEN && f.no === 3) checkNested(buf, f.dataStart, f.end, 'string', 2, `${where}.schema_url`);
      acc.other.push(buf.subarray(f.start, f.end));
      acc.otherSize += f.end - f.start;
    }
  }
  return acc;
}

function readScopeSpans(buf: Uint8Array, start: number, end: number, where: string, result: ReferenceSplit): ScopeAcc {
  const acc: ScopeAcc = { other: [], otherSize: 0, spans: new Map() };
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  let pos = start;
  let spanIndex = 0;
  while (pos < end) {
    readField(buf, pos, end, where, f);
    pos = f.end;
    if (f.no === SS_SPANS && f.wireType === WireType.LEN) {
      const spanWhere = `${where}.spans[${spanIndex}]`;
      spanIndex++;
      const ids = readSpanIds(buf, f.dataStart, f.end, spanWhere);
      const problem = traceIdProblem(ids.traceId) ?? spanIdProblem(ids.spanId);
      if (problem !== undefined) {
        result.rejectedSpans++;
        result.firstRejectReason ??= `${spanWhere}: ${problem}`;
        continue;
      }
      result.acceptedSpans++;
      const key = bytesToHex(ids.traceId as Uint8Array);
      const raw = buf.subarray(f.start, f.end);
      const list = acc.spans.get(key);
      if (list) list.push(raw);
      else acc.spans.set(key, [raw]);
    } else {
      if (f.wireType === WireType.LEN && f.no === 1) checkNested(buf, f.dataStart, f.end, 'InstrumentationScope', 3, `${where}.scope`);
      else if (f.wireType === WireType.LEN && f.no === 3) checkNested(buf, f.dataStart, f.end, 'string', 3, `${where}.schema_url`);
      acc.other.push(buf.subarray(f.start, f.end));
      acc.otherSize += f.end - f.start;
    }
  }
  return acc;
}

function readSpanIds(buf: Uint8Array, start: number, end: number, where: string): { traceId?: Uint8Array; spanId?: Uint8Array } {
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  const ids: { traceId?: Uint8Array; spanId?: Uint8Array } = {};
  let pos = start;
  // Every field is walked (not just the first two) because protobuf lets fields come in any order
  // and the last occurrence of a field wins; walking also validates the span's framing.
  while (pos < end) {
    readField(buf, pos, end, where, f);
    pos = f.end;
    if (f.wireType !== WireType.LEN) continue;
    if (f.no === SPAN_TRACE_ID) ids.traceId = buf.subarray(f.dataStart, f.end);
    else if (f.no === SPAN_SPAN_ID) ids.spanId = buf.subarray(f.dataStart, f.end);
    else if (NESTED.Span[f.no] !== undefined) checkNested(buf, f.dataStart, f.end, NESTED.Span[f.no], 4, where);
  }
  return ids;
}

// The framing and UTF-8 checks of what is copied, added with them to split.ts (plainly written here).
const NESTED: Record<string, Record<number, string>> = {
  Resource: { 1: 'KeyValue' },
  InstrumentationScope: { 1: 'string', 2: 'string', 3: 'KeyValue' },
  Span: { 3: 'string', 5: 'string', 9: 'KeyValue', 11: 'Event', 13: 'Link', 15: 'Status' },
  Event: { 2: 'string', 3: 'KeyValue' },
  Link: { 3: 'string', 4: 'KeyValue' },
  Status: { 2: 'string' },
  KeyValue: { 1: 'string', 2: 'AnyValue' },
  AnyValue: { 1: 'string', 5: 'ArrayValue', 6: 'KeyValueList' },
  ArrayValue: { 1: 'AnyValue' },
  KeyValueList: { 1: 'KeyValue' },
};

function checkNested(buf: Uint8Array, start: number, end: number, kind: string, depth: number, where: string): void {
  if (kind === 'string') {
    if (!isUtf8(buf.subarray(start, end))) throw new OtlpDecodeError(`${where}: a string at offset ${start} is not valid UTF-8.`);
    return;
  }
  if (depth > 96) throw new OtlpDecodeError(`${where}: messages nested more than 96 deep.`);
  const f: WireField = { no: 0, wireType: 0, start: 0, dataStart: 0, end: 0 };
  for (let pos = start; pos < end; ) {
    readField(buf, pos, end, where, f);
    pos = f.end;
    if (f.wireType === WireType.LEN && NESTED[kind][f.no] !== undefined) checkNested(buf, f.dataStart, f.end, NESTED[kind][f.no], depth + 1, where);
  }
}

function sumLengths(parts: Uint8Array[]): number {
  let n = 0;
  for (const p of parts) n += p.length;
  return n;
}

function assemble(resources: ResourceAcc[], traceId: string): Uint8Array {
  // Sizes first (protobuf length prefixes come before their payload), then one allocation.
  interface Planned {
    r: ResourceAcc;
    scopes: { s: ScopeAcc; spans: Uint8Array[]; size: number }[];
    size: number;
  }
  const planned: Planned[] = [];
  let total = 0;
  for (const r of resources) {
    let rSize = r.otherSize;
    const scopes: Planned['scopes'] = [];
    for (const s of r.scopes) {
      const spans = s.spans.get(traceId);
      if (!spans) continue;
      const size = s.otherSize + sumLengths(spans);
      scopes.push({ s, spans, size });
      rSize += 1 + varintSize(size) + size;
    }
    if (scopes.length === 0) continue;
    planned.push({ r, scopes, size: rSize });
    total += 1 + varintSize(rSize) + rSize;
  }
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of planned) {
    out[pos++] = LEN_TAG_1;
    pos = writeVarint(out, pos, p.size);
    for (const part of p.r.other) {
      out.set(part, pos);
      pos += part.length;
    }
    for (const sc of p.scopes) {
      out[pos++] = LEN_TAG_2;
      pos = writeVarint(out, pos, sc.size);
      for (const part of sc.s.other) {
        out.set(part, pos);
        pos += part.length;
      }
      for (const span of sc.spans) {
        out.set(span, pos);
        pos += span.length;
      }
    }
  }
  return out;
}
