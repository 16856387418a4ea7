import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { pollUntil } from './poll';

/** A unique, readable name for a test's own topic or consumer group. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** The brokers the integration tier's global setup started (or KAFKA_BROKERS pointed at). */
export function testBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run integration tests through jest.int.config.js, whose global setup starts Kafka');
  return brokers.split(',');
}

/** A quiet kafkajs client for tests. */
export function testKafka(clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: testBrokers(), logLevel: logLevel.NOTHING, retry: { retries: 10, initialRetryTime: 100 } });
}

/** Creates topics with the given partition count and waits for their leaders. */
export async function createTopics(kafka: Kafka, topics: readonly string[], partitions = 1): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })) });
  } finally {
    await admin.disconnect();
  }
}

/** A record read back in a test. */
export interface ReadRecord {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | undefined;
  readonly keyBytes: Buffer | undefined;
  readonly value: Buffer;
  readonly headers: Record<string, string>;
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out[k] = first.toString();
  }
  return out;
}

/**
 * Reads a topic from the beginning to its current end (the high watermarks at call time, or until
 * `atLeast` records have arrived, polling up to `timeoutMs`), without a consumer group.
 */
export async function readTopic(kafka: Kafka, topic: string, options: { atLeast?: number; timeoutMs?: number } = {}): Promise<ReadRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const records: ReadRecord[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 100 });
  try {
    let ends = new Map<number, bigint>();
    const refreshEnds = async (): Promise<void> => {
      ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
    };
    await refreshEnds();
    const total = (): bigint => [...ends.values()].reduce((a, b) => a + b, 0n);
    if (options.atLeast !== undefined) {
      await pollUntil(`${options.atLeast} records in ${topic}`, async () => {
        await refreshEnds();
        return total() >= BigInt(options.atLeast ?? 0);
      }, options.timeoutMs ?? 60_000);
    }
    const want = total();
    if (want === 0n) return [];
    const seen = new Map<number, bigint>();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) >= (ends.get(partition) ?? 0n)) return;
        records.push({
          partition,
          offset: message.offset,
          key: message.key?.toString(),
          keyBytes: message.key ?? undefined,
          value: message.value ?? Buffer.alloc(0),
          headers: headersToStrings(message.headers),
        });
        seen.set(partition, BigInt(message.offset) + 1n);
      },
    });
    await pollUntil(`reading ${want} records of ${topic}`, async () => [...ends].every(([p, end]) => end === 0n || (seen.get(p) ?? 0n) >= end), options.timeoutMs ?? 60_000);
    return records.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  } finally {
    await consumer.disconnect();
    await admin.disconnect();
  }
}

/** Committed offsets of a group per partition (-1 when none). */
export async function committedOffsets(kafka: Kafka, groupId: string, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map((entry?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
  } finally {
    await admin.disconnect();
  }
}

/** High watermarks of a topic per partition. */
export async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
  } finally {
    await admin.disconnect();
  }
}
