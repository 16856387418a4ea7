import type { Logger, Metrics } from '@tracehouse/observability';
import { decodeOrReject, PermanentError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { encodeRawSpan, type RawSpan, type RawSpanFragment } from '@tracehouse/model';
import { MAX_RECORD_BYTES, OTLP_SPANS, RAW_SPANS, readPipelineHeaders } from '@tracehouse/topics';
import { InvalidSpanError } from './processor/otlp-translate';
import { shrinkSpan, type DropReason, type SpanNormalizer } from './span-normalizer.processor';

/** The stage's name in metrics, logs and dead-letter headers. */
export const STAGE = 'span-normalizer';

/** Options of {@link SpanNormalizerHandler}. */
export interface SpanNormalizerHandlerOptions {
  readonly normalizer: SpanNormalizer;
  /** The `raw-spans` topic name. */
  readonly outputTopic: string;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Dropped spans are logged at most this often, as counts. */
  readonly dropLogIntervalMs: number;
}

/**
 * Bridges Kafka and the normalizer: decodes an `otlp-spans` record (OTLP `TracesData`), normalizes
 * its spans and returns one `raw-spans` record per trace in it (a RawSpanFragment, format 3: each
 * resource and scope written once; the collector writes one trace per record, so normally one record), keyed `tenant/traceId`, with the
 * same pipeline headers plus `format-version`. A fragment over the record size limit goes out as
 * several; a span too big for a record alone is made smaller first. It buffers nothing, so the
 * runner commits as soon as the records are acked.
 */
export class SpanNormalizerHandler implements StageHandler {
  private readonly m;
  /** Drops since the last log line, by `reason\0tenant`. */
  private readonly pendingDrops = new Map<string, number>();
  private lastDropLog = Date.now();

  constructor(private readonly options: SpanNormalizerHandlerOptions) {
    const { metrics } = options;
    this.m = {
      spansIn: metrics.counter('normalizer_spans_in_total', 'Spans read from otlp-spans.', ['tenant']),
      spansOut: metrics.counter('normalizer_spans_out_total', 'RawSpans written to raw-spans.', ['tenant']),
      dropped: metrics.counter('spans_dropped_total', 'Spans left out on purpose, by stage and reason.', ['stage', 'reason', 'tenant']),
      redacted: metrics.counter('normalizer_values_redacted_total', 'Attribute values and URL query parameters redacted.', ['tenant']),
      shrunk: metrics.counter('normalizer_spans_shrunk_total', 'Spans over the record size limit made smaller (events, links or long values cut).', ['tenant']),
      split: metrics.counter('normalizer_fragments_split_total', 'Trace fragments over the record size limit written as several raw-spans records.', ['tenant']),
    };
  }

  handle(message: InboundMessage): OutboundMessage[] {
    const data = decodeOrReject('an otlp-spans record (OTLP TracesData protobuf)', () => OTLP_SPANS.decodeRecord(message.value, message.headers));
    const { tenant, receivedAt } = readPipelineHeaders(message.headers, message.timestamp);
    let result;
    try {
      result = this.options.normalizer.normalize(data, { tenantId: tenant, receivedAtMs: receivedAt });
    } catch (err) {
      if (err instanceof InvalidSpanError) throw new PermanentError(`otlp-spans record at offset ${message.offset} holds a span the pipeline cannot identify: ${err.message}`, { cause: err });
      throw err;
    }
    const headers = RAW_SPANS.headers(tenant, receivedAt);
    const out: OutboundMessage[] = [];
    for (const [traceId, spans] of byTrace(result.spans)) {
      const fragment: RawSpanFragment = { tenantId: tenant, traceId, spans };
      const key = RAW_SPANS.key(tenant, traceId);
      // One encode in the common case; per-span bytes only when the fragment must be split.
      const whole = RAW_SPANS.encode(fragment);
      const values = whole.length <= MAX_RECORD_BYTES ? [whole] : this.split(fragment);
      for (const value of values) out.push({ topic: this.options.outputTopic, key, value, headers });
    }
    const inCount = result.spans.length + (result.dropped.drop_rule ?? 0);
    if (inCount > 0) this.m.spansIn.inc({ tenant }, inCount);
    if (result.spans.length > 0) this.m.spansOut.inc({ tenant }, result.spans.length);
    if (result.redacted > 0) this.m.redacted.inc({ tenant }, result.redacted);
    for (const [reason, count] of Object.entries(result.dropped) as Array<[DropReason, number]>) this.countDrop(reason, tenant, count);
    return out;
  }

  /** Logs the drops of the last interval as counts: one line per interval, never one per span. */
  flushDue(now: number): OutboundMessage[] {
    if (this.pendingDrops.size > 0 && now - this.lastDropLog >= this.options.dropLogIntervalMs) {
      const drops = [...this.pendingDrops].map(([key, count]) => {
        const [reason, tenant] = key.split('\u0000');
        return { reason, tenant, count };
      });
      this.options.logger.info({ drops, intervalMs: now - this.lastDropLog }, `dropped ${drops.reduce((a, d) => a + d.count, 0)} spans by rule`);
      this.pendingDrops.clear();
      this.lastDropLog = now;
    }
    return [];
  }

  private countDrop(reason: DropReason, tenant: string, count: number): void {
    this.m.dropped.inc({ stage: STAGE, reason, tenant }, count);
    const key = `${reason}\u0000${tenant}`;
    this.pendingDrops.set(key, (this.pendingDrops.get(key) ?? 0) + count);
  }

  /** The records of a fragment over the record size limit: spans too big alone made smaller, then runs of spans. */
  private split(fragment: RawSpanFragment): Buffer[] {
    // Room for one span: the limit less the fragment's own fields and the span's tag and length.
    const room = MAX_RECORD_BYTES - RAW_SPANS.encode({ ...fragment, spans: [] }).length - 6;
    const spanBytes = fragment.spans.map((span) => {
      const bytes = encodeRawSpan(span);
      return bytes.length <= room ? bytes : this.shrink(span, bytes.length, room, fragment.tenantId);
    });
    this.m.split.inc({ tenant: fragment.tenantId });
    return RAW_SPANS.encodeRecords(fragment, MAX_RECORD_BYTES, spanBytes);
  }

  /** Makes `span` (in place) encode within `room` bytes; returns its bytes. */
  private shrink(span: RawSpan, size: number, room: number, tenant: string): Uint8Array {
    let value: Uint8Array | undefined;
    const steps = shrinkSpan(span, (s) => {
      value = encodeRawSpan(s);
      return value.length <= room;
    });
    if (!steps || !value) {
      throw new PermanentError(`span ${span.spanId} of trace ${span.traceId} encodes to ${size} bytes, over the ${room}-byte room for one span in a record, even without its events, links and long values`, { reason: 'too-large' });
    }
    this.m.shrunk.inc({ tenant });
    this.options.logger.warn({ traceId: span.traceId, spanId: span.spanId, bytes: size, steps }, 'span over the record size limit was made smaller');
    return value;
  }
}

/** The spans grouped by trace id, in first-seen order (one group for a collector-written record). */
function byTrace(spans: RawSpan[]): Map<string, RawSpan[]> {
  const groups = new Map<string, RawSpan[]>();
  if (spans.length === 0) return groups;
  const first = spans[0].traceId;
  if (spans.every((s) => s.traceId === first)) return groups.set(first, spans);
  for (const s of spans) {
    const group = groups.get(s.traceId);
    if (group === undefined) groups.set(s.traceId, [s]);
    else group.push(s);
  }
  return groups;
}
