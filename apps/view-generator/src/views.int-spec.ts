// The views against the real ClickHouse engine (embedded chdb): every view's rows for the named
// fixture traces, every query of the read library, replay idempotence and late-fragment merging.
// One engine per process and one data folder per file: the handler, writer and reader share it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { StructuredTrace } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { ClickHouseViewWriter, MIGRATIONS, MigrationInProgressError, SPANS_ENCODING, TRACE_FRAGMENTS_ENCODING, TraceQueryError, TraceReader, TraceStore, ViewBatch, ViewDataRejectedError } from '@tracehouse/trace-store';
import { allFixtureMessages, checkoutTrace, lateFragmentPart1, lateFragmentPart2, orphanFragment, OTHER_TENANT, spanId, T0_NS, TENANT, TRACE_IDS } from './testdata/traces';

/** The versions a database at `version - 1` gets from migrate(): `version` and every later one. */
const versionsFrom = (version: number): number[] => MIGRATIONS.map((m) => m.version).filter((v) => v >= version);
import { ViewGeneratorHandler } from './view-generator.handler';
import { buildViewRows } from './view-generator.processor';

const MS = 1_000_000n;
const HOUR = 3_600_000n * MS;
const around = { fromUnixNano: T0_NS - HOUR, toUnixNano: T0_NS + HOUR };

let dir: string;
let store: TraceStore;
let reader: TraceReader;
let offset = 0;

function message(trace: StructuredTrace, partition = 0): InboundMessage {
  return {
    topic: 'enriched-traces',
    partition,
    offset: String(offset++),
    key: Buffer.from(ENRICHED_TRACES.key(trace.tenantId, trace.traceId)),
    value: ENRICHED_TRACES.encode(trace),
    headers: pipelineHeaders(trace.tenantId, 1),
    timestamp: 1,
  };
}

function newHandler(): ViewGeneratorHandler {
  return new ViewGeneratorHandler({
    writer: new ClickHouseViewWriter(store),
    logger: createLogger('view-generator', { level: 'silent' }),
    metrics: new Metrics('view-generator'),
    batchMaxSpans: 1_000,
    batchMaxAgeMs: 1_000,
    retryMaxMs: 1_000,
  });
}

/** Runs the handler over the messages and inserts them (as the runner does: handle, then flush when due). */
async function ingest(traces: StructuredTrace[]): Promise<void> {
  const handler = newHandler();
  for (const t of traces) await handler.handle(message(t));
  await handler.flushDue(Date.now() + 60_000);
  await handler.settled();
  expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
}

async function rows(sql: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await store.client.query({ query: sql.replaceAll('{db}', store.database), query_params: params, format: 'JSONEachRow' });
  return result.json<Record<string, unknown>>();
}

/** Row counts of every view, as queries see them (deduplicated), plus the physical rows of spans. */
async function counts(): Promise<Record<string, string>> {
  const [r] = await rows(`SELECT
      (SELECT count() FROM {db}.spans FINAL) AS spans,
      (SELECT count() FROM (SELECT trace_id FROM {db}.traces GROUP BY tenant, trace_id)) AS traces,
      (SELECT sum(c) FROM (SELECT uniqExactMerge(span_ids) AS c FROM {db}.traces GROUP BY tenant, trace_id)) AS trace_spans,
      (SELECT count() FROM {db}.service_calls FINAL) AS service_calls,
      (SELECT count() FROM {db}.backend_calls FINAL) AS backend_calls,
      (SELECT count() FROM {db}.api_calls FINAL) AS api_calls,
      (SELECT count() FROM (SELECT DISTINCT tenant, service_name, span_name, kind FROM {db}.operations)) AS operations`);
  return r as Record<string, string>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'views-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_test' });
  await store.migrate();
  reader = new TraceReader(store);
  await ingest(allFixtureMessages());
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('schema', () => {
  it('records the applied migrations and applies none twice', async () => {
    expect(await store.migrate()).toEqual([]);
    expect(await rows('SELECT version FROM {db}.schema_migrations ORDER BY version')).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(await rows("SELECT name, type FROM system.columns WHERE database = {db:String} AND table = 'spans' AND name IN ('service_name', 'span_name', 'callee_kind') ORDER BY name", { db: store.database })).toEqual([
      { name: 'callee_kind', type: 'String' },
      { name: 'service_name', type: 'LowCardinality(String)' },
      { name: 'span_name', type: 'String' },
    ]);
    // Version 6: spans and the call views merge at base 20 (logs too, from its own migration);
    // get-trace's tables, trace_spans and traces, keep the default (fewer parts to look in).
    const settings = await rows("SELECT name, engine_full FROM system.tables WHERE database = {db:String} AND engine LIKE '%MergeTree' AND name != 'schema_migrations' ORDER BY name", { db: store.database });
    expect(settings.map((t) => t.name)).toEqual(['api_calls', 'backend_calls', 'log_traces', 'logs', 'operations', 'service_calls', 'spans', 'trace_spans', 'traces']);
    const base20 = settings.filter((t) => String(t.engine_full).includes('merge_selector_base = 20')).map((t) => t.name);
    expect(base20).toEqual(['api_calls', 'backend_calls', 'logs', 'operations', 'service_calls', 'spans']);
  });

  it('upgrades a database written at an older schema version, keeping its rows', async () => {
    // A second database in the same engine, first at version 2 (plain LowCardinality columns).
    const older = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_upgrade' });
    try {
      expect(await older.migrate(MIGRATIONS.filter((m) => m.version <= 2))).toEqual([1, 2]);
      await older.client.command({
        query: `INSERT INTO tracehouse_upgrade.spans (tenant, trace_id, span_id, service_name, span_name, kind, start_time, end_time)
          VALUES ('acme', '4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7', 'frontend', 'GET /x', 'SERVER', now64(9), now64(9))`,
      });
      expect(await older.migrate()).toEqual(versionsFrom(3));
      const result = await older.client.query({ query: 'SELECT span_name, toTypeName(span_name) AS type, kind FROM tracehouse_upgrade.spans', format: 'JSONEachRow' });
      expect(await result.json()).toEqual([{ span_name: 'GET /x', type: 'String', kind: 'SERVER' }]);
    } finally {
      await older.close();
    }
  });

  it('turns off automatic column statistics where the engine knows the setting, and skips it where not', async () => {
    const tables = await rows("SELECT name FROM system.tables WHERE database = {db:String} AND engine LIKE '%MergeTree' AND engine_full LIKE '%auto_statistics_types = \\'\\'%' ORDER BY name", { db: store.database });
    expect(tables.map((t) => t.name)).toEqual(['api_calls', 'backend_calls', 'logs', 'operations', 'service_calls', 'spans', 'trace_spans', 'traces']);
    // A statement for a setting this engine does not know is skipped, and its migration recorded.
    const future = { version: 99, name: 'a setting of a later ClickHouse', statements: [{ sql: 'ALTER TABLE {db}.spans MODIFY SETTING no_such_setting = 1', ifMergeTreeSetting: 'no_such_setting' }] };
    expect(await store.migrate([...MIGRATIONS, future])).toEqual([99]);
    await store.client.command({ query: `DELETE FROM ${store.qualified('schema_migrations')} WHERE version = 99` });
    expect(await rows('SELECT max(version) AS v FROM {db}.schema_migrations')).toEqual([{ v: MIGRATIONS[MIGRATIONS.length - 1]?.version }]);
  });

  it('writes batch-sized parts in the compact format (one file for every column)', async () => {
    const parts = await rows("SELECT DISTINCT table, part_type FROM system.parts WHERE database = {db:String} AND active AND table IN ('spans', 'service_calls') ORDER BY table", { db: store.database });
    expect(parts).toEqual([
      { table: 'service_calls', part_type: 'Compact' },
      { table: 'spans', part_type: 'Compact' },
    ]);
  });

  it('sets and changes each table TTL from the configured retention', async () => {
    await store.applyRetention({ spans: 7, traces: 7, service_calls: 30, backend_calls: 30, api_calls: 30, operations: 30, logs: 30 });
    expect(await store.currentTtlDays('spans')).toBe(7);
    expect(await store.currentTtlDays('api_calls')).toBe(30);
    await store.applyRetention({ spans: 3, traces: 7, service_calls: 30, backend_calls: 30, api_calls: 30, operations: 30, logs: 30 });
    expect(await store.currentTtlDays('spans')).toBe(3);
    expect(await store.currentTtlDays('trace_spans')).toBe(3); // follows spans
    // The fixtures date from 2025: keep them for the other tests.
    await store.applyRetention({ spans: 0, traces: 0, service_calls: 0, backend_calls: 0, api_calls: 0, operations: 0, logs: 0 });
    expect(await store.currentTtlDays('spans')).toBe(0);
  });
});

