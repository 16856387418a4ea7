// Crash and scale against the real broker: three grouper processes in one consumer group, one is
// killed with SIGKILL mid-stream and a fourth joins; every input span must come out, and a span
// seen twice must be an exact replay of the same span.
import type { RawSpan } from '@tracehouse/model';
import { createTopics, pollUntil, readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { RAW_SPANS } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { account, metricValue, readTraces, startStage, waitCommittedToEnd, waitReady, type StageProcess } from './testdata/int-helpers';
import { generateTraces, prng, shuffle } from './testdata/traces';

const PARTITIONS = 8;
const WAVES = 12;
const WAVE_INTERVAL_MS = 500;

describe('spans-grouper: crash and scale against the real broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  const stages: StageProcess[] = [];

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(stages.map((s) => (s.process.child.exitCode === null && s.process.child.signalCode === null ? s.process.kill9() : undefined)));
    await producer.disconnect();
  });

  it('loses no span when a member is killed with SIGKILL mid-stream and another joins; duplicates are exact replays', async () => {
    const rawTopic = uniqueName('crash-raw');
    const outTopic = uniqueName('crash-traces');
    const groupId = uniqueName('crash-grouper');
    await createTopics(kafka, [rawTopic, outTopic, `${rawTopic}.dlq`], PARTITIONS);

    // Fixed ids; 1-120 spans per trace; each trace's spans shuffled and spread over three waves.
    const traces = generateTraces({ count: 300, seed: 20240611, maxSpans: 120, services: 12 });
    const input: RawSpan[] = traces.flatMap((t) => t.spans);
    const random = prng(99);
    const waves: RawSpan[][] = Array.from({ length: WAVES }, () => []);
    traces.forEach((t, i) => {
      const first = Math.floor((i / traces.length) * (WAVES - 2));
      for (const span of shuffle([...t.spans], random)) waves[first + Math.floor(random() * 3)]?.push(span);
    });
    for (const wave of waves) shuffle(wave, random);

    const env = {
      TOPIC_RAW_SPANS: rawTopic,
      TOPIC_STRUCTURED_TRACES: outTopic,
      KAFKA_GROUP_ID: groupId,
      GROUPER_TRACE_QUIET_MS: '3000',
      GROUPER_COMPLETE_QUIET_MS: '1000',
      GROUPER_MAX_SPANS_PER_TRACE: '80',
    };
    for (let i = 0; i < 3; i++) stages.push(await startStage('spans-grouper', env));
    await Promise.all(stages.map((s) => waitReady(s)));

    // Each wave's spans of one trace go out as one raw-spans fragment (the current format), as a normalizer
    // writes them, so a member killed mid-stream holds fragments only partly emitted.
    const send = (wave: RawSpan[]) => {
      const byTrace = new Map<string, RawSpan[]>();
      for (const s of wave) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), s]);
      return producer.send({
        topic: rawTopic,
        acks: -1,
        messages: [...byTrace.values()].map((spans) => {
          const [first] = spans as [RawSpan];
          return { key: RAW_SPANS.key(first.tenantId, first.traceId), value: RAW_SPANS.encode({ tenantId: first.tenantId, traceId: first.traceId, spans }), headers: RAW_SPANS.headers(first.tenantId, first.receivedAtMs) };
        }),
      });
    };
    const tick = () => new Promise((resolve) => setTimeout(resolve, WAVE_INTERVAL_MS));

    const killAt = WAVES / 2;
    for (let w = 0; w < killAt; w++) {
      await send(waves[w] ?? []);
      await tick();
    }
    // Mid-stream: the members are emitting traces and still hold others.
    await pollUntil('the first traces to be emitted', async () => (await readTopic(kafka, outTopic)).length > 0, 30_000);
    const victim = stages[1] as StageProcess;
    expect(await victim.process.kill9()).toBe('SIGKILL');
    const newcomer = await startStage('spans-grouper', env);
    stages.push(newcomer);
    for (let w = killAt; w < WAVES; w++) {
      await send(waves[w] ?? []);
      await tick();
    }
    await waitReady(newcomer);

    // Done when the group (survivors and newcomer) has committed every partition to its end:
    // everything below a committed offset was emitted and acknowledged.
    await waitCommittedToEnd(kafka, groupId, rawTopic, 120_000);
    const records = await readTraces(kafka, outTopic);
    const result = account(input, records, { compareContent: true });

    expect(result.missing).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.differingReplays).toEqual([]);
    expect(result.misfiled).toEqual([]);
    // The newcomer took partitions over and emitted traces from them.
    expect(await metricValue(newcomer, 'tracehouse_grouper_spans_in_total')).toBeGreaterThan(0);
    // The span cap was met too: traces went out truncated, their overflow in follow-up fragments.
    const truncated = records.filter((r) => r.trace.truncated);
    expect(truncated.length).toBeGreaterThan(0);
    process.stdout.write(`crash-scale: ${input.length} spans in ${traces.length} traces -> ${records.length} records, ${result.duplicates} exact replays\n`);
  }, 300_000);
});
