import type { StructuredTrace } from '@tracehouse/model';
import type { Logger, Metrics } from '@tracehouse/observability';
import { deadLetterRecord, decodeOrReject, DependencyUnavailableError, PermanentError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, readPipelineHeaders } from '@tracehouse/topics';
import { ViewBatch, ViewDataRejectedError, type ViewWriter } from '@tracehouse/trace-store';
import { buildViewRows, ViewInputError, type BuildContext, type SpanRejectReason } from './view-generator.processor';

/** The stage's name in metrics, logs and dead-letter headers. */
export const STAGE = 'view-generator';

/** Options of {@link ViewGeneratorHandler}. */
export interface ViewGeneratorHandlerOptions {
  readonly writer: ViewWriter;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Insert once this many spans are buffered; also the cap of the buffer while ClickHouse is down. */
  readonly batchMaxSpans: number;
  /** Insert what is buffered once its oldest message is this old, ms. */
  readonly batchMaxAgeMs: number;
  /** Cap of the wait between insert attempts while ClickHouse fails, ms. */
  readonly retryMaxMs: number;
}

interface Held {
  /** The lowest buffered offset: the runner commits strictly below it. */
  lowest: bigint;
  /** Buffered offsets, so a message re-delivered after a failed batch is not buffered twice. */
  readonly offsets: Set<string>;
}

/** A batch and the offsets of the messages whose rows it holds, per `topic\0partition`. */
interface Buffered {
  readonly batch: ViewBatch;
  readonly held: Map<string, Held>;
  /** The messages whose rows the batch holds, to find the one ClickHouse refuses (see isolate). */
  readonly messages: InboundMessage[];
  /** When its first message arrived (ms). */
  since: number;
}

/** The batch being inserted, or waiting to be retried after a failed insert. */
interface Sealed extends Buffered {
  /** The attempt under way; undefined once it failed, until the next attempt starts. */
  attempt: Promise<void> | undefined;
  /** Once written: the dead-letter records of messages ClickHouse refused, not yet handed out. */
  deadLetters?: OutboundMessage[];
}

/**
 * Headers a single span's dead-letter record adds to the stage's (`dlq-stage`, `dlq-error`, ...): the
 * span's id and why it was left out (a {@link SpanRejectReason}).
 */
export const SPAN_DLQ_HEADERS = { spanId: 'dlq-span-id', reason: 'dlq-span-reason' } as const;

/** While an insert is under way, `handle` gives the event loop a turn after this many messages. */
const YIELD_EVERY = 32;

const emptyBuffer = (since: number): Buffered => ({ batch: new ViewBatch(), held: new Map(), messages: [], since });

/**
 * The view-generator as a sink on the stage runtime: `handle` turns an `enriched-traces` record into
 * view rows and buffers them (producing nothing). A buffer is sealed and inserted once it holds
 * `batchMaxSpans` spans or its oldest message is `batchMaxAgeMs` old; while that insert runs (on
 * the engine's threads) the next buffer fills, so decoding and inserting overlap. At most one
 * insert is under way: a full buffer waits for it.
 *
 * Until ClickHouse acknowledged a batch, `heldOffset` keeps the runner from committing past its
 * messages, so a crash or a rebalance re-reads them (and the views absorb the repeat). A failed
 * insert keeps its batch and is retried with backoff from `flushDue`; the `clickhouse` readiness
 * check fails; once the next buffer is full too, `handle` refuses input (the runner pauses the
 * partition and retries), so at most two batches are held in memory.
 *
 * When ClickHouse refuses the rows themselves (ViewDataRejectedError: retrying cannot help), the
 * batch is split in halves, recursively, until the refused messages are alone, and a refused
 * message's spans likewise until the refused spans are alone: everything else is written, and each
 * refused span is returned as a dead-letter record holding only that span (headers naming the
 * stage, the span and the reason) from the next call, its message's offset held until then. A span
 * the processor's own checks refuse is dead-lettered the same way at once. One bad span never
 * costs its trace.
 */
export class ViewGeneratorHandler implements StageHandler {
  private open: Buffered = emptyBuffer(0);
  private sealed: Sealed | undefined;
  private handledSinceYield = 0;
  private failures = 0;
  private retryAt = 0;
  private lastError: string | undefined;
  /** Dead-letter records to return from the current call. */
  private outbox: OutboundMessage[] = [];
  private readonly m;