describe('rows of every view for the fixtures', () => {
  it('spans: one row per span with its fields, maps and events', async () => {
    const spans = await rows(`SELECT * EXCEPT (start_time, end_time, received_at), toString(toUnixTimestamp64Nano(start_time)) AS start_ns
      FROM {db}.spans FINAL WHERE tenant = {t:String} AND trace_id = {id:String} ORDER BY start_time`, { t: TENANT, id: TRACE_IDS.checkout });
    expect(spans.map((s) => [s.span_id, s.parent_span_id, s.service_name, s.span_name, s.kind, s.role])).toEqual([
      [spanId(1), '', 'frontend', 'GET /checkout', 'SERVER', 'ENTRY'],
      [spanId(2), spanId(1), 'frontend', 'POST', 'CLIENT', 'EXIT'],
      [spanId(3), spanId(2), 'cart', 'POST /cart/items', 'SERVER', 'ENTRY'],
      [spanId(4), spanId(3), 'cart', 'HGET', 'CLIENT', 'EXIT'],
      [spanId(5), spanId(1), 'frontend', 'INSERT orders', 'CLIENT', 'EXIT'],
      [spanId(6), spanId(1), 'frontend', 'render', 'INTERNAL', 'INTERNAL'],
    ]);
    const root = spans[0];
    expect(root).toMatchObject({
      start_ns: String(T0_NS),
      duration_ns: String(120n * MS),
      api_name: 'GET /checkout',
      entry_api_name: 'GET /checkout',
      protocol: 'HTTPS',
      status_code: 'ERROR',
      api_status: 'FAIL',
      is_error: 1,
      error_count: 1,
      http_method: 'GET',
      http_url: 'https://shop.example/checkout?cart=42',
      http_route: '/checkout',
      http_status_code: 500,
      rpc_status_code: null,
      attributes: {
        'http.request.method': 'GET',
        'url.full': 'https://shop.example/checkout?cart=42',
        'http.response.status_code': '500',
        'user.id': 'u-7',
        'feature.flags': '["new-cart","fast-pay"]',
        'tab\tand\nnewline': "quote ' and \\ backslash",
      },
      resource_attributes: { 'service.name': 'frontend', 'host.name': 'web-1', 'deployment.environment': 'prod' },
    });
    expect(spans[3]).toMatchObject({ db_system: 'redis', db_operation: 'HGET', backend_name: 'redis', peer_port: 6379 });
    expect(spans[4]).toMatchObject({
      is_error: 1,
      error_type: 'PostgresError',
      exception_count: 1,
      db_statement: 'INSERT INTO orders VALUES ($1, $2)',
      events: [{ time_unix_nano: String(T0_NS + 109n * MS), name: 'exception', attributes: { 'exception.type': 'PostgresError', 'exception.message': 'duplicate key value violates unique constraint' } }],
    });
    expect(spans[5]).toMatchObject({ rpc_system: 'grpc', rpc_status_code: 0, links: [{ trace_id: TRACE_IDS.lateFragment, span_id: spanId(1), attributes: { reason: 'follows' } }] });
  });

  it('traces: one row per trace with root, services, counts and truncation', async () => {
    expect(await reader.summaries(TENANT, [TRACE_IDS.checkout])).toEqual([
      {
        traceId: TRACE_IDS.checkout,
        startTimeUnixNano: T0_NS,
        endTimeUnixNano: T0_NS + 120n * MS,
        durationNs: 120n * MS,
        rootServiceName: 'frontend',
        transactionName: 'GET /checkout',
        services: ['cart', 'frontend'],
        spanCount: 6,
        serviceCount: 2,
        errorCount: 2,
        truncated: false,
        overflowSpanCount: 0,
      },
    ]);
    const [orphan] = await reader.summaries(OTHER_TENANT, [TRACE_IDS.orphanFragment]);
    expect(orphan).toMatchObject({ rootServiceName: 'inventory', transactionName: 'GET /stock', spanCount: 2, truncated: true, overflowSpanCount: 3 });
  });

  it('service_calls: one row per call edge, to services and backends', async () => {
    const calls = await rows(`SELECT span_id, caller_service_name, caller_api_name, callee_kind, callee_name, callee_api_name, protocol, is_error, duration_ns
      FROM {db}.service_calls FINAL WHERE tenant = {t:String} ORDER BY trace_id, span_id`, { t: TENANT });
    expect(calls).toEqual([
      { span_id: spanId(2), caller_service_name: 'billing', caller_api_name: 'POST /invoices', callee_kind: 'BACKEND', callee_name: 'kafka/invoices', callee_api_name: '', protocol: 'MESSAGING', is_error: 0, duration_ns: String(5n * MS) },
      { span_id: spanId(2), caller_service_name: 'frontend', caller_api_name: 'GET /checkout', callee_kind: 'SERVICE', callee_name: 'cart', callee_api_name: 'POST /cart/items', protocol: 'HTTP', is_error: 0, duration_ns: String(40n * MS) },
      { span_id: spanId(4), caller_service_name: 'cart', caller_api_name: 'POST /cart/items', callee_kind: 'BACKEND', callee_name: 'redis', callee_api_name: '', protocol: 'CACHE', is_error: 0, duration_ns: String(2n * MS) },
      { span_id: spanId(5), caller_service_name: 'frontend', caller_api_name: 'GET /checkout', callee_kind: 'BACKEND', callee_name: 'postgres/shop', callee_api_name: '', protocol: 'DB', is_error: 1, duration_ns: String(60n * MS) },
    ]);
  });

  it('backend_calls: one row per backend call, with its caller', async () => {
    const calls = await rows(`SELECT backend_name, backend_type, caller_service_name, caller_api_name, operation, statement, destination, is_error
      FROM {db}.backend_calls FINAL WHERE tenant = {t:String} ORDER BY backend_name`, { t: TENANT });
    expect(calls).toEqual([
      { backend_name: 'kafka/invoices', backend_type: 'kafka', caller_service_name: 'billing', caller_api_name: 'POST /invoices', operation: 'publish', statement: '', destination: 'invoices', is_error: 0 },
      { backend_name: 'postgres/shop', backend_type: 'postgresql', caller_service_name: 'frontend', caller_api_name: 'GET /checkout', operation: 'INSERT', statement: 'INSERT INTO orders VALUES ($1, $2)', destination: 'shop', is_error: 1 },
      { backend_name: 'redis', backend_type: 'redis', caller_service_name: 'cart', caller_api_name: 'POST /cart/items', operation: 'HGET', statement: 'HGET cart:42 items', destination: 'redis', is_error: 0 },
    ]);
  });

  it('api_calls: one row per API entry span', async () => {
    const calls = await rows(`SELECT tenant, service_name, api_name, span_id, is_error, api_status, http_status_code, duration_ns
      FROM {db}.api_calls FINAL ORDER BY tenant, service_name, api_name`);
    expect(calls).toEqual([
      { tenant: TENANT, service_name: 'billing', api_name: 'POST /invoices', span_id: spanId(1), is_error: 0, api_status: 'SUCCESS', http_status_code: 0, duration_ns: String(500n * MS) },
      { tenant: TENANT, service_name: 'cart', api_name: 'POST /cart/items', span_id: spanId(3), is_error: 0, api_status: 'SUCCESS', http_status_code: 201, duration_ns: String(30n * MS) },
      { tenant: TENANT, service_name: 'frontend', api_name: 'GET /checkout', span_id: spanId(1), is_error: 1, api_status: 'FAIL', http_status_code: 500, duration_ns: String(120n * MS) },
      { tenant: TENANT, service_name: 'mailer', api_name: 'process invoices', span_id: spanId(3), is_error: 1, api_status: 'FAIL', http_status_code: 0, duration_ns: String(2000n * MS) },
      { tenant: OTHER_TENANT, service_name: 'inventory', api_name: 'GET /stock', span_id: spanId(7), is_error: 0, api_status: 'SUCCESS', http_status_code: 0, duration_ns: String(15n * MS) },
    ]);
  });
});

