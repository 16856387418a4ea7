// The query API's endpoints for the web UI, through the real Fastify server (inject, no socket)
// over an in-memory TraceQueries holding named fixture spans: shapes, sorting, parameter errors,
// the public routes under tenancy, and the fallbacks of a store without the UI reads.
import { createQueryServer, type QueryServerOptions } from '../server';
import type { ReadMetricBucket, ReadSearchSummary, ReadServiceOverview, TraceQueries } from '../ports';
import { readSpan, T0, TRACE_ID } from '../testdata/spans';

const MS = 1_000_000n;
const T0_US = Number(T0 / 1_000n);
const NOW = T0 + 600_000n * MS; // T0 + 10 min

// root 0..100 ms calls db 10..40 ms and cache 50..90 ms (the cache call failed); one orphan span.
const SPANS = [
  readSpan({ spanId: '00000000000000a1', spanName: 'GET /checkout', kind: 'SERVER', endTimeUnixNano: T0 + 100n * MS, durationNs: 100n * MS }),
  readSpan({ spanId: '00000000000000a2', parentSpanId: '00000000000000a1', serviceName: 'cart', spanName: 'SELECT', startTimeUnixNano: T0 + 10n * MS, endTimeUnixNano: T0 + 40n * MS, durationNs: 30n * MS }),
  readSpan({ spanId: '00000000000000a3', parentSpanId: '00000000000000a1', serviceName: 'cart', spanName: 'HGET', isError: true, startTimeUnixNano: T0 + 50n * MS, endTimeUnixNano: T0 + 90n * MS, durationNs: 40n * MS }),
  readSpan({ spanId: '00000000000000a4', parentSpanId: '00000000000000ff', serviceName: 'worker', spanName: 'late', startTimeUnixNano: T0 + 95n * MS, endTimeUnixNano: T0 + 96n * MS, durationNs: MS }),
];

const bucket = (offsetS: bigint, requests: number, errors: number, p99Ms: number): ReadMetricBucket => ({
  bucketStartUnixNano: T0 + offsetS * 1_000_000_000n, requests, errors, requestRate: requests / 60, errorRate: errors / requests, p50Ns: 1e6, p95Ns: 2e6, p99Ns: p99Ms * 1e6,
});

const overview = (service: string, requests: number, errors: number, previousRequests: number, previousErrors: number): ReadServiceOverview => ({
  service, requests, errors, p50Ns: 1_000_000, p95Ns: 5_000_000, p99Ns: 9_500_500, previousRequests, previousErrors, buckets: [bucket(120n, requests, errors, 9)],
});

const calls: Record<string, unknown[]> = {};
const record = (name: string, arg: unknown): void => void (calls[name] ??= []).push(arg);

/** The Jaeger/Zipkin reads only: what a store without the UI reads offers. */
const basic: TraceQueries = {
  getTrace: async (_tenant, id) => (id === TRACE_ID ? { summary: { traceId: TRACE_ID, truncated: false, overflowSpanCount: 0 }, spans: SPANS } : undefined),
  searchTraces: async (_t, search) => (record('searchTraces', search), [{ traceId: TRACE_ID, truncated: false, overflowSpanCount: 0 }]),
  listServices: async () => ['cart', 'frontend'],
  listOperations: async () => [],
  dependencyGraph: async () => [
    { caller: 'frontend', callee: 'cart', calleeKind: 'SERVICE', callCount: 10, errorCount: 1, p50Ns: 1e6, p95Ns: 2e6, p99Ns: 3e6 },
    { caller: 'cart', callee: 'redis', calleeKind: 'BACKEND', callCount: 20, errorCount: 0, p50Ns: 1e5, p95Ns: 2e5, p99Ns: 3e5 },
    { caller: 'billing', callee: 'postgres', calleeKind: 'BACKEND', callCount: 5, errorCount: 0, p50Ns: 1e6, p95Ns: 2e6, p99Ns: 3e6 },
  ],
  serviceMetrics: async () => [],
  apiMetrics: async () => [],
};

const summary: ReadSearchSummary = {
  traceId: TRACE_ID, truncated: false, overflowSpanCount: 0, startTimeUnixNano: T0, endTimeUnixNano: T0 + 100n * MS,
  rootServiceName: 'frontend', transactionName: 'GET /checkout', spanCount: 4, errorCount: 1, orphanSpanCount: 1,
  serviceCounts: [{ name: 'cart', spanCount: 2, errorCount: 1 }, { name: 'frontend', spanCount: 1, errorCount: 0 }, { name: 'worker', spanCount: 1, errorCount: 0 }],
};

