// The Jaeger HTTP API (jaeger-query's `/api/...`, what the classic Jaeger UI and Grafana's Jaeger
// data source call): services, operations, trace search and get, dependencies. Jaeger's units:
// search times in µs, durations as Go duration strings, dependency times in ms.
import type { FastifyInstance } from 'fastify';
import { API_LIMITS, parseBoolean, parseGoDuration, parseJaegerTags, parseLimit, parseMicros, parseMillis, parseMillisDuration, parseTraceId, QueryInputError } from '../params';
import type { ReadTraceSearch } from '../ports';
import { jaegerSpanKind, kindFromJaeger, toJaegerTrace } from '../shapes';
import { all, durations, envelope, HOUR, JAEGER_DEFAULT_LIMIT, mapBounded, one, range, required, tagFilters, type Query, type RouteContext } from './context';

/** Jaeger's defaults: search looks back 48 h, dependencies 24 h. */
const JAEGER_SEARCH_LOOKBACK = 48n * HOUR;
const JAEGER_DEPENDENCY_LOOKBACK = 24n * HOUR;

/**
 * The search of Jaeger's `GET /api/traces` (and tracehouse's `/api/trace-summaries`, which takes the
 * same parameters): service (required unless the caller says otherwise), operation, tags, min/max duration, start/end in µs or a
 * lookback, limit, and tracehouse's `loggedError=true` (only traces that logged at ERROR or above;
 * Jaeger has no such parameter, so its clients never send it).
 */
export function jaegerSearch(q: Query, now: bigint, options: { serviceOptional?: boolean } = {}): ReadTraceSearch & { readonly limit: number } {
  const service = options.serviceOptional ? one(q, 'service') : required(q, 'service');
  const endRaw = one(q, 'end');
  const end = endRaw === undefined ? now : parseMicros(endRaw, 'end');
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
  const loggedErrorRaw = one(q, 'loggedError');
  const loggedError = loggedErrorRaw === undefined ? false : parseBoolean(loggedErrorRaw, 'loggedError');
  return {
    range: range(start, end, 'start', 'end'),
    service,
    operation: one(q, 'operation'),
    ...tagFilters(parseJaegerTags(all(q, 'tag'), all(q, 'tags')), 'tags'),
    minDurationNs,
    maxDurationNs,
    ...(loggedError ? { loggedError } : {}),
    limit,
  };
}

/** Registers the Jaeger HTTP API routes. */
export function registerJaegerRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { traces, tenantOf } = ctx;

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
      const got = await mapBounded(parsed, ctx.concurrency, async (id) => ({ id, trace: await traces.getTrace(tenant, id) }));
      const data = got.flatMap((g) => (g.trace && g.trace.spans.length > 0 ? [toJaegerTrace(g.trace)] : []));
      const errors = got.filter((g) => !g.trace || g.trace.spans.length === 0).map((g) => ({ msg: `trace ${g.id} not found`, traceID: g.id }));
      return { data, total: data.length, limit: 0, offset: 0, errors: errors.length > 0 ? errors : null };
    }
    const search = jaegerSearch(q, ctx.now());
    const data = (await ctx.searchAndFetch(tenant, search)).map(toJaegerTrace);
    return envelope(data, data.length, search.limit);
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
    const end = endRaw === undefined ? ctx.now() : parseMillis(endRaw, 'endTs');
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
    // Jaeger's callCount is a whole number; counts adjusted for sampling may have a fraction.
    const data = [...links.values()].map((l) => ({ ...l, callCount: Math.round(l.callCount) }));
    return envelope(data, data.length);
  });
}
