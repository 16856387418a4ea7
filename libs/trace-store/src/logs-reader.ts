import type { AttributeValue } from '@tracehouse/model';
import type { LogSelection, RangeFunction } from '@tracehouse/logql';
import { typedAttributes } from './attribute-types';
import { labelSql, selectionSql, SqlParams } from './logs-sql';
import { checkName, checkRange, checkTenant, checkTraceId, TraceQueryError, type TimeRange } from './query-validation';
import type { TraceStore } from './store';

/** Bounds of one log read: results are capped so no request can ask the store for everything. */
export const LOG_QUERY_LIMITS = {
  defaultLimit: 100,
  maxLimit: 5_000,
  /** Logs of one trace returned at most (a trace that logged more is cut, and says so). */
  maxTraceLogs: 10_000,
  /** Points of one series (Loki's own limit). */
  maxPoints: 11_000,
  /** Sub-buckets a metric query counts in (range / gcd(step, range) over the whole window). */
  maxBuckets: 200_000,
  /** Series a metric query returns. */
  maxSeries: 1_000,
  maxLabelValues: 1_000,
  maxAttributeFilters: 16,
  maxTextLength: 4_096,
} as const;

/** A log record as read back from `logs`. */
export interface StoredLog {
  readonly timeUnixNano: bigint;
  readonly observedTimeUnixNano: bigint;
  readonly serviceName: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly traceFlags: number;
  readonly severityNumber: number;
  readonly severityText: string;
  /** trace, debug, info, warn, error, fatal or unknown (from the severity). */
  readonly level: string;
  /** The body's string form (JSON for arrays and maps). */
  readonly body: string;
  /** Its OTLP type (logs.ts BODY_TYPES). */
  readonly bodyType: string;
  readonly eventName: string;
  readonly attributes: Record<string, AttributeValue>;
  readonly resourceAttributes: Record<string, AttributeValue>;
  /** Resource attributes under Loki label names (`service.name` -> `service_name`). */
  readonly resourceLabels: Readonly<Record<string, string>>;
  readonly scopeName: string;
  readonly scopeVersion: string;
  readonly droppedAttributesCount: number;
  /** The record's identity (time and content hash): stable across reads, unique after deduplication. */
  readonly id: string;
}

/** `backward`: newest first (the default); `forward`: oldest first. */
export type LogDirection = 'backward' | 'forward';

/**
 * A log search. Every given condition must hold: the time range (record time, `from` inclusive,
 * `to` exclusive), the service, the minimum severity number, the text the body contains (case-
 * sensitive), a regex the body matches, exact attribute values (the record's or its resource's, by
 * OTel key), trace and span id, and a LogQL selection. Results are newest first unless `forward`.
 */
export interface LogSearch {
  readonly range: TimeRange;
  readonly service?: string;
  /** OTLP severity number 1-24 (17: ERROR). */
  readonly minSeverity?: number;
  readonly text?: string;
  readonly regex?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly traceId?: string;
  readonly spanId?: string;
  readonly selection?: LogSelection;
  readonly direction?: LogDirection;
  /** 1 to {@link LOG_QUERY_LIMITS.maxLimit}; 100 by default. */
  readonly limit?: number;
  /** The previous page's `nextCursor`: the page after it. */
  readonly cursor?: string;
}

/** One page of a search. */
export interface LogPage {
  readonly logs: StoredLog[];
  /** Present when there may be more: pass it as `cursor` for the next page. */
  readonly nextCursor?: string;
}

/** A metric over log counts: `fn(selection [rangeNs])` evaluated at start, start+step, ... <= end. */
export interface LogMetricQuery {
  readonly selection: LogSelection;
  readonly fn: RangeFunction;
  readonly rangeNs: bigint;
  /** Evaluation times: `fromUnixNano` is the first, `toUnixNano` the last possible one (inclusive). */
  readonly start: bigint;
  readonly end: bigint;
  readonly stepNs: bigint;
  /** Labels to sum by ([]: one series); undefined: one series per stream (service, level, resource labels). */
  readonly groupBy?: readonly string[];
}

