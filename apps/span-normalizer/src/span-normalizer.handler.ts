import { bytesToHex } from '@tracehouse/identity';
import type { Logger, Metrics } from '@tracehouse/observability';
import { deadLetterRecord, decodeOrReject, PermanentError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { encodeRawSpan, type RawSpan, type RawSpanFragment } from '@tracehouse/model';
import type { TracesData } from '@tracehouse/otlp';
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
 * several; a span too big for a record alone is made smaller first, and one that is still too big
 * is dead-lettered alone (the rest of its trace goes on). It buffers nothing, so the runner commits
 * as soon as the records are acked.
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
    const tooBig: TooBig[] = [];
    for (const [traceId, spans] of byTrace(result.spans)) {
      const fragment: RawSpanFragment = { tenantId: tenant, traceId, spans };
      const key = RAW_SPANS.key(tenant, traceId);
      // One encode in the common case; per-span bytes only when the fragment must be split.
      const whole = RAW_SPANS.encode(fragment);
      const values = whole.length <= MAX_RECORD_BYTES ? [whole] : this.split(fragment, tooBig);
      for (const value of values) out.push({ topic: this.options.outputTopic, key, value, headers });
    }
    for (const big of tooBig) out.push(this.deadLetterSpan(message, data, big));
    const inCount = result.spans.length + (result.dropped.drop_rule ?? 0);
    if (inCount > 0) this.m.spansIn.inc({ tenant }, inCount);
    if (result.spans.length > tooBig.length) this.m.spansOut.inc({ tenant }, result.spans.length - tooBig.length);
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

  /**
   * The records of a fragment over the record size limit: spans too big alone made smaller, then runs
   * of spans. A span still too big is left out and added to `tooBig` (the caller dead-letters it).
   */
  private split(fragment: RawSpanFragment, tooBig: TooBig[]): Buffer[] {
    // Room for one span: the limit less the fragment's own fields and the span's tag and length.
    const room = MAX_RECORD_BYTES - RAW_SPANS.encode({ ...fragment, spans: [] }).length - 6;
    const spans: RawSpan[] = [];
    const spanBytes: Uint8Array[] = [];
    for (const span of fragment.spans) {
      // The span's ids before shrinking (it changes in place): the dead letter is found by them.
      const { spanId, traceId } = span;
      const encoded = encodeRawSpan(span);
      const size = encoded.length;
      const bytes = size <= room ? encoded : this.shrink(span, size, room, fragment.tenantId);
      if (bytes === undefined) {
        tooBig.push({ spanId, traceId, error: `span ${spanId} of trace ${traceId} encodes to ${size} bytes, over the ${room}-byte room for one span in a record, even without its events, links and long values` });
        continue;
      }
      spans.push(span);
      spanBytes.push(bytes);
    }
    this.m.split.inc({ tenant: fragment.tenantId });
    return spans.length === 0 ? [] : RAW_SPANS.encodeRecords({ ...fragment, spans }, MAX_RECORD_BYTES, spanBytes);
  }

  /**
   * A span too big for a record alone, dead-lettered by itself: an otlp-spans record of the span as
   * the collector wrote it (its resource and scope, no other span), replayable as it is.
   */
  private deadLetterSpan(message: InboundMessage, data: TracesData, big: TooBig): OutboundMessage {
    const value = otlpSpanAlone(data, big.traceId, big.spanId);
    const err = new PermanentError(big.error, { reason: 'too-large' });
    // Not found (ids the normalizer changed): the whole record is dead-lettered, as read.
    if (value === undefined) throw err;
    this.options.logger.warn({ traceId: big.traceId, spanId: big.spanId }, `${big.error}: the span is dead-lettered alone and the rest of its trace written`);
    return deadLetterRecord(message, err, { stage: STAGE, reason: 'too-large', part: { value, description: `span ${big.spanId}` } });
  }

  /** Makes `span` (in place) encode within `room` bytes; returns its bytes, or undefined when it cannot. */
  private shrink(span: RawSpan, size: number, room: number, tenant: string): Uint8Array | undefined {
    let value: Uint8Array | undefined;
    const steps = shrinkSpan(span, (s) => {
      value = encodeRawSpan(s);
      return value.length <= room;
    });
    if (!steps || !value) return undefined;
    this.m.shrunk.inc({ tenant });
    this.options.logger.warn({ traceId: span.traceId, spanId: span.spanId, bytes: size, steps }, 'span over the record size limit was made smaller');
    return value;
  }
}

/** A span left out of its fragment because it cannot fit a record even made smaller. */
interface TooBig {
  readonly spanId: string;
  readonly traceId: string;
  readonly error: string;
}

/** The OTLP span of `data` with these ids (hex, as the translation writes them), alone with its resource and scope, as an otlp-spans value. */
function otlpSpanAlone(data: TracesData, traceId: string, spanId: string): Buffer | undefined {
  for (const rs of data.resource_spans ?? []) {
    for (const ss of rs.scope_spans ?? []) {
      for (const span of ss.spans ?? []) {
        if (span.span_id && span.trace_id && bytesToHex(span.span_id) === spanId && bytesToHex(span.trace_id) === traceId) return Buffer.from(OTLP_SPANS.encode({ resource_spans: [{ ...rs, scope_spans: [{ ...ss, spans: [span] }] }] }));
      }
    }
  }
  return undefined;
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