describe('a late fragment', () => {
  it('merges into its trace: spans, services, end, duration and errors cover both parts', async () => {
    const [summary] = await reader.summaries(TENANT, [TRACE_IDS.lateFragment]);
    expect(summary).toEqual({
      traceId: TRACE_IDS.lateFragment,
      startTimeUnixNano: T0_NS + 1_000n * MS,
      endTimeUnixNano: T0_NS + 3_200n * MS,
      durationNs: 2_200n * MS,
      rootServiceName: 'billing',
      transactionName: 'POST /invoices',
      services: ['billing', 'mailer'],
      spanCount: 3,
      serviceCount: 2,
      errorCount: 1,
      truncated: false,
      overflowSpanCount: 0,
    });
    const detail = await reader.getTrace(TENANT, TRACE_IDS.lateFragment);
    expect(detail?.spans.map((s) => [s.spanId, s.serviceName])).toEqual([
      [spanId(1), 'billing'],
      [spanId(2), 'billing'],
      [spanId(3), 'mailer'],
    ]);
  });

  it('keeps the real root as the trace root whichever part arrives first', async () => {
    // The fragment alone (a fresh trace id) would make mailer the root; with part 1 it is billing again.
    const retagged = (t: StructuredTrace): StructuredTrace => ({ ...t, traceId: 'feedfacefeedfacefeedfacefeedface', spans: t.spans.map((s) => ({ ...s, traceId: 'feedfacefeedfacefeedfacefeedface' })) });
    await ingest([retagged(lateFragmentPart2())]);
    expect((await reader.summaries(TENANT, ['feedfacefeedfacefeedfacefeedface']))[0]).toMatchObject({ rootServiceName: 'mailer', spanCount: 1 });
    await ingest([retagged(lateFragmentPart1())]);
    expect((await reader.summaries(TENANT, ['feedfacefeedfacefeedfacefeedface']))[0]).toMatchObject({ rootServiceName: 'billing', transactionName: 'POST /invoices', spanCount: 3 });
  });
});

describe('replaying the whole input twice', () => {
  it('leaves every count and every query result unchanged', async () => {
    const before = await counts();
    const searchBefore = await reader.searchTraces(TENANT, { range: around });
    const graphBefore = await reader.dependencyGraph(TENANT, around);
    const redBefore = await reader.serviceMetrics(TENANT, { service: 'frontend', range: around, stepSeconds: 60 });
    await ingest([...allFixtureMessages(), ...allFixtureMessages()]);
    // Physically there are now extra copies until parts merge; queries must not see them.
    const [physical] = await rows('SELECT count() AS n FROM {db}.spans');
    expect(Number(physical?.n)).toBeGreaterThan(Number(before.spans));
    expect(await counts()).toEqual(before);
    expect(await reader.searchTraces(TENANT, { range: around })).toEqual(searchBefore);
    expect(await reader.dependencyGraph(TENANT, around)).toEqual(graphBefore);
    expect(await reader.serviceMetrics(TENANT, { service: 'frontend', range: around, stepSeconds: 60 })).toEqual(redBefore);
    expect((await reader.getTrace(TENANT, TRACE_IDS.checkout))?.spans).toHaveLength(6);
    // And once ClickHouse merged the parts, the physical rows are the deduplicated ones.
    await store.client.command({ query: `OPTIMIZE TABLE ${store.qualified('spans')} FINAL` });
    const [merged] = await rows('SELECT count() AS n FROM {db}.spans');
    expect(merged?.n).toBe(before.spans);
  });
});

