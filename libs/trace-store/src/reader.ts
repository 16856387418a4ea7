import { typedAttributes } from './attribute-types';
import type { SpanRow, StringMap } from './rows';
import { parseSpanDocument } from './document';
import {
  checkAttributes,
  checkDuration,
  checkLimit,
  checkName,
  checkRange,
  checkStep,
  checkTenant,
  checkTraceId,
  requireName,
  TraceQueryError,
  type TimeRange,
} from './query-validation';
import type { TraceStore } from './store';

/**
 * A span as read back: the `spans` row without its storage version, its attribute values typed as
 * sent (strings for rows written before schema version 5), its start and end as sent even where
 * the column holds a clamped value, and its warnings (empty when none).
 */
export type StoredSpan = Omit<SpanRow, 'version' | 'warnings' | 'rawFields'> & { readonly warnings: string[] };

const DIGITS = /^-?\d+$/;
const INT64_MAX = (1n << 63n) - 1n;

/** The span with the values as sent of the fields its columns could not hold (SpanRow.rawFields). */
function withRawFields(span: Omit<SpanRow, 'version' | 'rawFields' | 'warnings'>, rawFields: StringMap | undefined, warnings: readonly string[] | undefined): StoredSpan {
  const start = rawFields?.start_time;
  const end = rawFields?.end_time;
  const out = { ...span, warnings: warnings ? [...warnings] : [] };
  if (start !== undefined && DIGITS.test(start)) out.startTimeUnixNano = BigInt(start);
  if (end !== undefined && DIGITS.test(end)) out.endTimeUnixNano = BigInt(end);
  return out;
}

/** One trace's summary (the `traces` view). */
export interface TraceSummary {
  readonly traceId: string;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly durationNs: bigint;
  readonly rootServiceName: string;
  readonly transactionName: string;
  /** Distinct effective services, sorted. */
  readonly services: string[];
  readonly spanCount: number;
  readonly serviceCount: number;
  /** Spans that failed. */
  readonly errorCount: number;
  readonly truncated: boolean;
  readonly overflowSpanCount: number;
}

/** A whole trace: its summary and every stored span, ordered by start time. */
export interface TraceDetail {
  readonly summary: TraceSummary | undefined;
  readonly spans: StoredSpan[];
}

/**
 * A trace search. A trace matches when one of its spans, starting within `range`, satisfies every
 * given condition at once (Jaeger's semantics): its effective service, its name (`operation`), each
 * attribute filter (matched in the span's or its resource's attributes, exactly), and its duration
 * bounds. Results are the most recent first.
 */
export interface TraceSearch {
  readonly range: TimeRange;
  readonly service?: string;
  readonly operation?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /**
   * Only spans that failed (true) or did not (false): the span's error flag, which the normalizer
   * derives from OTel status, Jaeger/Zipkin `error` tags and exceptions. Jaeger's `error=true` tag
   * search means this, as Jaeger synthesizes that tag from the status.
   */
  readonly isError?: boolean;
  readonly minDurationNs?: bigint;
  readonly maxDurationNs?: bigint;
  /**
   * Only traces with a call to this backend (`backend_calls.backend_name`) matching the conditions:
   * then `service` is the calling service, `operation` the call's span name, and the duration and
   * error conditions are the call's. Attribute filters cannot be combined with it (that view has none).
   */
  readonly backend?: string;
  /**
   * Only traces with at least one log record at ERROR or above (OTLP severity number >= 17) in the
   * `logs` view, of any service of the trace: the issue-16 "traces that logged an error". The logs
   * are looked for within the search's range widened by {@link LOGGED_ERROR_SLACK_NS} on each side
   * (a trace's lines are written while its spans run, which may begin before or end after the span
   * that matched the other conditions). `false` or absent: no condition.
   */
  readonly loggedError?: boolean;
  /** 1 to 1000; 20 by default. */
  readonly limit?: number;
}

/**
 * How far before and after a trace search's range its "logged an error" condition looks for log
 * lines (15 minutes): wide enough for the lines of traces that outlast the range, narrow enough to
 * keep the logs subquery to the range's granules.
 */
export const LOGGED_ERROR_SLACK_NS = 15n * 60n * 1_000_000_000n;

/** The OTLP severity number of ERROR: a record at or above it counts as an error log. */
export const ERROR_SEVERITY_NUMBER = 17;

/** An operation (span name) of a service. */
export interface Operation {
  readonly name: string;
  readonly kind: string;
}

/** One edge of the service dependency graph over a time range, with its RED figures. */
export interface DependencyEdge {
  readonly caller: string;
  /** The callee service or backend. */
  readonly callee: string;
  readonly calleeKind: 'SERVICE' | 'BACKEND';
  /** Calls, adjusted for sampling (the sum of the calls' sampling weights). */
  readonly callCount: number;
  /** Failed calls, adjusted for sampling. */
  readonly errorCount: number;
  /** Calls stored (before weighting). */
  readonly sampledCallCount: number;
  /** Some call of the edge had a sampling weight other than 1: its counts are estimates. */
  readonly extrapolated: boolean;
  readonly p50Ns: number;
  readonly p95Ns: number;
  readonly p99Ns: number;
}

