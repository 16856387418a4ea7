// The collector's logic over plain data (no kafkajs, Nest or transport code): from a request's
// spans split by trace to the records written to `otlp-spans`, with consistent sampling and the
// record-size limit applied; and the tenant a request writes to.
import { consistentSample, decodeTracesData, encodeTracesData, hexToBytes, type ResourceSpans, type ScopeSpans, type Span, type TraceSplit } from '@tracehouse/otlp';

/** One `otlp-spans` record: the spans of one trace from one request, as OTLP `TracesData` bytes. */
export interface TraceRecord {
  /** Trace id, lowercase hex: the record key. */
  readonly traceId: string;
  readonly value: Uint8Array;
}

/** Options of {@link prepareTraceRecords}. */
export interface PrepareOptions {
  /** Percentage of traces kept (0-100); 100 keeps every trace without hashing. */
  readonly samplingPercentage: number;
  /** Hash seed of the consistent sampler (unsigned 32-bit). */
  readonly samplingSeed: number;
  /** Largest record value; a larger trace is cut into several records, a larger span is rejected. */
  readonly maxRecordBytes: number;
}

/** The outcome of {@link prepareTraceRecords}: what to write and what was left out, in spans. */
export interface PreparedTraces {
  readonly records: TraceRecord[];
  /** Spans in `records`. */
  acceptedSpans: number;
  /** Spans with an invalid trace or span id (from the split). */
  invalidSpans: number;
  /** Spans larger than a record may be. */
  oversizeSpans: number;
  /** Spans of traces the sampler dropped. */
  sampledOutSpans: number;
  sampledOutTraces: number;
  /** Why the first rejected span was rejected, naming where it was. */
  firstRejectReason: string | undefined;
}

/**
 * Turns a request split by trace into the records to write: drops the traces the consistent
 * sampler does not keep (the same decision on every replica and in the OpenTelemetry Collector's
 * `hash_seed` mode), and cuts a trace larger than `maxRecordBytes` into several records.
 */
export function prepareTraceRecords(split: TraceSplit, options: PrepareOptions): PreparedTraces {
  const out: PreparedTraces = {
    records: [],
    acceptedSpans: split.acceptedSpans,
    invalidSpans: split.rejectedSpans,
    oversizeSpans: 0,
    sampledOutSpans: 0,
    sampledOutTraces: 0,
    firstRejectReason: split.firstRejectReason,
  };
  const sampling = options.samplingPercentage < 100;
  for (const [traceId, value] of split) {
    if (sampling && !consistentSample(hexToBytes(traceId) as Uint8Array, options.samplingSeed, options.samplingPercentage)) {
      const spans = countSpans(value);
      out.sampledOutSpans += spans;
      out.sampledOutTraces++;
      out.acceptedSpans -= spans;
      continue;
    }
    if (value.length <= options.maxRecordBytes) {
      out.records.push({ traceId, value });
      continue;
    }
    const chunked = chunkTrace(value, options.maxRecordBytes);
    for (const chunk of chunked.chunks) out.records.push({ traceId, value: chunk });
    if (chunked.oversizeSpans > 0) {
      out.oversizeSpans += chunked.oversizeSpans;
      out.acceptedSpans -= chunked.oversizeSpans;
      out.firstRejectReason ??= `trace ${traceId}: a span of ${chunked.largestSpanBytes} bytes is larger than the ${options.maxRecordBytes}-byte record limit`;
    }
  }
  return out;
}

// ---- wire helpers: count spans without decoding them ----

function readVarint(buf: Uint8Array, pos: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    // Lengths inside bytes the splitter already framed: 5 bytes cover every length below 2^35.
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, pos];
    shift += 7;
  }
}

/** Calls `visit(fieldNo, start, end)` for each length-delimited field of the message in buf[start, end). */
function eachLenField(buf: Uint8Array, start: number, end: number, visit: (no: number, s: number, e: number) => void): void {
  let pos = start;
  while (pos < end) {
    const [tag, afterTag] = readVarint(buf, pos);
    const wire = tag & 7;
    const no = Math.floor(tag / 8);
    pos = afterTag;
    if (wire === 2) {
      const [len, afterLen] = readVarint(buf, pos);
      visit(no, afterLen, afterLen + len);
      pos = afterLen + len;
    } else if (wire === 0) pos = readVarint(buf, pos)[1];
    else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new Error(`unexpected wire type ${wire} in TracesData bytes produced by the splitter`);
  }
}

/** The number of spans in OTLP `TracesData` bytes (as the splitter writes them), without decoding the spans. */
export function countSpans(tracesData: Uint8Array): number {
  let n = 0;
  eachLenField(tracesData, 0, tracesData.length, (rsNo, rsStart, rsEnd) => {
    if (rsNo !== 1) return;
    eachLenField(tracesData, rsStart, rsEnd, (ssNo, ssStart, ssEnd) => {
      if (ssNo !== 2) return;
      eachLenField(tracesData, ssStart, ssEnd, (spNo) => {
        if (spNo === 2) n++;
      });
    });
  });
  return n;
}

// ---- oversize traces ----

/**
 * Cuts one trace's `TracesData` into pieces of at most `maxBytes`, each with the resource and
 * scope of its spans; a span that alone does not fit is left out and counted. The rare path (a
 * request holding more than a record's worth of one trace), so it decodes and re-encodes.
 */
export function chunkTrace(value: Uint8Array, maxBytes: number): { chunks: Uint8Array[]; oversizeSpans: number; largestSpanBytes: number } {
  const data = decodeTracesData(value);
  const chunks: Uint8Array[] = [];
  let oversizeSpans = 0;
  let largestSpanBytes = 0;
  let current: ResourceSpans[] = [];
  let currentBytes = 0;
  // The input resource and scope the last output resource and scope were copied from: consecutive
  // spans of one input scope share one output scope, as in the input.
  let fromRs: ResourceSpans | undefined;
  let fromSs: ScopeSpans | undefined;
  let outSs: ScopeSpans | undefined;
  const flush = (): void => {
    if (current.length > 0) chunks.push(encodeTracesData({ resource_spans: current }));
    current = [];
    currentBytes = 0;
    fromRs = fromSs = outSs = undefined;
  };
  for (const rs of data.resource_spans ?? []) {
    for (const ss of rs.scope_spans ?? []) {
      for (const span of ss.spans ?? []) {
        const size = encodeTracesData({ resource_spans: [{ ...rs, scope_spans: [{ ...ss, spans: [span] }] }] }).length;
        if (size > maxBytes) {
          oversizeSpans++;
          largestSpanBytes = Math.max(largestSpanBytes, size);
          continue;
        }
        // A piece is never larger than the sum of its one-span encodings (resource and scope
        // repeated for each span), so this bound keeps every piece under maxBytes.
        if (currentBytes + size > maxBytes) flush();
        if (fromRs !== rs) {
          fromRs = rs;
          fromSs = undefined;
          current.push({ ...rs, scope_spans: [] });
        }
        if (fromSs !== ss || !outSs) {
          fromSs = ss;
          outSs = { ...ss, spans: [] };
          (current[current.length - 1].scope_spans as ScopeSpans[]).push(outSs);
        }
        (outSs.spans as Span[]).push(span);
        currentBytes += size;
      }
    }
  }
  flush();
  return { chunks, oversizeSpans, largestSpanBytes };
}

