import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger, Metrics } from '@tracehouse/observability';
import { resolveTenant, type TenancyRules } from '@tracehouse/tenancy';
import {
  API_LIMITS,
  formatGoDuration,
  parseAnnotationQuery,
  parseGoDuration,
  parseJaegerTags,
  parseLimit,
  parseMicros,
  parseMicrosDuration,
  parseMillis,
  parseMillisDuration,
  parseRfc3339,
  parseTraceId,
  QueryInputError,
} from './params';
import type { EntityQueries, NanoRange, ReadEntityType, ReadMetricBucket, ReadTraceSearch, TraceQueries } from './ports';
import { jaegerSpanKind, kindFromJaeger, toJaegerTrace, toOtlpJson, toZipkinSpan, type StoredTrace } from './shapes';

/** Options of {@link createQueryServer}. */
export interface QueryServerOptions {
  /** The trace reads (trace-store's TraceReader). */
  readonly traces: TraceQueries;
  /** The entity reads (entity-store's EntityStore); without one the entity endpoints answer 503. */
  readonly entities?: EntityQueries;
  /** How a request's tenant is found (the same rules as the collector's). */
  readonly tenancy: TenancyRules;
  readonly logger?: Logger;
  readonly metrics?: Metrics;
  /** The current time in ns since the epoch (tests fix it). */
  readonly now?: () => bigint;
  /** Traces fetched at once when a search returns whole traces (default 4). */
  readonly traceFetchConcurrency?: number;
}

/** An error with an HTTP status and a message for the caller (401, 503). */
export class QueryHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'QueryHttpError';
  }
}

type Query = Record<string, string | string[] | undefined>;
type Family = 'jaeger' | 'v3' | 'zipkin';

const NS_PER_MS = 1_000_000n;
const HOUR = 3_600_000n * NS_PER_MS;
/** Jaeger's defaults: search looks back 48 h, dependencies 24 h; search returns 100 traces. */
const JAEGER_SEARCH_LOOKBACK = 48n * HOUR;
const JAEGER_DEPENDENCY_LOOKBACK = 24n * HOUR;
const JAEGER_DEFAULT_LIMIT = 100;
/** Zipkin's defaults: look back one day, return 10 traces. */
const ZIPKIN_LOOKBACK = 24n * HOUR;
const ZIPKIN_DEFAULT_LIMIT = 10;
const ENTITY_TYPES: Record<string, ReadEntityType> = { services: 'SERVICE', apis: 'API', backends: 'BACKEND' };

function familyOf(url: string): Family {
  if (url.startsWith('/api/v3/')) return 'v3';
  if (url.startsWith('/api/v2/')) return 'zipkin';
  return 'jaeger';
}

/** Every value of a query parameter (repeated parameters are arrays), each at most maxValueLength long. */
function all(q: Query, name: string): string[] {
  const v = q[name];
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  for (const item of list) {
    if (item.length > API_LIMITS.maxValueLength) throw new QueryInputError(name, `must be at most ${API_LIMITS.maxValueLength} characters`);
  }
  return list;
}

/** The first non-empty value of a parameter (Go's FormValue), or undefined. */
function one(q: Query, name: string): string | undefined {
  const v = all(q, name)[0];
  return v === undefined || v === '' ? undefined : v;
}

function required(q: Query, name: string): string {
  const v = one(q, name);
  if (v === undefined) throw new QueryInputError(name, 'is required');
  return v;
}

function range(fromUnixNano: bigint, toUnixNano: bigint, fromParam: string, toParam: string): NanoRange {
  if (fromUnixNano < 0n) throw new QueryInputError(fromParam, 'must not be before 1970');
  if (toUnixNano <= fromUnixNano) throw new QueryInputError(toParam, `must be after ${fromParam}`);
  return { fromUnixNano, toUnixNano };
}

/**
 * Splits tag filters into attribute filters and the error flag: Jaeger synthesizes the `error` tag
 * from a span's status (and Grafana's error filter sends `{"error":"true"}`), so `error` matches the
 * span's error flag, not a literal attribute.
 */
function tagFilters(tags: Readonly<Record<string, string>>, param: string): { attributes?: Record<string, string>; isError?: boolean } {
  const { error, ...attributes } = tags;
  if (error !== undefined && error !== 'true' && error !== 'false') {
    throw new QueryInputError(param, `error must be "true" or "false" (got ${JSON.stringify(error.slice(0, 64))})`);
  }
  return {
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...(error !== undefined ? { isError: error === 'true' } : {}),
  };
}

