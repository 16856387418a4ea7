import { defineReceiver } from '../component';
import { tracesDataSplit } from '../decoder';
import { decodeJaegerAgentDatagram } from './agent';
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

/** Jaeger agent UDP, Thrift compact: one `Agent.emitBatch` per datagram (jaeger-client's default agent protocol in most languages). */
export const jaegerAgentCompactReceiver = defineReceiver({
  name: 'Jaeger agent (compact)',
  protocols: ['jaeger_agent_compact'],
  portKey: 'COLLECTOR_JAEGER_AGENT_COMPACT_PORT',
  binding: { kind: 'udp' },
  decode: (_protocol, body) => tracesDataSplit(decodeJaegerAgentDatagram(body, 'compact')),
});

/** Jaeger agent UDP, Thrift binary: one `Agent.emitBatch` per datagram (what jaeger-client for Node.js sends). */
export const jaegerAgentBinaryReceiver = defineReceiver({
  name: 'Jaeger agent (binary)',
  protocols: ['jaeger_agent_binary'],
  portKey: 'COLLECTOR_JAEGER_AGENT_BINARY_PORT',
  binding: { kind: 'udp' },
  decode: (_protocol, body) => tracesDataSplit(decodeJaegerAgentDatagram(body, 'binary')),
});
