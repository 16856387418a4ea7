// The query API over HTTP against the real engines: fixture view rows written into embedded
// ClickHouse (chdb, its own temp data folder) through the trace-store writer, entities in the
// integration tier's PostgreSQL, and the API started in-process on a free port, as the
// query-service and the view-generator wire it. Every endpoint, tenant isolation and each bad input.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityId, PostgresEntityStore, type Entity } from '@tracehouse/entity-store';
import { LazyEntityQueries, QueryApi } from '@tracehouse/query-api';
import { uniqueName } from '@tracehouse/testing';
import { ClickHouseViewWriter, TraceReader, TraceStore, ViewBatch } from '@tracehouse/trace-store';
import { ACME, fixtureRows, GLOBEX, INITECH, sid, T0, T0_MS, T0_US, TRACES } from './testdata/views';

const KEYS = { acme: 'key-acme', globex: 'key-globex' };
const NOW = T0 + 600_000_000_000n; // T0 + 10 min: the default windows cover every fixture.
const UNKNOWN = 'ffffffffffffffffffffffffffffffff';

let dir: string;
let store: TraceStore;
let entities: PostgresEntityStore;
let keyed: QueryApi;
let byHeader: QueryApi;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
  return url;
}

const entity = (tenant: string, type: Entity['type'], name: string, identifying: Record<string, string>, firstSeen: number, lastSeen: number): Entity => ({
  tenant, type, id: entityId(tenant, type, identifying), name, attributes: identifying, firstSeen, lastSeen,
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'query-api-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_query' });
  await store.migrate();
  const batch = new ViewBatch();
  batch.add(fixtureRows());
  await new ClickHouseViewWriter(store).write(batch);

  entities = new PostgresEntityStore({ url: databaseUrl(), schema: uniqueName('query_api').replace(/-/g, '_') });
  await entities.init();
  await entities.upsert([
    entity(ACME, 'SERVICE', 'frontend', { name: 'frontend' }, T0_MS, T0_MS + 60_000),
    entity(ACME, 'SERVICE', 'cart', { name: 'cart' }, T0_MS + 3, T0_MS + 3),
    entity(ACME, 'API', 'GET /checkout', { service: 'frontend', name: 'GET /checkout' }, T0_MS, T0_MS),
    entity(ACME, 'BACKEND', 'redis://cache:6379', { protocol: 'redis', host: 'cache', port: '6379' }, T0_MS + 5, T0_MS + 5),
    entity(GLOBEX, 'SERVICE', 'frontend', { name: 'frontend' }, T0_MS, T0_MS),
  ]);

  const traces = new TraceReader(store);
  keyed = new QueryApi({
    host: '127.0.0.1', port: 0, traces, entities: new LazyEntityQueries(entities), now: () => NOW,
    tenancy: { apiKeys: new Map([[KEYS.acme, ACME], [KEYS.globex, GLOBEX]]), apiKeyHeader: 'x-api-key' },
  });
  byHeader = new QueryApi({ host: '127.0.0.1', port: 0, traces, now: () => NOW, tenancy: { tenantHeader: 'x-tenant-id', apiKeyHeader: 'x-api-key' } });
  await keyed.start();
  await byHeader.start();
});

