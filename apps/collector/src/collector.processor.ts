// The collector's logic over plain data (no kafkajs, Nest or transport code): from a request's
// spans split by trace to the records written to `otlp-spans`, with consistent sampling and the
// record-size limit applied; and the tenant a request writes to.
import { hexToBytes } from '@tracehouse/identity';
import { WireType, readField, wireField } from '@tracehouse/wire';
import { consistentSample, decodeTracesData, encodeTracesData, type ResourceSpans, type ScopeSpans, type Span, type TraceSplit } from '@tracehouse/otlp';

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
    if (sampling && !consistentSample(hexToBytes(traceId), options.samplingSeed, options.samplingPercentage)) {
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

// ---- count spans without decoding them ----

/** Field numbers on the path TracesData.resource_spans(1) -> ResourceSpans.scope_spans(2) -> ScopeSpans.spans(2). */
const TRACES_DATA_RESOURCE_SPANS = 1;
const RESOURCE_SPANS_SCOPE_SPANS = 2;
const SCOPE_SPANS_SPANS = 2;

/**
 * The number of spans in OTLP `TracesData` bytes (as the splitter writes them), without decoding the spans.
 * @throws {WireError} when the bytes are not well-formed protobuf (never for the splitter's output).
 */
export function countSpans(tracesData: Uint8Array): number {
  const rs = wireField();
  const ss = wireField();
  const sp = wireField();
  let n = 0;
  for (let p = 0; p < tracesData.length; p = rs.end) {
    readField(tracesData, p, tracesData.length, 'TracesData', rs);
    if (rs.no !== TRACES_DATA_RESOURCE_SPANS || rs.wireType !== WireType.LEN) continue;
    for (let q = rs.dataStart; q < rs.end; q = ss.end) {
      readField(tracesData, q, rs.end, 'ResourceSpans', ss);
      if (ss.no !== RESOURCE_SPANS_SCOPE_SPANS || ss.wireType !== WireType.LEN) continue;
      for (let r = ss.dataStart; r < ss.end; r = sp.end) {
        readField(tracesData, r, ss.end, 'ScopeSpans', sp);
        if (sp.no === SCOPE_SPANS_SPANS && sp.wireType === WireType.LEN) n++;
      }
    }
  }
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

