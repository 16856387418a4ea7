// The pipeline from `enriched-traces` to the read library against the real broker: the
// view-generator's Nest module runs in this process (it owns the embedded engine's data folder, as in
// the embedded default), consumes fixture records, and the read library finds them; a poison record is
// dead-lettered, offsets are committed once the rows are stored, and a replay changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { RawSpan, StructuredTrace } from '@tracehouse/model';
import { startService, type Metrics } from '@tracehouse/observability';
import { committedOffsets, createTopics, endOffsets, pollUntil, readTopic, testBrokers, testKafka, uniqueName, type ReadRecord } from '@tracehouse/testing';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { TraceReader, TraceStore } from '@tracehouse/trace-store';
import { loadViewGeneratorConfig } from './config/view-generator.config';
import { allFixtureMessages, OTHER_TENANT, span, spanId, T0_NS, TENANT, trace, TRACE_IDS } from './testdata/traces';
import { ViewGeneratorModule } from './view-generator.module';

const HOUR = 3_600_000_000_000n;
const kafka = testKafka('view-generator-int');
const topic = uniqueName('enriched-traces');
const group = uniqueName('view-generator');
let dir: string;
let app: INestApplication | undefined;
let reader: TraceReader;
let metrics: Metrics;

async function produce(traces: StructuredTrace[], extra: { value: Buffer; key: string }[] = []): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: [
        ...traces.map((t) => ({ key: ENRICHED_TRACES.key(t.tenantId, t.traceId), value: ENRICHED_TRACES.encode(t), headers: pipelineHeaders(t.tenantId, 1) })),
        ...extra.map((m) => ({ ...m, headers: pipelineHeaders(TENANT, 1) })),
      ],
    });
  } finally {
    await producer.disconnect();
  }
}

async function allCommitted(): Promise<boolean> {
  const [ends, committed] = await Promise.all([endOffsets(kafka, topic), committedOffsets(kafka, group, topic)]);
  return [...ends].every(([p, end]) => (committed.get(p) ?? -1n) === end);
}

async function figures(): Promise<unknown> {
  const range = { fromUnixNano: T0_NS - HOUR, toUnixNano: T0_NS + HOUR };
  return {
    checkout: (await reader.getTrace(TENANT, TRACE_IDS.checkout))?.spans.length,
    summaries: await reader.summaries(TENANT, [TRACE_IDS.checkout, TRACE_IDS.lateFragment]),
    orphan: await reader.summaries(OTHER_TENANT, [TRACE_IDS.orphanFragment]),
    graph: await reader.dependencyGraph(TENANT, range),
    red: await reader.serviceMetrics(TENANT, { service: 'frontend', range, stepSeconds: 60 }),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'view-generator-pipeline-'));
  await createTopics(kafka, [topic], 2);
  const config = loadViewGeneratorConfig({
    KAFKA_BROKERS: testBrokers().join(','),
    TOPIC_ENRICHED_TRACES: topic,
    KAFKA_GROUP_ID: group,
    KAFKA_TOPIC_PARTITIONS: '2',
    STAGE_COMMIT_INTERVAL_MS: '0',
    STAGE_SESSION_TIMEOUT_MS: '6000',
    STAGE_RETRY_MAX_MS: '1000',
    LOG_LEVEL: 'warn',
    CLICKHOUSE_DATA_PATH: join(dir, 'chdb'),
    VIEW_BATCH_MAX_AGE_MS: '200',
    // The fixtures date from 2025: keep their rows.
    VIEW_RETENTION_SPANS_DAYS: '0',
    VIEW_RETENTION_TRACES_DAYS: '0',
    VIEW_RETENTION_SERVICE_CALLS_DAYS: '0',
    VIEW_RETENTION_BACKEND_CALLS_DAYS: '0',
    VIEW_RETENTION_API_CALLS_DAYS: '0',
    VIEW_RETENTION_OPERATIONS_DAYS: '0',
  });
  const started = await startService({
    service: 'view-generator',
    adminHost: '127.0.0.1',
    adminPort: 0,
    logLevel: config.LOG_LEVEL,
    module: (context) => ViewGeneratorModule.forRoot(config, context),
  });
  app = started.app;
  metrics = started.context.metrics;
  reader = new TraceReader(app.get(TraceStore, { strict: false }));
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('writes enriched-traces records into the views the read library serves, dead-letters poison, commits after storing', async () => {
  await produce(allFixtureMessages(), [{ key: `${TENANT}/${TRACE_IDS.checkout}`, value: Buffer.from('not a StructuredTrace') }]);
  await pollUntil('the checkout trace to be readable', async () => (await reader.getTrace(TENANT, TRACE_IDS.checkout))?.spans.length === 6, 60_000, 200);
  await pollUntil('the late fragment to merge into its trace', async () => (await reader.summaries(TENANT, [TRACE_IDS.lateFragment]))[0]?.spanCount === 3, 30_000, 200);
  const [orphan] = await reader.summaries(OTHER_TENANT, [TRACE_IDS.orphanFragment]);
  expect(orphan).toMatchObject({ spanCount: 2, truncated: true });
  expect(await reader.listServices(TENANT)).toEqual(['billing', 'cart', 'frontend', 'mailer']);
  const dlq = await readTopic(kafka, `${topic}.dlq`, { atLeast: 1, timeoutMs: 30_000 });
  expect(dlq.map((r) => [r.value.toString(), r.headers['dlq-stage'], r.headers['dlq-error-kind']])).toEqual([['not a StructuredTrace', 'view-generator', 'permanent']]);
  await pollUntil('every offset to be committed', allCommitted, 30_000, 200);
});

