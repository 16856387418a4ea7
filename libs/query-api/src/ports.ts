// The ports the query API reads through. They are stated here, not imported, because this library
// is an adapter (HTTP) and may not depend on other adapters: `TraceReader` (@tracehouse/trace-store)
// and `EntityStore` (@tracehouse/entity-store) satisfy them structurally, and the apps that wire them
// in are type-checked against these shapes. Each names only what the API uses.
import type { LogSelection, RangeFunction } from '@tracehouse/logql';
import type { AttributeValue } from '@tracehouse/model';

/** A time range in nanoseconds since the epoch: `from` inclusive, `to` exclusive. */
export interface NanoRange {
  readonly fromUnixNano: bigint;
  readonly toUnixNano: bigint;
}

/** A span as the views return it (the subset of trace-store's `StoredSpan` the API maps). */
export interface ReadSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly traceState: string;
  /** The effective service (the enricher's): what searches and service lists are about. */
  readonly serviceName: string;
  readonly spanName: string;
  /** SERVER, CLIENT, PRODUCER, CONSUMER, INTERNAL or UNSPECIFIED. */
  readonly kind: string;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly durationNs: bigint;
  /** UNSET, OK or ERROR. */
  readonly statusCode: string;
  readonly statusMessage: string;
  readonly isError: boolean;
  readonly peerService: string;
  readonly peerAddress: string;
  readonly peerPort: number;
  /** The span's attributes with their OTLP types (a reader that only has strings returns strings). */
  readonly attributes: ReadAttributes;
  readonly resourceAttributes: ReadAttributes;
  readonly events: readonly ReadSpanEvent[];
  readonly links: readonly ReadSpanLink[];
  readonly scopeName: string;
  readonly scopeVersion: string;
  /**
   * What the pipeline noticed about the span and could not represent otherwise (a time out of
   * range kept as sent, a repaired parent, a derived id). The APIs return them: Jaeger as the
   * span's `warnings`, OTLP/api_v3 as the span attribute `tracehouse.warnings` (a string array),
   * Zipkin as the tag `tracehouse.warnings` (the warnings joined with "\n").
   */
  readonly warnings?: readonly string[];
  /** Counts the sender reported as dropped (OTLP); 0 or absent when none. */
  readonly droppedAttributesCount?: number;
  readonly droppedEventsCount?: number;
  readonly droppedLinksCount?: number;
}

/** Attribute values keyed by name: int64 as bigint, double as number, bool, string, bytes, arrays, maps. */
export type ReadAttributes = Readonly<Record<string, AttributeValue>>;

/** A span event (a Jaeger log, a Zipkin annotation). */
export interface ReadSpanEvent {
  readonly timeUnixNano: bigint;
  readonly name: string;
  readonly attributes: ReadAttributes;
  readonly droppedAttributesCount?: number;
}

/** A span link (a Jaeger reference other than the parent). */
export interface ReadSpanLink {
  readonly traceId: string;
  readonly spanId: string;
  readonly attributes: ReadAttributes;
  readonly traceState?: string;
  readonly droppedAttributesCount?: number;
}

/** A trace's summary. */
export interface ReadTraceSummary {
  readonly traceId: string;
  readonly truncated: boolean;
  readonly overflowSpanCount: number;
}

/** A trace search (trace-store's `TraceSearch`). */
export interface ReadTraceSearch {
  readonly range: NanoRange;
  readonly service?: string;
  readonly operation?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** The span's error flag (Jaeger's synthesized `error` tag). */
  readonly isError?: boolean;
  readonly minDurationNs?: bigint;
  readonly maxDurationNs?: bigint;
  /** Only traces calling this backend (trace-store's `TraceSearch.backend`); `service` is then the caller. */
  readonly backend?: string;
  /** Only traces with a log record at ERROR or above (trace-store's `TraceSearch.loggedError`). */
  readonly loggedError?: boolean;
  readonly limit?: number;
}

/**
 * How a figure stands to tail sampling (issue 15): the rows it was computed from and whether any of
 * them stood for more than one call (sampling weight other than 1), which makes its counts
 * extrapolated estimates. A store that knows nothing of sampling leaves both out (read as not
 * extrapolated).
 */