/** RED figures of one time bucket; counts are adjusted for sampling (sums of sampling weights). */
export interface MetricBucket extends SampledFigure {
  /** Bucket start, aligned to multiples of the step since the epoch. */
  readonly bucketStartUnixNano: bigint;
  readonly requests: number;
  readonly errors: number;
  /** Requests per second over the bucket. */
  readonly requestRate: number;
  /** errors / requests. */
  readonly errorRate: number;
  readonly p50Ns: number;
  readonly p95Ns: number;
  readonly p99Ns: number;
}

/** RED figures of one API in one time bucket. */
export interface ApiMetricBucket extends MetricBucket {
  readonly apiName: string;
}

/** A RED query over time buckets. */
export interface MetricsQuery {
  readonly service: string;
  readonly range: TimeRange;
  /** Bucket width, whole seconds. */
  readonly stepSeconds: number;
}

/** A per-API RED query: every API of the service, or just `api`. */
export interface ApiMetricsQuery extends MetricsQuery {
  readonly api?: string;
}

/** A trace's spans and errors of one service (a search-result summary's breakdown). */
export interface ServiceSpanCount {
  readonly name: string;
  readonly spanCount: number;
  readonly errorCount: number;
}

/**
 * A search result as a list row shows it (Jaeger api_v3's TraceSummary): the trace's summary, its
 * spans and errors per service (sorted by name), and its orphans (spans whose parent is not stored).
 */
export interface SearchSummary extends TraceSummary {
  readonly serviceCounts: ServiceSpanCount[];
  readonly orphanSpanCount: number;
}

/** One service over a window, for the home page: totals, the window before, and buckets (counts adjusted for sampling). */
export interface ServiceOverview extends SampledFigure {
  readonly service: string;
  readonly requests: number;
  readonly errors: number;
  readonly p50Ns: number;
  readonly p95Ns: number;
  readonly p99Ns: number;
  /** The same-length window just before the range. */
  readonly previousRequests: number;
  readonly previousErrors: number;
  /** Only buckets with requests, in time order. */
  readonly buckets: MetricBucket[];
}

/** A RED query over time buckets of all of a tenant's services. */
export interface OverviewQuery {
  readonly range: TimeRange;
  /** Bucket width, whole seconds. */
  readonly stepSeconds: number;
}

/** A RED query of the calls to one backend (database, cache, broker, external endpoint). */
export interface BackendMetricsQuery {
  readonly backend: string;
  readonly range: TimeRange;
  readonly stepSeconds: number;
}

/** A latency histogram query: a service's API entry calls, or one API's. */
export interface LatencyHistogramQuery {
  readonly service: string;
  readonly api?: string;
  readonly range: TimeRange;
  /** Bucket upper bounds in µs, ascending (at most 200); a call longer than the last counts in the last. */
  readonly boundsUs: readonly number[];
}

/** One latency histogram bucket: calls (adjusted for sampling) at or under `leUs`. */
export interface LatencyBucketCount extends SampledFigure {
  readonly leUs: number;
  readonly count: number;
}

type Params = Record<string, unknown>;
type Json = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const big = (v: unknown): bigint => BigInt(str(v) || '0');
const num = (v: unknown): number => Number(v ?? 0);
const map = (v: unknown): Record<string, string> => (v && typeof v === 'object' ? (v as Record<string, string>) : {});
const maps = (v: unknown): Record<string, string>[] => (Array.isArray(v) ? v.map(map) : []);

// Adjusted counts (issue 15): a call view row stands for `sampling_weight` calls (its trace's tail
// sampling weight, 1 when not sampled and for every row written before schema version 8), so a
// count is the sum of the weights and an error count the sum over the errors. `sampled` is the
// number of rows behind a figure and `weighted` how many of them had a weight other than 1: a
// figure is extrapolated when that is not 0.
const REQUESTS = 'sum(sampling_weight)';
const ERRORS = 'sumIf(sampling_weight, is_error = 1)';
const SAMPLED = 'count() AS sampled, countIf(sampling_weight != 1) AS weighted';
/**
 * Latency percentiles: exactly as before (`quantiles`) when every row weighs 1, so figures do not
 * move when sampling is off; weighted otherwise. The engine's weighted quantiles take whole-number
 * weights, so the weight is counted in hundredths (10 -> 1000, 100/3 -> 3333): relative weights
 * stay right to 1%. t-digest keeps a bounded state per group, as `quantiles` does; both are
 * computed (an `if` over aggregates evaluates both). Measured on chdb 26.7 on a loaded machine: as
 * pure aggregation over 5M generated rows in 1,000 groups that doubles the time (245 -> 490 ms); in
 * a RED query as it runs (a ReplacingMergeTree read with FINAL, 150k calls of one service, 15
 * runs) the read dominates and the two were within noise (77 and 76 ms). A cheaper alternative, if
 * that changes: ask max(sampling_weight) over the range first (5 ms there) and pick one function.
 */
