// Logs (issue 16): a subset of Loki's HTTP API, so Grafana's Loki data source (and the trace-to-logs
// link of its tracing data sources) reads tracehouse, and tracehouse's own log endpoints.
//
// Loki API: https://grafana.com/docs/loki/latest/reference/loki-http-api/ - GET /loki/api/v1/labels,
// /label/{name}/values, /query_range and /query, answering `{status: "success", data}`; log queries
// give `resultType: "streams"` (each stream its labels and [ns string, line] values), metric queries
// `matrix` (range) or `vector` (instant) with [seconds, "value"] samples. The request parameters are
// those Grafana's backend sends (pkg/tsdb/loki/api.go, makeDataRequest): query, direction, limit,
// start and end in ns, step as `<n>ms`; time for an instant query. Errors are 400 with
// `{status: "error", errorType, error, message}` (Grafana shows `message`).
//
// tracehouse's own: GET /api/traces/{traceId}/logs (?spanId, limit) and GET /api/logs (search:
// start/end µs or lookback, service, minSeverity, text, regex, attr=key:value, traceId, spanId,
// query (a LogQL log query), direction, limit, cursor), GET /api/logs/errors-by-service (the web
// UI's home: per service, its records at ERROR or above in the window, counted, and the latest
// few), in Jaeger's envelope.
import type { FastifyInstance } from 'fastify';
import { labelName, LogQLError, parseDuration, parseLogQL, type LogSelection } from '@tracehouse/logql';
import { parseLimit, parseMicros, parseTraceId, QueryInputError } from '../params';
import type { LogQueries, NanoRange, ReadLog } from '../ports';
import type { AttributeValue } from '@tracehouse/model';
import { valueString } from '../values';
import { all, envelope, HOUR, NS_PER_MS, NS_PER_S, one, QueryHttpError, range, type Query, type RouteContext } from './context';

/** Limits of the Loki API. */
export const LOKI_LIMITS = { defaultLimit: 100, maxLimit: 5_000 } as const;

/** The log reads, or a 501 naming what this deployment lacks. */
function logsOf(ctx: RouteContext): LogQueries {
  if (!ctx.logs) throw new QueryHttpError(501, 'This query API has no log store: logs are served where the views are (trace-store LogsReader).');
  return ctx.logs;
}

/**
 * A Loki timestamp: a float of seconds (with a point), an integer of ns (or seconds when it has at
 * most 10 digits, as Loki reads it), or RFC 3339.
 */
export function parseLokiTime(raw: string, param: string): bigint {
  if (/^\d+\.\d*$/.test(raw)) {
    const [s, frac = ''] = raw.split('.');
    return BigInt(s as string) * NS_PER_S + BigInt((frac + '000000000').slice(0, 9));
  }
  if (/^\d+$/.test(raw)) return raw.length <= 10 ? BigInt(raw) * NS_PER_S : BigInt(raw);
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(ms)) {
    throw new QueryInputError(param, `must be a Unix time in ns, seconds with a fraction, or RFC 3339 (got ${JSON.stringify(raw.slice(0, 64))})`);
  }
  const nanos = /\.(\d+)/.exec(raw)?.[1] ?? '';
  return BigInt(Math.floor(ms / 1000)) * NS_PER_S + BigInt((nanos + '000000000').slice(0, 9));
}

/** A Loki step: a duration (`60000ms`, `1m`) or a number of seconds. */
export function parseLokiStep(raw: string): bigint {
  if (/^\d+(\.\d+)?$/.test(raw)) return BigInt(Math.round(Number(raw) * 1e9));
  try {
    return parseDuration(raw);
  } catch {
    throw new QueryInputError('step', `must be a duration such as 60000ms or 1m, or seconds (got ${JSON.stringify(raw.slice(0, 64))})`);
  }
}

function lokiRange(q: Query, now: bigint, defaultSpan: bigint): NanoRange {
  const endRaw = one(q, 'end');
  const end = endRaw === undefined ? now : parseLokiTime(endRaw, 'end');
  const startRaw = one(q, 'start');
  const sinceRaw = one(q, 'since');
  const start = startRaw !== undefined ? parseLokiTime(startRaw, 'start') : end - (sinceRaw !== undefined ? parseLokiStep(sinceRaw) : defaultSpan);
  // Loki's end is inclusive for the lines it returns; the store's ranges exclude their end.
  return range(start, end + 1n, 'start', 'end');
}

