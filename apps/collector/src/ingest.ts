import { LogSplit } from '@tracehouse/otlp';
import { MAX_RECORD_BYTES, OTLP_LOGS, OTLP_SPANS } from '@tracehouse/topics';
import { prepareTraceRecords, type PrepareOptions } from './collector.processor';
import { IngestError } from './reasons';
import { ReceiverDecodeError } from './receivers/errors';
import { receiversByProtocol, type DecodedBody, type ReceiverDecoder } from './receivers/decoder';
import type { CollectorTelemetry, ProtocolLabel } from './telemetry';

/** A record as the Kafka port takes it. */
export interface SinkRecord {
  readonly key: string;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Where accepted spans go (the Kafka writer). `write` resolves only once every record is durable
 * (acknowledged by Kafka with acks=all) and rejects when it could not make them so; the caller
 * keeps ownership of nothing after the call. Not idempotent: a rejected write may have been
 * written in part, so a retry can duplicate records (downstream dedups by span id).
 */
export interface SpanSink {
  write(records: readonly SinkRecord[]): Promise<void>;
  /** False while writes would be refused at once (Kafka known to be down). */
  readonly available: boolean;
  /** Why writes are refused, when they are. */
  readonly unavailableReason: string;
}

/** What the collector answers for an accepted request. */
export interface IngestOutcome {
  readonly acceptedSpans: number;
  /** Spans of the request left out (invalid ids, too large): OTLP `partial_success.rejected_spans`. */
  readonly rejectedSpans: number;
  readonly sampledOutSpans: number;
  /** Why spans were rejected, naming the first one, when some were. */
  readonly rejectMessage?: string;
  /** Log records written (OTLP logs receivers; 0 for spans). Logs are written whole or refused, never in part. */
  readonly acceptedLogRecords?: number;
}

/** Options of {@link Ingest}. */
export interface IngestOptions extends Omit<PrepareOptions, 'maxRecordBytes'> {
  readonly zipkinParseStringTags: boolean;
  readonly maxRecordBytes?: number;
  /** The receivers whose decoders this path dispatches to: RECEIVERS (receivers/index.ts) in the collector. */
  readonly receivers: readonly ReceiverDecoder[];
  /**
   * Where log records go (the `otlp-logs` writer), with the same contract as the span sink. Without
   * one, a logs request is refused as Kafka unavailable (a collector wired for spans only).
   */
  readonly logSink?: SpanSink;
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/**
 * The path every receiver shares once it has a request body and a tenant. Logs (the OTLP logs
 * receivers) are split by key and written to `otlp-logs` whole; spans: decode (OTLP protobuf
 * only as far as routing needs: the splitter reads trace and span ids and copies span bytes),
 * split by trace, sample, write one `otlp-spans` record per trace (keyed by trace id, with the
 * pipeline headers) and wait for Kafka's acknowledgement. Counts everything in the telemetry.
 */
export class Ingest {
  private readonly prepare: PrepareOptions;
  private readonly decoders: ReadonlyMap<string, ReceiverDecoder>;
  private readonly logProtocols: ReadonlySet<string>;

  constructor(
    private readonly sink: SpanSink,
    private readonly telemetry: CollectorTelemetry,
    private readonly options: IngestOptions,
  ) {
    this.prepare = { samplingPercentage: options.samplingPercentage, samplingSeed: options.samplingSeed, maxRecordBytes: options.maxRecordBytes ?? MAX_RECORD_BYTES };
    this.decoders = receiversByProtocol(options.receivers);
    this.logProtocols = new Set(options.receivers.filter((r) => r.signal === 'logs').flatMap((r) => r.protocols));
  }

  /** True while Kafka takes writes: receivers refuse requests at once (503) when it does not. */
  get available(): boolean {
    return this.sink.available;
  }

  /**
   * Throws the retryable error a receiver answers with while Kafka is down, before reading a body:
   * for a logs protocol, while the `otlp-logs` writer is; for any other, while the span writer is
   * (so a missing `otlp-logs` topic never refuses spans).
   */
  assertAvailable(protocol?: ProtocolLabel): void {
    const sink = protocol !== undefined && this.logProtocols.has(protocol) ? this.options.logSink : this.sink;
    if (sink && !sink.available) throw new IngestError('kafka_unavailable', `Kafka cannot take data right now (${sink.unavailableReason}); retry later.`);
  }

