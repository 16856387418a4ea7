import type { ICustomPartitioner, Kafka, Message, PartitionMetadata, Producer } from 'kafkajs';
import type { Logger } from '@tracehouse/observability';
import { ensureTopics, keyPartition, type TopicSpec } from '@tracehouse/stage-runtime';
import type { SinkRecord, SpanSink } from '../ingest';

/**
 * Kafka did not take the records: it is down, did not acknowledge within the send timeout, or the
 * writer is stopping. Retryable: the receiver answers HTTP 503 + Retry-After / gRPC UNAVAILABLE.
 * Records of a timed-out batch may still be written later (at-least-once; downstream dedups by
 * (tenant, trace id, span id)).
 */
export class KafkaUnavailableError extends Error {
  readonly kind = 'retryable' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KafkaUnavailableError';
  }
}

/** Options of {@link KafkaSpanWriter}. */
export interface SpanWriterOptions {
  readonly kafka: Kafka;
  readonly topic: string;
  readonly logger: Logger;
  /** Idempotent producers, each owning the partitions p with p % producers = its index. */
  readonly producers: number;
  /** How long a record may wait for others to share its produce request. */
  readonly lingerMs: number;
  /** Upper bound of one produce request's keys + values + headers, over all its partitions. */
  readonly maxBatchBytes: number;
  /**
   * Upper bound of the records of one partition in one produce request: Kafka checks each
   * partition's record batch against the broker's `message.max.bytes` (1 MiB by default).
   */
  readonly maxPartitionBatchBytes: number;
  readonly maxBatchMessages: number;
  /** A batch not acknowledged within this time fails its requests with KafkaUnavailableError. */
  readonly sendTimeoutMs: number;
  /** Topics to create when missing, once Kafka answers (empty when an operator creates them). */
  readonly topics: readonly TopicSpec[];
  /** Cap of the backoff between reconnect attempts. */
  readonly reconnectMaxMs?: number;
  /** Called after each acknowledged batch (metrics). */
  readonly onBatch?: (stats: { messages: number; bytes: number; seconds: number }) => void;
}

interface WriteEntry {
  remaining: number;
  settled: boolean;
  resolve: () => void;
  reject: (err: Error) => void;
}

interface Queued {
  readonly message: Message;
  readonly partition: number;
  readonly bytes: number;
  readonly entry: WriteEntry;
}

type WriterState = 'connecting' | 'up' | 'down' | 'stopping' | 'stopped';

const HEADER_OVERHEAD = 64;
const METADATA_REFRESH_MS = 60_000;

/** One producer and the queue of records for its partitions; at most one produce request in flight. */
class Lane {
  producer: Producer | undefined;
  queue: Queued[] = [];
  head = 0;
  queuedBytes = 0;
  sending: Promise<void> | undefined;
  lingerTimer: NodeJS.Timeout | undefined;
  readonly partitionBytes = new Map<number, number>();

  get pending(): number {
    return this.queue.length - this.head;
  }
}

/**
 * The collector's Kafka port: writes `otlp-spans` records with idempotent producers (`acks=all`)
 * and resolves each {@link write} only once Kafka acknowledged every one of its records.
 *
 * Records are partitioned here (murmur2 of the key, as the Java client and kafkajs' default
 * partitioner key records, in 32-bit arithmetic: {@link keyPartition}) and handed to the producer that owns their partition. Each producer gathers records
 * of concurrent requests for up to `lingerMs` (or up to the batch bounds, per request and per
 * partition) and keeps exactly one `sendBatch` in flight, which the idempotent producer needs to
 * keep its per-partition sequence numbers in order. Several producers keep several requests in
 * flight, so throughput does not hang on one broker round trip.
 *
 * When a batch fails or times out, every request waiting on it or queued behind it is rejected,
 * every producer is replaced by a new one (a new producer id: kafkajs rolls back sequence numbers
 * on a failed send, and reusing them after a write that did land could make the broker discard a
 * later batch as a duplicate), and until the new producers have connected {@link write} rejects at
 * once and {@link available} is false (`/readyz` 503). The writer reconnects by itself.
 */