const weightedQuantiles = (condition?: string): string =>
  condition === undefined
    ? 'if(max(sampling_weight) <= 1, quantiles(0.5, 0.95, 0.99)(duration_ns), quantilesTDigestWeighted(0.5, 0.95, 0.99)(duration_ns, toUInt64(round(sampling_weight * 100))))'
    : `if(maxIf(sampling_weight, ${condition}) <= 1, quantilesIf(0.5, 0.95, 0.99)(duration_ns, ${condition}), quantilesTDigestWeightedIf(0.5, 0.95, 0.99)(duration_ns, toUInt64(round(sampling_weight * 100)), ${condition}))`;

/** How many stored rows a figure rests on, and whether it was extrapolated from sampled ones. */
export interface SampledFigure {
  /** Rows (calls) stored: the figure's request count before weighting. */
  readonly sampledRequests: number;
  /** Some row behind the figure had a sampling weight other than 1: its counts are estimates. */
  readonly extrapolated: boolean;
}

const sampledOf = (row: Json): SampledFigure => ({ sampledRequests: num(row.sampled), extrapolated: num(row.weighted) > 0 });

const quantileTriple = (v: unknown): [number, number, number] => {
  const q = (v as number[] | undefined) ?? [0, 0, 0];
  return [num(q[0]), num(q[1]), num(q[2])];
};

/** A RED bucket row (bucket, requests, errors, q) as a MetricBucket over a step of `step` seconds. */
function redBucket(row: Json, step: number): MetricBucket {
  const requests = num(row.requests);
  const errors = num(row.errors);
  const q = quantileTriple(row.q);
  return {
    bucketStartUnixNano: big(row.bucket),
    requests,
    errors,
    requestRate: requests / step,
    errorRate: requests === 0 ? 0 : errors / requests,
    p50Ns: q[0],
    p95Ns: q[1],
    p99Ns: q[2],
    ...sampledOf(row),
  };
}

const SPAN_COLUMNS = `
  tenant, trace_id, span_id, parent_span_id, trace_state, service_name, service_id, span_service_name,
  api_id, api_name, entry_api_id, entry_api_name, span_name, kind, role, protocol,
  toString(toUnixTimestamp64Nano(start_time)) AS start_ns, toString(toUnixTimestamp64Nano(end_time)) AS end_ns, duration_ns,
  status_code, status_message, api_status, is_error, error_type, error_message, error_count, exception_count,
  http_method, http_url, http_host, http_path, http_route, http_status_code, rpc_system, rpc_service, rpc_method, rpc_status_code,
  db_system, db_name, db_operation, db_statement, db_table, messaging_system, messaging_destination, messaging_operation,
  peer_service, peer_address, peer_port, backend_id, backend_name, backend_type, api_entry, callee_kind, callee_service_id,
  callee_service_name, callee_api_id, callee_api_name, callee_backend_id, callee_backend_name, attributes, resource_attributes,
  events, links, scope_name, scope_version, toUnixTimestamp64Milli(received_at) AS received_ms,
  attribute_types, resource_attribute_types, event_attribute_types, link_attribute_types, warnings, raw_fields, sampling_weight`;

const SUMMARY_SELECT = `
  trace_id,
  toString(toUnixTimestamp64Nano(min(start_time))) AS start_ns,
  toString(toUnixTimestamp64Nano(max(end_time))) AS end_ns,
  arraySort(groupUniqArrayArray(services)) AS all_services,
  uniqExactMerge(span_ids) AS span_count,
  uniqExactMerge(error_span_ids) AS error_count,
  argMinMerge(root) AS root_candidate,
  max(truncated) AS is_truncated,
  max(overflow_span_count) AS overflow`;

/** Spans by start time, then span id. */
function sortSpans(spans: StoredSpan[]): StoredSpan[] {
  return spans.sort((a, b) => (a.startTimeUnixNano < b.startTimeUnixNano ? -1 : a.startTimeUnixNano > b.startTimeUnixNano ? 1 : a.spanId.localeCompare(b.spanId)));
}

const calleeKind = (v: unknown): StoredSpan['calleeKind'] => (v === 'SERVICE' || v === 'BACKEND' ? v : '');