  constructor(private readonly options: ViewGeneratorHandlerOptions) {
    const { metrics } = options;
    this.m = {
      traces: metrics.counter('views_trace_messages_total', 'enriched-traces messages turned into view rows.', ['tenant']),
      rows: metrics.counter('views_rows_written_total', 'Rows inserted into ClickHouse and acknowledged, by table.', ['table']),
      inserts: metrics.counter('views_inserts_total', 'Batch inserts, by outcome (ok, failed).', ['outcome']),
      insertSeconds: metrics.histogram('views_insert_duration_seconds', 'Time to insert one batch into every view.'),
      buffered: metrics.gauge('views_buffered_spans', 'Spans held in memory, not yet acknowledged by ClickHouse.'),
      refused: metrics.counter('views_refused_messages_total', 'Messages whose rows ClickHouse refused in part, their refused spans dead-lettered.'),
      spansDeadLettered: metrics.counter('views_dead_lettered_spans_total', 'Spans left out of the views and dead-lettered alone, their trace stored without them, by reason.', ['reason']),
    };
  }

  /** Whether the last insert into ClickHouse succeeded (the `clickhouse` readiness check). */
  get clickhouseAvailable(): boolean {
    return this.failures === 0;
  }

  /** The last insert error, for the readiness detail. */
  get lastInsertError(): string | undefined {
    return this.lastError;
  }

