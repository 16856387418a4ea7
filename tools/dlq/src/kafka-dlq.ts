// The Kafka edge of the dead-letter tool: reads a dead-letter topic up to its high watermark at
// start (never waiting for more), writes replays back with an idempotent producer, and keeps the
// record of what was replayed in the metadata of the tool's own consumer-group offsets.
import { CompressionTypes, type Admin, type Consumer, type Kafka } from 'kafkajs';
import { decodeReplayed, encodeReplayed, type DeadLetter, type PartitionRange, type ReplayedOffsets, type ReplayMessage } from './dead-letters';

const EMPTY = Buffer.alloc(0);

/** A dead-letter topic as read by one command. */
export interface DeadLetterTopic {
  readonly topic: string;
  readonly partitions: readonly PartitionRange[];
  /** Every record below the high watermarks at start, in partition and offset order; values only where `keepValue` said so. */
  readonly records: readonly DeadLetter[];
  /** What the tool's group recorded as replayed, per partition. */
  readonly replayed: ReadonlyMap<number, ReplayedOffsets>;
  /** Records new replayed sets (per partition); resolves once the broker stored them. */
  saveReplayed(replayed: ReadonlyMap<number, ReplayedOffsets>): Promise<void>;
  /** Leaves the group and disconnects; idempotent. */
  close(): Promise<void>;
}

/** Options of {@link openDeadLetterTopic}. */
export interface OpenOptions {
  readonly topic: string;
  /** The tool's consumer group for this topic: it reads through it and records replays in its offsets' metadata. */
  readonly groupId: string;
  readonly timeoutMs: number;
  /** The most records the topic may hold below its high watermarks; more is an error before anything is read. */
  readonly maxRecords: number;
  /**
   * Whether to keep a record's value (what a replay writes); the others are kept without it, so a
   * listing holds only headers and keys. Told the partitions as read at start.
   */
  readonly keepValue: (record: Pick<DeadLetter, 'partition' | 'offset' | 'headers'>, partitions: readonly PartitionRange[]) => boolean;
}

/** The names of the topics that exist, for a message naming the ones that could have been meant. */
async function dlqTopicsHint(admin: Admin): Promise<string> {
  const topics = (await admin.listTopics()).filter((t) => t.endsWith('.dlq')).sort();
  return topics.length > 0 ? `dead-letter topics on these brokers: ${topics.join(', ')}` : 'there is no dead-letter topic on these brokers yet (a stage creates its own on start)';
}

/**
 * Checks that every topic exists.
 * @throws Error naming the unknown topic and the dead-letter topics that exist.
 */
export async function requireTopics(kafka: Kafka, topics: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length > 0) throw new Error(`unknown topic ${missing.map((t) => `"${t}"`).join(', ')}: ${await dlqTopicsHint(admin)}`);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads a dead-letter topic from its start to the high watermarks taken when called, through the
 * tool's consumer group (kafkajs reads only through a group). The group never commits a position
 * past the log's start, so every command reads the whole topic; its offsets' metadata holds what
 * was replayed. Run one command per topic at a time: two would share the group's partitions.
 * @throws Error when the topic does not exist, or when it cannot be read to its end within `timeoutMs`.
 */
