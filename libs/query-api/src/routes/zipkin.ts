// The Zipkin v2 read API (`/api/v2/...`, Grafana's Zipkin data source and the Zipkin UI): services,
// span names, trace search and get, dependencies. Zipkin's units: times in ms, durations in µs;
// errors are plain text.
import type { FastifyInstance } from 'fastify';
import { parseAnnotationQuery, parseLimit, parseMicrosDuration, parseMillis, parseMillisDuration, parseTraceId, QueryInputError } from '../params';
import { toZipkinSpan } from '../shapes';
import { durations, HOUR, one, range, required, tagFilters, type Query, type RouteContext } from './context';

/** Zipkin's defaults: look back one day, return 10 traces. */
const ZIPKIN_LOOKBACK = 24n * HOUR;
const ZIPKIN_DEFAULT_LIMIT = 10;

/** Registers the Zipkin v2 read API routes. */
export function registerZipkinRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { traces, tenantOf } = ctx;

  app.get('/api/v2/services', async (req) => traces.listServices(tenantOf(req)));

  app.get('/api/v2/spans', async (req) => {
    const q = req.query as Query;
    const ops = await traces.listOperations(tenantOf(req), required(q, 'serviceName'));
    return [...new Set(ops.map((o) => o.name))].sort();
  });

  app.get('/api/v2/traces', async (req) => {
    const q = req.query as Query;
    const endRaw = one(q, 'endTs');
    const end = endRaw === undefined ? ctx.now() : parseMillis(endRaw, 'endTs');
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
    const found = await ctx.searchAndFetch(tenantOf(req), {
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
    // Zipkin's counts are whole numbers; counts adjusted for sampling may have a fraction.
    return [...links.values()].map((l) => ({ ...l, callCount: Math.round(l.callCount), errorCount: Math.round(l.errorCount) }));
  });
}
