// The write side of the `logs` view (logs-schema.ts): the row the ingest stage hands over, its
// TabSeparated encoding, a batch of encoded rows, and the writer port with its ClickHouse adapter.
// The log ingest stage (collector `otlp-logs` topic -> this writer) is not built yet; it only has to
// turn each OTLP LogRecord into a LogRow and call LogWriter.write.
import type { AttributeValue } from '@tracehouse/model';
import { attributeToString, tsvAttributes, type AttributeMap } from './attribute-types';
import type { EncodedTable, TableEncoding } from './batch';
import type { TraceStore } from './store';
import { tsvDateTime64, tsvDateTime64Ms, tsvString } from './tsv';
import { isRejectedData, ViewDataRejectedError } from './writer';

/**
 * One OTLP log record as stored in `logs`. Times are nanoseconds since the epoch (bigint, exact);
 * strings are never undefined ('' means "not known").
 */
export interface LogRow {
  readonly tenant: string;
  /** The resource's `service.name` ('' when it has none: the ingest stage decides a fallback). */
  readonly serviceName: string;
  /**
   * The record's time: its `time_unix_nano`, else its `observed_time_unix_nano` (the OTel logs
   * data model says to use the observed time when the time is missing). 0 to 2^63-1.
   */
  readonly timeUnixNano: bigint;
  readonly observedTimeUnixNano: bigint;
  /** 32 lowercase hex digits, or '' when the record is not in a trace. */
  readonly traceId: string;
  /** 16 lowercase hex digits, or ''. */
  readonly spanId: string;
  /** W3C trace flags (the low byte of OTLP `flags`). */
  readonly traceFlags: number;
  /** OTLP SeverityNumber (0 unspecified, 1-24). */
  readonly severityNumber: number;
  readonly severityText: string;
  /** The body with its OTLP type; undefined when the record has none. */
  readonly body: AttributeValue | undefined;
  /** OTLP `event_name` (since OTLP 1.5), '' when none. */
  readonly eventName: string;
  readonly attributes: AttributeMap;
  readonly resourceAttributes: AttributeMap;
  readonly scopeName: string;
  readonly scopeVersion: string;
  readonly droppedAttributesCount: number;
  /** The collector's receive time of the request (ms): the partition and retention. */
  readonly receivedAtMs: number;
}

/** The stored `body_type` of a body: the OTLP AnyValue case it was sent as. */
export const BODY_TYPES = ['string', 'int', 'double', 'bool', 'bytes', 'array', 'map', 'empty'] as const;
/** One of {@link BODY_TYPES}. */
export type BodyType = (typeof BODY_TYPES)[number];

/** The body's stored type. */
export function bodyType(body: AttributeValue | undefined): BodyType {
  switch (typeof body) {
    case 'undefined':
      return 'empty';
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
  }
  if (body instanceof Uint8Array) return 'bytes';
  return Array.isArray(body) ? 'array' : 'map';
}

function uint(value: number, max: number, field: string): string {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`${field} must be an integer from 0 to ${max} (got ${value})`);
  return String(value);
}

/** `logs`: the columns the writer sends (the MATERIALIZED ones are computed by ClickHouse). */
export const LOGS_ENCODING: TableEncoding<LogRow> = {
  table: 'logs',
  columns: [
    'tenant', 'service_name', 'timestamp', 'observed_timestamp', 'trace_id', 'span_id', 'trace_flags', 'severity_number', 'severity_text',
    'body', 'body_type', 'event_name', 'attributes', 'attribute_types', 'resource_attributes', 'resource_attribute_types',
    'scope_name', 'scope_version', 'dropped_attributes_count', 'received_at',
  ],
  encode: (r) => {
    const [attrs, attrTypes] = tsvAttributes(r.attributes);
    const [resource, resourceTypes] = tsvAttributes(r.resourceAttributes);
    return [
      tsvString(r.tenant), tsvString(r.serviceName), tsvDateTime64(r.timeUnixNano), tsvDateTime64(r.observedTimeUnixNano),
      tsvString(r.traceId), tsvString(r.spanId), uint(r.traceFlags, 255, 'traceFlags'), uint(r.severityNumber, 255, 'severityNumber'), tsvString(r.severityText),
      tsvString(r.body === undefined ? '' : attributeToString(r.body)), bodyType(r.body), tsvString(r.eventName),
      attrs, attrTypes, resource, resourceTypes,
      tsvString(r.scopeName), tsvString(r.scopeVersion), uint(r.droppedAttributesCount, 4_294_967_295, 'droppedAttributesCount'), tsvDateTime64Ms(r.receivedAtMs),
    ].join('\t');
  },
};

/**
 * Log rows encoded as they are added (a batch held while ClickHouse is down costs strings, not
 * object graphs), like the span views' ViewBatch.
 */
export class LogBatch {
  private readonly lines: string[] = [];
  private bytes = 0;

  /** Encodes and appends the rows, all or none: a RangeError for a value the schema cannot hold leaves the batch as it was. */
  add(rows: readonly LogRow[]): void {
    const encoded = rows.map(LOGS_ENCODING.encode);
    for (const line of encoded) {
      this.bytes += line.length + 1;
      this.lines.push(line);
    }
  }

  /** Records held. */
  get recordCount(): number {
    return this.lines.length;
  }

  /** Approximate size of the encoded rows, in UTF-16 code units. */
  get encodedSize(): number {
    return this.bytes;
  }

  /** The table to insert (none when empty). */
  tables(): EncodedTable[] {
    return this.lines.length === 0 ? [] : [{ table: LOGS_ENCODING.table, columns: LOGS_ENCODING.columns, lines: this.lines, format: 'TabSeparated' }];
  }
}

/**
 * Where the log path writes its records (the port; {@link ClickHouseLogWriter} is the adapter).
 *
 * `write` resolves only once ClickHouse acknowledged every row of the batch: the caller commits
 * its offsets after that, never before. It is idempotent: writing the same records again (a retry
 * after a failure, a replayed message) never changes what a query returns, since `logs` collapses
 * copies of a record by its identity hash and readers deduplicate by it (logs-schema.ts). The batch
 * stays the caller's. It rejects with ViewDataRejectedError when ClickHouse refused the rows
 * themselves (retrying cannot help: dead-letter them), and with any other error otherwise (retry).
 */
export interface LogWriter {
  write(batch: LogBatch): Promise<void>;
}

/** Writes log batches into a {@link TraceStore} through its insert path (staged files on the embedded engine). */
export class ClickHouseLogWriter implements LogWriter {
  constructor(private readonly store: TraceStore) {}

  async write(batch: LogBatch): Promise<void> {
    for (const table of batch.tables()) {
      try {
        await this.store.insert(table);
      } catch (err) {
        if (isRejectedData(err)) throw new ViewDataRejectedError(`ClickHouse refused rows of ${table.table}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        throw err;
      }
    }
  }
}
