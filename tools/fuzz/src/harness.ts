// Runs one fuzz input through the collector's real ingest path and the span-normalizer's real
// handler, and says whether what happened is allowed. Allowed: the request is refused with a
// typed error that the transport answers with a 4xx and a message, or it is accepted (wholly or
// as a valid partial success) and every record the collector would write to otlp-spans is taken
// by the normalizer without a dead-letter (for OTLP logs: every otlp-logs record is turned into
// rows by the view-generator's log handler without a dead-letter). Anything else (another exception, a 5xx, a partial
// success without a message, a record the next stage refuses) is a bug, described in words.
import { createLogger, Metrics } from '@tracehouse/observability';
import { decodeLogsData, decodeTracesData } from '@tracehouse/otlp';
import { Redactor } from '@tracehouse/redaction';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import {
  CollectorTelemetry,
  DEFAULT_REDACT_KEYS,
  DEFAULT_REDACT_QUERY_PARAMS,
  Ingest,
  IngestError,
  LogsHandler,
  RECEIVERS,
  SpanNormalizer,
  SpanNormalizerHandler,
  type SinkRecord,
  type SpanSink,
} from './stages';

/** What became of one input. */
export type FuzzOutcome = 'accepted' | 'partial' | 'rejected';

/** The verdict on one input: its outcome, or the bug it showed. */
export interface FuzzVerdict {
  readonly outcome: FuzzOutcome | 'bug';
  /** HTTP status the collector answers with. */
  readonly status: number;
  /** For a bug: what went wrong, as a sentence. For a rejection: the error message. */
  readonly message?: string;
  /** Spans written to otlp-spans and normalized. */
  readonly spans: number;
}

/** Holds the records one request would write; never refuses (Kafka is not what is fuzzed). */
class RecordingSink implements SpanSink {
  readonly available = true;
  readonly unavailableReason = '';
  records: SinkRecord[] = [];
  async write(records: readonly SinkRecord[]): Promise<void> {
    this.records.push(...records);
  }
}

const TENANT = 'fuzz';
const RECEIVED_AT = 1_700_000_000_000;
const silent = { write: (): void => undefined };

/** The collector's ingest path and the normalizer's handler, wired once, reused for every input. */
export class FuzzHarness {
  private readonly sink = new RecordingSink();
  private readonly logSink = new RecordingSink();
  private readonly ingest: Ingest;
  private readonly handler: SpanNormalizerHandler;
  private readonly logsHandler: LogsHandler;
  private offset = 0;

  constructor() {
    const logger = createLogger('fuzz', { destination: silent, level: 'error' });
    const telemetry = new CollectorTelemetry(new Metrics('collector'), logger, 3_600_000);
    this.ingest = new Ingest(this.sink, telemetry, { samplingPercentage: 100, samplingSeed: 0, zipkinParseStringTags: false, receivers: RECEIVERS, logSink: this.logSink });
    this.logsHandler = new LogsHandler({
      // Never called: the batch is larger than any input, and reset after each one.
      writer: { write: () => Promise.reject(new Error('the fuzz harness stores nothing')) },
      redactor: new Redactor({ keys: [...DEFAULT_REDACT_KEYS], queryParams: [...DEFAULT_REDACT_QUERY_PARAMS] }),
      logger,
      metrics: new Metrics('view-generator'),
      batchMaxRecords: 1_000_000_000,
      batchMaxAgeMs: 3_600_000,
      retryMaxMs: 1_000,
    });
    this.handler = new SpanNormalizerHandler({
      normalizer: new SpanNormalizer({ dropRules: [], redactKeys: [...DEFAULT_REDACT_KEYS], redactQueryParams: [...DEFAULT_REDACT_QUERY_PARAMS], dbStatementMaxLength: 4096 }),
      outputTopic: 'raw-spans',
      logger,
      metrics: new Metrics('span-normalizer'),
      dropLogIntervalMs: 3_600_000,
    });
  }

