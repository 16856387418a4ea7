import type { ApiCallRow, BackendCallRow, ServiceCallRow, SpanRow, TraceFragmentRow, ViewRows } from './rows';
import { tsvBool, tsvDateTime64, tsvDateTime64Ms, tsvMap, tsvNullableInt, tsvQuoted, tsvString, tsvStringArray } from './tsv';

/** How one view's rows are inserted: its table, the columns in the order a line carries them. */
export interface TableEncoding<R> {
  readonly table: string;
  readonly columns: readonly string[];
  encode(row: R): string;
}

const s = tsvString;
const t = tsvDateTime64;

/** `spans`. */
export const SPANS_ENCODING: TableEncoding<SpanRow> = {
  table: 'spans',
  columns: [
    'tenant', 'trace_id', 'span_id', 'parent_span_id', 'trace_state', 'service_name', 'service_id', 'span_service_name',
    'api_id', 'api_name', 'entry_api_id', 'entry_api_name', 'span_name', 'kind', 'role', 'protocol',
    'start_time', 'end_time', 'duration_ns', 'status_code', 'status_message', 'api_status', 'is_error', 'error_type', 'error_message',
    'error_count', 'exception_count', 'http_method', 'http_url', 'http_host', 'http_path', 'http_route', 'http_status_code',
    'rpc_system', 'rpc_service', 'rpc_method', 'rpc_status_code', 'db_system', 'db_name', 'db_operation', 'db_statement', 'db_table',
    'messaging_system', 'messaging_destination', 'messaging_operation', 'peer_service', 'peer_address', 'peer_port',
    'backend_id', 'backend_name', 'backend_type', 'attributes', 'resource_attributes', 'events', 'links',
    'scope_name', 'scope_version', 'received_at', 'version',
  ],
  encode: (r) =>
    [
      s(r.tenant), s(r.traceId), s(r.spanId), s(r.parentSpanId), s(r.traceState), s(r.serviceName), s(r.serviceId), s(r.spanServiceName),
      s(r.apiId), s(r.apiName), s(r.entryApiId), s(r.entryApiName), s(r.spanName), s(r.kind), s(r.role), s(r.protocol),
      t(r.startTimeUnixNano), t(r.endTimeUnixNano), r.durationNs.toString(), s(r.statusCode), s(r.statusMessage), s(r.apiStatus), tsvBool(r.isError),
      s(r.errorType), s(r.errorMessage), String(r.errorCount), String(r.exceptionCount),
      s(r.httpMethod), s(r.httpUrl), s(r.httpHost), s(r.httpPath), s(r.httpRoute), String(r.httpStatusCode),
      s(r.rpcSystem), s(r.rpcService), s(r.rpcMethod), tsvNullableInt(r.rpcStatusCode),
      s(r.dbSystem), s(r.dbName), s(r.dbOperation), s(r.dbStatement), s(r.dbTable),
      s(r.messagingSystem), s(r.messagingDestination), s(r.messagingOperation), s(r.peerService), s(r.peerAddress), String(r.peerPort),
      s(r.backendId), s(r.backendName), s(r.backendType), tsvMap(r.attributes), tsvMap(r.resourceAttributes),
      `[${r.events.map((e) => `(${e.timeUnixNano},${tsvQuoted(e.name)},${tsvMap(e.attributes)})`).join(',')}]`,
      `[${r.links.map((l) => `(${tsvQuoted(l.traceId)},${tsvQuoted(l.spanId)},${tsvMap(l.attributes)})`).join(',')}]`,
      s(r.scopeName), s(r.scopeVersion), tsvDateTime64Ms(r.receivedAtMs), String(r.version),
    ].join('\t'),
};

/** `trace_fragments` (engine Null; a materialized view folds each row into `traces`). */
export const TRACE_FRAGMENTS_ENCODING: TableEncoding<TraceFragmentRow> = {
  table: 'trace_fragments',
  columns: [
    'tenant', 'trace_id', 'fragment_start', 'fragment_end', 'span_ids', 'error_span_ids', 'services',
    'root_rank', 'root_start', 'root_service', 'transaction_name', 'truncated', 'overflow_span_count',
  ],
  encode: (r) =>
    [
      s(r.tenant), s(r.traceId), t(r.startTimeUnixNano), t(r.endTimeUnixNano), tsvStringArray(r.spanIds), tsvStringArray(r.errorSpanIds),
      tsvStringArray(r.services), String(r.rootRank), t(r.rootStartUnixNano), s(r.rootService), s(r.transactionName),
      tsvBool(r.truncated), String(r.overflowSpanCount),
    ].join('\t'),
};

/** `service_calls`. */
export const SERVICE_CALLS_ENCODING: TableEncoding<ServiceCallRow> = {
  table: 'service_calls',
  columns: [
    'tenant', 'trace_id', 'span_id', 'caller_service_id', 'caller_service_name', 'caller_api_id', 'caller_api_name',
    'callee_kind', 'callee_name', 'callee_service_id', 'callee_service_name', 'callee_api_id', 'callee_api_name',
    'callee_backend_id', 'callee_backend_name', 'protocol', 'span_name', 'start_time', 'duration_ns', 'is_error',
    'status_code', 'api_status', 'http_status_code', 'version',
  ],
  encode: (r) =>
    [
      s(r.tenant), s(r.traceId), s(r.spanId), s(r.callerServiceId), s(r.callerServiceName), s(r.callerApiId), s(r.callerApiName),
      s(r.calleeKind), s(r.calleeName), s(r.calleeServiceId), s(r.calleeServiceName), s(r.calleeApiId), s(r.calleeApiName),
      s(r.calleeBackendId), s(r.calleeBackendName), s(r.protocol), s(r.spanName), t(r.startTimeUnixNano), r.durationNs.toString(),
      tsvBool(r.isError), s(r.statusCode), s(r.apiStatus), String(r.httpStatusCode), String(r.version),
    ].join('\t'),
};

