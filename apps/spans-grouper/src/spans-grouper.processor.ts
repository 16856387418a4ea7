import { checkStructuredTrace, decodeWholeSpan, encodeRawSpan, SPAN_KINDS, type RawSpan, type SpanKind, type SpanEdge, type StructuredTrace, type TraceViolation } from '@tracehouse/model';
import { hexOfRange, SPAN_ID_BYTES, writeHexInto } from '@tracehouse/identity';
import type { SamplingDecision } from './sampling/tail-sampler';
import { areZipkinParts, contentDigest, deriveSpanId, mergeZipkinParts, withWarning, type RepairReason } from './span-identity';

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
  /**
   * How many emitted traces are remembered, so that a late span becomes a fragment of its trace
   * and a late span with a taken id is told from a replay.
   */
  readonly rememberedTraces: number;
  /**
   * At most this many emitted spans are remembered in all (ids, parents, content digest prefixes;
   * 21 bytes each); past it the least recently emitted traces are forgotten. Default 10 x
   * `maxBufferedSpans`.
   */
  readonly rememberedSpans?: number;
  /** Largest encoded record; a bigger trace is split into fragments. */
  readonly maxRecordBytes: number;
  /**
   * The `structured-traces` encoder (the record size decides splits; the bytes are reused).
   * `spanBytes`, when given, holds each span of `trace.spans` (same order) as it was read, encoded.
   */
  readonly encode: (trace: StructuredTrace, spanBytes?: readonly Uint8Array[]) => Uint8Array;
  /**
   * Tail sampling (absent: off, every trace kept): decides a trace from the spans it holds when it
   * is first emitted. The decision is remembered with the emitted trace (within
   * `rememberedTraces`), so its late fragments follow it; a fragment of a trace no longer
   * remembered is decided on its own spans.
   */
  readonly sample?: (tenantId: string, traceId: string, spans: readonly RawSpan[]) => SamplingDecision;
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
  /**
   * Spans the grouper repaired by the identity rules, by reason (on part 0 of an emission only, so
   * that a split trace counts them once).
   */
  readonly repairs: ReadonlyMap<RepairReason, number>;
  /**
   * Spans left out of this record because it still broke a StructuredTrace rule after the repairs
   * (a grouper bug): each is dead-lettered on its own, its trace goes out without it.
   */
  readonly invalid: readonly InvalidSpan[];
  /** The tail-sampling decision it went out under; absent when sampling is off. */
  readonly sampling?: SamplingDecision;
  /** Whether `sampling` was decided for this emission (false: a late fragment following its trace's decision). */
  readonly decidedNow?: boolean;
  /**
   * The trace was sampled out: `trace` (not encoded, `bytes` empty) is what was dropped; nothing is
   * to be written, its spans are only counted. They leave the buffers, so their offsets commit.
   */
  readonly dropped?: boolean;
}

/** A span the grouper could not make valid: dead-lettered alone, with the rule it broke. */
export interface InvalidSpan {
  readonly span: RawSpan;
  readonly violation: TraceViolation;
}

/** What one {@link TraceGrouper.add} call changed besides its emissions. */
export interface AddResult {
  readonly emissions: Emission[];
  /**
   * True when the span is a replay (same id and content as a span buffered or emitted, receive
   * time aside): it is dropped.
   */
  readonly duplicate: boolean;
}

/** The spans of one (tenant, trace id) buffered so far, with what completeness needs. */
class TraceBuffer {
  readonly spans: RawSpan[] = [];
  /** Each span as read, encoded; undefined for a span that came without bytes or was changed here (re-encoded at emission). */
  readonly bytes: Array<Uint8Array | undefined> = [];
  /** Span id -> index in `spans`. */
  readonly index = new Map<string, number>();
  /** Per span (same index): the content digests of the spans it stands for (a replay of any is dropped). */
  readonly digests: string[][] = [];
  /** Repairs made to this buffer's spans, by reason. */
  readonly repairs = new Map<RepairReason, number>();
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

  /** Adds a span whose id is not buffered. */
  add(span: RawSpan, bytes: Uint8Array | undefined, digest: string): void {
    this.index.set(span.spanId, this.spans.length);
    this.spans.push(span);
    this.bytes.push(bytes);
    this.digests.push([digest]);
    const children = this.waiting.get(span.spanId);
    if (children !== undefined) {
      this.orphans -= children;
      this.waiting.delete(span.spanId);
    }
    this.linkParent(span);
  }

