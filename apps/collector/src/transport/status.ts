import * as protobuf from 'protobufjs';
import type { GrpcCode } from '../reasons';

/** Numeric gRPC status codes (google.rpc.Code) of the codes the collector answers with. */
export const GRPC_CODE_NUMBERS: Record<GrpcCode, number> = {
  INVALID_ARGUMENT: 3,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
};

/**
 * A `google.rpc.Status` message (code = 1, message = 2) as protobuf bytes: the body of an OTLP/HTTP
 * error answer to a protobuf request (https://opentelemetry.io/docs/specs/otlp/#failures-1).
 */
export function encodeRpcStatus(code: number, message: string): Uint8Array {
  return protobuf.Writer.create().uint32(8).int32(code).uint32(18).string(message).finish();
}