function toSpan(r: Json): StoredSpan {
  const eventTypes = maps(r.event_attribute_types);
  const linkTypes = maps(r.link_attribute_types);
  const span: Omit<SpanRow, 'version' | 'rawFields' | 'warnings'> = {
    tenant: str(r.tenant), traceId: str(r.trace_id), spanId: str(r.span_id), parentSpanId: str(r.parent_span_id), traceState: str(r.trace_state),
    serviceName: str(r.service_name), serviceId: str(r.service_id), spanServiceName: str(r.span_service_name),
    apiId: str(r.api_id), apiName: str(r.api_name), entryApiId: str(r.entry_api_id), entryApiName: str(r.entry_api_name),
    spanName: str(r.span_name), kind: str(r.kind), role: str(r.role), protocol: str(r.protocol),
    startTimeUnixNano: big(r.start_ns), endTimeUnixNano: big(r.end_ns), durationNs: big(r.duration_ns),
    statusCode: str(r.status_code), statusMessage: str(r.status_message), apiStatus: str(r.api_status), isError: num(r.is_error) === 1,
    errorType: str(r.error_type), errorMessage: str(r.error_message), errorCount: num(r.error_count), exceptionCount: num(r.exception_count),
    httpMethod: str(r.http_method), httpUrl: str(r.http_url), httpHost: str(r.http_host), httpPath: str(r.http_path), httpRoute: str(r.http_route),
    httpStatusCode: num(r.http_status_code), rpcSystem: str(r.rpc_system), rpcService: str(r.rpc_service), rpcMethod: str(r.rpc_method),
    rpcStatusCode: r.rpc_status_code === null || r.rpc_status_code === undefined ? undefined : num(r.rpc_status_code),
    dbSystem: str(r.db_system), dbName: str(r.db_name), dbOperation: str(r.db_operation), dbStatement: str(r.db_statement), dbTable: str(r.db_table),
    messagingSystem: str(r.messaging_system), messagingDestination: str(r.messaging_destination), messagingOperation: str(r.messaging_operation),
    peerService: str(r.peer_service), peerAddress: str(r.peer_address), peerPort: num(r.peer_port),
    backendId: str(r.backend_id), backendName: str(r.backend_name), backendType: str(r.backend_type),
    apiEntry: num(r.api_entry) === 1, calleeKind: calleeKind(r.callee_kind), calleeServiceId: str(r.callee_service_id), calleeServiceName: str(r.callee_service_name),
    calleeApiId: str(r.callee_api_id), calleeApiName: str(r.callee_api_name), calleeBackendId: str(r.callee_backend_id), calleeBackendName: str(r.callee_backend_name),
    attributes: typedAttributes(map(r.attributes), map(r.attribute_types)),
    resourceAttributes: typedAttributes(map(r.resource_attributes), map(r.resource_attribute_types)),
    events: ((r.events as Json[] | undefined) ?? []).map((e, i) => ({ timeUnixNano: big(e.time_unix_nano), name: str(e.name), attributes: typedAttributes(map(e.attributes), eventTypes[i]) })),
    links: ((r.links as Json[] | undefined) ?? []).map((l, i) => ({ traceId: str(l.trace_id), spanId: str(l.span_id), attributes: typedAttributes(map(l.attributes), linkTypes[i]) })),
    scopeName: str(r.scope_name), scopeVersion: str(r.scope_version), receivedAtMs: num(r.received_ms),
    ...(r.sampling_weight !== undefined && num(r.sampling_weight) !== 1 ? { samplingWeight: num(r.sampling_weight) } : {}),
  };
  return withRawFields(span, map(r.raw_fields), Array.isArray(r.warnings) ? r.warnings.map(str) : []);
}

function toSummary(r: Json): TraceSummary {
  const start = big(r.start_ns);
  const end = big(r.end_ns);
  const services = (r.all_services as string[] | undefined) ?? [];
  const [rootServiceName, transactionName] = (r.root_candidate as [string, string] | undefined) ?? ['', ''];
  return {
    traceId: str(r.trace_id),
    startTimeUnixNano: start,
    endTimeUnixNano: end,
    durationNs: end > start ? end - start : 0n,
    rootServiceName: str(rootServiceName),
    transactionName: str(transactionName),
    services,
    spanCount: num(r.span_count),
    serviceCount: services.length,
    errorCount: num(r.error_count),
    truncated: num(r.is_truncated) === 1,
    overflowSpanCount: num(r.overflow),
  };
}

/**
 * The read side of the views, for the query API. Every query is scoped to one tenant, every value
 * reaches ClickHouse as a typed query parameter (`{name:Type}`; the SQL text is fixed fragments
 * chosen by which filters are present), and bad input throws a {@link TraceQueryError} naming the
 * parameter. Results are correct before background merges: deduplicating tables are read with
 * FINAL or one row per span id, and `traces` is aggregated at read time.
 */
export class TraceReader {
  constructor(private readonly store: TraceStore) {}

  private async rows(query: string, params: Params): Promise<Json[]> {
    const result = await this.store.client.query({ query, query_params: params, format: 'JSONEachRow' });
    return result.json<Json>();
  }

  private t(table: string): string {
    return this.store.qualified(table);
  }

  /**
   * A trace by id, or undefined when no span of it is stored. Two primary-key lookups: the trace's
   * row in `traces` (keyed by trace id) and its span documents in `trace_spans`. Every writer since
   * schema version 2 stores a span's document in the same insert as its `spans` row, and before its
   * trace's `traces` row, so a trace without a summary has all its spans in `trace_spans` (a trace in
   * flight, or one whose summary rows were refused): its documents are the answer, and a trace
   * nobody stored costs two key lookups, not a search of `spans` (a UI or a test polling for a trace
   * that has not arrived yet asks exactly that, several times a second). Only when the summary counts
   * more spans than there are documents (spans written by schema version 1, before `trace_spans`)
   * are they read from `spans`: first bounded by the summary's services and time span (its sort
   * key), then through the trace-id bloom filter.
   */
  async getTrace(tenant: string, traceId: string): Promise<TraceDetail | undefined> {
    const t = checkTenant(tenant);
    const id = checkTraceId(traceId);
    const [[summary], documents] = await Promise.all([this.summaries(t, [id]), this.spanDocuments(t, id)]);
    let spans = documents;
    if (summary && spans.length < summary.spanCount) {
      const bound = `AND service_name IN {services:Array(String)}
           AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time <= fromUnixTimestamp64Nano({to:Int64})`;
      const params = { services: summary.services, from: summary.startTimeUnixNano.toString(), to: summary.endTimeUnixNano.toString() };
      const stored = await this.spansOf(t, id, bound, params);
      if (stored.length > spans.length) spans = stored;
      if (spans.length < summary.spanCount) {
        const all = await this.spansOf(t, id, '', {});
        if (all.length > spans.length) spans = all;
      }
    }
    if (spans.length === 0) return undefined;
    return { summary, spans };
  }

