// tracehouse's own endpoints (Jaeger's envelope): entities, RED metrics of services, APIs and
// backends, the home page's service overview, latency histograms, the service graph, trace
// summaries for search results, a trace's critical path, and the UI's auth settings.
// Window parameters everywhere: `start`/`end` in µs, or `end` (default now) minus `lookback` (a Go
// duration, default 1h); `step` a Go duration of whole seconds (default 1m).
import type { FastifyInstance } from 'fastify';
import { criticalPath } from '@tracehouse/trace-analysis';
import type { TenancyRules } from '@tracehouse/tenancy';
import { parseGoDuration, parseLimit, parseMicros, parseTraceId, QueryInputError } from '../params';
import type { NanoRange, ReadEntityType, ReadMetricBucket, ReadSampling, TraceQueries } from '../ports';
import { envelope, fillBuckets, HOUR, micros, NS_PER_S, one, QueryHttpError, range, required, type Query, type RouteContext } from './context';
import { jaegerSearch } from './jaeger';
import { analysisSpans, searchSummaries, uiSummary } from './summaries';

const ENTITY_TYPES: Record<string, ReadEntityType> = { services: 'SERVICE', apis: 'API', backends: 'BACKEND' };

/**
 * Latency histogram bucket upper bounds in µs: 1, 2, 5, 10, 20, 50... up to 1,000 s, log-spaced
 * so that one chart shows a cache hit and a slow batch job alike.
 */
export const LATENCY_BOUNDS_US: readonly number[] = [...Array.from({ length: 9 }, (_, decade) => [1, 2, 5].map((m) => m * 10 ** decade)).flat(), 1e9];

/** How the UI authenticates, as `GET /api/ui-config` tells it (never secret: no key is in it). */
export function uiConfig(tenancy: TenancyRules): { auth: 'none' | 'api-key' | 'tenant-header'; header?: string } {
  if (tenancy.apiKeys) return { auth: 'api-key', header: tenancy.apiKeyHeader };
  if (tenancy.tenantHeader) return { auth: 'tenant-header', header: tenancy.tenantHeader };
  return { auth: 'none' };
}

/** `start`/`end` in µs, or `end` (default now) minus `lookback` (Go duration, default 1 h). */
export function windowOf(q: Query, now: bigint): NanoRange {
  const endRaw = one(q, 'end');
  const end = endRaw === undefined ? now : parseMicros(endRaw, 'end');
  const startRaw = one(q, 'start');
  const lookbackRaw = one(q, 'lookback');
  const start = startRaw !== undefined ? parseMicros(startRaw, 'start') : end - (lookbackRaw === undefined ? HOUR : parseGoDuration(lookbackRaw, 'lookback'));
  return range(start, end, startRaw !== undefined ? 'start' : 'lookback', 'end');
}

/** `step` (Go duration, whole seconds, default 1m). */
export function stepOf(q: Query): number {
  const raw = one(q, 'step');
  if (raw === undefined) return 60;
  const ns = parseGoDuration(raw, 'step');
  if (ns < NS_PER_S || ns % NS_PER_S !== 0n) throw new QueryInputError('step', `must be a whole number of seconds, at least 1s (got ${JSON.stringify(raw)})`);
  return Number(ns / NS_PER_S);
}

const emptyBucket = (start: bigint): ReadMetricBucket => ({ bucketStartUnixNano: start, requests: 0, errors: 0, requestRate: 0, errorRate: 0, p50Ns: 0, p95Ns: 0, p99Ns: 0, sampledRequests: 0, extrapolated: false });

/**
 * A figure's sampling fields as the API answers them (issue 15): `sampledRequests`, the calls stored
 * (as `requests` when the store does not say), and `extrapolated`, true when some call behind it
 * stood for several (tail sampling), so its counts and rates are estimates from the sample.
 */
function samplingJson(s: ReadSampling, requests: number): { sampledRequests: number; extrapolated: boolean } {
  return { sampledRequests: s.sampledRequests ?? requests, extrapolated: s.extrapolated === true };
}

/** Whether any figure of a response was extrapolated: the envelope's `extrapolated`. */
const anyExtrapolated = (figures: readonly ReadSampling[]): boolean => figures.some((f) => f.extrapolated === true);

function redJson(b: ReadMetricBucket): Record<string, number | boolean> {
  return {
    startTime: micros(b.bucketStartUnixNano), requests: b.requests, errors: b.errors, requestRate: b.requestRate, errorRate: b.errorRate,
    p50: micros(b.p50Ns), p95: micros(b.p95Ns), p99: micros(b.p99Ns), ...samplingJson(b, b.requests),
  };
}