/** `backend_calls`. */
export const BACKEND_CALLS_ENCODING: TableEncoding<BackendCallRow> = {
  table: 'backend_calls',
  columns: [
    'tenant', 'trace_id', 'span_id', 'backend_id', 'backend_name', 'backend_type', 'caller_service_id', 'caller_service_name',
    'caller_api_id', 'caller_api_name', 'protocol', 'span_name', 'operation', 'statement', 'destination', 'start_time',
    'duration_ns', 'is_error', 'status_code', 'version',
  ],
  encode: (r) =>
    [
      s(r.tenant), s(r.traceId), s(r.spanId), s(r.backendId), s(r.backendName), s(r.backendType), s(r.callerServiceId), s(r.callerServiceName),
      s(r.callerApiId), s(r.callerApiName), s(r.protocol), s(r.spanName), s(r.operation), s(r.statement), s(r.destination),
      t(r.startTimeUnixNano), r.durationNs.toString(), tsvBool(r.isError), s(r.statusCode), String(r.version),
    ].join('\t'),
};

/** `api_calls`. */
export const API_CALLS_ENCODING: TableEncoding<ApiCallRow> = {
  table: 'api_calls',
  columns: [
    'tenant', 'trace_id', 'span_id', 'service_id', 'service_name', 'api_id', 'api_name', 'span_name', 'kind', 'protocol',
    'start_time', 'duration_ns', 'is_error', 'api_status', 'status_code', 'http_method', 'http_route', 'http_status_code', 'version',
  ],
  encode: (r) =>
    [
      s(r.tenant), s(r.traceId), s(r.spanId), s(r.serviceId), s(r.serviceName), s(r.apiId), s(r.apiName), s(r.spanName), s(r.kind),
      s(r.protocol), t(r.startTimeUnixNano), r.durationNs.toString(), tsvBool(r.isError), s(r.apiStatus), s(r.statusCode),
      s(r.httpMethod), s(r.httpRoute), String(r.httpStatusCode), String(r.version),
    ].join('\t'),
};

/** One table's encoded lines inside a {@link ViewBatch}. */
export interface EncodedTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly lines: readonly string[];
}

/**
 * Rows of every view, encoded as they are added (so a batch held while ClickHouse is down costs
 * strings, not object graphs). `trace_fragments` is inserted last: its materialized view's rows
 * are the ones get-trace looks up first, and the spans they point at are then already stored.
 */
export class ViewBatch {
  private readonly spans: string[] = [];
  private readonly serviceCalls: string[] = [];
  private readonly backendCalls: string[] = [];
  private readonly apiCalls: string[] = [];
  private readonly traceFragments: string[] = [];
  private bytes = 0;

  /**
   * Encodes and appends the rows, all or none: a RangeError for a value the schema cannot hold
   * leaves the batch as it was.
   */
  add(rows: ViewRows): void {
    const encode = <R>(encoding: TableEncoding<R>, list: readonly R[]): string[] => list.map((row) => encoding.encode(row));
    const encoded: [string[], string[]][] = [
      [this.spans, encode(SPANS_ENCODING, rows.spans)],
      [this.serviceCalls, encode(SERVICE_CALLS_ENCODING, rows.serviceCalls)],
      [this.backendCalls, encode(BACKEND_CALLS_ENCODING, rows.backendCalls)],
      [this.apiCalls, encode(API_CALLS_ENCODING, rows.apiCalls)],
      [this.traceFragments, encode(TRACE_FRAGMENTS_ENCODING, rows.traceFragments)],
    ];
    for (const [into, lines] of encoded) {
      for (const line of lines) {
        this.bytes += line.length + 1;
        into.push(line);
      }
    }
  }

  /** Spans held. */
  get spanCount(): number {
    return this.spans.length;
  }

  /** Approximate size of the encoded rows, in UTF-16 code units. */
  get encodedSize(): number {
    return this.bytes;
  }

  /** Rows held in every table together. */
  get rowCount(): number {
    return this.spans.length + this.serviceCalls.length + this.backendCalls.length + this.apiCalls.length + this.traceFragments.length;
  }

  /** The non-empty tables, in insertion order. */
  tables(): EncodedTable[] {
    return (
      [
        [SPANS_ENCODING, this.spans],
        [SERVICE_CALLS_ENCODING, this.serviceCalls],
        [BACKEND_CALLS_ENCODING, this.backendCalls],
        [API_CALLS_ENCODING, this.apiCalls],
        [TRACE_FRAGMENTS_ENCODING, this.traceFragments],
      ] as const
    )
      .filter(([, lines]) => lines.length > 0)
      .map(([encoding, lines]) => ({ table: encoding.table, columns: encoding.columns, lines }));
  }
}