export class KafkaSpanWriter implements SpanSink {
  private state: WriterState = 'connecting';
  private readonly lanes: Lane[];
  private connecting: Promise<void> | undefined;
  private wakeReconnect: (() => void) | undefined;
  private lastError = 'not connected yet';
  /** Partitions of the topic, read when the producers connect (and refreshed while they run). */
  private partitionMetadata: PartitionMetadata[] = [];
  private metadataTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SpanWriterOptions) {
    this.lanes = Array.from({ length: Math.max(1, options.producers) }, () => new Lane());
  }

  /** True while records can be written (the producers are connected and the last batch succeeded). */
  get available(): boolean {
    return this.state === 'up';
  }

  /** Why the writer is not available, for logs and readiness details. */
  get unavailableReason(): string {
    return this.lastError;
  }

  /** Starts connecting in the background (never throws; retries with backoff until stopped). */
  start(): void {
    this.connecting ??= this.connectLoop();
  }

  /**
   * Writes the records and resolves once Kafka acknowledged all of them (acks=all). Rejects with
   * {@link KafkaUnavailableError} when Kafka is down or too slow; then none, some or all of the
   * records may have been written (at-least-once).
   */
  write(records: readonly SinkRecord[]): Promise<void> {
    if (this.state !== 'up') return Promise.reject(new KafkaUnavailableError(this.unavailableMessage()));
    if (records.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const entry: WriteEntry = { remaining: records.length, settled: false, resolve, reject };
      const touched = new Set<Lane>();
      for (const r of records) {
        const bytes = r.value.length + r.key.length + HEADER_OVERHEAD;
        const message: Message = { key: r.key, value: r.value, headers: r.headers as Record<string, string> };
        const partition = keyPartition(r.key, this.partitionMetadata.length);
        // kafkajs keeps an explicit partition as it is (see ownPartition).
        message.partition = partition;
        const lane = this.lanes[partition % this.lanes.length];
        lane.queue.push({ message, partition, bytes, entry });
        lane.queuedBytes += bytes;
        touched.add(lane);
      }
      for (const lane of touched) this.schedule(lane);
    });
  }

  /** Stops taking writes, sends what is queued (bounded by the send timeout), and disconnects. Idempotent. */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    const wasUp = this.state === 'up';
    this.state = 'stopping';
    this.wakeReconnect?.();
    if (wasUp) {
      // Drain what was accepted before the stop: those requests are still waiting for an answer.
      await Promise.all(
        this.lanes.map(async (lane) => {
          clearTimeout(lane.lingerTimer);
          while (lane.pending > 0 || lane.sending) {
            if (!lane.sending) lane.sending = this.sendLoop(lane, true);
            await lane.sending;
          }
        }),
      );
    }
    this.failQueued(new KafkaUnavailableError('The collector is shutting down.'));
    await this.connecting;
    clearInterval(this.metadataTimer);
    this.state = 'stopped';
    await Promise.all(this.lanes.map((lane) => this.replaceProducer(lane)));
  }

  private unavailableMessage(): string {
    if (this.state === 'stopping' || this.state === 'stopped') return 'The collector is shutting down.';
    return `Kafka cannot take data right now (${this.lastError}); retry later.`;
  }

  private schedule(lane: Lane): void {
    if (lane.sending) return;
    const full = lane.queuedBytes >= this.options.maxBatchBytes || lane.pending >= this.options.maxBatchMessages;
    if (full || this.options.lingerMs === 0) {
      clearTimeout(lane.lingerTimer);
      lane.lingerTimer = undefined;
      lane.sending = this.sendLoop(lane, false);
      return;
    }
    lane.lingerTimer ??= setTimeout(() => {
      lane.lingerTimer = undefined;
      if (!lane.sending) lane.sending = this.sendLoop(lane, false);
    }, this.options.lingerMs);
  }

  /** Sends the lane's batches while records are queued; one batch in flight at a time. */
  private async sendLoop(lane: Lane, draining: boolean): Promise<void> {
    // Yield first, so the caller's `lane.sending = sendLoop()` is set before the finally clears it.
    await Promise.resolve();
    try {
      while (lane.pending > 0 && (this.state === 'up' || (draining && this.state === 'stopping'))) {
        const batch = this.takeBatch(lane);
        if (batch.length === 0) continue;
        await this.sendOne(lane, batch);
      }
    } finally {
      lane.sending = undefined;
      // Records that arrived during the last send wait no longer than the linger for the next.
      if (lane.pending > 0 && this.state === 'up') this.schedule(lane);
    }
  }

  private takeBatch(lane: Lane): Queued[] {
    const batch: Queued[] = [];
    let bytes = 0;
    const perPartition = lane.partitionBytes;
    perPartition.clear();
    while (lane.head < lane.queue.length && batch.length < this.options.maxBatchMessages) {
      const q = lane.queue[lane.head];
      const inPartition = perPartition.get(q.partition) ?? 0;
      if (batch.length > 0 && (bytes + q.bytes > this.options.maxBatchBytes || inPartition + q.bytes > this.options.maxPartitionBatchBytes)) break;
      lane.head++;
      lane.queuedBytes -= q.bytes;
      if (q.entry.settled) continue;
      batch.push(q);
      bytes += q.bytes;
      perPartition.set(q.partition, inPartition + q.bytes);
    }
    // Taken records leave the queue at once: the batch holds what is sent, and the queue must not
    // keep sent values alive (it did until 4,096 had gone by: at 10,000 spans/s each producer's
    // queue then held the last ~36 s of record values, up to ~190 MB of Buffers, the collector's
    // RSS in bench:pipeline). A drained queue starts over; a long remainder is compacted.
    if (lane.head === lane.queue.length) {
      lane.queue = [];
      lane.head = 0;
    } else if (lane.head > 64 && lane.head * 2 > lane.queue.length) {
      lane.queue = lane.queue.slice(lane.head);
      lane.head = 0;
    }
    return batch;
  }

  private async sendOne(lane: Lane, batch: Queued[]): Promise<void> {
    const producer = lane.producer;
    const started = process.hrtime.bigint();
    let timer: NodeJS.Timeout | undefined;
    try {
      if (!producer) throw new KafkaUnavailableError('no producer');
      const send = producer.sendBatch({
        acks: -1,
        timeout: this.options.sendTimeoutMs,
        topicMessages: [{ topic: this.options.topic, messages: batch.map((q) => q.message) }],
      });
      // The send may settle after the timeout below; its outcome no longer matters then.
      send.catch(() => undefined);
      await Promise.race([
        send,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new KafkaUnavailableError(`Kafka did not acknowledge within ${this.options.sendTimeoutMs} ms`)), this.options.sendTimeoutMs);
        }),
      ]);
    } catch (err) {
      this.onSendFailed(err, batch);
      return;
    } finally {
      clearTimeout(timer);
    }
    let bytes = 0;
    for (const q of batch) {
      bytes += q.bytes;
      const e = q.entry;
      if (e.settled) continue;
      if (--e.remaining === 0) {
        e.settled = true;
        e.resolve();
      }
    }
    this.options.onBatch?.({ messages: batch.length, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  }

  private onSendFailed(err: unknown, batch: Queued[]): void {
    const reason = err instanceof Error ? err.message : String(err);
    const failure = new KafkaUnavailableError(`Kafka did not take the spans (${reason}); retry later.`, { cause: err });
    for (const q of batch) this.settleFailed(q.entry, failure);
    this.failQueued(failure);
    if (this.state !== 'up') return;
    this.lastError = `the last write failed: ${reason}`;
    this.options.logger.warn({ err, messages: batch.length }, 'writing to Kafka failed; answering 503 until new producers connect');
    this.state = 'down';
    for (const lane of this.lanes) void this.replaceProducer(lane);
    this.connecting = this.connectLoop();
  }

  /** Drops the lane's producer (disconnecting it in the background, whatever it still does). */
  private async replaceProducer(lane: Lane): Promise<void> {
    const old = lane.producer;
    lane.producer = undefined;
    await old?.disconnect().catch(() => undefined);
  }

  private settleFailed(entry: WriteEntry, err: Error): void {
    if (entry.settled) return;
    entry.settled = true;
    entry.reject(err);
  }

  private failQueued(err: Error): void {
    for (const lane of this.lanes) {
      for (let i = lane.head; i < lane.queue.length; i++) this.settleFailed(lane.queue[i].entry, err);
      lane.queue = [];
      lane.head = 0;
      lane.queuedBytes = 0;
      clearTimeout(lane.lingerTimer);
      lane.lingerTimer = undefined;
    }
  }

  /**
   * Reads the topic's partitions, as kafkajs' own metadata refresh would (its default max age is 5
   * minutes), so records are keyed to the partitions the topic has now.
   * @throws when the topic does not exist or has no partitions.
   */
  private async refreshPartitions(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [this.options.topic] });
      const partitions = topics[0]?.partitions ?? [];
      if (partitions.length === 0) throw new Error(`topic ${this.options.topic} has no partitions (does it exist? KAFKA_CREATE_TOPICS creates it)`);
      this.partitionMetadata = [...partitions].sort((a, b) => a.partitionId - b.partitionId);
    } finally {
      await admin.disconnect();
    }
  }

  private async connectLoop(): Promise<void> {
    const { kafka, logger } = this.options;
    const timeoutMs = Math.max(this.options.sendTimeoutMs, 15_000);
    for (let attempt = 1; this.state === 'connecting' || this.state === 'down'; attempt++) {
      const producers = this.lanes.map(() =>
        kafka.producer({
          idempotent: true,
          maxInFlightRequests: 1,
          allowAutoTopicCreation: false,
          // Every record carries its partition (see write); this partitioner only honours it.
          createPartitioner: ownPartition,
          // Bounded (kafkajs' idempotent default is to retry forever): requests must be answered.
          retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
        }),
      );
      try {
        await withTimeout(Promise.all(producers.map((p) => p.connect())), timeoutMs, 'connecting to Kafka');
        if (this.options.topics.length > 0) {
          const created = await withTimeout(ensureTopics(kafka, this.options.topics), timeoutMs, 'creating topics');
          if (created.length > 0) logger.info({ topics: created }, 'created missing topics');
        }
        await withTimeout(this.refreshPartitions(), timeoutMs, 'reading the topic metadata');
        if (this.state !== 'connecting' && this.state !== 'down') {
          await Promise.all(producers.map((p) => p.disconnect().catch(() => undefined)));
          return;
        }
        this.lanes.forEach((lane, i) => (lane.producer = producers[i]));
        this.state = 'up';
        this.lastError = '';
        this.metadataTimer ??= setInterval(() => void this.refreshPartitions().catch(() => undefined), METADATA_REFRESH_MS);
        this.metadataTimer.unref();
        logger.info({ attempt, producers: producers.length, partitions: this.partitionMetadata.length }, 'Kafka producers connected; accepting spans');
        return;
      } catch (err) {
        await Promise.all(producers.map((p) => p.disconnect().catch(() => undefined)));
        this.lastError = `cannot reach Kafka: ${err instanceof Error ? err.message : String(err)}`;
        const delay = Math.min(this.options.reconnectMaxMs ?? 5_000, 200 * 2 ** Math.min(attempt, 10));
        logger.warn({ err, attempt, retryInMs: delay }, 'Kafka producers cannot connect; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wakeReconnect = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeReconnect = undefined;
      }
    }
  }
}

/**
 * The producers' partitioner: every record already carries its partition (see
 * {@link KafkaSpanWriter.write}); a keyed record without one would get the same from its key.
 */
const ownPartition: ICustomPartitioner = () => ({ partitionMetadata, message }) =>
  message.partition ?? keyPartition(message.key ?? '', partitionMetadata.length);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => undefined);
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