function durations(min: bigint | undefined, max: bigint | undefined, maxParam: string, minParam: string): void {
  if (min !== undefined && max !== undefined && max < min) throw new QueryInputError(maxParam, `must not be below ${minParam} (${formatGoDuration(max)} < ${formatGoDuration(min)})`);
}

const micros = (ns: number | bigint): number => (typeof ns === 'bigint' ? Number(ns / 1_000n) : Math.round(ns) / 1_000);

/** Jaeger's envelope (`structuredResponse`). */
function envelope(data: unknown, total: number, limit = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { data, total, limit, offset: 0, errors: null, ...extra };
}

/** Runs `fn` over the items with at most `concurrency` at once, keeping the order. */
async function mapBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/** Zero-filled buckets over the range, aligned as the views align them (multiples of the step). */
function fillBuckets<B extends ReadMetricBucket>(buckets: readonly B[], r: NanoRange, stepNs: bigint, empty: (start: bigint) => B): B[] {
  const byStart = new Map(buckets.map((b) => [b.bucketStartUnixNano, b]));
  const out: B[] = [];
  for (let t = (r.fromUnixNano / stepNs) * stepNs; t < r.toUnixNano; t += stepNs) out.push(byStart.get(t) ?? empty(t));
  return out;
}

const emptyBucket = (start: bigint): ReadMetricBucket => ({ bucketStartUnixNano: start, requests: 0, errors: 0, requestRate: 0, errorRate: 0, p50Ns: 0, p95Ns: 0, p99Ns: 0 });

function redJson(b: ReadMetricBucket): Record<string, number> {
  return { startTime: micros(b.bucketStartUnixNano), requests: b.requests, errors: b.errors, requestRate: b.requestRate, errorRate: b.errorRate, p50: micros(b.p50Ns), p95: micros(b.p95Ns), p99: micros(b.p99Ns) };
}

/**
 * The query API as a Fastify instance (not listening yet): the Jaeger HTTP API (`/api/...`), Jaeger
 * api_v3 (`/api/v3/...`, OTLP/JSON), the Zipkin v2 read API (`/api/v2/...`) and tracehouse's own
 * entity, RED-metric and service-graph endpoints. Every request is scoped to the tenant its headers
 * resolve to; bad input is answered 400 (404 for an unknown trace) in the error format of the API
 * family it belongs to, naming the parameter. README.md ("query API") documents every endpoint.
 */
