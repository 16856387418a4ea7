// Jaeger's api_v3 over HTTP (`/api/v3/...`, what Jaeger UI 2.x calls): services, operations, trace
// search and get as OTLP/JSON under `result`, and trace summaries for search results. Parameters
// as jaeger cmd/jaeger/.../apiv3/query_parser.go reads them: the proto3 JSON camelCase names
// (`query.serviceName`, `query.startTimeMin`, `spanKind`...) first, the older snake_case names
// (`query.service_name`, `query.start_time_min`, `span_kind`...) as aliases; an error names the
// parameter as the caller spelled it. Times RFC 3339, durations Go durations (`1.5s`, `100ms`),
// `query.attributes` a JSON object of strings. Errors as grpc-gateway writes them:
// `{ error: { httpCode, message } }`.
import type { FastifyInstance } from 'fastify';
import { parseBoolean, parseGoDuration, parseJaegerTags, parseLimit, parseRfc3339, parseTraceId, QueryInputError } from '../params';
import type { ReadSearchSummary, ReadTraceSearch } from '../ports';
import { jaegerSpanKind, kindFromJaeger, toOtlpJson } from '../shapes';
import { all, durations, JAEGER_DEFAULT_LIMIT, one, QueryHttpError, range, tagFilters, type Query, type RouteContext } from './context';
import { searchSummaries } from './summaries';

/** api_v3 parameters: the canonical (camelCase) name and its snake_case alias. */
export const V3_PARAMS = {
  serviceName: ['query.serviceName', 'query.service_name'],
  operationName: ['query.operationName', 'query.operation_name'],
  startTimeMin: ['query.startTimeMin', 'query.start_time_min'],
  startTimeMax: ['query.startTimeMax', 'query.start_time_max'],
  durationMin: ['query.durationMin', 'query.duration_min'],
  durationMax: ['query.durationMax', 'query.duration_max'],
  searchDepth: ['query.searchDepth', 'query.search_depth'],
  rawTraces: ['query.rawTraces', 'query.raw_traces'],
  /** tracehouse's own: only traces that logged at ERROR or above (see jaegerSearch's `loggedError`). */
  loggedError: ['query.loggedError', 'query.logged_error'],
  startTime: ['startTime', 'start_time'],
  endTime: ['endTime', 'end_time'],
  spanKind: ['spanKind', 'span_kind'],
} as const;
/** The older alias of `query.searchDepth`. */
const NUM_TRACES = 'query.num_traces';
const ATTRIBUTES = 'query.attributes';

/** A v3 parameter's value and the name it came under (the canonical name wins, as in Jaeger). */
export function v3Param(q: Query, [canonical, alias]: readonly [string, string]): { value: string | undefined; name: string } {
  const value = one(q, canonical);
  if (value !== undefined) return { value, name: canonical };
  return { value: one(q, alias), name: alias };
}

/** Whether the caller writes snake_case (the older names): then errors about absent parameters use them. */
const snakeCase = (q: Query): boolean => Object.keys(q).some((k) => k.includes('_')) && !Object.keys(q).some((k) => /^query\.[a-z]+[A-Z]/.test(k));

/** The trace search of `GET /api/v3/traces` and `/api/v3/trace-summaries`. */
export function v3Search(q: Query): ReadTraceSearch & { readonly limit: number } {
  const min = v3Param(q, V3_PARAMS.startTimeMin);
  const max = v3Param(q, V3_PARAMS.startTimeMax);
  if (min.value === undefined || max.value === undefined) {
    const [a, b] = snakeCase(q) ? [V3_PARAMS.startTimeMin[1], V3_PARAMS.startTimeMax[1]] : [V3_PARAMS.startTimeMin[0], V3_PARAMS.startTimeMax[0]];
    throw new QueryHttpError(400, `${a} and ${b} are required (RFC 3339 times, e.g. 2025-01-15T12:00:00Z).`);
  }
  const r = range(parseRfc3339(min.value, min.name), parseRfc3339(max.value, max.name), min.name, max.name);
  const dMin = v3Param(q, V3_PARAMS.durationMin);
  const dMax = v3Param(q, V3_PARAMS.durationMax);
  const minDurationNs = dMin.value === undefined ? undefined : parseGoDuration(dMin.value, dMin.name);
  const maxDurationNs = dMax.value === undefined ? undefined : parseGoDuration(dMax.value, dMax.name);
  durations(minDurationNs, maxDurationNs, dMax.name, dMin.name);
  const depth = v3Param(q, V3_PARAMS.searchDepth);
  const num = depth.value !== undefined ? depth : { value: one(q, NUM_TRACES), name: NUM_TRACES };
  const raw = v3Param(q, V3_PARAMS.rawTraces);
  // Accepted and checked for compatibility; the views hold the traces as stored, so raw or not is the same.
  if (raw.value !== undefined && !/^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/.test(raw.value)) {
    throw new QueryInputError(raw.name, `must be true or false (got ${JSON.stringify(raw.value.slice(0, 64))})`);
  }
  const attributes = all(q, ATTRIBUTES);
  const logged = v3Param(q, V3_PARAMS.loggedError);
  const loggedError = logged.value === undefined ? false : parseBoolean(logged.value, logged.name);
  return {
    range: r,
    service: v3Param(q, V3_PARAMS.serviceName).value,
    operation: v3Param(q, V3_PARAMS.operationName).value,
    ...tagFilters(attributes.length > 0 ? parseJaegerTags([], attributes) : {}, ATTRIBUTES),
    minDurationNs,
    maxDurationNs,
    ...(loggedError ? { loggedError } : {}),
    limit: num.value === undefined ? JAEGER_DEFAULT_LIMIT : parseLimit(num.value, num.name),
  };
}

