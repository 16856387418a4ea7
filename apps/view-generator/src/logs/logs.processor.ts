// The log path's logic over plain data: an `otlp-logs` record (OTLP LogsData, already decoded) to
// the rows of the `logs` view, with the span-normalizer's redaction applied to log attributes and
// to the structured (map) parts of bodies. No Kafka, Nest or ClickHouse here.
// Wire spec: opentelemetry-proto logs/v1/logs.proto; row: LogRow (libs/trace-store logs.ts).
import type { AttributeValue, Attributes } from '@tracehouse/model';
import { anyValue, attributes, logRecordTraceId, resourceServiceName, uint64, type LogRecord, type LogsData, type ResourceLogs, type ScopeLogs } from '@tracehouse/otlp';
import type { Redactor } from '@tracehouse/redaction';
import { MAX_DATETIME64_NS, type LogRow } from '@tracehouse/trace-store';

/** Why a log record was left out of the view (the `reason` label of the dead-letter counter). */
export const LOG_REJECT_REASONS = [
  /** A trace or span id of the wrong length (a producer other than the collector wrote it). */
  'invalid_id',
  /** A value the `logs` encoder refuses (none the collector accepts: times and severities are clamped with a warning). */
  'unrepresentable',
  /** ClickHouse refused the record's row. */
  'refused_by_clickhouse',
] as const;
/** One of {@link LOG_REJECT_REASONS}. */
export type LogRejectReason = (typeof LOG_REJECT_REASONS)[number];

/** What building the rows of one record needs from its message. */
export interface LogContext {
  readonly tenant: string;
  readonly receivedAtMs: number;
}

/** One log record of a message with where it sits, so a bad one can be dead-lettered alone. */
export interface LocatedRecord {
  readonly resource: ResourceLogs;
  readonly scope: ScopeLogs;
  readonly record: LogRecord;
  /** `resource_logs[i].scope_logs[j].log_records[k]`. */
  readonly where: string;
}

/** The records of a LogsData in order, each with its resource and scope. */
export function locateRecords(data: LogsData): LocatedRecord[] {
  const out: LocatedRecord[] = [];
  (data.resource_logs ?? []).forEach((resource, i) =>
    (resource.scope_logs ?? []).forEach((scope, j) => (scope.log_records ?? []).forEach((record, k) => out.push({ resource, scope, record, where: `resource_logs[${i}].scope_logs[${j}].log_records[${k}]` }))),
  );
  return out;
}

/** A LogsData holding only this record, with its resource and scope (a dead-letter value that replays just it). */
export function recordAlone(r: LocatedRecord): LogsData {
  return { resource_logs: [{ ...r.resource, scope_logs: [{ ...r.scope, log_records: [r.record] }] }] };
}

/** A record the processor cannot turn into a row. */
export class LogInputError extends Error {
  constructor(
    readonly reason: LogRejectReason,
    message: string,
  ) {
    super(message);
    this.name = 'LogInputError';
  }
}


const isMap = (v: AttributeValue): v is Attributes => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/**
 * Redacts a body in place where it is structured: a map body as attributes (keys at any depth,
 * URL attributes' query parameters), and the maps inside an array body. A string body is free
 * text, left as it is: the rules name keys, and a line has none. Returns the values replaced.
 */
export function redactBody(body: AttributeValue | undefined, redactor: Redactor): number {
  if (body === undefined) return 0;
  if (isMap(body)) return redactor.redact(body);
  if (Array.isArray(body)) return body.reduce<number>((n, item) => n + redactBody(item, redactor), 0);
  return 0;
}

/**
 * The attribute in which the log path says what it changed to store a record (a time past what the
 * column holds, a severity number no level has): a sentence, or a list of them, as the collector's
 * receivers say it on spans.
 */
export const LOG_WARNING_ATTRIBUTE = 'tracehouse.warning';

/**
 * The row of one log record: the record's time (its observed time when it has none, as the OTel
 * logs data model says), ids as hex ('' outside a trace), `service.name` else `unknown_service`,
 * attributes and a map body redacted. Returns how many values were redacted beside the row.
 * Values the view cannot hold are stored as close as it can, never refused (ARCHITECTURE.md: times
 * are kept whatever they are): a time after 2262-04-11 as the latest the column holds, a severity
 * number above 255 as 0 (unspecified), each with a warning in {@link LOG_WARNING_ATTRIBUTE}
 * giving the value as sent.
 * @throws {LogInputError} for a record with an id of the wrong length, naming the field.
 */
export function buildLogRow(r: LocatedRecord, context: LogContext, redactor: Redactor): { row: LogRow; redacted: number } {
  const { record, resource, scope } = r;
  let traceId: string;
  try {
    traceId = logRecordTraceId(record, () => r.where);
  } catch (err) {
    throw new LogInputError('invalid_id', err instanceof Error ? err.message : String(err));
  }
  const spanId = record.span_id && record.span_id.length === 8 && traceId !== '' ? Buffer.from(record.span_id).toString('hex') : '';
  const warnings: string[] = [];
  const column = (ns: bigint, field: string): bigint => {
    if (ns <= MAX_DATETIME64_NS) return ns;
    warnings.push(`${field} ${ns} is after 2262-04-11T23:47:16.854775807Z, the latest the time column can hold; it holds that`);
    return MAX_DATETIME64_NS;
  };
  const observed = column(uint64(record.observed_time_unix_nano), 'observed_time_unix_nano');
  const sentTime = uint64(record.time_unix_nano);
  const time = sentTime === 0n ? observed : column(sentTime, 'time_unix_nano');
  let severity = record.severity_number ?? 0;
  if (!Number.isInteger(severity) || severity < 0 || severity > 255) {
    warnings.push(`severity_number ${severity} is not a severity number (0-24); stored as 0 (unspecified)`);
    severity = 0;
  }
  const attrs = attributes(record.attributes);
  const body = anyValue(record.body);
  const redacted = redactor.redact(attrs) + redactBody(body, redactor);
  if (warnings.length > 0) {
    const sent = attrs[LOG_WARNING_ATTRIBUTE];
    attrs[LOG_WARNING_ATTRIBUTE] = [...(sent === undefined ? [] : Array.isArray(sent) ? sent : [sent]), ...warnings];
  }
  return {
    redacted,
    row: {
      tenant: context.tenant,
      serviceName: resourceServiceName(resource.resource),
      timeUnixNano: time,
      observedTimeUnixNano: observed,
      traceId,
      spanId,
      traceFlags: (record.flags ?? 0) & 0xff,
      severityNumber: severity,
      severityText: record.severity_text ?? '',
      body,
      eventName: record.event_name ?? '',
      attributes: attrs,
      resourceAttributes: attributes(resource.resource?.attributes),
      scopeName: scope.scope?.name ?? '',
      scopeVersion: scope.scope?.version ?? '',
      droppedAttributesCount: record.dropped_attributes_count ?? 0,
      receivedAtMs: context.receivedAtMs,
    },
  };
}