it('absorbs a replay of every record: the views read the same afterwards', async () => {
  const before = await figures();
  expect(before).toMatchObject({ checkout: 6 });
  await produce([...allFixtureMessages(), ...allFixtureMessages()]);
  await pollUntil('the replayed records to be stored and committed', allCommitted, 60_000, 200);
  expect(await figures()).toEqual(before);
});

// Issue 12: one bad value never costs a trace. Each test has its own trace ids; the dead-letter
// topic is shared with the first test, so each looks for records of its own trace.
const dlqOf = async (traceId: string): Promise<ReadRecord[]> => (await readTopic(kafka, `${topic}.dlq`)).filter((r) => r.key === `${TENANT}/${traceId}`);

it('stores a 1,000-span trace with missing, ancient, future, beyond-2262 and negative-duration times and an out-of-range status, with warnings, dead-lettering nothing', async () => {
  const id = '1234567890abcdef1234567890abcdef';
  const nowNs = BigInt(Date.now()) * 1_000_000n;
  const future = nowNs + 2n * 365n * 24n * HOUR;
  const beyond = 2n ** 64n - 1_000n; // fixed64 holds it; DateTime64(9) ends at 2^63 - 1 ns
  const spans = Array.from({ length: 1_000 }, (_, i) => span(id, i + 1, { name: `op-${i + 1}`, serviceName: 'frontend', kind: 'INTERNAL', ...(i === 0 ? {} : { parent: 1 }) }));
  const odd = (n: number, change: Partial<RawSpan>): void => {
    spans[n - 1] = { ...spans[n - 1]!, ...change };
  };
  odd(2, { startTimeUnixNano: 0n, endTimeUnixNano: 0n, warnings: ['the grouper noticed something'] });
  odd(3, { startTimeUnixNano: 1_000n, endTimeUnixNano: 2_000n });
  odd(4, { startTimeUnixNano: T0_NS + 5_000_000n, endTimeUnixNano: T0_NS });
  odd(5, { startTimeUnixNano: future, endTimeUnixNano: future + 1_000n });
  odd(6, { startTimeUnixNano: beyond, endTimeUnixNano: beyond + 999n });
  odd(7, { http: { statusCode: 70_000 }, attributes: { 'http.response.status_code': 70_000n } });
  const t = trace(spans, { rootService: 'frontend', transactionName: 'op-1' });
  await produce([t]);
  await pollUntil('the 1,000-span trace to be readable whole', async () => (await reader.getTrace(TENANT, id))?.spans.length === 1_000, 60_000, 200);
  await pollUntil('every offset to be committed', allCommitted, 30_000, 200);
  const stored = new Map((await reader.getTrace(TENANT, id))!.spans.map((s) => [s.spanId, s]));
  for (const sent of spans) {
    const got = stored.get(sent.spanId);
    expect([sent.spanId, got?.startTimeUnixNano, got?.endTimeUnixNano]).toEqual([sent.spanId, sent.startTimeUnixNano, sent.endTimeUnixNano]);
  }
  const warnings = (n: number): string[] | undefined => stored.get(spanId(n))?.warnings;
  expect(warnings(1)).toEqual([]);
  expect(warnings(2)).toEqual(['the grouper noticed something', 'start time 0 is missing or before 1971-01-01; stored as sent', 'end time 0 is missing or before 1971-01-01; stored as sent']);
  expect(warnings(3)).toEqual([
    'start time 1000 ns (1970-01-01T00:00:00.000001000Z) is missing or before 1971-01-01; stored as sent',
    'end time 2000 ns (1970-01-01T00:00:00.000002000Z) is missing or before 1971-01-01; stored as sent',
  ]);
  expect(warnings(4)).toEqual(['end time is 5000000 ns before start time (a negative duration); duration stored as 0, the times as sent']);
  expect(stored.get(spanId(4))?.durationNs).toBe(0n);
  expect(warnings(5)?.join(' ')).toMatch(/^start time \d+ ns \(.*\) is more than a year after the span arrived .* stored as sent end time .* more than a year after the span arrived/);
  expect(warnings(6)).toEqual([
    `start time ${beyond} ns (2554-07-21T23:34:33.709550616Z) is after 2262-04-11T23:47:16.854775807Z, the latest the time column can hold; it holds that and the time as sent is kept beside it`,
    `end time ${beyond + 999n} ns (2554-07-21T23:34:33.709551615Z) is after 2262-04-11T23:47:16.854775807Z, the latest the time column can hold; it holds that and the time as sent is kept beside it`,
  ]);
  expect(warnings(7)).toEqual(['HTTP status code 70000 is not an integer from 0 to 65535; stored as unknown, the attribute keeps the value as sent']);
  expect(stored.get(spanId(7))).toMatchObject({ httpStatusCode: 0, attributes: { 'http.response.status_code': 70_000n } });
  expect((await reader.summaries(TENANT, [id]))[0]).toMatchObject({ spanCount: 1_000 });
  expect(await dlqOf(id)).toEqual([]);
});

