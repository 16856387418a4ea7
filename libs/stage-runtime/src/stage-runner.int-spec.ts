import { committedOffsets, createTopics, endOffsets, pollUntil, readTopic, startScript, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';
import type { Kafka, Producer } from 'kafkajs';
import { DLQ_HEADERS } from './messages';

const SCRIPT = 'libs/stage-runtime/src/testdata/echo-stage.js';

describe('StageRunner against the real broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  const running: TestProcess[] = [];

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill9()));
    await producer.disconnect();
  });

  function startEcho(env: Record<string, string>): TestProcess {
    const p = startScript(SCRIPT, env);
    running.push(p);
    return p;
  }

  async function topicsFor(name: string): Promise<{ IN_TOPIC: string; OUT_TOPIC: string; GROUP_ID: string }> {
    const IN_TOPIC = uniqueName(`${name}-in`);
    const OUT_TOPIC = uniqueName(`${name}-out`);
    await createTopics(kafka, [IN_TOPIC, OUT_TOPIC, `${IN_TOPIC}.dlq`], 2);
    return { IN_TOPIC, OUT_TOPIC, GROUP_ID: uniqueName(`${name}-group`) };
  }

  it('re-delivers what a consumer killed between produce and commit had produced', async () => {
    const env = await topicsFor('kill');
    await producer.send({ topic: env.IN_TOPIC, acks: -1, messages: Array.from({ length: 20 }, (_, n) => ({ key: `k${n}`, value: JSON.stringify({ n }) })) });

    // First member: produces everything but is never allowed to commit, then dies with SIGKILL.
    const first = startEcho({ ...env, COMMIT_INTERVAL_MS: '3600000' });
    await readTopic(kafka, env.OUT_TOPIC, { atLeast: 20, timeoutMs: 60_000 });
    const before = await committedOffsets(kafka, env.GROUP_ID, env.IN_TOPIC);
    expect([...before.values()].every((o) => o === -1n)).toBe(true);
    await first.kill9();

    // Second member of the same group: starts from the (absent) committed offsets, so all 20 are
    // processed again, then commits them.
    const second = startEcho(env);
    const out = await readTopic(kafka, env.OUT_TOPIC, { atLeast: 40, timeoutMs: 90_000 });
    const counts = new Map<number, Set<number>>();
    for (const r of out) {
      const { n, pid } = JSON.parse(r.value.toString()) as { n: number; pid: number };
      counts.set(n, (counts.get(n) ?? new Set()).add(pid));
    }
    expect(out).toHaveLength(40);
    for (let n = 0; n < 20; n++) expect(counts.get(n)).toEqual(new Set([first.child.pid, second.child.pid]));

    const ends = await endOffsets(kafka, env.IN_TOPIC);
    await pollUntil('the second member to commit every partition to its end', async () => {
      const committed = await committedOffsets(kafka, env.GROUP_ID, env.IN_TOPIC);
      return [...ends].every(([p, end]) => committed.get(p) === end);
    });
    expect(await second.terminate()).toBe(0);
    expect(second.output()).toContain('echo-stage stopped');
  });

  it('dead-letters an undecodable message with the error in its headers and goes on', async () => {
    const env = await topicsFor('dlq');
    await producer.send({
      topic: env.IN_TOPIC,
      acks: -1,
      messages: [
        { key: 'same', value: JSON.stringify({ n: 1 }) },
        { key: 'same', value: 'this is {not json', headers: { 'tenant-id': 'acme' } },
        { key: 'same', value: JSON.stringify({ n: 2 }) },
      ],
    });
    const stage = startEcho(env);
    const dlq = await readTopic(kafka, `${env.IN_TOPIC}.dlq`, { atLeast: 1, timeoutMs: 60_000 });
    expect(dlq).toHaveLength(1);
    const [dead] = dlq;
    expect(dead?.value.toString()).toBe('this is {not json');
    expect(dead?.key).toBe('same');
    expect(dead?.headers['tenant-id']).toBe('acme');
    expect(dead?.headers[DLQ_HEADERS.stage]).toBe('echo');
    expect(dead?.headers[DLQ_HEADERS.errorKind]).toBe('permanent');
    expect(dead?.headers[DLQ_HEADERS.error]).toMatch(/could not decode an echo message \(JSON\): .*JSON/);
    expect(dead?.headers[DLQ_HEADERS.sourceTopic]).toBe(env.IN_TOPIC);
    expect(dead?.headers[DLQ_HEADERS.sourceOffset]).toBe('1');

    // The messages around the poison one were processed, in order, on the same partition.
    const out = await readTopic(kafka, env.OUT_TOPIC, { atLeast: 2 });
    expect(out.map((r) => (JSON.parse(r.value.toString()) as { n: number }).n)).toEqual([1, 2]);
    expect(await stage.terminate()).toBe(0);
  });
});