/** The full reader, as trace-store's TraceReader offers it. */
const full: TraceQueries = {
  ...basic,
  searchSummaries: async (_t, search) => (record('searchSummaries', search), [summary]),
  serviceOverview: async () => [overview('steady', 100, 10, 100, 10), overview('rising', 100, 5, 100, 0), overview('calm', 50, 0, 0, 0), overview('aaa-broken', 10, 5, 10, 5)],
  backendMetrics: async (_t, q) => (record('backendMetrics', q), [bucket(60n, 4, 1, 3)]),
  latencyHistogram: async (_t, q) => (record('latencyHistogram', q), [{ leUs: 2_000, count: 3 }, { leUs: 50_000, count: 1 }]),
};

function server(traces: TraceQueries, extra: Partial<QueryServerOptions> = {}) {
  return createQueryServer({ traces, tenancy: { apiKeyHeader: 'x-api-key' }, now: () => NOW, ...extra });
}

async function get(traces: TraceQueries, url: string, extra: Partial<QueryServerOptions> = {}) {
  const app = server(traces, extra);
  try {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? (res.json() as Record<string, unknown>) : res.body };
  } finally {
    await app.close();
  }
}

beforeEach(() => {
  for (const k of Object.keys(calls)) delete calls[k];
});

describe('GET /api/ui-config', () => {
  it('tells the UI which header to ask for, and needs no key itself', async () => {
    const keys = { apiKeys: new Map([['k', 'acme']]), apiKeyHeader: 'x-api-key' };
    expect((await get(basic, '/api/ui-config', { tenancy: keys })).body).toEqual({ auth: 'api-key', header: 'x-api-key' });
    expect((await get(basic, '/api/services', { tenancy: keys })).status).toBe(401);
    expect((await get(basic, '/api/ui-config', { tenancy: { tenantHeader: 'x-tenant', apiKeyHeader: 'x-api-key' } })).body).toEqual({ auth: 'tenant-header', header: 'x-tenant' });
    expect((await get(basic, '/api/ui-config')).body).toEqual({ auth: 'none' });
  });
});

describe('GET /api/overview/services', () => {
  it('puts rising error rates first, then the highest error rate, then names; µs latencies and zero-filled buckets', async () => {
    const { status, body } = await get(full, '/api/overview/services?lookback=5m&step=1m');
    expect(status).toBe(200);
    const data = (body as { data: Array<Record<string, unknown>> }).data;
    expect(data.map((d) => d.service)).toEqual(['rising', 'aaa-broken', 'steady', 'calm']);
    expect(data[0]).toMatchObject({ requests: 100, errors: 5, requestRate: 100 / 300, errorRate: 0.05, previousErrorRate: 0, p50: 1_000, p95: 5_000, p99: 9_500.5 });
    const buckets = data[0]?.buckets as Array<Record<string, number>>;
    // The window T0+5m..T0+10m in 1 min steps; the fixture bucket at T0+2m is outside it.
    expect(buckets.map((b) => b.start)).toEqual([5, 6, 7, 8, 9].map((m) => T0_US + m * 60_000_000));
    expect(buckets.every((b) => b.requests === 0)).toBe(true);
  });

  it('answers 400 naming a bad step and 501 when the store has no overview', async () => {
    expect((await get(full, '/api/overview/services?step=1500ms')).body).toMatchObject({ errors: [{ code: 400, msg: 'step: must be a whole number of seconds, at least 1s (got "1500ms")' }] });
    expect((await get(basic, '/api/overview/services')).body).toMatchObject({ errors: [{ code: 501, msg: 'This trace store does not provide serviceOverview.' }] });
  });
});

describe('GET /api/red/backends/:backend', () => {
  it('answers the backend buckets over the window, zero-filled', async () => {
    const { body } = await get(full, `/api/red/backends/${encodeURIComponent('redis://cache:6379')}?start=${T0_US}&end=${T0_US + 180_000_000}`);
    expect(calls.backendMetrics).toEqual([{ backend: 'redis://cache:6379', range: { fromUnixNano: T0, toUnixNano: T0 + 180_000n * MS }, stepSeconds: 60 }]);
    // A store that says nothing of sampling: every figure as stored, none extrapolated.
    const none = { sampledRequests: 0, extrapolated: false };
    expect((body as { data: unknown[] }).data).toEqual([
      { startTime: T0_US, requests: 0, errors: 0, requestRate: 0, errorRate: 0, p50: 0, p95: 0, p99: 0, ...none },
      { startTime: T0_US + 60_000_000, requests: 4, errors: 1, requestRate: 4 / 60, errorRate: 0.25, p50: 1_000, p95: 2_000, p99: 3_000, sampledRequests: 4, extrapolated: false },
      { startTime: T0_US + 120_000_000, requests: 0, errors: 0, requestRate: 0, errorRate: 0, p50: 0, p95: 0, p99: 0, ...none },
    ]);
    expect(body).toMatchObject({ extrapolated: false });
  });
});

