import { isUtf8 } from 'node:buffer';
import { SPAN_ID_BYTES, TRACE_ID_BYTES, bytesToHex, isAllZeroRange, spanIdProblem, traceIdProblem } from '@tracehouse/identity';
import { WireError, WireType, readField, varintSize, wireField, writeVarint, type Where } from '@tracehouse/wire';
import { OtlpDecodeError } from './errors';

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
export class TraceSplit extends Map<string, Uint8Array> {
  /** Spans kept (routed into one of the entries). */
  acceptedSpans = 0;
  /** Spans left out because their trace or span id was invalid (report as `partial_success.rejected_spans`). */
  rejectedSpans = 0;
  /** Why the first rejected span was rejected, naming where it was, e.g. `resource_spans[0].scope_spans[1].spans[3]: trace id is all zeros`. */
  firstRejectReason: string | undefined = undefined;
}

// Parts of the input are kept as byte ranges of it, flat [start, end, start, end, ...] lists, so
// reading a span allocates nothing: no subarray per span or id.

interface ScopeAcc {
  /** Ranges of the raw fields of the ScopeSpans other than spans (scope, schema_url, unknown fields). */
  other: number[];
  otherSize: number;
  /** Per trace id, the ranges of its whole span fields (tag and length included); adjacent ones merged. */
  spans: Map<string, number[]>;
}

interface ResourceAcc {
  /** Ranges of the raw fields of the ResourceSpans other than scope_spans (resource, schema_url, unknown fields). */
  other: number[];
  otherSize: number;
  scopes: ScopeAcc[];
}

/** Names `<parent>.<field>[<index>]` in an error message, built only if a message needs it. */
class IndexedWhere {
  index = 0;
  constructor(
    private readonly parent: string,
    private readonly field: string,
  ) {}
  toString(): string {
    return `${this.parent}.${this.field}[${this.index}]`;
  }
}

/**
 * What the splitter copies without decoding must decode with the generated TracesData decoder the
 * next stage (span-normalizer) reads records with: its framing, down to the innermost AnyValue,
 * and its strings, which that decoder refuses unless they are UTF-8. Without these checks a body
 * with a broken attribute inside a valid span was acknowledged and then dead-lettered downstream
 * (found by the decoders' fuzzing suite, tools/fuzz). Per message kind: what each LEN field
 * number holds (another kind, or a string); other fields and wire types are skipped as unknown,
 * as the generated decoder does.
 */
const KIND = { string: 0, Resource: 1, InstrumentationScope: 2, Span: 3, Event: 4, Link: 5, Status: 6, KeyValue: 7, AnyValue: 8, ArrayValue: 9, KeyValueList: 10 } as const;
type Kind = (typeof KIND)[keyof typeof KIND];
/** Per kind, field number (below 16) -> kind + 1 of its content, 0 for fields not checked. */
const NESTED: readonly Uint8Array[] = (() => {
  const spec: Record<number, Record<number, Kind>> = {
    [KIND.Resource]: { 1: KIND.KeyValue },
    [KIND.InstrumentationScope]: { 1: KIND.string, 2: KIND.string, 3: KIND.KeyValue },
    [KIND.Span]: { 3: KIND.string, 5: KIND.string, 9: KIND.KeyValue, 11: KIND.Event, 13: KIND.Link, 15: KIND.Status },
    [KIND.Event]: { 2: KIND.string, 3: KIND.KeyValue },
    [KIND.Link]: { 3: KIND.string, 4: KIND.KeyValue },
    [KIND.Status]: { 2: KIND.string },
    [KIND.KeyValue]: { 1: KIND.string, 2: KIND.AnyValue },
    [KIND.AnyValue]: { 1: KIND.string, 5: KIND.ArrayValue, 6: KIND.KeyValueList },
    [KIND.ArrayValue]: { 1: KIND.AnyValue },
    [KIND.KeyValueList]: { 1: KIND.KeyValue },
  };
  return Array.from({ length: 11 }, (_, kind) => {
    const table = new Uint8Array(16);
    for (const [no, sub] of Object.entries(spec[kind] ?? {})) table[Number(no)] = sub + 1;
    return table;
  });
})();
const SPAN_NESTED = NESTED[KIND.Span];

/** Nesting depth past which a record is refused: below protobufjs's recursion limit (100), counted from TracesData. */
const MAX_DEPTH = 96;
/** One scratch field per nesting depth: the check allocates nothing. */
const SCRATCH = Array.from({ length: MAX_DEPTH + 2 }, () => wireField());

