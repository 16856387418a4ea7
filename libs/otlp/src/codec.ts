import { OtlpDecodeError } from './errors';
import { pb, type ExportTraceServiceRequest, type ExportTraceServiceResponse, type TracesData } from './types';

interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function decodeWith<T>(type: MessageType<T>, name: string, bytes: Uint8Array): T {
  if (!(bytes instanceof Uint8Array)) {
    throw new OtlpDecodeError(`${name}: expected protobuf bytes (a Uint8Array), got ${typeof bytes}.`);
  }
  try {
    return type.decode(bytes);
  } catch (err) {
    // protobufjs reports truncation and bad wire types as plain Errors; say which message it was.
    const reason = err instanceof Error ? err.message : String(err);
    throw new OtlpDecodeError(`${name}: the ${bytes.length} bytes are not a valid ${name} protobuf (${reason}).`, { cause: err });
  }
}

/**
 * Decodes OTLP `TracesData` protobuf bytes (the `otlp-spans` topic value) into a plain message.
 * 64-bit integers come back as `Long`; unknown fields are kept in `$unknowns` and re-encoded.
 * @throws {OtlpDecodeError} when the bytes are not a `TracesData`.
 */
export function decodeTracesData(bytes: Uint8Array): TracesData {
  return decodeWith<TracesData>(pb.TracesData, 'TracesData', bytes);
}

/** Encodes a `TracesData` message into protobuf bytes. */
export function encodeTracesData(message: TracesData): Uint8Array {
  return pb.TracesData.encode(message).finish();
}

/**
 * Decodes an OTLP `ExportTraceServiceRequest` (OTLP/gRPC and OTLP/HTTP protobuf body).
 * @throws {OtlpDecodeError} when the bytes are not an `ExportTraceServiceRequest`.
 */
export function decodeExportTraceServiceRequest(bytes: Uint8Array): ExportTraceServiceRequest {
  return decodeWith<ExportTraceServiceRequest>(pb.ExportTraceServiceRequest, 'ExportTraceServiceRequest', bytes);
}

/** Encodes an `ExportTraceServiceRequest` into protobuf bytes. */
export function encodeExportTraceServiceRequest(message: ExportTraceServiceRequest): Uint8Array {
  return pb.ExportTraceServiceRequest.encode(message).finish();
}

/**
 * Decodes an OTLP `ExportTraceServiceResponse`.
 * @throws {OtlpDecodeError} when the bytes are not an `ExportTraceServiceResponse`.
 */
export function decodeExportTraceServiceResponse(bytes: Uint8Array): ExportTraceServiceResponse {
  return decodeWith<ExportTraceServiceResponse>(pb.ExportTraceServiceResponse, 'ExportTraceServiceResponse', bytes);
}

/** Encodes an `ExportTraceServiceResponse` (e.g. with `partial_success.rejected_spans`) into protobuf bytes. */
export function encodeExportTraceServiceResponse(message: ExportTraceServiceResponse): Uint8Array {
  return pb.ExportTraceServiceResponse.encode(message).finish();
}