  /** The trace's spans from `trace_spans` (sorted by trace id: a granule or two per part). */
  private async spanDocuments(tenant: string, traceId: string): Promise<StoredSpan[]> {
    const rows = await this.rows(
      `SELECT span FROM ${this.t('trace_spans')}
       WHERE tenant = {tenant:String} AND trace_id = {traceId:String}
       ORDER BY span_id, version DESC
       LIMIT 1 BY span_id`,
      { tenant, traceId },
    );
    return sortSpans(
      rows.map((r) => {
        const { version: _version, rawFields, warnings, ...span } = parseSpanDocument(str(r.span));
        return withRawFields(span, rawFields, warnings);
      }),
    );
  }

  private async spansOf(tenant: string, traceId: string, bound: string, params: Params): Promise<StoredSpan[]> {
    const rows = await this.rows(
      `SELECT ${SPAN_COLUMNS} FROM ${this.t('spans')}
       WHERE tenant = {tenant:String} AND trace_id = {traceId:String} ${bound}
       ORDER BY span_id, version DESC
       LIMIT 1 BY span_id`,
      { ...params, tenant, traceId },
    );
    return sortSpans(rows.map(toSpan));
  }

  /** Summaries of the given traces (those found), in no particular order. */
  async summaries(tenant: string, traceIds: readonly string[]): Promise<TraceSummary[]> {
    const t = checkTenant(tenant);
    const ids = traceIds.map(checkTraceId);
    if (ids.length === 0) return [];
    const rows = await this.rows(
      `SELECT ${SUMMARY_SELECT} FROM ${this.t('traces')}
       WHERE tenant = {tenant:String} AND trace_id IN {ids:Array(String)}
       GROUP BY trace_id`,
      { tenant: t, ids },
    );
    return rows.map(toSummary);
  }

  /** Traces matching a search (see {@link TraceSearch}), most recent first, as summaries. */
  async searchTraces(tenant: string, search: TraceSearch): Promise<TraceSummary[]> {
    const t = checkTenant(tenant);
    const range = checkRange(search?.range);
    const service = checkName(search.service, 'service');
    const operation = checkName(search.operation, 'operation');
    const attributes = checkAttributes(search.attributes);
    const minDuration = checkDuration(search.minDurationNs, 'minDurationNs');
    const maxDuration = checkDuration(search.maxDurationNs, 'maxDurationNs');
    if (minDuration !== undefined && maxDuration !== undefined && minDuration > maxDuration) {
      throw new TraceQueryError('maxDurationNs', `must not be below minDurationNs (got ${minDuration} > ${maxDuration})`);
    }
    const limit = checkLimit(search.limit);
    const backend = checkName(search.backend, 'backend');
    if (backend !== undefined && attributes.length > 0) throw new TraceQueryError('attributes', 'cannot be combined with backend: the backend calls view has no attributes');
    const params: Params = { tenant: t, from: range.fromUnixNano.toString(), to: range.toUnixNano.toString(), limit };
    const where = [
      'tenant = {tenant:String}',
      'start_time >= fromUnixTimestamp64Nano({from:Int64})',
      'start_time < fromUnixTimestamp64Nano({to:Int64})',
    ];
    if (backend !== undefined) {
      where.push('backend_name = {backend:String}');
      params.backend = backend;
    }
    if (service !== undefined) {
      where.push(`${backend !== undefined ? 'caller_service_name' : 'service_name'} = {service:String}`);
      params.service = service;
    }
    if (operation !== undefined) {
      where.push('span_name = {operation:String}');
      params.operation = operation;
    }
    if (search.isError !== undefined) {
      where.push('is_error = {isError:UInt8}');
      params.isError = search.isError ? 1 : 0;
    }
    if (minDuration !== undefined) {
      where.push('duration_ns >= {minDuration:UInt64}');
      params.minDuration = minDuration.toString();
    }
    if (maxDuration !== undefined) {
      where.push('duration_ns <= {maxDuration:UInt64}');
      params.maxDuration = maxDuration.toString();
    }
    if (search.loggedError === true) {
      // A set of the trace ids with an error log in the (widened) range, built once from the logs'
      // severity and time skip indexes; the spans (or backend calls) are then filtered by it.
      where.push(
        `trace_id IN (SELECT trace_id FROM ${this.t('logs')}
           WHERE tenant = {tenant:String} AND severity_number >= {errorSeverity:UInt8} AND trace_id != ''
             AND timestamp >= fromUnixTimestamp64Nano({logFrom:Int64}) AND timestamp < fromUnixTimestamp64Nano({logTo:Int64}))`,
      );
      params.errorSeverity = ERROR_SEVERITY_NUMBER;
      const logFrom = range.fromUnixNano - LOGGED_ERROR_SLACK_NS;
      params.logFrom = (logFrom < 0n ? 0n : logFrom).toString();
      const logTo = range.toUnixNano + LOGGED_ERROR_SLACK_NS;
      params.logTo = (logTo > INT64_MAX ? INT64_MAX : logTo).toString();
    } else if (search.loggedError !== undefined && search.loggedError !== false) {
      throw new TraceQueryError('loggedError', `must be true or false (got ${JSON.stringify(search.loggedError)})`);
    }
    attributes.forEach(([key, value], i) => {
      where.push(
        `((mapContains(attributes, {k${i}:String}) AND attributes[{k${i}:String}] = {v${i}:String})` +
          ` OR (mapContains(resource_attributes, {k${i}:String}) AND resource_attributes[{k${i}:String}] = {v${i}:String}))`,
      );
      params[`k${i}`] = key;
      params[`v${i}`] = value;
    });
    // A backend search reads the backend calls (sorted by backend and time), not every span.
    const found = await this.rows(
      `SELECT trace_id, max(start_time) AS latest FROM ${backend !== undefined ? `${this.t('backend_calls')} FINAL` : this.t('spans')}
       WHERE ${where.join(' AND ')}
       GROUP BY trace_id
       ORDER BY latest DESC, trace_id
       LIMIT {limit:UInt32}`,
      params,
    );
    const order = found.map((r) => str(r.trace_id));
    const byId = new Map((await this.summaries(t, order)).map((s) => [s.traceId, s]));
    return order.flatMap((id) => {
      const summary = byId.get(id);
      return summary ? [summary] : [];
    });
  }