/** One series of a metric query: its labels and its non-zero points, in time order. */
export interface LogSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly points: { readonly timeUnixNano: bigint; readonly value: number }[];
}

/** A trace that logged at or above a severity. */
export interface ErrorLogTrace {
  readonly traceId: string;
  readonly logCount: number;
  readonly lastTimeUnixNano: bigint;
}

/** One service's error logs over a window: how many, and the latest few. */
export interface ServiceErrorLogs {
  readonly service: string;
  /** Records at or above the severity (each counted once however often it was written). */
  readonly count: number;
  /** The newest records, newest first. */
  readonly latest: StoredLog[];
}

interface LogDbRow {
  time_ns: string;
  observed_ns: string;
  service_name: string;
  trace_id: string;
  span_id: string;
  trace_flags: number | string;
  severity_number: number | string;
  severity_text: string;
  level: string;
  body: string;
  body_type: string;
  event_name: string;
  attributes: Record<string, string>;
  attribute_types: Record<string, string>;
  resource_attributes: Record<string, string>;
  resource_attribute_types: Record<string, string>;
  resource_labels: Record<string, string>;
  scope_name: string;
  scope_version: string;
  dropped_attributes_count: number | string;
  record_key: string;
}

const LOG_COLUMNS = `toString(toUnixTimestamp64Nano(timestamp)) AS time_ns, toString(toUnixTimestamp64Nano(observed_timestamp)) AS observed_ns,
  service_name, trace_id, span_id, trace_flags, severity_number, severity_text, level, body, body_type, event_name,
  attributes, attribute_types, resource_attributes, resource_attribute_types, resource_labels, scope_name, scope_version,
  dropped_attributes_count, toString(record_hash) AS record_key`;

// ClickHouse error codes that mean the query's own input was bad (a regex RE2 refuses).
const BAD_QUERY_CODES = new Set(['427']); // CANNOT_COMPILE_REGEXP

function toStoredLog(r: LogDbRow): StoredLog {
  return {
    timeUnixNano: BigInt(r.time_ns),
    observedTimeUnixNano: BigInt(r.observed_ns),
    serviceName: r.service_name,
    traceId: r.trace_id,
    spanId: r.span_id,
    traceFlags: Number(r.trace_flags),
    severityNumber: Number(r.severity_number),
    severityText: r.severity_text,
    level: r.level,
    body: r.body,
    bodyType: r.body_type,
    eventName: r.event_name,
    attributes: typedAttributes(r.attributes, r.attribute_types),
    resourceAttributes: typedAttributes(r.resource_attributes, r.resource_attribute_types),
    resourceLabels: r.resource_labels,
    scopeName: r.scope_name,
    scopeVersion: r.scope_version,
    droppedAttributesCount: Number(r.dropped_attributes_count),
    id: `${r.time_ns}-${r.record_key}`,
  };
}

/** A page position: the last record's time and hash, opaque to callers. */
function encodeCursor(log: Pick<StoredLog, 'id'>): string {
  return Buffer.from(log.id).toString('base64url');
}

function decodeCursor(cursor: string): { timeNs: string; hash: string } {
  const m = /^(\d{1,19})-(\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new TraceQueryError('cursor', 'is not a cursor from a previous page (pass nextCursor as it was returned)');
  return { timeNs: m[1] as string, hash: m[2] as string };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const SPAN_ID = /^[0-9a-fA-F]{1,16}$/;

/** Services of one trace read each over its own time span; a trace across more is read over one. */
const MAX_TRACE_SERVICE_RANGES = 64;

function checkSpanId(value: unknown): string {
  if (typeof value !== 'string' || !SPAN_ID.test(value)) throw new TraceQueryError('spanId', `must be 1 to 16 hex digits (got ${JSON.stringify(String(value).slice(0, 64))})`);
  return value.toLowerCase().padStart(16, '0');
}

function checkLogLimit(value: unknown, max: number = LOG_QUERY_LIMITS.maxLimit): number {
  if (value === undefined) return Math.min(LOG_QUERY_LIMITS.defaultLimit, max);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) throw new TraceQueryError('limit', `must be an integer from 1 to ${max} (got ${String(value)})`);
  return value;
}

function checkText(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '' || value.length > LOG_QUERY_LIMITS.maxTextLength) throw new TraceQueryError(field, `must be a non-empty string of at most ${LOG_QUERY_LIMITS.maxTextLength} characters`);
  return value;
}

