// OTLP logs (opentelemetry-proto logs/v1/logs.proto and collector/logs/v1/logs_service.proto):
// plain-object views of the generated messages, their codecs, and the split of a request into one
// `LogsData` per routing key (the value of each `otlp-logs` record).
import { SPAN_ID_BYTES, TRACE_ID_BYTES, UNKNOWN_SERVICE, bytesToHex, isAllZero } from '@tracehouse/identity';
import { OtlpDecodeError } from './errors';
import { opentelemetry } from './generated/otlp';

/** OTLP `LogsData`: the value of every `otlp-logs` record. */
export type LogsData = opentelemetry.proto.logs.v1.LogsData.$Properties;
/** OTLP `ResourceLogs`: log records of one resource. */
export type ResourceLogs = opentelemetry.proto.logs.v1.ResourceLogs.$Properties;
/** OTLP `ScopeLogs`: log records of one instrumentation scope within a resource. */
export type ScopeLogs = opentelemetry.proto.logs.v1.ScopeLogs.$Properties;
/** OTLP `LogRecord`. */
export type LogRecord = opentelemetry.proto.logs.v1.LogRecord.$Properties;
/** OTLP `ExportLogsServiceRequest`: the body of OTLP/gRPC LogsService/Export and OTLP/HTTP `/v1/logs`. */
export type ExportLogsServiceRequest = opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.$Properties;
/** OTLP `ExportLogsServiceResponse`. */
export type ExportLogsServiceResponse = opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse.$Properties;

const LogsDataType = opentelemetry.proto.logs.v1.LogsData;
const RequestType = opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
const ResponseType = opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;

function decodeWith<T>(type: { decode(bytes: Uint8Array): T }, name: string, bytes: Uint8Array): T {
  if (!(bytes instanceof Uint8Array)) throw new OtlpDecodeError(`${name}: expected protobuf bytes (a Uint8Array), got ${typeof bytes}.`);
  try {
    return type.decode(bytes);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new OtlpDecodeError(`${name}: the ${bytes.length} bytes are not a valid ${name} protobuf (${reason}).`, { cause: err });
  }
}

/**
 * Decodes OTLP `LogsData` protobuf bytes (the `otlp-logs` topic value).
 * @throws {OtlpDecodeError} when the bytes are not a `LogsData`.
 */
export function decodeLogsData(bytes: Uint8Array): LogsData {
  return decodeWith<LogsData>(LogsDataType, 'LogsData', bytes);
}

/** Encodes a `LogsData` message into protobuf bytes. */
export function encodeLogsData(message: LogsData): Uint8Array {
  return LogsDataType.encode(message).finish();
}

/**
 * Decodes an OTLP `ExportLogsServiceRequest` (OTLP/gRPC and OTLP/HTTP protobuf body).
 * @throws {OtlpDecodeError} when the bytes are not an `ExportLogsServiceRequest`.
 */
export function decodeExportLogsServiceRequest(bytes: Uint8Array): ExportLogsServiceRequest {
  return decodeWith<ExportLogsServiceRequest>(RequestType, 'ExportLogsServiceRequest', bytes);
}

/** Encodes an `ExportLogsServiceRequest` into protobuf bytes. */
export function encodeExportLogsServiceRequest(message: ExportLogsServiceRequest): Uint8Array {
  return RequestType.encode(message).finish();
}

/** Encodes an `ExportLogsServiceResponse` (e.g. with `partial_success.rejected_log_records`). */
export function encodeExportLogsServiceResponse(message: ExportLogsServiceResponse): Uint8Array {
  return ResponseType.encode(message).finish();
}

/**
 * Decodes an OTLP `ExportLogsServiceResponse`.
 * @throws {OtlpDecodeError} when the bytes are not an `ExportLogsServiceResponse`.
 */
export function decodeExportLogsServiceResponse(bytes: Uint8Array): ExportLogsServiceResponse {
  return decodeWith<ExportLogsServiceResponse>(ResponseType, 'ExportLogsServiceResponse', bytes);
}