  /** Replaces the span at `i` by `merged` (same id), which stands for one more content digest. */
  replace(i: number, merged: RawSpan, digest: string): void {
    const before = this.spans[i] as RawSpan;
    this.spans[i] = merged;
    this.bytes[i] = undefined;
    (this.digests[i] as string[]).push(digest);
    if (before.parentSpanId !== merged.parentSpanId || before.endTimeUnixNano !== merged.endTimeUnixNano) {
      this.unlinkParent(before);
      this.linkParent(merged);
    }
  }

  /** Whether someone buffered names `id` as its parent. */
  isWaitedFor(id: string): boolean {
    return this.waiting.has(id);
  }

  count(reason: RepairReason): void {
    this.repairs.set(reason, (this.repairs.get(reason) ?? 0) + 1);
  }

  private linkParent(span: RawSpan): void {
    if (span.parentSpanId === '') {
      if (span.endTimeUnixNano > 0n) this.rootEnded = true;
    } else if (!this.index.has(span.parentSpanId)) {
      this.orphans++;
      this.waiting.set(span.parentSpanId, (this.waiting.get(span.parentSpanId) ?? 0) + 1);
    }
  }

  private unlinkParent(span: RawSpan): void {
    // rootEnded stays: it only hastens emission, and a root that ended once did end.
    if (span.parentSpanId === '' || this.index.has(span.parentSpanId)) return;
    const n = this.waiting.get(span.parentSpanId);
    if (n === undefined) return;
    this.orphans--;
    if (n <= 1) this.waiting.delete(span.parentSpanId);
    else this.waiting.set(span.parentSpanId, n - 1);
  }

  /** Every span's parent is here and a root span has ended: nothing suggests more spans will come. */
  get complete(): boolean {
    return this.orphans === 0 && this.rootEnded;
  }
}

/** Bytes per entry of {@link EmittedTrace}'s id and parent lists, and of its digest prefixes. */
const ID_CHARS = SPAN_ID_BYTES;
const PRINT_CHARS = 4;
/** No parent, in {@link EmittedTrace}'s fixed-width parent list (an all-zero id is never a span's). */
const NO_PARENT = '\0'.repeat(ID_CHARS);
const packScratch = new Uint8Array(ID_CHARS);

/**
 * The first `chars` bytes written in `hex` (a span id, or a digest's prefix) as one character per
 * byte: V8 keeps such a string at one byte a character, half the size of the hex digits.
 */