export function createQueryServer(options: QueryServerOptions): FastifyInstance {
  const { traces, tenancy } = options;
  const now = options.now ?? (() => BigInt(Date.now()) * NS_PER_MS);
  const concurrency = options.traceFetchConcurrency ?? 4;
  const app = Fastify({ logger: false, maxParamLength: 2048, routerOptions: { ignoreTrailingSlash: true } });
  const requests = options.metrics?.counter('query_requests_total', 'Query API requests, by route and HTTP status.', ['route', 'status']);
  const seconds = options.metrics?.histogram('query_request_duration_seconds', 'Query API request duration, by route.', ['route']);
  const tenants = new WeakMap<FastifyRequest, string>();

  app.addHook('onRequest', async (req) => {
    const resolved = resolveTenant(req.headers, tenancy);
    if (!resolved.ok) throw new QueryHttpError(resolved.reason === 'unauthorized' ? 401 : 400, resolved.message);
    tenants.set(req, resolved.tenant);
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests?.inc({ route, status: String(reply.statusCode) });
    seconds?.observe({ route }, reply.elapsedTime / 1_000);
  });

  const tenantOf = (req: FastifyRequest): string => {
    const t = tenants.get(req);
    if (t === undefined) throw new QueryHttpError(500, 'the tenant of the request was not resolved');
    return t;
  };

  const sendError = (req: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply => {
    const family = familyOf(req.url);
    if (family === 'zipkin') return reply.code(status).type('text/plain; charset=utf-8').send(message);
    if (family === 'v3') return reply.code(status).send({ error: { httpCode: status, message } });
    return reply.code(status).send({ data: null, total: 0, limit: 0, offset: 0, errors: [{ code: status, msg: message }] });
  };

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof QueryInputError) return sendError(req, reply, err.status, err.message);
    if (err instanceof QueryHttpError) return sendError(req, reply, err.status, err.message);
    const e = err as { kind?: unknown; name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown };
    // The reader's own validation (TraceQueryError, EntityValidationError): the caller's bad input.
    if (e?.kind === 'permanent' || e?.name === 'EntityValidationError') return sendError(req, reply, 400, String(e.message));
    // Fastify's own request errors (a malformed URL): 4xx with its message.
    if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return sendError(req, reply, e.statusCode, String(e.message));
    if (e?.name === 'EntityStoreUnavailableError') return sendError(req, reply, 503, `The entity store is unavailable: ${String(e.message)}`);
    options.logger?.error({ err, url: req.url }, 'query failed');
    const unreachable = typeof e?.code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/.test(e.code);
    return sendError(req, reply, unreachable ? 503 : 500, unreachable ? 'ClickHouse is unreachable; retry later.' : `The query failed: ${err instanceof Error ? err.message : String(err)}`);
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, 404, `No endpoint ${req.method} ${req.url.split('?')[0]}; see the README's query API section.`));

  const fetchTraces = async (tenant: string, ids: readonly string[]): Promise<StoredTrace[]> => {
    const found = await mapBounded(ids, concurrency, (id) => traces.getTrace(tenant, id));
    return found.filter((t): t is NonNullable<typeof t> => t !== undefined && t.spans.length > 0);
  };

  const searchAndFetch = async (tenant: string, search: ReadTraceSearch): Promise<StoredTrace[]> => {
    const summaries = await traces.searchTraces(tenant, search);
    return fetchTraces(tenant, summaries.map((s) => s.traceId));
  };

  // ---- Jaeger HTTP API (the UI's and Grafana's Jaeger data source) ----

  app.get('/api/services', async (req) => {
    const services = await traces.listServices(tenantOf(req));
    return envelope(services, services.length);
  });

  app.get<{ Params: { service: string } }>('/api/services/:service/operations', async (req) => {
    const ops = await traces.listOperations(tenantOf(req), req.params.service);
    const names = [...new Set(ops.map((o) => o.name))].sort();
    return envelope(names, names.length);
  });

  app.get('/api/operations', async (req) => {
    const q = req.query as Query;
    const service = required(q, 'service');
    const spanKind = one(q, 'spanKind');
    let kind: string | undefined;
    if (spanKind !== undefined) {
      kind = kindFromJaeger(spanKind);
      if (kind === undefined) throw new QueryInputError('spanKind', `must be one of server, client, producer, consumer, internal (got ${JSON.stringify(spanKind)})`);
    }
    const ops = await traces.listOperations(tenantOf(req), service, kind === undefined ? {} : { kind });
    const data = ops.map((o) => ({ name: o.name, spanKind: jaegerSpanKind(o.kind) }));
    return envelope(data, data.length);
  });

  app.get('/api/traces', async (req) => {
    const q = req.query as Query;
    const tenant = tenantOf(req);
    const ids = all(q, 'traceID').filter((v) => v !== '');
    if (ids.length > 0) {
      if (ids.length > API_LIMITS.maxTraceIds) throw new QueryInputError('traceID', `at most ${API_LIMITS.maxTraceIds} trace ids per request (got ${ids.length})`);
      const parsed = [...new Set(ids.map((id) => parseTraceId(id, 'traceID')))];
      const got = await mapBounded(parsed, concurrency, async (id) => ({ id, trace: await traces.getTrace(tenant, id) }));
      const data = got.flatMap((g) => (g.trace && g.trace.spans.length > 0 ? [toJaegerTrace(g.trace)] : []));
      const errors = got.filter((g) => !g.trace || g.trace.spans.length === 0).map((g) => ({ msg: `trace ${g.id} not found`, traceID: g.id }));
      return { data, total: data.length, limit: 0, offset: 0, errors: errors.length > 0 ? errors : null };
    }
    const service = required(q, 'service');
    const endRaw = one(q, 'end');
    const end = endRaw === undefined ? now() : parseMicros(endRaw, 'end');
    const startRaw = one(q, 'start');
    const lookback = one(q, 'lookback');
    let start: bigint;
    if (startRaw !== undefined) start = parseMicros(startRaw, 'start');
    else if (lookback !== undefined && lookback !== 'custom') start = end - parseGoDuration(lookback, 'lookback');
    else start = end - JAEGER_SEARCH_LOOKBACK;
    const limitRaw = one(q, 'limit');
    const limit = limitRaw === undefined ? JAEGER_DEFAULT_LIMIT : parseLimit(limitRaw);
    const minRaw = one(q, 'minDuration');
    const maxRaw = one(q, 'maxDuration');
    const minDurationNs = minRaw === undefined ? undefined : parseGoDuration(minRaw, 'minDuration');
    const maxDurationNs = maxRaw === undefined ? undefined : parseGoDuration(maxRaw, 'maxDuration');
    durations(minDurationNs, maxDurationNs, 'maxDuration', 'minDuration');
    const search: ReadTraceSearch = {
      range: range(start, end, 'start', 'end'),
      service,
      operation: one(q, 'operation'),
      ...tagFilters(parseJaegerTags(all(q, 'tag'), all(q, 'tags')), 'tags'),
      minDurationNs,
      maxDurationNs,
      limit,
    };
    const data = (await searchAndFetch(tenant, search)).map(toJaegerTrace);
    return envelope(data, data.length, limit);
  });

  app.get<{ Params: { traceId: string } }>('/api/traces/:traceId', async (req) => {
    const id = parseTraceId(req.params.traceId, 'traceID');
    const trace = await traces.getTrace(tenantOf(req), id);
    if (!trace || trace.spans.length === 0) throw new QueryInputError('traceID', `trace ${id} not found`, 404);
    return envelope([toJaegerTrace(trace)], 1);
  });

  app.get('/api/dependencies', async (req) => {
    const q = req.query as Query;
    const endRaw = one(q, 'endTs');
    const end = endRaw === undefined ? now() : parseMillis(endRaw, 'endTs');
    const lookbackRaw = one(q, 'lookback');
    const lookback = lookbackRaw === undefined ? JAEGER_DEPENDENCY_LOOKBACK : parseMillisDuration(lookbackRaw, 'lookback');
    const service = one(q, 'service');
    const edges = await traces.dependencyGraph(tenantOf(req), range(end - lookback, end, 'lookback', 'endTs'));
    const links = new Map<string, { parent: string; child: string; callCount: number }>();
    for (const e of edges) {
      if (service !== undefined && e.caller !== service && e.callee !== service) continue;
      const key = JSON.stringify([e.caller, e.callee]);
      const link = links.get(key);
      if (link) link.callCount += e.callCount;
      else links.set(key, { parent: e.caller, child: e.callee, callCount: e.callCount });
    }
    const data = [...links.values()];
    return envelope(data, data.length);
  });

  // ---- Jaeger api_v3 over HTTP (the current Jaeger UI): OTLP/JSON under `result` ----

  app.get('/api/v3/services', async (req) => ({ services: await traces.listServices(tenantOf(req)) }));

  app.get('/api/v3/operations', async (req) => {
    const q = req.query as Query;
    const service = required(q, 'service');
    const spanKind = one(q, 'span_kind');
    let kind: string | undefined;
    if (spanKind !== undefined) {
      kind = kindFromJaeger(spanKind);
      if (kind === undefined) throw new QueryInputError('span_kind', `must be one of server, client, producer, consumer, internal (got ${JSON.stringify(spanKind)})`);
    }
    const ops = await traces.listOperations(tenantOf(req), service, kind === undefined ? {} : { kind });
    return { operations: ops.map((o) => ({ name: o.name, spanKind: jaegerSpanKind(o.kind) })) };
  });

  app.get('/api/v3/traces', async (req) => {
    const q = req.query as Query;
    const minRaw = one(q, 'query.start_time_min');
    const maxRaw = one(q, 'query.start_time_max');
    if (minRaw === undefined || maxRaw === undefined) throw new QueryHttpError(400, 'query.start_time_min and query.start_time_max are required (RFC 3339 times, e.g. 2025-01-15T12:00:00Z).');
    const r = range(parseRfc3339(minRaw, 'query.start_time_min'), parseRfc3339(maxRaw, 'query.start_time_max'), 'query.start_time_min', 'query.start_time_max');
    const dMinRaw = one(q, 'query.duration_min');
    const dMaxRaw = one(q, 'query.duration_max');
    const minDurationNs = dMinRaw === undefined ? undefined : parseGoDuration(dMinRaw, 'query.duration_min');
    const maxDurationNs = dMaxRaw === undefined ? undefined : parseGoDuration(dMaxRaw, 'query.duration_max');
    durations(minDurationNs, maxDurationNs, 'query.duration_max', 'query.duration_min');
    const numRaw = one(q, 'query.num_traces') ?? one(q, 'query.search_depth');
    const attributesRaw = all(q, 'query.attributes');
    const found = await searchAndFetch(tenantOf(req), {
      range: r,
      service: one(q, 'query.service_name'),
      operation: one(q, 'query.operation_name'),
      ...tagFilters(attributesRaw.length > 0 ? parseJaegerTags([], attributesRaw) : {}, 'query.attributes'),
      minDurationNs,
      maxDurationNs,
      limit: numRaw === undefined ? JAEGER_DEFAULT_LIMIT : parseLimit(numRaw, one(q, 'query.num_traces') !== undefined ? 'query.num_traces' : 'query.search_depth'),
    });
    // Jaeger's api_v3 answers an empty search 404 "No traces found"; so does this.
    if (found.length === 0) throw new QueryHttpError(404, 'No traces found');
    return { result: toOtlpJson(found.flatMap((t) => t.spans)) };
  });

  app.get<{ Params: { traceId: string } }>('/api/v3/traces/:traceId', async (req) => {
    const q = req.query as Query;
    const id = parseTraceId(req.params.traceId, 'trace_id');
    // Accepted for compatibility; the trace is found by id alone.
    for (const p of ['start_time', 'end_time']) {
      const v = one(q, p);
      if (v !== undefined) parseRfc3339(v, p);
    }
    const trace = await traces.getTrace(tenantOf(req), id);
    if (!trace || trace.spans.length === 0) throw new QueryInputError('trace_id', `trace ${id} not found`, 404);
    return { result: toOtlpJson(trace.spans) };
  });

  // ---- Zipkin v2 read API (Grafana's Zipkin data source) ----

  app.get('/api/v2/services', async (req) => traces.listServices(tenantOf(req)));

  app.get('/api/v2/spans', async (req) => {
    const q = req.query as Query;
    const ops = await traces.listOperations(tenantOf(req), required(q, 'serviceName'));
    return [...new Set(ops.map((o) => o.name))].sort();
  });

  app.get('/api/v2/traces', async (req) => {
    const q = req.query as Query;
    const endRaw = one(q, 'endTs');
    const end = endRaw === undefined ? now() : parseMillis(endRaw, 'endTs');
    const lookbackRaw = one(q, 'lookback');
    const lookback = lookbackRaw === undefined ? ZIPKIN_LOOKBACK : parseMillisDuration(lookbackRaw, 'lookback');
    const minRaw = one(q, 'minDuration');
    const maxRaw = one(q, 'maxDuration');
    const minDurationNs = minRaw === undefined ? undefined : parseMicrosDuration(minRaw, 'minDuration');
    const maxDurationNs = maxRaw === undefined ? undefined : parseMicrosDuration(maxRaw, 'maxDuration');
    durations(minDurationNs, maxDurationNs, 'maxDuration', 'minDuration');
    const limitRaw = one(q, 'limit');
    const annotationQuery = one(q, 'annotationQuery');
    const filters = tagFilters(annotationQuery === undefined ? {} : parseAnnotationQuery(annotationQuery), 'annotationQuery');
    // The classic Zipkin UI sends "all" for "any"; Zipkin's server reads it so too.
    const named = (v: string | undefined): string | undefined => (v === undefined || v === 'all' ? undefined : v);
    const found = await searchAndFetch(tenantOf(req), {
      range: range(end - lookback, end + 1n, 'lookback', 'endTs'),
      service: named(one(q, 'serviceName')),
      operation: named(one(q, 'spanName')),
      ...filters,
      minDurationNs,
      maxDurationNs,
      limit: limitRaw === undefined ? ZIPKIN_DEFAULT_LIMIT : parseLimit(limitRaw),
    });
    return found.map((t) => t.spans.map(toZipkinSpan));
  });

  app.get<{ Params: { traceId: string } }>('/api/v2/trace/:traceId', async (req) => {
    const id = parseTraceId(req.params.traceId, 'traceId');
    const trace = await traces.getTrace(tenantOf(req), id);
    if (!trace || trace.spans.length === 0) throw new QueryInputError('traceId', `trace ${id} not found`, 404);
    return trace.spans.map(toZipkinSpan);
  });

  app.get('/api/v2/dependencies', async (req) => {
    const q = req.query as Query;
    const end = parseMillis(required(q, 'endTs'), 'endTs');
    const lookbackRaw = one(q, 'lookback');
    const lookback = lookbackRaw === undefined ? ZIPKIN_LOOKBACK : parseMillisDuration(lookbackRaw, 'lookback');
    const edges = await traces.dependencyGraph(tenantOf(req), range(end - lookback, end + 1n, 'lookback', 'endTs'));
    const links = new Map<string, { parent: string; child: string; callCount: number; errorCount: number }>();
    for (const e of edges) {
      const key = JSON.stringify([e.caller, e.callee]);
      const link = links.get(key);
      if (link) {
        link.callCount += e.callCount;
        link.errorCount += e.errorCount;
      } else links.set(key, { parent: e.caller, child: e.callee, callCount: e.callCount, errorCount: e.errorCount });
    }
    return [...links.values()];
  });

  // ---- tracehouse: entities, RED metrics, service graph (Jaeger's envelope) ----

  /** `start`/`end` in µs, or `end` (default now) minus `lookback` (Go duration, default 1 h). */
  const window = (q: Query): NanoRange => {
    const endRaw = one(q, 'end');
    const end = endRaw === undefined ? now() : parseMicros(endRaw, 'end');
    const startRaw = one(q, 'start');
    const lookbackRaw = one(q, 'lookback');
    const start = startRaw !== undefined ? parseMicros(startRaw, 'start') : end - (lookbackRaw === undefined ? HOUR : parseGoDuration(lookbackRaw, 'lookback'));
    return range(start, end, startRaw !== undefined ? 'start' : 'lookback', 'end');
  };

  /** `step` (Go duration, whole seconds, default 1m). */
  const stepOf = (q: Query): number => {
    const raw = one(q, 'step');
    if (raw === undefined) return 60;
    const ns = parseGoDuration(raw, 'step');
    if (ns < 1_000_000_000n || ns % 1_000_000_000n !== 0n) throw new QueryInputError('step', `must be a whole number of seconds, at least 1s (got ${JSON.stringify(raw)})`);
    return Number(ns / 1_000_000_000n);
  };

  app.get<{ Params: { type: string } }>('/api/entities/:type', async (req) => {
    const q = req.query as Query;
    const type = ENTITY_TYPES[req.params.type];
    if (!type) throw new QueryInputError('type', `must be services, apis or backends (got ${JSON.stringify(req.params.type)})`, 404);
    const limitRaw = one(q, 'limit');
    const limit = limitRaw === undefined ? 100 : parseLimit(limitRaw);
    const after = one(q, 'after');
    if (after !== undefined && !/^[0-9a-f]{32}$/.test(after)) throw new QueryInputError('after', `must be an entity id (32 lowercase hex digits) from a previous page's nextAfter (got ${JSON.stringify(after.slice(0, 64))})`);
    if (!options.entities) throw new QueryHttpError(503, 'No entity store is configured for the query API.');
    const page = await options.entities.list(tenantOf(req), type, { limit, ...(after !== undefined ? { after } : {}) });
    const data = page.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, attributes: e.attributes, firstSeen: e.firstSeen, lastSeen: e.lastSeen }));
    return envelope(data, data.length, limit, page.nextAfter !== undefined ? { nextAfter: page.nextAfter } : {});
  });

  app.get<{ Params: { service: string } }>('/api/red/services/:service', async (req) => {
    const q = req.query as Query;
    const r = window(q);
    const stepSeconds = stepOf(q);
    const buckets = await traces.serviceMetrics(tenantOf(req), { service: req.params.service, range: r, stepSeconds });
    const data = fillBuckets(buckets, r, BigInt(stepSeconds) * 1_000_000_000n, emptyBucket).map(redJson);
    return envelope(data, data.length);
  });

  app.get<{ Params: { service: string } }>('/api/red/services/:service/apis', async (req) => {
    const q = req.query as Query;
    const r = window(q);
    const stepSeconds = stepOf(q);
    const api = one(q, 'api');
    const buckets = await traces.apiMetrics(tenantOf(req), { service: req.params.service, range: r, stepSeconds, ...(api !== undefined ? { api } : {}) });
    const byApi = new Map<string, typeof buckets[number][]>();
    for (const b of buckets) byApi.set(b.apiName, [...(byApi.get(b.apiName) ?? []), b]);
    const stepNs = BigInt(stepSeconds) * 1_000_000_000n;
    const data = [...byApi.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([apiName, list]) => ({ apiName, buckets: fillBuckets(list, r, stepNs, (start) => ({ ...emptyBucket(start), apiName })).map(redJson) }));
    return envelope(data, data.length);
  });

  app.get('/api/service-graph', async (req) => {
    const edges = await traces.dependencyGraph(tenantOf(req), window(req.query as Query));
    const data = edges.map((e) => ({ caller: e.caller, callee: e.callee, calleeKind: e.calleeKind, callCount: e.callCount, errorCount: e.errorCount, p50: micros(e.p50Ns), p95: micros(e.p95Ns), p99: micros(e.p99Ns) }));
    return envelope(data, data.length);
  });

  return app;
}
