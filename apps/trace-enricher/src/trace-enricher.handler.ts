import { EntityValidationError } from '@tracehouse/entity-store';
import type { StructuredTrace } from '@tracehouse/model';
import type { Logger, Metrics } from '@tracehouse/observability';
import { DependencyUnavailableError, PermanentError, deadLetterRecord, decodeOrReject, describeError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, MAX_RECORD_BYTES, STRUCTURED_TRACES, readPipelineHeaders } from '@tracehouse/topics';
import type { EntityWriter } from './adapters/entity-writer';
import { OVERFLOW_API_NAME } from './processor/entities';
import type { TraceEnricher } from './processor/trace-enricher.processor';

/** The stage's name in metrics, logs and dead-letter headers. */
export const STAGE = 'trace-enricher';

/** Options of {@link TraceEnricherHandler}. */
export interface TraceEnricherHandlerOptions {
  readonly enricher: TraceEnricher;
  readonly writer: EntityWriter;
  /** The `enriched-traces` topic name. */
  readonly outputTopic: string;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Enricher failures are logged at most this often, as counts (default 10 s). */
  readonly failureLogIntervalMs?: number;
  /** Largest record value produced (default MAX_RECORD_BYTES). */
  readonly maxRecordBytes?: number;
}

/**
 * Bridges Kafka and the enricher: decodes a `structured-traces` record, runs the enrichers, makes
 * the entities it references durable (the store down: DependencyUnavailableError, so the runner
 * pauses and retries this same message, never skips it), and returns the enriched trace for
 * `enriched-traces` with the same key and pipeline headers. It buffers nothing.
 */
export class TraceEnricherHandler implements StageHandler {
  private readonly m;
  private readonly pendingFailures = new Map<string, number>();
  private readonly loggedFailure = new Set<string>();
  private lastFailureLog = Date.now();

  constructor(private readonly options: TraceEnricherHandlerOptions) {
    const { metrics } = options;
    this.m = {
      traces: metrics.counter('enricher_traces_total', 'Traces (or fragments) enriched.', ['tenant']),
      spans: metrics.counter('enricher_spans_total', 'Spans enriched.', ['tenant']),
      failures: metrics.counter('enricher_failures_total', 'Enrichers that threw on a trace (the others still ran), by enricher.', ['enricher']),
      overflow: metrics.counter('enricher_api_overflow_total', `API entries folded into ${OVERFLOW_API_NAME} because their service reached its API cap.`, ['tenant']),
      split: metrics.counter('enricher_records_split_total', 'Enriched traces over the record size limit, written as several records.'),
    };
  }

  handle(message: InboundMessage): OutboundMessage[] | Promise<OutboundMessage[]> {
    const what = 'a structured-traces record (StructuredTrace protobuf)';
    // Spans are read only as far as the enrichers look (their projection) and written back from the
    // bytes they came in, enrichment appended. A span that already carried an enrichment cannot be
    // (a reader would merge the two): that record is read whole and encoded whole.
    let { trace: input, spanBytes: splice } = decodeOrReject<{ trace: StructuredTrace; spanBytes: Uint8Array[] | undefined }>(what, () =>
      STRUCTURED_TRACES.decodeRecordSpans(message.value, message.headers, this.options.enricher.projection),
    );
    if (input.spans.some((s) => s.enrichment !== undefined)) {
      input = decodeOrReject(what, () => STRUCTURED_TRACES.decodeRecord(message.value, message.headers));
      splice = undefined;
    }
    const { tenant, receivedAt } = readPipelineHeaders(message.headers, message.timestamp);
    const result = this.options.enricher.enrich(input, tenant);
    for (const f of result.failures) this.countFailure(f.enricher, f.error, input);
    const overflow = result.entities.filter((e) => e.type === 'API' && e.name === OVERFLOW_API_NAME).length;
    if (overflow > 0) this.m.overflow.inc({ tenant }, overflow);
    const out = this.records(result.trace, splice, message.key ?? ENRICHED_TRACES.key(result.trace.tenantId || tenant, input.traceId), ENRICHED_TRACES.headers(tenant, receivedAt), { message, input });
    this.m.traces.inc({ tenant });
    this.m.spans.inc({ tenant }, input.spans.length);
    let pending: Promise<void> | undefined;
    try {
      pending = this.options.writer.ensure(result.entities);
    } catch (err) {
      throw classifyStoreError(err, input);
    }
    if (!pending) return out;
    return pending.then(
      () => out,
      (err: unknown) => {
        throw classifyStoreError(err, input);
      },
    );
  }

  /** Logs the enricher failures of the last interval as counts: one line per interval, never one per trace. */
  flushDue(now: number): OutboundMessage[] {
    const interval = this.options.failureLogIntervalMs ?? 10_000;
    if (this.pendingFailures.size > 0 && now - this.lastFailureLog >= interval) {
      this.options.logger.warn({ failures: Object.fromEntries(this.pendingFailures), intervalMs: now - this.lastFailureLog }, 'enrichers failed on some traces; the other enrichers ran');
      this.pendingFailures.clear();
      this.lastFailureLog = now;
    }
    return [];
  }

  /** Shutdown: writes the queued last-seen updates. */
  async drain(): Promise<OutboundMessage[]> {
    await this.options.writer.drain();
    return [];
  }

  private countFailure(enricher: string, error: unknown, trace: StructuredTrace): void {
    this.m.failures.inc({ enricher });
    this.pendingFailures.set(enricher, (this.pendingFailures.get(enricher) ?? 0) + 1);
    // The first failure of each enricher is logged in full, to find the bug; later ones as counts.
    if (!this.loggedFailure.has(enricher)) {
      this.loggedFailure.add(enricher);
      this.options.logger.error({ err: error, enricher, traceId: trace.traceId, tenant: trace.tenantId }, `enricher "${enricher}" failed; the others still ran (later failures are logged as counts)`);
    }
  }

