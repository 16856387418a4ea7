// A span's document in `trace_spans`: its `spans` line exactly as SPANS_ENCODING wrote it (schema
// version 2, or 5 with attribute types, warnings and raw fields before its version, or 8 with the
// sampling weight after those), kept whole so that get-trace reads one column sorted by trace id instead of about 70
// columns sorted for search. This parses such a line back; it reads only what tsv.ts writes:
// TabSeparated fields escaping \\ \t \n \r \0, and quoted values inside maps, arrays and tuples
// escaping those and \'. Format reference: https://clickhouse.com/docs/interfaces/formats/TabSeparated
import { typedAttributes } from './attribute-types';
import type { SpanEventRow, SpanLinkRow, SpanRow, StringMap } from './rows';

/** The columns of a document written at schema version 2, in order. Never changed. */
export const SPAN_DOCUMENT_COLUMNS = [
  'tenant', 'trace_id', 'span_id', 'parent_span_id', 'trace_state', 'service_name', 'service_id', 'span_service_name',
  'api_id', 'api_name', 'entry_api_id', 'entry_api_name', 'span_name', 'kind', 'role', 'protocol',
  'start_time', 'end_time', 'duration_ns', 'status_code', 'status_message', 'api_status', 'is_error', 'error_type', 'error_message',
  'error_count', 'exception_count', 'http_method', 'http_url', 'http_host', 'http_path', 'http_route', 'http_status_code',
  'rpc_system', 'rpc_service', 'rpc_method', 'rpc_status_code', 'db_system', 'db_name', 'db_operation', 'db_statement', 'db_table',
  'messaging_system', 'messaging_destination', 'messaging_operation', 'peer_service', 'peer_address', 'peer_port',
  'backend_id', 'backend_name', 'backend_type', 'api_entry', 'callee_kind', 'callee_service_id', 'callee_service_name',
  'callee_api_id', 'callee_api_name', 'callee_backend_id', 'callee_backend_name', 'attributes', 'resource_attributes', 'events', 'links',
  'scope_name', 'scope_version', 'received_at', 'version',
] as const;

/** The columns a document written since schema version 5 adds before its version, in order. Never changed. */
export const SPAN_DOCUMENT_V5_COLUMNS = [
  'attribute_types', 'resource_attribute_types', 'event_attribute_types', 'link_attribute_types', 'warnings', 'raw_fields',
] as const;

/** The columns of a document written at schema versions 5 to 7, in order. Never changed. */
export const SPAN_DOCUMENT_COLUMNS_V5 = [...SPAN_DOCUMENT_COLUMNS.slice(0, -1), ...SPAN_DOCUMENT_V5_COLUMNS, 'version'] as const;

/** The columns of a document written since schema version 8 (the sampling weight before its version), in order: SPANS_ENCODING's. */
export const SPAN_DOCUMENT_COLUMNS_V8 = [...SPAN_DOCUMENT_COLUMNS_V5.slice(0, -1), 'sampling_weight', 'version'] as const;

/** A document that is not a span line of the expected shape. */
export class SpanDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpanDocumentError';
  }
}

const UNESCAPE: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r', '0': '\0', "'": "'", b: '\b', f: '\f' };

/** A top-level field's text. */
function unescapeField(field: string): string {
  return field.includes('\\') ? field.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c) : field;
}

/** `seconds.fraction` as an integer count of 10^-digits seconds (nanoseconds for 9, ms for 3). */
function decimalTime(text: string, digits: number): bigint {
  const dot = text.indexOf('.');
  const seconds = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (!/^\d+$/.test(seconds) || !/^\d*$/.test(fraction)) throw new SpanDocumentError(`${JSON.stringify(text)} is not a timestamp`);
  return BigInt(seconds + fraction.padEnd(digits, '0').slice(0, digits));
}