afterAll(async () => {
  await keyed?.close();
  await byHeader?.close();
  await entities?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET on the API-key server; `key` '' sends no key. */
async function call(path: string, key: string = KEYS.acme): Promise<{ status: number; body: unknown; text: string; type: string }> {
  const res = await fetch(`${keyed.url}${path}`, { headers: key === '' ? {} : { 'x-api-key': key } });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text, type: res.headers.get('content-type') ?? '' };
}

const q = (params: Record<string, string | number>): string => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
const jaegerError = (code: number, msg: string) => ({ data: null, total: 0, limit: 0, offset: 0, errors: [{ code, msg }] });
type JTrace = { traceID: string; spans: Array<Record<string, unknown> & { spanID: string; processID: string }>; processes: Record<string, unknown>; warnings: unknown };
const window = { start: T0_US - 60_000_000, end: T0_US + 300_000_000 };

describe('Jaeger HTTP API', () => {
  it('GET /api/services lists the tenant services in the envelope', async () => {
    expect(await call('/api/services')).toMatchObject({ status: 200, body: { data: ['cart', 'frontend', 'worker'], total: 3, limit: 0, offset: 0, errors: null } });
  });

  it('GET /api/services/{service}/operations and /api/operations?service=&spanKind=', async () => {
    expect((await call('/api/services/frontend/operations')).body).toEqual({ data: ['GET /checkout', 'GET /health', 'POST'], total: 3, limit: 0, offset: 0, errors: null });
    expect((await call('/api/operations?service=frontend')).body).toEqual({
      data: [{ name: 'GET /checkout', spanKind: 'server' }, { name: 'GET /health', spanKind: 'server' }, { name: 'POST', spanKind: 'client' }],
      total: 3, limit: 0, offset: 0, errors: null,
    });
    expect((await call('/api/operations?service=frontend&spanKind=client')).body).toEqual({ data: [{ name: 'POST', spanKind: 'client' }], total: 1, limit: 0, offset: 0, errors: null });
  });

  it('GET /api/traces/{id} returns the whole trace in Jaeger UI JSON', async () => {
    const { status, body } = await call(`/api/traces/${TRACES.checkout}`);
    expect(status).toBe(200);
    const { data, total, limit, offset, errors } = body as { data: JTrace[]; total: number; limit: number; offset: number; errors: unknown };
    expect({ total, limit, offset, errors }).toEqual({ total: 1, limit: 0, offset: 0, errors: null });
    const [trace] = data as [JTrace];
    expect(trace.traceID).toBe(TRACES.checkout);
    expect(trace.warnings).toBeNull();
    expect(trace.spans.map((s) => [s.spanID, s.operationName, s.processID])).toEqual([
      [sid(1), 'GET /checkout', 'p1'], [sid(2), 'POST', 'p1'], [sid(3), 'POST /cart/items', 'p2'], [sid(4), 'HGET', 'p2'],
    ]);
    expect(trace.processes).toEqual({ p1: { serviceName: 'frontend', tags: [{ key: 'host.name', type: 'string', value: 'web-1' }] }, p2: { serviceName: 'cart', tags: [] } });
    expect(trace.spans[0]).toEqual({
      traceID: TRACES.checkout,
      spanID: sid(1),
      operationName: 'GET /checkout',
      references: [],
      startTime: T0_US,
      duration: 120_000,
      tags: [
        { key: 'http.request.method', type: 'string', value: 'GET' },
        { key: 'http.response.status_code', type: 'string', value: '500' },
        { key: 'user.id', type: 'string', value: 'u-7' },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'otel.status_code', type: 'string', value: 'ERROR' },
        { key: 'otel.status_description', type: 'string', value: 'upstream failed' },
        { key: 'error', type: 'bool', value: true },
        { key: 'otel.scope.name', type: 'string', value: '@opentelemetry/instrumentation-http' },
        { key: 'otel.scope.version', type: 'string', value: '0.57.0' },
      ],
      logs: [{ timestamp: T0_US + 110_000, fields: [{ key: 'event', type: 'string', value: 'exception' }, { key: 'exception.type', type: 'string', value: 'UpstreamError' }] }],
      processID: 'p1',
      warnings: null,
    });
    expect(trace.spans[2]?.references).toEqual([{ refType: 'CHILD_OF', traceID: TRACES.checkout, spanID: sid(2) }]);
  });

  it('GET /api/traces/{id} takes a 64-bit id and answers 404 for an unknown one and 400 for a malformed one', async () => {
    expect(((await call('/api/traces/a3ce929d0e0e4736')).body as { data: JTrace[] }).data[0]?.traceID).toBe(TRACES.tick);
    expect(await call(`/api/traces/${UNKNOWN}`)).toMatchObject({ status: 404, body: jaegerError(404, `traceID: trace ${UNKNOWN} not found`) });
    expect(await call('/api/traces/not-hex')).toMatchObject({ status: 400, body: jaegerError(400, 'traceID: must be a trace id of 1 to 32 hex digits (got "not-hex")') });
  });

  it('GET /api/traces searches by service, operation, tags, durations and window, most recent first', async () => {
    const ids = async (params: Record<string, string | number>): Promise<string[]> => {
      const { status, body } = await call(`/api/traces?${q(params)}`);
      expect(status).toBe(200);
      return (body as { data: JTrace[] }).data.map((t) => t.traceID);
    };
    expect(await ids({ service: 'frontend', ...window })).toEqual([TRACES.health, TRACES.checkout]);
    expect(await ids({ service: 'frontend', lookback: '1h' })).toEqual([TRACES.health, TRACES.checkout]);
    expect(await ids({ service: 'frontend' })).toEqual([TRACES.health, TRACES.checkout]);
    expect(await ids({ service: 'frontend', ...window, limit: 1 })).toEqual([TRACES.health]);
    expect(await ids({ service: 'frontend', ...window, operation: 'GET /health' })).toEqual([TRACES.health]);
    expect(await ids({ service: 'frontend', ...window, tags: '{"http.response.status_code":"500"}' })).toEqual([TRACES.checkout]);
    expect(await ids({ service: 'frontend', ...window, tag: 'user.id:u-7' })).toEqual([TRACES.checkout]);
    // Jaeger synthesizes `error` from the span status; Grafana's error filter sends {"error":"true"}.
    expect(await ids({ service: 'frontend', ...window, tags: '{"error":"true"}' })).toEqual([TRACES.checkout]);
    expect(await ids({ service: 'frontend', ...window, tag: 'error:true' })).toEqual([TRACES.checkout]);
    expect(await ids({ service: 'frontend', ...window, operation: 'GET /health', tags: '{"error":"false"}' })).toEqual([TRACES.health]);
    expect(await ids({ service: 'frontend', ...window, tags: '{"host.name":"web-1"}' })).toEqual([TRACES.checkout]);
    expect(await ids({ service: 'frontend', ...window, minDuration: '100ms' })).toEqual([TRACES.checkout]);
    expect(await ids({ service: 'frontend', ...window, maxDuration: '10ms' })).toEqual([TRACES.health]);
    expect(await ids({ service: 'frontend', start: T0_US + 30_000_000, end: window.end })).toEqual([TRACES.health]);
    // Values reach ClickHouse only as parameters: SQL in a value is just a name that matches nothing.
    expect(await ids({ service: "frontend' OR '1'='1", ...window })).toEqual([]);
    expect(await ids({ service: 'frontend', ...window, tags: '{"x\') OR 1=1 --":"y"}' })).toEqual([]);
    const { body } = await call(`/api/traces?${q({ service: 'frontend', ...window, limit: 5 })}`);
    expect(body).toMatchObject({ total: 2, limit: 5, offset: 0, errors: null });
  });

  it('GET /api/traces?traceID= fetches several traces and reports the missing ones', async () => {
    const { status, body } = await call(`/api/traces?traceID=${TRACES.checkout}&traceID=${UNKNOWN}`);
    expect(status).toBe(200);
    const b = body as { data: JTrace[]; errors: unknown };
    expect(b.data.map((t) => t.traceID)).toEqual([TRACES.checkout]);
    expect(b.errors).toEqual([{ msg: `trace ${UNKNOWN} not found`, traceID: UNKNOWN }]);
  });

  it('GET /api/dependencies?endTs=&lookback= (ms) gives the service graph edges', async () => {
    expect((await call(`/api/dependencies?endTs=${T0_MS + 600_000}&lookback=3600000`)).body).toEqual({
      data: [{ parent: 'cart', child: 'redis', callCount: 1 }, { parent: 'frontend', child: 'cart', callCount: 1 }],
      total: 2, limit: 0, offset: 0, errors: null,
    });
    expect((await call(`/api/dependencies?endTs=${T0_MS - 3_600_000}&lookback=60000`)).body).toEqual({ data: [], total: 0, limit: 0, offset: 0, errors: null });
  });

  it.each([
    ['/api/traces?start=1', 400, 'service: is required'],
    [`/api/traces?service=frontend&start=yesterday`, 400, 'start: must be a whole number of microseconds since the epoch (got "yesterday")'],
    [`/api/traces?service=frontend&end=1.5`, 400, 'end: must be a whole number of microseconds since the epoch (got "1.5")'],
    [`/api/traces?service=frontend&start=${T0_US}&end=${T0_US - 1}`, 400, 'end: must be after start'],
    ['/api/traces?service=frontend&minDuration=100', 400, 'minDuration: has a number without a unit (got "100"); use a Go duration such as 100ms, 1.5s, 2m or 1h30m'],
    ['/api/traces?service=frontend&maxDuration=5x', 400, 'maxDuration: is not a duration (got "5x"); use a Go duration such as 100ms, 1.5s, 2m or 1h30m'],
    ['/api/traces?service=frontend&minDuration=1s&maxDuration=10ms', 400, 'maxDuration: must not be below minDuration (10ms < 1s)'],
    ['/api/traces?service=frontend&limit=0', 400, 'limit: must be an integer from 1 to 1000 (got "0")'],
    ['/api/traces?service=frontend&limit=abc', 400, 'limit: must be an integer from 1 to 1000 (got "abc")'],
    ['/api/traces?service=frontend&tags=%7B%22error%22%3Atrue%7D', 400, 'tags: the value of "error" must be a string (got true)'],
    ['/api/traces?service=frontend&tags=%7B%22error%22%3A%22maybe%22%7D', 400, 'tags: error must be "true" or "false" (got "maybe")'],
    ['/api/traces?service=frontend&tag=error', 400, 'tag: must be key:value (got "error")'],
    ['/api/traces?service=frontend&lookback=forever', 400, 'lookback: is not a duration (got "forever"); use a Go duration such as 100ms, 1.5s, 2m or 1h30m'],
    ['/api/traces?traceID=xyz', 400, 'traceID: must be a trace id of 1 to 32 hex digits (got "xyz")'],
    ['/api/operations', 400, 'service: is required'],
    ['/api/operations?service=frontend&spanKind=weird', 400, 'spanKind: must be one of server, client, producer, consumer, internal (got "weird")'],
    ['/api/dependencies?endTs=today', 400, 'endTs: must be a whole number of milliseconds since the epoch (got "today")'],
    ['/api/dependencies?endTs=1&lookback=1h', 400, 'lookback: must be a whole number of milliseconds (got "1h")'],
    ['/api/nothing-here', 404, 'No endpoint GET /api/nothing-here; see the README\'s query API section.'],
  ])('GET %s answers %d naming the parameter', async (path, status, msg) => {
    expect(await call(path)).toMatchObject({ status, body: jaegerError(status, msg) });
  });

  it('rejects malformed tags JSON with the parser message', async () => {
    const { status, body } = await call('/api/traces?service=frontend&tags=%7Berror');
    expect(status).toBe(400);
    expect((body as { errors: Array<{ msg: string }> }).errors[0]?.msg).toMatch(/^tags: must be a JSON object of string values such as \{"error":"true"\}; it is not JSON \(.+\)$/);
  });
});