describe('read library', () => {
  it('getTrace returns every span in start order with its summary, and nothing for another tenant', async () => {
    const detail = await reader.getTrace(TENANT, TRACE_IDS.checkout.toUpperCase());
    expect(detail?.summary?.spanCount).toBe(6);
    expect(detail?.spans.map((s) => s.spanId)).toEqual([1, 2, 3, 4, 5, 6].map(spanId));
    const root = detail?.spans[0];
    expect(root).toMatchObject({ tenant: TENANT, serviceName: 'frontend', startTimeUnixNano: T0_NS, durationNs: 120n * MS, isError: true, httpStatusCode: 500, rpcStatusCode: undefined });
    expect(root?.attributes['tab\tand\nnewline']).toBe("quote ' and \\ backslash");
    expect(detail?.spans[4]?.events).toEqual([{ timeUnixNano: T0_NS + 109n * MS, name: 'exception', attributes: { 'exception.type': 'PostgresError', 'exception.message': 'duplicate key value violates unique constraint' } }]);
    expect(await reader.getTrace(OTHER_TENANT, TRACE_IDS.checkout)).toBeUndefined();
    expect(await reader.getTrace(TENANT, 'ffffffffffffffffffffffffffffffff')).toBeUndefined();
  });

  it('getTrace finds the spans through the trace-id index when the trace summary is missing', async () => {
    // A trace whose `traces` row was never written (only its spans table was inserted).
    const t = checkoutTrace();
    const id = 'abcdefabcdefabcdefabcdefabcdef12';
    const moved: StructuredTrace = { ...t, traceId: id, spans: t.spans.map((s) => ({ ...s, traceId: id })) };
    const handler = newHandler();
    await handler.handle(message(moved));
    await handler.flushDue(Date.now() + 60_000);
    await handler.settled();
    await store.client.command({ query: `ALTER TABLE ${store.qualified('traces')} DELETE WHERE trace_id = {id:String}`, query_params: { id }, clickhouse_settings: { mutations_sync: '1' } });
    expect(await reader.summaries(TENANT, [id])).toEqual([]);
    const detail = await reader.getTrace(TENANT, id);
    expect(detail?.summary).toBeUndefined();
    expect(detail?.spans).toHaveLength(6);
    // Writing the message again (as a replay after the failed insert would) restores the summary.
    await ingest([moved]);
    expect((await reader.getTrace(TENANT, id))?.summary).toMatchObject({ spanCount: 6, rootServiceName: 'frontend' });
  });

  it('getTrace of a trace nobody stored, or of a whole one, reads only traces and trace_spans, never searches spans', async () => {
    // A poll for a trace that has not arrived yet is common (the UI, a test, the pipeline benchmark's
    // freshness probe): it must cost two key lookups, not a bloom-filter pass over every part of spans.
    const query = jest.spyOn(store.client, 'query');
    try {
      expect(await reader.getTrace(TENANT, '0123456789abcdef0123456789abcdef')).toBeUndefined();
      expect((await reader.getTrace(TENANT, TRACE_IDS.checkout))?.spans).toHaveLength(6);
      const tables = query.mock.calls.map(([params]) => [...params.query.matchAll(/FROM\s+\w+\.(\w+)/g)].map((m) => m[1]));
      expect(tables.flat().sort()).toEqual(['trace_spans', 'trace_spans', 'traces', 'traces']);
    } finally {
      query.mockRestore();
    }
  });

  it('getTrace reads one document per span from trace_spans, equal field for field to the spans row', async () => {
    // A tenant of its own, so the other tests' searches do not see this trace.
    const t = checkoutTrace();
    const tenant = 'acme-documents';
    const id = 'cafecafecafecafecafecafecafecafe';
    const moved: StructuredTrace = { ...t, tenantId: tenant, traceId: id, spans: t.spans.map((s) => ({ ...s, tenantId: tenant, traceId: id })) };
    const remove = async (table: string): Promise<void> => {
      await store.client.command({ query: `ALTER TABLE ${store.qualified(table)} DELETE WHERE trace_id = {id:String}`, query_params: { id }, clickhouse_settings: { mutations_sync: '1' } });
    };
    await ingest([moved]);
    expect(await rows('SELECT count() AS n FROM {db}.trace_spans WHERE tenant = {tenant:String} AND trace_id = {id:String}', { tenant, id })).toEqual([{ n: '6' }]);
    // Without its documents (as for data written before schema version 2), the spans table answers...
    await remove('trace_spans');
    const fromSpans = await reader.getTrace(tenant, id);
    expect(fromSpans?.spans).toHaveLength(6);
    // ...and with only its documents, they give the same trace, field for field.
    await ingest([moved]);
    await remove('spans');
    const fromDocuments = await reader.getTrace(tenant, id);
    expect(fromDocuments).toEqual(fromSpans);
    expect(fromSpans?.spans.find((s) => s.spanId === spanId(1))).toMatchObject({ apiEntry: true, calleeKind: '' });
    // Nanosecond event times survive the document exactly.
    expect(fromDocuments?.spans.flatMap((s) => s.events.map((e) => e.timeUnixNano))).toEqual([T0_NS + 109n * MS]);
  });

  it('inserts sent inline (the path to a server) store the same rows in every view as the staged files', async () => {
    const t = checkoutTrace();
    const tenant = 'acme-inline';
    const id = 'beefbeefbeefbeefbeefbeefbeefbeef';
    const moved: StructuredTrace = { ...t, tenantId: tenant, traceId: id, spans: t.spans.map((s) => ({ ...s, tenantId: tenant, traceId: id, statusMessage: 'said "no"\tthen \\ left' })) };
    const inline = TraceStore.open({ dataPath: join(dir, 'chdb'), database: store.database, stagedInserts: false });
    try {
      const batch = new ViewBatch();
      batch.add(buildViewRows(moved, { headerTenant: tenant }));
      await new ClickHouseViewWriter(inline).write(batch);
    } finally {
      await inline.close();
    }
    await ingest([moved]);
    // Each span twice (one copy per path, until a merge), and the two copies identical.
    const perSpan = (table: string, columns: string): Promise<Record<string, unknown>[]> =>
      rows(`SELECT span_id, count() AS copies, uniqExact(${columns}) AS distinct FROM {db}.${table} WHERE tenant = {tenant:String} AND trace_id = {id:String} GROUP BY span_id ORDER BY span_id`, { tenant, id });
    const expected = t.spans.map((s) => ({ span_id: s.spanId, copies: '2', distinct: '1' })).sort((a, b) => a.span_id.localeCompare(b.span_id));
    expect(await perSpan('trace_spans', 'tenant, trace_id, start_time, received_at, version, span')).toEqual(expected);
    expect(await perSpan('spans', 'start_time, version, status_message, attributes, events')).toEqual(expected);
    // The materialized views give the same rows on both paths (the staged one plans them with the
    // older analyzer, store.ts): every column of each call row, and of the trace's row.
    for (const table of ['service_calls', 'backend_calls', 'api_calls']) {
      const calls = await perSpan(table, 'cityHash64(*)');
      expect(calls.length).toBeGreaterThan(0);
      expect(calls).toEqual(expected.filter((e) => calls.some((c) => c.span_id === e.span_id)));
    }
    expect(await rows(`SELECT count() AS copies, uniqExact(start_time, end_time, services, finalizeAggregation(span_ids), finalizeAggregation(error_span_ids), finalizeAggregation(root), truncated, overflow_span_count, received_at) AS distinct
      FROM {db}.traces WHERE tenant = {tenant:String} AND trace_id = {id:String}`, { tenant, id })).toEqual([{ copies: '2', distinct: '1' }]);
    expect(await rows(`SELECT count() AS copies, uniqExact(service_name, span_name, kind, last_seen, last_received) AS distinct FROM {db}.operations WHERE tenant = {tenant:String}`, { tenant })).toEqual([{ copies: String(2 * t.spans.length), distinct: String(t.spans.length) }]);
    const trace = await reader.getTrace(tenant, id);
    expect(trace?.spans).toHaveLength(t.spans.length);
    expect(new Set(trace?.spans.map((s) => s.statusMessage))).toEqual(new Set(['said "no"\tthen \\ left']));
  });

  it('searchTraces filters by service, operation, attributes, duration and time, most recent first', async () => {
    const ids = async (search: Parameters<TraceReader['searchTraces']>[1]): Promise<string[]> => (await reader.searchTraces(TENANT, search)).map((s) => s.traceId);
    expect(await ids({ range: around })).toEqual([TRACE_IDS.lateFragment, 'feedfacefeedfacefeedfacefeedface', TRACE_IDS.checkout, 'abcdefabcdefabcdefabcdefabcdef12']);
    expect(await ids({ range: around, service: 'cart' })).toEqual([TRACE_IDS.checkout, 'abcdefabcdefabcdefabcdefabcdef12']);
    expect(await ids({ range: around, service: 'mailer', operation: 'process invoice' })).toEqual([TRACE_IDS.lateFragment, 'feedfacefeedfacefeedfacefeedface']);
    expect(await ids({ range: around, service: 'frontend', attributes: { 'user.id': 'u-7' } })).toEqual([TRACE_IDS.checkout, 'abcdefabcdefabcdefabcdefabcdef12']);
    expect(await ids({ range: around, attributes: { 'host.name': 'cart-0' } })).toHaveLength(2);
    expect(await ids({ range: around, attributes: { 'user.id': 'u-8' } })).toEqual([]);
    expect(await ids({ range: around, service: 'billing', minDurationNs: 400n * MS })).toEqual([TRACE_IDS.lateFragment, 'feedfacefeedfacefeedfacefeedface']);
    expect(await ids({ range: around, service: 'billing', minDurationNs: 400n * MS, maxDurationNs: 450n * MS })).toEqual([]);
    expect(await ids({ range: around, service: 'frontend', maxDurationNs: 5n * MS })).toEqual([TRACE_IDS.checkout, 'abcdefabcdefabcdefabcdefabcdef12']);
    expect(await ids({ range: { fromUnixNano: T0_NS + 500n * MS, toUnixNano: T0_NS + HOUR } })).toEqual([TRACE_IDS.lateFragment, 'feedfacefeedfacefeedfacefeedface']);
    expect(await ids({ range: around, limit: 1 })).toEqual([TRACE_IDS.lateFragment]);
    const [found] = await reader.searchTraces(OTHER_TENANT, { range: around, service: 'inventory' });
    expect(found).toMatchObject({ traceId: TRACE_IDS.orphanFragment, spanCount: 2, truncated: true });
    expect(await reader.searchTraces(OTHER_TENANT, { range: around, service: 'frontend' })).toEqual([]);
  });

  it('listServices and listOperations come from the spans of one tenant', async () => {
    expect(await reader.listServices(TENANT)).toEqual(['billing', 'cart', 'frontend', 'mailer']);
    expect(await reader.listServices(OTHER_TENANT)).toEqual(['inventory']);
    expect(await reader.listOperations(TENANT, 'frontend')).toEqual([
      { name: 'GET /checkout', kind: 'SERVER' },
      { name: 'INSERT orders', kind: 'CLIENT' },
      { name: 'POST', kind: 'CLIENT' },
      { name: 'render', kind: 'INTERNAL' },
    ]);
    expect(await reader.listOperations(TENANT, 'frontend', { kind: 'SERVER' })).toEqual([{ name: 'GET /checkout', kind: 'SERVER' }]);
    expect(await reader.listOperations(OTHER_TENANT, 'frontend')).toEqual([]);
  });

  it('operations come from the writer since schema version 11: written once per process, and a second copy (restart, replica) lists once', async () => {
    expect(await rows("SELECT name FROM system.tables WHERE database = {db:String} AND name = 'operations_mv'", { db: store.database })).toEqual([]);
    const tenant = 'acme-operations';
    const copy = (traceId: string): StructuredTrace => {
      const t = checkoutTrace();
      return { ...t, tenantId: tenant, traceId, spans: t.spans.map((s) => ({ ...s, tenantId: tenant, traceId })) };
    };
    const physical = async (): Promise<number> => Number((await rows('SELECT count() AS n FROM {db}.operations WHERE tenant = {tenant:String}', { tenant }))[0]?.n);
    const writer = new ClickHouseViewWriter(store);
    const write = async (w: ClickHouseViewWriter, t: StructuredTrace): Promise<void> => {
      const batch = new ViewBatch();
      batch.add(buildViewRows(t, { headerTenant: tenant }));
      await w.write(batch);
    };
    await write(writer, copy('0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c01'));
    const listed = await reader.listOperations(tenant, 'frontend');
    expect(listed).toEqual(await reader.listOperations(TENANT, 'frontend'));
    const once = await physical();
    expect(once).toBeGreaterThan(0);
    // Another trace of the same operations: nothing new to write.
    await write(writer, copy('0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c02'));
    expect(await physical()).toBe(once);
    expect(await rows('SELECT count() AS n FROM {db}.trace_spans WHERE tenant = {tenant:String}', { tenant })).toEqual([{ n: String(2 * checkoutTrace().spans.length) }]);
    // A fresh writer (a restarted or second view-generator) writes them again: listed once all the same.
    await write(new ClickHouseViewWriter(store), copy('0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c03'));
    expect(await physical()).toBe(2 * once);
    expect(await reader.listOperations(tenant, 'frontend')).toEqual(listed);
    const services = await rows('SELECT DISTINCT service_name FROM {db}.spans WHERE tenant = {tenant:String} ORDER BY service_name', { tenant });
    expect(await reader.listServices(tenant)).toEqual(services.map((r) => r.service_name));
  });

  it('dependencyGraph gives each caller -> callee edge with calls, errors and latency', async () => {
    const graph = await reader.dependencyGraph(TENANT, around);
    // checkout was written under two trace ids (the summary-less copy), so its edges count twice.
    expect(graph.map(({ caller, callee, calleeKind, callCount, errorCount }) => ({ caller, callee, calleeKind, callCount, errorCount }))).toEqual([
      { caller: 'billing', callee: 'kafka/invoices', calleeKind: 'BACKEND', callCount: 2, errorCount: 0 },
      { caller: 'cart', callee: 'redis', calleeKind: 'BACKEND', callCount: 2, errorCount: 0 },
      { caller: 'frontend', callee: 'cart', calleeKind: 'SERVICE', callCount: 2, errorCount: 0 },
      { caller: 'frontend', callee: 'postgres/shop', calleeKind: 'BACKEND', callCount: 2, errorCount: 2 },
    ]);
    expect(graph.find((e) => e.callee === 'cart')).toMatchObject({ p50Ns: 40e6, p99Ns: 40e6 });
    expect(await reader.dependencyGraph(TENANT, { fromUnixNano: T0_NS + HOUR, toUnixNano: T0_NS + 2n * HOUR })).toEqual([]);
  });

  it('serviceMetrics and apiMetrics give rate, error rate and percentiles per bucket', async () => {
    const minute = await reader.serviceMetrics(TENANT, { service: 'billing', range: around, stepSeconds: 60 });
    // billing's POST /invoices was written under two trace ids: 2 requests in the minute starting at T0.
    expect(minute).toEqual([{ bucketStartUnixNano: T0_NS, requests: 2, errors: 0, requestRate: 2 / 60, errorRate: 0, p50Ns: 500e6, p95Ns: 500e6, p99Ns: 500e6, sampledRequests: 2, extrapolated: false }]);
    const frontend = await reader.serviceMetrics(TENANT, { service: 'frontend', range: around, stepSeconds: 1 });
    expect(frontend).toEqual([{ bucketStartUnixNano: T0_NS, requests: 2, errors: 2, requestRate: 2, errorRate: 1, p50Ns: 120e6, p95Ns: 120e6, p99Ns: 120e6, sampledRequests: 2, extrapolated: false }]);
    const apis = await reader.apiMetrics(TENANT, { service: 'mailer', range: around, stepSeconds: 3600 });
    expect(apis).toEqual([{ bucketStartUnixNano: (T0_NS / HOUR) * HOUR, apiName: 'process invoices', requests: 2, errors: 2, requestRate: 2 / 3600, errorRate: 1, p50Ns: 2000e6, p95Ns: 2000e6, p99Ns: 2000e6, sampledRequests: 2, extrapolated: false }]);
    expect(await reader.apiMetrics(TENANT, { service: 'mailer', api: 'other', range: around, stepSeconds: 60 })).toEqual([]);
    expect(await reader.serviceMetrics(OTHER_TENANT, { service: 'frontend', range: around, stepSeconds: 60 })).toEqual([]);
  });

  it('rejects bad input with an error naming the parameter, and treats values as data', async () => {
    await expect(reader.getTrace(TENANT, "x' OR 1=1 --")).rejects.toThrow(new TraceQueryError('traceId', `must be 1 to 32 hex digits (got "x' OR 1=1 --")`));
    await expect(reader.getTrace('', TRACE_IDS.checkout)).rejects.toThrow('tenant: must be a non-empty string');
    await expect(reader.searchTraces(TENANT, { range: { fromUnixNano: T0_NS, toUnixNano: T0_NS } })).rejects.toThrow('range.toUnixNano: must be after fromUnixNano');
    await expect(reader.searchTraces(TENANT, { range: around, limit: 0 })).rejects.toThrow('limit: must be an integer from 1 to 1000');
    await expect(reader.searchTraces(TENANT, { range: around, minDurationNs: 5n, maxDurationNs: 1n })).rejects.toThrow('maxDurationNs: must not be below minDurationNs');
    await expect(reader.serviceMetrics(TENANT, { service: 'frontend', range: around, stepSeconds: 0 })).rejects.toThrow('stepSeconds: must be an integer number of seconds');
    await expect(reader.serviceMetrics(TENANT, { service: 'frontend', range: { fromUnixNano: 0n, toUnixNano: T0_NS }, stepSeconds: 1 })).rejects.toThrow(/stepSeconds: gives \d+ buckets/);
    // Hostile strings reach ClickHouse as parameters: they match nothing and break nothing.
    expect(await reader.searchTraces(TENANT, { range: around, service: "frontend' OR '1'='1", attributes: { "k'}": "v') OR 1=1 --" } })).toEqual([]);
    expect(await reader.listOperations(TENANT, "x'; DROP TABLE spans; --")).toEqual([]);
    expect(await reader.listServices(TENANT)).toHaveLength(4);
  });
});

