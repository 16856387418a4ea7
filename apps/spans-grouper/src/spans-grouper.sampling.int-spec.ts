// Tail sampling against the real broker: a grouper process (the real handler and stage runner) with
// a policy of errors + slow + 10% of the rest, over a generated workload with late fragments. Every
// error and slow trace comes out whole, 10% ± 2% of the others (exactly those the collector's
// hash-seed sampler picks), late fragments follow their trace's decision, and every dropped span is
// counted while the group still commits to the end of its input.
import { hexToBytes } from '@tracehouse/identity';
import type { RawSpan } from '@tracehouse/model';
import { consistentSample } from '@tracehouse/otlp';
import { createTopics, testKafka, uniqueName } from '@tracehouse/testing';
import { RAW_SPANS } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTraces, spanKey, startStage, waitCommittedToEnd, waitReady, type StageProcess } from './testdata/int-helpers';
import { generateTraces, type GeneratedTrace } from './testdata/traces';

const PARTITIONS = 4;
const SEED = 7;
const SLOW_MS = 1_000;

const POLICY = {
  default: {
    rules: [
      { name: 'errors', when: { type: 'error' } },
      { name: 'slow', when: { type: 'latency', thresholdMs: SLOW_MS } },
      { name: 'ten-percent', when: { type: 'probabilistic', percentage: 10, seed: SEED } },
    ],
    otherwise: 'drop',
  },
};

type Kind = 'error' | 'slow' | 'other';