/** True when bytes [start, end) are UTF-8 (ASCII checked inline: nearly every string is). */
function utf8At(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] >= 0x80) return isUtf8(buf.subarray(start, end));
  return true;
}

/**
 * Checks the LEN field content [start, end) of `kind` at nesting `depth`, and everything inside it.
 * @throws {WireError} naming where the framing breaks or which string is not UTF-8.
 */
function checkNested(buf: Uint8Array, start: number, end: number, kind: Kind, depth: number, where: Where): void {
  if (kind === KIND.string) {
    if (!utf8At(buf, start, end)) throw new WireError(`${where}: a string at offset ${start} is not valid UTF-8.`);
    return;
  }
  if (depth > MAX_DEPTH) throw new WireError(`${where}: messages nested more than ${MAX_DEPTH} deep.`);
  const table = NESTED[kind];
  for (let p = start; p < end; ) {
    // The splitter's fast path (one-byte tags, lengths below 16 KiB, fixed-width and short varint
    // values); anything else goes through readField, which reads it or throws the exact error.
    const tag = buf[p];
    if (tag < 0x80 && tag >= 8) {
      const wireType = tag & 7;
      if (wireType === WireType.LEN) {
        let len = buf[p + 1];
        let dataStart = p + 2;
        if (len >= 0x80) {
          const b2 = buf[p + 2];
          len = (len & 0x7f) | (b2 << 7);
          dataStart = p + 3;
          if (b2 >= 0x80) dataStart = -1;
        }
        const next = dataStart + len;
        if (dataStart > 0 && dataStart <= end && next <= end) {
          const no = tag >>> 3;
          const sub = no < 16 ? table[no] : 0;
          if (sub !== 0) checkNested(buf, dataStart, next, (sub - 1) as Kind, depth + 1, where);
          p = next;
          continue;
        }
      } else if (wireType === WireType.I64 && p + 9 <= end) {
        p += 9;
        continue;
      } else if (wireType === WireType.I32 && p + 5 <= end) {
        p += 5;
        continue;
      } else if (wireType === WireType.VARINT && p + 1 < end && buf[p + 1] < 0x80) {
        p += 2;
        continue;
      }
    }
    const f = readField(buf, p, end, where, SCRATCH[depth]);
    p = f.end;
    if (f.wireType !== WireType.LEN || f.no >= 16 || table[f.no] === 0) continue;
    checkNested(buf, f.dataStart, f.end, (table[f.no] - 1) as Kind, depth + 1, where);
  }
}

/**
 * Splits OTLP `TracesData` (or `ExportTraceServiceRequest`, which shares its field 1) into one
 * `TracesData` per trace, walking the protobuf wire format instead of decoding every field: only
 * each span's trace and span id are read; the bytes of resources, scopes and spans (including
 * fields this library does not know) are copied as they are. Each output holds the spans of one
 * trace with their resource and scope, in input order, ready to be the value of an `otlp-spans`
 * record keyed by that trace id. The outputs are views of one buffer allocated per call.
 *
 * A span whose trace id is not 16 bytes or all zero, or whose span id is not 8 bytes or all zero,
 * is left out and counted in {@link TraceSplit.rejectedSpans}, so the caller can accept the rest.
 * @throws {OtlpDecodeError} when the bytes are not valid protobuf of that shape.
 */
export function splitTracesDataByTrace(bytes: Uint8Array): TraceSplit {
  try {
    return split(bytes);
  } catch (err) {
    // The wire scanner's message already says where ("resource_spans[0]...: truncated varint at
    // offset 12."); it only changes type, to the one OTLP callers classify as a bad request.
    if (err instanceof WireError) throw new OtlpDecodeError(err.message, { cause: err });
    throw err;
  }
}

function split(bytes: Uint8Array): TraceSplit {
  const result = new TraceSplit();
  const resources: ResourceAcc[] = [];
  const f = wireField();
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
  // Sizes first (protobuf length prefixes come before their payload), then one allocation for all.
  const plans: Plan[] = [];
  let total = 0;
  for (const traceId of traceIds) {
    const plan = planTrace(resources, traceId);
    plans.push(plan);
    total += plan.size;
  }
  // Every byte is written below (writeTrace fills exactly its planned size): no need to zero it.
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (const plan of plans) {
    const end = writeTrace(bytes, out, at, plan);
    result.set(plan.traceId, out.subarray(at, end));
    at = end;
  }
  return result;
}