function lokiLimit(q: Query): number {
  const raw = one(q, 'limit');
  if (raw === undefined) return LOKI_LIMITS.defaultLimit;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > LOKI_LIMITS.maxLimit) throw new QueryInputError('limit', `must be an integer from 1 to ${LOKI_LIMITS.maxLimit} (got ${JSON.stringify(raw.slice(0, 32))})`);
  return Number(raw);
}

function direction(q: Query): 'backward' | 'forward' {
  const raw = one(q, 'direction') ?? 'backward';
  const d = raw.toLowerCase();
  if (d !== 'backward' && d !== 'forward') throw new QueryInputError('direction', `must be backward or forward (got ${JSON.stringify(raw.slice(0, 32))})`);
  return d;
}

/** The labels Loki shows for a record: stream labels plus structured metadata (ids, attributes). */
export function lokiLabels(log: ReadLog): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(log.attributes)) labels[labelName(k)] = valueString(v);
  Object.assign(labels, log.resourceLabels);
  labels.service_name = log.serviceName;
  labels.detected_level = log.level;
  if (log.severityText !== '') labels.severity_text = log.severityText;
  if (log.traceId !== '') labels.trace_id = log.traceId;
  if (log.spanId !== '') labels.span_id = log.spanId;
  return labels;
}

/** Records as Loki streams: one per distinct label set, in the order first seen, lines in the records' order. */
export function lokiStreams(logs: readonly ReadLog[]): { stream: Record<string, string>; values: [string, string][] }[] {
  const streams = new Map<string, { stream: Record<string, string>; values: [string, string][] }>();
  for (const log of logs) {
    const labels = lokiLabels(log);
    const key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    let s = streams.get(key);
    if (!s) {
      s = { stream: labels, values: [] };
      streams.set(key, s);
    }
    s.values.push([log.timeUnixNano.toString(), log.body]);
  }
  return [...streams.values()];
}

/** A sample time as Loki writes it: seconds, as a number with millisecond decimals. */
const seconds = (ns: bigint): number => Number(ns / NS_PER_MS) / 1000;

/** A Loki `success` answer. */
const success = (data: unknown): Record<string, unknown> => ({ status: 'success', data });

/** A value as OTLP/JSON's AnyValue (int64 as a decimal string, bytes as base64), so its type survives JSON. */
export function otlpJsonValue(v: AttributeValue): Record<string, unknown> {
  switch (typeof v) {
    case 'string':
      return { stringValue: v };
    case 'bigint':
      return { intValue: v.toString() };
    case 'number':
      return { doubleValue: Number.isFinite(v) ? v : String(v) };
    case 'boolean':
      return { boolValue: v };
  }
  if (v instanceof Uint8Array) return { bytesValue: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(otlpJsonValue) } };
  return { kvlistValue: { values: otlpJsonAttributes(v as Readonly<Record<string, AttributeValue>>) } };
}

/** Attributes as OTLP/JSON key-values. */
export function otlpJsonAttributes(m: Readonly<Record<string, AttributeValue>>): { key: string; value: Record<string, unknown> }[] {
  return Object.entries(m).map(([key, value]) => ({ key, value: otlpJsonValue(value) }));
}

/** A record as tracehouse's log endpoints return it (attributes as OTLP/JSON key-values). */
export function logJson(log: ReadLog): Record<string, unknown> {
  return {
    id: log.id,
    timeUnixNano: log.timeUnixNano.toString(),
    observedTimeUnixNano: log.observedTimeUnixNano.toString(),
    serviceName: log.serviceName,
    traceId: log.traceId,
    spanId: log.spanId,
    traceFlags: log.traceFlags,
    severityNumber: log.severityNumber,
    severityText: log.severityText,
    level: log.level,
    body: log.body,
    bodyType: log.bodyType,
    eventName: log.eventName,
    attributes: otlpJsonAttributes(log.attributes),
    resourceAttributes: otlpJsonAttributes(log.resourceAttributes),
    scopeName: log.scopeName,
    scopeVersion: log.scopeVersion,
  };
}

