import { defineReceiver } from '../component';
import { tracesDataSplit } from '../decoder';
import { decodeOtlpJson, splitOtlpProtobuf } from './decode';
import { otlpGrpcMethod } from './grpc';
import { otlpHttpEndpoint } from './http';

/** OTLP/gRPC: the request bytes go to the splitter undecoded. */
export const otlpGrpcReceiver = defineReceiver({
  name: 'OTLP/gRPC',
  protocols: ['otlp_grpc'],
  portKey: 'COLLECTOR_OTLP_GRPC_PORT',
  binding: { kind: 'grpc', method: otlpGrpcMethod },
  decode: (_protocol, body) => splitOtlpProtobuf(body),
});

/** OTLP/HTTP, protobuf (split undecoded) or OTLP/JSON. */
export const otlpHttpReceiver = defineReceiver({
  name: 'OTLP/HTTP',
  protocols: ['otlp_http_protobuf', 'otlp_http_json'],
  portKey: 'COLLECTOR_OTLP_HTTP_PORT',
  binding: { kind: 'http', endpoints: [otlpHttpEndpoint] },
  decode: (protocol, body) => (protocol === 'otlp_http_json' ? tracesDataSplit(decodeOtlpJson(body)) : splitOtlpProtobuf(body)),
});
