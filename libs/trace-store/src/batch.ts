import type { SpanRow, TraceFragmentRow, ViewRows } from './rows';
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
    'backend_id', 'backend_name', 'backend_type', 'api_entry', 'callee_kind', 'callee_service_id', 'callee_service_name',
    'callee_api_id', 'callee_api_name', 'callee_backend_id', 'callee_backend_name', 'attributes', 'resource_attributes', 'events', 'links',
    'scope_name', 'scope_version', 'received_at', 'version',
  ],
  // One template literal rather than an array joined: this runs once per span and is the largest
  // part of the view-generator's own CPU.
  encode: (r) =>
    `${s(r.tenant)}\t${s(r.traceId)}\t${s(r.spanId)}\t${s(r.parentSpanId)}\t${s(r.traceState)}\t${s(r.serviceName)}\t${s(r.serviceId)}\t${s(r.spanServiceName)}` +
    `\t${s(r.apiId)}\t${s(r.apiName)}\t${s(r.entryApiId)}\t${s(r.entryApiName)}\t${s(r.spanName)}\t${s(r.kind)}\t${s(r.role)}\t${s(r.protocol)}` +
    `\t${t(r.startTimeUnixNano)}\t${t(r.endTimeUnixNano)}\t${r.durationNs}\t${s(r.statusCode)}\t${s(r.statusMessage)}\t${s(r.apiStatus)}\t${tsvBool(r.isError)}` +
    `\t${s(r.errorType)}\t${s(r.errorMessage)}\t${r.errorCount}\t${r.exceptionCount}` +
    `\t${s(r.httpMethod)}\t${s(r.httpUrl)}\t${s(r.httpHost)}\t${s(r.httpPath)}\t${s(r.httpRoute)}\t${r.httpStatusCode}` +
    `\t${s(r.rpcSystem)}\t${s(r.rpcService)}\t${s(r.rpcMethod)}\t${tsvNullableInt(r.rpcStatusCode)}` +
    `\t${s(r.dbSystem)}\t${s(r.dbName)}\t${s(r.dbOperation)}\t${s(r.dbStatement)}\t${s(r.dbTable)}` +
    `\t${s(r.messagingSystem)}\t${s(r.messagingDestination)}\t${s(r.messagingOperation)}\t${s(r.peerService)}\t${s(r.peerAddress)}\t${r.peerPort}` +
    `\t${s(r.backendId)}\t${s(r.backendName)}\t${s(r.backendType)}\t${tsvBool(r.apiEntry)}\t${s(r.calleeKind)}\t${s(r.calleeServiceId)}\t${s(r.calleeServiceName)}` +
    `\t${s(r.calleeApiId)}\t${s(r.calleeApiName)}\t${s(r.calleeBackendId)}\t${s(r.calleeBackendName)}\t${tsvMap(r.attributes)}\t${tsvMap(r.resourceAttributes)}` +
    `\t${r.events.length === 0 ? '[]' : `[${r.events.map((e) => `(${e.timeUnixNano},${tsvQuoted(e.name)},${tsvMap(e.attributes)})`).join(',')}]`}` +
    `\t${r.links.length === 0 ? '[]' : `[${r.links.map((l) => `(${tsvQuoted(l.traceId)},${tsvQuoted(l.spanId)},${tsvMap(l.attributes)})`).join(',')}]`}` +
    `\t${s(r.scopeName)}\t${s(r.scopeVersion)}\t${tsvDateTime64Ms(r.receivedAtMs)}\t${r.version}`,
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

/** One table's encoded lines inside a {@link ViewBatch}. */
export interface EncodedTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly lines: readonly string[];
}

/**
 * Rows of `spans` and `trace_fragments`, encoded as they are added (so a batch held while
 * ClickHouse is down costs strings, not object graphs); the other views are derived from them by
 * materialized views. `trace_fragments` is inserted last: its materialized view's rows are the ones
 * get-trace looks up first, and the spans they point at are then already stored.
 */
export class ViewBatch {
  private readonly spans: string[] = [];
  private readonly traceFragments: string[] = [];
  private bytes = 0;

  /**
   * Encodes and appends the rows, all or none: a RangeError for a value the schema cannot hold
   * leaves the batch as it was.
   */
  add(rows: ViewRows): void {
    const spans = rows.spans.map(SPANS_ENCODING.encode);
    const fragments = rows.traceFragments.map(TRACE_FRAGMENTS_ENCODING.encode);
    for (const line of spans) {
      this.bytes += line.length + 1;
      this.spans.push(line);
    }
    for (const line of fragments) {
      this.bytes += line.length + 1;
      this.traceFragments.push(line);
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
    return this.spans.length + this.traceFragments.length;
  }

  /** The non-empty tables, in insertion order. */
  tables(): EncodedTable[] {
    const tables: EncodedTable[] = [];
    if (this.spans.length > 0) tables.push({ table: SPANS_ENCODING.table, columns: SPANS_ENCODING.columns, lines: this.spans });
    if (this.traceFragments.length > 0) tables.push({ table: TRACE_FRAGMENTS_ENCODING.table, columns: TRACE_FRAGMENTS_ENCODING.columns, lines: this.traceFragments });
    return tables;
  }
}