describe('Jaeger api_v3 (OTLP JSON)', () => {
  const range = `query.start_time_min=${new Date(T0_MS - 60_000).toISOString()}&query.start_time_max=${new Date(T0_MS + 300_000).toISOString()}`;

  it('GET /api/v3/services and /api/v3/operations', async () => {
    expect((await call('/api/v3/services')).body).toEqual({ services: ['cart', 'frontend', 'worker'] });
    expect((await call('/api/v3/operations?service=cart')).body).toEqual({ operations: [{ name: 'HGET', spanKind: 'client' }, { name: 'POST /cart/items', spanKind: 'server' }] });
    expect((await call('/api/v3/operations?service=cart&span_kind=server')).body).toEqual({ operations: [{ name: 'POST /cart/items', spanKind: 'server' }] });
  });

  it('GET /api/v3/traces/{id} answers the trace as OTLP/JSON under result', async () => {
    const { status, body } = await call(`/api/v3/traces/${TRACES.checkout}`);
    expect(status).toBe(200);
    const result = (body as { result: { resourceSpans: Array<{ resource: { attributes: unknown[] }; scopeSpans: Array<{ spans: Array<Record<string, unknown>> }> }> } }).result;
    expect(result.resourceSpans.map((r) => r.resource.attributes)).toEqual([
      [{ key: 'host.name', value: { stringValue: 'web-1' } }, { key: 'service.name', value: { stringValue: 'frontend' } }],
      [{ key: 'service.name', value: { stringValue: 'cart' } }],
    ]);
    const spans = result.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    expect(spans.map((s) => s.spanId).sort()).toEqual([sid(1), sid(2), sid(3), sid(4)]);
    expect(spans.find((s) => s.spanId === sid(1))).toMatchObject({
      traceId: TRACES.checkout, name: 'GET /checkout', kind: 2, startTimeUnixNano: String(T0), endTimeUnixNano: String(T0 + 120_000_000n), status: { code: 2, message: 'upstream failed' },
    });
    expect(spans.find((s) => s.spanId === sid(3))).toMatchObject({ parentSpanId: sid(2), kind: 2, status: { code: 1 } });
  });

  it('GET /api/v3/traces searches by service, operation, duration and RFC 3339 window', async () => {
    const traceIds = async (extra: string): Promise<string[]> => {
      const { status, body } = await call(`/api/v3/traces?${range}&${extra}`);
      expect(status).toBe(200);
      const spans = (body as { result: { resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<{ traceId: string }> }> }> } }).result.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
      return [...new Set(spans.map((s) => s.traceId))];
    };
    expect(await traceIds('query.service_name=frontend')).toEqual([TRACES.health, TRACES.checkout]);
    expect(await traceIds('query.service_name=frontend&query.operation_name=GET%20/checkout')).toEqual([TRACES.checkout]);
    expect(await traceIds('query.service_name=frontend&query.duration_min=100ms')).toEqual([TRACES.checkout]);
    expect(await traceIds('query.service_name=frontend&query.num_traces=1')).toEqual([TRACES.health]);
  });

  it.each([
    ['/api/v3/traces?query.service_name=frontend', 400, 'query.start_time_min and query.start_time_max are required (RFC 3339 times, e.g. 2025-01-15T12:00:00Z).'],
    ['/api/v3/traces?query.start_time_min=yesterday&query.start_time_max=2025-01-15T12:00:00Z', 400, 'query.start_time_min: must be an RFC 3339 time such as 2025-01-15T12:00:00.000Z (got "yesterday")'],
    [`/api/v3/traces?query.start_time_min=2025-01-15T12:00:00Z&query.start_time_max=2025-01-15T12:05:00Z&query.duration_min=fast`, 400, 'query.duration_min: is not a duration (got "fast"); use a Go duration such as 100ms, 1.5s, 2m or 1h30m'],
    [`/api/v3/traces?query.start_time_min=2025-01-15T12:00:00Z&query.start_time_max=2025-01-15T12:05:00Z&query.num_traces=-3`, 400, 'query.num_traces: must be an integer from 1 to 1000 (got "-3")'],
    [`/api/v3/traces?query.start_time_min=2030-01-01T00:00:00Z&query.start_time_max=2030-01-02T00:00:00Z`, 404, 'No traces found'],
    [`/api/v3/traces/${UNKNOWN}`, 404, `trace_id: trace ${UNKNOWN} not found`],
    ['/api/v3/traces/zz', 400, 'trace_id: must be a trace id of 1 to 32 hex digits (got "zz")'],
    ['/api/v3/operations', 400, 'service: is required'],
  ])('GET %s answers %d in the api_v3 error format', async (path, status, message) => {
    expect(await call(path)).toMatchObject({ status, body: { error: { httpCode: status, message } } });
  });
});