describe('sampling weights (issue 15): adjusted counts from tail-sampled traces', () => {
  const SAMPLED_TENANT = 'sampled-co';
  // The checkout trace kept by a 10% rule (weight 10) and a copy of it kept by an error rule (weight 1).
  const tenTimes = (): StructuredTrace => ({ ...moved(checkoutTrace(), { tenant: SAMPLED_TENANT, traceId: TRACE_IDS.checkout }), sampling: { rule: 'rest', weight: 10 } });
  const once = (): StructuredTrace => ({ ...moved(checkoutTrace(), { tenant: SAMPLED_TENANT, traceId: 'feedfacefeedfacefeedfacefeedface' }), sampling: { rule: 'errors', weight: 1 } });

  beforeAll(async () => {
    await ingest([tenTimes(), once()]);
  });

  it('stores the weight on every span, call and trace row of the sampled trace, 1 on the others', async () => {
    for (const table of ['spans', 'service_calls', 'backend_calls', 'api_calls']) {
      const got = await rows(`SELECT trace_id, groupUniqArray(sampling_weight) AS w FROM {db}.${table} FINAL WHERE tenant = {t:String} GROUP BY trace_id ORDER BY trace_id`, { t: SAMPLED_TENANT });
      expect([table, got]).toEqual([table, [{ trace_id: TRACE_IDS.checkout, w: [10] }, { trace_id: 'feedfacefeedfacefeedfacefeedface', w: [1] }].sort((a, b) => a.trace_id.localeCompare(b.trace_id))]);
    }
    expect(await rows(`SELECT trace_id, max(sampling_weight) AS w FROM {db}.traces WHERE tenant = {t:String} GROUP BY trace_id ORDER BY trace_id`, { t: SAMPLED_TENANT })).toEqual(
      [{ trace_id: TRACE_IDS.checkout, w: 10 }, { trace_id: 'feedfacefeedfacefeedfacefeedface', w: 1 }].sort((a, b) => a.trace_id.localeCompare(b.trace_id)),
    );
    // Every row of the unsampled fixtures weighs 1.
    expect(await rows(`SELECT DISTINCT sampling_weight AS w FROM {db}.api_calls WHERE tenant = {t:String}`, { t: TENANT })).toEqual([{ w: 1 }]);
    const detail = await reader.getTrace(SAMPLED_TENANT, TRACE_IDS.checkout);
    expect(detail?.spans.map((sp) => sp.samplingWeight)).toEqual([10, 10, 10, 10, 10, 10]);
  });

  it('RED metrics count each call by its weight and say they are extrapolated', async () => {
    // frontend's GET /checkout (an error): 10 + 1 requests from 2 stored calls.
    const red = await reader.serviceMetrics(SAMPLED_TENANT, { service: 'frontend', range: around, stepSeconds: 60 });
    expect(red).toEqual([{ bucketStartUnixNano: T0_NS, requests: 11, errors: 11, requestRate: 11 / 60, errorRate: 1, p50Ns: 120e6, p95Ns: 120e6, p99Ns: 120e6, sampledRequests: 2, extrapolated: true }]);
    const apis = await reader.apiMetrics(SAMPLED_TENANT, { service: 'cart', range: around, stepSeconds: 60 });
    expect(apis.map((b) => [b.apiName, b.requests, b.sampledRequests, b.extrapolated])).toEqual([['POST /cart/items', 11, 2, true]]);
    const overview = await reader.serviceOverview(SAMPLED_TENANT, { range: around, stepSeconds: 3600 });
    expect(overview.map((o) => [o.service, o.requests, o.errors, o.sampledRequests, o.extrapolated])).toEqual([['cart', 11, 0, 2, true], ['frontend', 11, 11, 2, true]]);
    const histogram = await reader.latencyHistogram(SAMPLED_TENANT, { service: 'frontend', range: around, boundsUs: [100_000, 1_000_000] });
    expect(histogram).toEqual([{ leUs: 1_000_000, count: 11, sampledRequests: 2, extrapolated: true }]);
  });

  it('the service graph counts each call by its weight, the stored calls beside', async () => {
    const graph = await reader.dependencyGraph(SAMPLED_TENANT, around);
    expect(graph.map(({ caller, callee, callCount, errorCount, sampledCallCount, extrapolated }) => ({ caller, callee, callCount, errorCount, sampledCallCount, extrapolated }))).toEqual([
      { caller: 'cart', callee: 'redis', callCount: 11, errorCount: 0, sampledCallCount: 2, extrapolated: true },
      { caller: 'frontend', callee: 'cart', callCount: 11, errorCount: 0, sampledCallCount: 2, extrapolated: true },
      { caller: 'frontend', callee: 'postgres/shop', callCount: 11, errorCount: 11, sampledCallCount: 2, extrapolated: true },
    ]);
    const backend = await reader.backendMetrics(SAMPLED_TENANT, { backend: 'redis', range: around, stepSeconds: 60 });
    expect(backend.map((b) => [b.requests, b.sampledRequests, b.extrapolated])).toEqual([[11, 2, true]]);
  });

  it('weights latency percentiles: a call standing for 10 outweighs one standing for 1', async () => {
    const base = moved(checkoutTrace(), { tenant: 'weighted-co', traceId: TRACE_IDS.checkout });
    // The same entry call 500 ms slower, kept once (weight 1) beside the fast one kept for 10.
    const slowBase = moved(checkoutTrace(), { tenant: 'weighted-co', traceId: 'faceb00cfaceb00cfaceb00cfaceb00c' });
    const slow: StructuredTrace = { ...slowBase, sampling: { rule: 'slow', weight: 1 }, spans: slowBase.spans.map((sp) => ({ ...sp, endTimeUnixNano: sp.endTimeUnixNano + 500_000_000n })) };
    await ingest([{ ...base, sampling: { rule: 'rest', weight: 10 } }, slow]);
    const [b] = await reader.serviceMetrics('weighted-co', { service: 'frontend', range: around, stepSeconds: 60 });
    expect(b).toMatchObject({ requests: 11, sampledRequests: 2, extrapolated: true });
    // The weighted median of 10 x 120 ms and 1 x 620 ms is 120 ms; unweighted (one of each) it is
    // 370 ms. t-digest interpolates between its two centroids, so it lands near, not on, 120 ms.
    expect(b?.p50Ns).toBeGreaterThanOrEqual(120e6);
    expect(b?.p50Ns).toBeLessThan(200e6);
    expect(b?.p99Ns).toBeGreaterThan(500e6);
  });
});