export interface ReadSampling {
  /** Calls stored behind the figure, before weighting. */
  readonly sampledRequests?: number;
  readonly extrapolated?: boolean;
}

/** One edge of the service graph with its RED figures (counts adjusted for sampling). */
export interface ReadDependencyEdge {
  readonly caller: string;
  readonly callee: string;
  readonly calleeKind: 'SERVICE' | 'BACKEND';
  readonly callCount: number;
  readonly errorCount: number;
  /** Calls stored, before weighting (absent: as callCount). */
  readonly sampledCallCount?: number;
  readonly extrapolated?: boolean;
  readonly p50Ns: number;
  readonly p95Ns: number;
  readonly p99Ns: number;
}

/** RED figures of one time bucket (counts adjusted for sampling). */
export interface ReadMetricBucket extends ReadSampling {
  readonly bucketStartUnixNano: bigint;
  readonly requests: number;
  readonly errors: number;
  readonly requestRate: number;
  readonly errorRate: number;
  readonly p50Ns: number;
  readonly p95Ns: number;
  readonly p99Ns: number;
}

/**
 * The trace reads of the query API (trace-store's `TraceReader` implements it). Every call is
 * scoped to one tenant and passes values to the store only as query parameters; a call rejects
 * with an error whose `kind` is `'permanent'` when its input is bad (answered 400), and with any
 * other error when the store failed (answered 503/500). Nothing is cached by the caller.
 */
export interface TraceQueries {
  getTrace(tenant: string, traceId: string): Promise<{ readonly summary: ReadTraceSummary | undefined; readonly spans: readonly ReadSpan[] } | undefined>;
  searchTraces(tenant: string, search: ReadTraceSearch): Promise<readonly ReadTraceSummary[]>;
  listServices(tenant: string): Promise<readonly string[]>;
  listOperations(tenant: string, service: string, options?: { kind?: string }): Promise<readonly { readonly name: string; readonly kind: string }[]>;
  dependencyGraph(tenant: string, range: NanoRange): Promise<readonly ReadDependencyEdge[]>;
  serviceMetrics(tenant: string, query: { service: string; range: NanoRange; stepSeconds: number }): Promise<readonly ReadMetricBucket[]>;
  apiMetrics(tenant: string, query: { service: string; range: NanoRange; stepSeconds: number; api?: string }): Promise<readonly (ReadMetricBucket & { readonly apiName: string })[]>;
  // The reads below serve the web UI's endpoints. They are optional so that a store offering only
  // the Jaeger/Zipkin reads still serves those APIs: without `searchSummaries` trace summaries are
  // computed from whole traces; without the others their endpoints answer 501.
  /** Search results as summaries with per-service counts (see {@link ReadSearchSummary}), most recent first. */
  searchSummaries?(tenant: string, search: ReadTraceSearch): Promise<readonly ReadSearchSummary[]>;
  /** Every service's RED totals, previous-window counts and buckets over the range. */
  serviceOverview?(tenant: string, query: { range: NanoRange; stepSeconds: number }): Promise<readonly ReadServiceOverview[]>;
  /** RED buckets of the calls to one backend. */
  backendMetrics?(tenant: string, query: { backend: string; range: NanoRange; stepSeconds: number }): Promise<readonly ReadMetricBucket[]>;
  /** Counts of a service's (or API's) entry calls per latency bucket upper bound (µs) that has calls. */
  latencyHistogram?(tenant: string, query: { service: string; api?: string; range: NanoRange; boundsUs: readonly number[] }): Promise<readonly ({ readonly leUs: number; readonly count: number } & ReadSampling)[]>;
}

/** A trace search result as a list row shows it (trace-store's `SearchSummary`). */
export interface ReadSearchSummary extends ReadTraceSummary {
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly rootServiceName: string;
  /** The root span's name (the views' transaction name). */
  readonly transactionName: string;
  readonly spanCount: number;
  readonly errorCount: number;
  readonly orphanSpanCount: number;
  /** Sorted by name. */
  readonly serviceCounts: readonly { readonly name: string; readonly spanCount: number; readonly errorCount: number }[];
}