describe('Zipkin v2 read API', () => {
  it('GET /api/v2/services and /api/v2/spans?serviceName=', async () => {
    expect((await call('/api/v2/services')).body).toEqual(['cart', 'frontend', 'worker']);
    expect((await call('/api/v2/spans?serviceName=cart')).body).toEqual(['HGET', 'POST /cart/items']);
  });

  it('GET /api/v2/trace/{id} answers Zipkin spans, also for a 16-hex id', async () => {
    const { status, body } = await call(`/api/v2/trace/${TRACES.checkout}`);
    expect(status).toBe(200);
    const spans = body as Array<Record<string, unknown>>;
    expect(spans.map((s) => s.id)).toEqual([sid(1), sid(2), sid(3), sid(4)]);
    expect(spans[1]).toEqual({
      traceId: TRACES.checkout, id: sid(2), parentId: sid(1), kind: 'CLIENT', name: 'POST', timestamp: T0_US + 2_000, duration: 30_000,
      // The remote endpoint comes from the peer attributes the Zipkin receiver writes (this span has
      // none); resource attributes come back as tags, as the receiver takes them from there.
      localEndpoint: { serviceName: 'frontend' }, tags: { 'host.name': 'web-1' },
    });
    expect(spans[0]).toMatchObject({ kind: 'SERVER', tags: { error: 'upstream failed', 'http.response.status_code': '500' }, annotations: [{ timestamp: T0_US + 110_000, value: 'exception|{"exception.type":"UpstreamError"}|0' }] });
    expect(spans[0]?.tags).not.toHaveProperty('otel.status_code');
    expect(((await call('/api/v2/trace/a3ce929d0e0e4736')).body as Array<{ traceId: string }>)[0]?.traceId).toBe(TRACES.tick);
  });

  it('GET /api/v2/traces searches with ms times, µs durations and annotationQuery', async () => {
    const traceIds = async (params: Record<string, string | number>): Promise<string[]> => {
      const { status, body } = await call(`/api/v2/traces?${q(params)}`);
      expect(status).toBe(200);
      return (body as Array<Array<{ traceId: string }>>).map((t) => t[0]?.traceId ?? '');
    };
    const w = { endTs: T0_MS + 300_000, lookback: 600_000 };
    expect(await traceIds({ serviceName: 'frontend', ...w })).toEqual([TRACES.health, TRACES.checkout]);
    expect(await traceIds({ serviceName: 'frontend', spanName: 'all', ...w })).toEqual([TRACES.health, TRACES.checkout]);
    expect(await traceIds({ serviceName: 'frontend', ...w, minDuration: 100_000 })).toEqual([TRACES.checkout]);
    expect(await traceIds({ serviceName: 'frontend', ...w, annotationQuery: 'http.response.status_code=200' })).toEqual([TRACES.health]);
    expect(await traceIds({ ...w })).toEqual([TRACES.tick, TRACES.health, TRACES.checkout]);
    expect(await traceIds({ serviceName: 'frontend', ...w, limit: 1 })).toEqual([TRACES.health]);
  });

  it('GET /api/v2/dependencies?endTs= gives edges with error counts', async () => {
    expect((await call(`/api/v2/dependencies?endTs=${T0_MS + 600_000}`)).body).toEqual([
      { parent: 'cart', child: 'redis', callCount: 1, errorCount: 0 },
      { parent: 'frontend', child: 'cart', callCount: 1, errorCount: 0 },
    ]);
  });

  it.each([
    ['/api/v2/spans', 400, 'serviceName: is required'],
    ['/api/v2/traces?minDuration=1ms', 400, 'minDuration: must be a whole number of microseconds (got "1ms")'],
    ['/api/v2/traces?endTs=now', 400, 'endTs: must be a whole number of milliseconds since the epoch (got "now")'],
    ['/api/v2/traces?limit=100000', 400, 'limit: must be an integer from 1 to 1000 (got "100000")'],
    ['/api/v2/traces?annotationQuery=error', 400, 'annotationQuery: only key=value terms joined by " and " are supported (got "error")'],
    [`/api/v2/trace/${UNKNOWN}`, 404, `traceId: trace ${UNKNOWN} not found`],
    ['/api/v2/trace/g1', 400, 'traceId: must be a trace id of 1 to 32 hex digits (got "g1")'],
    ['/api/v2/dependencies', 400, 'endTs: is required'],
  ])('GET %s answers %d with a plain-text message', async (path, status, text) => {
    const res = await call(path);
    expect({ status: res.status, text: res.text }).toEqual({ status, text });
    expect(res.type).toMatch(/^text\/plain/);
  });
});

