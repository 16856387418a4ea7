// OTLP/gRPC transport (https://opentelemetry.io/docs/specs/otlp/#otlpgrpc):
// opentelemetry.proto.collector.trace.v1.TraceService/Export; the answer is an
// ExportTraceServiceResponse, with partial_success when spans were rejected.
import Long from 'long';
import { encodeExportTraceServiceResponse } from '@tracehouse/otlp';
import type { IngestOutcome } from '../../ingest';
import type { GrpcMethod } from '../../transport/grpc-receiver';

/** TraceService/Export, served with the request bytes handed to the splitter undecoded. */
export const otlpGrpcMethod: GrpcMethod = {
  path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  name: 'Export',
  protocol: 'otlp_grpc',
  respond(outcome: IngestOutcome): Buffer {
    const response =
      outcome.rejectedSpans > 0 ? { partial_success: { rejected_spans: Long.fromNumber(outcome.rejectedSpans), error_message: outcome.rejectMessage ?? '' } } : {};
    const bytes = encodeExportTraceServiceResponse(response);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
};
