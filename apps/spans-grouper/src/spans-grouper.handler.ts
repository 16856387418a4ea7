import { SPAN_ID_BYTES, TRACE_ID_BYTES } from '@tracehouse/identity';
import { decodeWholeSpan, spanProjection, type RawSpan, type SpanProjection } from '@tracehouse/model';
import type { Logger, Metrics } from '@tracehouse/observability';
import { DLQ_HEADERS, decodeOrReject, dlqTopic, PermanentError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { RAW_SPANS, readPipelineHeaders, STRUCTURED_TRACES } from '@tracehouse/topics';
import type { Emission, TraceGrouper } from './spans-grouper.processor';
import { policyReadsAttributes, type SamplingPolicy } from './sampling/sampling-policy';
import { REPAIR_REASONS } from './span-identity';

const TRACE_ID_HEX_DIGITS = TRACE_ID_BYTES * 2;
const SPAN_ID_HEX_DIGITS = SPAN_ID_BYTES * 2;

/** The stage's name in metrics, logs and dead-letter headers. */
export const STAGE = 'spans-grouper';

/** Room kept in a record for the trace's own fields around one span. */
export const RECORD_OVERHEAD_BYTES = 4096;

/** Why the grouper leaves a span out, in one list (the `reason` label of `spans_dropped_total`). */
export const DROP_REASONS = [
  /**
   * A span with the id and content (receive time aside) of one buffered or already written for its
   * trace: an at-least-once replay of the same span.
   */
  'duplicate',
  /** A span that still broke a StructuredTrace rule after the identity repairs (a grouper bug): dead-lettered alone. */
  'invalid',
  /**
   * A span of a trace the tail-sampling policy dropped (or of a late fragment following such a
   * trace's decision); `grouper_sampling_spans_total` says by which rule.
   */
  'sampled_out',
] as const;

export { REPAIR_REASONS };

/** Options of {@link SpansGrouperHandler}. */
/**
 * What the grouper decodes of each span under a sampling policy (none: sampling off): no attribute
 * at all, unless a rule reads attributes (then everything). Its own rules read only ids, parents,
 * times, kind, service and status.
 */
export function grouperProjection(policy: SamplingPolicy | undefined): SpanProjection | undefined {
  return policy !== undefined && policyReadsAttributes(policy) ? undefined : NO_ATTRIBUTES;
}

const NO_ATTRIBUTES = spanProjection([]);

export interface SpansGrouperHandlerOptions {
  readonly grouper: TraceGrouper;
  /** The `raw-spans` topic name (the only input). */
  readonly inputTopic: string;
  /** The `structured-traces` topic name. */
  readonly outputTopic: string;
  /** Largest record value written; a raw span bigger than this minus the overhead is rejected. */
  readonly maxRecordBytes: number;
  /**
   * What is decoded of each span: whole when undefined. With a projection the spans' attributes
   * are not read (most of a span's decode time); the grouper writes spans on from the bytes they
   * came in, and decodes one whole only to change it (an identity repair).
   */
  readonly projection?: SpanProjection;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/**
 * Bridges Kafka and the {@link TraceGrouper}: decodes `raw-spans` records of any readable format
 * (1: one RawSpan per record, as normalizers before fragments write; 2: a RawSpanFragment, the spans
 * of one trace from one `otlp-spans` record, each with its resource; 3: the same with each resource
 * and scope written once), buffers their spans, and turns emitted traces into
 * `structured-traces` records keyed `tenant/traceId`. It tells the runner the oldest offset it
 * still holds per partition, so a crash or a rebalance re-reads every span that was not yet part
 * of a produced and acknowledged trace: a fragment's offset stays held while any of its spans is
 * buffered, since every span of it is added under that offset.
 *
 * Shutdown does not flush incomplete traces: their spans stay uncommitted and the partition's next
 * owner re-reads and groups them whole, instead of receiving them split in two.
 */
export class SpansGrouperHandler implements StageHandler {
  private readonly m;
  private readonly maxSpanBytes: number;

  constructor(private readonly options: SpansGrouperHandlerOptions) {
    const { metrics } = options;
    this.maxSpanBytes = options.maxRecordBytes - RECORD_OVERHEAD_BYTES;
    this.m = {
      spansIn: metrics.counter('grouper_spans_in_total', 'Raw spans read and buffered.', ['tenant']),
      recordsIn: metrics.counter('grouper_records_in_total', 'raw-spans records read, by value format (1: a span per record, 2: a trace fragment per record, 3: a trace fragment with each resource written once).', ['format']),
      dropped: metrics.counter('spans_dropped_total', 'Spans left out on purpose, by stage and reason.', ['stage', 'reason', 'tenant']),
      repaired: metrics.counter('spans_repaired_total', `Spans changed by the identity rules before writing, by stage and reason (${REPAIR_REASONS.join(', ')}).`, ['stage', 'reason', 'tenant']),
      emitted: metrics.counter('grouper_traces_emitted_total', 'Trace records written, by why they went out and whether they are follow-up fragments.', ['reason', 'fragment']),
      spansOut: metrics.counter('grouper_spans_out_total', 'Spans written inside trace records.', ['reason']),
      delay: metrics.histogram('grouper_emit_delay_seconds', "Time from a trace's last span arriving to its emission.", ['reason'], [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10, 15, 20, 30, 45, 60, 120]),
      overflow: metrics.counter('grouper_overflow_spans_total', 'Spans past the per-trace cap, written in follow-up fragments of a truncated trace.', []),
      evicted: metrics.counter('grouper_traces_evicted_total', 'Traces emitted early because the instance held GROUPER_MAX_BUFFERED_SPANS spans.', []),
      capped: metrics.counter('grouper_traces_truncated_total', 'Traces that reached GROUPER_MAX_SPANS_PER_TRACE and went out at the cap.', []),
      split: metrics.counter('grouper_records_split_total', 'Extra fragments written because a trace encoded over the record size limit.', []),
      bufferedSpans: metrics.gauge('grouper_buffered_spans', 'Spans buffered now.', []),
      bufferedTraces: metrics.gauge('grouper_buffered_traces', 'Traces buffered now.', []),
      sampledTraces: metrics.counter(
        'grouper_sampling_traces_total',
        'Tail-sampling decisions: traces kept or dropped, by the rule that decided ("otherwise": none matched), tenant and root_service (the service of the root span; the service label is the process). Once per trace; late fragments follow and are not counted again.',
        ['decision', 'rule', 'tenant', 'root_service'],
      ),
      sampledSpans: metrics.counter(
        'grouper_sampling_spans_total',
        "Spans kept (written) or dropped by tail sampling, late fragments included, by their trace's decision, rule, tenant and root service.",
        ['decision', 'rule', 'tenant', 'root_service'],
      ),
    };
  }

  handle(message: InboundMessage): OutboundMessage[] {
    // Copied once: spans are spliced from views into these bytes, and the fetched batch they would
    // otherwise be views of would stay in memory as long as a trace is buffered.
    const value = Buffer.from(message.value);
    const record = decodeOrReject('a raw-spans record (a RawSpan, or a RawSpanFragment under format-version 2 or 3)', () => RAW_SPANS.decodeRecord(value, message.headers, this.options.projection));
    this.m.recordsIn.inc({ format: String(record.formatVersion) });
    const { spans, spanBytes } = record;
    if (spans.length === 1 && value.length > this.maxSpanBytes) {
      throw new PermanentError(
        `raw-spans record at offset ${message.offset} is ${value.length} bytes: one span cannot exceed ${this.maxSpanBytes} bytes and still fit in a structured-traces record`,
        { reason: 'too-large' },
      );
    }
    let headerTenant: string | undefined;
    const offset = BigInt(message.offset);
    const now = Date.now();
    const out: OutboundMessage[] = [];
    let added = 0;
    let duplicates = 0;
    // Checked before any span is buffered: a record is rejected whole or taken whole.
    for (const span of spans) {
      if (span.traceId.length !== TRACE_ID_HEX_DIGITS || span.spanId.length !== SPAN_ID_HEX_DIGITS) {
        throw new PermanentError(`raw-spans record at offset ${message.offset} has trace id "${span.traceId}" and span id "${span.spanId}": expected ${TRACE_ID_HEX_DIGITS} and ${SPAN_ID_HEX_DIGITS} hex digits`);
      }
    }
    for (let i = 0; i < spans.length; i++) {
      let span = spans[i];
      // A fragment never holds a span too big for a record (the normalizer splits and shrinks);
      // should one, it is dead-lettered alone and the fragment's other spans go on.
      if (spanBytes[i].length > this.maxSpanBytes) {
        out.push(this.deadLetterSpan(decodeWholeSpan(span, spanBytes[i]), `span ${span.spanId} of the raw-spans record at offset ${message.offset} is ${spanBytes[i].length} bytes: one span cannot exceed ${this.maxSpanBytes} bytes and still fit in a structured-traces record`, 'too-large'));
        continue;
      }
      // A span without a tenant takes the header's; then its bytes lack it, so it is encoded anew.
      let bytes: Uint8Array | undefined = spanBytes[i];
      if (span.tenantId === '') {
        span = decodeWholeSpan(span, bytes);
        span.tenantId = headerTenant ??= readPipelineHeaders(message.headers, message.timestamp).tenant;
        bytes = undefined;
      }
      const { emissions, duplicate } = this.options.grouper.add(span, message.partition, offset, now, bytes);
      if (duplicate) duplicates++;
      else added++;
      if (emissions.length > 0) out.push(...this.toRecords(emissions));
    }
    const tenant = spans[0]?.tenantId ?? '';
    if (duplicates > 0) this.m.dropped.inc({ stage: STAGE, reason: 'duplicate', tenant }, duplicates);
    if (added > 0) this.m.spansIn.inc({ tenant }, added);
    return out;
  }

  flushDue(now: number): OutboundMessage[] {
    const out = this.toRecords(this.options.grouper.due(now));
    this.m.bufferedSpans.set(this.options.grouper.bufferedSpans);
    this.m.bufferedTraces.set(this.options.grouper.bufferedTraces);
    return out;
  }

  heldOffset(topic: string, partition: number): string | undefined {
    if (topic !== this.options.inputTopic) return undefined;
    return this.options.grouper.heldOffset(partition)?.toString();
  }

  reset(): void {
    const { bufferedSpans, bufferedTraces } = this.options.grouper;
    this.options.grouper.reset();
    if (bufferedSpans > 0) this.options.logger.info({ bufferedSpans, bufferedTraces }, 'consumer group re-synced: buffers dropped; their spans are re-read from the committed offsets');
  }

  private toRecords(emissions: Emission[]): OutboundMessage[] {
    if (emissions.length === 0) return [];
    const out: OutboundMessage[] = [];
    for (let i = 0; i < emissions.length; i++) {
      const e = emissions[i];
      const { trace } = e;
      if (e.sampling !== undefined) {
        const labels = { decision: e.sampling.action, rule: e.sampling.rule, tenant: trace.tenantId, root_service: e.sampling.service };
        if (e.decidedNow === true && e.part === 0) this.m.sampledTraces.inc(labels);
        this.m.sampledSpans.inc(labels, trace.spanCount);
      }
      if (e.dropped === true) {
        // Nothing written: counted, and out of the buffers so its offsets commit.
        this.m.dropped.inc({ stage: STAGE, reason: 'sampled_out', tenant: trace.tenantId }, trace.spanCount);
        this.m.delay.observe({ reason: e.reason }, e.delayMs / 1000);
        continue;
      }
      const key = STRUCTURED_TRACES.key(trace.tenantId, trace.traceId);
      out.push({ topic: this.options.outputTopic, key, value: Buffer.from(e.bytes.buffer, e.bytes.byteOffset, e.bytes.byteLength), headers: STRUCTURED_TRACES.headers(trace.tenantId, e.receivedAtMs) });
      this.m.emitted.inc({ reason: e.reason, fragment: trace.isFragment ? 'true' : 'false' });
      this.m.spansOut.inc({ reason: e.reason }, trace.spanCount);
      if (e.overflowSpans > 0) this.m.overflow.inc(e.overflowSpans);
      this.reportRepairs(e);
      for (const { span, violation } of e.invalid) {
        out.push(this.deadLetterSpan(span, `StructuredTrace.${violation.field} ${violation.detail} (rule ${violation.rule}); the span is left out of its trace, which went out without it`));
        this.m.dropped.inc({ stage: STAGE, reason: 'invalid', tenant: trace.tenantId });
      }
      // One trace split into several records: count the delay, eviction and cap once.
      if (e.part > 0) {
        this.m.split.inc();
        continue;
      }
      this.m.delay.observe({ reason: e.reason }, e.delayMs / 1000);
      if (e.reason === 'buffer_full') this.m.evicted.inc();
      if (e.reason === 'span_cap') this.m.capped.inc();
    }
    return out;
  }

  /** Counts a record's repairs by reason and logs them once for the record, never per span. */
  private reportRepairs(e: Emission): void {
    if (e.repairs.size === 0 && e.invalid.length === 0) return;
    const { tenantId: tenant, traceId, fragmentSeq } = e.trace;
    for (const [reason, n] of e.repairs) this.m.repaired.inc({ stage: STAGE, reason, tenant }, n);
    const invalid = e.invalid.map(({ span, violation }) => `${span.spanId}: ${violation.rule}`);
    this.options.logger.warn(
      { tenant, traceId, fragmentSeq, repairs: Object.fromEntries(e.repairs), ...(invalid.length > 0 ? { deadLetteredSpans: invalid } : {}) },
      invalid.length > 0
        ? `trace ${traceId}: spans repaired by the identity rules, and ${invalid.length} span(s) still invalid dead-lettered alone (a grouper bug)`
        : `trace ${traceId}: spans repaired by the identity rules (each repaired span carries a warning)`,
    );
  }

  /** One span as a record of the input's dead-letter topic (a one-span fragment), with the DLQ headers naming the stage and the rule it broke. */
  private deadLetterSpan(span: RawSpan, error: string, reason?: 'too-large'): OutboundMessage {
    return {
      topic: dlqTopic(this.options.inputTopic),
      key: RAW_SPANS.key(span.tenantId, span.traceId),
      value: RAW_SPANS.encode({ tenantId: span.tenantId, traceId: span.traceId, spans: [span] }),
      headers: {
        ...RAW_SPANS.headers(span.tenantId, span.receivedAtMs),
        [DLQ_HEADERS.stage]: STAGE,
        [DLQ_HEADERS.error]: error.slice(0, 2000),
        [DLQ_HEADERS.errorKind]: 'permanent',
        ...(reason !== undefined ? { [DLQ_HEADERS.reason]: reason } : {}),
        [DLQ_HEADERS.sourceTopic]: this.options.inputTopic,
        [DLQ_HEADERS.failedAt]: String(Date.now()),
      },
    };
  }
}
