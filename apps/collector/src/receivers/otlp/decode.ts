// OTLP trace decoders for the collector: the OTLP/gRPC and OTLP/HTTP protobuf body
// (opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest) and the OTLP/HTTP JSON body
// (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding). The codecs live in
// @tracehouse/otlp; this file only puts their errors in the receivers' one error type.
import {
  decodeExportTraceServiceRequest,
  OtlpDecodeError,
  otlpJsonToTracesData,
  splitTracesDataByTrace,
  type TraceSplit,
  type TracesData,
} from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';

function rethrow(err: unknown): never {
  if (err instanceof OtlpDecodeError) throw new ReceiverDecodeError(err.message, { cause: err });
  throw err;
}

/**
 * Decodes an OTLP protobuf `ExportTraceServiceRequest` body into `TracesData`.
 * @throws {ReceiverDecodeError} when the bytes are not an ExportTraceServiceRequest.
 */
export function decodeOtlpProtobuf(body: Uint8Array): TracesData {
  try {
    return { resource_spans: decodeExportTraceServiceRequest(body).resource_spans ?? [] };
  } catch (err) {
    return rethrow(err);
  }
}

/**
 * An OTLP/JSON body (traces or logs) parsed as JSON, not yet read as OTLP.
 * @throws {ReceiverDecodeError} when it is not JSON.
 */
export function parseOtlpJsonBody(body: Uint8Array | string): unknown {
  try {
    return JSON.parse(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    throw new ReceiverDecodeError(`OTLP/JSON: the body is not valid JSON (${err instanceof Error ? err.message : String(err)}).`, { cause: err });
  }
}

/**
 * Decodes an OTLP/JSON body (`Content-Type: application/json`) into `TracesData`.
 * @throws {ReceiverDecodeError} when it is not JSON, naming the JSON path of a bad value otherwise.
 */
export function decodeOtlpJson(body: Uint8Array | string): TracesData {
  const json = parseOtlpJsonBody(body);
  try {
    return otlpJsonToTracesData(json);
  } catch (err) {
    return rethrow(err);
  }
}

/**
 * Splits an OTLP protobuf body into one `TracesData` per trace without a full decode (the hot
 * path for OTLP/gRPC and OTLP/HTTP protobuf); spans with invalid ids are counted, not routed.
 * @throws {ReceiverDecodeError} when the bytes are not an ExportTraceServiceRequest.
 */
export function splitOtlpProtobuf(body: Uint8Array): TraceSplit {
  try {
    return splitTracesDataByTrace(body);
  } catch (err) {
    return rethrow(err);
  }
}