function pack(hex: string, chars: typeof ID_CHARS | typeof PRINT_CHARS): string {
  writeHexInto(hex.length === chars * 2 ? hex : hex.slice(0, chars * 2), packScratch, 0);
  const b = packScratch;
  // Listed out: String.fromCharCode over a spread or an array would allocate one per call, on every emitted span.
  return chars === PRINT_CHARS ? String.fromCharCode(b[0], b[1], b[2], b[3]) : String.fromCharCode(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
}

/** A packed span id as 16 lowercase hex digits again. */
function unpackId(packed: string): string {
  for (let i = 0; i < ID_CHARS; i++) packScratch[i] = packed.charCodeAt(i);
  return hexOfRange(packScratch, 0, ID_CHARS);
}

/**
 * What the grouper keeps of a trace it emitted, so that a late span with a taken id is told apart
 * from a replay and a late span closing a parent cycle is seen: per emitted span its id, parent
 * and content digest prefix, packed in strings of one byte per character (21 bytes a span, against
 * ~1 KB for the span; hex digits took 41, and at 15,000 spans/s the 1.6 million spans remembered
 * after a few minutes were 62 MB of the grouper's heap). Not the spans themselves: a late Zipkin
 * part of an emitted span cannot be merged into it here (see {@link TraceGrouper.add}).
 */
class EmittedTrace {
  /** 8 characters (the id's bytes) per entry: span id. */
  private ids = '';
  /** 8 characters per entry: parent id, NO_PARENT when none. */
  private parents = '';
  /** 4 characters per entry: the first 4 bytes of the content digest. */
  private prints = '';
  /** One digit per entry: the span kind's index in SPAN_KINDS. */
  private kinds = '';
  /** Packed span id -> entry indices; built when a late span first asks, then kept up to date. */
  private lookup: Map<string, number[]> | undefined;

  constructor(
    public seq: number,
    public truncated: boolean,
    /** The tail-sampling decision of the trace, which its late fragments follow. */
    public decision: SamplingDecision | undefined,
  ) {}

  get size(): number {
    return this.ids.length / ID_CHARS;
  }

  /**
   * Adds the spans of one emission: one entry per content digest of each span. Appended as one
   * string per field, not span by span: V8 keeps `a += b` as a rope node per call, which would
   * cost more than the 16 characters it holds.
   */
  remember(spans: readonly RawSpan[], digests: readonly (readonly string[])[]): void {
    const ids: string[] = [];
    const parents: string[] = [];
    const prints: string[] = [];
    const kinds: string[] = [];
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i] as RawSpan;
      const spanDigests = digests[i] ?? [];
      if (spanDigests.length === 0) continue;
      const id = pack(s.spanId, ID_CHARS);
      const parent = s.parentSpanId === '' ? NO_PARENT : pack(s.parentSpanId, ID_CHARS);
      const kind = String(SPAN_KINDS.indexOf(s.kind));
      for (const d of spanDigests) {
        ids.push(id);
        parents.push(parent);
        prints.push(pack(d, PRINT_CHARS));
        kinds.push(kind);
      }
    }
    const first = this.size;
    this.ids += ids.join('');
    this.parents += parents.join('');
    this.prints += prints.join('');
    this.kinds += kinds.join('');
    if (this.lookup !== undefined) {
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as string;
        const list = this.lookup.get(id);
        if (list === undefined) this.lookup.set(id, [first + k]);
        else list.push(first + k);
      }
    }
  }

  /** Whether a span with this id went out. */
  has(spanId: string): boolean {
    return this.entries(spanId) !== undefined;
  }

  /** Whether a span with this id and content went out (a late copy of it is a replay). */
  hasContent(spanId: string, digest: string): boolean {
    const at = this.entries(spanId);
    if (at === undefined) return false;
    const print = pack(digest, PRINT_CHARS);
    return at.some((i) => this.prints.slice(i * PRINT_CHARS, (i + 1) * PRINT_CHARS) === print);
  }

  /** The kind of the emitted span with this id, undefined when no such span went out. */
  kindOf(spanId: string): SpanKind | undefined {
    const at = this.entries(spanId);
    return at === undefined ? undefined : SPAN_KINDS[Number(this.kinds[at[0] as number])];
  }

  /** The parent the emitted span with this id has, '' for none, undefined when no such span went out. */
  parentOf(spanId: string): string | undefined {
    const at = this.entries(spanId);
    if (at === undefined) return undefined;
    const p = this.parents.slice(at[0] * ID_CHARS, (at[0] + 1) * ID_CHARS);
    return p === NO_PARENT ? '' : unpackId(p);
  }

  private entries(spanId: string): number[] | undefined {
    if (this.lookup === undefined) {
      this.lookup = new Map();
      for (let i = 0; i < this.size; i++) {
        const id = this.ids.slice(i * ID_CHARS, (i + 1) * ID_CHARS);
        const list = this.lookup.get(id);
        if (list === undefined) this.lookup.set(id, [i]);
        else list.push(i);
      }
    }
    return this.lookup.get(pack(spanId, ID_CHARS));
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
  /** Recently emitted traces -> what their next record continues with, and their spans' identities. */
  private readonly emitted = new Map<string, EmittedTrace>();
  private rememberedSpanCount = 0;
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
    const before = this.emitted.get(key);
    if (trace === undefined) {
      trace = new TraceBuffer(key, span.tenantId, span.traceId, before?.seq ?? 0, before !== undefined, before?.truncated ?? false);
    }
    const admitted = this.admit(trace, before, span, bytes);
    if (admitted === 'replay') return { emissions: [], duplicate: true };
    trace.lastArrivalMs = nowMs;
    // A merged part adds no span to the buffer.
    if (admitted === 'added') this.spanCount++;
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

  /**
   * Applies the identity rules to a span about to join `trace` (`emitted`: what went out of it
   * before) and buffers what remains of it: 'added' as a span of its own, 'merged' into a
   * buffered span, or 'replay' (dropped). Only this span changes: spans already buffered or
   * emitted keep their ids, so the decision depends on partition order alone and a replay of the
   * same input decides the same.
   *
   * A late Zipkin part of a span that already went out is not merged into it: the grouper keeps
   * only ids and digests of emitted spans, not the spans (that would hold every remembered trace
   * in memory), so the part is kept as its own span under a derived id, with a warning.
   */
  private admit(trace: TraceBuffer, emitted: EmittedTrace | undefined, incoming: RawSpan, bytes: Uint8Array | undefined): 'added' | 'merged' | 'replay' {
    const originalId = incoming.spanId;
    const digest = contentDigest(incoming, bytes);
    let span = incoming;
    let spanBytes = bytes;
    const selfParent = span.parentSpanId === originalId;
    if (selfParent) {
      span = withWarning({ ...decodeWholeSpan(span, spanBytes), parentSpanId: '' }, `The span named itself (${originalId}) as its parent; that parent was dropped.`);
      spanBytes = undefined;
    }
    // Counted only once the span is known not to be a replay (a replay was counted the first time).
    const countSelfParent = (): void => {
      if (selfParent) trace.count('self_parent_cleared');
    };
    const at = trace.index.get(originalId);
    if (at !== undefined) {
      if ((trace.digests[at] as string[]).includes(digest)) return 'replay';
      const held = trace.spans[at] as RawSpan;
      if (areZipkinParts(held, span)) {
        // Spans decoded with a projection are read whole before they change.
        const merged = mergeZipkinParts(decodeWholeSpan(held, trace.bytes[at]), decodeWholeSpan(span, spanBytes));
        trace.replace(at, this.cutCycle(trace, emitted, merged, held.parentSpanId), digest);
        trace.count('zipkin_parts_merged');
        countSelfParent();
        return 'merged';
      }
    } else if (emitted === undefined || !emitted.has(originalId)) {
      countSelfParent();
      const kept = this.cutCycle(trace, emitted, span, undefined, spanBytes);
      // A span changed here must not be spliced from the bytes it was read with.
      trace.add(kept, kept === span ? spanBytes : undefined, digest);
      return 'added';
    } else if (emitted.hasContent(originalId, digest)) {
      return 'replay';
    }
    // The id is taken by a span with other content: this one keeps its data under a derived id
    // (unless that derived id went out or is buffered with this very content: a replay).
    let derived = '';
    for (let attempt = 0; derived === ''; attempt++) {
      const id = deriveSpanId(originalId, digest, attempt);
      const taken = trace.index.get(id);
      if (taken !== undefined) {
        if ((trace.digests[taken] as string[]).includes(digest)) return 'replay';
      } else if (emitted?.has(id) === true) {
        if (emitted.hasContent(id, digest)) return 'replay';
      } else {
        derived = id;
      }
    }
    const late = at === undefined ? ' (after that span had been written)' : '';
    span = withWarning({ ...decodeWholeSpan(span, spanBytes), spanId: derived }, `Span id ${originalId} was already taken in this trace by a span with different content${late}; this span keeps its data under the derived id ${derived}.`);
    trace.count('duplicate_id_derived');
    countSelfParent();
    // The server (consumer) half of a Zipkin shared span, or one of several consumers of one
    // message, after its client (producer) half: the half that kept the id becomes its parent, as
    // Jaeger's span-id deduplication does, so the call reads client -> server.
    const heldKind = at !== undefined ? (trace.spans[at] as RawSpan).kind : emitted?.kindOf(originalId);
    if ((heldKind === 'CLIENT' && span.kind === 'SERVER') || (heldKind === 'PRODUCER' && span.kind === 'CONSUMER')) {
      span = withWarning({ ...span, parentSpanId: originalId }, `Its parent is the ${heldKind} span ${originalId} that kept the id (a shared span id).`);
    }
    trace.add(this.cutCycle(trace, emitted, span), undefined, digest);
    return 'added';
  }

  /**
   * `span` without its parent when its parent chain (buffered and emitted spans) leads back to it:
   * the span that closes a cycle, the later one in partition order, loses the edge that closes it.
   * `unchangedParent`: the parent it had already been admitted with (no new edge, nothing to check).
   */
  private cutCycle(trace: TraceBuffer, emitted: EmittedTrace | undefined, span: RawSpan, unchangedParent?: string, bytes?: Uint8Array): RawSpan {
    const id = span.spanId;
    if (span.parentSpanId === '' || span.parentSpanId === unchangedParent) return span;
    // Only a span someone already names as parent can close a cycle (a new id nobody references cannot).
    if (!trace.isWaitedFor(id) && !trace.index.has(id) && emitted === undefined) return span;
    const limit = trace.spans.length + (emitted?.size ?? 0) + 2;
    let p = span.parentSpanId;
    for (let steps = 0; p !== '' && steps < limit; steps++) {
      if (p === id) {
        trace.count('parent_cycle_broken');
        return withWarning({ ...decodeWholeSpan(span, bytes), parentSpanId: '' }, `The span's parent ${span.parentSpanId} descends from the span itself (a parent cycle); the cycle is broken here and the span is shown as a root.`);
      }
      const i = trace.index.get(p);
      const next = i !== undefined ? (trace.spans[i] as RawSpan).parentSpanId : emitted?.parentOf(p);
      if (next === undefined) break;
      p = next;
    }
    return span;
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
    this.rememberedSpanCount = 0;
    this.spanCount = 0;
  }

  /** Evidently complete, or a late fragment (nothing to wait for beyond the short quiet period). */
  private isReady(trace: TraceBuffer): boolean {
    return trace.isFragment || trace.complete;
  }

  private emit(trace: TraceBuffer, reason: EmitReason, nowMs: number): Emission[] {
    // Decided once per trace, at its first emission, from every span held then; later fragments
    // follow the remembered decision (a replay after a crash re-decides from the same spans).
    let decision = this.emitted.get(trace.key)?.decision;
    let decidedNow = false;
    if (decision === undefined && this.options.sample !== undefined) {
      decision = this.options.sample(trace.tenantId, trace.traceId, trace.spans);
      decidedNow = true;
    }
    if (decision?.action === 'drop') return [this.drop(trace, reason, nowMs, decision, decidedNow)];
    const order = trace.spans.map((_, i) => i).sort((a, b) => byStartThenId(trace.spans[a] as RawSpan, trace.spans[b] as RawSpan));
    // Spans changed here (or read without their bytes) are encoded now; the others are spliced
    // in as read: re-encoding them all was half of the grouper's CPU.
    // None came with bytes (tenant from the header): the encoder writes the record whole.
    const bytes = trace.bytes.some((b) => b !== undefined) ? order.map((i) => trace.bytes[i] ?? encodeRawSpan(trace.spans[i] as RawSpan)) : undefined;
    const spans = order.map((i) => trace.spans[i] as RawSpan);
    const truncated = trace.truncated || reason === 'span_cap';
    // Encoded before the trace leaves the buffers: if encoding threw, its spans would stay held.
    const sampling = decision === undefined ? undefined : { rule: decision.rule, weight: decision.weight };
    const { parts, invalid } = this.encodeWithinLimit(trace, spans, bytes, truncated, nowMs, sampling);
    this.release(trace);
    const delayMs = nowMs - trace.lastArrivalMs;
    this.remember(trace, parts.length, truncated, decision);
    const none = new Map<RepairReason, number>();
    return parts.map(({ trace: t, bytes }, part) => ({
      trace: t,
      bytes,
      reason,
      delayMs,
      receivedAtMs: minReceivedAt(t.spans),
      overflowSpans: t.overflowSpanCount,
      part,
      repairs: part === 0 ? trace.repairs : none,
      invalid: part === 0 ? invalid : [],
      sampling: decision,
      decidedNow,
      dropped: false,
    }));
  }

  /**
   * A trace the sampler dropped: it leaves the buffers (its offsets may commit) unencoded, and is
   * remembered like an emitted trace, so a replay of its spans is told apart and its late
   * fragments are dropped too.
   */
  private drop(trace: TraceBuffer, reason: EmitReason, nowMs: number, decision: SamplingDecision, decidedNow: boolean): Emission {
    this.release(trace);
    this.remember(trace, 1, trace.truncated, decision);
    const dropped = structuredTrace(trace.tenantId, trace.traceId, trace.spans, {
      isFragment: trace.isFragment,
      fragmentSeq: trace.seq,
      truncated: trace.truncated,
      overflowSpanCount: 0,
      emittedAtMs: Math.floor(nowMs),
    });
    return {
      trace: dropped,
      bytes: new Uint8Array(0),
      reason,
      delayMs: nowMs - trace.lastArrivalMs,
      receivedAtMs: minReceivedAt(trace.spans),
      overflowSpans: 0,
      part: 0,
      repairs: new Map(),
      invalid: [],
      sampling: decision,
      decidedNow,
      dropped: true,
    };
  }

  /** Takes an emitted (or dropped) trace out of the buffers and the held offsets. */
  private release(trace: TraceBuffer): void {
    this.traces.delete(trace.key);
    this.ready.delete(trace.key);
    for (const partition of trace.partitions.keys()) this.held.get(partition)?.delete(trace.key);
    this.spanCount -= trace.spans.length;
  }

  /** Keeps what later spans of the emitted trace are checked against, within both memory bounds. */
  private remember(trace: TraceBuffer, records: number, truncated: boolean, decision: SamplingDecision | undefined): void {
    if (this.options.rememberedTraces <= 0) return;
    let memory = this.emitted.get(trace.key);
    if (memory === undefined) memory = new EmittedTrace(trace.seq + records, truncated, decision);
    else {
      this.emitted.delete(trace.key);
      this.rememberedSpanCount -= memory.size;
      memory.seq = trace.seq + records;
      memory.truncated = truncated;
    }
    memory.remember(trace.spans, trace.digests);
    this.emitted.set(trace.key, memory);
    this.rememberedSpanCount += memory.size;
    const maxSpans = this.options.rememberedSpans ?? 10 * this.options.maxBufferedSpans;
    while (this.emitted.size > this.options.rememberedTraces || (this.rememberedSpanCount > maxSpans && this.emitted.size > 1)) {
      const oldest = this.emitted.keys().next().value as string;
      this.rememberedSpanCount -= (this.emitted.get(oldest) as EmittedTrace).size;
      this.emitted.delete(oldest);
    }
  }

  /**
   * Builds the trace's record, split into consecutive fragments when it encodes over the limit.
   * Each record is checked against the rules its consumer's decoder applies
   * ({@link checkStructuredTrace}) before it is encoded: the identity rules have repaired every
   * case they know, so a span still breaking one is a bug; it is left out (and dead-lettered by
   * the caller) rather than the record, so its trace still goes out.
   */
  private encodeWithinLimit(
    trace: TraceBuffer,
    allSpans: RawSpan[],
    allBytes: Uint8Array[] | undefined,
    truncated: boolean,
    nowMs: number,
    sampling: StructuredTrace['sampling'],
  ): { parts: Array<{ trace: StructuredTrace; bytes: Uint8Array }>; invalid: InvalidSpan[] } {
    const build = (part: RawSpan[], index: number): StructuredTrace =>
      structuredTrace(trace.tenantId, trace.traceId, part, {
        isFragment: trace.isFragment || index > 0,
        fragmentSeq: trace.seq + index,
        truncated,
        // Spans past the cap travel in follow-up fragments, none is dropped: a fragment of a
        // truncated trace counts its spans as overflow.
        overflowSpanCount: trace.truncated ? part.length : 0,
        emittedAtMs: Math.floor(nowMs),
        ...(sampling !== undefined ? { sampling } : {}),
      });
    const { spans, bytes: spanBytes, invalid } = withoutInvalidSpans(allSpans, allBytes, (part) => build(part, 0));
    const whole = build(spans, 0);
    const bytes = this.options.encode(whole, spanBytes);
    if (bytes.length <= this.options.maxRecordBytes) return { parts: [{ trace: whole, bytes }], invalid };

    // Too big for one record: cut the (start-ordered) spans into chunks that each encode within
    // the limit, halving a chunk until it does. One span always fits: the stage rejects bigger ones.
    // Chunks are [from, to) ranges of the start-ordered spans. A chunk of a valid record is valid:
    // its edges are a subset, its ids unique.
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
    return { parts: out, invalid };
  }
}

