import { tsvAttributes } from './attribute-types';
import type { OperationRow } from './operations';
import type { SpanEventRow, SpanLinkRow, SpanRow, TraceFragmentRow, ViewRows } from './rows';
import { tsvBool, tsvDateTime64, tsvDateTime64Ms, tsvMap, tsvNullableInt, tsvQuoted, tsvString, tsvStringArray } from './tsv';

const NO_STRINGS: readonly string[] = [];

/** Events as `events` and `event_attribute_types`: the types beside, so the tuple type stays as it was. */
function tsvEvents(events: readonly SpanEventRow[]): [string, string] {
  if (events.length === 0) return ['[]', '[]'];
  const rows: string[] = [];
  const types: string[] = [];
  for (const e of events) {
    const [attrs, attrTypes] = tsvAttributes(e.attributes);
    rows.push(`(${e.timeUnixNano},${tsvQuoted(e.name)},${attrs})`);
    types.push(attrTypes);
  }
  return [`[${rows.join(',')}]`, `[${types.join(',')}]`];
}

/** Links as `links` and `link_attribute_types`. */
function tsvLinks(links: readonly SpanLinkRow[]): [string, string] {
  if (links.length === 0) return ['[]', '[]'];
  const rows: string[] = [];
  const types: string[] = [];
  for (const l of links) {
    const [attrs, attrTypes] = tsvAttributes(l.attributes);
    rows.push(`(${tsvQuoted(l.traceId)},${tsvQuoted(l.spanId)},${attrs})`);
    types.push(attrTypes);
  }
  return [`[${rows.join(',')}]`, `[${types.join(',')}]`];
}

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
    'scope_name', 'scope_version', 'received_at',
    // Since schema version 5 (a version 2 document ends at received_at, version; document.ts reads both).
    'attribute_types', 'resource_attribute_types', 'event_attribute_types', 'link_attribute_types', 'warnings', 'raw_fields',
    // Since schema version 8 (document.ts reads a version 5 document without it as weight 1).
    'sampling_weight',
    'version',
  ],
  encode: (r) => encodeSpanRow(r, undefined),
};

/**
 * The TSV of each resource-attributes object encoded within one {@link ViewBatch.add}: the spans
 * of one resource in a trace share their resource's object (the model codec decodes a repeated
 * resource once), so it is encoded once per trace and resource, not per span, also when the
 * trace's spans alternate between services. Scoped to one add, so an object changed between
 * traces is never served stale.
 */
type ResourceTsvMemo = Map<SpanRow['resourceAttributes'], [string, string]>;

function resourceTsv(attrs: SpanRow['resourceAttributes'], memo: ResourceTsvMemo | undefined): [string, string] {
  if (memo === undefined) return tsvAttributes(attrs);
  let tsv = memo.get(attrs);
  if (tsv === undefined) {
    tsv = tsvAttributes(attrs);
    memo.set(attrs, tsv);
  }
  return tsv;
}

/**
 * One `spans` line (see {@link SPANS_ENCODING}). An array joined rather than a template literal:
 * join gives one flat string, while `+` builds a rope of ~130 pieces per line that the garbage
 * collector then has to trace and copy (measured: GC went from 8% to 32% of the view-generator's CPU).
 */
function encodeSpanRow(r: SpanRow, memo: ResourceTsvMemo | undefined): string {
  const [attrs, attrTypes] = tsvAttributes(r.attributes);
  const [resource, resourceTypes] = resourceTsv(r.resourceAttributes, memo);
  const [events, eventTypes] = tsvEvents(r.events);
  const [links, linkTypes] = tsvLinks(r.links);
  return [
    s(r.tenant), s(r.traceId), s(r.spanId), s(r.parentSpanId), s(r.traceState), s(r.serviceName), s(r.serviceId), s(r.spanServiceName),
    s(r.apiId), s(r.apiName), s(r.entryApiId), s(r.entryApiName), s(r.spanName), s(r.kind), s(r.role), s(r.protocol),
    t(r.startTimeUnixNano), t(r.endTimeUnixNano), r.durationNs.toString(), s(r.statusCode), s(r.statusMessage), s(r.apiStatus), tsvBool(r.isError),
    s(r.errorType), s(r.errorMessage), String(r.errorCount), String(r.exceptionCount),
    s(r.httpMethod), s(r.httpUrl), s(r.httpHost), s(r.httpPath), s(r.httpRoute), String(r.httpStatusCode),
    s(r.rpcSystem), s(r.rpcService), s(r.rpcMethod), tsvNullableInt(r.rpcStatusCode),
    s(r.dbSystem), s(r.dbName), s(r.dbOperation), s(r.dbStatement), s(r.dbTable),
    s(r.messagingSystem), s(r.messagingDestination), s(r.messagingOperation), s(r.peerService), s(r.peerAddress), String(r.peerPort),
    s(r.backendId), s(r.backendName), s(r.backendType), tsvBool(r.apiEntry), s(r.calleeKind), s(r.calleeServiceId), s(r.calleeServiceName),
    s(r.calleeApiId), s(r.calleeApiName), s(r.calleeBackendId), s(r.calleeBackendName), attrs, resource, events, links,
    s(r.scopeName), s(r.scopeVersion), tsvDateTime64Ms(r.receivedAtMs),
    attrTypes, resourceTypes, eventTypes, linkTypes, tsvStringArray(r.warnings ?? NO_STRINGS), r.rawFields ? tsvMap(r.rawFields) : '{}',
    r.samplingWeight === undefined ? '1' : String(r.samplingWeight),
    String(r.version),
  ].join('\t');
}