/**
 * The read library of the `logs` view (logs-schema.ts): the logs of a trace or a span, searches
 * (structured or a LogQL selection), metric queries over log counts (Grafana's volume histogram),
 * label names and values for the Loki API, and the traces that logged errors. Every call is scoped
 * to one tenant, validates its input (TraceQueryError, answered 400) and passes every value as a
 * query parameter. Reads never wait for merges: copies of a replayed record are removed with
 * `LIMIT 1 BY` its identity, and counts read with `FINAL`.
 */
export class LogsReader {
  constructor(private readonly store: TraceStore) {}

  private get table(): string {
    return this.store.qualified('logs');
  }

  private async rows<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
    try {
      const result = await this.store.client.query({ query, query_params: params, format: 'JSONEachRow' });
      return await result.json<T>();
    } catch (err) {
      const code = String((err as { code?: unknown } | undefined)?.code ?? '');
      if (BAD_QUERY_CODES.has(code)) throw new TraceQueryError('query', `ClickHouse refused a regular expression of the query: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      throw err;
    }
  }

  /**
   * The logs of one trace (and of one span, with `spanId`), oldest first, at most `limit`
   * (default and cap {@link LOG_QUERY_LIMITS.maxTraceLogs}). Two lookups by sort key: where the trace
   * logged (`log_traces`: its services, each with its first and last time), then those services'
   * lines over those times, kept to the trace's id.
   */
  async logsOfTrace(tenant: string, traceId: string, options: { spanId?: string; limit?: number } = {}): Promise<StoredLog[]> {
    const t = checkTenant(tenant);
    const id = checkTraceId(traceId);
    const spanId = options.spanId === undefined ? undefined : checkSpanId(options.spanId);
    const limit = options.limit === undefined ? LOG_QUERY_LIMITS.maxTraceLogs : checkLogLimit(options.limit, LOG_QUERY_LIMITS.maxTraceLogs);
    const where = await this.rows<{ service_name: string; first_ns: string; last_ns: string }>(
      `SELECT service_name, toString(toUnixTimestamp64Nano(min(first_time))) AS first_ns, toString(toUnixTimestamp64Nano(max(last_time))) AS last_ns
       FROM ${this.store.qualified('log_traces')} WHERE tenant = {tenant:String} AND trace_id = {traceId:String} GROUP BY service_name`,
      { tenant: t, traceId: id },
    );
    if (where.length === 0) return [];
    const p = new SqlParams();
    const conditions = [`tenant = ${p.add(t, 'String')}`, `trace_id = ${p.add(id, 'String')}`];
    const between = (from: string, to: string): string =>
      `timestamp >= fromUnixTimestamp64Nano(${p.add(from, 'Int64')}) AND timestamp <= fromUnixTimestamp64Nano(${p.add(to, 'Int64')})`;
    if (where.length <= MAX_TRACE_SERVICE_RANGES) {
      conditions.push(`(${where.map((w) => `(service_name = ${p.add(w.service_name, 'String')} AND ${between(w.first_ns, w.last_ns)})`).join(' OR ')})`);
    } else {
      // A trace across very many services: one time span for all of them.
      const first = where.reduce((m, w) => (BigInt(w.first_ns) < m ? BigInt(w.first_ns) : m), BigInt(where[0]!.first_ns));
      const last = where.reduce((m, w) => (BigInt(w.last_ns) > m ? BigInt(w.last_ns) : m), BigInt(where[0]!.last_ns));
      conditions.push(between(first.toString(), last.toString()));
    }
    if (spanId !== undefined) conditions.push(`span_id = ${p.add(spanId, 'String')}`);
    const rows = await this.rows<LogDbRow>(
      `SELECT ${LOG_COLUMNS} FROM ${this.table} WHERE ${conditions.join(' AND ')}
       ORDER BY timestamp, record_hash LIMIT 1 BY timestamp, record_hash LIMIT ${p.add(limit, 'UInt32')}`,
      p.values,
    );
    return rows.map(toStoredLog);
  }

  /** The conditions of a search (tenant and time range first). */
  private searchConditions(tenant: string, search: LogSearch, p: SqlParams): string[] {
    const range = checkRange(search.range);
    const conditions = [
      `tenant = ${p.add(checkTenant(tenant), 'String')}`,
      `timestamp >= fromUnixTimestamp64Nano(${p.add(range.fromUnixNano.toString(), 'Int64')})`,
      `timestamp < fromUnixTimestamp64Nano(${p.add(range.toUnixNano.toString(), 'Int64')})`,
    ];
    const service = checkName(search.service, 'service');
    if (service !== undefined) conditions.push(`service_name = ${p.add(service, 'String')}`);
    if (search.minSeverity !== undefined) {
      if (!Number.isInteger(search.minSeverity) || search.minSeverity < 1 || search.minSeverity > 24) throw new TraceQueryError('minSeverity', `must be an OTLP severity number from 1 to 24 (got ${String(search.minSeverity)})`);
      conditions.push(`severity_number >= ${p.add(search.minSeverity, 'UInt8')}`);
    }
    const text = checkText(search.text, 'text');
    if (text !== undefined) conditions.push(`body LIKE ${p.add(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, 'String')}`);
    const regex = checkText(search.regex, 'regex');
    if (regex !== undefined) conditions.push(`match(body, ${p.add(regex, 'String')})`);
    const attributes = Object.entries(search.attributes ?? {});
    if (attributes.length > LOG_QUERY_LIMITS.maxAttributeFilters) throw new TraceQueryError('attributes', `at most ${LOG_QUERY_LIMITS.maxAttributeFilters} filters (got ${attributes.length})`);
    for (const [key, value] of attributes) {
      if (key === '' || typeof value !== 'string') throw new TraceQueryError('attributes', 'must be key -> value strings with non-empty keys');
      const k = p.add(key, 'String');
      const v = p.add(value, 'String');
      conditions.push(`(attributes[${k}] = ${v} AND mapContains(attributes, ${k}) OR resource_attributes[${k}] = ${v} AND mapContains(resource_attributes, ${k}))`);
    }
    if (search.traceId !== undefined) conditions.push(`trace_id = ${p.add(checkTraceId(search.traceId), 'String')}`);
    if (search.spanId !== undefined) conditions.push(`span_id = ${p.add(checkSpanId(search.spanId), 'String')}`);
    if (search.selection) conditions.push(...selectionSql(search.selection, p));
    return conditions;
  }

  /**
   * One page of matching logs, newest first (oldest first with `direction: 'forward'`). Two steps,
   * because sorting whole rows is what a search over an hour costs: first the page's identities
   * (time and hash) are found reading only the filtered columns, then just those rows are read
   * whole, bounded by the page's first and last time (the time minmax index) and their hashes.
   * Measured on 2 million records (bench:logs-read): a one-hour text search fell from 240-670 ms
   * to 30-100 ms for the first step, the second reading a few granules.
   */
  async search(tenant: string, search: LogSearch): Promise<LogPage> {
    const p = new SqlParams();
    const conditions = this.searchConditions(tenant, search, p);
    const forward = search.direction === 'forward';
    if (search.direction !== undefined && search.direction !== 'forward' && search.direction !== 'backward') throw new TraceQueryError('direction', 'must be backward or forward');
    if (search.cursor !== undefined) {
      const c = decodeCursor(search.cursor);
      conditions.push(`(timestamp, record_hash) ${forward ? '>' : '<'} (fromUnixTimestamp64Nano(${p.add(c.timeNs, 'Int64')}), ${p.add(c.hash, 'UInt64')})`);
    }
    const limit = checkLogLimit(search.limit);
    const order = forward ? 'ASC' : 'DESC';
    const keys = await this.rows<{ time_ns: string; record_key: string }>(
      `SELECT toString(toUnixTimestamp64Nano(timestamp)) AS time_ns, toString(record_hash) AS record_key FROM ${this.table} WHERE ${conditions.join(' AND ')}
       ORDER BY timestamp ${order}, record_hash ${order} LIMIT 1 BY timestamp, record_hash LIMIT ${p.add(limit, 'UInt32')}`,
      p.values,
    );
    if (keys.length === 0) return { logs: [] };
    let min = BigInt(keys[0]!.time_ns);
    let max = min;
    for (const k of keys) {
      const t = BigInt(k.time_ns);
      if (t < min) min = t;
      if (t > max) max = t;
    }
    const q = new SqlParams();
    const rows = await this.rows<LogDbRow>(
      `SELECT ${LOG_COLUMNS} FROM ${this.table}
       WHERE tenant = ${q.add(checkTenant(tenant), 'String')}
         AND timestamp >= fromUnixTimestamp64Nano(${q.add(min.toString(), 'Int64')}) AND timestamp <= fromUnixTimestamp64Nano(${q.add(max.toString(), 'Int64')})
         AND record_hash IN ${q.add([...new Set(keys.map((k) => k.record_key))].map((h) => BigInt(h)), 'Array(UInt64)')}
       LIMIT 1 BY timestamp, record_hash`,
      q.values,
    );
    const byId = new Map(rows.map((r) => [`${r.time_ns}-${r.record_key}`, r]));
    // In the first step's order; a key whose row merged away in between is left out.
    const logs = keys.flatMap((k) => {
      const r = byId.get(`${k.time_ns}-${k.record_key}`);
      return r ? [toStoredLog(r)] : [];
    });
    const lastKey = keys[keys.length - 1]!;
    return keys.length === limit ? { logs, nextCursor: encodeCursor({ id: `${lastKey.time_ns}-${lastKey.record_key}` }) } : { logs };
  }

  /**
   * Counts of matching logs per series at each evaluation time t = start + k*step <= end, over
   * (t - range, t] (Loki's range semantics): `count_over_time`, or per second for `rate`. Only
   * non-zero points are returned, as Loki does. Rows are counted once however often they were
   * written (FINAL).
   */
  async metric(tenant: string, q: LogMetricQuery): Promise<LogSeries[]> {
    if (q.rangeNs <= 0n) throw new TraceQueryError('query', 'the range of a range function must be positive');
    if (q.stepNs <= 0n) throw new TraceQueryError('step', 'must be positive');
    if (q.end < q.start) throw new TraceQueryError('end', 'must not be before start');
    const points = (q.end - q.start) / q.stepNs + 1n;
    if (points > BigInt(LOG_QUERY_LIMITS.maxPoints)) {
      throw new TraceQueryError('step', `gives ${points} points per series; at most ${LOG_QUERY_LIMITS.maxPoints}: use a larger step`);
    }
    // Counted in sub-buckets of width g that both the step and the range are multiples of; each
    // evaluation sums range/g of them. Sub-bucket j covers (origin + (j-1)g, origin + jg].
    const g = gcd(q.stepNs, q.rangeNs);
    const origin = q.start - q.rangeNs;
    const buckets = (q.end - origin) / g + 1n;
    if (buckets > BigInt(LOG_QUERY_LIMITS.maxBuckets)) {
      throw new TraceQueryError('step', `the range [${q.rangeNs / 1_000_000n}ms] and step ${q.stepNs / 1_000_000n}ms need ${buckets} buckets over the window; at most ${LOG_QUERY_LIMITS.maxBuckets}: use a range that is a multiple of the step, or a shorter window`);
    }
    const p = new SqlParams();
    const conditions = this.searchConditions(tenant, { range: { fromUnixNano: origin + 1n < 0n ? 0n : origin + 1n, toUnixNano: q.end + 1n }, selection: q.selection }, p);
    const groupNames = q.groupBy === undefined ? undefined : [...new Set(q.groupBy)];
    const groupExprs = groupNames === undefined ? ['service_name', 'level', 'resource_labels'] : groupNames.map((name) => labelSql(name, p, 'filter'));
    const gParam = p.add(g.toString(), 'Int64');
    const select = groupExprs.map((e, i) => `${e} AS g${i}`);
    const rows = await this.rows<Record<string, unknown> & { j: string; n: string }>(
      `SELECT ${[...select, `toString(intDiv(toUnixTimestamp64Nano(timestamp) - ${p.add(origin.toString(), 'Int64')} + ${gParam} - 1, ${gParam})) AS j`, 'count() AS n'].join(', ')}
       FROM ${this.table} FINAL WHERE ${conditions.join(' AND ')}
       GROUP BY ${[...groupExprs.map((_, i) => `g${i}`), 'j'].join(', ')}
       LIMIT ${p.add(LOG_QUERY_LIMITS.maxBuckets * 10, 'UInt32')}`,
      p.values,
    );
    const series = new Map<string, { labels: Record<string, string>; counts: Map<bigint, number> }>();
    for (const row of rows) {
      let labels: Record<string, string>;
      if (groupNames === undefined) {
        labels = { ...(row.g2 as Record<string, string>), service_name: String(row.g0), detected_level: String(row.g1) };
      } else {
        labels = {};
        groupNames.forEach((name, i) => {
          const v = String(row[`g${i}`] ?? '');
          if (v !== '') labels[name] = v; // Prometheus drops empty labels
        });
      }
      const key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      let s = series.get(key);
      if (!s) {
        if (series.size >= LOG_QUERY_LIMITS.maxSeries) throw new TraceQueryError('query', `gives more than ${LOG_QUERY_LIMITS.maxSeries} series: group by fewer labels or select fewer streams`);
        s = { labels, counts: new Map() };
        series.set(key, s);
      }
      const j = BigInt(row.j);
      s.counts.set(j, (s.counts.get(j) ?? 0) + Number(row.n));
    }
    const perRange = q.rangeNs / g;
    const rangeSeconds = Number(q.rangeNs) / 1e9;
    const out: LogSeries[] = [];
    for (const s of series.values()) {
      const points: { timeUnixNano: bigint; value: number }[] = [];
      for (let t = q.start; t <= q.end; t += q.stepNs) {
        const last = (t - origin) / g; // the sub-bucket ending at t
        let n = 0;
        for (let j = last - perRange + 1n; j <= last; j++) n += s.counts.get(j) ?? 0;
        if (n > 0) points.push({ timeUnixNano: t, value: q.fn === 'rate' ? n / rangeSeconds : n });
      }
      if (points.length > 0) out.push({ labels: s.labels, points });
    }
    return out;
  }

  /** Label names with a value in the range: `service_name`, `level` and the resource labels. */
  async labelNames(tenant: string, range: TimeRange): Promise<string[]> {
    const p = new SqlParams();
    const conditions = this.searchConditions(tenant, { range }, p);
    const rows = await this.rows<{ k: string }>(
      `SELECT DISTINCT arrayJoin(mapKeys(resource_labels)) AS k FROM ${this.table} WHERE ${conditions.join(' AND ')} ORDER BY k LIMIT ${p.add(LOG_QUERY_LIMITS.maxLabelValues, 'UInt32')}`,
      p.values,
    );
    const [any] = await this.rows<{ n: string }>(`SELECT count() AS n FROM (SELECT 1 FROM ${this.table} WHERE ${conditions.join(' AND ')} LIMIT 1)`, p.values);
    const names = new Set(rows.map((r) => r.k));
    if (Number(any?.n ?? 0) > 0) names.add('service_name').add('level').add('detected_level');
    return [...names].sort();
  }

  /** The values a label has in the range (among the logs a selection picks, when given), sorted. */
  async labelValues(tenant: string, name: string, range: TimeRange, selection?: LogSelection): Promise<string[]> {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TraceQueryError('name', `must be a label name ([A-Za-z_][A-Za-z0-9_]*; got ${JSON.stringify(name.slice(0, 64))})`);
    const p = new SqlParams();
    const conditions = this.searchConditions(tenant, { range, ...(selection ? { selection } : {}) }, p);
    const value = labelSql(name, p, 'stream');
    const rows = await this.rows<{ v: string }>(
      `SELECT DISTINCT ${value} AS v FROM ${this.table} WHERE ${conditions.join(' AND ')} AND v != '' ORDER BY v LIMIT ${p.add(LOG_QUERY_LIMITS.maxLabelValues, 'UInt32')}`,
      p.values,
    );
    return rows.map((r) => r.v);
  }

  /**
   * Traces that logged at or above `minSeverity` (default 17, ERROR) in the range, optionally of
   * one service: the most recent first, for trace search's "logged an error" filter.
   */
  async tracesWithErrorLogs(tenant: string, query: { range: TimeRange; service?: string; minSeverity?: number; limit?: number }): Promise<ErrorLogTrace[]> {
    const p = new SqlParams();
    const conditions = this.searchConditions(tenant, { range: query.range, minSeverity: query.minSeverity ?? 17, ...(query.service !== undefined ? { service: query.service } : {}) }, p);
    const limit = checkLogLimit(query.limit, 1000);
    const rows = await this.rows<{ trace_id: string; n: string; last_ns: string }>(
      `SELECT trace_id, uniqExact(timestamp, record_hash) AS n, toString(toUnixTimestamp64Nano(max(timestamp))) AS last_ns
       FROM ${this.table} WHERE ${conditions.join(' AND ')} AND trace_id != ''
       GROUP BY trace_id ORDER BY max(timestamp) DESC, trace_id LIMIT ${p.add(limit, 'UInt32')}`,
      p.values,
    );
    return rows.map((r) => ({ traceId: r.trace_id, logCount: Number(r.n), lastTimeUnixNano: BigInt(r.last_ns) }));
  }

  /**
   * Every service that logged at or above `minSeverity` (default 17, ERROR) in the range, with its
   * count and its newest `perService` records (default 3, at most 20): the home page's "error logs
   * per service". Services with the most such records first (then by name), at most `maxServices`
   * (default 50, at most 200). Two queries: the counts (FINAL, so a replayed record counts once),
   * then the newest lines of the services shown.
   */
  async errorsByService(tenant: string, query: { range: TimeRange; minSeverity?: number; perService?: number; maxServices?: number }): Promise<ServiceErrorLogs[]> {
    const perService = checkLogLimit(query.perService ?? 3, 20);
    const maxServices = checkLogLimit(query.maxServices ?? 50, 200);
    const p = new SqlParams();
    const conditions = this.searchConditions(tenant, { range: query.range, minSeverity: query.minSeverity ?? 17 }, p);
    const counts = await this.rows<{ service_name: string; n: string }>(
      `SELECT service_name, count() AS n FROM ${this.table} FINAL WHERE ${conditions.join(' AND ')}
       GROUP BY service_name ORDER BY n DESC, service_name LIMIT ${p.add(maxServices, 'UInt32')}`,
      p.values,
    );
    if (counts.length === 0) return [];
    const services = p.add(counts.map((c) => c.service_name), 'Array(String)');
    const rows = await this.rows<LogDbRow>(
      `SELECT * FROM (
         SELECT ${LOG_COLUMNS}, timestamp AS ts, record_hash AS rh FROM ${this.table}
         WHERE ${conditions.join(' AND ')} AND service_name IN ${services}
         ORDER BY ts DESC, rh DESC LIMIT 1 BY ts, rh
       ) ORDER BY ts DESC, rh DESC LIMIT ${p.add(perService, 'UInt32')} BY service_name`,
      p.values,
    );
    const latest = new Map<string, StoredLog[]>();
    for (const r of rows) {
      const list = latest.get(r.service_name) ?? [];
      list.push(toStoredLog(r));
      latest.set(r.service_name, list);
    }
    return counts.map((c) => ({ service: c.service_name, count: Number(c.n), latest: latest.get(c.service_name) ?? [] }));
  }
}