it('dead-letters alone the one span ClickHouse refuses, and stores the rest of its trace', async () => {
  const store = app!.get(TraceStore, { strict: false });
  // A CHECK constraint makes the real engine refuse one row (code 469, VIOLATED_CONSTRAINT), as a
  // server's own rules or a value no later check foresaw would.
  await store.client.command({ query: `ALTER TABLE ${store.qualified('spans')} ADD CONSTRAINT refuse_poison CHECK span_name != 'refused-by-clickhouse'` });
  try {
    const id = 'fedcba0987654321fedcba0987654321';
    const spans = Array.from({ length: 40 }, (_, i) => span(id, i + 1, { name: i === 22 ? 'refused-by-clickhouse' : `op-${i + 1}`, serviceName: 'cart', kind: 'INTERNAL', ...(i === 0 ? {} : { parent: 1 }) }));
    await produce([trace(spans, { rootService: 'cart', transactionName: 'op-1' })]);
    await pollUntil('the refused span to be dead-lettered', async () => (await dlqOf(id)).length > 0, 60_000, 200);
    await pollUntil('every offset to be committed', allCommitted, 30_000, 200);
    const [dead, ...more] = await dlqOf(id);
    expect(more).toEqual([]);
    const alone = ENRICHED_TRACES.decode(dead!.value);
    expect(alone.spans.map((s) => [s.spanId, s.name])).toEqual([[spanId(23), 'refused-by-clickhouse']]);
    expect(dead!.headers).toMatchObject({ 'dlq-stage': 'view-generator', 'dlq-error-kind': 'permanent', 'dlq-span-id': spanId(23), 'dlq-span-reason': 'refused_by_clickhouse', 'dlq-reason': 'refused-by-store', 'dlq-part': `span ${spanId(23)}` });
    expect(dead!.headers['dlq-error']).toMatch(/Constraint `refuse_poison`/);
    const stored = await reader.getTrace(TENANT, id);
    expect(stored?.spans.map((s) => s.spanId).sort()).toEqual(spans.filter((_, i) => i !== 22).map((s) => s.spanId).sort());
  } finally {
    await store.client.command({ query: `ALTER TABLE ${store.qualified('spans')} DROP CONSTRAINT refuse_poison` });
  }
});

it("shows the engine's memory, merges and each view's active parts and rows on /metrics", async () => {
  // Read every ENGINE_STATS_INTERVAL_MS (10 s): by now the first test's rows are in.
  const series = (text: string, name: string, table: string): number | undefined => {
    const line = text.split('\n').find((l) => l.startsWith(`tracehouse_${name}{`) && l.includes(`table="${table}"`));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  };
  let text = '';
  await pollUntil('the spans table to show parts and rows', async () => {
    text = await metrics.render();
    return (series(text, 'views_table_active_parts', 'spans') ?? 0) > 0 && (series(text, 'views_table_rows', 'spans') ?? 0) >= 1_000;
  }, 30_000, 500);
  expect(series(text, 'views_table_active_parts', 'trace_spans')).toBeGreaterThan(0);
  expect(text).toMatch(/^tracehouse_views_engine_memory_bytes\{[^}]*kind="tracked"[^}]*\} [1-9]/m);
  expect(text).toMatch(/^tracehouse_views_engine_merges_running(\{[^}]*\})? \d+/m);
});