function readResourceSpans(buf: Uint8Array, start: number, end: number, where: string, result: TraceSplit): ResourceAcc {
  const acc: ResourceAcc = { other: [], otherSize: 0, scopes: [] };
  const f = wireField();
  let pos = start;
  let ssIndex = 0;
  while (pos < end) {
    readField(buf, pos, end, where, f);
    pos = f.end;
    if (f.no === RS_SCOPE_SPANS && f.wireType === WireType.LEN) {
      acc.scopes.push(readScopeSpans(buf, f.dataStart, f.end, `${where}.scope_spans[${ssIndex}]`, result));
      ssIndex++;
    } else {
      if (f.wireType === WireType.LEN && f.no === 1) checkNested(buf, f.dataStart, f.end, KIND.Resource, 2, `${where}.resource`);
      else if (f.wireType === WireType.LEN && f.no === 3) checkNested(buf, f.dataStart, f.end, KIND.string, 2, `${where}.schema_url`);
      acc.other.push(f.start, f.end);
      acc.otherSize += f.end - f.start;
    }
  }
  return acc;
}

/** True when the `length` bytes at `start` equal those at `other` (trace ids of consecutive spans). */
function sameBytes(buf: Uint8Array, start: number, other: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (buf[start + i] !== buf[other + i]) return false;
  return true;
}

function readScopeSpans(buf: Uint8Array, start: number, end: number, where: string, result: TraceSplit): ScopeAcc {
  const acc: ScopeAcc = { other: [], otherSize: 0, spans: new Map() };
  const f = wireField();
  const idField = wireField();
  const spanWhere = new IndexedWhere(where, 'spans');
  // Spans of one trace often follow each other: the previous span's trace id and range list are
  // reused instead of hex-encoding and looking up the same id again.
  let prevTraceIdAt = -1;
  let prevRanges: number[] | undefined;
  let pos = start;
  while (pos < end) {
    readField(buf, pos, end, where, f);
    pos = f.end;
    if (f.no !== SS_SPANS || f.wireType !== WireType.LEN) {
      if (f.wireType === WireType.LEN && f.no === 1) checkNested(buf, f.dataStart, f.end, KIND.InstrumentationScope, 3, `${where}.scope`);
      else if (f.wireType === WireType.LEN && f.no === 3) checkNested(buf, f.dataStart, f.end, KIND.string, 3, `${where}.schema_url`);
      acc.other.push(f.start, f.end);
      acc.otherSize += f.end - f.start;
      continue;
    }
    // Every field of the span is walked (not just the first two) because protobuf lets fields
    // come in any order and the last occurrence of a field wins; walking also validates the
    // span's framing.
    let traceIdAt = -1;
    let traceIdLength = 0;
    let spanIdAt = -1;
    let spanIdLength = 0;
    const spanEnd = f.end;
    for (let p = f.dataStart; p < spanEnd; ) {
      // Inline fast path for what spans are made of (one-byte tags; lengths below 16 KiB; fixed64
      // times; short varints); anything else, or anything out of bounds, goes through readField,
      // which reads it or throws the exact error.
      const tag = buf[p];
      const wireType = tag & 7;
      if (tag < 0x80 && tag >= 8) {
        if (wireType === WireType.LEN) {
          let len = buf[p + 1];
          let dataStart = p + 2;
          if (len >= 0x80) {
            const b2 = buf[p + 2];
            len = (len & 0x7f) | (b2 << 7);
            dataStart = p + 3;
            if (b2 >= 0x80) dataStart = -1;
          }
          const next = dataStart + len;
          if (dataStart > 0 && dataStart <= spanEnd && next <= spanEnd) {
            const no = tag >>> 3;
            if (no === SPAN_TRACE_ID) {
              traceIdAt = dataStart;
              traceIdLength = len;
            } else if (no === SPAN_SPAN_ID) {
              spanIdAt = dataStart;
              spanIdLength = len;
            } else {
              const sub = no < 16 ? SPAN_NESTED[no] : 0;
              if (sub !== 0) checkNested(buf, dataStart, next, (sub - 1) as Kind, 4, spanWhere);
            }
            p = next;
            continue;
          }
        } else if (wireType === WireType.I64 && p + 9 <= spanEnd) {
          p += 9;
          continue;
        } else if (wireType === WireType.I32 && p + 5 <= spanEnd) {
          p += 5;
          continue;
        } else if (wireType === WireType.VARINT && p + 1 < spanEnd && buf[p + 1] < 0x80) {
          p += 2;
          continue;
        }
      }
      readField(buf, p, spanEnd, spanWhere, idField);
      p = idField.end;
      if (idField.wireType !== WireType.LEN) continue;
      if (idField.no === SPAN_TRACE_ID) {
        traceIdAt = idField.dataStart;
        traceIdLength = idField.end - idField.dataStart;
      } else if (idField.no === SPAN_SPAN_ID) {
        spanIdAt = idField.dataStart;
        spanIdLength = idField.end - idField.dataStart;
      } else {
        const sub = idField.no < 16 ? SPAN_NESTED[idField.no] : 0;
        if (sub !== 0) checkNested(buf, idField.dataStart, idField.end, (sub - 1) as Kind, 4, spanWhere);
      }
    }
    const valid =
      traceIdLength === TRACE_ID_BYTES && spanIdLength === SPAN_ID_BYTES && !isAllZeroRange(buf, traceIdAt, traceIdAt + TRACE_ID_BYTES) && !isAllZeroRange(buf, spanIdAt, spanIdAt + SPAN_ID_BYTES);
    if (!valid) {
      result.rejectedSpans++;
      if (result.firstRejectReason === undefined) {
        const traceId = traceIdAt < 0 ? undefined : buf.subarray(traceIdAt, traceIdAt + traceIdLength);
        const spanId = spanIdAt < 0 ? undefined : buf.subarray(spanIdAt, spanIdAt + spanIdLength);
        result.firstRejectReason = `${spanWhere}: ${traceIdProblem(traceId) ?? spanIdProblem(spanId)}`;
      }
      spanWhere.index++;
      continue;
    }
    spanWhere.index++;
    result.acceptedSpans++;
    let ranges: number[];
    if (prevRanges !== undefined && sameBytes(buf, traceIdAt, prevTraceIdAt, TRACE_ID_BYTES)) ranges = prevRanges;
    else {
      const key = bytesToHex(buf.subarray(traceIdAt, traceIdAt + TRACE_ID_BYTES));
      const found = acc.spans.get(key);
      if (found) ranges = found;
      else acc.spans.set(key, (ranges = []));
    }
    prevTraceIdAt = traceIdAt;
    prevRanges = ranges;
    // A span right after the previous span of its trace extends that range: one copy for both.
    if (ranges.length > 0 && ranges[ranges.length - 1] === f.start) ranges[ranges.length - 1] = f.end;
    else ranges.push(f.start, f.end);
  }
  return acc;
}