/** Sums every series of `name` on a stage's /metrics whose labels contain all of `labels`. */
async function metricSum(stage: StageProcess, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${stage.adminPort}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

describe('spans-grouper: tail sampling against the real broker', () => {
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

  it('keeps every error and slow trace, 10% ± 2% of the rest, and late fragments follow their trace', async () => {
    const rawTopic = uniqueName('sampling-raw');
    const outTopic = uniqueName('sampling-traces');
    const groupId = uniqueName('sampling-grouper');
    await createTopics(kafka, [rawTopic, outTopic, `${rawTopic}.dlq`], PARTITIONS);
    const dir = mkdtempSync(join(tmpdir(), 'sampling-policy-'));
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify(POLICY));

    // 2000 traces of 2-6 spans: every 10th has an error span, every 10th (another) is slow, the
    // rest are fast and fine. The last span of each trace is a leaf; every 4th trace holds it back
    // and sends it after the trace went out, as a late fragment. A held-back span of an "other"
    // trace the sampler drops is made an error: alone it would be kept, yet it must follow its
    // trace's drop.
    const traces = generateTraces({ count: 2000, seed: SEED, minSpans: 2, maxSpans: 6, services: 8 });
    const kinds = new Map<string, Kind>();
    const onTime: RawSpan[][] = [];
    const late: RawSpan[][] = [];
    const picked = (t: GeneratedTrace) => consistentSample(hexToBytes(t.traceId), SEED, 10);
    traces.forEach((t, i) => {
      const kind: Kind = i % 10 === 3 ? 'error' : i % 10 === 7 ? 'slow' : 'other';
      kinds.set(t.traceId, kind);
      const spans = t.spans.map((s) => ({ ...s }));
      if (kind === 'error') spans[0] = { ...(spans[0] as RawSpan), statusCode: 'ERROR' };
      if (kind === 'slow') spans[0] = { ...(spans[0] as RawSpan), endTimeUnixNano: (spans[0] as RawSpan).startTimeUnixNano + BigInt(SLOW_MS + 500) * 1_000_000n };
      if (i % 4 === 1) {
        let leaf = spans.pop() as RawSpan;
        if (kind === 'other' && !picked(t)) leaf = { ...leaf, statusCode: 'ERROR' };
        late.push([leaf]);
      }
      onTime.push(spans);
    });
    const input = [...onTime.flat(), ...late.flat()];

    const send = (batches: RawSpan[][]) =>
      producer.send({
        topic: rawTopic,
        acks: -1,
        messages: batches.map((spans) => {
          const [first] = spans as [RawSpan];
          return { key: RAW_SPANS.key(first.tenantId, first.traceId), value: RAW_SPANS.encode({ tenantId: first.tenantId, traceId: first.traceId, spans }), headers: RAW_SPANS.headers(first.tenantId, first.receivedAtMs) };
        }),
      });

    const grouper = await startStage('spans-grouper', {
      TOPIC_RAW_SPANS: rawTopic,
      TOPIC_STRUCTURED_TRACES: outTopic,
      KAFKA_GROUP_ID: groupId,
      GROUPER_TRACE_QUIET_MS: '3000',
      GROUPER_COMPLETE_QUIET_MS: '500',
      GROUPER_SAMPLING_POLICY_FILE: policyFile,
    });
    stages.push(grouper);
    await waitReady(grouper);

    await send(onTime);
    // Committed to the end: every trace was decided (written or dropped), none is held.
    await waitCommittedToEnd(kafka, groupId, rawTopic, 120_000);
    await send(late);
    await waitCommittedToEnd(kafka, groupId, rawTopic, 120_000);

    const records = await readTraces(kafka, outTopic);
    const spansOut = new Map<string, Set<string>>();
    const rules = new Map<string, Set<string>>();
    for (const { trace } of records) {
      const seen = spansOut.get(trace.traceId) ?? new Set<string>();
      for (const s of trace.spans) seen.add(spanKey(s));
      spansOut.set(trace.traceId, seen);
      const r = rules.get(trace.traceId) ?? new Set<string>();
      r.add(`${trace.sampling?.rule}:${trace.sampling?.weight}`);
      rules.set(trace.traceId, r);
    }
    const whole = (t: GeneratedTrace) => t.spans.every((s) => spansOut.get(t.traceId)?.has(spanKey(s)) === true);

    const errors = traces.filter((t) => kinds.get(t.traceId) === 'error');
    const slow = traces.filter((t) => kinds.get(t.traceId) === 'slow');
    const others = traces.filter((t) => kinds.get(t.traceId) === 'other');
    // 100% of error and slow traces, every span (late ones included), under their rule.
    expect(errors.filter((t) => !whole(t)).map((t) => t.traceId)).toEqual([]);
    expect(slow.filter((t) => !whole(t)).map((t) => t.traceId)).toEqual([]);
    expect(errors.every((t) => [...(rules.get(t.traceId) ?? [])].join() === 'errors:1')).toBe(true);
    expect(slow.every((t) => [...(rules.get(t.traceId) ?? [])].join() === 'slow:1')).toBe(true);

    // The others: exactly those the hash-seed sampler picks, whole, with weight 10; none of the rest.
    const keptOthers = others.filter((t) => spansOut.has(t.traceId));
    expect(keptOthers.map((t) => t.traceId).sort()).toEqual(others.filter(picked).map((t) => t.traceId).sort());
    expect(keptOthers.every((t) => whole(t) && [...(rules.get(t.traceId) ?? [])].join() === 'ten-percent:10')).toBe(true);
    const rate = keptOthers.length / others.length;
    expect(rate).toBeGreaterThanOrEqual(0.08);
    expect(rate).toBeLessThanOrEqual(0.12);

    // Late fragments: present for kept traces, as fragments under the trace's rule; the late error
    // spans of dropped traces are nowhere.
    const lateOfKept = late.flat().filter((s) => spansOut.has(s.traceId));
    expect(lateOfKept.length).toBeGreaterThan(0);
    const fragments = records.filter((r) => r.trace.isFragment);
    expect(new Set(fragments.flatMap((r) => r.trace.spans.map(spanKey)))).toEqual(new Set(lateOfKept.map(spanKey)));
    const lateErrorsOfDropped = late.flat().filter((s) => s.statusCode === 'ERROR' && kinds.get(s.traceId) === 'other');
    expect(lateErrorsOfDropped.length).toBeGreaterThan(50);
    expect(lateErrorsOfDropped.filter((s) => spansOut.has(s.traceId))).toEqual([]);

    // Every input span is either written or counted as sampled out; decisions counted once per trace.
    const written = [...spansOut.values()].reduce((n, s) => n + s.size, 0);
    const droppedSpans = await metricSum(grouper, 'tracehouse_spans_dropped_total', { reason: 'sampled_out' });
    expect(written + droppedSpans).toBe(input.length);
    expect(await metricSum(grouper, 'tracehouse_grouper_sampling_spans_total', { decision: 'drop' })).toBe(droppedSpans);
    expect(await metricSum(grouper, 'tracehouse_grouper_sampling_traces_total', {})).toBe(traces.length);
    expect(await metricSum(grouper, 'tracehouse_grouper_sampling_traces_total', { decision: 'keep', rule: 'ten-percent' })).toBe(keptOthers.length);
    expect(await metricSum(grouper, 'tracehouse_grouper_sampling_traces_total', { decision: 'drop', rule: 'otherwise' })).toBe(others.length - keptOthers.length);
    process.stdout.write(
      `tail sampling: ${traces.length} traces (${errors.length} error, ${slow.length} slow, ${others.length} other) -> ${spansOut.size} kept, ${keptOthers.length} others (${(rate * 100).toFixed(1)}%); ${input.length} spans: ${written} written, ${droppedSpans} sampled out; ${fragments.length} late fragments written\n`,
    );
  }, 300_000);
});