/** `trace_fragments` (engine Null; a materialized view folds each row into `traces`). */
export const TRACE_FRAGMENTS_ENCODING: TableEncoding<TraceFragmentRow> = {
  table: 'trace_fragments',
  columns: [
    'tenant', 'trace_id', 'fragment_start', 'fragment_end', 'span_ids', 'error_span_ids', 'services',
    'root_rank', 'root_start', 'root_service', 'transaction_name', 'truncated', 'overflow_span_count', 'received_at', 'sampling_weight',
  ],
  encode: (r) =>
    [
      s(r.tenant), s(r.traceId), t(r.startTimeUnixNano), t(r.endTimeUnixNano), tsvStringArray(r.spanIds), tsvStringArray(r.errorSpanIds),
      tsvStringArray(r.services), String(r.rootRank), t(r.rootStartUnixNano), s(r.rootService), s(r.transactionName),
      tsvBool(r.truncated), String(r.overflowSpanCount), tsvDateTime64Ms(r.receivedAtMs ?? Date.now()),
      r.samplingWeight === undefined ? '1' : String(r.samplingWeight),
    ].join('\t'),
};

/**
 * A table filled from another table's encoded lines, one row per line, its columns computed from
 * the whole line. The embedded engine computes them itself from the staged file (`select`), so the
 * lines are written and handed over once; an insert sent inline (a server) carries `csv(line)`.
 */
export interface LineCopy {
  readonly table: string;
  readonly columns: readonly string[];
  /** The columns as SQL expressions over `line` (a String holding one whole line), in order. */
  readonly select: string;
  /** The same row as a CSV line. */
  csv(line: string): string;
}

/** One table's encoded lines inside a {@link ViewBatch}. */
export interface EncodedTable {
  readonly table: string;
  readonly columns: readonly string[];
  readonly lines: readonly string[];
  readonly format: 'TabSeparated';
  /** Tables filled from these same lines (inserted after this one, in order). */
  readonly copies?: readonly LineCopy[];
}

// Where a `trace_spans` row's columns sit in a `spans` line (1-based, as ClickHouse counts).
const spansField = (column: string): number => {
  const i = SPANS_ENCODING.columns.indexOf(column);
  if (i < 0) throw new Error(`spans has no column ${column}`);
  return i + 1;
};
const TENANT_FIELD = spansField('tenant');
const TRACE_ID_FIELD = spansField('trace_id');
const SPAN_ID_FIELD = spansField('span_id');
const START_FIELD = spansField('start_time');
const RECEIVED_FIELD = spansField('received_at');
// The key fields up to start time are split off the line's head; receive time is counted from its
// tail (a literal tab always separates fields: TabSeparated escapes the ones inside a value), so
// the engine splits 17 fields per line instead of 66 (the whole attribute and event maps included).
const HEAD_FIELDS = Math.max(TENANT_FIELD, TRACE_ID_FIELD, SPAN_ID_FIELD, START_FIELD);
const RECEIVED_FROM_END = SPANS_ENCODING.columns.length - RECEIVED_FIELD + 1;
if (RECEIVED_FIELD <= HEAD_FIELDS) throw new Error('received_at is expected after the head key fields of a spans line');
if (spansField('version') !== SPANS_ENCODING.columns.length) throw new Error('version must be the last column of a spans line');

/**
 * `trace_spans`: each span's `spans` line whole as its document, keyed by the line's tenant, trace
 * id, span id, start time, receive time (its partition and retention since schema version 5) and version. Those fields are taken from the line as written: a tenant is
 * `[A-Za-z0-9._-]`, ids are hex and times are digits, so none of them holds a character TabSeparated
 * escapes. The CSV form doubles only the document's rare double quotes (TabSeparated would escape
 * each of its many tabs and backslashes).
 */
