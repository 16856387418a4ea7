import type { Logger, Metrics } from '@tracehouse/observability';
import { decodeOrReject, PermanentError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { MAX_RECORD_BYTES, OTLP_SPANS, pipelineHeaders, RAW_SPANS, readPipelineHeaders } from '@tracehouse/topics';
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
 * its spans and returns one `raw-spans` record per span, keyed `tenant/traceId`, with the same
 * pipeline headers. It buffers nothing, so the runner commits as soon as the records are acked.
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
    };
  }

  handle(message: InboundMessage): OutboundMessage[] {
    const data = decodeOrReject('an otlp-spans record (OTLP TracesData protobuf)', () => OTLP_SPANS.decode(message.value));
    const { tenant, receivedAt } = readPipelineHeaders(message.headers, message.timestamp);
    let result;
    try {
      result = this.options.normalizer.normalize(data, { tenantId: tenant, receivedAtMs: receivedAt });
    } catch (err) {
      if (err instanceof InvalidSpanError) throw new PermanentError(`otlp-spans record at offset ${message.offset} holds a span the pipeline cannot identify: ${err.message}`, { cause: err });
      throw err;
    }
    const headers = pipelineHeaders(tenant, receivedAt);
    const out: OutboundMessage[] = new Array(result.spans.length);
    for (let i = 0; i < result.spans.length; i++) {
      const span = result.spans[i];
      let value = RAW_SPANS.encode(span);
      if (value.length > MAX_RECORD_BYTES) value = this.shrink(span, value.length, tenant);
      out[i] = { topic: this.options.outputTopic, key: RAW_SPANS.key(tenant, span.traceId), value, headers };
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

  private shrink(span: Parameters<typeof RAW_SPANS.encode>[0], size: number, tenant: string): Buffer {
    let value: Buffer | undefined;
    const steps = shrinkSpan(span, (s) => {
      value = RAW_SPANS.encode(s);
      return value.length <= MAX_RECORD_BYTES;
    });
    if (!steps || !value) {
      throw new PermanentError(`span ${span.spanId} of trace ${span.traceId} encodes to ${size} bytes, over the ${MAX_RECORD_BYTES}-byte record limit, even without its events, links and long values`, { reason: 'too-large' });
    }
    this.m.shrunk.inc({ tenant });
    this.options.logger.warn({ traceId: span.traceId, spanId: span.spanId, bytes: size, steps }, 'span over the record size limit was made smaller');
    return value;
  }
}