describe('GET /api/latency-histogram', () => {
  it('answers every log-spaced bound between the first and last non-empty bucket', async () => {
    const { body } = await get(full, '/api/latency-histogram?service=frontend&api=GET%20%2Fcheckout&lookback=15m');
    expect((calls.latencyHistogram?.[0] as { api: string; boundsUs: number[] }).api).toBe('GET /checkout');
    expect((calls.latencyHistogram?.[0] as { boundsUs: number[] }).boundsUs.slice(0, 7)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect((body as { data: unknown[] }).data).toEqual([
      { leUs: 2_000, count: 3 }, { leUs: 5_000, count: 0 }, { leUs: 10_000, count: 0 }, { leUs: 20_000, count: 0 }, { leUs: 50_000, count: 1 },
    ]);
  });

  it('requires the service', async () => {
    expect((await get(full, '/api/latency-histogram')).body).toMatchObject({ errors: [{ code: 400, msg: 'service: is required' }] });
  });
});

describe('GET /api/service-graph?service=', () => {
  it('keeps only the edges touching the service', async () => {
    const { body } = await get(basic, '/api/service-graph?service=cart');
    expect((body as { data: Array<{ caller: string; callee: string }> }).data.map((e) => `${e.caller}>${e.callee}`)).toEqual(['frontend>cart', 'cart>redis']);
    expect(((await get(basic, '/api/service-graph')).body as { data: unknown[] }).data).toHaveLength(3);
  });
});

describe('figures extrapolated from tail-sampled calls (issue 15)', () => {
  // One bucket of 3 stored calls standing for 21 (two weighed 10), one bucket of unsampled calls.
  const sampledBucket: ReadMetricBucket = { ...bucket(60n, 21, 10, 3), sampledRequests: 3, extrapolated: true };
  const plainBucket: ReadMetricBucket = { ...bucket(120n, 2, 0, 3), sampledRequests: 2, extrapolated: false };
  const sampled: TraceQueries = {
    ...full,
    serviceMetrics: async () => [sampledBucket, plainBucket],
    apiMetrics: async () => [{ ...sampledBucket, apiName: 'GET /a' }, { ...plainBucket, apiName: 'GET /b' }],
    dependencyGraph: async () => [
      { caller: 'frontend', callee: 'cart', calleeKind: 'SERVICE', callCount: 20.5, errorCount: 10, sampledCallCount: 3, extrapolated: true, p50Ns: 1e6, p95Ns: 2e6, p99Ns: 3e6 },
      { caller: 'cart', callee: 'redis', calleeKind: 'BACKEND', callCount: 2, errorCount: 0, sampledCallCount: 2, extrapolated: false, p50Ns: 1e5, p95Ns: 2e5, p99Ns: 3e5 },
    ],
    serviceOverview: async () => [{ ...overview('shop', 21, 10, 0, 0), sampledRequests: 3, extrapolated: true }],
  };
  const window = `start=${T0_US}&end=${T0_US + 180_000_000}`;

  it('/api/red/services/:service marks the extrapolated bucket, gives its stored calls, and says so in the envelope', async () => {
    const { body } = await get(sampled, `/api/red/services/shop?${window}`);
    const data = (body as { data: Array<Record<string, unknown>> }).data;
    expect(data.map((b) => [b.requests, b.sampledRequests, b.extrapolated])).toEqual([[0, 0, false], [21, 3, true], [2, 2, false]]);
    expect(body).toMatchObject({ extrapolated: true });
    expect((await get(full, `/api/red/services/shop?${window}`)).body).toMatchObject({ extrapolated: false });
  });

  it('/api/red/services/:service/apis marks each API with extrapolated figures', async () => {
    const { body } = await get(sampled, `/api/red/services/shop/apis?${window}`);
    expect((body as { data: Array<{ apiName: string; extrapolated: boolean }> }).data.map((a) => [a.apiName, a.extrapolated])).toEqual([['GET /a', true], ['GET /b', false]]);
    expect(body).toMatchObject({ extrapolated: true });
  });

  it('/api/service-graph gives each edge its stored calls beside the adjusted count', async () => {
    const { body } = await get(sampled, '/api/service-graph');
    expect((body as { data: Array<Record<string, unknown>> }).data.map((e) => [e.callee, e.callCount, e.sampledCallCount, e.extrapolated])).toEqual([['cart', 20.5, 3, true], ['redis', 2, 2, false]]);
    expect(body).toMatchObject({ extrapolated: true });
    expect((await get(basic, '/api/service-graph')).body).toMatchObject({ extrapolated: false });
  });

  it('/api/overview/services marks the extrapolated service', async () => {
    const { body } = await get(sampled, '/api/overview/services?lookback=5m');
    expect((body as { data: Array<Record<string, unknown>> }).data[0]).toMatchObject({ service: 'shop', requests: 21, sampledRequests: 3, extrapolated: true });
    expect(body).toMatchObject({ extrapolated: true });
  });

  it("Jaeger's and Zipkin's dependency links keep whole-number counts", async () => {
    const jaeger = (await get(sampled, '/api/dependencies?endTs=1000&lookback=1000')).body as { data: Array<{ callCount: number }> };
    expect(jaeger.data.map((l) => l.callCount)).toEqual([21, 2]);
    const zipkin = (await get(sampled, '/api/v2/dependencies?endTs=1000&lookback=1000')).body as unknown as Array<{ callCount: number }>;
    expect(zipkin.map((l) => l.callCount)).toEqual([21, 2]);
  });
});

describe('GET /api/trace-summaries', () => {
  const expected = {
    traceId: TRACE_ID, rootService: 'frontend', rootOperation: 'GET /checkout', startUs: T0_US, durationUs: 100_000, spanCount: 4, errorCount: 1,
    services: [{ name: 'cart', spanCount: 2, errorCount: 1 }, { name: 'frontend', spanCount: 1, errorCount: 0 }, { name: 'worker', spanCount: 1, errorCount: 0 }],
  };

  it('answers summaries from the store, with Jaeger search parameters', async () => {
    const { body } = await get(full, '/api/trace-summaries?service=frontend&tags=%7B%22error%22%3A%22true%22%2C%22http.route%22%3A%22%2Fcheckout%22%7D&minDuration=10ms&lookback=1h&limit=5');
    expect(body).toEqual({ data: [expected], total: 1, limit: 5, offset: 0, errors: null });
    expect(calls.searchSummaries?.[0]).toMatchObject({ service: 'frontend', isError: true, attributes: { 'http.route': '/checkout' }, minDurationNs: 10n * MS, limit: 5, range: { fromUnixNano: NOW - 3_600_000n * MS, toUnixNano: NOW } });
  });

  it('summarizes whole traces with trace-analysis when the store has no summaries', async () => {
    const { body } = await get(basic, '/api/trace-summaries?service=frontend');
    expect((body as { data: unknown[] }).data).toEqual([expected]);
  });

  it('takes a backend, and then no service', async () => {
    await get(full, '/api/trace-summaries?backend=redis');
    expect(calls.searchSummaries?.[0]).toMatchObject({ backend: 'redis', service: undefined });
  });

  it('names a bad parameter', async () => {
    expect((await get(full, '/api/trace-summaries')).body).toMatchObject({ errors: [{ code: 400, msg: 'service: is required' }] });
    expect((await get(full, '/api/trace-summaries?service=a&minDuration=soon')).body).toMatchObject({ errors: [{ code: 400, msg: expect.stringMatching(/^minDuration: is not a duration/) }] });
  });
});

describe('GET /api/v3/trace-summaries', () => {
  const v3 = {
    traceId: TRACE_ID, rootServiceName: 'frontend', rootOperationName: 'GET /checkout', minStartTimeUnixNano: String(T0), maxEndTimeUnixNano: String(T0 + 100n * MS),
    spanCount: 4, errorSpanCount: 1, orphanSpanCount: 1,
    services: [{ name: 'cart', spanCount: 2, errorSpanCount: 1 }, { name: 'frontend', spanCount: 1, errorSpanCount: 0 }, { name: 'worker', spanCount: 1, errorSpanCount: 0 }],
  };
  const window = 'query.startTimeMin=2025-01-15T12:00:00Z&query.startTimeMax=2025-01-15T13:00:00Z';

  it('answers Jaeger 2.x summaries for the camelCase parameters Jaeger UI sends', async () => {
    const { status, body } = await get(full, `/api/v3/trace-summaries?query.serviceName=frontend&query.operationName=GET%20%2Fcheckout&${window}&query.searchDepth=20&query.durationMin=1.5s&query.durationMax=2m&query.attributes=%7B%22k%22%3A%22v%22%7D`);
    expect(status).toBe(200);
    expect(body).toEqual({ summaries: [v3] });
    expect(calls.searchSummaries?.[0]).toMatchObject({ service: 'frontend', operation: 'GET /checkout', limit: 20, minDurationNs: 1_500n * MS, maxDurationNs: 120_000n * MS, attributes: { k: 'v' } });
  });

  it('takes the snake_case names too, and from whole traces without store summaries; an empty search is an empty list', async () => {
    const snake = `/api/v3/trace-summaries?query.service_name=frontend&query.start_time_min=2025-01-15T12:00:00Z&query.start_time_max=2025-01-15T13:00:00Z&query.num_traces=3`;
    expect((await get(basic, snake)).body).toEqual({ summaries: [v3] });
    expect(calls.searchTraces?.[0]).toMatchObject({ service: 'frontend', limit: 3 });
    const none: TraceQueries = { ...full, searchSummaries: async () => [] };
    expect((await get(none, `/api/v3/trace-summaries?${window}`)).body).toEqual({ summaries: [] });
  });

  it('names the parameter as the caller spelled it', async () => {
    expect((await get(full, '/api/v3/trace-summaries?query.serviceName=x')).body).toEqual({ error: { httpCode: 400, message: 'query.startTimeMin and query.startTimeMax are required (RFC 3339 times, e.g. 2025-01-15T12:00:00Z).' } });
    expect((await get(full, `/api/v3/trace-summaries?${window}&query.durationMin=fast`)).body).toMatchObject({ error: { httpCode: 400, message: expect.stringMatching(/^query\.durationMin: is not a duration/) } });
    expect((await get(full, `/api/v3/trace-summaries?${window}&query.searchDepth=0`)).body).toMatchObject({ error: { message: 'query.searchDepth: must be an integer from 1 to 1000 (got "0")' } });
    expect((await get(full, `/api/v3/trace-summaries?${window}&query.rawTraces=maybe`)).body).toMatchObject({ error: { message: 'query.rawTraces: must be true or false (got "maybe")' } });
  });
});

describe('camelCase on the other /api/v3 routes', () => {
  it('searches /api/v3/traces with camelCase names and reads spanKind on /api/v3/operations', async () => {
    const { status } = await get(full, '/api/v3/traces?query.serviceName=frontend&query.startTimeMin=2025-01-15T12:00:00Z&query.startTimeMax=2025-01-15T13:00:00Z&query.searchDepth=7');
    expect(status).toBe(200);
    expect(calls.searchTraces?.[0]).toMatchObject({ service: 'frontend', limit: 7 });
    expect((await get(full, '/api/v3/operations?service=cart&spanKind=nope')).body).toEqual({ error: { httpCode: 400, message: 'spanKind: must be one of server, client, producer, consumer, internal (got "nope")' } });
    expect((await get(full, `/api/v3/traces/${TRACE_ID}?startTime=yesterday`)).body).toMatchObject({ error: { message: expect.stringMatching(/^startTime: must be an RFC 3339 time/) } });
  });
});

describe('GET /api/traces/:traceId/critical-path', () => {
  it('answers the critical path of the stored trace in µs', async () => {
    const { body } = await get(basic, `/api/traces/${TRACE_ID}/critical-path`);
    const at = (ms: number) => T0_US + ms * 1_000;
    expect((body as { data: unknown[] }).data).toEqual([
      { spanId: '00000000000000a1', startUs: at(0), endUs: at(10) },
      { spanId: '00000000000000a2', startUs: at(10), endUs: at(40) },
      { spanId: '00000000000000a1', startUs: at(40), endUs: at(50) },
      { spanId: '00000000000000a3', startUs: at(50), endUs: at(90) },
      { spanId: '00000000000000a1', startUs: at(90), endUs: at(100) },
    ]);
  });

  it('answers 404 for an unknown trace and 400 for a malformed id', async () => {
    expect((await get(basic, '/api/traces/ffff/critical-path')).status).toBe(404);
    expect((await get(basic, '/api/traces/xyz/critical-path')).body).toMatchObject({ errors: [{ code: 400, msg: 'traceID: must be a trace id of 1 to 32 hex digits (got "xyz")' }] });
  });
});
