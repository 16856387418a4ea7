import { defineReceiver } from '../component';
import { splitOtlpLogs } from './decode';
import { otlpLogsGrpcMethod } from './grpc';
import { otlpLogsHttpEndpoint } from './http';

/** OTLP/gRPC logs: LogsService/Export on the OTLP gRPC port, beside TraceService/Export. */
export const otlpLogsGrpcReceiver = defineReceiver({
  name: 'OTLP/gRPC logs',
  protocols: ['otlp_logs_grpc'],
  signal: 'logs',
  portKey: 'COLLECTOR_OTLP_GRPC_PORT',
  joinsPort: true,
  binding: { kind: 'grpc', method: otlpLogsGrpcMethod },
  decode: (_protocol, body, context) => splitOtlpLogs(body, 'protobuf', context.maxRecordBytes),
});

/** OTLP/HTTP logs, protobuf or OTLP/JSON: POST /v1/logs on the OTLP HTTP port, beside /v1/traces. */
export const otlpLogsHttpReceiver = defineReceiver({
  name: 'OTLP/HTTP logs',
  protocols: ['otlp_logs_http_protobuf', 'otlp_logs_http_json'],
  signal: 'logs',
  portKey: 'COLLECTOR_OTLP_HTTP_PORT',
  joinsPort: true,
  binding: { kind: 'http', endpoints: [otlpLogsHttpEndpoint] },
  decode: (protocol, body, context) => splitOtlpLogs(body, protocol === 'otlp_logs_http_json' ? 'json' : 'protobuf', context.maxRecordBytes),
});
