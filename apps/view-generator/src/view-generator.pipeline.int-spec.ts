// The pipeline from `enriched-traces` to the read library against the real broker: the
// view-generator's Nest module runs in this process (it owns the embedded engine's data folder, as in
// the embedded default), consumes fixture records, and the read library finds them; a poison record is
// dead-lettered, offsets are committed once the rows are stored, and a replay changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { StructuredTrace } from '@tracehouse/model';
import { startService } from '@tracehouse/observability';
import { committedOffsets, createTopics, endOffsets, pollUntil, readTopic, testBrokers, testKafka, uniqueName } from '@tracehouse/testing';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { TraceReader, TraceStore } from '@tracehouse/trace-store';
import { loadViewGeneratorConfig } from './config/view-generator.config';
import { allFixtureMessages, OTHER_TENANT, T0_NS, TENANT, TRACE_IDS } from './testdata/traces';
import { ViewGeneratorModule } from './view-generator.module';

const HOUR = 3_600_000_000_000n;
const kafka = testKafka('view-generator-int');
const topic = uniqueName('enriched-traces');
const group = uniqueName('view-generator');
let dir: string;
let app: INestApplication | undefined;
let reader: TraceReader;

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
