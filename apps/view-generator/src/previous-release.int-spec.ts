// Upgrading the views from the previous release (issue 18, "Upgrades lose nothing"): a database
// written by the release at commit 89c29c2 (schema as it created it, its rows, what its reader
// answered: testdata/previous-release/, written by tools/previous-release/generate-databases.spec.ts.txt)
// is loaded into a fresh embedded ClickHouse, the current migrations run over it, and then the
// current reader must answer for the old rows what the old reader answered, and new writes must
// land beside them.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { StructuredTrace } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { ClickHouseViewWriter, MIGRATIONS, TraceReader, TraceStore } from '@tracehouse/trace-store';
import { span, trace } from './testdata/traces';
import { ViewGeneratorHandler } from './view-generator.handler';

const FIXTURES = join(__dirname, 'testdata/previous-release');

/** What the old reader answered (bigints as strings, as JSON holds them). */
interface Expected {
  readonly tables: string[];
  readonly range: { fromUnixNano: string; toUnixNano: string };
  readonly traces: Array<{ tenant: string; traceId: string; detail: unknown }>;
  readonly services: Record<string, string[]>;
  readonly operations: Array<{ service: string; operations: unknown }>;
  readonly dependencies: Record<string, unknown>;
  readonly metrics: Array<{ service: string; buckets: unknown }>;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected;
const range = { fromUnixNano: BigInt(expected.range.fromUnixNano), toUnixNano: BigInt(expected.range.toUnixNano) };

/** A value as JSON holds it: bigint as string, undefined fields gone. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? 'null');

/**
 * `actual` cut down to the fields `old` has (recursively): a newer reader may add fields, but every
 * field the old reader returned must come back with the same value.
 */
function asOld(old: unknown, actual: unknown): unknown {
  if (Array.isArray(old) && Array.isArray(actual)) return actual.map((a, i) => asOld(old[i] ?? old[0], a));
  if (old && typeof old === 'object' && actual && typeof actual === 'object' && !Array.isArray(actual)) {
    return Object.fromEntries(Object.keys(old).map((k) => [k, asOld((old as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k])]));
  }
  return actual;
}

let dir: string;
let store: TraceStore;
let reader: TraceReader;

/** Loads the previous release's schema and rows into `store`'s (fresh) database. */
async function loadPreviousRelease(): Promise<void> {
  const db = store.database;
  await store.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${db}` });
  const statements = readFileSync(join(FIXTURES, 'schema.sql'), 'utf8')
    .replace(/^--.*$/gm, '')
    .split(/;\s*\n\n/)
    .map((s) => s.trim().replace(/;$/, '').replaceAll('{db}', db))
    .filter((s) => s !== '');
  const isView = (s: string): boolean => s.startsWith('CREATE MATERIALIZED VIEW');
  // Tables, then their rows, then the materialized views: rows loaded into `spans` must not feed the
  // call views a second time (their rows are loaded as the old release stored them).
  for (const s of statements.filter((x) => !isView(x))) await store.client.command({ query: s });
  for (const file of readdirSync(FIXTURES)) {
    if (file.endsWith('.tsv')) {
      await store.client.insert({ table: `${db}.${file.slice(0, -'.tsv'.length)}`, values: Readable.from([readFileSync(join(FIXTURES, file))], { objectMode: false }), format: 'TabSeparatedWithNamesAndTypes' });
    } else if (file.endsWith('.rowbinary.b64')) {
      // Aggregate function states, binary: read back from a file, as the generator wrote them.
      const bin = join(dir, file.replace('.b64', ''));
      writeFileSync(bin, Buffer.from(readFileSync(join(FIXTURES, file), 'utf8'), 'base64'));
      await store.client.command({ query: `INSERT INTO ${db}.${file.slice(0, -'.rowbinary.b64'.length)} SELECT * FROM file('${bin}', 'RowBinaryWithNamesAndTypes')` });
    }
  }
  for (const s of statements.filter(isView)) await store.client.command({ query: s });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'views-upgrade-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_upgrade' });
  reader = new TraceReader(store);
  await loadPreviousRelease();
}, 60_000);

afterAll(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('views written by the previous release (89c29c2, schema version 4), migrated by this build', () => {
  it('loaded the old rows: every table the old release filled has them, at schema version 4', async () => {
    const result = await store.client.query({ query: `SELECT max(version) AS v FROM ${store.database}.schema_migrations`, format: 'JSONEachRow' });
    expect(await result.json()).toEqual([{ v: 4 }]);
    for (const table of expected.tables) {
      const count = await store.client.query({ query: `SELECT count() AS n FROM ${store.qualified(table)}`, format: 'JSONEachRow' });
      expect([table, Number((await count.json<{ n: string }>())[0]?.n) > 0]).toEqual([table, true]);
    }
  });

  it('applies every migration the old database lacks, records them all, and a second run applies nothing', async () => {
    const newer = MIGRATIONS.filter((m) => m.version > 4).map((m) => m.version);
    expect(newer.length).toBeGreaterThan(0);
    expect(await store.migrate()).toEqual(newer);
    const result = await store.client.query({ query: `SELECT DISTINCT version FROM ${store.database}.schema_migrations ORDER BY version`, format: 'JSONEachRow' });
    expect((await result.json<{ version: number }>()).map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await store.migrate()).toEqual([]);
  }, 120_000);

  it('get-trace returns every old span with the fields the old reader returned', async () => {
    expect(expected.traces.length).toBeGreaterThanOrEqual(6);
    for (const t of expected.traces) {
      const detail = plain(await reader.getTrace(t.tenant, t.traceId));
      expect([t.traceId, asOld(t.detail, detail)]).toEqual([t.traceId, t.detail]);
    }
  });

  it('services, operations, the dependency graph and RED metrics answer as the old reader did', async () => {
    for (const [tenant, services] of Object.entries(expected.services)) expect([tenant, await reader.listServices(tenant)]).toEqual([tenant, services]);
    for (const o of expected.operations) expect([o.service, asOld(o.operations, plain(await reader.listOperations('shop', o.service)))]).toEqual([o.service, o.operations]);
    for (const [tenant, edges] of Object.entries(expected.dependencies)) expect([tenant, asOld(edges, plain(await reader.dependencyGraph(tenant, range)))]).toEqual([tenant, edges]);
    for (const m of expected.metrics) {
      expect([m.service, asOld(m.buckets, plain(await reader.serviceMetrics('shop', { service: m.service, range, stepSeconds: 86_400 })))]).toEqual([m.service, m.buckets]);
    }
  });

  it('old rows weigh 1 after the sampling-weight migration (version 8): counts unchanged, nothing extrapolated', async () => {
    for (const table of ['spans', 'service_calls', 'backend_calls', 'api_calls', 'traces']) {
      const result = await store.client.query({ query: `SELECT count() AS n, countIf(sampling_weight != 1) AS weighted FROM ${store.qualified(table)}`, format: 'JSONEachRow' });
      const [row] = await result.json<{ n: string; weighted: string }>();
      expect([table, Number(row?.n) > 0, Number(row?.weighted)]).toEqual([table, true, 0]);
    }
    const edges = await reader.dependencyGraph('shop', range);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => !e.extrapolated && e.sampledCallCount === e.callCount)).toBe(true);
    for (const m of expected.metrics) {
      const buckets = await reader.serviceMetrics('shop', { service: m.service, range, stepSeconds: 86_400 });
      expect([m.service, buckets.every((b) => !b.extrapolated && b.sampledRequests === b.requests)]).toEqual([m.service, true]);
    }
  });

  it('takes new writes beside the old rows: a new trace is readable, the old ones unchanged', async () => {
    const traceId = 'c0ffee00000000000000000000000001';
    const startNs = BigInt(expected.range.fromUnixNano) + 36n * 3_600_000_000_000n;
    const fresh: StructuredTrace = trace([
      span(traceId, 1, { name: 'POST /checkout', serviceName: 'frontend', kind: 'SERVER', startTimeUnixNano: startNs, endTimeUnixNano: startNs + 50_000_000n, enrich: { role: 'ENTRY', protocol: 'HTTP' } }),
      span(traceId, 2, { name: 'POST', serviceName: 'frontend', kind: 'CLIENT', parent: 1, startTimeUnixNano: startNs + 1_000_000n, endTimeUnixNano: startNs + 40_000_000n }),
    ]);
    const tenant = fresh.tenantId;
    const handler = new ViewGeneratorHandler({ writer: new ClickHouseViewWriter(store), logger: createLogger('view-generator', { level: 'silent' }), metrics: new Metrics('view-generator'), batchMaxSpans: 1_000, batchMaxAgeMs: 1_000, retryMaxMs: 1_000 });
    expect(await handler.handle({ topic: 'enriched-traces', partition: 0, offset: '0', key: Buffer.from(ENRICHED_TRACES.key(tenant, traceId)), value: Buffer.from(ENRICHED_TRACES.encode(fresh)), headers: pipelineHeaders(tenant, Date.now()), timestamp: Date.now() })).toEqual([]);
    expect(await handler.flushDue(Date.now() + 60_000)).toEqual([]);
    await handler.settled();
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();

    const detail = await reader.getTrace(tenant, traceId);
    expect(detail?.spans.map((s) => [s.spanId, s.spanName]).sort()).toEqual([
      [fresh.spans[0]?.spanId, 'POST /checkout'],
      [fresh.spans[1]?.spanId, 'POST'],
    ].sort());
    for (const t of expected.traces) expect([t.traceId, asOld(t.detail, plain(await reader.getTrace(t.tenant, t.traceId)))]).toEqual([t.traceId, t.detail]);
  });
});
