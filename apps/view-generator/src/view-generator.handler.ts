import type { Logger, Metrics } from '@tracehouse/observability';
import { decodeOrReject, DependencyUnavailableError, PermanentError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, readPipelineHeaders } from '@tracehouse/topics';
import { ViewBatch, type ViewWriter } from '@tracehouse/trace-store';
import { buildViewRows, ViewInputError } from './view-generator.processor';

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

/**
 * The view-generator as a sink on the stage runtime: `handle` turns an `enriched-traces` record into
 * view rows and buffers them (producing nothing); the batch is inserted once it holds
 * `batchMaxSpans` spans or its oldest message is `batchMaxAgeMs` old. Until ClickHouse acknowledged a
 * batch, `heldOffset` keeps the runner from committing past its messages, so a crash or a rebalance
 * re-reads them (and the views absorb the repeat). While ClickHouse fails, the batch is kept and
 * retried with backoff, `handle` refuses more input once the buffer is full (the runner pauses the
 * partition and retries), and the `clickhouse` readiness check fails.
 */
export class ViewGeneratorHandler implements StageHandler {
  private batch = new ViewBatch();
  private readonly held = new Map<string, Held>();
  private oldestAt: number | undefined;
  private failures = 0;
  private retryAt = 0;
  private lastError: string | undefined;
  private readonly m;

  constructor(private readonly options: ViewGeneratorHandlerOptions) {
    const { metrics } = options;
    this.m = {
      traces: metrics.counter('views_trace_messages_total', 'enriched-traces messages turned into view rows.', ['tenant']),
      rows: metrics.counter('views_rows_written_total', 'Rows inserted into ClickHouse and acknowledged, by table.', ['table']),
      inserts: metrics.counter('views_inserts_total', 'Batch inserts, by outcome (ok, failed).', ['outcome']),
      insertSeconds: metrics.histogram('views_insert_duration_seconds', 'Time to insert one batch into every view.'),
      buffered: metrics.gauge('views_buffered_spans', 'Spans held in memory, not yet acknowledged by ClickHouse.'),
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
    const held = this.held.get(key);
    if (!held?.offsets.has(message.offset)) {
      const trace = decodeOrReject('an enriched-traces record (StructuredTrace protobuf)', () => ENRICHED_TRACES.decode(message.value));
      const { tenant } = readPipelineHeaders(message.headers, message.timestamp);
      let rows;
      try {
        rows = buildViewRows(trace, { headerTenant: tenant });
        this.batch.add(rows);
      } catch (err) {
        if (err instanceof ViewInputError || err instanceof RangeError) {
          throw new PermanentError(`enriched-traces record at offset ${message.offset} cannot be written to the views: ${err.message}`, { cause: err });
        }
        throw err;
      }
      const offset = BigInt(message.offset);
      if (held) {
        held.offsets.add(message.offset);
        if (offset < held.lowest) held.lowest = offset;
      } else {
        this.held.set(key, { lowest: offset, offsets: new Set([message.offset]) });
      }
      this.oldestAt ??= Date.now();
      this.m.traces.inc({ tenant: trace.tenantId || tenant });
      this.m.buffered.set(this.batch.spanCount);
    }
    if (this.batch.spanCount >= this.options.batchMaxSpans) await this.flush(Date.now());
    return [];
  }

  async flushDue(now: number): Promise<OutboundMessage[]> {
    if (this.batch.rowCount === 0) return [];
    const full = this.batch.spanCount >= this.options.batchMaxSpans;
    const old = this.oldestAt !== undefined && now - this.oldestAt >= this.options.batchMaxAgeMs;
    if (full || old) await this.flush(now);
    return [];
  }

  heldOffset(topic: string, partition: number): string | undefined {
    return this.held.get(`${topic}\u0000${partition}`)?.lowest.toString();
  }

  reset(): void {
    this.batch = new ViewBatch();
    this.held.clear();
    this.oldestAt = undefined;
    this.m.buffered.set(0);
  }

  async drain(): Promise<OutboundMessage[]> {
    if (this.batch.rowCount === 0) return [];
    this.retryAt = 0;
    try {
      await this.flush(Date.now());
    } catch (err) {
      this.options.logger.warn({ err, spans: this.batch.spanCount }, 'could not insert the last batch at shutdown; its messages stay uncommitted and will be re-read');
    }
    return [];
  }

  /**
   * Inserts the batch; resolves once ClickHouse acknowledged every table, then forgets the batch
   * and its offsets. On failure keeps both and throws DependencyUnavailableError; further attempts
   * before the backoff has passed throw at once without contacting ClickHouse.
   */
  private async flush(now: number): Promise<void> {
    if (this.batch.rowCount === 0) return;
    if (now < this.retryAt) {
      throw new DependencyUnavailableError('clickhouse', `ClickHouse insert failed ${this.failures} time(s) (${this.lastError ?? 'unknown error'}); holding ${this.batch.spanCount} spans until the next attempt`);
    }
    const batch = this.batch;
    const endTimer = this.m.insertSeconds.startTimer();
    try {
      await this.options.writer.write(batch);
    } catch (err) {
      this.failures++;
      this.lastError = err instanceof Error ? err.message : String(err);
      this.retryAt = now + Math.min(this.options.retryMaxMs, 100 * 2 ** Math.min(this.failures, 16));
      this.m.inserts.inc({ outcome: 'failed' });
      if (this.failures === 1) this.options.logger.warn({ err, spans: batch.spanCount }, 'ClickHouse insert failed; holding the batch uncommitted and retrying');
      throw new DependencyUnavailableError('clickhouse', `could not insert ${batch.spanCount} spans into ClickHouse: ${this.lastError}`, { cause: err });
    }
    endTimer();
    if (this.failures > 0) this.options.logger.info({ failures: this.failures }, 'ClickHouse insert succeeded again; resuming');
    this.failures = 0;
    this.retryAt = 0;
    this.lastError = undefined;
    this.m.inserts.inc({ outcome: 'ok' });
    for (const table of batch.tables()) this.m.rows.inc({ table: table.table }, table.lines.length);
    this.batch = new ViewBatch();
    this.held.clear();
    this.oldestAt = undefined;
    this.m.buffered.set(0);
  }
}