describe('issue 12: what the Zipkin receiver stored comes back out of each API once (initech login trace)', () => {
  /** GET on the tenant-header server as initech. */
  const asInitech = async (path: string): Promise<unknown> => {
    const res = await fetch(`${byHeader.url}${path}`, { headers: { 'x-tenant-id': INITECH } });
    expect(res.status).toBe(200);
    return res.json();
  };
  type Tag = { key: string; type: string; value: unknown };
  const keysTwice = (tags: Tag[]): string[] => tags.map((t) => t.key).filter((k, i, all) => all.indexOf(k) !== i);

  it('Zipkin /api/v2/trace/{id}: error="401" comes back as "401", the remote endpoint, the annotation, kind internal, status OK and the link', async () => {
    const spans = (await asInitech(`/api/v2/trace/${TRACES.login}`)) as Array<Record<string, unknown>>;
    expect(spans.map((s) => s.id)).toEqual([sid(41), sid(42), sid(43)]);
    expect(spans[0]).toEqual({
      traceId: TRACES.login, id: sid(41), kind: 'CLIENT', name: 'post /login', timestamp: T0_US, duration: 12_000,
      localEndpoint: { serviceName: 'gateway' }, remoteEndpoint: { serviceName: 'auth', ipv4: '10.0.0.9', port: 443 },
      annotations: [{ timestamp: T0_US + 1_000, value: 'retry|{"attempt":"2"}|0' }],
      tags: { 'http.path': '/login', error: '401' },
    });
    expect(spans[1]).toMatchObject({ tags: { 'span.kind': 'internal', 'otel.status_code': 'OK', 'otlp.link.0': `${TRACES.login}|${sid(41)}||{"opentracing.ref_type":"follows_from"}|0` } });
    expect(spans[1]).not.toHaveProperty('kind');
    expect(spans[2]).toMatchObject({ tags: { error: '401' } });
  });

  it('Jaeger /api/traces/{id}: one error tag per span (bool true with the description, or the tag as stored)', async () => {
    const body = (await asInitech(`/api/traces/${TRACES.login}`)) as { data: Array<{ spans: Array<{ spanID: string; tags: Tag[]; references: unknown }> }> };
    const [call, hash, legacy] = body.data[0]?.spans ?? [];
    expect(call?.tags).toEqual([
      { key: 'http.path', type: 'string', value: '/login' },
      { key: 'net.peer.ip', type: 'string', value: '10.0.0.9' },
      { key: 'net.peer.port', type: 'string', value: '443' },
      { key: 'peer.service', type: 'string', value: 'auth' },
      { key: 'span.kind', type: 'string', value: 'client' },
      { key: 'otel.status_code', type: 'string', value: 'ERROR' },
      { key: 'otel.status_description', type: 'string', value: '401' },
      { key: 'error', type: 'bool', value: true },
    ]);
    expect(hash?.references).toEqual([{ refType: 'FOLLOWS_FROM', traceID: TRACES.login, spanID: sid(41) }]);
    expect(legacy?.tags.filter((t) => t.key === 'error')).toEqual([{ key: 'error', type: 'string', value: '401' }]);
    for (const s of body.data[0]?.spans ?? []) expect(keysTwice(s.tags)).toEqual([]);
  });

  it('api_v3 /api/v3/traces/{id}: status ERROR with message 401 and no error attribute', async () => {
    const body = (await asInitech(`/api/v3/traces/${TRACES.login}`)) as { result: { resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<Record<string, unknown> & { spanId: string }> }> }> } };
    const spans = body.result.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    const call = spans.find((s) => s.spanId === sid(41));
    expect(call).toMatchObject({ kind: 3, status: { code: 2, message: '401' } });
    expect((call?.attributes as Array<{ key: string }>).map((a) => a.key)).toEqual(['http.path', 'net.peer.ip', 'net.peer.port', 'peer.service']);
    expect(spans.find((s) => s.spanId === sid(42))).toMatchObject({ kind: 1, status: { code: 1 }, links: [{ traceId: TRACES.login, spanId: sid(41) }] });
  });
});