describe('bad input to the handler', () => {
  it('dead-letters a message no view can hold instead of buffering it', async () => {
    const t = orphanFragment();
    // A tenant the collector would not have admitted: no row of the message can be keyed.
    const bad: StructuredTrace = { ...t, tenantId: 'not a tenant', spans: t.spans.map((s) => ({ ...s, tenantId: 'not a tenant' })) };
    const handler = newHandler();
    await expect(handler.handle(message(bad))).rejects.toThrow(`cannot be written to the views: tenant "not a tenant" of trace ${t.traceId} is not 1-128 characters`);
    expect(handler.heldOffset('enriched-traces', 0)).toBeUndefined();
    await expect(newHandler().handle({ ...message(t), value: Buffer.from([0xff, 0xff, 0xff]) })).rejects.toThrow(/could not decode an enriched-traces record/);
  });

  it('writes a span whose status codes are out of their columns\' range, as unknown, instead of failing the batch forever', async () => {
    // ClickHouse rejects -1 for a UInt16 (the whole insert fails) and wraps 70000 silently.
    const t = checkoutTrace();
    const tenant = 'acme-odd-numbers';
    const id = 'badc0debadc0debadc0debadc0debadc';
    const spans = t.spans.map((s, i) => ({ ...s, tenantId: tenant, traceId: id, ...(i === 0 ? { http: { ...s.http, statusCode: -1 } } : {}), ...(i === 1 ? { http: { statusCode: 70_000 } } : {}) }));
    await ingest([{ ...t, tenantId: tenant, traceId: id, spans }]);
    expect(await rows('SELECT span_id, http_status_code FROM {db}.spans FINAL WHERE tenant = {tenant:String} AND span_id IN ({a:String}, {b:String}) ORDER BY span_id', { tenant, a: spanId(1), b: spanId(2) })).toEqual([
      { span_id: spanId(1), http_status_code: 0 },
      { span_id: spanId(2), http_status_code: 0 },
    ]);
  });

  it('a row ClickHouse refuses reaches the handler as ViewDataRejectedError, not as an outage to retry', async () => {
    const [row] = buildViewRows(checkoutTrace(), { headerTenant: TENANT }).spans;
    const batch = new ViewBatch();
    batch.add({ spans: [{ ...row!, httpStatusCode: -1 }], traceFragments: [] }); // bypasses the processor's range check
    const refused = await new ClickHouseViewWriter(store).write(batch).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ViewDataRejectedError);
    expect((refused as Error).message).toMatch(/^ClickHouse refused rows of spans: .*Cannot parse/s);
  });
});

// Issue 12: nothing acknowledged is lost or hidden. Each test below has a database of its own in
// the same engine, so its retention and schema do not touch the fixtures above.
const DAY_NS = 24n * HOUR;
const VIEWS = ['spans', 'trace_spans', 'traces', 'service_calls', 'backend_calls', 'api_calls', 'operations'] as const;

/** The trace under another tenant and id, its times shifted, its spans received at `receivedAtMs`. */
function moved(t: StructuredTrace, options: { tenant: string; traceId: string; shiftNs?: bigint; receivedAtMs?: number }): StructuredTrace {
  const shift = options.shiftNs ?? 0n;
  return {
    ...t,
    tenantId: options.tenant,
    traceId: options.traceId,
    startTimeUnixNano: t.startTimeUnixNano + shift,
    endTimeUnixNano: t.endTimeUnixNano + shift,
    spans: t.spans.map((s) => ({
      ...s,
      tenantId: options.tenant,
      traceId: options.traceId,
      startTimeUnixNano: s.startTimeUnixNano + shift,
      endTimeUnixNano: s.endTimeUnixNano + shift,
      events: s.events.map((e) => ({ ...e, timeUnixNano: e.timeUnixNano + shift })),
      receivedAtMs: options.receivedAtMs ?? s.receivedAtMs,
    })),
  };
}