  async handle(message: InboundMessage): Promise<OutboundMessage[]> {
    const key = `${message.topic}\u0000${message.partition}`;
    if (!this.isBuffered(key, message.offset)) {
      const rowsBefore = this.open.batch.rowCount;
      const { tenant, deadLetters } = addRows(this.open.batch, message);
      this.m.traces.inc({ tenant });
      for (const record of deadLetters) this.deadLetterSpan(record);
      // A message without rows (a trace without spans) holds nothing back.
      if (this.open.batch.rowCount > rowsBefore) {
        this.hold(key, message.offset);
        this.open.messages.push(message);
      }
    }
    if (this.open.batch.spanCount >= this.options.batchMaxSpans) {
      await this.seal(Date.now(), true);
    } else if (this.sealed?.attempt && ++this.handledSinceYield >= YIELD_EVERY) {
      // An insert runs in steps (stage the file, insert spans, then trace fragments), each started
      // from a callback; a caller handling messages back to back would not let those run until
      // the next batch is full. One event-loop turn every few dozen messages keeps them going.
      this.handledSinceYield = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return this.takeOutbox();
  }

  /** Records that the open buffer holds rows of the message at this offset. */
  private hold(key: string, offset: string): void {
    if (this.open.held.size === 0) this.open.since = Date.now();
    const value = BigInt(offset);
    const held = this.open.held.get(key);
    if (held) {
      held.offsets.add(offset);
      if (value < held.lowest) held.lowest = value;
    } else {
      this.open.held.set(key, { lowest: value, offsets: new Set([offset]) });
    }
    this.updateBuffered();
  }


  /**
   * Starts the retry of a failed batch once its backoff has passed, and seals the open buffer when
   * it is full or old and no insert is under way. Never waits for an insert.
   */
  async flushDue(now: number): Promise<OutboundMessage[]> {
    this.release();
    const sealed = this.sealed;
    if (sealed && !sealed.attempt && !sealed.deadLetters && now >= this.retryAt) this.start(sealed);
    if (this.open.batch.rowCount > 0 && this.due(now)) await this.seal(now, false);
    return this.takeOutbox();
  }

  heldOffset(topic: string, partition: number): string | undefined {
    const key = `${topic}\u0000${partition}`;
    const a = this.sealed?.held.get(key)?.lowest;
    const b = this.open.held.get(key)?.lowest;
    const lowest = a === undefined ? b : b === undefined || a < b ? a : b;
    return lowest?.toString();
  }

  reset(): void {
    // An insert under way may still land: harmless, the views absorb the repeat when the
    // partitions are re-read. Its completion no longer touches this handler's state.
    this.sealed = undefined;
    this.open = emptyBuffer(0);
    this.outbox = [];
    this.updateBuffered();
  }

  /** Resolves once no insert is under way (whatever its outcome). */
  async settled(): Promise<void> {
    while (this.sealed?.attempt) await this.sealed.attempt;
  }

  async drain(): Promise<OutboundMessage[]> {
    await this.settled();
    try {
      this.release();
      if (this.sealed) {
        this.retryAt = 0;
        await this.insertNow(this.sealed);
      }
      if (this.open.batch.rowCount > 0) {
        await this.seal(Date.now(), true);
        await this.settled();
        this.release();
        if (this.sealed) throw new Error(this.lastError ?? 'the insert failed');
      }
    } catch (err) {
      const spans = (this.sealed?.batch.spanCount ?? 0) + this.open.batch.spanCount;
      this.options.logger.warn({ err, spans }, 'could not insert the last batches at shutdown; their messages stay uncommitted and will be re-read');
    }
    return this.takeOutbox();
  }

  /** A written batch with refused messages: its dead-letter records go out now, its offsets with them. */
  private release(): void {
    const sealed = this.sealed;
    if (!sealed?.deadLetters) return;
    this.outbox.push(...sealed.deadLetters);
    this.sealed = undefined;
    this.updateBuffered();
  }

  /** What this call returns: dead-letter records released so far. */
  private takeOutbox(): OutboundMessage[] {
    this.release();
    const out = this.outbox;
    this.outbox = [];
    return out;
  }

  private isBuffered(key: string, offset: string): boolean {
    return this.open.held.get(key)?.offsets.has(offset) === true || this.sealed?.held.get(key)?.offsets.has(offset) === true;
  }

  private due(now: number): boolean {
    return this.open.batch.spanCount >= this.options.batchMaxSpans || now - this.open.since >= this.options.batchMaxAgeMs;
  }

  /**
   * Seals the open buffer and starts inserting it. With an insert under way: when `wait`, waits for
   * it first (and throws DependencyUnavailableError if that batch still cannot be written);
   * otherwise leaves the buffer open for a later call.
   */
  private async seal(now: number, wait: boolean): Promise<void> {
    if (this.sealed) {
      if (!wait) return;
      await this.settled();
      this.release();
      if (this.sealed) {
        // The previous batch failed: retry it once its backoff has passed, else refuse for now.
        if (now < this.retryAt) {
          throw new DependencyUnavailableError('clickhouse', `ClickHouse insert failed ${this.failures} time(s) (${this.lastError ?? 'unknown error'}); holding ${this.sealed.batch.spanCount + this.open.batch.spanCount} spans until the next attempt`);
        }
        await this.insertNow(this.sealed);
        this.release();
      }
    }
    if (this.open.batch.rowCount === 0) return;
    const sealed: Sealed = { ...this.open, attempt: undefined };
    this.sealed = sealed;
    this.open = emptyBuffer(now);
    this.start(sealed);
  }

  /** Inserts a failed batch again and waits; throws DependencyUnavailableError if it still fails. */
  private async insertNow(sealed: Sealed): Promise<void> {
    this.start(sealed);
    await this.settled();
    if (this.sealed === sealed && !sealed.deadLetters) {
      throw new DependencyUnavailableError('clickhouse', `could not insert ${sealed.batch.spanCount} spans into ClickHouse: ${this.lastError ?? 'unknown error'}`);
    }
  }

  /** Starts one insert attempt of the sealed batch; its outcome updates the state when it settles. */
  private start(sealed: Sealed): void {
    const endTimer = this.m.insertSeconds.startTimer();
    sealed.attempt = this.options.writer
      .write(sealed.batch)
      .then(
        (): OutboundMessage[] => {
          this.countWritten(sealed.batch);
          return [];
        },
        (err: unknown) => {
          if (err instanceof ViewDataRejectedError) return this.isolate(sealed.messages, err);
          throw err;
        },
      )
      .then(
        (deadLetters) => {
          endTimer();
          this.m.inserts.inc({ outcome: 'ok' });
          sealed.attempt = undefined;
          if (this.sealed !== sealed) return; // dropped by a reset meanwhile
          if (this.failures > 0) this.options.logger.info({ failures: this.failures }, 'ClickHouse insert succeeded again; resuming');
          this.failures = 0;
          this.retryAt = 0;
          this.lastError = undefined;
          if (deadLetters.length > 0) {
            sealed.deadLetters = deadLetters; // handed out, offsets and all, by the next call
          } else {
            this.sealed = undefined;
            this.updateBuffered();
          }
        },
        (err: unknown) => {
          this.m.inserts.inc({ outcome: 'failed' });
          sealed.attempt = undefined;
          if (this.sealed !== sealed) return;
          this.failures++;
          this.lastError = err instanceof Error ? err.message : String(err);
          this.retryAt = Date.now() + Math.min(this.options.retryMaxMs, 100 * 2 ** Math.min(this.failures, 16));
          if (this.failures === 1) this.options.logger.warn({ err, spans: sealed.batch.spanCount }, 'ClickHouse insert failed; holding the batch uncommitted and retrying');
        },
      );
  }

  /**
   * Writes what ClickHouse accepts of these messages' rows, halving the set until each refused
   * message is alone, and resolves with the dead-letter records of the refused ones. Any other
   * error rejects: the whole batch is then retried, and what was already written is absorbed as a
   * repeat.
   */
  private async isolate(messages: readonly InboundMessage[], err: ViewDataRejectedError): Promise<OutboundMessage[]> {
    if (messages.length <= 1) {
      const [message] = messages;
      if (!message) return [];
      this.m.refused.inc();
      const { trace, context } = readMessage(message);
      // The spans the processor left out were dead-lettered when the message was handled.
      const refused = await this.isolateSpans(message, trace, context, keptIndices(trace, context), err);
      this.options.logger.warn(
        { err, topic: message.topic, partition: message.partition, offset: message.offset, traceId: trace.traceId, refusedSpans: refused.length, spans: trace.spans.length },
        'ClickHouse refused rows of a message; stored its other spans and dead-lettered the refused ones alone',
      );
      return refused;
    }
    const mid = Math.ceil(messages.length / 2);
    const out: OutboundMessage[] = [];
    for (const half of [messages.slice(0, mid), messages.slice(mid)]) {
      const batch = new ViewBatch();
      for (const message of half) addRows(batch, message);
      try {
        await this.options.writer.write(batch);
        this.countWritten(batch);
      } catch (e) {
        if (!(e instanceof ViewDataRejectedError)) throw e;
        out.push(...(await this.isolate(half, e)));
      }
    }
    return out;
  }

  /**
   * Writes the rows of these spans of one message, halving the set until each refused span is alone,
   * and resolves with the dead-letter records of the refused spans (one record per span).
   */
  private async isolateSpans(message: InboundMessage, trace: StructuredTrace, context: BuildContext, indices: readonly number[], err: ViewDataRejectedError): Promise<OutboundMessage[]> {
    if (indices.length <= 1) {
      const [index] = indices;
      if (index === undefined) return [];
      const record = spanDeadLetter(message, trace, index, err, 'refused_by_clickhouse');
      this.m.spansDeadLettered.inc({ reason: 'refused_by_clickhouse' });
      return [record];
    }
    const mid = Math.ceil(indices.length / 2);
    const out: OutboundMessage[] = [];
    for (const half of [indices.slice(0, mid), indices.slice(mid)]) {
      const batch = new ViewBatch();
      batch.add(buildViewRows(trace, context, new Set(half)));
      try {
        await this.options.writer.write(batch);
        this.countWritten(batch);
      } catch (e) {
        if (!(e instanceof ViewDataRejectedError)) throw e;
        out.push(...(await this.isolateSpans(message, trace, context, half, e)));
      }
    }
    return out;
  }

  /** A span the processor left out: its record goes out with this call's, its reason counted. */
  private deadLetterSpan(record: SpanDeadLetter): void {
    this.m.spansDeadLettered.inc({ reason: record.reason });
    this.options.logger.warn({ spanId: record.spanId, reason: record.reason, error: record.error }, 'a span cannot be stored; dead-lettered it alone and stored the rest of its trace');
    this.outbox.push(record.record);
  }

  private countWritten(batch: ViewBatch): void {
    for (const table of batch.tables()) {
      this.m.rows.inc({ table: table.table }, table.lines.length);
      for (const copy of table.copies ?? []) this.m.rows.inc({ table: copy.table }, table.lines.length);
    }
  }

  private updateBuffered(): void {
    this.m.buffered.set((this.sealed?.batch.spanCount ?? 0) + this.open.batch.spanCount);
  }
}

/** A message's trace and what building its rows needs from the message. */
function readMessage(message: InboundMessage): { trace: StructuredTrace; context: BuildContext } {
  const trace = decodeOrReject('an enriched-traces record (StructuredTrace protobuf)', () => ENRICHED_TRACES.decodeRecord(message.value, message.headers));
  const { tenant, receivedAt } = readPipelineHeaders(message.headers, message.timestamp);
  return { trace, context: { headerTenant: tenant, receivedAtMs: receivedAt } };
}

/** Indices of the spans the processor keeps (not left out by its checks), in order. */
function keptIndices(trace: StructuredTrace, context: BuildContext): number[] {
  const left = new Set(buildViewRows(trace, context).rejected.map((r) => r.index));
  return trace.spans.flatMap((_, i) => (left.has(i) ? [] : [i]));
}

/**
 * The dead-letter record of one span: the message as read with only that span in it (so a replay
 * of the record once the cause is fixed stores just that span, and its trace's other spans are not
 * written twice), with the stage's dead-letter headers and the span's id and reason.
 */
function spanDeadLetter(message: InboundMessage, trace: StructuredTrace, index: number, err: unknown, reason: SpanRejectReason): OutboundMessage {
  const span = trace.spans[index];
  // The runtime's reason list is what /metrics and `npm run dlq` filter by; the finer span reason
  // travels in its own header.
  const options = { stage: STAGE, kind: 'permanent', reason: reason === 'refused_by_clickhouse' ? 'refused-by-store' : 'invalid' } as const;
  if (!span) return deadLetterRecord(message, err, options);
  let value: Buffer | undefined;
  try {
    const alone: StructuredTrace = {
      ...trace,
      spans: [span],
      spanEdges: [],
      rootIndices: [0],
      spanCount: 1,
      startTimeUnixNano: span.startTimeUnixNano,
      endTimeUnixNano: span.endTimeUnixNano,
    };
    value = ENRICHED_TRACES.encode(alone);
  } catch {
    // A span whose ids the record format cannot hold: the message as read carries it.
  }
  const record = deadLetterRecord(message, err, value === undefined ? options : { ...options, part: { value, description: `span ${span.spanId.slice(0, 64)}` } });
  return { ...record, headers: { ...record.headers, [SPAN_DLQ_HEADERS.spanId]: span.spanId.slice(0, 64), [SPAN_DLQ_HEADERS.reason]: reason } };
}

/** A span the processor left out, as the handler dead-letters it. */
interface SpanDeadLetter {
  readonly spanId: string;
  readonly reason: SpanRejectReason;
  readonly error: string;
  readonly record: OutboundMessage;
}

/**
 * Decodes a message, builds its rows and adds them to the batch; resolves the tenant it counts
 * under and the dead-letter records of the spans the processor left out. Throws PermanentError for
 * a record no view can hold.
 */
function addRows(batch: ViewBatch, message: InboundMessage): { tenant: string; deadLetters: SpanDeadLetter[] } {
  const { trace, context } = readMessage(message);
  let deadLetters: SpanDeadLetter[] = [];
  try {
    const rows = buildViewRows(trace, context);
    batch.add(rows);
    deadLetters = rows.rejected.map((r) => {
      const error = new ViewInputError(r.message);
      return { spanId: trace.spans[r.index]?.spanId ?? '', reason: r.reason, error: r.message, record: spanDeadLetter(message, trace, r.index, error, r.reason) };
    });
  } catch (err) {
    if (err instanceof ViewInputError || err instanceof RangeError) {
      throw new PermanentError(`enriched-traces record at offset ${message.offset} cannot be written to the views: ${err.message}`, { cause: err, reason: err instanceof ViewInputError && err.subject === 'tenant' ? 'tenant-rejected' : 'invalid' });
    }
    throw err;
  }
  return { tenant: trace.tenantId || context.headerTenant, deadLetters };
}
