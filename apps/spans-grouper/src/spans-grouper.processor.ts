import type { RawSpan, SpanEdge, StructuredTrace } from '@tracehouse/model';

/** Why a trace was emitted, in one list (the `reason` label of the grouper's metrics). */
export const EMIT_REASONS = [
  /** No span arrived for the quiet window. */
  'quiet',
  /** Evidently complete (every parent present, the root ended) and quiet for the short period. */
  'complete',
  /** It reached the per-trace span cap; later spans follow as fragments. */
  'span_cap',
  /** The instance buffered too many spans; the least recently active traces went out early. */
  'buffer_full',
] as const;
export type EmitReason = (typeof EMIT_REASONS)[number];

/** Options of {@link TraceGrouper}. */
export interface TraceGrouperOptions {
  /** A trace with no new span for this long is emitted, ms. */
  readonly quietMs: number;
  /** Emit evidently complete traces after `completeQuietMs` instead of `quietMs`. */
  readonly earlyCompletion: boolean;
  /** How long an evidently complete trace (or a late fragment) waits for more spans, ms. */
  readonly completeQuietMs: number;
  /** A trace reaching this many spans is emitted at once, marked truncated; later spans follow as fragments. */
  readonly maxSpansPerTrace: number;
  /** Above this many buffered spans, the least recently active traces are emitted early. */
  readonly maxBufferedSpans: number;
  /** How many emitted traces are remembered, so that a late span becomes a fragment of its trace. */
  readonly rememberedTraces: number;
  /** Largest encoded record; a bigger trace is split into fragments. */
  readonly maxRecordBytes: number;
  /**
   * The `structured-traces` encoder (the record size decides splits; the bytes are reused).
   * `spanBytes`, when given, holds each span of `trace.spans` (same order) as it was read, encoded.
   */
  readonly encode: (trace: StructuredTrace, spanBytes?: readonly Uint8Array[]) => Uint8Array;
}

/** One record to write: a trace, or one part of it. */
export interface Emission {
  readonly trace: StructuredTrace;
  /** `trace`, encoded. */
  readonly bytes: Uint8Array;
  readonly reason: EmitReason;
  /** From the arrival of the trace's last span to its emission, ms. */
  readonly delayMs: number;
  /** The earliest collector receive time among its spans, ms since the epoch. */
  readonly receivedAtMs: number;
  /** Spans in this record past the per-trace cap (0 unless the trace was truncated). */
  readonly overflowSpans: number;
  /** 0, or the index of this record among the parts of a trace split to fit the record size limit. */
  readonly part: number;
}

/** What one {@link TraceGrouper.add} call changed besides its emissions. */
export interface AddResult {
  readonly emissions: Emission[];
  /** True when the span was already buffered (same span id): it is dropped as a replay. */
  readonly duplicate: boolean;
}

/** The spans of one (tenant, trace id) buffered so far, with what completeness needs. */
class TraceBuffer {
  readonly spans: RawSpan[] = [];
  /** Each span as read, encoded, while every span came with its bytes; undefined once one did not. */
  bytes: Uint8Array[] | undefined = [];
  readonly ids = new Set<string>();
  /** Parent ids not (yet) in the buffer -> how many spans name them. */
  private readonly waiting = new Map<string, number>();
  /** Spans whose parent is not (yet) buffered. */
  private orphans = 0;
  private rootEnded = false;
  /** Partition -> offset of the first span read from it: the commit must stay below it. */
  readonly partitions = new Map<number, bigint>();
  lastArrivalMs = 0;

  constructor(
    readonly key: string,
    readonly tenantId: string,
    readonly traceId: string,
    /** fragmentSeq of the next record of this trace. */
    readonly seq: number,
    /** The trace was emitted before: this buffer is a follow-up fragment. */
    readonly isFragment: boolean,
    /** The trace hit the span cap before: these spans are its overflow. */
    readonly truncated: boolean,
  ) {}

  /** Adds a span not already buffered. */
  add(span: RawSpan, bytes: Uint8Array | undefined): void {
    this.spans.push(span);
    if (bytes === undefined) this.bytes = undefined;
    else this.bytes?.push(bytes);
    this.ids.add(span.spanId);
    const children = this.waiting.get(span.spanId);
    if (children !== undefined) {
      this.orphans -= children;
      this.waiting.delete(span.spanId);
    }
    if (span.parentSpanId === '') {
      if (span.endTimeUnixNano > 0n) this.rootEnded = true;
    } else if (!this.ids.has(span.parentSpanId)) {
      this.orphans++;
      this.waiting.set(span.parentSpanId, (this.waiting.get(span.parentSpanId) ?? 0) + 1);
    }
  }

  /** Every span's parent is here and a root span has ended: nothing suggests more spans will come. */
  get complete(): boolean {
    return this.orphans === 0 && this.rootEnded;
  }
}