/** A cursor over a quoted complex value: a map, or an array of tuples. */
class ValueReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  expect(c: string): void {
    if (this.text[this.pos] !== c) throw new SpanDocumentError(`expected ${JSON.stringify(c)} at ${this.pos} of ${JSON.stringify(this.text.slice(0, 80))}`);
    this.pos++;
  }

  /** Consumes `c` when it is next. */
  accept(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  quoted(): string {
    this.expect("'");
    let out = '';
    for (;;) {
      const c = this.text[this.pos++];
      if (c === undefined) throw new SpanDocumentError(`unterminated string in ${JSON.stringify(this.text.slice(0, 80))}`);
      if (c === "'") return out;
      if (c === '\\') {
        const e = this.text[this.pos++] ?? '';
        out += UNESCAPE[e] ?? e;
      } else {
        out += c;
      }
    }
  }

  integer(): string {
    const start = this.pos;
    while (this.pos < this.text.length && this.text[this.pos] !== ',' && this.text[this.pos] !== ')') this.pos++;
    return this.text.slice(start, this.pos);
  }

  map(): StringMap {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    this.expect('{');
    if (this.accept('}')) return out;
    do {
      const key = this.quoted();
      this.expect(':');
      out[key] = this.quoted();
    } while (this.accept(','));
    this.expect('}');
    return out;
  }

  /** An array of maps. */
  maps(): StringMap[] {
    const out: StringMap[] = [];
    this.expect('[');
    if (this.accept(']')) return out;
    do out.push(this.map());
    while (this.accept(','));
    this.expect(']');
    return out;
  }

  /** An array of strings. */
  strings(): string[] {
    const out: string[] = [];
    this.expect('[');
    if (this.accept(']')) return out;
    do out.push(this.quoted());
    while (this.accept(','));
    this.expect(']');
    return out;
  }

  /** An array of tuples, each read by `tuple` after its `(`; consumes the `)`. */
  tuples<T>(tuple: (index: number) => T): T[] {
    const out: T[] = [];
    this.expect('[');
    if (this.accept(']')) return out;
    do {
      this.expect('(');
      out.push(tuple(out.length));
      this.expect(')');
    } while (this.accept(','));
    this.expect(']');
    return out;
  }

  end(): void {
    if (this.pos !== this.text.length) throw new SpanDocumentError(`unexpected ${JSON.stringify(this.text.slice(this.pos, this.pos + 20))} after a complete value`);
  }
}

function mapField(text: string): StringMap {
  const r = new ValueReader(text);
  const map = r.map();
  r.end();
  return map;
}

function mapsField(text: string): StringMap[] {
  if (text === '[]') return [];
  const r = new ValueReader(text);
  const maps = r.maps();
  r.end();
  return maps;
}

function stringsField(text: string): string[] {
  if (text === '[]') return [];
  const r = new ValueReader(text);
  const strings = r.strings();
  r.end();
  return strings;
}

/** Events with their attributes typed by `types` (one map per event; none before version 5). */
function eventsField(text: string, types: readonly StringMap[]): SpanEventRow[] {
  const r = new ValueReader(text);
  const events = r.tuples((i): SpanEventRow => {
    const time = r.integer();
    r.expect(',');
    const name = r.quoted();
    r.expect(',');
    return { timeUnixNano: BigInt(time), name, attributes: typedAttributes(r.map(), types[i]) };
  });
  r.end();
  return events;
}

function linksField(text: string, types: readonly StringMap[]): SpanLinkRow[] {
  const r = new ValueReader(text);
  const links = r.tuples((i): SpanLinkRow => {
    const traceId = r.quoted();
    r.expect(',');
    const spanId = r.quoted();
    r.expect(',');
    return { traceId, spanId, attributes: typedAttributes(r.map(), types[i]) };
  });
  r.end();
  return links;
}

function integer(text: string, column: string): number {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n)) throw new SpanDocumentError(`${column} ${JSON.stringify(text)} is not an integer`);
  return n;
}

const RECEIVED_AT_INDEX = SPAN_DOCUMENT_COLUMNS.indexOf('received_at');

/** Warnings and raw fields as a SpanRow carries them: absent when empty, as the processor leaves them. */
function optionalExtras(warnings: string[], rawFields: StringMap): Pick<SpanRow, 'warnings' | 'rawFields'> {
  return { ...(warnings.length > 0 ? { warnings } : {}), ...(Object.keys(rawFields).length > 0 ? { rawFields } : {}) };
}

/**
 * The span a document holds, as it was written (attribute values typed where the document says,
 * warnings and raw fields empty for a version 2 document). Throws SpanDocumentError for a line of
 * another shape.
 */