  /**
   * Traces matching a search (see {@link TraceSearch}), most recent first, each with its spans and
   * errors per service and its orphan count: the search, then one query over `spans` bounded by
   * the found traces' services and time span (its sort key) and their ids (its bloom filter).
   * A span counts once (its latest copy) even before merges.
   */
  async searchSummaries(tenant: string, search: TraceSearch): Promise<SearchSummary[]> {
    const found = await this.searchTraces(tenant, search);
    if (found.length === 0) return [];
    let from = found[0].startTimeUnixNano;
    let to = found[0].endTimeUnixNano;
    for (const f of found) {
      if (f.startTimeUnixNano < from) from = f.startTimeUnixNano;
      if (f.endTimeUnixNano > to) to = f.endTimeUnixNano;
    }
    const rows = await this.rows(
      `SELECT trace_id,
              sumMap([service_name], [toUInt64(1)]) AS spans_by_service,
              sumMap([service_name], [toUInt64(is_error)]) AS errors_by_service,
              groupArray(span_id) AS ids,
              arrayCount(p -> p != '' AND NOT has(ids, p), groupArray(parent_span_id)) AS orphans
       FROM (
         SELECT trace_id, span_id, parent_span_id, service_name, is_error FROM ${this.t('spans')}
         WHERE tenant = {tenant:String} AND trace_id IN {ids:Array(String)} AND service_name IN {services:Array(String)}
           AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time <= fromUnixTimestamp64Nano({to:Int64})
         ORDER BY trace_id, span_id, version DESC
         LIMIT 1 BY trace_id, span_id
       )
       GROUP BY trace_id`,
      {
        tenant: checkTenant(tenant),
        ids: found.map((f) => f.traceId),
        services: [...new Set(found.flatMap((f) => f.services))],
        from: from.toString(),
        to: to.toString(),
      },
    );
    const byTrace = new Map(rows.map((r) => [str(r.trace_id), r]));
    return found.map((summary) => {
      const r = byTrace.get(summary.traceId);
      const [names, counts] = (r?.spans_by_service as [string[], unknown[]] | undefined) ?? [[], []];
      const [errorNames, errorCounts] = (r?.errors_by_service as [string[], unknown[]] | undefined) ?? [[], []];
      const errorsOf = new Map(errorNames.map((n, i) => [n, num(errorCounts[i])]));
      const serviceCounts = names.map((name, i) => ({ name, spanCount: num(counts[i]), errorCount: errorsOf.get(name) ?? 0 }));
      serviceCounts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { ...summary, serviceCounts, orphanSpanCount: num(r?.orphans) };
    });
  }

