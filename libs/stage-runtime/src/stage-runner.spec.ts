import type { EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { createLogger, Metrics, Readiness } from '@tracehouse/observability';
import { decodeOrReject } from './decode';
import { PermanentError } from './errors';
import { deadLetterRecord, DLQ_HEADERS } from './messages';
import { groupTimings, StageRunner } from './stage-runner';
import type { StageHandler } from './stage-handler';

/** A kafkajs stand-in: captures the runner's eachBatch and records what it produces and commits. */
function fakeKafka() {
  const sent: { topic: string; messages: { key: unknown; value: Buffer; headers?: Record<string, string> }[] }[] = [];
  const commits: { topic: string; partition: number; offset: string }[][] = [];
  let eachBatch: ((payload: EachBatchPayload) => Promise<void>) | undefined;
  const listeners = new Map<string, (event: unknown) => void>();
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash', STOP: 'consumer.stop', REBALANCING: 'consumer.rebalancing' },
    on: (event: string, listener: (event: unknown) => void) => listeners.set(event, listener),
    connect: async () => undefined,
    subscribe: async () => undefined,
    run: async (config: { eachBatch: (payload: EachBatchPayload) => Promise<void> }) => {
      eachBatch = config.eachBatch;
    },
    commitOffsets: async (offsets: { topic: string; partition: number; offset: string }[]) => {
      commits.push(offsets);
    },
    disconnect: async () => undefined,
  };
  const producer = {
    connect: async () => undefined,
    sendBatch: async ({ topicMessages }: { topicMessages: (typeof sent)[number][] }) => {
      sent.push(...topicMessages);
      return [];
    },
    disconnect: async () => undefined,
  };
  const kafka = { consumer: () => consumer, producer: () => producer } as unknown as Kafka;
  const deliver = async (topic: string, partition: number, messages: KafkaMessage[]): Promise<string[]> => {
    const resolved: string[] = [];
    if (!eachBatch) throw new Error('the runner has not started consuming');
    await eachBatch({
      batch: { topic, partition, messages, highWatermark: '100', offsetLag: () => '0', offsetLagLow: () => '0', isEmpty: () => messages.length === 0, firstOffset: () => messages[0]?.offset ?? null, lastOffset: () => messages[messages.length - 1]?.offset ?? '-1' },
      resolveOffset: (offset: string) => resolved.push(offset),
      heartbeat: async () => undefined,
      isRunning: () => true,
      isStale: () => false,
    } as unknown as EachBatchPayload);
    return resolved;
  };
  /** Emits a consumer instrumentation event to the runner's listener. */
  const emit = (event: string, payload: unknown = {}) => listeners.get(event)?.({ payload });
  return { kafka, sent, commits, deliver, emit };
}

const message = (offset: number, value: string): KafkaMessage =>
  ({ offset: String(offset), key: Buffer.from(`acme/trace-${offset % 2}`), value: Buffer.from(value), headers: { 'tenant-id': Buffer.from('acme'), 'received-at': Buffer.from('1700000000000') }, timestamp: '1700000000001', attributes: 0 }) as KafkaMessage;

async function counterValues(metrics: Metrics, name: string): Promise<Record<string, number>> {
  const metric = metrics.registry.getSingleMetric(`tracehouse_${name}`);
  const values = metric ? (await metric.get()).values : [];
  return Object.fromEntries(values.map((v) => [String(v.labels.topic ?? v.labels.kind ?? ''), v.value]));
}

