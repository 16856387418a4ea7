import { bytesToHex, spanIdProblem, traceIdProblem } from './ids';
import { WireType, readField, varintSize, writeVarint, type WireField } from './wire';

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
 * is left out and counted in {@link TraceSplit.rejectedSpans}, so the caller can accept the rest.
 * @throws {OtlpDecodeError} when the bytes are not valid protobuf of that shape.
 */
export function splitTracesDataByTrace(bytes: Uint8Array): TraceSplit {
  const result = new TraceSplit();
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

function readResourceSpans(buf: Uint8Array, start: number, end: number, where: string, result: TraceSplit): ResourceAcc {
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
      acc.other.push(buf.subarray(f.start, f.end));
      acc.otherSize += f.end - f.start;
    }
  }
  return acc;
}

function readScopeSpans(buf: Uint8Array, start: number, end: number, where: string, result: TraceSplit): ScopeAcc {
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
  }
  return ids;
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
