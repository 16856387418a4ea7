import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { Pool } from 'pg';
import { entityKey, MongoEntityStore, PostgresEntityStore } from '@tracehouse/entity-store';
import { startMongoWireServer, startPostgres, type LocalMongoWireServer, type LocalPostgres } from '@tracehouse/infra';
import { createTopics, pollUntil, readTopic, REPO_ROOT, testBrokers, testKafka, uniqueName } from '@tracehouse/testing';
import { ENRICHED_TRACES, STRUCTURED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import type { Kafka, Producer } from 'kafkajs';
import { startEnricher, streamTrace, type EnricherProcess } from './testdata/int-helpers';
import { TraceEnricher } from './processor/trace-enricher.processor';

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
  return url;
}

/** Distinct trace ids among the records of enriched-traces. */
function traceIds(records: Array<{ value: Buffer }>): Set<string> {
  return new Set(records.map((r) => ENRICHED_TRACES.decode(r.value).traceId));
}

describe('trace-enricher processes against real Kafka and PostgreSQL', () => {
  let kafka: Kafka;
  let producer: Producer;
  const running: EnricherProcess[] = [];
  const started: Array<LocalPostgres | LocalMongoWireServer> = [];
  const dataDirs: string[] = [];

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.process.kill9()));
    await Promise.all(started.map((pg) => pg.stop()));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    await producer.disconnect();
  });

  async function topics(name: string): Promise<{ TOPIC_STRUCTURED_TRACES: string; TOPIC_ENRICHED_TRACES: string }> {
    const input = uniqueName(`${name}-structured`);
    const output = uniqueName(`${name}-enriched`);
    await createTopics(kafka, [input, output, `${input}.dlq`], 4);
    return { TOPIC_STRUCTURED_TRACES: input, TOPIC_ENRICHED_TRACES: output };
  }

  async function produce(topic: string, traces: ReturnType<typeof streamTrace>[]): Promise<void> {
    await producer.send({
      topic,
      acks: -1,
      messages: traces.map((t) => ({ key: STRUCTURED_TRACES.key(t.tenantId, t.traceId), value: STRUCTURED_TRACES.encode(t), headers: pipelineHeaders(t.tenantId, 1_736_942_401_000) })),
    });
  }

  it('two enrichers meeting the same new services, APIs and backends at once create each entity exactly once', async () => {
    const t = await topics('concurrent');
    const schema = uniqueName('enricher_conc').replace(/-/g, '_');
    const shape = { services: 40, apisPerService: 60, databases: 25 };
    const traces = Array.from({ length: 600 }, (_, n) => streamTrace('conc', n, shape));
    // What must exist afterwards: the entities the pure enricher derives from the same traces.
    const expected = new Map<string, string>();
    const oracle = new TraceEnricher({ maxApisPerService: 1000 });
    for (const tr of traces) for (const e of oracle.enrich(tr, 'acme').entities) expected.set(entityKey(e), `${e.type} ${e.name}`);

    // Two consumer groups: each process reads the whole stream, so every new entity is met by both.
    const env = { ...t, KAFKA_BROKERS: testBrokers().join(','), DATABASE_URL: databaseUrl(), ENTITY_STORE_SCHEMA: schema };
    const [a, b] = await Promise.all([startEnricher({ ...env, KAFKA_GROUP_ID: uniqueName('conc-a') }), startEnricher({ ...env, KAFKA_GROUP_ID: uniqueName('conc-b') })]);
    running.push(a, b);
    await pollUntil('both enrichers ready', async () => (await a.readyz()) === 200 && (await b.readyz()) === 200, 90_000, 250);
    await produce(t.TOPIC_STRUCTURED_TRACES, traces);

    const out = await readTopic(kafka, t.TOPIC_ENRICHED_TRACES, { atLeast: 2 * traces.length, timeoutMs: 120_000 });
    expect(out).toHaveLength(2 * traces.length);
    expect(traceIds(out)).toEqual(new Set(traces.map((tr) => tr.traceId)));

    const pool = new Pool({ connectionString: databaseUrl(), max: 1 });
    try {
      const { rows } = await pool.query<{ tenant: string; type: string; id: string; name: string }>(`SELECT tenant, type, id, doc->>'name' AS name FROM "${schema}".entities`);
      const stored = rows.map((r) => entityKey({ tenant: r.tenant, type: r.type as 'SERVICE', id: r.id }));
      // Exactly once: as many rows as distinct entities, and the same set.
      expect(new Set(stored).size).toBe(stored.length);
      expect(new Set(stored)).toEqual(new Set(expected.keys()));
      const byType = (type: string): number => rows.filter((r) => r.type === type).length;
      // 40 services; 120 caller APIs ((n mod 40, n mod 60) repeats every 120 traces) + one templated
      // `GET /items/{id}` per callee service; 25 databases.
      expect([byType('SERVICE'), byType('API'), byType('BACKEND')]).toEqual([40, 160, 25]);
      // The same rows through the port's listing, as the query side reads them.
      const store = new PostgresEntityStore({ url: databaseUrl(), schema });
      const listed = await store.list('acme', 'SERVICE', { limit: 1000 });
      await store.close();
      expect(listed.entities.map((e) => e.name).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `svc-${i}`).sort());
    } finally {
      await pool.end();
    }
    // Nest runs every shutdown hook, then re-raises the signal: exiting by SIGTERM is the clean path.
    expect(await a.process.terminate()).toBe('SIGTERM');
    expect(await b.process.terminate()).toBe('SIGTERM');
  });

  it('a running enricher sends a trace whose entities it knows to the output without writing any of them (cache misses stay flat while hits grow)', async () => {
    const t = await topics('warm');
    const schema = uniqueName('enricher_warm').replace(/-/g, '_');
    const enricher = await startEnricher({ ...t, KAFKA_BROKERS: testBrokers().join(','), DATABASE_URL: databaseUrl(), ENTITY_STORE_SCHEMA: schema, KAFKA_GROUP_ID: uniqueName('warm') });
    running.push(enricher);
    await pollUntil('enricher ready', async () => (await enricher.readyz()) === 200, 90_000, 250);
    const counter = async (name: string): Promise<number> => {
      const text = await (await fetch(`http://127.0.0.1:${enricher.adminPort}/metrics`)).text();
      return text
        .split('\n')
        .filter((l) => l.startsWith(`tracehouse_${name}`))
        .reduce((a, l) => a + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
    };
    // A bounded world that repeats every 12 traces, each trace 1 ms later than the one before.
    const world = (n: number): ReturnType<typeof streamTrace> => {
      const tr = streamTrace('warm', n, { services: 6, apisPerService: 4, databases: 3 });
      const shift = BigInt(n) * 1_000_000n;
      return { ...tr, spans: tr.spans.map((s) => ({ ...s, startTimeUnixNano: s.startTimeUnixNano + shift, endTimeUnixNano: s.endTimeUnixNano + shift })) };
    };
    await produce(t.TOPIC_STRUCTURED_TRACES, Array.from({ length: 24 }, (_, n) => world(n)));
    await readTopic(kafka, t.TOPIC_ENRICHED_TRACES, { atLeast: 24, timeoutMs: 60_000 });
    const missesBefore = await counter('enricher_entity_cache_misses_total');
    const hitsBefore = await counter('enricher_entity_cache_hits_total');
    expect(missesBefore).toBeGreaterThan(0);

    await produce(t.TOPIC_STRUCTURED_TRACES, Array.from({ length: 300 }, (_, n) => world(24 + n)));
    await readTopic(kafka, t.TOPIC_ENRICHED_TRACES, { atLeast: 324, timeoutMs: 60_000 });
    await pollUntil('hits of the 300 warm traces counted', async () => (await counter('enricher_entity_cache_hits_total')) - hitsBefore >= 300 * 4, 30_000, 200);
    expect(await counter('enricher_entity_cache_misses_total')).toBe(missesBefore);
    // Their later last-seen reaches the store in the background batches, not per trace.
    await pollUntil('last-seen of the newest trace written', async () => (await counter('enricher_entity_touches_written_total')) > 0, 30_000, 200);
  });

  it('loses and skips no trace while PostgreSQL is stopped mid-stream, reports not-ready, and resumes when it returns', async () => {
    const t = await topics('outage');
    const dataDir = join(REPO_ROOT, '.data', uniqueName('enricher-outage-pg'));
    dataDirs.push(dataDir);
    let pg = await startPostgres({ dataDir });
    started.push(pg);
    const port = Number(new URL(pg.url).port);
    // Every trace brings a new service, so every trace needs the store: none can slip through on the cache.
    const shape = { services: 100_000, apisPerService: 1, databases: 1 };
    const traces = Array.from({ length: 300 }, (_, n) => streamTrace('outage', n, shape));
    const enricher = await startEnricher({ ...t, KAFKA_BROKERS: testBrokers().join(','), DATABASE_URL: pg.url, KAFKA_GROUP_ID: uniqueName('outage') });
    running.push(enricher);
    await pollUntil('the enricher ready', async () => (await enricher.readyz()) === 200, 90_000, 250);

    await produce(t.TOPIC_STRUCTURED_TRACES, traces.slice(0, 100));
    await readTopic(kafka, t.TOPIC_ENRICHED_TRACES, { atLeast: 100, timeoutMs: 60_000 });

    await pg.stop();
    await produce(t.TOPIC_STRUCTURED_TRACES, traces.slice(100, 200));
    await pollUntil('/readyz to answer 503 while PostgreSQL is down', async () => (await enricher.readyz()) === 503, 60_000, 250);
    const during = await readTopic(kafka, t.TOPIC_ENRICHED_TRACES);
    // Nothing that needs the store got through while it was down.
    expect(traceIds(during).size).toBe(100);

    pg = await startPostgres({ dataDir, port });
    started.push(pg);
    await produce(t.TOPIC_STRUCTURED_TRACES, traces.slice(200));
    const out = await readTopic(kafka, t.TOPIC_ENRICHED_TRACES, { atLeast: 300, timeoutMs: 120_000 });
    expect(traceIds(out)).toEqual(new Set(traces.map((tr) => tr.traceId)));
    await pollUntil('/readyz back to 200', async () => (await enricher.readyz()) === 200, 60_000, 250);

    // Every entity of every trace is in the store: each upsert was durable before its trace went out.
    const store = new PostgresEntityStore({ url: pg.url });
    const services = new Set<string>();
    let after: string | undefined;
    do {
      const page = await store.list('acme', 'SERVICE', { limit: 1000, after });
      for (const e of page.entities) services.add(e.name);
      after = page.nextAfter;
    } while (after);
    await store.close();
    expect(services.size).toBe(301);
    expect(await enricher.process.terminate()).toBe('SIGTERM');
  });

  it('works the same with the MongoDB entity store (DOCUMENT_STORE=mongodb)', async () => {
    const t = await topics('mongo');
    let url = process.env.MONGODB_URL;
    if (!url) {
      const server = await startMongoWireServer({ repoRoot: REPO_ROOT });
      started.push(server);
      url = server.url;
    }
    const database = uniqueName('enricher_mongo').replace(/-/g, '_');
    const traces = Array.from({ length: 50 }, (_, n) => streamTrace('mongo', n, { services: 5, apisPerService: 3, databases: 2 }));
    const enricher = await startEnricher({ ...t, KAFKA_BROKERS: testBrokers().join(','), DOCUMENT_STORE: 'mongodb', MONGODB_URL: `${url}/${database}`, KAFKA_GROUP_ID: uniqueName('mongo') });
    running.push(enricher);
    await pollUntil('the enricher ready', async () => (await enricher.readyz()) === 200, 90_000, 250);
    await produce(t.TOPIC_STRUCTURED_TRACES, traces);
    const out = await readTopic(kafka, t.TOPIC_ENRICHED_TRACES, { atLeast: 50, timeoutMs: 60_000 });
    expect(traceIds(out)).toEqual(new Set(traces.map((tr) => tr.traceId)));
    const store = new MongoEntityStore({ url, database });
    try {
      expect((await store.list('acme', 'SERVICE')).entities.map((e) => e.name).sort()).toEqual(['svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4']);
      expect((await store.list('acme', 'BACKEND')).entities.map((e) => e.name).sort()).toEqual(['postgresql://db-0:5432', 'postgresql://db-1:5432']);
      // (n mod 5, n mod 3) repeats every 15 traces: 15 caller APIs + 5 templated callee APIs.
      expect((await store.list('acme', 'API')).entities).toHaveLength(20);
    } finally {
      await store.close();
    }
    expect(await enricher.process.terminate()).toBe('SIGTERM');
  });
});