/** The store's optional read, or a 501 naming what this store cannot answer. */
function optional<K extends keyof TraceQueries>(traces: TraceQueries, name: K): NonNullable<TraceQueries[K]> {
  const fn = traces[name];
  if (typeof fn !== 'function') throw new QueryHttpError(501, `This trace store does not provide ${String(name)}.`);
  return (fn as (...args: never[]) => unknown).bind(traces) as NonNullable<TraceQueries[K]>;
}

/** One service's home-page row, sorted by {@link compareOverview}. */
export interface OverviewRow {
  readonly service: string;
  readonly requests: number;
  readonly errors: number;
  readonly requestRate: number;
  readonly errorRate: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly previousErrorRate: number;
  /** Calls stored behind `requests` (before weighting by sampling). */
  readonly sampledRequests: number;
  /** Some call of the window stood for several (tail sampling): the counts are estimates. */
  readonly extrapolated: boolean;
  readonly buckets: { start: number; requests: number; errors: number; p50: number; p95: number; p99: number }[];
}

/** Rising error rate first, then the highest error rate, then by name: what is failing now comes first. */
export function compareOverview(a: OverviewRow, b: OverviewRow): number {
  const rise = b.errorRate - b.previousErrorRate - (a.errorRate - a.previousErrorRate);
  if (rise !== 0) return rise;
  if (b.errorRate !== a.errorRate) return b.errorRate - a.errorRate;
  return a.service < b.service ? -1 : a.service > b.service ? 1 : 0;
}