describe('tracehouse endpoints: entities, RED metrics, service graph', () => {
  it('GET /api/entities/{services|apis|backends} lists entities with first/last seen (ms), paged', async () => {
    expect((await call('/api/entities/services')).body).toEqual({
      data: [
        { id: entityId(ACME, 'SERVICE', { name: 'cart' }), type: 'SERVICE', name: 'cart', attributes: { name: 'cart' }, firstSeen: T0_MS + 3, lastSeen: T0_MS + 3 },
        { id: entityId(ACME, 'SERVICE', { name: 'frontend' }), type: 'SERVICE', name: 'frontend', attributes: { name: 'frontend' }, firstSeen: T0_MS, lastSeen: T0_MS + 60_000 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
      total: 2, limit: 100, offset: 0, errors: null,
    });
    expect(((await call('/api/entities/apis')).body as { data: Array<{ name: string }> }).data.map((e) => e.name)).toEqual(['GET /checkout']);
    expect(((await call('/api/entities/backends')).body as { data: Array<{ attributes: unknown }> }).data.map((e) => e.attributes)).toEqual([{ protocol: 'redis', host: 'cache', port: '6379' }]);
    const first = (await call('/api/entities/services?limit=1')).body as { data: Array<{ id: string }>; nextAfter: string };
    expect(first.data).toHaveLength(1);
    expect(first.nextAfter).toBe(first.data[0]?.id);
    const second = (await call(`/api/entities/services?limit=1&after=${first.nextAfter}`)).body as { data: Array<{ id: string }> };
    expect(second.data.map((e) => e.id)).not.toContain(first.nextAfter);
    expect(second.data).toHaveLength(1);
  });

  it('GET /api/red/services/{service} gives zero-filled RED buckets (µs latencies)', async () => {
    const { status, body } = await call(`/api/red/services/frontend?start=${T0_US - 60_000_000}&end=${T0_US + 120_000_000}&step=1m`);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: [
        { startTime: T0_US - 60_000_000, requests: 0, errors: 0, requestRate: 0, errorRate: 0, p50: 0, p95: 0, p99: 0, sampledRequests: 0, extrapolated: false },
        { startTime: T0_US, requests: 1, errors: 1, requestRate: 1 / 60, errorRate: 1, p50: 120_000, p95: 120_000, p99: 120_000, sampledRequests: 1, extrapolated: false },
        { startTime: T0_US + 60_000_000, requests: 1, errors: 0, requestRate: 1 / 60, errorRate: 0, p50: 5_000, p95: 5_000, p99: 5_000, sampledRequests: 1, extrapolated: false },
      ],
      // Nothing is sampled here: every count is a stored call (issue 15).
      total: 3, limit: 0, offset: 0, errors: null, extrapolated: false,
    });
  });

  it('GET /api/red/services/{service}/apis gives buckets per API, or of one API', async () => {
    const { body } = await call(`/api/red/services/frontend/apis?start=${T0_US}&end=${T0_US + 120_000_000}&step=60s`);
    const data = (body as { data: Array<{ apiName: string; buckets: Array<{ requests: number }> }> }).data;
    expect(data.map((a) => [a.apiName, a.buckets.map((b) => b.requests)])).toEqual([['GET /checkout', [1, 0]], ['GET /health', [0, 1]]]);
    const one = (await call(`/api/red/services/frontend/apis?${q({ start: T0_US, end: T0_US + 120_000_000, step: '1m', api: 'GET /health' })}`)).body as { data: Array<{ apiName: string }> };
    expect(one.data.map((a) => a.apiName)).toEqual(['GET /health']);
  });

  it('GET /api/service-graph gives edges with kinds, errors and µs percentiles', async () => {
    expect((await call('/api/service-graph?lookback=1h')).body).toEqual({
      data: [
        { caller: 'cart', callee: 'redis', calleeKind: 'BACKEND', callCount: 1, errorCount: 0, sampledCallCount: 1, extrapolated: false, p50: 2_000, p95: 2_000, p99: 2_000 },
        { caller: 'frontend', callee: 'cart', calleeKind: 'SERVICE', callCount: 1, errorCount: 0, sampledCallCount: 1, extrapolated: false, p50: 30_000, p95: 30_000, p99: 30_000 },
      ],
      total: 2, limit: 0, offset: 0, errors: null, extrapolated: false,
    });
  });

  it.each([
    ['/api/entities/widgets', 404, 'type: must be services, apis or backends (got "widgets")'],
    ['/api/entities/services?after=xyz', 400, 'after: must be an entity id (32 lowercase hex digits) from a previous page\'s nextAfter (got "xyz")'],
    ['/api/entities/apis?limit=5000', 400, 'limit: must be an integer from 1 to 1000 (got "5000")'],
    ['/api/red/services/frontend?step=1500ms', 400, 'step: must be a whole number of seconds, at least 1s (got "1500ms")'],
    ['/api/red/services/frontend?lookback=365d', 400, 'lookback: is not a duration (got "365d"); use a Go duration such as 100ms, 1.5s, 2m or 1h30m'],
    ['/api/red/services/frontend?lookback=720h&step=1s', 400, 'stepSeconds: gives 2592000 buckets over the range; at most 10000: use a larger step'],
    [`/api/service-graph?start=${T0_US}&end=${T0_US}`, 400, 'end: must be after start'],
  ])('GET %s answers %d', async (path, status, msg) => {
    expect(await call(path)).toMatchObject({ status, body: jaegerError(status, msg) });
  });
});

