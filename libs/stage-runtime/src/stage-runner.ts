import { CompressionTypes, type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import type { Logger, Metrics, Readiness } from '@tracehouse/observability';
import { deadLetterReason, ERROR_KINDS, errorKind, isDeadLetterReason } from './errors';
import { murmur2Partitioner } from './kafka-hash';
import { deadLetterRecord, DLQ_HEADERS, type InboundMessage, type OutboundMessage } from './messages';
import { Mutex } from './mutex';
import type { StageHandler } from './stage-handler';

/** Options of a {@link StageRunner}. */
export interface StageRunnerOptions {
  /** The stage's name, in metrics, logs and dead-letter headers. */
  readonly stage: string;
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly inputTopic: string;
  readonly handler: StageHandler;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly readiness: Readiness;
  /** Upper bound of one fetch, in bytes. */
  readonly maxBatchBytes: number;
  /**
   * The broker answers a fetch once it has this many bytes for us, or after `fetchMaxWaitMs`
   * (default 256 KiB). Each fetch, and the produce request per partition batch it leads to, costs
   * CPU however little it brings; at a few MB/s waiting for a fuller fetch cuts their number by 6.
   * 1 MiB was measured and not kept: at 15,000 spans/s in bench:pipeline (topics of 5-17 MB/s,
   * whose fetches 256 KiB answers by size 20-65 times a second each) it saved CPU, 101.0 and 98.7 s
   * against 104.7 and 109.8 s per 60 s step (two runs of each, alternated; normalizer -15%, Kafka
   * -13%, grouper and enricher -9%), but each of the four hops then waited up to `fetchMaxWaitMs`
   * where it had waited 15-50 ms, and freshness p50 went over issue 13's 3 s floor in every run
   * (3.01-3.14 s, against 2.87-3.03 s). A 50 ms wait kept freshness but saved half as much at that
   * rate and cost more at low rates (twice the idle fetches); 800 ms view-generator batches, to win
   * the latency back, raised the view-generator's CPU at 15,000 spans/s by a fifth in full runs.
   */
  readonly fetchMinBytes?: number;
  /** The longest a fetch waits for `fetchMinBytes`, ms (default 100): the most it adds to a stage's latency. */
  readonly fetchMaxWaitMs?: number;
  /** Attempts for a message failing with an unclassified error before it is dead-lettered. */
  readonly processAttempts: number;
  /** Cap of the exponential backoff between retries, ms. */
  readonly retryMaxMs: number;
  /** How often `flushDue` runs without input, ms (default 250). */
  readonly tickMs?: number;
  /** Produced messages are sent in chunks of at most this many (default 1000). */
  readonly maxProduceBatch?: number;
  /** Dead-letter topic; `<inputTopic>.dlq` by default. */
  readonly dlqTopic?: string;
  /**
   * Commit at most this often, ms (default 0: after every batch). Fewer commits cost less at high
   * rates; a crash re-reads at most this much more. Commits still never pass unwritten work.
   */
  readonly commitIntervalMs?: number;
  /**
   * Consumer session timeout, ms (default {@link DEFAULT_SESSION_TIMEOUT_MS}): how long a member
   * that died without leaving the group (SIGKILL, OOM kill, a lost node) keeps its partitions, and
   * how long a member may go without a heartbeat before it is taken for dead.
   */
  readonly sessionTimeoutMs?: number;
}

/**
 * The session timeout a stage runs with unless told otherwise: 6 s, the broker's smallest
 * (`group.min.session.timeout.ms`). Takeover after a SIGKILL is about the session timeout plus one
 * heartbeat plus a rebalance (bench:takeover measures it); kafkajs offers no static membership
 * (it never sends `group.instance.id`) and no cooperative rebalancing (eager assignors only), so
 * this timeout is the one lever. The cost: a member that sends no heartbeat for this long (its
 * event loop blocked by a long GC or a synchronous call) is taken for dead, and its uncommitted
 * messages are processed again by the member that takes its partitions over. (A batch slower than
 * this did not cost the partitions in our runs: 14 s batches against a 6 s session on Kafka 4.1.)
 */
export const DEFAULT_SESSION_TIMEOUT_MS = 6_000;

/** Consumer-group timings for a session timeout: heartbeats every second (at most a third of the session). */
export function groupTimings(sessionTimeoutMs: number = DEFAULT_SESSION_TIMEOUT_MS): { sessionTimeout: number; heartbeatInterval: number; rebalanceTimeout: number } {
  return {
    sessionTimeout: sessionTimeoutMs,
    // A survivor learns of a rebalance at its next heartbeat: frequent heartbeats make takeover quick;
    // one small request per second per member costs the coordinator nothing.
    heartbeatInterval: Math.min(1_000, Math.floor(sessionTimeoutMs / 3)),
    rebalanceTimeout: 60_000,
  };
}

/** The variables of `stageSchema` (@tracehouse/config), as a stage's parsed config holds them. */
export interface StageSettings {
  readonly KAFKA_GROUP_ID: string;
  readonly STAGE_MAX_BATCH_BYTES: number;
  readonly STAGE_FETCH_MIN_BYTES: number;
  readonly STAGE_FETCH_MAX_WAIT_MS: number;
  readonly STAGE_PROCESS_ATTEMPTS: number;
  readonly STAGE_RETRY_MAX_MS: number;
  readonly STAGE_COMMIT_INTERVAL_MS: number;
  readonly STAGE_SESSION_TIMEOUT_MS: number;
}

/** The runner options every stage takes from its `stageSchema` variables, mapped in one place. */
export function stageRunnerSettings(config: StageSettings): Pick<StageRunnerOptions, 'groupId' | 'maxBatchBytes' | 'fetchMinBytes' | 'fetchMaxWaitMs' | 'processAttempts' | 'retryMaxMs' | 'commitIntervalMs' | 'sessionTimeoutMs'> {
  return {
    groupId: config.KAFKA_GROUP_ID,
    maxBatchBytes: config.STAGE_MAX_BATCH_BYTES,
    fetchMinBytes: config.STAGE_FETCH_MIN_BYTES,
    fetchMaxWaitMs: config.STAGE_FETCH_MAX_WAIT_MS,
    processAttempts: config.STAGE_PROCESS_ATTEMPTS,
    retryMaxMs: config.STAGE_RETRY_MAX_MS,
    commitIntervalMs: config.STAGE_COMMIT_INTERVAL_MS,
    sessionTimeoutMs: config.STAGE_SESSION_TIMEOUT_MS,
  };
}

/** Thrown inside the runner to abandon a batch at shutdown without committing it. */
class StageStopping extends Error {
  constructor() {
    super('the stage is stopping; the batch is abandoned uncommitted and will be re-read');
  }
}

const topicPartition = (topic: string, partition: number): string => `${topic}\u0000${partition}`;

const EMPTY = Buffer.alloc(0);

/** Runs once per message read: a plain loop over the header names, no entry arrays. */
function toInbound(topic: string, partition: number, m: KafkaMessage): InboundMessage {
  const headers: Record<string, string> = {};
  const raw = m.headers;
  if (raw) {
    for (const name in raw) {
      const value = raw[name];
      if (value === undefined) continue;
      const first = Array.isArray(value) ? value[0] : value;
      if (first !== undefined) headers[name] = first.toString();
    }
  }
  return { topic, partition, offset: m.offset, key: m.key ?? undefined, value: m.value ?? EMPTY, headers, timestamp: Number(m.timestamp) };
}

/**
 * The consume → process → produce → commit loop every consuming stage runs on (ARCHITECTURE.md,
 * "Delivery rules"): at-least-once, an offset is committed only once everything derived from the
 * messages below it was acknowledged by Kafka (`acks=all`, idempotent producer) or made durable by
 * the handler, and never at or past what the handler still buffers.
 *
 * - Undecodable or unprocessable messages go to `<input>.dlq` with the error in their headers, and
 *   the stage goes on; a dependency that is down pauses the partition (retry with backoff) instead.
 * - A rebalance re-reads every partition from its committed offset (kafkajs re-syncs positions), so
 *   the handler is told to `reset` its buffers.
 * - `stop()` (SIGTERM) finishes or abandons the batch under way, lets the handler drain what it can
 *   make durable, commits only that, then leaves the group.
 */
export class StageRunner {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly mutex = new Mutex();
  private readonly abort = new AbortController();
  /** Next offset after the last message fully handled, per partition (not yet necessarily committed). */
  private readonly processed = new Map<string, { topic: string; partition: number; next: bigint }>();
  private readonly committed = new Map<string, bigint>();
  private lastCommitAt = 0;
  private tick: NodeJS.Timeout | undefined;
  private joined = false;
  /**
   * Between kafkajs' REBALANCING and the next GROUP_JOIN: no input is read (the join can wait a
   * whole session timeout for a dead member), so timed flushes are held back (see onTick).
   */
  private rebalancing = false;
  private producing = true;
  private dependencyDown: string | undefined;
  private stopping = false;
  private started = false;
  /** kafkajs gave up on the consumer (a crash it does not restart): only a process restart helps. */
  private consumerDead = false;
  private stopPromise: Promise<void> | undefined;
  private readonly m;

  constructor(private readonly options: StageRunnerOptions) {
    const { kafka, groupId, metrics } = options;
    this.consumer = kafka.consumer({
      groupId,
      ...groupTimings(options.sessionTimeoutMs),
      maxBytes: options.maxBatchBytes,
      maxBytesPerPartition: Math.min(options.maxBatchBytes, 4 * 1024 * 1024),
      minBytes: options.fetchMinBytes ?? 256 * 1024,
      maxWaitTimeInMs: options.fetchMaxWaitMs ?? 100,
      allowAutoTopicCreation: false,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
    // Same partitions as kafkajs' default (Java's murmur2), without its BigInt arithmetic per record.
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: murmur2Partitioner });
    this.m = {
      in: metrics.counter('stage_messages_in_total', 'Messages read from the input topic.', ['stage', 'topic']),
      out: metrics.counter('stage_messages_out_total', 'Messages produced and acknowledged.', ['stage', 'topic']),
      errors: metrics.counter('stage_errors_total', 'Errors met while processing, by kind (permanent, dependency, unclassified, produce, commit).', ['stage', 'kind']),
      dlq: metrics.counter(
        'stage_dead_lettered_total',
        'Dead-letter records acknowledged by Kafka, by error kind and reason (DEAD_LETTER_REASONS), whether the runner or the handler built them.',
        ['stage', 'kind', 'reason'],
      ),
      batch: metrics.histogram('stage_batch_duration_seconds', 'Time to process, produce and commit one fetched batch.', ['stage']),
      lag: metrics.gauge('stage_consumer_lag', 'Messages between the last one processed and the partition end.', ['stage', 'topic', 'partition']),
      commits: metrics.counter('stage_commits_total', 'Offset commits sent.', ['stage']),
    };
    options.readiness.register('kafka', () => this.joined && this.producing);
    options.readiness.registerLiveness('kafka-consumer', () => !this.consumerDead);
    const { GROUP_JOIN, CRASH, STOP, REBALANCING } = this.consumer.events;
    this.consumer.on(REBALANCING, () => (this.rebalancing = true));
    this.consumer.on(GROUP_JOIN, (event) => {
      this.joined = true;
      options.logger.info({ assignment: event.payload.memberAssignment }, 'joined the consumer group');
      // Every assigned partition restarts from its committed offset: forget what was read past it.
      void this.mutex.run(async () => {
        this.processed.clear();
        this.committed.clear();
        options.handler.reset?.();
        // Only after the reset: a tick before it would flush what the reset is about to discard.
        this.rebalancing = false;
      });
    });
    this.consumer.on(CRASH, (event) => {
      this.joined = false;
      if (!event.payload.restart) this.consumerDead = true;
      // kafkajs restarts the consumer after retriable errors (a coordinator still loading at start-up):
      // that is a warning; only a crash it will not restart is an error.
      const log = event.payload.restart ? options.logger.warn.bind(options.logger) : options.logger.error.bind(options.logger);
      log({ err: event.payload.error, restart: event.payload.restart }, event.payload.restart ? 'consumer restarting after a retriable error' : 'consumer crashed and will not restart; /healthz fails');
    });
    this.consumer.on(STOP, () => (this.joined = false));

    options.readiness.register('dependencies', () => {
      if (this.dependencyDown) throw new Error(`${this.dependencyDown} is unavailable`);
      return true;
    });
  }

  /** Connects, subscribes from the committed offsets (the beginning for a new group) and starts consuming. */
  async start(): Promise<void> {
    const { consumer, producer, options } = this;
    this.started = true;
    this.lastCommitAt = Date.now();
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [options.inputTopic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: (payload) => this.mutex.run(() => this.onBatch(payload)),
    });
    this.tick = setInterval(() => void this.mutex.run(() => this.onTick()).catch((err: unknown) => this.tickFailed(err)), options.tickMs ?? 250);
    this.tick.unref();
  }

  /** Undoes a start that failed part-way (connections), so that `start` can be tried again. */
  async abandonStart(): Promise<void> {
    await this.consumer.disconnect().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
  }

  /** Idempotent and safe before start: drains, commits what is durable, leaves the group, disconnects. */
  stop(): Promise<void> {
    this.stopPromise ??= this.doStop();
    return this.stopPromise;
  }

  private async doStop(): Promise<void> {
    const { options } = this;
    options.readiness.markShuttingDown();
    this.stopping = true;
    this.abort.abort();
    clearInterval(this.tick);
    if (!this.started) return;
    await this.mutex
      .run(async () => {
        const drained = (await options.handler.drain?.()) ?? [];
        // One bounded attempt: at shutdown we may not wait for a broker that is gone; whatever is not
        // acknowledged stays uncommitted and is re-read by the next owner.
        if (drained.length > 0) await this.send(drained);
        await this.commit(true);
      })
      .catch((err: unknown) => options.logger.warn({ err }, 'could not drain at shutdown; uncommitted messages will be re-read'));
    await this.consumer.disconnect().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
    options.logger.info('stage stopped');
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (this.stopping) return;
    const { options } = this;
    const endTimer = this.m.batch.startTimer({ stage: options.stage });
    const maxOut = options.maxProduceBatch ?? 1000;
    let out: OutboundMessage[] = [];
    let lastDone: string | undefined;
    // Counted here and added to the counter once per batch: a labelled inc per message costs more
    // than the rest of the loop. `finally` counts what was read even when the batch is abandoned.
    let read = 0;
    try {
      for (const message of batch.messages) {
        if (!isRunning() || isStale() || this.stopping) break;
        read++;
        const inbound = toInbound(batch.topic, batch.partition, message);
        const produced = await this.handleWithRetry(inbound, heartbeat);
        for (const o of produced) out.push(o);
        lastDone = message.offset;
        if (out.length >= maxOut) {
          await this.produceWithRetry(out, heartbeat);
          out = [];
        }
      }
      const due = (await options.handler.flushDue?.(Date.now())) ?? [];
      for (const o of due) out.push(o);
      await this.produceWithRetry(out, heartbeat);
    } catch (err) {
      if (err instanceof StageStopping) return;
      throw err;
    } finally {
      if (read > 0) this.m.in.inc({ stage: options.stage, topic: batch.topic }, read);
    }
    if (lastDone !== undefined) {
      resolveOffset(lastDone);
      this.processed.set(topicPartition(batch.topic, batch.partition), { topic: batch.topic, partition: batch.partition, next: BigInt(lastDone) + 1n });
      this.m.lag.set({ stage: options.stage, topic: batch.topic, partition: String(batch.partition) }, Number(batch.offsetLag()));
    }
    await this.commit();
    endTimer();
  }

  private async onTick(): Promise<void> {
    // Not while the group rebalances: no input is read then, so a handler that emits on quiet time
    // (the spans-grouper) would take every buffered trace for finished and emit it without the spans
    // still waiting in Kafka; whatever it produced could not be committed, and GROUP_JOIN resets it.
    if (this.stopping || !this.joined || this.rebalancing) return;
    const due = (await this.options.handler.flushDue?.(Date.now())) ?? [];
    await this.produceWithRetry(due, async () => undefined);
    await this.commit();
  }

  private tickFailed(err: unknown): void {
    if (err instanceof StageStopping) return;
    this.m.errors.inc({ stage: this.options.stage, kind: 'unclassified' });
    this.options.logger.error({ err }, 'periodic flush failed; it is retried on the next tick');
  }

  /** Runs the handler until it succeeds, dead-letters the message, or the stage stops. */
  private async handleWithRetry(message: InboundMessage, heartbeat: () => Promise<void>): Promise<OutboundMessage[]> {
    const { options } = this;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await options.handler.handle(message);
        if (this.dependencyDown) {
          options.logger.info({ dependency: this.dependencyDown }, 'dependency is back; resuming');
          this.dependencyDown = undefined;
        }
        return result;
      } catch (err) {
        const kind = errorKind(err);
        this.m.errors.inc({ stage: options.stage, kind });
        if (kind === 'permanent' || (kind === 'unclassified' && attempt >= options.processAttempts)) {
          // Counted in stage_dead_lettered_total by `send` once acknowledged, like a handler's own dead letters.
          options.logger.warn({ err, topic: message.topic, partition: message.partition, offset: message.offset, kind, reason: deadLetterReason(err, kind) }, 'message dead-lettered');
          return [this.deadLetter(message, err, kind)];
        }
        if (kind === 'dependency') {
          if (!this.dependencyDown) options.logger.warn({ err }, 'a dependency is unavailable; pausing and retrying');
          this.dependencyDown = (err as { dependency?: string }).dependency ?? 'a dependency';
        }
        await this.backoff(attempt, heartbeat);
      }
    }
  }

  /** Produces until Kafka acknowledges, pausing (not skipping) while it cannot. */
  private async produceWithRetry(messages: OutboundMessage[], heartbeat: () => Promise<void>): Promise<void> {
    if (messages.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send(messages);
        this.producing = true;
        return;
      } catch (err) {
        this.producing = false;
        this.m.errors.inc({ stage: this.options.stage, kind: 'produce' });
        this.options.logger.warn({ err, attempt }, 'produce failed; retrying before any commit');
        await this.backoff(attempt, heartbeat);
      }
    }
  }

  private async send(messages: OutboundMessage[]): Promise<void> {
    const byTopic = new Map<string, OutboundMessage[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic);
      if (list) list.push(m);
      else byTopic.set(m.topic, [m]);
    }
    await this.producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        // kafkajs only reads the headers, so the handler's object is passed as it is, not copied.
        messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers as Record<string, string> | undefined })),
      })),
    });
    for (const [topic, list] of byTopic) {
      this.m.out.inc({ stage: this.options.stage, topic }, list.length);
      // Dead letters are counted here, after the acknowledgement, by what their headers say: every
      // path (the runner's own, a handler dead-lettering a message or one span of it) counts once.
      for (const m of list) if (m.headers?.[DLQ_HEADERS.stage] !== undefined) this.countDeadLetter(m.headers);
    }
  }

  /** Labels come from the record's headers, clamped to their bounded lists so a handler cannot add free-text series. */
  private countDeadLetter(headers: Readonly<Record<string, string>>): void {
    const kindHeader = headers[DLQ_HEADERS.errorKind];
    const reasonHeader = headers[DLQ_HEADERS.reason];
    const kind = (ERROR_KINDS as readonly (string | undefined)[]).includes(kindHeader) ? (kindHeader as string) : 'unclassified';
    const reason = isDeadLetterReason(reasonHeader) ? reasonHeader : 'unknown';
    this.m.dlq.inc({ stage: this.options.stage, kind, reason });
  }

  /** Commits, per partition, the next offset after what is handled and not held by the handler. */
  private async commit(force = false): Promise<void> {
    if (!force && Date.now() - this.lastCommitAt < (this.options.commitIntervalMs ?? 0)) return;
    const commits: { topic: string; partition: number; offset: string }[] = [];
    for (const [key, { topic, partition, next }] of this.processed) {
      const held = this.options.handler.heldOffset?.(topic, partition);
      const safe = held !== undefined && BigInt(held) < next ? BigInt(held) : next;
      if (safe > (this.committed.get(key) ?? -1n)) commits.push({ topic, partition, offset: safe.toString() });
    }
    if (commits.length === 0) return;
    try {
      await this.consumer.commitOffsets(commits);
      this.lastCommitAt = Date.now();
      this.m.commits.inc({ stage: this.options.stage });
      for (const c of commits) this.committed.set(topicPartition(c.topic, c.partition), BigInt(c.offset));
    } catch (err) {
      // A failed commit loses nothing: the messages are re-read. Rebalance errors surface through
      // the next heartbeat, and the re-sync resets the positions.
      this.m.errors.inc({ stage: this.options.stage, kind: 'commit' });
      this.options.logger.warn({ err, commits }, 'offset commit failed; the messages will be re-read if this member loses them');
    }
  }

  private deadLetter(message: InboundMessage, err: unknown, kind: string): OutboundMessage {
    return deadLetterRecord(message, err, { stage: this.options.stage, kind, topic: this.options.dlqTopic });
  }


  /** Waits 2^attempt × 100 ms (capped, with jitter), heartbeating; throws StageStopping at shutdown. */
  private async backoff(attempt: number, heartbeat: () => Promise<void>): Promise<void> {
    if (this.stopping) throw new StageStopping();
    const delay = Math.min(this.options.retryMaxMs, 100 * 2 ** Math.min(attempt, 16)) * (0.75 + Math.random() * 0.5);
    const until = Date.now() + delay;
    while (Date.now() < until) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(2_000, until - Date.now()));
        this.abort.signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        }, { once: true });
      });
      if (this.stopping) throw new StageStopping();
      await heartbeat();
    }
  }
}