/** A summary in api_v3's TraceSummary shape (proto3 JSON: int64 times as decimal strings). */
export function v3Summary(s: ReadSearchSummary): Record<string, unknown> {
  return {
    traceId: s.traceId,
    rootServiceName: s.rootServiceName,
    rootOperationName: s.transactionName,
    minStartTimeUnixNano: s.startTimeUnixNano.toString(),
    maxEndTimeUnixNano: s.endTimeUnixNano.toString(),
    spanCount: s.spanCount,
    errorSpanCount: s.errorCount,
    orphanSpanCount: s.orphanSpanCount,
    services: s.serviceCounts.map((c) => ({ name: c.name, spanCount: c.spanCount, errorSpanCount: c.errorCount })),
  };
}

/** Registers the api_v3 routes. */
export function registerApiV3Routes(app: FastifyInstance, ctx: RouteContext): void {
  const { traces, tenantOf } = ctx;

  app.get('/api/v3/services', async (req) => ({ services: await traces.listServices(tenantOf(req)) }));

  app.get('/api/v3/operations', async (req) => {
    const q = req.query as Query;
    const service = one(q, 'service');
    if (service === undefined) throw new QueryInputError('service', 'is required');
    const spanKind = v3Param(q, V3_PARAMS.spanKind);
    let kind: string | undefined;
    if (spanKind.value !== undefined) {
      kind = kindFromJaeger(spanKind.value);
      if (kind === undefined) throw new QueryInputError(spanKind.name, `must be one of server, client, producer, consumer, internal (got ${JSON.stringify(spanKind.value)})`);
    }
    const ops = await traces.listOperations(tenantOf(req), service, kind === undefined ? {} : { kind });
    return { operations: ops.map((o) => ({ name: o.name, spanKind: jaegerSpanKind(o.kind) })) };
  });

  app.get('/api/v3/traces', async (req) => {
    const found = await ctx.searchAndFetch(tenantOf(req), v3Search(req.query as Query));
    // Jaeger's api_v3 answers an empty search 404 "No traces found"; so does this.
    if (found.length === 0) throw new QueryHttpError(404, 'No traces found');
    return { result: toOtlpJson(found.flatMap((t) => t.spans)) };
  });

  // Jaeger 2.x (PR #8604): the search's traces as summaries, not whole traces; an empty search is
  // an empty list here (unlike /api/v3/traces).
  app.get('/api/v3/trace-summaries', async (req) => {
    const summaries = await searchSummaries(ctx, tenantOf(req), v3Search(req.query as Query));
    return { summaries: summaries.map(v3Summary) };
  });

  app.get<{ Params: { traceId: string } }>('/api/v3/traces/:traceId', async (req) => {
    const q = req.query as Query;
    const id = parseTraceId(req.params.traceId, 'trace_id');
    // Accepted for compatibility; the trace is found by id alone.
    for (const p of [V3_PARAMS.startTime, V3_PARAMS.endTime]) {
      const v = v3Param(q, p);
      if (v.value !== undefined) parseRfc3339(v.value, v.name);
    }
    const trace = await traces.getTrace(tenantOf(req), id);
    if (!trace || trace.spans.length === 0) throw new QueryInputError('trace_id', `trace ${id} not found`, 404);
    return { result: toOtlpJson(trace.spans) };
  });
}
