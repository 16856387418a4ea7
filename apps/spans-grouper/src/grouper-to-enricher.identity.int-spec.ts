// Regression of issue 12, defect 3: two spans with one id in one trace but different content (two
// raw-spans fragments of one trace), a span naming itself as parent and a parent cycle made the
// grouper write a structured-traces record the trace-enricher refused ("span_edges[0] makes span 0
// its own parent"), so the whole trace went to structured-traces.dlq. Here the real grouper and
// the real trace-enricher processes run against the real broker (and PostgreSQL for entities):
// every span comes out, repaired by the identity rules, and no dead-letter topic gets anything.
import { freePort } from '@tracehouse/infra';
import { encodeRawSpan, type RawSpan } from '@tracehouse/model';
import { createTopics, pollUntil, readTopic, startScript, testBrokers, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';
import { ENRICHED_TRACES, pipelineHeaders, RAW_SPANS } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { startStage, waitCommittedToEnd, waitReady, type StageProcess } from './testdata/int-helpers';
import { rawSpan, RECEIVED_AT_MS, T0, TENANT } from './testdata/traces';

const TRACE_ID = '5b8efff798038103d269b633813fc60c';

/** The sum of a counter's series on a stage's `/metrics` whose labels include `labels`. */
async function counter(stage: StageProcess, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${stage.adminPort}/metrics`)).text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`tracehouse_${name}{`)) continue;
    const labelText = line.slice(line.indexOf('{') + 1, line.lastIndexOf('}'));
    if (wanted.every((w) => labelText.split(',').includes(w))) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** The spans of one trace as two raw-spans fragments, with every case the grouper must repair. */
function fragments(): { first: RawSpan[]; second: RawSpan[] } {
  const s = (id: string, parent: string, over: Partial<RawSpan> = {}): RawSpan => rawSpan(id, parent, { traceId: TRACE_ID, startTimeUnixNano: T0 + BigInt(parseInt(id, 16)) * 1_000n, endTimeUnixNano: T0 + 10_000_000n, ...over });
  return {
    first: [
      s('1', '', { name: 'GET /checkout', kind: 'SERVER', serviceName: 'frontend', http: { method: 'GET', route: '/checkout', statusCode: 200 } }),
      s('2', '1', { name: 'POST /pay', kind: 'CLIENT', serviceName: 'frontend' }),
      // Its own parent.
      s('3', '3', { name: 'self-parent', serviceName: 'frontend' }),
      // A parent cycle: 4 -> 5 -> 4.
      s('4', '5', { name: 'cycle-a', serviceName: 'frontend' }),
      s('5', '4', { name: 'cycle-b', serviceName: 'frontend' }),
    ],
    second: [
      // Span id 2 again, other content (another service's span: a second Thrift batch of the trace).
      s('2', '1', { name: 'pay', kind: 'SERVER', serviceName: 'payments' }),
      // A replay of span 1 from the first fragment, received later: one span.
      s('1', '', { name: 'GET /checkout', kind: 'SERVER', serviceName: 'frontend', http: { method: 'GET', route: '/checkout', statusCode: 200 }, receivedAtMs: RECEIVED_AT_MS + 5_000 }),
    ],
  };
}

describe('spans-grouper -> trace-enricher: the identity rules against the real broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  const stages: StageProcess[] = [];
  let enricher: TestProcess | undefined;

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(stages.map((s) => (s.process.child.exitCode === null ? s.process.terminate() : undefined)));
    if (enricher !== undefined && enricher.child.exitCode === null) await enricher.terminate();
    await producer.disconnect();
  });

  it('repairs duplicate ids, a self-parent and a cycle so the enricher decodes every record; nothing is dead-lettered', async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
    const raw = uniqueName('ident-raw');
    const structured = uniqueName('ident-structured');
    const enriched = uniqueName('ident-enriched');
    await createTopics(kafka, [raw, structured, enriched, `${raw}.dlq`, `${structured}.dlq`], 2);
    const env = { TOPIC_RAW_SPANS: raw, TOPIC_STRUCTURED_TRACES: structured, TOPIC_ENRICHED_TRACES: enriched };
    const grouperGroup = uniqueName('ident-grouper');
    const grouper = await startStage('spans-grouper', { ...env, KAFKA_GROUP_ID: grouperGroup, GROUPER_TRACE_QUIET_MS: '1500', GROUPER_COMPLETE_QUIET_MS: '500' });
    stages.push(grouper);
    const enricherPort = await freePort();
    const enricherGroup = uniqueName('ident-enricher');
    enricher = startScript('apps/trace-enricher/src/main.js', {
      ...env,
      ADMIN_PORT: String(enricherPort),
      ADMIN_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      KAFKA_BROKERS: testBrokers().join(','),
      KAFKA_GROUP_ID: enricherGroup,
      KAFKA_CREATE_TOPICS: 'false',
      STAGE_SESSION_TIMEOUT_MS: '6000',
      STAGE_COMMIT_INTERVAL_MS: '200',
      DATABASE_URL: databaseUrl,
      ENTITY_STORE_SCHEMA: uniqueName('ident_entities').replace(/-/g, '_'),
    });
    await waitReady(grouper);
    await waitReady({ process: enricher, adminPort: enricherPort });

    const { first, second } = fragments();
    const headers = pipelineHeaders(TENANT, RECEIVED_AT_MS);
    const send = (spans: RawSpan[]) => producer.send({ topic: raw, acks: -1, messages: spans.map((s) => ({ key: RAW_SPANS.key(s.tenantId, s.traceId), value: Buffer.from(encodeRawSpan(s)), headers })) });
    await send(first);
    // The first fragment goes out on its own (quiet for 1.5 s), so the second meets ids already written.
    await pollUntil('the first fragment to be emitted', async () => (await counter(grouper, 'grouper_traces_emitted_total', { fragment: 'false' })) >= 1, 30_000, 100);
    await send(second);
    await waitCommittedToEnd(kafka, grouperGroup, raw, 60_000);

    await waitCommittedToEnd(kafka, enricherGroup, structured, 60_000);
    // Before the fix the enricher refused the record ("span_edges[..] makes span .. its own parent").
    const refused = await readTopic(kafka, `${structured}.dlq`, { timeoutMs: 1_000 });
    expect(refused.map((r) => r.headers['dlq-error'])).toEqual([]);
    const out = await readTopic(kafka, enriched, { atLeast: 2, timeoutMs: 10_000 });
    const traces = out.map((r) => ENRICHED_TRACES.decode(r.value));
    const spans = traces.flatMap((t) => t.spans);
    // Six distinct spans: 1 (its replay dropped), 2, 2 under a derived id, 3, 4, 5.
    expect(spans.map((s) => s.name).sort()).toEqual(['GET /checkout', 'POST /pay', 'cycle-a', 'cycle-b', 'pay', 'self-parent']);
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(6);
    const byName = new Map(spans.map((s) => [s.name, s]));
    expect(byName.get('POST /pay')?.spanId).toBe('0000000000000002');
    expect(byName.get('pay')?.spanId).not.toBe('0000000000000002');
    expect(byName.get('pay')?.warnings?.[0]).toMatch(/Span id 0000000000000002 was already taken/);
    expect(byName.get('self-parent')).toMatchObject({ parentSpanId: '', warnings: [expect.stringMatching(/as its parent/)] });
    expect(byName.get('cycle-b')).toMatchObject({ parentSpanId: '', warnings: [expect.stringMatching(/parent cycle/)] });
    expect(byName.get('cycle-a')?.parentSpanId).toBe('0000000000000005');
    // The enricher enriched them: every span has its enrichment.
    expect(spans.every((s) => s.enrichment?.serviceName !== undefined && s.enrichment.serviceName !== '')).toBe(true);

    expect(await readTopic(kafka, `${raw}.dlq`, { timeoutMs: 1_000 })).toEqual([]);
    expect(await counter(grouper, 'spans_repaired_total', { reason: 'duplicate_id_derived', tenant: TENANT })).toBe(1);
    expect(await counter(grouper, 'spans_repaired_total', { reason: 'self_parent_cleared', tenant: TENANT })).toBe(1);
    expect(await counter(grouper, 'spans_repaired_total', { reason: 'parent_cycle_broken', tenant: TENANT })).toBe(1);
    expect(await counter(grouper, 'spans_dropped_total', { reason: 'duplicate', tenant: TENANT })).toBe(1);
    expect(await counter(grouper, 'spans_dropped_total', { reason: 'invalid' })).toBe(0);
  }, 180_000);
});