/** Registers tracehouse's own routes; `/api/ui-config` is public (the UI reads it before it has a key). */
export function registerTracehouseRoutes(app: FastifyInstance, ctx: RouteContext, tenancy: TenancyRules): void {
  const { traces, tenantOf } = ctx;
  const window = (q: Query): NanoRange => windowOf(q, ctx.now());

  app.get('/api/ui-config', { config: { public: true } }, async () => uiConfig(tenancy));

  app.get<{ Params: { type: string } }>('/api/entities/:type', async (req) => {
    const q = req.query as Query;
    const type = ENTITY_TYPES[req.params.type];
    if (!type) throw new QueryInputError('type', `must be services, apis or backends (got ${JSON.stringify(req.params.type)})`, 404);
    const limitRaw = one(q, 'limit');
    const limit = limitRaw === undefined ? 100 : parseLimit(limitRaw);
    const after = one(q, 'after');
    if (after !== undefined && !/^[0-9a-f]{32}$/.test(after)) throw new QueryInputError('after', `must be an entity id (32 lowercase hex digits) from a previous page's nextAfter (got ${JSON.stringify(after.slice(0, 64))})`);
    if (!ctx.entities) throw new QueryHttpError(503, 'No entity store is configured for the query API.');
    const page = await ctx.entities.list(tenantOf(req), type, { limit, ...(after !== undefined ? { after } : {}) });
    const data = page.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, attributes: e.attributes, firstSeen: e.firstSeen, lastSeen: e.lastSeen }));
    return envelope(data, data.length, limit, page.nextAfter !== undefined ? { nextAfter: page.nextAfter } : {});
  });

  app.get('/api/overview/services', async (req) => {
    const q = req.query as Query;
    const r = window(q);
    const stepSeconds = stepOf(q);
    const stepNs = BigInt(stepSeconds) * NS_PER_S;
    const seconds = Number(r.toUnixNano - r.fromUnixNano) / 1e9;
    const rows = await optional(traces, 'serviceOverview')(tenantOf(req), { range: r, stepSeconds });
    const data: OverviewRow[] = rows.map((s) => ({
      service: s.service,
      requests: s.requests,
      errors: s.errors,
      requestRate: s.requests / seconds,
      errorRate: s.requests === 0 ? 0 : s.errors / s.requests,
      p50: micros(s.p50Ns),
      p95: micros(s.p95Ns),
      p99: micros(s.p99Ns),
      previousErrorRate: s.previousRequests === 0 ? 0 : s.previousErrors / s.previousRequests,
      ...samplingJson(s, s.requests),
      buckets: fillBuckets(s.buckets, r, stepNs, emptyBucket).map((b) => ({ start: micros(b.bucketStartUnixNano), requests: b.requests, errors: b.errors, p50: micros(b.p50Ns), p95: micros(b.p95Ns), p99: micros(b.p99Ns) })),
    }));
    data.sort(compareOverview);
    return envelope(data, data.length, 0, { extrapolated: anyExtrapolated(rows) });
  });

  app.get<{ Params: { service: string } }>('/api/red/services/:service', async (req) => {
    const q = req.query as Query;
    const r = window(q);
    const stepSeconds = stepOf(q);
    const buckets = await traces.serviceMetrics(tenantOf(req), { service: req.params.service, range: r, stepSeconds });
    const data = fillBuckets(buckets, r, BigInt(stepSeconds) * NS_PER_S, emptyBucket).map(redJson);
    return envelope(data, data.length, 0, { extrapolated: anyExtrapolated(buckets) });
  });

  app.get<{ Params: { service: string } }>('/api/red/services/:service/apis', async (req) => {
    const q = req.query as Query;
    const r = window(q);
    const stepSeconds = stepOf(q);
    const api = one(q, 'api');
    const buckets = await traces.apiMetrics(tenantOf(req), { service: req.params.service, range: r, stepSeconds, ...(api !== undefined ? { api } : {}) });
    const byApi = new Map<string, typeof buckets[number][]>();
    for (const b of buckets) byApi.set(b.apiName, [...(byApi.get(b.apiName) ?? []), b]);
    const stepNs = BigInt(stepSeconds) * NS_PER_S;
    const data = [...byApi.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([apiName, list]) => ({ apiName, extrapolated: anyExtrapolated(list), buckets: fillBuckets(list, r, stepNs, (start) => ({ ...emptyBucket(start), apiName })).map(redJson) }));
    return envelope(data, data.length, 0, { extrapolated: anyExtrapolated(buckets) });
  });

  app.get<{ Params: { backend: string } }>('/api/red/backends/:backend', async (req) => {
    const q = req.query as Query;
    const r = window(q);
    const stepSeconds = stepOf(q);
    const buckets = await optional(traces, 'backendMetrics')(tenantOf(req), { backend: req.params.backend, range: r, stepSeconds });
    const data = fillBuckets(buckets, r, BigInt(stepSeconds) * NS_PER_S, emptyBucket).map(redJson);
    return envelope(data, data.length, 0, { extrapolated: anyExtrapolated(buckets) });
  });

  app.get('/api/latency-histogram', async (req) => {
    const q = req.query as Query;
    const service = required(q, 'service');
    const api = one(q, 'api');
    const counts = await optional(traces, 'latencyHistogram')(tenantOf(req), { service, ...(api !== undefined ? { api } : {}), range: window(q), boundsUs: LATENCY_BOUNDS_US });
    // Every bound from the first to the last bucket with calls, so a chart shows the gaps as zeros.
    const byBound = new Map(counts.map((c) => [c.leUs, c.count]));
    const first = LATENCY_BOUNDS_US.findIndex((b) => byBound.has(b));
    let last = LATENCY_BOUNDS_US.length - 1;
    while (last > first && !byBound.has(LATENCY_BOUNDS_US[last] as number)) last--;
    const data = first < 0 ? [] : LATENCY_BOUNDS_US.slice(first, last + 1).map((leUs) => ({ leUs, count: byBound.get(leUs) ?? 0 }));
    return envelope(data, data.length, 0, { extrapolated: anyExtrapolated(counts) });
  });

  app.get('/api/service-graph', async (req) => {
    const q = req.query as Query;
    const service = one(q, 'service');
    const edges = (await traces.dependencyGraph(tenantOf(req), window(q))).filter((e) => service === undefined || e.caller === service || e.callee === service);
    const data = edges.map((e) => ({
      caller: e.caller, callee: e.callee, calleeKind: e.calleeKind, callCount: e.callCount, errorCount: e.errorCount,
      sampledCallCount: e.sampledCallCount ?? e.callCount, extrapolated: e.extrapolated === true,
      p50: micros(e.p50Ns), p95: micros(e.p95Ns), p99: micros(e.p99Ns),
    }));
    return envelope(data, data.length, 0, { extrapolated: anyExtrapolated(edges) });
  });

  app.get('/api/trace-summaries', async (req) => {
    const q = req.query as Query;
    // `backend` (tracehouse's addition): traces calling that backend, `service` then optional (the caller).
    const backend = one(q, 'backend');
    const search = { ...jaegerSearch(q, ctx.now(), { serviceOptional: backend !== undefined }), ...(backend !== undefined ? { backend } : {}) };
    const data = (await searchSummaries(ctx, tenantOf(req), search)).map(uiSummary);
    return envelope(data, data.length, search.limit);
  });

  app.get<{ Params: { traceId: string } }>('/api/traces/:traceId/critical-path', async (req) => {
    const id = parseTraceId(req.params.traceId, 'traceID');
    const trace = await traces.getTrace(tenantOf(req), id);
    if (!trace || trace.spans.length === 0) throw new QueryInputError('traceID', `trace ${id} not found`, 404);
    const data = criticalPath(analysisSpans(trace.spans));
    return envelope(data, data.length);
  });
}