const SEVERITY_NAMES: Readonly<Record<string, number>> = { trace: 1, debug: 5, info: 9, warn: 13, warning: 13, error: 17, fatal: 21 };

/** `minSeverity`: an OTLP severity number 1-24 or a level name (error = 17). */
function minSeverityOf(q: Query): number | undefined {
  const raw = one(q, 'minSeverity');
  if (raw === undefined) return undefined;
  const named = SEVERITY_NAMES[raw.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 24) throw new QueryInputError('minSeverity', `must be 1 to 24 or trace, debug, info, warn, error, fatal (got ${JSON.stringify(raw.slice(0, 32))})`);
  return Number(raw);
}

/** `attr=key:value` (repeatable): exact attribute filters. */
function attributeFilters(q: Query): Record<string, string> | undefined {
  const list = all(q, 'attr');
  if (list.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const item of list) {
    const i = item.indexOf(':');
    if (i <= 0) throw new QueryInputError('attr', `must be key:value (got ${JSON.stringify(item.slice(0, 64))})`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

/** A LogQL log query of tracehouse's subset, as a selection (400 naming the part otherwise). */
function logSelection(query: string): LogSelection {
  const parsed = parseLogQL(query);
  if (parsed.kind !== 'log') throw new LogQLError('unsupported', 'a metric query is not a log search: give a log query such as {service_name="checkout"} |= "error"', 0);
  return parsed.selection;
}

/** The window of tracehouse's log endpoints: `start`/`end` in µs, or `end` (default now) minus `lookback` (default 1 h). */
function logWindowBounds(q: Query, now: bigint): { startRaw: string | undefined; start: bigint; end: bigint } {
  const endRaw = one(q, 'end');
  const end = endRaw === undefined ? now : parseMicros(endRaw, 'end');
  const startRaw = one(q, 'start');
  const lookback = one(q, 'lookback');
  const start = startRaw !== undefined ? parseMicros(startRaw, 'start') : end - (lookback !== undefined ? parseLokiStep(lookback) : HOUR);
  return { startRaw, start, end };
}

function logWindow(q: Query, now: bigint): NanoRange {
  const { startRaw, start, end } = logWindowBounds(q, now);
  return range(start, end, startRaw !== undefined ? 'start' : 'lookback', 'end');
}

/** Registers the Loki API subset and tracehouse's log endpoints. */
export function registerLogRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { tenantOf } = ctx;

  app.get('/loki/api/v1/labels', async (req) => {
    const names = await logsOf(ctx).labelNames(tenantOf(req), lokiRange(req.query as Query, ctx.now(), 6n * HOUR));
    return success(names);
  });

  app.get<{ Params: { name: string } }>('/loki/api/v1/label/:name/values', async (req) => {
    const q = req.query as Query;
    const query = one(q, 'query');
    const values = await logsOf(ctx).labelValues(tenantOf(req), req.params.name, lokiRange(q, ctx.now(), 6n * HOUR), query === undefined ? undefined : logSelection(query));
    return success(values);
  });

  app.get('/loki/api/v1/query_range', async (req) => {
    const q = req.query as Query;
    const text = one(q, 'query');
    if (text === undefined) throw new QueryInputError('query', 'is required: a LogQL query such as {service_name="checkout"}');
    const parsed = parseLogQL(text);
    const r = lokiRange(q, ctx.now(), HOUR);
    const logs = logsOf(ctx);
    if (parsed.kind === 'log') {
      const page = await logs.search(tenantOf(req), { range: r, selection: parsed.selection, direction: direction(q), limit: lokiLimit(q) });
      return success({ resultType: 'streams', result: lokiStreams(page.logs), stats: {} });
    }
    const start = r.fromUnixNano;
    const end = r.toUnixNano - 1n;
    const stepRaw = one(q, 'step');
    // Loki's default step: the range over 250 points, at least a second.
    const stepNs = stepRaw !== undefined ? parseLokiStep(stepRaw) : (() => {
      const s = (end - start) / 250n / NS_PER_S;
      return (s < 1n ? 1n : s) * NS_PER_S;
    })();
    if (stepNs <= 0n) throw new QueryInputError('step', 'must be positive');
    const series = await logs.metric(tenantOf(req), { selection: parsed.selection, fn: parsed.fn, rangeNs: parsed.rangeNs, start, end, stepNs, ...(parsed.groupBy !== undefined ? { groupBy: parsed.groupBy } : {}) });
    return success({ resultType: 'matrix', result: series.map((s) => ({ metric: s.labels, values: s.points.map((p) => [seconds(p.timeUnixNano), String(p.value)]) })), stats: {} });
  });

  app.get('/loki/api/v1/query', async (req) => {
    const q = req.query as Query;
    const text = one(q, 'query');
    if (text === undefined) throw new QueryInputError('query', 'is required: a LogQL metric query such as sum(count_over_time({service_name="checkout"}[5m]))');
    const parsed = parseLogQL(text);
    if (parsed.kind === 'log') throw new QueryInputError('query', 'log queries are not supported as an instant query type: use /loki/api/v1/query_range');
    const timeRaw = one(q, 'time');
    const t = timeRaw === undefined ? ctx.now() : parseLokiTime(timeRaw, 'time');
    const series = await logsOf(ctx).metric(tenantOf(req), { selection: parsed.selection, fn: parsed.fn, rangeNs: parsed.rangeNs, start: t, end: t, stepNs: parsed.rangeNs, ...(parsed.groupBy !== undefined ? { groupBy: parsed.groupBy } : {}) });
    return success({ resultType: 'vector', result: series.flatMap((s) => s.points.map((p) => ({ metric: s.labels, value: [seconds(p.timeUnixNano), String(p.value)] }))), stats: {} });
  });

  app.get<{ Params: { traceId: string } }>('/api/traces/:traceId/logs', async (req) => {
    const q = req.query as Query;
    const id = parseTraceId(req.params.traceId, 'traceID');
    const spanId = one(q, 'spanId');
    const limitRaw = one(q, 'limit');
    const logs = await logsOf(ctx).logsOfTrace(tenantOf(req), id, { ...(spanId !== undefined ? { spanId } : {}), ...(limitRaw !== undefined ? { limit: parseLimit(limitRaw) } : {}) });
    const data = logs.map(logJson);
    return envelope(data, data.length);
  });

  app.get('/api/logs/errors-by-service', async (req) => {
    const q = req.query as Query;
    const logs = logsOf(ctx);
    if (!logs.errorsByService) throw new QueryHttpError(501, 'This log store cannot count error logs per service.');
    const perRaw = one(q, 'perService');
    const perService = perRaw === undefined ? undefined : parseLimit(perRaw, 'perService', 20);
    const services = await logs.errorsByService(tenantOf(req), { range: logWindow(q, ctx.now()), ...(perService !== undefined ? { perService } : {}) });
    const data = services.map((s) => ({ service: s.service, count: s.count, latest: s.latest.map(logJson) }));
    return envelope(data, data.length);
  });

  app.get('/api/logs', async (req) => {
    const q = req.query as Query;
    const { startRaw, start, end } = logWindowBounds(q, ctx.now());
    const query = one(q, 'query');
    const limitRaw = one(q, 'limit');
    const service = one(q, 'service');
    const text = one(q, 'text');
    const regex = one(q, 'regex');
    const traceId = one(q, 'traceId');
    const spanId = one(q, 'spanId');
    const cursor = one(q, 'cursor');
    const minSeverity = minSeverityOf(q);
    const attributes = attributeFilters(q);
    const page = await logsOf(ctx).search(tenantOf(req), {
      range: range(start, end, startRaw !== undefined ? 'start' : 'lookback', 'end'),
      ...(service !== undefined ? { service } : {}),
      ...(minSeverity !== undefined ? { minSeverity } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(regex !== undefined ? { regex } : {}),
      ...(attributes !== undefined ? { attributes } : {}),
      ...(traceId !== undefined ? { traceId: parseTraceId(traceId, 'traceId') } : {}),
      ...(spanId !== undefined ? { spanId } : {}),
      ...(query !== undefined ? { selection: logSelection(query) } : {}),
      direction: direction(q),
      ...(limitRaw !== undefined ? { limit: parseLimit(limitRaw) } : {}),
      ...(cursor !== undefined ? { cursor } : {}),
    });
    const data = page.logs.map(logJson);
    return envelope(data, data.length, 0, page.nextCursor !== undefined ? { nextCursor: page.nextCursor } : {});
  });
}
