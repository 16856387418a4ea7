// The two stages against the real broker: generated OTLP traces (many services, fan-out, 1-200
// spans per trace, each trace's spans out of order and spread over seconds) go through the
// span-normalizer and the spans-grouper processes; every span comes out in exactly one trace record.
// A rolling upgrade is part of the stream: some chunks of some traces reach raw-spans as an old
// normalizer wrote them (format 1: one bare RawSpan per record, no format-version header), beside
// the new normalizer's fragment records (format 3) of the same traces.
import { encodeRawSpan, type RawSpan } from '@tracehouse/model';
import { createTopics, readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { DLQ_HEADERS } from '@tracehouse/stage-runtime';
import { OTLP_SPANS, pipelineHeaders, RAW_SPANS } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { account, metricValue, readTraces, startStage, waitCommittedToEnd, waitReady, type StageProcess } from './testdata/int-helpers';
import { generateTraces, prng, shuffle, TENANT, toTracesData } from './testdata/traces';

const PARTITIONS = 4;
const WAVES = 10;
const WAVE_INTERVAL_MS = 400;

describe('span-normalizer -> spans-grouper against the real broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  const stages: StageProcess[] = [];

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(stages.map((s) => (s.process.child.exitCode === null ? s.process.terminate() : undefined)));
    await producer.disconnect();
  });

  it('puts every span of a stream of generated traces in exactly one emitted trace or late fragment', async () => {
    const otlpTopic = uniqueName('pipe-otlp');
    const rawTopic = uniqueName('pipe-raw');
    const outTopic = uniqueName('pipe-traces');
    await createTopics(kafka, [otlpTopic, rawTopic, outTopic, `${otlpTopic}.dlq`, `${rawTopic}.dlq`], PARTITIONS);
    const env = { TOPIC_OTLP_SPANS: otlpTopic, TOPIC_RAW_SPANS: rawTopic, TOPIC_STRUCTURED_TRACES: outTopic };
    const normalizerGroup = uniqueName('pipe-normalizer');
    const grouperGroup = uniqueName('pipe-grouper');
    const normalizer = await startStage('span-normalizer', { ...env, KAFKA_GROUP_ID: normalizerGroup });
    const grouper = await startStage('spans-grouper', { ...env, KAFKA_GROUP_ID: grouperGroup, GROUPER_TRACE_QUIET_MS: '5000', GROUPER_COMPLETE_QUIET_MS: '1000' });
    stages.push(normalizer, grouper);
    await Promise.all(stages.map((s) => waitReady(s)));

    // Each trace is cut into OTLP records of 1-20 spans (one resource per service), shuffled, and
    // spread over three waves 400 ms apart: children often arrive before their parents.
    const traces = generateTraces({ count: 250, seed: 7, minSpans: 1, maxSpans: 200, services: 20 });
    const input: RawSpan[] = traces.flatMap((t) => t.spans);
    const random = prng(3);
    const waves: Array<Array<{ traceId: string; spans: RawSpan[]; legacy: boolean }>> = Array.from({ length: WAVES }, () => []);
    traces.forEach((t, i) => {
      const spans = shuffle([...t.spans], random);
      const first = Math.floor((i / traces.length) * (WAVES - 2));
      for (let at = 0, chunk = 0; at < spans.length; chunk++) {
        const size = 1 + Math.floor(random() * 20);
        // Every fourth trace: every other chunk written by an old normalizer, straight to raw-spans.
        waves[first + Math.floor(random() * 3)]?.push({ traceId: t.traceId, spans: spans.slice(at, at + size), legacy: i % 4 === 1 && chunk % 2 === 1 });
        at += size;
      }
    });
    const headers = pipelineHeaders(TENANT, 1_700_000_001_000);
    let legacySpans = 0;
    for (const wave of waves) {
      const chunks = shuffle(wave, random);
      const legacy = chunks.filter((c) => c.legacy).flatMap((c) => c.spans);
      legacySpans += legacy.length;
      await producer.send({
        topic: otlpTopic,
        acks: -1,
        messages: chunks.filter((c) => !c.legacy).map((chunk) => ({ key: OTLP_SPANS.key(chunk.traceId), value: OTLP_SPANS.encode(toTracesData(chunk.spans)), headers })),
      });
      if (legacy.length > 0) {
        await producer.send({ topic: rawTopic, acks: -1, messages: legacy.map((s) => ({ key: RAW_SPANS.key(TENANT, s.traceId), value: Buffer.from(encodeRawSpan({ ...s, tenantId: TENANT })), headers })) });
      }
      await new Promise((resolve) => setTimeout(resolve, WAVE_INTERVAL_MS));
    }
    expect(legacySpans).toBeGreaterThan(100);
    // A record that is not OTLP: dead-lettered by the normalizer, the stream goes on.
    await producer.send({ topic: otlpTopic, acks: -1, messages: [{ key: 'garbage', value: Buffer.from('not a protobuf \xff\xff\xff'), headers }] });

    await waitCommittedToEnd(kafka, normalizerGroup, otlpTopic, 60_000);
    await waitCommittedToEnd(kafka, grouperGroup, rawTopic, 60_000);

    // A late span of an already emitted trace comes out as a follow-up fragment of that trace.
    const late = traces[0] as (typeof traces)[number];
    const leaf = { ...(late.spans[0] as RawSpan), spanId: 'feedfacecafebeef', parentSpanId: (late.spans[0] as RawSpan).spanId, name: 'late-leaf' };
    await producer.send({ topic: otlpTopic, acks: -1, messages: [{ key: late.traceId, value: OTLP_SPANS.encode(toTracesData([leaf])), headers }] });
    await waitCommittedToEnd(kafka, normalizerGroup, otlpTopic, 60_000);
    await waitCommittedToEnd(kafka, grouperGroup, rawTopic, 60_000);

    const records = await readTraces(kafka, outTopic);
    const result = account([...input, leaf], records, { compareContent: false });
    expect(result.missing).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.misfiled).toEqual([]);
    expect(result.duplicates).toBe(0);

    const lateRecords = records.filter((r) => r.trace.traceId === late.traceId).sort((a, b) => a.trace.fragmentSeq - b.trace.fragmentSeq);
    const last = lateRecords[lateRecords.length - 1];
    expect(last?.trace.spans.map((s) => s.spanId)).toEqual(['feedfacecafebeef']);
    expect(last?.trace).toMatchObject({ isFragment: true, fragmentSeq: lateRecords.length - 1 });
    expect(lateRecords[0]?.trace).toMatchObject({ isFragment: false, fragmentSeq: 0 });

    // The normalizer filled the first-class fields the later stages read.
    const spans = records.flatMap((r) => r.trace.spans);
    expect(spans.every((s) => s.http?.method === 'GET' && s.http.statusCode === 200 && s.serviceName.startsWith('service-'))).toBe(true);
    // Each complete trace record carries its graph: every non-root span's parent edge.
    for (const { trace } of records.filter((r) => !r.trace.isFragment)) {
      expect(trace.spanEdges.length + trace.rootIndices.length).toBe(trace.spanCount);
    }

    // Both formats were read: one record per span from the old writer, one per fragment from the new.
    expect(await metricValue(grouper, 'tracehouse_grouper_records_in_total{format="1"')).toBeGreaterThanOrEqual(legacySpans);
    const fragmentRecords = await metricValue(grouper, 'tracehouse_grouper_records_in_total{format="3"');
    expect(fragmentRecords).toBeGreaterThan(0);
    expect(fragmentRecords).toBeLessThan(input.length - legacySpans);

    const dlq = await readTopic(kafka, `${otlpTopic}.dlq`, { atLeast: 1 });
    expect(dlq).toHaveLength(1);
    expect(dlq[0]?.headers[DLQ_HEADERS.error]).toMatch(/could not decode an otlp-spans record \(OTLP TracesData protobuf\)/);
    const fragments = records.filter((r) => r.trace.isFragment).length;
    process.stdout.write(`pipeline: ${input.length + 1} spans in ${traces.length} traces -> ${records.length} records (${fragments} late fragments)\n`);
    // SIGTERM: Nest runs the shutdown hooks (drain, final commit, leave the group), then re-raises
    // the signal; nothing may be logged at error level on the way out.
    for (const stage of stages) {
      const before = stage.process.output().length;
      expect(await stage.process.terminate()).toBe('SIGTERM');
      expect(stage.process.output().slice(before)).not.toMatch(/"level":"(error|fatal)"/);
    }
  }, 240_000);
});