export const TRACE_SPANS_COPY: LineCopy = {
  table: 'trace_spans',
  columns: ['tenant', 'trace_id', 'span_id', 'start_time', 'received_at', 'version', 'span'],
  select: [
    `(splitByChar('\\t', line, ${HEAD_FIELDS}) AS f)[${TENANT_FIELD}]`,
    `f[${TRACE_ID_FIELD}]`,
    `f[${SPAN_ID_FIELD}]`,
    `f[${START_FIELD}]`,
    `substringIndex(substringIndex(line, '\\t', -${RECEIVED_FROM_END}), '\\t', 1)`,
    `substringIndex(line, '\\t', -1)`,
    'line',
  ].join(', '),
  csv(line) {
    const f = line.split('\t', HEAD_FIELDS);
    const version = line.slice(line.lastIndexOf('\t') + 1);
    return `${csvQuoted(f[TENANT_FIELD - 1] ?? '')},${csvQuoted(f[TRACE_ID_FIELD - 1] ?? '')},${csvQuoted(f[SPAN_ID_FIELD - 1] ?? '')},${f[START_FIELD - 1] ?? ''},${receivedField(line)},${version},${csvQuoted(line)}`;
  },
};

/** The receive-time field of a spans line, counted from its end as the engine's select does. */
function receivedField(line: string): string {
  let end = line.length;
  for (let i = 1; i < RECEIVED_FROM_END; i++) end = line.lastIndexOf('\t', end - 1);
  return line.slice(line.lastIndexOf('\t', end - 1) + 1, end);
}

function csvQuoted(value: string): string {
  return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
}

/** A batch's operations by tenant, service, span name and kind (nested: no key string built per span). */
type OperationIndex = Map<string, Map<string, Map<string, Map<string, OperationRow>>>>;

/** The map under `key` in `parent`, created empty when missing. */
function child<V>(parent: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let m = parent.get(key);
  if (m === undefined) {
    m = new Map();
    parent.set(key, m);
  }
  return m;
}

/**
 * Rows of `spans`, `trace_spans` and `trace_fragments`, encoded as they are added (so a batch held
 * while ClickHouse is down costs strings, not object graphs), and the batch's distinct operations
 * (`operations`, which the writer inserts when it has not written them lately: operations.ts); the
 * call views are derived from `spans` by materialized views. `trace_fragments` is inserted last:
 * its materialized view's rows are the ones get-trace looks up first, and the spans they point at
 * are then already stored.
 */
export class ViewBatch {
  private readonly spans: string[] = [];
  private readonly traceFragments: string[] = [];
  private readonly operationIndex: OperationIndex = new Map();
  private readonly operationRows: OperationRow[] = [];
  private bytes = 0;

  /**
   * Encodes and appends the rows, all or none: a RangeError for a value the schema cannot hold
   * leaves the batch as it was.
   */
  add(rows: ViewRows): void {
    const memo: ResourceTsvMemo = new Map();
    const spans = rows.spans.map((row) => encodeSpanRow(row, memo));
    const fragments = rows.traceFragments.map(TRACE_FRAGMENTS_ENCODING.encode);
    for (const line of spans) {
      this.bytes += line.length + 1;
      this.spans.push(line);
    }
    for (const line of fragments) {
      this.bytes += line.length + 1;
      this.traceFragments.push(line);
    }
    for (const row of rows.spans) this.addOperation(row);
  }

  /** Folds a span into its operation's row: the times encoded above, so they are in range. */
  private addOperation(r: SpanRow): void {
    const byKind = child(child(child(this.operationIndex, r.tenant), r.serviceName), r.spanName);
    const op = byKind.get(r.kind);
    if (op === undefined) {
      const row: OperationRow = { tenant: r.tenant, serviceName: r.serviceName, spanName: r.spanName, kind: r.kind, lastSeenUnixNano: r.startTimeUnixNano, lastReceivedMs: r.receivedAtMs };
      byKind.set(r.kind, row);
      this.operationRows.push(row);
      return;
    }
    if (r.startTimeUnixNano > op.lastSeenUnixNano) op.lastSeenUnixNano = r.startTimeUnixNano;
    if (r.receivedAtMs > op.lastReceivedMs) op.lastReceivedMs = r.receivedAtMs;
  }

  /** The batch's distinct operations (tenant, service, span name, kind) with their latest times. */
  operations(): readonly OperationRow[] {
    return this.operationRows;
  }

  /** Spans held. */
  get spanCount(): number {
    return this.spans.length;
  }

  /** Approximate size of the encoded rows, in UTF-16 code units. */
  get encodedSize(): number {
    return this.bytes;
  }

  /** Rows held in the tables inserted directly (`trace_spans` copies `spans`). */
  get rowCount(): number {
    return this.spans.length + this.traceFragments.length;
  }

  /** The non-empty tables, in insertion order. */
  tables(): EncodedTable[] {
    const tables: EncodedTable[] = [];
    if (this.spans.length > 0) {
      tables.push({ table: SPANS_ENCODING.table, columns: SPANS_ENCODING.columns, lines: this.spans, format: 'TabSeparated', copies: [TRACE_SPANS_COPY] });
    }
    if (this.traceFragments.length > 0) {
      tables.push({ table: TRACE_FRAGMENTS_ENCODING.table, columns: TRACE_FRAGMENTS_ENCODING.columns, lines: this.traceFragments, format: 'TabSeparated' });
    }
    return tables;
  }
}