/**
 * Leaves out the spans that make `build(spans)` break a StructuredTrace rule, until none does.
 * A rule broken without a span at fault (an edge index out of range) cannot come from
 * {@link structuredTrace}; should it, that is thrown, as the bug it is.
 */
export function withoutInvalidSpans(
  spans: RawSpan[],
  bytes: Uint8Array[] | undefined,
  build: (spans: RawSpan[]) => StructuredTrace,
): { spans: RawSpan[]; bytes: Uint8Array[] | undefined; invalid: InvalidSpan[] } {
  const invalid: InvalidSpan[] = [];
  for (;;) {
    const violations = checkStructuredTrace(build(spans));
    if (violations.length === 0) return { spans, bytes, invalid };
    const bad = new Map<number, TraceViolation>();
    for (const v of violations) {
      if (v.spanIndex === undefined) throw new Error(`the grouper built an invalid record: StructuredTrace.${v.field} ${v.detail}`);
      if (!bad.has(v.spanIndex)) bad.set(v.spanIndex, v);
    }
    // Dead-lettered whole: a span read with a projection is decoded whole from its bytes first.
    for (const [i, violation] of bad) invalid.push({ span: decodeWholeSpan(spans[i] as RawSpan, bytes?.[i]), violation });
    spans = spans.filter((_, i) => !bad.has(i));
    bytes = bytes?.filter((_, i) => !bad.has(i));
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
  marks: Pick<StructuredTrace, 'isFragment' | 'fragmentSeq' | 'truncated' | 'overflowSpanCount' | 'emittedAtMs' | 'sampling'>,
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
