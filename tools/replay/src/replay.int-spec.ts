// `npm run replay` against the real broker: records with known timestamps in three partitions, a
// consumer group that read them all and committed; the tool refuses while that consumer is in the
// group (naming it), changes nothing with --dry-run, and then moves every partition's committed
// offset to the first record at or after --since.
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { committedOffsets, createTopics, endOffsets, pollUntil, startScript, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';

const CLI = 'tools/replay/src/cli.js';
const HOUR = 3_600_000;

describe('replay against the real broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  let consumer: Consumer | undefined;
  const running: TestProcess[] = [];

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer();
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill9()));
    await consumer?.disconnect();
    await producer.disconnect();
  });

  async function replay(...args: string[]): Promise<{ code: number | string; output: string }> {
    const p = startScript(CLI, { KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', LOG_LEVEL: 'error' }, args);
    running.push(p);
    const code = await p.exited;
    return { code, output: p.output() };
  }

  it('moves a stopped group back to a time, per partition, and refuses a running one', async () => {
    const topic = uniqueName('replay-in');
    const groupId = uniqueName('replay-group');
    await createTopics(kafka, [topic], 3);
    const now = Date.now();
    // Partition p gets 3 + p records two hours old, then 4 records ten minutes old: replaying
    // "since 1h" must land each partition on its first recent record, offset 3 + p.
    for (const partition of [0, 1, 2]) {
      const old = Array.from({ length: 3 + partition }, (_, i) => ({ key: `old-${i}`, value: 'x', partition, timestamp: String(now - 2 * HOUR + i) }));
      const recent = Array.from({ length: 4 }, (_, i) => ({ key: `new-${i}`, value: 'x', partition, timestamp: String(now - 10 * 60_000 + i) }));
      await producer.send({ topic, messages: [...old, ...recent] });
    }
    const ends = await endOffsets(kafka, topic);
    expect([...ends.entries()].sort()).toEqual([
      [0, 7n],
      [1, 8n],
      [2, 9n],
    ]);

    // A consumer reads everything and commits at the end.
    consumer = kafka.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let seen = 0;
    await consumer.run({ autoCommitInterval: 100, eachMessage: async () => void seen++ });
    await pollUntil('the consumer to commit the end of every partition', async () => {
      const c = await committedOffsets(kafka, groupId, topic);
      return [0, 1, 2].every((p) => c.get(p) === ends.get(p));
    }, 30_000);
    expect(seen).toBe(24);

    const refused = await replay('--group', groupId, '--topic', topic, '--since', '1h');
    expect(refused.code).toBe(3);
    expect(refused.output).toMatch(new RegExp(`consumer group ${groupId} has 1 active member .*stop the stage first`));
    expect(refused.output).toMatch(/client /);
    await consumer.disconnect();
    consumer = undefined;

    const dry = await replay('--group', groupId, '--topic', topic, '--since', '1h', '--dry-run');
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.output).toContain(`${topic} partition 0: 7 -> 3`);
    expect(dry.output).toContain(`${topic} partition 2: 9 -> 5`);
    expect([...(await committedOffsets(kafka, groupId, topic)).entries()].sort()).toEqual([...ends.entries()].sort());

    const since = new Date(now - HOUR).toISOString();
    const done = await replay('--group', groupId, '--topic', topic, '--since', since);
    expect(done).toMatchObject({ code: 0 });
    expect(done.output).toContain(`${topic} partition 1: 8 -> 4`);
    expect([...(await committedOffsets(kafka, groupId, topic)).entries()].sort()).toEqual([
      [0, 3n],
      [1, 4n],
      [2, 5n],
    ]);

    // The group, started again, reads exactly the recent records.
    const again = kafka.consumer({ groupId });
    consumer = again;
    await again.connect();
    await again.subscribe({ topic });
    const replayed: string[] = [];
    await again.run({ eachMessage: async ({ message }) => void replayed.push(message.key?.toString() ?? '') });
    await pollUntil('the replayed records', () => replayed.length >= 12, 30_000);
    expect(replayed.every((k) => k.startsWith('new-'))).toBe(true);
  });

  it('names an unknown topic and a bad --since', async () => {
    const bad = await replay('--group', 'g', '--topic', 't', '--since', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--since "yesterday"/);
    const missing = await replay('--group', uniqueName('g'), '--topic', uniqueName('no-such-topic'), '--since', '1h');
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/no-such-topic/);
  });
});
