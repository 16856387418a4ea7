// Tail sampling end to end against the real broker, PostgreSQL and the embedded ClickHouse engine
// (issue 15): a spans-grouper process with a policy of errors + slow + 10% of the rest, a
// trace-enricher process, and the view-generator (its Nest module in this process, owning the chdb
// folder, serving the query API as in the embedded default). Over a generated workload with late
// fragments, the views hold every error and slow trace whole, 10% ± 2% of the others (exactly those
// the hash-seed sampler picks, with weight 10), late fragments follow their trace's decision, and the
// RED request counts and service-graph call counts, extrapolated from the sample, are within 5% of
// the truth counted from the workload, with the query API saying they are extrapolated.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { hexToBytes } from '@tracehouse/identity';
import { freePort } from '@tracehouse/infra';
import type { RawSpan } from '@tracehouse/model';
import { startService } from '@tracehouse/observability';
import { consistentSample } from '@tracehouse/otlp';
import { committedOffsets, createTopics, endOffsets, pollUntil, startScript, testBrokers, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';
import { RAW_SPANS } from '@tracehouse/topics';
import { TraceReader, TraceStore } from '@tracehouse/trace-store';
import type { Kafka, Producer } from 'kafkajs';
import { loadViewGeneratorConfig } from './config/view-generator.config';
import { ViewGeneratorModule } from './view-generator.module';

const TENANT = 'default'; // the query API's tenant when no tenancy is configured
const PARTITIONS = 4;
const SEED = 11;
const SLOW_MS = 1_000;
// 20,000 traces: the sampled estimate of a count over the 16,000 "other" traces has a standard
// deviation of about 1.9% (10 x sqrt(16,000 x 0.1 x 0.9) of 20,000), so 5% is 2.6 of them.
const TRACES = 20_000;
const MS = 1_000_000n;
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

interface Generated {
  readonly traceId: string;
  readonly kind: Kind;
  readonly spans: RawSpan[];
}

const id16 = (n: number): string => n.toString(16).padStart(16, '0');

function raw(traceId: string, n: number, parent: number, over: Partial<RawSpan>): RawSpan {
  return {
    tenantId: TENANT, traceId, spanId: id16(n), parentSpanId: parent === 0 ? '' : id16(parent), traceState: '', name: 'op', kind: 'INTERNAL',
    startTimeUnixNano: 0n, endTimeUnixNano: 0n, statusCode: 'UNSET', statusMessage: '', serviceName: 'frontend', attributes: {},
    resourceAttributes: {}, scopeName: '', scopeVersion: '', events: [], links: [], droppedAttributesCount: 0, droppedEventsCount: 0,
    droppedLinksCount: 0, flags: 1, receivedAtMs: Date.now(), ...over,
  };
}

/**
 * Trace i: frontend `GET /checkout` (SERVER, an API entry) -> its client call -> orders
 * `POST /orders` (SERVER, an API entry) -> a postgres query. Every 10th (i % 10 = 3) fails at the
 * entry (HTTP 500), every 10th (i % 10 = 7) takes 1.5 s, the rest take 20-60 ms. Start times spread
 * over 20 minutes from `t0Ns`.
 */
function generate(t0Ns: bigint): Generated[] {
  return Array.from({ length: TRACES }, (_, i): Generated => {
    const traceId = createHash('sha256').update(`sampling-views-${i}`).digest('hex').slice(0, 32);
    const kind: Kind = i % 10 === 3 ? 'error' : i % 10 === 7 ? 'slow' : 'other';
    const start = t0Ns + (BigInt(i) * 1_200_000n * MS) / BigInt(TRACES);
    const total = kind === 'slow' ? BigInt(SLOW_MS + 500) * MS : BigInt(20 + (i % 41)) * MS;
    const at = (from: bigint, to: bigint) => ({ startTimeUnixNano: start + from, endTimeUnixNano: start + to });
    const status = kind === 'error' ? 500 : 200;
    return {
      traceId,
      kind,
      spans: [
        raw(traceId, 1, 0, { name: 'GET /checkout', kind: 'SERVER', serviceName: 'frontend', ...at(0n, total), statusCode: kind === 'error' ? 'ERROR' : 'UNSET', http: { method: 'GET', route: '/checkout', statusCode: status } }),
        raw(traceId, 2, 1, { name: 'POST', kind: 'CLIENT', serviceName: 'frontend', ...at(2n * MS, total - 2n * MS), http: { method: 'POST', url: 'http://orders/orders', statusCode: 200 }, peer: { service: 'orders' } }),
        raw(traceId, 3, 2, { name: 'POST /orders', kind: 'SERVER', serviceName: 'orders', ...at(3n * MS, total - 3n * MS), http: { method: 'POST', route: '/orders', statusCode: 200 } }),
        raw(traceId, 4, 3, { name: 'SELECT orders', kind: 'CLIENT', serviceName: 'orders', ...at(4n * MS, 6n * MS), db: { system: 'postgresql', name: 'shop', operation: 'SELECT' } }),
      ],
    };
  });
}

async function waitCommittedToEnd(kafka: Kafka, group: string, topic: string, timeoutMs: number): Promise<void> {
  const ends = await endOffsets(kafka, topic);
  await pollUntil(`group ${group} to commit ${topic} to its end`, async () => {
    const committed = await committedOffsets(kafka, group, topic);
    return [...ends].every(([p, end]) => end === 0n || committed.get(p) === end);
  }, timeoutMs, 250);
}

async function waitReady(process: TestProcess, adminPort: number): Promise<void> {
  await pollUntil(`the stage on admin port ${adminPort} to be ready`, async () => {
    if (process.child.exitCode !== null) throw new Error(`the stage exited: ${process.output()}`);
    return (await fetch(`http://127.0.0.1:${adminPort}/readyz`).catch(() => undefined))?.status === 200;
  }, 60_000, 200);
}

describe('tail sampling through grouper -> enricher -> view-generator (chdb) against the real broker', () => {
  const kafka = testKafka('sampling-pipeline-int');
  let producer: Producer;
  const processes: TestProcess[] = [];
  let app: INestApplication | undefined;
  let dir: string;

  beforeAll(async () => {
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    dir = mkdtempSync(join(tmpdir(), 'sampling-pipeline-'));
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => (p.child.exitCode === null ? p.terminate() : undefined)));
    await producer.disconnect();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores every error and slow trace, 10% ± 2% of the rest, late fragments by their decision, and RED and graph counts within 5% of the truth', async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
    const rawTopic = uniqueName('sp-raw');
    const structured = uniqueName('sp-structured');
    const enriched = uniqueName('sp-enriched');
    await createTopics(kafka, [rawTopic, structured, enriched, `${rawTopic}.dlq`, `${structured}.dlq`, `${enriched}.dlq`], PARTITIONS);
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify(POLICY));
    const topics = { TOPIC_RAW_SPANS: rawTopic, TOPIC_STRUCTURED_TRACES: structured, TOPIC_ENRICHED_TRACES: enriched };
    const common = { ...topics, ADMIN_HOST: '127.0.0.1', LOG_LEVEL: 'warn', KAFKA_BROKERS: testBrokers().join(','), KAFKA_CREATE_TOPICS: 'false', STAGE_SESSION_TIMEOUT_MS: '6000' };
    const entitySchema = uniqueName('sp_entities').replace(/-/g, '_');

    const grouperGroup = uniqueName('sp-grouper');
    const grouperPort = await freePort();
    const grouper = startScript('apps/spans-grouper/src/main.js', {
      ...common, ADMIN_PORT: String(grouperPort), KAFKA_GROUP_ID: grouperGroup,
      GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', GROUPER_SAMPLING_POLICY_FILE: policyFile,
    });
    processes.push(grouper);
    const enricherGroup = uniqueName('sp-enricher');
    const enricherPort = await freePort();
    const enricher = startScript('apps/trace-enricher/src/main.js', {
      ...common, ADMIN_PORT: String(enricherPort), KAFKA_GROUP_ID: enricherGroup, STAGE_COMMIT_INTERVAL_MS: '200', DATABASE_URL: databaseUrl, ENTITY_STORE_SCHEMA: entitySchema,
    });
    processes.push(enricher);
    const viewGroup = uniqueName('sp-views');
    const queryPort = await freePort();
    const config = loadViewGeneratorConfig({
      ...common, KAFKA_GROUP_ID: viewGroup, KAFKA_TOPIC_PARTITIONS: String(PARTITIONS), STAGE_COMMIT_INTERVAL_MS: '0',
      CLICKHOUSE_DATA_PATH: join(dir, 'chdb'), VIEW_BATCH_MAX_AGE_MS: '300', QUERY_HOST: '127.0.0.1', QUERY_PORT: String(queryPort),
      DATABASE_URL: databaseUrl, ENTITY_STORE_SCHEMA: entitySchema,
    });
    const started = await startService({ service: 'view-generator', adminHost: '127.0.0.1', adminPort: 0, logLevel: config.LOG_LEVEL, module: (context) => ViewGeneratorModule.forRoot(config, context) });
    app = started.app;
    const store = app.get(TraceStore, { strict: false });
    const reader = new TraceReader(store);
    await waitReady(grouper, grouperPort);
    await waitReady(enricher, enricherPort);

    // Span times 30 minutes back (well inside retention), spread over 20 minutes.
    const t0Ns = BigInt(Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000) * MS;
    const traces = generate(t0Ns);
    const picked = (t: Generated) => consistentSample(hexToBytes(t.traceId), SEED, 10);
    // Every 4th trace holds back its database span and sends it once its trace was decided. The
    // held-back span of an "other" trace the sampler drops is made an error: alone it would be
    // kept, yet it must follow its trace's drop.
    const onTime: RawSpan[][] = [];
    const late: RawSpan[][] = [];
    traces.forEach((t, i) => {
      const spans = [...t.spans];
      if (i % 4 === 1) {
        let leaf = spans.pop() as RawSpan;
        if (t.kind === 'other' && !picked(t)) leaf = { ...leaf, statusCode: 'ERROR' };
        late.push([leaf]);
      }
      onTime.push(spans);
    });
    const send = async (batches: RawSpan[][]): Promise<void> => {
      for (let i = 0; i < batches.length; i += 2_000) {
        await producer.send({
          topic: rawTopic,
          acks: -1,
          messages: batches.slice(i, i + 2_000).map((spans) => {
            const [first] = spans as [RawSpan];
            return { key: RAW_SPANS.key(TENANT, first.traceId), value: RAW_SPANS.encode({ tenantId: TENANT, traceId: first.traceId, spans }), headers: RAW_SPANS.headers(TENANT, Date.now()) };
          }),
        });
      }
    };
    await send(onTime);
    await waitCommittedToEnd(kafka, grouperGroup, rawTopic, 240_000);
    await send(late);
    await waitCommittedToEnd(kafka, grouperGroup, rawTopic, 120_000);
    await waitCommittedToEnd(kafka, enricherGroup, structured, 240_000);
    await waitCommittedToEnd(kafka, viewGroup, enriched, 240_000);

    // What the views hold, per trace: spans stored and the trace's weight.
    const stored = new Map<string, { spans: number; weight: number }>();
    const result = await store.client.query({
      query: `SELECT trace_id, uniqExactMerge(span_ids) AS spans, max(sampling_weight) AS weight FROM ${store.qualified('traces')} WHERE tenant = {tenant:String} GROUP BY trace_id`,
      query_params: { tenant: TENANT },
      format: 'JSONEachRow',
    });
    for (const r of await result.json<{ trace_id: string; spans: string; weight: number }>()) stored.set(r.trace_id, { spans: Number(r.spans), weight: Number(r.weight) });

    const of = (kind: Kind) => traces.filter((t) => t.kind === kind);
    const whole = (t: Generated, weight: number) => stored.get(t.traceId)?.spans === 4 && stored.get(t.traceId)?.weight === weight;
    // 100% of the error and slow traces, whole (late spans included), weight 1.
    expect(of('error').filter((t) => !whole(t, 1)).map((t) => t.traceId)).toEqual([]);
    expect(of('slow').filter((t) => !whole(t, 1)).map((t) => t.traceId)).toEqual([]);
    // The others: exactly the ones the hash-seed sampler picks, whole, weight 10; 10% ± 2% of them.
    const others = of('other');
    const keptOthers = others.filter((t) => stored.has(t.traceId));
    expect(keptOthers.map((t) => t.traceId).sort()).toEqual(others.filter(picked).map((t) => t.traceId).sort());
    expect(keptOthers.filter((t) => !whole(t, 10)).map((t) => t.traceId)).toEqual([]);
    const keepRate = keptOthers.length / others.length;
    expect(keepRate).toBeGreaterThanOrEqual(0.08);
    expect(keepRate).toBeLessThanOrEqual(0.12);
    // Late fragments: the held-back spans of kept traces are stored (whole above); the late error
    // spans of dropped traces are nowhere, their traces absent.
    const lateOfDropped = late.flat().filter((s) => s.statusCode === 'ERROR');
    expect(lateOfDropped.length).toBeGreaterThan(1_000);
    expect(lateOfDropped.filter((s) => stored.has(s.traceId))).toEqual([]);
    expect(stored.size).toBe(of('error').length + of('slow').length + keptOthers.length);

    // RED from the views, extrapolated, against the truth counted from the workload: every trace
    // has one entry call at frontend and one at orders; the errors are the error traces' entries.
    const range = { fromUnixNano: t0Ns - 3_600_000n * MS, toUnixNano: t0Ns + 3_600_000n * MS };
    const truth = { requests: traces.length, errors: of('error').length };
    const within5 = (estimate: number, actual: number) => Math.abs(estimate - actual) / actual;
    const deviations: Record<string, number> = {};
    for (const service of ['frontend', 'orders']) {
      const buckets = await reader.serviceMetrics(TENANT, { service, range, stepSeconds: 7_200 });
      const requests = buckets.reduce((n, b) => n + b.requests, 0);
      const sampled = buckets.reduce((n, b) => n + b.sampledRequests, 0);
      const errors = buckets.reduce((n, b) => n + b.errors, 0);
      expect([service, sampled]).toEqual([service, stored.size]);
      expect(buckets.every((b) => b.extrapolated)).toBe(true);
      deviations[service] = within5(requests, truth.requests);
      expect([service, deviations[service]! <= 0.05]).toEqual([service, true]);
      // Every error trace is kept with weight 1: the error count is exact.
      expect([service, errors]).toEqual([service, service === 'frontend' ? truth.errors : 0]);
    }
    // The service graph: frontend -> orders once per trace (and orders -> its database, once per
    // trace, where the enricher resolves the database as a callee).
    const graph = await reader.dependencyGraph(TENANT, range);
    for (const edge of graph) {
      deviations[`${edge.caller}->${edge.callee}`] = within5(edge.callCount, traces.length);
      expect([edge.caller, edge.callee, edge.extrapolated, edge.sampledCallCount, within5(edge.callCount, traces.length) <= 0.05]).toEqual([edge.caller, edge.callee, true, stored.size, true]);
    }
    expect(graph.some((e) => e.caller === 'frontend' && e.callee === 'orders')).toBe(true);

    // The query API answers the same figures and says they are extrapolated.
    const url = `http://127.0.0.1:${queryPort}/api/red/services/frontend?start=${(range.fromUnixNano / 1_000n).toString()}&end=${(range.toUnixNano / 1_000n).toString()}&step=2h`;
    const red = (await (await fetch(url)).json()) as { data: { requests: number; requestRate: number; sampledRequests: number; extrapolated: boolean }[]; extrapolated: boolean };
    expect(red.extrapolated).toBe(true);
    const apiRequests = red.data.reduce((n, b) => n + b.requests, 0);
    expect(within5(apiRequests, truth.requests)).toBeLessThanOrEqual(0.05);
    // The rate over the window the same way: adjusted requests per second against the true ones.
    const apiRate = red.data.reduce((n, b) => n + b.requestRate, 0) * 7_200;
    expect(within5(apiRate, truth.requests)).toBeLessThanOrEqual(0.05);
    const graphApi = (await (await fetch(`http://127.0.0.1:${queryPort}/api/service-graph?start=${(range.fromUnixNano / 1_000n).toString()}&end=${(range.toUnixNano / 1_000n).toString()}`)).json()) as { extrapolated: boolean; data: { sampledCallCount: number }[] };
    expect(graphApi.extrapolated).toBe(true);
    expect(graphApi.data.every((e) => e.sampledCallCount === stored.size)).toBe(true);

    process.stdout.write(
      `sampling pipeline: ${traces.length} traces (${of('error').length} error, ${of('slow').length} slow, ${others.length} other), ${onTime.flat().length + late.flat().length} spans -> ${stored.size} traces stored, ${keptOthers.length} others (${(keepRate * 100).toFixed(2)}%); ` +
        `RED/graph deviation from truth: ${Object.entries(deviations).map(([k, v]) => `${k} ${(v * 100).toFixed(2)}%`).join(', ')}\n`,
    );
  }, 900_000);
});