export async function openDeadLetterTopic(kafka: Kafka, options: OpenOptions): Promise<DeadLetterTopic> {
  const { topic, groupId, timeoutMs } = options;
  await requireTopics(kafka, [topic]);
  const admin = kafka.admin();
  await admin.connect();
  let partitions: PartitionRange[];
  const replayed = new Map<number, ReplayedOffsets>();
  try {
    partitions = (await admin.fetchTopicOffsets(topic))
      .map((p) => ({ partition: p.partition, low: BigInt(p.low), high: BigInt(p.high) }))
      .sort((a, b) => a.partition - b.partition);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    for (const p of committed?.partitions ?? []) replayed.set(p.partition, decodeReplayed(p.metadata));
  } finally {
    await admin.disconnect();
  }

  const total = partitions.reduce((n, p) => n + (p.high - p.low), 0n);
  if (total > BigInt(options.maxRecords)) {
    throw new Error(`${topic} holds ${total} records, over the limit of ${options.maxRecords} one command reads: raise --max-records (memory permitting), or replay and let retention clear older dead letters first`);
  }
  const records = new Map<string, DeadLetter>();
  const pending = new Set(partitions.filter((p) => p.high > p.low).map((p) => p.partition));
  let consumer: Consumer | undefined;
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => (closed ??= consumer ? consumer.disconnect().catch(() => undefined) : Promise.resolve());

  if (pending.size > 0) {
    const high = new Map(partitions.map((p) => [p.partition, p.high]));
    const reached = new Map<number, bigint>();
    consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250, sessionTimeout: 10_000, heartbeatInterval: 1_000, allowAutoTopicCreation: false });
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          const end = high.get(batch.partition) ?? 0n;
          for (const m of batch.messages) {
            const offset = BigInt(m.offset);
            // Resolving moves the fetch position on; autoCommit is off, so nothing is committed.
            resolveOffset(m.offset);
            if (offset >= end) continue;
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(m.headers ?? {})) {
              const first = Array.isArray(value) ? value[0] : value;
              if (first !== undefined) headers[name] = first.toString();
            }
            const record = { topic, partition: batch.partition, offset, key: m.key ?? undefined, value: EMPTY, headers, timestamp: Number(m.timestamp) };
            records.set(`${batch.partition}:${m.offset}`, options.keepValue(record, partitions) ? { ...record, value: m.value ?? EMPTY } : record);
            reached.set(batch.partition, offset);
          }
          // lastOffset() also covers a batch that ends on records not delivered (control records).
          if ((reached.get(batch.partition) ?? -1n) >= end - 1n || BigInt(batch.lastOffset()) >= end - 1n) {
            pending.delete(batch.partition);
            if (pending.size === 0) finished();
          }
          await heartbeat();
        },
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const where = [...pending].map((p) => `partition ${p} read to ${reached.get(p) ?? 'nothing'} of ${(high.get(p) ?? 0n) - 1n}`).join(', ');
          reject(new Error(`could not read ${topic} to its end within ${timeoutMs} ms (${where}); is another dlq command running on it, or the broker slow? Raise --timeout-ms to wait longer`));
        }, timeoutMs);
      });
      try {
        await Promise.race([done, timeout]);
      } finally {
        clearTimeout(timer);
      }
      consumer.pause([{ topic }]);
    } catch (err) {
      await close();
      throw err;
    }
  }

  const sorted = [...records.values()].sort((a, b) => a.partition - b.partition || (a.offset < b.offset ? -1 : 1));
  return {
    topic,
    partitions,
    records: sorted,
    replayed,
    saveReplayed: async (next) => {
      if (!consumer) throw new Error(`${topic} is empty: there is nothing to record as replayed`);
      // Offset = the log's start: the next command reads everything again; the metadata is what counts.
      await consumer.commitOffsets(
        [...next].map(([partition, set]) => ({ topic, partition, offset: String(partitions.find((p) => p.partition === partition)?.low ?? 0n), metadata: encodeReplayed(set) })),
      );
    },
    close,
  };
}

/**
 * Writes replays with an idempotent producer (`acks=all`), in chunks; resolves once Kafka
 * acknowledged every message.
 */
export async function produceReplays(kafka: Kafka, messages: readonly ReplayMessage[], chunk = 500): Promise<void> {
  if (messages.length === 0) return;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += chunk) {
      const byTopic = new Map<string, ReplayMessage[]>();
      for (const m of messages.slice(i, i + chunk)) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
      await producer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list.map((m) => ({ key: m.key, value: m.value, headers: m.headers })) })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}
