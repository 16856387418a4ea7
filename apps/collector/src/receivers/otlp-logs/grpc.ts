// OTLP/gRPC logs transport (https://opentelemetry.io/docs/specs/otlp/#otlpgrpc):
// opentelemetry.proto.collector.logs.v1.LogsService/Export on the traces' port; the answer is an
// ExportLogsServiceResponse.
import { encodeExportLogsServiceResponse } from '@tracehouse/otlp';
import type { GrpcMethod } from '../../transport/grpc-receiver';

/** LogsService/Export. Logs are accepted whole or refused (never partly), so the answer is always empty. */
export const otlpLogsGrpcMethod: GrpcMethod = {
  path: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
  name: 'Export',
  protocol: 'otlp_logs_grpc',
  respond(): Buffer {
    const bytes = encodeExportLogsServiceResponse({});
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
};