/**
 * The spans-grouper's logic: buffers raw spans per (tenant, trace id) and emits each trace as one
 * {@link StructuredTrace} (spans, parent/child graph, roots, start, end, count) once it is quiet
 * (`quietMs`) or, with early completion, evidently complete and quiet for `completeQuietMs`.
 * Spans arriving after their trace went out are emitted as follow-up fragments (`isFragment`,
 * increasing `fragmentSeq`). Memory is bounded by `maxSpansPerTrace` and `maxBufferedSpans`;
 * neither bound loses a span: the trace is emitted early instead (and counted by reason).
 *
 * For at-least-once delivery it tracks, per partition, the offset of the oldest span it still
 * holds ({@link heldOffset}): the stage commits only below it. Pure: time comes in as arguments
 * (`nowMs` never decreasing between calls; the buffers are ordered by it), and spans of one
 * partition must come in offset order.
 */
export class TraceGrouper {
  /** Buffered traces, least recently active first (re-inserted on every span). */
  private readonly traces = new Map<string, TraceBuffer>();
  /** Traces ready for early emission (complete, or a late fragment), least recently active first. */
  private readonly ready = new Map<string, TraceBuffer>();
  /** Per partition: buffered trace -> its first offset there, in offset order. */
  private readonly held = new Map<number, Map<string, bigint>>();
  /** Recently emitted traces -> what their next record continues with. */
  private readonly emitted = new Map<string, { seq: number; truncated: boolean }>();
  private spanCount = 0;

  constructor(private readonly options: TraceGrouperOptions) {}

  /** Spans buffered now. */
  get bufferedSpans(): number {
    return this.spanCount;
  }

  /** Traces buffered now. */
  get bufferedTraces(): number {
    return this.traces.size;
  }

  /**
   * Buffers one span read at `offset` of `partition`; returns what the bounds force out now (the
   * trace at its span cap, the least recently active traces when the instance is full). `bytes`:
   * the span as read, encoded (the record value), handed to the encoder so it need not re-encode.
   */
  add(span: RawSpan, partition: number, offset: bigint, nowMs: number, bytes?: Uint8Array): AddResult {
    const key = `${span.tenantId}/${span.traceId}`;
    let trace = this.traces.get(key);
    if (trace === undefined) {
      const before = this.emitted.get(key);
      trace = new TraceBuffer(key, span.tenantId, span.traceId, before?.seq ?? 0, before !== undefined, before?.truncated ?? false);
    } else if (trace.ids.has(span.spanId)) {
      return { emissions: [], duplicate: true };
    }
    trace.add(span, bytes);
    trace.lastArrivalMs = nowMs;
    this.spanCount++;
    if (!trace.partitions.has(partition)) {
      trace.partitions.set(partition, offset);
      let index = this.held.get(partition);
      if (index === undefined) this.held.set(partition, (index = new Map()));
      index.set(key, offset);
    }
    this.traces.delete(key);
    this.traces.set(key, trace);
    this.ready.delete(key);
    if (this.isReady(trace)) this.ready.set(key, trace);

    const emissions: Emission[] = [];
    if (trace.spans.length >= this.options.maxSpansPerTrace) emissions.push(...this.emit(trace, 'span_cap', nowMs));
    while (this.spanCount > this.options.maxBufferedSpans) {
      const oldest = this.traces.values().next().value as TraceBuffer;
      emissions.push(...this.emit(oldest, 'buffer_full', nowMs));
    }
    return { emissions, duplicate: false };
  }

  /** Emits what became due by `nowMs`: early-complete traces and fragments, then quiet traces. */
  due(nowMs: number): Emission[] {
    const out: Emission[] = [];
    if (this.options.earlyCompletion) {
      for (const trace of this.ready.values()) {
        if (nowMs - trace.lastArrivalMs < this.options.completeQuietMs) break;
        out.push(...this.emit(trace, 'complete', nowMs));
      }
    }
    for (const trace of this.traces.values()) {
      if (nowMs - trace.lastArrivalMs < this.options.quietMs) break;
      out.push(...this.emit(trace, 'quiet', nowMs));
    }
    return out;
  }

  /** The lowest offset of `partition` among spans still buffered, or undefined when none is. */
  heldOffset(partition: number): bigint | undefined {
    const index = this.held.get(partition);
    if (index === undefined) return undefined;
    for (const offset of index.values()) return offset;
    return undefined;
  }

  /** Forgets everything: buffered spans (they will be read again) and the emitted-trace memory. */
  reset(): void {
    this.traces.clear();
    this.ready.clear();
    this.held.clear();
    this.emitted.clear();
    this.spanCount = 0;
  }

  /** Evidently complete, or a late fragment (nothing to wait for beyond the short quiet period). */
  private isReady(trace: TraceBuffer): boolean {
    return trace.isFragment || trace.complete;
  }

