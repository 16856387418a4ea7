// The rows of each view as the writer takes them: plain data, built by the view-generator's
// processor from a StructuredTrace. Times are nanoseconds since the epoch (bigint, exact);
// durations are nanoseconds; `version` is the emission time of the trace message (ms), by which
// the latest copy of a replayed span wins. Strings are never undefined: '' means "not known".

import type { AttributeMap } from './attribute-types';

/** A string-valued map. */
export type StringMap = Readonly<Record<string, string>>;

/** One span event as stored. */
export interface SpanEventRow {
  readonly timeUnixNano: bigint;
  readonly name: string;
  readonly attributes: AttributeMap;
}

/** One span link as stored. */
export interface SpanLinkRow {
  readonly traceId: string;
  readonly spanId: string;
  readonly attributes: AttributeMap;
}

/** A row of `spans`: one per span. */
export interface SpanRow {
  readonly tenant: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly traceState: string;
  /** The effective service (the enricher's), possibly inherited from the parent span. */
  readonly serviceName: string;
  readonly serviceId: string;
  /** The service the span itself named. */
  readonly spanServiceName: string;
  readonly apiId: string;
  readonly apiName: string;
  readonly entryApiId: string;
  readonly entryApiName: string;
  readonly spanName: string;
  readonly kind: string;
  readonly role: string;
  readonly protocol: string;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly durationNs: bigint;
  readonly statusCode: string;
  readonly statusMessage: string;
  readonly apiStatus: string;
  readonly isError: boolean;
  readonly errorType: string;
  readonly errorMessage: string;
  readonly errorCount: number;
  readonly exceptionCount: number;
  readonly httpMethod: string;
  readonly httpUrl: string;
  readonly httpHost: string;
  readonly httpPath: string;
  readonly httpRoute: string;
  /** 0 when not known. */
  readonly httpStatusCode: number;
  readonly rpcSystem: string;
  readonly rpcService: string;
  readonly rpcMethod: string;
  /** undefined when not known (0 is gRPC OK). */
  readonly rpcStatusCode: number | undefined;
  readonly dbSystem: string;
  readonly dbName: string;
  readonly dbOperation: string;
  readonly dbStatement: string;
  readonly dbTable: string;
  readonly messagingSystem: string;
  readonly messagingDestination: string;
  readonly messagingOperation: string;
  readonly peerService: string;
  readonly peerAddress: string;
  /** 0 when not known. */
  readonly peerPort: number;
  readonly backendId: string;
  readonly backendName: string;
  readonly backendType: string;
  /** The span is an API entry: `api_calls` gets a row for it. */
  readonly apiEntry: boolean;
  /**
   * What the span calls, when the enricher resolved it: `SERVICE` or `BACKEND` (`service_calls`
   * gets a row, `backend_calls` too for a backend), else ''. The callee fields are '' when unknown.
   */
  readonly calleeKind: '' | 'SERVICE' | 'BACKEND';
  readonly calleeServiceId: string;
  readonly calleeServiceName: string;
  readonly calleeApiId: string;
  readonly calleeApiName: string;
  readonly calleeBackendId: string;
  readonly calleeBackendName: string;
  /** Typed as sent (attribute-types.ts says how the types are stored). */
  readonly attributes: AttributeMap;
  readonly resourceAttributes: AttributeMap;
  readonly events: readonly SpanEventRow[];
  readonly links: readonly SpanLinkRow[];
  readonly scopeName: string;
  readonly scopeVersion: string;
  /** Collector receive time (ms): what partitioning and retention count from (schema version 5). */
  readonly receivedAtMs: number;
  /** Full sentences about what is odd in the span or was changed to store it; absent or empty when nothing. */
  readonly warnings?: readonly string[];
  /**
   * The values as sent of fields whose column could not hold them (the column holds a clamped
   * value), by column name: `start_time` and `end_time` in ns since the epoch, as decimal text.
   */
  readonly rawFields?: StringMap;
  /**
   * How many spans this one stands for: its trace's tail-sampling weight (1 / the probability the
   * spans-grouper kept it). Absent means 1 (sampling off, or a rule that keeps every match).
   */
  readonly samplingWeight?: number;
  readonly version: number;
}

/**
 * A row of `trace_fragments`: what one trace message contributes to its `traces` row. The
 * contributions of every message (first emission, late fragments, replays) merge idempotently.
 */
export interface TraceFragmentRow {
  readonly tenant: string;
  readonly traceId: string;
  readonly startTimeUnixNano: bigint;
  readonly endTimeUnixNano: bigint;
  readonly spanIds: readonly string[];
  readonly errorSpanIds: readonly string[];
  readonly services: readonly string[];
  /** 0 when the root candidate has no parent (the real root), 1 when its parent is missing. */
  readonly rootRank: 0 | 1;
  readonly rootStartUnixNano: bigint;
  readonly rootService: string;
  readonly transactionName: string;
  readonly truncated: boolean;
  readonly overflowSpanCount: number;
  /**
   * The latest collector receive time (ms) of its spans: what the `traces` row's partition and
   * retention count from. The time of encoding when absent (rows built by hand in tests).
   */
  readonly receivedAtMs?: number;
  /** How many traces this one stands for (tail sampling); absent means 1. */
  readonly samplingWeight?: number;
}

/**
 * The rows the view-generator inserts for some trace messages. The call views (`service_calls`,
 * `backend_calls`, `api_calls`) are derived from `spans` inside ClickHouse by materialized views,
 * and `traces` from `trace_fragments` (see migrations.ts); `operations` from the spans by the
 * batch and its writer (operations.ts, since schema version 11).
 */
export interface ViewRows {
  readonly spans: SpanRow[];
  readonly traceFragments: TraceFragmentRow[];
}

/** An empty {@link ViewRows}. */
export function emptyViewRows(): ViewRows {
  return { spans: [], traceFragments: [] };
}