describe('tenancy (the collector rules, QUERY_*)', () => {
  it('shows each API key only its own tenant', async () => {
    expect((await call('/api/services', KEYS.globex)).body).toMatchObject({ data: ['frontend'] });
    expect((await call('/api/services/frontend/operations', KEYS.globex)).body).toMatchObject({ data: ['GET /globex'] });
    expect((await call(`/api/traces/${TRACES.checkout}`, KEYS.globex)).status).toBe(404);
    expect((await call(`/api/traces/${TRACES.globex}`, KEYS.acme)).status).toBe(404);
    expect(((await call(`/api/traces?${q({ service: 'frontend', ...window, tags: '{"http.response.status_code":"500"}' })}`, KEYS.globex)).body as { data: JTrace[] }).data.map((t) => t.traceID)).toEqual([TRACES.globex]);
    expect(((await call('/api/entities/services', KEYS.globex)).body as { data: Array<{ name: string }> }).data.map((e) => e.name)).toEqual(['frontend']);
    expect((await call(`/api/dependencies?endTs=${T0_MS + 600_000}`, KEYS.globex)).body).toMatchObject({ data: [] });
    expect((await call('/api/v2/services', KEYS.globex)).body).toEqual(['frontend']);
  });

  it('answers 401 for a missing or unknown key, in each API family format', async () => {
    expect(await call('/api/services', '')).toMatchObject({ status: 401, body: jaegerError(401, 'An API key is required: send it in the x-api-key header.') });
    expect(await call('/api/services', 'stolen')).toMatchObject({ status: 401, body: jaegerError(401, 'The API key in the x-api-key header is not known.') });
    expect(await call('/api/v3/services', 'stolen')).toMatchObject({ status: 401, body: { error: { httpCode: 401, message: 'The API key in the x-api-key header is not known.' } } });
    expect(await call('/api/v2/services', 'stolen')).toMatchObject({ status: 401, text: 'The API key in the x-api-key header is not known.' });
  });

  it('with a tenant header, takes the tenant from it (default when absent) and refuses a malformed one', async () => {
    const get = async (headers: Record<string, string>) => {
      const res = await fetch(`${byHeader.url}/api/services`, { headers });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    expect(await get({ 'x-tenant-id': GLOBEX })).toMatchObject({ status: 200, body: { data: ['frontend'] } });
    expect(await get({ 'x-tenant-id': ACME })).toMatchObject({ status: 200, body: { data: ['cart', 'frontend', 'worker'] } });
    expect(await get({})).toMatchObject({ status: 200, body: { data: [] } });
    expect(await get({ 'x-tenant-id': 'a b' })).toMatchObject({ status: 400, body: jaegerError(400, 'The x-tenant-id header must be a tenant id of 1-128 characters A-Z a-z 0-9 . _ - (got "a b").') });
    // Without an entity store, entity endpoints say so.
    const res = await fetch(`${byHeader.url}/api/entities/services`, { headers: { 'x-tenant-id': ACME } });
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 503, body: jaegerError(503, 'No entity store is configured for the query API.') });
  });
});