  /**
   * The enriched trace as `enriched-traces` records (spans spliced from `spanBytes` when given). Enrichment makes a record bigger than the
   * grouper made it; one over the size limit is written as several records of the same key, each
   * a part of the spans (edges and roots re-indexed) with the same fragmentSeq and the whole
   * trace's enrichment; parts after the first are marked fragments. A span too big for a record on
   * its own once enriched is dead-lettered alone, as read (a one-span structured-traces record of
   * `source.input`), and the rest of its trace goes on.
   */
  private records(
    trace: StructuredTrace,
    spanBytes: readonly Uint8Array[] | undefined,
    key: Buffer | string,
    headers: Record<string, string>,
    source: { readonly message: InboundMessage; readonly input: StructuredTrace },
  ): OutboundMessage[] {
    const max = this.options.maxRecordBytes ?? MAX_RECORD_BYTES;
    const encode = (t: StructuredTrace, bytes: readonly Uint8Array[] | undefined): Buffer => (bytes === undefined ? ENRICHED_TRACES.encode(t) : ENRICHED_TRACES.encodeEnriched(t, bytes));
    const value = encode(trace, spanBytes);
    const topic = this.options.outputTopic;
    if (value.length <= max) return [{ topic, key, value, headers }];
    this.m.split.inc();
    const out: OutboundMessage[] = [];
    const queue: Array<{ from: number; to: number }> = [{ from: 0, to: trace.spans.length }];
    while (queue.length > 0) {
      const { from, to } = queue.shift() as { from: number; to: number };
      const part = slice(trace, from, to, out.length > 0);
      const bytes = encode(part, spanBytes?.slice(from, to));
      if (bytes.length <= max) out.push({ topic, key, value: bytes, headers });
      else if (to - from === 1) out.push(this.deadLetterSpan(source, from, spanBytes?.[from], `span ${trace.spans[from]?.spanId} of trace ${trace.traceId} encodes to ${bytes.length} bytes once enriched, over the ${max}-byte record limit`));
      else {
        const mid = from + Math.ceil((to - from) / 2);
        queue.unshift({ from, to: mid }, { from: mid, to });
      }
    }
    return out;
  }

  /**
   * Span `index` of the trace as read, alone in a structured-traces record (its bytes as read when
   * `bytes` is given, else encoded without enrichment), dead-lettered with reason `too-large`.
   */
  private deadLetterSpan(source: { readonly message: InboundMessage; readonly input: StructuredTrace }, index: number, bytes: Uint8Array | undefined, error: string): OutboundMessage {
    const { message, input } = source;
    const alone = { ...slice(input, index, index + 1, false), enrichment: undefined };
    const value = bytes !== undefined ? STRUCTURED_TRACES.encodeSpliced(alone, [bytes]) : STRUCTURED_TRACES.encode({ ...alone, spans: alone.spans.map((s) => ({ ...s, enrichment: undefined })) });
    const spanId = input.spans[index]?.spanId ?? '';
    this.options.logger.warn({ traceId: input.traceId, tenant: input.tenantId, spanId }, `${error}: the span is dead-lettered alone and the rest of its trace written`);
    return deadLetterRecord(message, new PermanentError(error, { reason: 'too-large' }), { stage: STAGE, reason: 'too-large', part: { value, description: `span ${spanId.slice(0, 64)}` } });
  }
}

/** The spans [from, to) of a trace as a record of their own. */
function slice(trace: StructuredTrace, from: number, to: number, fragment: boolean): StructuredTrace {
  const spans = trace.spans.slice(from, to);
  const inPart = (i: number): boolean => i >= from && i < to;
  const spanEdges = trace.spanEdges.filter((e) => inPart(e.parentIndex) && inPart(e.childIndex)).map((e) => ({ parentIndex: e.parentIndex - from, childIndex: e.childIndex - from }));
  const hasParent = new Set(spanEdges.map((e) => e.childIndex));
  const rootIndices = spans.map((_, i) => i).filter((i) => !hasParent.has(i));
  let start = spans[0]?.startTimeUnixNano ?? 0n;
  let end = 0n;
  for (const s of spans) {
    if (s.startTimeUnixNano < start) start = s.startTimeUnixNano;
    if (s.endTimeUnixNano > end) end = s.endTimeUnixNano;
  }
  // A fragment of a truncated trace counts all its spans as overflow (the grouper's rule); keep that per part.
  const overflowSpanCount = trace.overflowSpanCount === trace.spans.length ? spans.length : from === 0 ? trace.overflowSpanCount : 0;
  return { ...trace, spans, spanEdges, rootIndices, startTimeUnixNano: start, endTimeUnixNano: end, spanCount: spans.length, overflowSpanCount, isFragment: trace.isFragment || fragment };
}

/** Bad entities are the trace's fault (dead-letter it); anything else from the store means the store is not usable now (pause and retry). */
function classifyStoreError(err: unknown, trace: StructuredTrace): Error {
  if (err instanceof EntityValidationError) {
    return new PermanentError(`trace ${trace.traceId} of tenant ${trace.tenantId} references an entity the store rejects: ${err.message}`, { cause: err, reason: 'refused-by-store' });
  }
  return new DependencyUnavailableError('document store', `could not write the entities of trace ${trace.traceId}: ${describeError(err)}`, { cause: err });
}
