// OTLP/HTTP transport (https://opentelemetry.io/docs/specs/otlp/#otlphttp): POST /v1/traces with
// an ExportTraceServiceRequest as protobuf or OTLP/JSON; success is 200 with an
// ExportTraceServiceResponse in the request's encoding (partial_success when spans were
// rejected), a failure is its HTTP status with a google.rpc.Status body in that encoding.
import Long from 'long';
import { encodeExportTraceServiceResponse } from '@tracehouse/otlp';
import type { IngestOutcome } from '../../ingest';
import type { IngestError } from '../../reasons';
import type { ProtocolLabel } from '../../telemetry';
import type { HttpAnswer, HttpEndpoint } from '../../transport/http-receiver';
import { GRPC_CODE_NUMBERS, encodeRpcStatus } from '../../transport/status';

const PROTOBUF = 'application/x-protobuf';
const JSON_TYPE = 'application/json';

/** The OTLP/HTTP traces endpoint. */
export const otlpHttpEndpoint: HttpEndpoint = {
  path: '/v1/traces',
  defaultProtocol: 'otlp_http_protobuf',
  acceptedMediaTypes: [PROTOBUF, JSON_TYPE],
  protocolFor(mediaType: string): ProtocolLabel | undefined {
    if (mediaType === PROTOBUF || mediaType === 'application/protobuf') return 'otlp_http_protobuf';
    if (mediaType === JSON_TYPE) return 'otlp_http_json';
    return undefined;
  },
  ok(outcome: IngestOutcome, protocol: ProtocolLabel): HttpAnswer {
    const partial = outcome.rejectedSpans > 0 ? { rejected: outcome.rejectedSpans, message: outcome.rejectMessage ?? '' } : undefined;
    if (protocol === 'otlp_http_json') {
      // OTLP/JSON writes int64 as a decimal string.
      const body = partial ? { partialSuccess: { rejectedSpans: String(partial.rejected), errorMessage: partial.message } } : {};
      return { status: 200, contentType: JSON_TYPE, body: JSON.stringify(body) };
    }
    const response = partial ? { partial_success: { rejected_spans: Long.fromNumber(partial.rejected), error_message: partial.message } } : {};
    return { status: 200, contentType: PROTOBUF, body: encodeExportTraceServiceResponse(response) };
  },
  error(err: IngestError, protocol: ProtocolLabel | undefined): HttpAnswer {
    const code = GRPC_CODE_NUMBERS[err.httpStatus >= 500 && !err.retryable ? 'INTERNAL' : err.grpcCode];
    if (protocol === 'otlp_http_json' || protocol === undefined) {
      return { status: err.httpStatus, contentType: JSON_TYPE, body: JSON.stringify({ code, message: err.message }) };
    }
    return { status: err.httpStatus, contentType: PROTOBUF, body: encodeRpcStatus(code, err.message) };
  },
};