/** Writes the traces' rows into a store as the handler does (processor, batch, writer). */
async function writeInto(target: TraceStore, traces: StructuredTrace[]): Promise<void> {
  const batch = new ViewBatch();
  for (const t of traces) batch.add(buildViewRows(t, { headerTenant: t.tenantId }));
  await new ClickHouseViewWriter(target).write(batch);
}

/** Applies every view's TTL now, as a merge would once its time came. */
async function forceTtl(target: TraceStore): Promise<void> {
  for (const table of VIEWS) {
    await target.client.command({ query: `ALTER TABLE ${target.qualified(table)} MATERIALIZE TTL`, clickhouse_settings: { mutations_sync: '2' } });
    await target.client.command({ query: `OPTIMIZE TABLE ${target.qualified(table)} FINAL` });
  }
}

describe('retention counts from arrival (issue 12, defect 1)', () => {
  it('keeps a trace whose spans are 8 days old readable by id for the retention after it arrived, while search still uses span time', async () => {
    const db = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_retention' });
    try {
      await db.migrate();
      const nowMs = Date.now();
      const eightDaysAgo = BigInt(nowMs) * MS - 8n * DAY_NS;
      const shiftNs = eightDaysAgo - T0_NS;
      const tenant = 'acme-retention';
      const replayed = moved(checkoutTrace(), { tenant, traceId: 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1', shiftNs, receivedAtMs: nowMs });
      // The control: the same spans, but received 8 days ago. Retention must remove it, or TTL never ran.
      const expired = moved(checkoutTrace(), { tenant, traceId: 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2', shiftNs, receivedAtMs: nowMs - 8 * 86_400_000 });
      await writeInto(db, [replayed, expired]);
      await db.applyRetention({ spans: 7, traces: 7, service_calls: 7, backend_calls: 7, api_calls: 7, operations: 7, logs: 7 });
      await forceTtl(db);
      const r = new TraceReader(db);
      const kept = await r.getTrace(tenant, replayed.traceId);
      expect(kept?.spans).toHaveLength(6);
      expect(kept?.summary).toMatchObject({ spanCount: 6, startTimeUnixNano: eightDaysAgo });
      expect(kept?.spans[0]?.startTimeUnixNano).toBe(eightDaysAgo);
      expect(await r.getTrace(tenant, expired.traceId)).toBeUndefined();
      // Its documents survived too (get-trace reads them first), keyed by the arrival time of the line.
      const documents = await db.client.query({
        query: "SELECT count() AS n, groupUniqArray(toUnixTimestamp64Milli(received_at)) AS received FROM tracehouse_retention.trace_spans WHERE trace_id = {id:String}",
        query_params: { id: replayed.traceId },
        format: 'JSONEachRow',
      });
      expect(await documents.json()).toEqual([{ n: '6', received: [String(nowMs)] }]);
      // Search is by span time: the trace is found around its spans' time, not around its arrival.
      const ids = async (from: bigint, to: bigint): Promise<string[]> => (await r.searchTraces(tenant, { range: { fromUnixNano: from, toUnixNano: to } })).map((s) => s.traceId);
      expect(await ids(eightDaysAgo - HOUR, eightDaysAgo + HOUR)).toEqual([replayed.traceId]);
      expect(await ids(BigInt(nowMs) * MS - HOUR, BigInt(nowMs) * MS + HOUR)).toEqual([]);
      expect(await r.listServices(tenant)).toEqual(['cart', 'frontend']);
      expect(await r.dependencyGraph(tenant, { fromUnixNano: eightDaysAgo - HOUR, toUnixNano: eightDaysAgo + HOUR })).toHaveLength(3);
      // Every view partitions by arrival day and counts its TTL from arrival.
      const tables = await db.client.query({
        query: "SELECT name, partition_key, engine_full FROM system.tables WHERE database = 'tracehouse_retention' AND name IN ('spans', 'trace_spans', 'traces', 'service_calls', 'backend_calls', 'api_calls') ORDER BY name",
        format: 'JSONEachRow',
      });
      for (const t of await tables.json<{ name: string; partition_key: string; engine_full: string }>()) {
        expect([t.name, t.partition_key]).toEqual([t.name, 'toDate(received_at)']);
        expect(t.engine_full).toContain('TTL toDateTime(received_at) + toIntervalDay(7)');
      }
      expect(await db.currentTtl('operations')).toEqual({ column: 'last_received', days: 7 });
    } finally {
      await db.close();
    }
  });
});

describe('typed attributes (issue 12, defect 6)', () => {
  it('keeps every OTLP type of span, resource, event and link attributes through both read paths; searches match their string form', async () => {
    const tenant = 'acme-typed';
    const id = 'c0ffeec0ffeec0ffeec0ffeec0ffee01';
    const t = moved(checkoutTrace(), { tenant, traceId: id });
    const bytes = new Uint8Array([0, 1, 254, 255]);
    const attributes = {
      'http.response.status_code': 200n,
      'http.route': '/checkout',
      'sampling.ratio': 0.25,
      'cache.hit': false,
      'payload.digest': bytes,
      'feature.flags': ['new-cart', 2n, 0.5, true],
      'user.context': { id: 'u-7', visits: 12n, prefs: { dark: true, langs: ['en', 'de'] } },
      'int.max': 9_223_372_036_854_775_807n,
      'looks.like.int': '200',
    };
    const root = t.spans[0]!;
    t.spans[0] = {
      ...root,
      attributes,
      resourceAttributes: { 'service.name': 'frontend', 'process.pid': 4242n, 'host.cpu.count': 8n },
      events: [{ timeUnixNano: root.startTimeUnixNano + 1n, name: 'retry', attributes: { 'retry.count': 3n, 'retry.backoff': 0.5, 'exception.escaped': false }, droppedAttributesCount: 0 }],
      links: [{ traceId: TRACE_IDS.lateFragment, spanId: spanId(1), traceState: '', attributes: { 'link.weight': 1.5, 'link.ids': [1n, 2n] }, droppedAttributesCount: 0, flags: 1 }],
    };
    await ingest([t]);
    const fromDocuments = await reader.getTrace(tenant, id);
    const typedRoot = fromDocuments?.spans.find((s) => s.spanId === root.spanId);
    expect(typedRoot?.attributes).toEqual(attributes);
    expect(typedRoot?.resourceAttributes).toEqual({ 'service.name': 'frontend', 'process.pid': 4242n, 'host.cpu.count': 8n });
    expect(typedRoot?.events[0]?.attributes).toEqual({ 'retry.count': 3n, 'retry.backoff': 0.5, 'exception.escaped': false });
    expect(typedRoot?.links[0]?.attributes).toEqual({ 'link.weight': 1.5, 'link.ids': [1n, 2n] });
    expect(typedRoot?.attributes['payload.digest']).toBeInstanceOf(Uint8Array);
    // A tag search matches the int by its decimal form, and bool, double and resource ints likewise.
    const filters: Record<string, string>[] = [{ 'http.response.status_code': '200' }, { 'cache.hit': 'false' }, { 'sampling.ratio': '0.25' }, { 'process.pid': '4242' }];
    for (const filter of filters) {
      expect((await reader.searchTraces(tenant, { range: around, attributes: filter })).map((s) => s.traceId)).toEqual([id]);
    }
    // The spans table answers the same, typed, when the documents are gone.
    await store.client.command({ query: `ALTER TABLE ${store.qualified('trace_spans')} DELETE WHERE trace_id = {id:String}`, query_params: { id }, clickhouse_settings: { mutations_sync: '1' } });
    const fromSpans = await reader.getTrace(tenant, id);
    expect(fromSpans?.spans).toHaveLength(6);
    expect(fromSpans).toEqual(fromDocuments);
  });
});

describe('migration to arrival partitions and typed attributes (schema version 5)', () => {
  it('is applied by one process at a time: another gets MigrationInProgressError while the first holds the lease', async () => {
    const a = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_lease' });
    const b = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_lease' });
    try {
      expect(await a.migrate(MIGRATIONS.filter((m) => m.version <= 4))).toEqual([1, 2, 3, 4]);
      // A lease held by another process (one that is copying the views now).
      await a.client.command({ query: 'CREATE TABLE tracehouse_lease.migration_5_lease (holder String) ENGINE = MergeTree ORDER BY tuple()' });
      const refused = await b.migrate().catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(MigrationInProgressError);
      expect((refused as Error).message).toMatch(/^schema migration 5 of the ClickHouse database tracehouse_lease is being applied by another process \(its lease tracehouse_lease.migration_5_lease is \d+ s old\); retry once it is done$/);
      const key = async (): Promise<unknown> => (await (await a.client.query({ query: "SELECT partition_key FROM system.tables WHERE database = 'tracehouse_lease' AND name = 'spans'", format: 'JSONEachRow' })).json())[0];
      expect(await key()).toEqual({ partition_key: 'toDate(start_time)' });
      await a.client.command({ query: 'DROP TABLE tracehouse_lease.migration_5_lease' });
      // Two processes at once: one applies it, the other waits its turn (and then has nothing to do).
      const outcomes = await Promise.allSettled([a.migrate(), b.migrate()]);
      const applied = outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : []));
      expect(applied).toEqual(versionsFrom(5));
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(MigrationInProgressError);
      expect(await b.migrate()).toEqual([]);
      expect(await key()).toEqual({ partition_key: 'toDate(received_at)' });
      const leftovers = await (await a.client.query({ query: "SELECT name FROM system.tables WHERE database = 'tracehouse_lease' AND (name LIKE '%_v5' OR name LIKE '%lease%')", format: 'JSONEachRow' })).json();
      expect(leftovers).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('rebuilds a database written at version 4, with rows in every view, keeping every row readable and counted', async () => {
    const db = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_v4' });
    try {
      expect(await db.migrate(MIGRATIONS.filter((m) => m.version <= 4))).toEqual([1, 2, 3, 4]);
      // Rows exactly as the version 4 writer wrote them: a spans line without the version 5 columns,
      // the same line as the trace_spans document, and trace fragments without received_at.
      const tenant = 'acme-v4';
      const t = moved(checkoutTrace(), { tenant, traceId: 'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4' });
      const built = buildViewRows(t, { headerTenant: tenant });
      const v5Only = new Set(['attribute_types', 'resource_attribute_types', 'event_attribute_types', 'link_attribute_types', 'warnings', 'raw_fields', 'sampling_weight']);
      const keep = SPANS_ENCODING.columns.map((c) => !v5Only.has(c));
      const v4Columns = SPANS_ENCODING.columns.filter((_, i) => keep[i]);
      const v4Lines = built.spans.map((r) => SPANS_ENCODING.encode(r).split('\t').filter((_, i) => keep[i]).join('\t'));
      const insert = async (table: string, columns: readonly string[], format: 'TabSeparated' | 'CSV', lines: string[]): Promise<void> => {
        await db.client.insert({ table: db.qualified(table), values: Readable.from([Buffer.from(`${lines.join('\n')}\n`)], { objectMode: false }), format, columns: [...columns] as [string, ...string[]] });
      };
      await insert('spans', v4Columns, 'TabSeparated', v4Lines);
      const csv = (v: string): string => `"${v.replace(/"/g, '""')}"`;
      await insert('trace_spans', ['tenant', 'trace_id', 'span_id', 'start_time', 'version', 'span'], 'CSV', built.spans.map((r, i) => [csv(tenant), csv(t.traceId), csv(r.spanId), (v4Lines[i] as string).split('\t')[16], r.version, csv(v4Lines[i] as string)].join(',')));
      // Without received_at (version 5) and sampling_weight (version 8), the last two columns.
      await insert('trace_fragments', TRACE_FRAGMENTS_ENCODING.columns.slice(0, -2), 'TabSeparated', built.traceFragments.map((f) => TRACE_FRAGMENTS_ENCODING.encode(f).split('\t').slice(0, -2).join('\t')));
      const viewCounts = async (): Promise<Record<string, string>> => {
        const result = await db.client.query({
          query: `SELECT ${VIEWS.map((v) => `(SELECT count() FROM tracehouse_v4.${v}) AS ${v}`).join(', ')}`,
          format: 'JSONEachRow',
        });
        return ((await result.json()) as Record<string, string>[])[0] as Record<string, string>;
      };
      const before = await viewCounts();
      expect(before).toEqual({ spans: '6', trace_spans: '6', traces: '1', service_calls: '3', backend_calls: '2', api_calls: '2', operations: '6' });
      const v4Read = await new TraceReader(db).getTrace(tenant, t.traceId);
      expect(v4Read?.spans).toHaveLength(6);

      expect(await db.migrate()).toEqual(versionsFrom(5));
      expect(await viewCounts()).toEqual(before);
      // Old rows of views that never stored an arrival time count their retention from the migration.
      const unset = await db.client.query({
        query: `SELECT ${['traces', 'service_calls', 'backend_calls', 'api_calls'].map((v) => `(SELECT countIf(received_at = 0) FROM tracehouse_v4.${v}) AS ${v}`).join(', ')}, (SELECT countIf(last_received = 0) FROM tracehouse_v4.operations) AS operations`,
        format: 'JSONEachRow',
      });
      expect(await unset.json()).toEqual([{ traces: '0', service_calls: '0', backend_calls: '0', api_calls: '0', operations: '0' }]);
      const partitions = await db.client.query({ query: "SELECT name, partition_key FROM system.tables WHERE database = 'tracehouse_v4' AND partition_key != '' ORDER BY name", format: 'JSONEachRow' });
      expect(await partitions.json()).toEqual(['api_calls', 'backend_calls', 'log_traces', 'logs', 'service_calls', 'spans', 'trace_spans', 'traces'].map((name) => ({ name, partition_key: 'toDate(received_at)' })));
      // The old documents kept their arrival time, taken from the document itself.
      const received = await db.client.query({ query: "SELECT DISTINCT toUnixTimestamp64Milli(received_at) AS ms FROM tracehouse_v4.trace_spans", format: 'JSONEachRow' });
      expect(await received.json()).toEqual([{ ms: String(t.spans[0]!.receivedAtMs) }]);
      // Old rows read as before, their attribute values the strings they were stored as.
      const r = new TraceReader(db);
      const migrated = await r.getTrace(tenant, t.traceId);
      expect(migrated).toEqual(v4Read);
      expect(migrated?.spans[0]?.attributes['http.response.status_code']).toBe('500');
      expect(migrated?.spans[0]?.warnings).toEqual([]);
      // New rows land in the rebuilt tables, typed, and reach the call views through the recreated materialized views.
      const fresh = moved(checkoutTrace(), { tenant, traceId: 'e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5' });
      fresh.spans[0] = { ...fresh.spans[0]!, attributes: { 'http.response.status_code': 500n } };
      await writeInto(db, [fresh]);
      expect((await r.getTrace(tenant, fresh.traceId))?.spans[0]?.attributes).toEqual({ 'http.response.status_code': 500n });
      expect(await viewCounts()).toEqual({ spans: '12', trace_spans: '12', traces: '2', service_calls: '6', backend_calls: '4', api_calls: '4', operations: '12' });
      expect((await r.dependencyGraph(tenant, around)).map((e) => e.callCount)).toEqual([2, 2, 2]);
      // Retention set on the migrated tables counts from arrival.
      await db.applyRetention({ spans: 3650, traces: 3650, service_calls: 3650, backend_calls: 3650, api_calls: 3650, operations: 3650, logs: 3650 });
      for (const table of ['spans', 'trace_spans', 'traces', 'api_calls'] as const) expect(await db.currentTtl(table)).toEqual({ column: 'received_at', days: 3650 });
      expect(await db.currentTtl('operations')).toEqual({ column: 'last_received', days: 3650 });
    } finally {
      await db.close();
    }
  });
});