  /** Runs `body` as a request of `protocol` (a label of RECEIVERS) and judges what happened. */
  async run(protocol: string, body: Uint8Array): Promise<FuzzVerdict> {
    this.sink.records = [];
    this.logSink.records = [];
    let outcome;
    try {
      outcome = await this.ingest.ingest(protocol, body, TENANT, RECEIVED_AT);
    } catch (err) {
      if (!(err instanceof IngestError)) return bug(`the decoder threw ${describeError(err)} instead of a typed decode error`);
      if (err.httpStatus < 400 || err.httpStatus >= 500) return bug(`refused with HTTP ${err.httpStatus} (${err.reason}): ${err.message}`);
      if (err.message.trim() === '') return bug(`refused with HTTP ${err.httpStatus} (${err.reason}) and no message`);
      if (this.sink.records.length > 0 || this.logSink.records.length > 0) return bug('refused, yet records were written');
      return { outcome: 'rejected', status: err.httpStatus, message: err.message, spans: 0 };
    }
    if (outcome.acceptedLogRecords !== undefined) return this.logsTaken(outcome.acceptedLogRecords);
    if (outcome.rejectedSpans > 0 && !outcome.rejectMessage) return bug(`a partial success of ${outcome.rejectedSpans} rejected spans without a message`);
    if (outcome.acceptedSpans === 0 && outcome.rejectedSpans > 0) return bug('a partial success that accepted nothing (must be a 4xx)');
    let written = 0;
    for (const record of this.sink.records) {
      const inbound: InboundMessage = { topic: 'otlp-spans', partition: 0, offset: String(this.offset++), key: Buffer.from(record.key), value: record.value, headers: record.headers, timestamp: RECEIVED_AT };
      let spansInRecord: number;
      try {
        spansInRecord = countSpans(record.value);
      } catch (err) {
        return bug(`the collector wrote an otlp-spans record it cannot read back: ${describeError(err)}`);
      }
      written += spansInRecord;
      let out;
      try {
        out = this.handler.handle(inbound);
      } catch (err) {
        return bug(`the span-normalizer refuses a record the collector accepted (dead-letter): ${describeError(err)}`);
      }
      if (spansInRecord > 0 && out.length === 0) return bug(`the span-normalizer wrote nothing for a record of ${spansInRecord} spans`);
    }
    if (written !== outcome.acceptedSpans) return bug(`the collector answered ${outcome.acceptedSpans} spans accepted but wrote ${written}`);
    return { outcome: outcome.rejectedSpans > 0 ? 'partial' : 'accepted', status: 200, message: outcome.rejectMessage, spans: written };
  }

  /** Every otlp-logs record the collector wrote becomes rows in the view-generator's log handler, none dead-lettered. */
  private async logsTaken(accepted: number): Promise<FuzzVerdict> {
    let written = 0;
    try {
      for (const record of this.logSink.records) {
        const inbound: InboundMessage = { topic: 'otlp-logs', partition: 0, offset: String(this.offset++), key: Buffer.from(record.key), value: record.value, headers: record.headers, timestamp: RECEIVED_AT };
        let records = 0;
        try {
          for (const rl of decodeLogsData(record.value).resource_logs ?? []) for (const sl of rl.scope_logs ?? []) records += sl.log_records?.length ?? 0;
        } catch (err) {
          return bug(`the collector wrote an otlp-logs record it cannot read back: ${describeError(err)}`);
        }
        written += records;
        let out;
        try {
          out = await this.logsHandler.handle(inbound);
        } catch (err) {
          return bug(`the view-generator refuses an otlp-logs record the collector accepted: ${describeError(err)}`);
        }
        if (out.length > 0) return bug(`the view-generator dead-letters ${out.length} log records the collector accepted: ${out[0]?.headers?.['dlq-error'] ?? ''}`);
      }
    } finally {
      this.logsHandler.reset();
    }
    if (written !== accepted) return bug(`the collector answered ${accepted} log records accepted but wrote ${written}`);
    return { outcome: 'accepted', status: 200, spans: written };
  }
}

function countSpans(value: Uint8Array): number {
  let n = 0;
  for (const rs of decodeTracesData(value).resource_spans ?? []) for (const ss of rs.scope_spans ?? []) n += ss.spans?.length ?? 0;
  return n;
}

function bug(message: string): FuzzVerdict {
  return { outcome: 'bug', status: 0, message, spans: 0 };
}

function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
