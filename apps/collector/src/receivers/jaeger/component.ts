import { defineReceiver } from '../component';
import { tracesDataSplit } from '../decoder';
import { decodeJaegerProto, decodeJaegerThrift } from './decode';
import { jaegerGrpcMethod } from './grpc';
import { jaegerThriftHttpEndpoint } from './http';

/** Jaeger gRPC: CollectorService/PostSpans with an api_v2 PostSpansRequest. */
export const jaegerGrpcReceiver = defineReceiver({
  name: 'Jaeger gRPC',
  protocols: ['jaeger_grpc'],
  portKey: 'COLLECTOR_JAEGER_GRPC_PORT',
  binding: { kind: 'grpc', method: jaegerGrpcMethod },
  decode: (_protocol, body) => tracesDataSplit(decodeJaegerProto(body)),
});

/** Jaeger Thrift (binary) over HTTP: POST /api/traces. */
export const jaegerThriftHttpReceiver = defineReceiver({
  name: 'Jaeger Thrift HTTP',
  protocols: ['jaeger_thrift_http'],
  portKey: 'COLLECTOR_JAEGER_THRIFT_HTTP_PORT',
  binding: { kind: 'http', endpoints: [jaegerThriftHttpEndpoint] },
  decode: (_protocol, body) => tracesDataSplit(decodeJaegerThrift(body)),
});