  private emit(trace: TraceBuffer, reason: EmitReason, nowMs: number): Emission[] {
    const order = trace.spans.map((_, i) => i).sort((a, b) => byStartThenId(trace.spans[a] as RawSpan, trace.spans[b] as RawSpan));
    const spans = order.map((i) => trace.spans[i] as RawSpan);
    const bytes = trace.bytes && order.map((i) => (trace.bytes as Uint8Array[])[i] as Uint8Array);
    const truncated = trace.truncated || reason === 'span_cap';
    // Encoded before the trace leaves the buffers: if encoding threw, its spans would stay held.
    const parts = this.encodeWithinLimit(trace, spans, bytes, truncated, nowMs);
    this.traces.delete(trace.key);
    this.ready.delete(trace.key);
    for (const partition of trace.partitions.keys()) this.held.get(partition)?.delete(trace.key);
    this.spanCount -= trace.spans.length;
    const delayMs = nowMs - trace.lastArrivalMs;
    if (this.options.rememberedTraces > 0) {
      this.emitted.delete(trace.key);
      this.emitted.set(trace.key, { seq: trace.seq + parts.length, truncated });
      if (this.emitted.size > this.options.rememberedTraces) this.emitted.delete(this.emitted.keys().next().value as string);
    }
    return parts.map(({ trace: t, bytes }, part) => ({
      trace: t,
      bytes,
      reason,
      delayMs,
      receivedAtMs: minReceivedAt(t.spans),
      overflowSpans: t.overflowSpanCount,
      part,
    }));
  }

  /** Builds the trace's record, split into consecutive fragments when it encodes over the limit. */
  private encodeWithinLimit(trace: TraceBuffer, spans: RawSpan[], spanBytes: Uint8Array[] | undefined, truncated: boolean, nowMs: number): Array<{ trace: StructuredTrace; bytes: Uint8Array }> {
    const build = (part: RawSpan[], index: number): StructuredTrace =>
      structuredTrace(trace.tenantId, trace.traceId, part, {
        isFragment: trace.isFragment || index > 0,
        fragmentSeq: trace.seq + index,
        truncated,
        // Spans past the cap travel in follow-up fragments, none is dropped: a fragment of a
        // truncated trace counts its spans as overflow.
        overflowSpanCount: trace.truncated ? part.length : 0,
        emittedAtMs: Math.floor(nowMs),
      });
    const whole = build(spans, 0);
    const bytes = this.options.encode(whole, spanBytes);
    if (bytes.length <= this.options.maxRecordBytes) return [{ trace: whole, bytes }];

    // Too big for one record: cut the (start-ordered) spans into chunks that each encode within
    // the limit, halving a chunk until it does. One span always fits: the stage rejects bigger ones.
    // Chunks are [from, to) ranges of the start-ordered spans.
    const target = Math.max(1, Math.ceil((spans.length * this.options.maxRecordBytes * 0.8) / bytes.length));
    const pending: Array<[number, number]> = [];
    for (let i = 0; i < spans.length; i += target) pending.push([i, Math.min(spans.length, i + target)]);
    const out: Array<{ trace: StructuredTrace; bytes: Uint8Array }> = [];
    while (pending.length > 0) {
      const [from, to] = pending.shift() as [number, number];
      const candidate = build(spans.slice(from, to), out.length);
      const encoded = this.options.encode(candidate, spanBytes?.slice(from, to));
      if (encoded.length <= this.options.maxRecordBytes || to - from === 1) {
        out.push({ trace: candidate, bytes: encoded });
      } else {
        const half = from + Math.ceil((to - from) / 2);
        pending.unshift([from, half], [half, to]);
      }
    }
    return out;
  }
}

function byStartThenId(a: RawSpan, b: RawSpan): number {
  if (a.startTimeUnixNano !== b.startTimeUnixNano) return a.startTimeUnixNano < b.startTimeUnixNano ? -1 : 1;
  return a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0;
}

function minReceivedAt(spans: readonly RawSpan[]): number {
  let min = Infinity;
  for (const s of spans) if (s.receivedAtMs > 0 && s.receivedAtMs < min) min = s.receivedAtMs;
  return Number.isFinite(min) ? min : 0;
}

/**
 * Builds a StructuredTrace over `spans` (in the given order): the parent/child edges among them,
 * the roots (spans whose parent is not in this record), the earliest start and the latest end.
 */
export function structuredTrace(
  tenantId: string,
  traceId: string,
  spans: RawSpan[],
  marks: Pick<StructuredTrace, 'isFragment' | 'fragmentSeq' | 'truncated' | 'overflowSpanCount' | 'emittedAtMs'>,
): StructuredTrace {
  const index = new Map<string, number>();
  for (let i = 0; i < spans.length; i++) index.set(spans[i].spanId, i);
  const spanEdges: SpanEdge[] = [];
  const rootIndices: number[] = [];
  let start = 0n;
  let end = 0n;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const parentIndex = s.parentSpanId === '' ? undefined : index.get(s.parentSpanId);
    if (parentIndex === undefined) rootIndices.push(i);
    else spanEdges.push({ parentIndex, childIndex: i });
    if (i === 0 || s.startTimeUnixNano < start) start = s.startTimeUnixNano;
    if (i === 0 || s.endTimeUnixNano > end) end = s.endTimeUnixNano;
  }
  return { tenantId, traceId, spans, spanEdges, rootIndices, startTimeUnixNano: start, endTimeUnixNano: end, spanCount: spans.length, ...marks };
}
