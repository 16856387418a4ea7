// The sampling rule and weight travel downstream: the real grouper (tail sampling on) and the real
// trace-enricher processes against the real broker and PostgreSQL. Only the kept traces reach
// enriched-traces, enriched, each still carrying the rule that kept it and its weight.
import { freePort } from '@tracehouse/infra';
import { hexToBytes } from '@tracehouse/identity';
import type { RawSpan } from '@tracehouse/model';
import { consistentSample } from '@tracehouse/otlp';
import { createTopics, readTopic, startScript, testBrokers, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';
import { ENRICHED_TRACES, RAW_SPANS } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStage, waitCommittedToEnd, waitReady, type StageProcess } from './testdata/int-helpers';
import { rawSpan, RECEIVED_AT_MS, T0 } from './testdata/traces';

describe('spans-grouper (tail sampling) -> trace-enricher against the real broker', () => {
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

  it('enriched traces keep the rule and weight that kept them; dropped traces never reach the enricher', async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
    const raw = uniqueName('samp-raw');
    const structured = uniqueName('samp-structured');
    const enriched = uniqueName('samp-enriched');
    await createTopics(kafka, [raw, structured, enriched, `${raw}.dlq`, `${structured}.dlq`], 2);
    const policyFile = join(mkdtempSync(join(tmpdir(), 'samp-policy-')), 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({ default: { rules: [{ name: 'errors', when: { type: 'error' } }, { name: 'quarter', when: { type: 'probabilistic', percentage: 25 } }], otherwise: 'drop' } }),
    );
    const env = { TOPIC_RAW_SPANS: raw, TOPIC_STRUCTURED_TRACES: structured, TOPIC_ENRICHED_TRACES: enriched };
    const grouperGroup = uniqueName('samp-grouper');
    const grouper = await startStage('spans-grouper', { ...env, KAFKA_GROUP_ID: grouperGroup, GROUPER_TRACE_QUIET_MS: '1500', GROUPER_COMPLETE_QUIET_MS: '500', GROUPER_SAMPLING_POLICY_FILE: policyFile });
    stages.push(grouper);
    const enricherPort = await freePort();
    const enricherGroup = uniqueName('samp-enricher');
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
      ENTITY_STORE_SCHEMA: uniqueName('samp_entities').replace(/-/g, '_'),
    });
    await waitReady(grouper);
    await waitReady({ process: enricher, adminPort: enricherPort });

    // 40 two-span traces; every 4th has an error on its child span.
    const traceIds = Array.from({ length: 40 }, (_, i) => `c0ffee${(i + 1).toString(16).padStart(26, '0')}`);
    const traces = traceIds.map((traceId, i): RawSpan[] => [
      rawSpan('1', '', { traceId, name: 'GET /checkout', kind: 'SERVER', serviceName: 'frontend', endTimeUnixNano: T0 + 10_000_000n, http: { method: 'GET', route: '/checkout', statusCode: 200 } }),
      rawSpan('2', '1', { traceId, name: 'POST /pay', kind: 'CLIENT', serviceName: 'frontend', statusCode: i % 4 === 0 ? 'ERROR' : 'UNSET' }),
    ]);
    await producer.send({
      topic: raw,
      acks: -1,
      messages: traces.map((spans) => ({ key: RAW_SPANS.key(spans[0]!.tenantId, spans[0]!.traceId), value: RAW_SPANS.encode({ tenantId: spans[0]!.tenantId, traceId: spans[0]!.traceId, spans }), headers: RAW_SPANS.headers(spans[0]!.tenantId, RECEIVED_AT_MS) })),
    });
    await waitCommittedToEnd(kafka, grouperGroup, raw, 60_000);
    await waitCommittedToEnd(kafka, enricherGroup, structured, 60_000);

    const expected = new Map<string, { rule: string; weight: number }>();
    traceIds.forEach((id, i) => {
      if (i % 4 === 0) expected.set(id, { rule: 'errors', weight: 1 });
      else if (consistentSample(hexToBytes(id), 0, 25)) expected.set(id, { rule: 'quarter', weight: 4 });
    });
    expect(expected.size).toBeGreaterThan(10);
    const out = (await readTopic(kafka, enriched, { atLeast: expected.size, timeoutMs: 20_000 })).map((r) => ENRICHED_TRACES.decode(r.value));
    expect(new Map(out.map((t) => [t.traceId, t.sampling]))).toEqual(expected);
    // Enriched, not just passed along.
    expect(out.every((t) => t.enrichment?.rootServiceName === 'frontend' && t.spans.every((s) => s.enrichment !== undefined))).toBe(true);
    expect(await readTopic(kafka, `${structured}.dlq`, { timeoutMs: 1_000 })).toEqual([]);
  }, 180_000);
});