  /**
   * Every service's RED figures over the range (its API entry calls, `api_calls`): totals with
   * latency percentiles over the whole range, the same figures' counts for the same-length window
   * just before (to see errors rising), and per-bucket figures. Services sorted by name.
   */
  async serviceOverview(tenant: string, query: OverviewQuery): Promise<ServiceOverview[]> {
    const t = checkTenant(tenant);
    const range = checkRange(query?.range);
    const step = checkStep(query.stepSeconds, range);
    const length = range.toUnixNano - range.fromUnixNano;
    const previousFrom = range.fromUnixNano - length < 0n ? 0n : range.fromUnixNano - length;
    const params: Params = { tenant: t, from: range.fromUnixNano.toString(), to: range.toUnixNano.toString(), prev: previousFrom.toString(), step: (BigInt(step) * 1_000_000_000n).toString() };
    const [totals, buckets] = await Promise.all([
      this.rows(
        `SELECT service_name,
                sumIf(sampling_weight, start_time >= fromUnixTimestamp64Nano({from:Int64})) AS requests,
                sumIf(sampling_weight, start_time >= fromUnixTimestamp64Nano({from:Int64}) AND is_error = 1) AS errors,
                ${weightedQuantiles('start_time >= fromUnixTimestamp64Nano({from:Int64})')} AS q,
                sumIf(sampling_weight, start_time < fromUnixTimestamp64Nano({from:Int64})) AS prev_requests,
                sumIf(sampling_weight, start_time < fromUnixTimestamp64Nano({from:Int64}) AND is_error = 1) AS prev_errors,
                countIf(start_time >= fromUnixTimestamp64Nano({from:Int64})) AS sampled,
                countIf(start_time >= fromUnixTimestamp64Nano({from:Int64}) AND sampling_weight != 1) AS weighted
         FROM ${this.t('api_calls')} FINAL
         WHERE tenant = {tenant:String}
           AND start_time >= fromUnixTimestamp64Nano({prev:Int64}) AND start_time < fromUnixTimestamp64Nano({to:Int64})
         GROUP BY service_name
         ORDER BY service_name`,
        params,
      ),
      this.rows(
        `SELECT service_name, intDiv(toUnixTimestamp64Nano(start_time), {step:Int64}) * {step:Int64} AS bucket,
                ${REQUESTS} AS requests, ${ERRORS} AS errors, ${SAMPLED},
                ${weightedQuantiles()} AS q
         FROM ${this.t('api_calls')} FINAL
         WHERE tenant = {tenant:String}
           AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time < fromUnixTimestamp64Nano({to:Int64})
         GROUP BY service_name, bucket
         ORDER BY service_name, bucket`,
        params,
      ),
    ]);
    const byService = new Map<string, MetricBucket[]>();
    for (const row of buckets) {
      const list = byService.get(str(row.service_name)) ?? [];
      list.push(redBucket(row, step));
      byService.set(str(row.service_name), list);
    }
    return totals.map((row) => {
      const q = quantileTriple(row.q);
      return {
        service: str(row.service_name),
        requests: num(row.requests),
        errors: num(row.errors),
        p50Ns: q[0],
        p95Ns: q[1],
        p99Ns: q[2],
        previousRequests: num(row.prev_requests),
        previousErrors: num(row.prev_errors),
        buckets: byService.get(str(row.service_name)) ?? [],
        ...sampledOf(row),
      };
    });
  }

  /** The calls to one backend (`backend_calls`, by its name) per time bucket: rate, errors, latency. */
  async backendMetrics(tenant: string, query: BackendMetricsQuery): Promise<MetricBucket[]> {
    const t = checkTenant(tenant);
    const backend = requireName(query?.backend, 'backend');
    const range = checkRange(query.range);
    const step = checkStep(query.stepSeconds, range);
    const rows = await this.rows(
      `SELECT intDiv(toUnixTimestamp64Nano(start_time), {step:Int64}) * {step:Int64} AS bucket,
              ${REQUESTS} AS requests, ${ERRORS} AS errors, ${SAMPLED},
              ${weightedQuantiles()} AS q
       FROM ${this.t('backend_calls')} FINAL
       WHERE tenant = {tenant:String} AND backend_name = {backend:String}
         AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time < fromUnixTimestamp64Nano({to:Int64})
       GROUP BY bucket
       ORDER BY bucket`,
      { tenant: t, backend, from: range.fromUnixNano.toString(), to: range.toUnixNano.toString(), step: (BigInt(step) * 1_000_000_000n).toString() },
    );
    return rows.map((row) => redBucket(row, step));
  }

  /**
   * How many of a service's (or one API's) entry calls fell into each latency bucket: the count
   * (adjusted for sampling) per upper bound (µs) that has calls, ascending. A call's bucket is the first bound at or above its
   * duration, rounded up to whole µs.
   */
  async latencyHistogram(tenant: string, query: LatencyHistogramQuery): Promise<LatencyBucketCount[]> {
    const t = checkTenant(tenant);
    const service = requireName(query?.service, 'service');
    const api = checkName(query.api, 'api');
    const range = checkRange(query.range);
    const bounds = query.boundsUs;
    if (!Array.isArray(bounds) || bounds.length === 0 || bounds.length > 200 || bounds.some((b, i) => !Number.isInteger(b) || b < 1 || (i > 0 && b <= bounds[i - 1]))) {
      throw new TraceQueryError('boundsUs', 'must be 1 to 200 ascending whole numbers of microseconds, at least 1');
    }
    const params: Params = { tenant: t, service, from: range.fromUnixNano.toString(), to: range.toUnixNano.toString(), bounds, last: bounds[bounds.length - 1] };
    if (api !== undefined) params.api = api;
    const rows = await this.rows(
      `SELECT ifNull(arrayFirst(b -> b >= intDiv(duration_ns + 999, 1000), {bounds:Array(UInt64)}), {last:UInt64}) AS le, ${REQUESTS} AS n, ${SAMPLED}
       FROM ${this.t('api_calls')} FINAL
       WHERE tenant = {tenant:String} AND service_name = {service:String} ${api !== undefined ? 'AND api_name = {api:String}' : ''}
         AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time < fromUnixTimestamp64Nano({to:Int64})
       GROUP BY le
       ORDER BY le`,
      params,
    );
    return rows.map((r) => ({ leUs: num(r.le), count: num(r.n), ...sampledOf(r) }));
  }