function rangesSize(ranges: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < ranges.length; i += 2) n += ranges[i + 1] - ranges[i];
  return n;
}

interface Plan {
  traceId: string;
  /** Bytes of the whole TracesData of this trace. */
  size: number;
  resources: Array<{ r: ResourceAcc; size: number; scopes: Array<{ s: ScopeAcc; spans: number[]; size: number }> }>;
}

function planTrace(resources: ResourceAcc[], traceId: string): Plan {
  const plan: Plan = { traceId, size: 0, resources: [] };
  for (const r of resources) {
    let rSize = r.otherSize;
    const scopes: Plan['resources'][number]['scopes'] = [];
    for (const s of r.scopes) {
      const spans = s.spans.get(traceId);
      if (!spans) continue;
      const size = s.otherSize + rangesSize(spans);
      scopes.push({ s, spans, size });
      rSize += 1 + varintSize(size) + size;
    }
    if (scopes.length === 0) continue;
    plan.resources.push({ r, size: rSize, scopes });
    plan.size += 1 + varintSize(rSize) + rSize;
  }
  return plan;
}

function copyRanges(from: Uint8Array, ranges: readonly number[], to: Uint8Array, pos: number): number {
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i];
    const end = ranges[i + 1];
    to.set(from.subarray(start, end), pos);
    pos += end - start;
  }
  return pos;
}

function writeTrace(from: Uint8Array, out: Uint8Array, pos: number, plan: Plan): number {
  for (const p of plan.resources) {
    out[pos++] = LEN_TAG_1;
    pos = writeVarint(out, pos, p.size);
    pos = copyRanges(from, p.r.other, out, pos);
    for (const sc of p.scopes) {
      out[pos++] = LEN_TAG_2;
      pos = writeVarint(out, pos, sc.size);
      pos = copyRanges(from, sc.s.other, out, pos);
      pos = copyRanges(from, sc.spans, out, pos);
    }
  }
  return pos;
}
