// OTLP logs decoders for the collector: the OTLP/gRPC and OTLP/HTTP protobuf body
// (opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest, opentelemetry-proto
// collector/logs/v1/logs_service.proto) and the OTLP/HTTP JSON body
// (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding). Both end in the same split
// by `otlp-logs` key (@tracehouse/otlp splitLogsByKey); this file puts their errors in the
// receivers' one error type.
import { decodeExportLogsServiceRequest, OtlpDecodeError, otlpJsonToLogsData, splitLogsByKey, type LogSplit, type LogsData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { parseOtlpJsonBody } from '../otlp/decode';

function rethrow(err: unknown): never {
  if (err instanceof OtlpDecodeError) throw new ReceiverDecodeError(err.message, { cause: err, problem: /\.(trace_?[iI]d|span_?[iI]d):/.test(err.message) ? 'invalid_id' : 'malformed' });
  throw err;
}

/**
 * Decodes an OTLP/JSON logs body into `LogsData`.
 * @throws {ReceiverDecodeError} when it is not JSON, naming the JSON path of a bad value otherwise.
 */
export function decodeOtlpLogsJson(body: Uint8Array | string): LogsData {
  const json = parseOtlpJsonBody(body);
  try {
    return otlpJsonToLogsData(json);
  } catch (err) {
    return rethrow(err);
  }
}

/**
 * Splits an OTLP logs body (protobuf `ExportLogsServiceRequest`, or OTLP/JSON) into one `LogsData`
 * per `otlp-logs` key. All or nothing: a record with an id of the wrong length rejects the request.
 * @throws {ReceiverDecodeError} naming the record and field that is wrong.
 */
export function splitOtlpLogs(body: Uint8Array, encoding: 'protobuf' | 'json', maxRecordBytes: number): LogSplit {
  const data = encoding === 'json' ? decodeOtlpLogsJson(body) : protobufLogs(body);
  try {
    return splitLogsByKey(data, { maxPartBytes: maxRecordBytes, naming: encoding === 'json' ? 'camel' : 'snake' });
  } catch (err) {
    return rethrow(err);
  }
}

function protobufLogs(body: Uint8Array): LogsData {
  try {
    return { resource_logs: decodeExportLogsServiceRequest(body).resource_logs ?? [] };
  } catch (err) {
    return rethrow(err);
  }
}