describe('StageRunner (against a kafkajs stand-in)', () => {
  const handler: StageHandler = {
    handle(m) {
      const value = m.value.toString();
      if (value === 'poison') throw new PermanentError('a poison message');
      if (value === 'huge') throw new PermanentError('a message over the limit', { reason: 'too-large' });
      if (value === 'garbage') decodeOrReject('a test message', () => JSON.parse(value));
      if (value === 'flaky') throw new Error('something unclassified');
      if (value.startsWith('two-spans')) {
        // A handler dead-letters one part itself and passes the rest on.
        return [
          { topic: 'out', key: m.key ?? '', value: Buffer.from('span-1'), headers: m.headers },
          deadLetterRecord(m, new Error('ClickHouse refused span-2'), { stage: 'test', kind: 'permanent', reason: 'refused-by-store', part: { value: Buffer.from('span-2'), description: 'span 2' } }),
        ];
      }
      return [{ topic: 'out', key: m.key ?? '', value: m.value, headers: m.headers }];
    },
  };

  async function started() {
    const fake = fakeKafka();
    const metrics = new Metrics('test');
    const runner = new StageRunner({
      stage: 'test',
      kafka: fake.kafka,
      groupId: 'g',
      inputTopic: 'in',
      handler,
      logger: createLogger('test', { level: 'silent' }),
      metrics,
      readiness: new Readiness(),
      maxBatchBytes: 1024 * 1024,
      processAttempts: 2,
      retryMaxMs: 100,
    });
    await runner.start();
    return { ...fake, metrics, runner };
  }

  it('counts every message read, produced and dead-lettered, though it adds to the counters once per batch', async () => {
    const { deliver, metrics, runner } = await started();
    await deliver('in', 0, [message(0, 'a'), message(1, 'poison'), message(2, 'b')]);
    await deliver('in', 1, [message(0, 'c'), message(1, 'd')]);
    expect(await counterValues(metrics, 'stage_messages_in_total')).toEqual({ in: 5 });
    expect(await counterValues(metrics, 'stage_messages_out_total')).toEqual({ out: 4, 'in.dlq': 1 });
    expect(await counterValues(metrics, 'stage_dead_lettered_total')).toEqual({ permanent: 1 });
    await runner.stop();
  });

  it('counts dead letters by kind and reason, including those the handler builds itself, once Kafka acknowledged them', async () => {
    const { deliver, metrics, sent, runner } = await started();
    await deliver('in', 0, [message(0, 'poison'), message(1, 'huge'), message(2, 'garbage'), message(3, 'two-spans'), message(4, 'flaky'), message(5, 'ok')]);
    const metric = metrics.registry.getSingleMetric('tracehouse_stage_dead_lettered_total');
    const values = metric ? (await metric.get()).values : [];
    const byLabels = Object.fromEntries(values.map((v) => [`${v.labels.stage}/${v.labels.kind}/${v.labels.reason}`, v.value]));
    expect(byLabels).toEqual({
      'test/permanent/invalid': 1,
      'test/permanent/too-large': 1,
      'test/permanent/undecodable': 1,
      'test/permanent/refused-by-store': 1,
      'test/unclassified/retries-exhausted': 1,
    });
    const dead = sent.filter((t) => t.topic === 'in.dlq').flatMap((t) => t.messages);
    expect(dead.map((m) => [m.value.toString(), m.headers?.[DLQ_HEADERS.reason], m.headers?.[DLQ_HEADERS.part]])).toEqual([
      ['poison', 'invalid', undefined],
      ['huge', 'too-large', undefined],
      ['garbage', 'undecodable', undefined],
      ['span-2', 'refused-by-store', 'span 2'],
      ['flaky', 'retries-exhausted', undefined],
    ]);
    await runner.stop();
  });

  it('produces the headers it was given and commits past a batch only after producing it', async () => {
    const { deliver, sent, commits, runner } = await started();
    const resolved = await deliver('in', 0, [message(0, 'a'), message(1, 'poison'), message(2, 'b')]);
    const out = sent.flatMap((t) => t.messages.map((m) => ({ topic: t.topic, value: m.value.toString(), headers: m.headers })));
    // One request per batch, messages grouped by topic.
    expect(out.map((m) => [m.topic, m.value])).toEqual([['out', 'a'], ['out', 'b'], ['in.dlq', 'poison']]);
    expect(out[0]?.headers).toEqual({ 'tenant-id': 'acme', 'received-at': '1700000000000' });
    expect(out[2]?.headers?.[DLQ_HEADERS.errorKind]).toBe('permanent');
    expect(resolved).toEqual(['2']);
    expect(commits).toEqual([[{ topic: 'in', partition: 0, offset: '3' }]]);
    await runner.stop();
  });

  it('holds timed flushes back while the group rebalances, until the handler was reset after the join', async () => {
    const fake = fakeKafka();
    const calls: string[] = [];
    const runner = new StageRunner({
      stage: 'test',
      kafka: fake.kafka,
      groupId: 'g',
      inputTopic: 'in',
      handler: { handle: () => [], flushDue: () => (calls.push('flush'), []), reset: () => calls.push('reset') },
      logger: createLogger('test', { level: 'silent' }),
      metrics: new Metrics('test'),
      readiness: new Readiness(),
      maxBatchBytes: 1024 * 1024,
      processAttempts: 2,
      retryMaxMs: 100,
      tickMs: 60_000,
    });
    await runner.start();
    const internals = runner as unknown as { onTick(): Promise<void>; mutex: { run<T>(fn: () => Promise<T>): Promise<T> } };
    const settled = () => internals.mutex.run(async () => undefined);
    fake.emit('consumer.group_join', { memberAssignment: {} });
    await settled();
    await internals.onTick();
    fake.emit('consumer.rebalancing');
    await internals.onTick();
    fake.emit('consumer.group_join', { memberAssignment: {} });
    await settled();
    await internals.onTick();
    expect(calls).toEqual(['reset', 'flush', 'reset', 'flush']);
    await runner.stop();
  });
});

describe('groupTimings: how fast a dead member is noticed and its partitions move', () => {
  it('defaults to the broker-minimum 6 s session with a heartbeat every second, so a SIGKILLed member is replaced within ~8 s', () => {
    expect(groupTimings()).toEqual({ sessionTimeout: 6_000, heartbeatInterval: 1_000, rebalanceTimeout: 60_000 });
  });

  it('keeps heartbeating every second with a longer session, and at most a third of a shorter one', () => {
    expect(groupTimings(30_000).heartbeatInterval).toBe(1_000);
    expect(groupTimings(2_400).heartbeatInterval).toBe(800);
  });
});