export function parseSpanDocument(line: string): SpanRow {
  const f = line.split('\t');
  const v8 = f.length === SPAN_DOCUMENT_COLUMNS_V8.length;
  const v5 = v8 || f.length === SPAN_DOCUMENT_COLUMNS_V5.length;
  if (!v5 && f.length !== SPAN_DOCUMENT_COLUMNS.length) {
    throw new SpanDocumentError(`a span document has ${SPAN_DOCUMENT_COLUMNS.length}, ${SPAN_DOCUMENT_COLUMNS_V5.length} or ${SPAN_DOCUMENT_COLUMNS_V8.length} fields, this one ${f.length}`);
  }
  const extra = (n: number): string => f[RECEIVED_AT_INDEX + 1 + n] as string;
  const attributeTypes = v5 ? mapField(extra(0)) : undefined;
  const resourceTypes = v5 ? mapField(extra(1)) : undefined;
  const eventTypes = v5 ? mapsField(extra(2)) : [];
  const linkTypes = v5 ? mapsField(extra(3)) : [];
  let i = 0;
  const str = (): string => unescapeField(f[i++] as string);
  const raw = (): string => f[i++] as string;
  const int = (): number => integer(raw(), SPAN_DOCUMENT_COLUMNS[i - 1] as string);
  const bool = (): boolean => raw() === '1';
  const nanos = (): bigint => decimalTime(raw(), 9);
  // Object literal fields are evaluated in order: this list follows SPAN_DOCUMENT_COLUMNS up to received_at.
  return {
    tenant: str(), traceId: str(), spanId: str(), parentSpanId: str(), traceState: str(), serviceName: str(), serviceId: str(), spanServiceName: str(),
    apiId: str(), apiName: str(), entryApiId: str(), entryApiName: str(), spanName: str(), kind: str(), role: str(), protocol: str(),
    startTimeUnixNano: nanos(), endTimeUnixNano: nanos(), durationNs: BigInt(raw()), statusCode: str(), statusMessage: str(), apiStatus: str(),
    isError: bool(), errorType: str(), errorMessage: str(), errorCount: int(), exceptionCount: int(),
    httpMethod: str(), httpUrl: str(), httpHost: str(), httpPath: str(), httpRoute: str(), httpStatusCode: int(),
    rpcSystem: str(), rpcService: str(), rpcMethod: str(), rpcStatusCode: f[i] === '\\N' ? (i++, undefined) : int(),
    dbSystem: str(), dbName: str(), dbOperation: str(), dbStatement: str(), dbTable: str(),
    messagingSystem: str(), messagingDestination: str(), messagingOperation: str(), peerService: str(), peerAddress: str(), peerPort: int(),
    backendId: str(), backendName: str(), backendType: str(), apiEntry: bool(), calleeKind: calleeKind(str()),
    calleeServiceId: str(), calleeServiceName: str(), calleeApiId: str(), calleeApiName: str(), calleeBackendId: str(), calleeBackendName: str(),
    attributes: typedAttributes(mapField(raw()), attributeTypes), resourceAttributes: typedAttributes(mapField(raw()), resourceTypes),
    events: eventsField(raw(), eventTypes), links: linksField(raw(), linkTypes),
    scopeName: str(), scopeVersion: str(), receivedAtMs: Number(decimalTime(raw(), 3)),
    ...(v5 ? optionalExtras(stringsField(extra(4)), mapField(extra(5))) : {}),
    ...(v8 ? samplingWeight(f[f.length - 2] as string) : {}),
    version: integer(f[f.length - 1] as string, 'version'),
  };
}

/** The weight as a SpanRow carries it: absent when 1 (not sampled), as the processor leaves it. */
function samplingWeight(text: string): Pick<SpanRow, 'samplingWeight'> {
  const weight = Number(text);
  if (text === '' || !Number.isFinite(weight) || weight < 1) throw new SpanDocumentError(`sampling_weight ${JSON.stringify(text)} is not a number >= 1`);
  return weight === 1 ? {} : { samplingWeight: weight };
}

function calleeKind(value: string): SpanRow['calleeKind'] {
  if (value === '' || value === 'SERVICE' || value === 'BACKEND') return value;
  throw new SpanDocumentError(`callee_kind ${JSON.stringify(value)} is not SERVICE, BACKEND or empty`);
}