/** One value of a {@link LogSplit}: the `LogsData` bytes of one key and how many records it holds. */
export interface LogPart {
  /** The trace id (32 lowercase hex digits) of every record in the part, or undefined when they have none. */
  readonly traceId: string | undefined;
  /** The `service.name` of the part's resource when it has no trace id. */
  readonly service: string;
  readonly value: Uint8Array;
  readonly records: number;
}

/**
 * The result of {@link splitLogsByKey}: the parts to write, each the `LogsData` of one key (a
 * trace id, else a service name), in the order keys first appear in the request.
 */
export class LogSplit {
  readonly parts: LogPart[] = [];
  /** Log records in the request (all of them are in `parts`: bad input rejects the whole request). */
  records = 0;
}

/** Options of {@link splitLogsByKey}. */
export interface SplitLogsOptions {
  /** Largest part value; a key with more is cut into several parts. */
  readonly maxPartBytes: number;
  /** How the record's path is named in errors: `snake` for protobuf field names, `camel` for OTLP/JSON. */
  readonly naming?: 'snake' | 'camel';
}

/** The string `service.name` of a resource, else {@link UNKNOWN_SERVICE} (the OpenTelemetry default). */
export function resourceServiceName(resource: ResourceLogs['resource']): string {
  for (const kv of resource?.attributes ?? []) {
    if (kv.key === 'service.name') {
      // A decoded AnyValue names its case (generated oneofs may leave an earlier case's field set).
      const v = kv.value;
      const s = v && (v.value === undefined || v.value === 'string_value') ? v.string_value : undefined;
      return typeof s === 'string' && s !== '' ? s : UNKNOWN_SERVICE;
    }
  }
  return UNKNOWN_SERVICE;
}

/**
 * The trace id of a log record as hex, '' when it has none. An absent or all-zero id (what SDKs
 * send outside a span) means "not in a trace", as the OTLP spec's LogRecord.trace_id says; any
 * other length is bad input.
 * @throws {OtlpDecodeError} naming `where` when the id has a length other than 0 or 16 bytes, or the span id one other than 0 or 8.
 */
export function logRecordTraceId(record: LogRecord, where: () => string, naming: 'snake' | 'camel' = 'snake'): string {
  const traceId = record.trace_id;
  const spanId = record.span_id;
  if (spanId && spanId.length !== 0 && spanId.length !== SPAN_ID_BYTES) {
    throw new OtlpDecodeError(`${where()}.${naming === 'snake' ? 'span_id' : 'spanId'}: expected ${SPAN_ID_BYTES} bytes (16 hex characters) or none, got ${spanId.length} bytes.`);
  }
  if (!traceId || traceId.length === 0) return '';
  if (traceId.length !== TRACE_ID_BYTES) {
    throw new OtlpDecodeError(`${where()}.${naming === 'snake' ? 'trace_id' : 'traceId'}: expected ${TRACE_ID_BYTES} bytes (32 hex characters) or none, got ${traceId.length} bytes.`);
  }
  return isAllZero(traceId) ? '' : bytesToHex(traceId);
}

interface KeyAcc {
  readonly traceId: string | undefined;
  readonly service: string;
  readonly resources: ResourceLogs[];
  /** The input resource and scope the last output resource and scope were copied from. */
  fromRl: ResourceLogs | undefined;
  fromSl: ScopeLogs | undefined;
  outSl: ScopeLogs | undefined;
  records: number;
}

/**
 * Splits OTLP logs (`LogsData` or an `ExportLogsServiceRequest`, which share field 1) into one
 * `LogsData` per key: the log records of one trace (key: its trace id) or, for records outside any
 * trace, of one service (key: the resource's `service.name`), each with its resource and scope, in
 * input order. A key holding more than `maxPartBytes` is cut into several parts.
 *
 * Unlike spans, a log record without a trace id is valid, so nothing is left out: a record with an
 * id of the wrong length, or one that alone is larger than a part may be, makes the whole request
 * bad input (the caller answers 400 and writes nothing).
 * @throws {OtlpDecodeError} naming the record and field that is wrong.
 */
