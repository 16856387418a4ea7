// Jaeger gRPC transport: jaeger.api_v2.CollectorService/PostSpans (jaeger-idl
// proto/api_v2/collector.proto; see jaeger-api-v2.proto here). The answer is an empty
// PostSpansResponse, whose protobuf encoding is zero bytes.
import type { GrpcMethod } from '../../transport/grpc-receiver';

const EMPTY = Buffer.alloc(0);

/** CollectorService/PostSpans: the PostSpansRequest bytes go to the api_v2 decoder. */
export const jaegerGrpcMethod: GrpcMethod = {
  path: '/jaeger.api_v2.CollectorService/PostSpans',
  name: 'PostSpans',
  protocol: 'jaeger_grpc',
  respond: () => EMPTY,
};