  /**
   * Ingests one request body of `protocol` for `tenant`. Resolves once the accepted spans are
   * acknowledged by Kafka, with what was accepted, rejected and sampled out.
   * @throws {IngestError} bad input (nothing written), all spans invalid, or Kafka unavailable.
   */
  async ingest(protocol: ProtocolLabel, body: Uint8Array, tenant: string, receivedAtMs: number): Promise<IngestOutcome> {
    const decoded = this.decode(protocol, body, tenant);
    if (decoded instanceof LogSplit) return this.ingestLogs(protocol, decoded, tenant, receivedAtMs);
    const split = decoded;
    const prepared = prepareTraceRecords(split, this.prepare);
    const rejectedSpans = prepared.invalidSpans + prepared.oversizeSpans;
    const received = prepared.acceptedSpans + rejectedSpans + prepared.sampledOutSpans;
    this.telemetry.spansReceived(protocol, tenant, received);
    this.telemetry.spansSampledOut(protocol, tenant, prepared.sampledOutSpans);
    const rejectMessage = rejectedSpans > 0 ? `${rejectedSpans} of ${received} spans rejected; first: ${prepared.firstRejectReason ?? 'unknown'}.` : undefined;
    if (rejectedSpans > 0) {
      const reason = prepared.invalidSpans > 0 ? 'invalid_id' : 'span_too_large';
      if (prepared.records.length === 0 && prepared.sampledOutSpans === 0) {
        // Nothing of the request is usable: refuse it as a whole (a 4xx), so the sender sees it.
        throw new IngestError(reason, `No valid spans in the request: ${rejectMessage}`, { spans: rejectedSpans });
      }
      this.telemetry.rejected(protocol, tenant, reason, rejectedSpans, rejectMessage ?? '');
    }
    if (prepared.records.length > 0) {
      const headers = OTLP_SPANS.headers(tenant, receivedAtMs);
      const records: SinkRecord[] = prepared.records.map((r) => ({ key: OTLP_SPANS.key(r.traceId), value: asBuffer(r.value), headers }));
      try {
        await this.sink.write(records);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new IngestError('kafka_unavailable', message, { cause: err, spans: prepared.acceptedSpans });
      }
    }
    this.telemetry.spansAccepted(protocol, tenant, prepared.acceptedSpans);
    return { acceptedSpans: prepared.acceptedSpans, rejectedSpans, sampledOutSpans: prepared.sampledOutSpans, rejectMessage };
  }

  /**
   * Writes a logs request: one `otlp-logs` record per key (trace id, else service), all or nothing.
   * Head sampling is for traces only: log records are never sampled out, so the logs of a trace the
   * sampler dropped are still kept (and searchable), as the OpenTelemetry Collector's probabilistic
   * sampler leaves logs to its own, separate setting.
   */
  private async ingestLogs(protocol: ProtocolLabel, split: LogSplit, tenant: string, receivedAtMs: number): Promise<IngestOutcome> {
    this.telemetry.logRecordsReceived(protocol, tenant, split.records);
    const sink = this.options.logSink;
    if (split.parts.length > 0) {
      if (!sink) throw new IngestError('kafka_unavailable', 'This collector has no otlp-logs writer; logs cannot be taken.', { httpStatus: 503 });
      const headers = OTLP_LOGS.headers(tenant, receivedAtMs);
      const records: SinkRecord[] = split.parts.map((p) => ({ key: OTLP_LOGS.key(p.traceId === undefined ? { service: p.service } : { traceId: p.traceId }), value: asBuffer(p.value), headers }));
      try {
        await sink.write(records);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        throw new IngestError('kafka_unavailable', message, { cause: err });
      }
    }
    this.telemetry.logRecordsAccepted(protocol, tenant, split.records);
    return { acceptedSpans: 0, rejectedSpans: 0, sampledOutSpans: 0, acceptedLogRecords: split.records };
  }

  private decode(protocol: ProtocolLabel, body: Uint8Array, tenant: string): DecodedBody {
    const receiver = this.decoders.get(protocol);
    // Unreachable from the transports (they only produce protocols of the list); a bug if hit.
    if (!receiver) throw new Error(`No receiver decodes protocol ${protocol}`);
    const context = { zipkinParseStringTags: this.options.zipkinParseStringTags, maxRecordBytes: this.prepare.maxRecordBytes, onRepairs: (repairs: Readonly<Partial<Record<string, number>>>) => this.telemetry.spansRepaired(protocol, tenant, repairs) };
    try {
      return receiver.decode(protocol, body, context);
    } catch (err) {
      if (err instanceof ReceiverDecodeError) throw new IngestError(err.problem, err.message, { cause: err });
      throw err;
    }
  }
}

/** Encodes decoded `TracesData` once and splits it like an OTLP protobuf body (kept here for existing callers). */
export { tracesDataSplit } from './receivers/decoder';