export function splitLogsByKey(data: LogsData, options: SplitLogsOptions): LogSplit {
  const naming = options.naming ?? 'snake';
  const names = naming === 'snake' ? { rl: 'resource_logs', sl: 'scope_logs', lr: 'log_records' } : { rl: 'resourceLogs', sl: 'scopeLogs', lr: 'logRecords' };
  const byKey = new Map<string, KeyAcc>();
  const split = new LogSplit();
  const resourceLogs = data.resource_logs ?? [];
  for (let i = 0; i < resourceLogs.length; i++) {
    const rl = resourceLogs[i];
    const service = resourceServiceName(rl.resource);
    const scopes = rl.scope_logs ?? [];
    for (let j = 0; j < scopes.length; j++) {
      const sl = scopes[j];
      const records = sl.log_records ?? [];
      for (let k = 0; k < records.length; k++) {
        const record = records[k];
        const traceId = logRecordTraceId(record, () => `${names.rl}[${i}].${names.sl}[${j}].${names.lr}[${k}]`, naming);
        const key = traceId === '' ? `service\u0000${service}` : traceId;
        let acc = byKey.get(key);
        if (!acc) {
          acc = { traceId: traceId === '' ? undefined : traceId, service, resources: [], fromRl: undefined, fromSl: undefined, outSl: undefined, records: 0 };
          byKey.set(key, acc);
        }
        if (acc.fromRl !== rl) {
          acc.fromRl = rl;
          acc.fromSl = undefined;
          acc.resources.push({ ...rl, scope_logs: [] });
        }
        if (acc.fromSl !== sl || !acc.outSl) {
          acc.fromSl = sl;
          acc.outSl = { ...sl, log_records: [] };
          (acc.resources[acc.resources.length - 1].scope_logs as ScopeLogs[]).push(acc.outSl);
        }
        (acc.outSl.log_records as LogRecord[]).push(record);
        acc.records++;
        split.records++;
      }
    }
  }
  for (const acc of byKey.values()) {
    const value = encodeLogsData({ resource_logs: acc.resources });
    if (value.length <= options.maxPartBytes) split.parts.push({ traceId: acc.traceId, service: acc.service, value, records: acc.records });
    else for (const part of chunkLogs(acc, options.maxPartBytes)) split.parts.push(part);
  }
  return split;
}

/** Cuts one key's records into parts of at most `maxBytes`, each with its records' resource and scope. */
function chunkLogs(acc: KeyAcc, maxBytes: number): LogPart[] {
  const parts: LogPart[] = [];
  let current: ResourceLogs[] = [];
  let currentBytes = 0;
  let count = 0;
  let fromRl: ResourceLogs | undefined;
  let fromSl: ScopeLogs | undefined;
  let outSl: ScopeLogs | undefined;
  const flush = (): void => {
    if (count > 0) parts.push({ traceId: acc.traceId, service: acc.service, value: encodeLogsData({ resource_logs: current }), records: count });
    current = [];
    currentBytes = 0;
    count = 0;
    fromRl = fromSl = outSl = undefined;
  };
  for (const rl of acc.resources) {
    for (const sl of rl.scope_logs ?? []) {
      for (const record of sl.log_records ?? []) {
        const size = encodeLogsData({ resource_logs: [{ ...rl, scope_logs: [{ ...sl, log_records: [record] }] }] }).length;
        if (size > maxBytes) {
          throw new OtlpDecodeError(`a log record of ${acc.traceId ? `trace ${acc.traceId}` : `service ${acc.service}`} is ${size} bytes with its resource and scope, larger than the ${maxBytes}-byte record limit.`);
        }
        // A part is never larger than the sum of its one-record encodings, so this keeps it under maxBytes.
        if (currentBytes + size > maxBytes) flush();
        if (fromRl !== rl) {
          fromRl = rl;
          fromSl = undefined;
          current.push({ ...rl, scope_logs: [] });
        }
        if (fromSl !== sl || !outSl) {
          fromSl = sl;
          outSl = { ...sl, log_records: [] };
          (current[current.length - 1].scope_logs as ScopeLogs[]).push(outSl);
        }
        (outSl.log_records as LogRecord[]).push(record);
        currentBytes += size;
        count++;
      }
    }
  }
  flush();
  return parts;
}