  /** The services that sent spans, sorted. */
  async listServices(tenant: string): Promise<string[]> {
    const rows = await this.rows(
      `SELECT DISTINCT service_name FROM ${this.t('operations')} WHERE tenant = {tenant:String} ORDER BY service_name`,
      { tenant: checkTenant(tenant) },
    );
    return rows.map((r) => str(r.service_name));
  }

  /** A service's operations (span names, with their kinds), sorted; optionally of one span kind. */
  async listOperations(tenant: string, service: string, options: { kind?: string } = {}): Promise<Operation[]> {
    const params: Params = { tenant: checkTenant(tenant), service: requireName(service, 'service') };
    const kind = checkName(options.kind, 'kind');
    if (kind !== undefined) params.kind = kind;
    const rows = await this.rows(
      `SELECT DISTINCT span_name, kind FROM ${this.t('operations')}
       WHERE tenant = {tenant:String} AND service_name = {service:String} ${kind !== undefined ? 'AND kind = {kind:String}' : ''}
       ORDER BY span_name, kind`,
      params,
    );
    return rows.map((r) => ({ name: str(r.span_name), kind: str(r.kind) }));
  }

  /** The service dependency graph of calls that started within the range, with per-edge RED figures (counts adjusted for sampling). */
  async dependencyGraph(tenant: string, range: TimeRange): Promise<DependencyEdge[]> {
    const r = checkRange(range);
    const rows = await this.rows(
      `SELECT caller_service_name AS caller, callee_name AS callee, callee_kind,
              ${REQUESTS} AS calls, ${ERRORS} AS errors, ${SAMPLED},
              ${weightedQuantiles()} AS q
       FROM ${this.t('service_calls')} FINAL
       WHERE tenant = {tenant:String}
         AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time < fromUnixTimestamp64Nano({to:Int64})
       GROUP BY caller, callee, callee_kind
       ORDER BY caller, callee, callee_kind`,
      { tenant: checkTenant(tenant), from: r.fromUnixNano.toString(), to: r.toUnixNano.toString() },
    );
    return rows.map((row) => {
      const q = (row.q as number[] | undefined) ?? [0, 0, 0];
      return {
        caller: str(row.caller),
        callee: str(row.callee),
        calleeKind: str(row.callee_kind) === 'BACKEND' ? 'BACKEND' : 'SERVICE',
        callCount: num(row.calls),
        errorCount: num(row.errors),
        sampledCallCount: num(row.sampled),
        extrapolated: num(row.weighted) > 0,
        p50Ns: num(q[0]),
        p95Ns: num(q[1]),
        p99Ns: num(q[2]),
      };
    });
  }

  /** A service's request rate, error rate and latency percentiles per time bucket (its API entry spans; counts adjusted for sampling). */
  async serviceMetrics(tenant: string, query: MetricsQuery): Promise<MetricBucket[]> {
    return (await this.red(tenant, query, undefined, false)).map(({ apiName: _api, ...bucket }) => bucket);
  }

  /** Per-API request rate, error rate and latency percentiles per time bucket. */
  async apiMetrics(tenant: string, query: ApiMetricsQuery): Promise<ApiMetricBucket[]> {
    return this.red(tenant, query, checkName(query.api, 'api'), true);
  }

  private async red(tenant: string, query: MetricsQuery, api: string | undefined, perApi: boolean): Promise<ApiMetricBucket[]> {
    const t = checkTenant(tenant);
    const service = requireName(query?.service, 'service');
    const range = checkRange(query.range);
    const step = checkStep(query.stepSeconds, range);
    const params: Params = { tenant: t, service, from: range.fromUnixNano.toString(), to: range.toUnixNano.toString(), step: (BigInt(step) * 1_000_000_000n).toString() };
    if (api !== undefined) params.api = api;
    const rows = await this.rows(
      `SELECT intDiv(toUnixTimestamp64Nano(start_time), {step:Int64}) * {step:Int64} AS bucket,
              ${perApi ? 'api_name' : "'' AS api_name"},
              ${REQUESTS} AS requests, ${ERRORS} AS errors, ${SAMPLED},
              ${weightedQuantiles()} AS q
       FROM ${this.t('api_calls')} FINAL
       WHERE tenant = {tenant:String} AND service_name = {service:String} ${api !== undefined ? 'AND api_name = {api:String}' : ''}
         AND start_time >= fromUnixTimestamp64Nano({from:Int64}) AND start_time < fromUnixTimestamp64Nano({to:Int64})
       GROUP BY bucket, api_name
       ORDER BY bucket, api_name`,
      params,
    );
    return rows.map((row) => {
      const q = (row.q as number[] | undefined) ?? [0, 0, 0];
      const requests = num(row.requests);
      const errors = num(row.errors);
      return {
        bucketStartUnixNano: big(row.bucket),
        apiName: str(row.api_name),
        requests,
        errors,
        requestRate: requests / step,
        errorRate: requests === 0 ? 0 : errors / requests,
        p50Ns: num(q[0]),
        p95Ns: num(q[1]),
        p99Ns: num(q[2]),
        ...sampledOf(row),
      };
    });
  }
}