/** One service over a window (trace-store's `ServiceOverview`). */
export interface ReadServiceOverview extends ReadSampling {
  readonly service: string;
  readonly requests: number;
  readonly errors: number;
  readonly p50Ns: number;
  readonly p95Ns: number;
  readonly p99Ns: number;
  readonly previousRequests: number;
  readonly previousErrors: number;
  readonly buckets: readonly ReadMetricBucket[];
}

/** An entity type as the document store names it. */
export type ReadEntityType = 'SERVICE' | 'API' | 'BACKEND';

/** A service, API or backend (entity-store's `Entity`). */
export interface ReadEntity {
  readonly tenant: string;
  readonly type: ReadEntityType;
  readonly id: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** ms since the epoch. */
  readonly firstSeen: number;
  readonly lastSeen: number;
}

/**
 * The entity reads of the query API (entity-store's `EntityStore` implements it): one page of a
 * tenant's entities of one type in id order. Rejects with an error named
 * `EntityStoreUnavailableError` while the store cannot be reached (answered 503).
 */
export interface EntityQueries {
  list(tenant: string, type: ReadEntityType, options?: { limit?: number; after?: string }): Promise<{ readonly entities: readonly ReadEntity[]; readonly nextAfter?: string }>;
}

/** A log record as the logs view returns it (trace-store's `StoredLog`). */
export interface ReadLog {
  readonly timeUnixNano: bigint;
  readonly observedTimeUnixNano: bigint;
  readonly serviceName: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly traceFlags: number;
  readonly severityNumber: number;
  readonly severityText: string;
  /** trace, debug, info, warn, error, fatal or unknown. */
  readonly level: string;
  readonly body: string;
  readonly bodyType: string;
  readonly eventName: string;
  readonly attributes: ReadAttributes;
  readonly resourceAttributes: ReadAttributes;
  /** Resource attributes under Loki label names (`service.name` -> `service_name`). */
  readonly resourceLabels: Readonly<Record<string, string>>;
  readonly scopeName: string;
  readonly scopeVersion: string;
  /** Stable identity of the record. */
  readonly id: string;
}

/** A log search (trace-store's `LogSearch`). */
export interface ReadLogSearch {
  readonly range: NanoRange;
  readonly service?: string;
  readonly minSeverity?: number;
  readonly text?: string;
  readonly regex?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly traceId?: string;
  readonly spanId?: string;
  readonly selection?: LogSelection;
  readonly direction?: 'backward' | 'forward';
  readonly limit?: number;
  readonly cursor?: string;
}

/** A metric over log counts (trace-store's `LogMetricQuery`). */
export interface ReadLogMetricQuery {
  readonly selection: LogSelection;
  readonly fn: RangeFunction;
  readonly rangeNs: bigint;
  readonly start: bigint;
  readonly end: bigint;
  readonly stepNs: bigint;
  readonly groupBy?: readonly string[];
}

/**
 * The log reads of the query API (trace-store's `LogsReader` implements it): scoped to one tenant,
 * values passed only as query parameters, bad input rejected with an error whose `kind` is
 * `'permanent'` (answered 400).
 */
export interface LogQueries {
  logsOfTrace(tenant: string, traceId: string, options?: { spanId?: string; limit?: number }): Promise<readonly ReadLog[]>;
  search(tenant: string, search: ReadLogSearch): Promise<{ readonly logs: readonly ReadLog[]; readonly nextCursor?: string }>;
  metric(tenant: string, query: ReadLogMetricQuery): Promise<readonly { readonly labels: Readonly<Record<string, string>>; readonly points: readonly { readonly timeUnixNano: bigint; readonly value: number }[] }[]>;
  labelNames(tenant: string, range: NanoRange): Promise<readonly string[]>;
  labelValues(tenant: string, name: string, range: NanoRange, selection?: LogSelection): Promise<readonly string[]>;
  /** Services that logged at ERROR or above, with counts and their latest lines (the UI's home); optional: 501 without. */
  errorsByService?(tenant: string, query: { range: NanoRange; perService?: number }): Promise<readonly { readonly service: string; readonly count: number; readonly latest: readonly ReadLog[] }[]>;
}
