import type { Logger, Metrics } from '@tracehouse/observability';
import { deadLetterRecord, decodeOrReject, DependencyUnavailableError, type InboundMessage, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';
import type { Redactor } from '@tracehouse/redaction';
import { OTLP_LOGS, readPipelineHeaders } from '@tracehouse/topics';
import { LogBatch, ViewDataRejectedError, type LogRow, type LogWriter } from '@tracehouse/trace-store';
import { buildLogRow, LogInputError, locateRecords, recordAlone, type LocatedRecord, type LogRejectReason } from './logs.processor';

/** The log path's name in metrics, logs and dead-letter headers. */
export const LOGS_STAGE = 'view-generator-logs';

/** Header a single record's dead-letter message adds: why it was left out (a {@link LogRejectReason}). */
export const LOG_DLQ_HEADERS = { reason: 'dlq-log-reason' } as const;

/** Options of {@link LogsHandler}. */
export interface LogsHandlerOptions {
  readonly writer: LogWriter;
  readonly redactor: Redactor;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Insert once this many records are buffered; also the cap of the buffer while ClickHouse is down. */
  readonly batchMaxRecords: number;
  /** Insert what is buffered once its oldest message is this old, ms. */
  readonly batchMaxAgeMs: number;
  /** Cap of the wait between insert attempts while ClickHouse fails, ms. */
  readonly retryMaxMs: number;
}

/** A message's rows, kept to write it alone when ClickHouse refuses a batch. */
interface BufferedMessage {
  readonly message: InboundMessage;
  readonly rows: LogRow[];
  readonly records: LocatedRecord[];
}

/** Buffered records and the offsets of the messages they came from. */
interface Buffer_ {
  batch: LogBatch;
  messages: BufferedMessage[];
  /** Per `topic\0partition`, the buffered offsets (a message redelivered after a failed insert is not buffered twice). */
  held: Map<string, Set<string>>;
  /** When its first message arrived (ms). */
  since: number;
}

/** A buffer being inserted, or waiting for its retry after a failed insert. */
interface Sealed extends Buffer_ {
  /** The insert under way; undefined once it failed, until the next attempt. */
  attempt: Promise<void> | undefined;
}

const emptyBuffer = (): Buffer_ => ({ batch: new LogBatch(), messages: [], held: new Map(), since: 0 });

/**
 * The `otlp-logs` consumer of the view-generator (the process owning the embedded ClickHouse
 * folder): `handle` decodes a record's LogsData into `logs` rows (redacted) and buffers them. A
 * buffer is sealed and inserted once it holds `batchMaxRecords` records or its oldest message is
 * `batchMaxAgeMs` old; while that insert runs (on the engine's threads) the next buffer fills, so
 * decoding and inserting overlap. At most one insert is under way: a full buffer waits for it.
 *
 * Until ClickHouse acknowledged an insert, `heldOffset` keeps the runner from committing past its
 * messages, so a crash re-reads them; `logs` collapses the replayed copies by their record hash
 * (idempotent). A failed insert keeps its batch and is retried with backoff from `flushDue`; once
 * the next buffer is full too, `handle` refuses input (the runner pauses and retries), so at most
 * two batches are held in memory.
 *
 * A record the processor cannot represent is dead-lettered alone (a LogsData holding only it, its
 * reason in {@link LOG_DLQ_HEADERS}), its message's other records written. When ClickHouse refuses
 * a batch's rows, each message is written alone and each record of a refused message alone, so
 * only the refused records are dead-lettered.
 */
export class LogsHandler implements StageHandler {
  private open: Buffer_ = emptyBuffer();
  private sealed: Sealed | undefined;
  private failures = 0;
  private retryAt = 0;
  private lastError: string | undefined;
  private outbox: OutboundMessage[] = [];
  private readonly m;

  constructor(private readonly options: LogsHandlerOptions) {
    const { metrics } = options;
    this.m = {
      consumed: metrics.counter('views_log_records_consumed_total', 'OTLP log records read from otlp-logs.', ['tenant']),
      written: metrics.counter('views_log_records_written_total', 'Log records inserted into the logs view and acknowledged by ClickHouse.'),
      deadLettered: metrics.counter('views_log_records_dead_lettered_total', 'Log records left out of the logs view and dead-lettered alone, by reason.', ['reason']),
      redacted: metrics.counter('views_log_values_redacted_total', 'Log attribute and body values replaced with REDACTED.'),
      inserts: metrics.counter('views_log_inserts_total', 'Log batch inserts, by outcome (ok, failed).', ['outcome']),
      buffered: metrics.gauge('views_buffered_log_records', 'Log records held in memory, not yet acknowledged by ClickHouse.'),
    };
  }

  /** Whether the last insert succeeded (part of the `clickhouse` readiness check). */
  get clickhouseAvailable(): boolean {
    return this.failures === 0;
  }

  /** The last insert error, for the readiness detail. */
  get lastInsertError(): string | undefined {
    return this.lastError;
  }

  async handle(message: InboundMessage): Promise<OutboundMessage[]> {
    const key = `${message.topic}\u0000${message.partition}`;
    if (this.open.held.get(key)?.has(message.offset) || this.sealed?.held.get(key)?.has(message.offset)) return this.takeOutbox();
    // The open buffer is full: wait for the insert under way, or refuse while the last one failed.
    while (this.open.batch.recordCount >= this.options.batchMaxRecords) {
      if (!this.sealed) this.seal();
      else if (this.sealed.attempt) await this.sealed.attempt;
      else throw new DependencyUnavailableError('clickhouse', `ClickHouse does not take log inserts (${this.lastError ?? 'unknown error'}); ${this.heldRecords()} records wait to be written.`);
    }
    const data = decodeOrReject('an otlp-logs record (OTLP LogsData protobuf)', () => OTLP_LOGS.decodeRecord(message.value, message.headers));
    const { tenant, receivedAt } = readPipelineHeaders(message.headers, message.timestamp);
    const records = locateRecords(data);
    this.m.consumed.inc({ tenant }, records.length);
    const rows: LogRow[] = [];
    const kept: LocatedRecord[] = [];
    let redacted = 0;
    for (const r of records) {
      try {
        const built = buildLogRow(r, { tenant, receivedAtMs: receivedAt }, this.options.redactor);
        // One row at a time: a value the encoder refuses costs only its record.
        this.open.batch.add([built.row]);
        rows.push(built.row);
        kept.push(r);
        redacted += built.redacted;
      } catch (err) {
        if (!(err instanceof LogInputError || err instanceof RangeError)) throw err;
        this.outbox.push(this.deadLetter(message, r, err, err instanceof LogInputError ? err.reason : 'unrepresentable'));
      }
    }
    if (redacted > 0) this.m.redacted.inc(redacted);
    if (rows.length > 0) {
      if (this.open.messages.length === 0) this.open.since = Date.now();
      this.open.messages.push({ message, rows, records: kept });
      let offsets = this.open.held.get(key);
      if (!offsets) this.open.held.set(key, (offsets = new Set()));
      offsets.add(message.offset);
      this.m.buffered.set(this.heldRecords());
    }
    if (this.open.batch.recordCount >= this.options.batchMaxRecords && !this.sealed) this.seal();
    return this.takeOutbox();
  }

  flushDue(now: number): OutboundMessage[] {
    const sealed = this.sealed;
    if (sealed && !sealed.attempt && now >= this.retryAt) this.start(sealed);
    if (!this.sealed && this.open.batch.recordCount > 0 && now - this.open.since >= this.options.batchMaxAgeMs) this.seal();
    return this.takeOutbox();
  }

  heldOffset(topic: string, partition: number): string | undefined {
    const key = `${topic}\u0000${partition}`;
    let lowest: bigint | undefined;
    for (const offsets of [this.open.held.get(key), this.sealed?.held.get(key)]) {
      for (const o of offsets ?? []) {
        const v = BigInt(o);
        if (lowest === undefined || v < lowest) lowest = v;
      }
    }
    return lowest?.toString();
  }

  reset(): void {
    // An insert under way may still land: harmless, `logs` collapses the copies when the
    // partitions are re-read. Its completion no longer touches this handler's state.
    this.sealed = undefined;
    this.open = emptyBuffer();
    this.outbox = [];
    this.m.buffered.set(0);
  }

  async drain(): Promise<OutboundMessage[]> {
    for (let round = 0; round < 2; round++) {
      if (this.sealed?.attempt) await this.sealed.attempt;
      const failed = this.sealed;
      if (failed && !failed.attempt) {
        this.start(failed);
        await failed.attempt;
      }
      if (!this.sealed && this.open.batch.recordCount > 0) await this.seal().attempt;
    }
    if (this.heldRecords() > 0) this.options.logger.warn({ records: this.heldRecords(), error: this.lastError }, 'could not write the buffered log records at shutdown; their offsets stay uncommitted and are read again');
    return this.takeOutbox();
  }

  private heldRecords(): number {
    return this.open.batch.recordCount + (this.sealed?.batch.recordCount ?? 0);
  }

  /** Moves the open buffer into the insert slot (which must be free) and starts its insert. */
  private seal(): Sealed {
    const sealed: Sealed = { ...this.open, attempt: undefined };
    this.open = emptyBuffer();
    this.sealed = sealed;
    this.start(sealed);
    return sealed;
  }

  /** Starts (or retries) the insert of the sealed buffer; never rejects. */
  private start(sealed: Sealed): void {
    sealed.attempt = this.insert(sealed).then(
      () => {
        if (this.sealed === sealed) this.sealed = undefined;
        if (this.failures > 0) this.options.logger.info({ failures: this.failures }, 'log inserts into ClickHouse succeed again');
        this.failures = 0;
        this.lastError = undefined;
        this.m.inserts.inc({ outcome: 'ok' });
        this.m.buffered.set(this.heldRecords());
      },
      (err: unknown) => {
        sealed.attempt = undefined;
        // A buffer dropped by a rebalance meanwhile: its messages will be read again.
        if (this.sealed !== sealed) return;
        this.failures++;
        this.lastError = err instanceof Error ? err.message : String(err);
        this.retryAt = Date.now() + Math.min(this.options.retryMaxMs, 100 * 2 ** Math.min(this.failures, 10));
        this.m.inserts.inc({ outcome: 'failed' });
        if (this.failures === 1) this.options.logger.warn({ err, records: sealed.batch.recordCount }, 'could not insert log records into ClickHouse; holding them and retrying');
      },
    );
  }

  /** Inserts a sealed buffer; when ClickHouse refuses its rows, isolates the refused records. Rejects when ClickHouse is unavailable. */
  private async insert(sealed: Sealed): Promise<void> {
    try {
      await this.options.writer.write(sealed.batch);
      this.m.written.inc(sealed.batch.recordCount);
    } catch (err) {
      if (!(err instanceof ViewDataRejectedError)) throw err;
      const out = await this.isolate(sealed, err);
      // Handed out only if this buffer is still the handler's (not reset by a rebalance meanwhile).
      if (this.sealed === sealed) this.outbox.push(...out);
    }
  }

  /** ClickHouse refused the batch's rows: each message alone, then each record of a refused message alone. */
  private async isolate(sealed: Sealed, cause: ViewDataRejectedError): Promise<OutboundMessage[]> {
    const out: OutboundMessage[] = [];
    for (const b of sealed.messages) {
      if (await this.tryWrite(b.rows)) continue;
      for (let i = 0; i < b.rows.length; i++) {
        if (!(await this.tryWrite([b.rows[i]]))) out.push(this.deadLetter(b.message, b.records[i], cause, 'refused_by_clickhouse'));
      }
    }
    return out;
  }

  /** Writes rows alone; false when ClickHouse refuses them, throws when it is unavailable. */
  private async tryWrite(rows: LogRow[]): Promise<boolean> {
    const batch = new LogBatch();
    batch.add(rows);
    try {
      await this.options.writer.write(batch);
      this.m.written.inc(rows.length);
      return true;
    } catch (err) {
      if (err instanceof ViewDataRejectedError) return false;
      throw err;
    }
  }

  private deadLetter(message: InboundMessage, r: LocatedRecord, err: unknown, reason: LogRejectReason): OutboundMessage {
    this.m.deadLettered.inc({ reason });
    this.options.logger.warn({ where: r.where, reason, error: err instanceof Error ? err.message : String(err), offset: message.offset }, 'a log record cannot be stored; dead-lettered it alone and stored the rest of its message');
    const record = deadLetterRecord(message, err, {
      stage: LOGS_STAGE,
      kind: 'permanent',
      reason: reason === 'refused_by_clickhouse' ? 'refused-by-store' : 'invalid',
      part: { value: OTLP_LOGS.encode(recordAlone(r)), description: `log record ${r.where}` },
    });
    return { ...record, headers: { ...record.headers, [LOG_DLQ_HEADERS.reason]: reason } };
  }

  private takeOutbox(): OutboundMessage[] {
    if (this.outbox.length === 0) return [];
    const out = this.outbox;
    this.outbox = [];
    return out;
  }
}
