// gRPC messages compressed with zstd, as the OpenTelemetry Collector's gRPC receivers read them.
//
// grpc-js (1.14) undoes a message's `grpc-encoding` itself, in
// BaseServerInterceptingCall#decompressMessage, before any handler or interceptor sees the call,
// and that method knows identity, deflate and gzip only: any other encoding is answered
// UNIMPLEMENTED, and the `grpc-encoding` header is removed before interceptors run, so no public
// hook can add one. This module adds zstd at that one place, bounded exactly as an HTTP body is
// (content-encoding.ts: frame headers checked before any allocation, then at most the call's
// receive limit inflated); every other encoding still goes to grpc-js's own code. It patches a
// method grpc-js does not export as API, so it checks the method is there and installs nothing
// otherwise (zstd then stays UNIMPLEMENTED, as before), and grpc-zstd.spec.ts fails the build the day
// an upgrade of grpc-js moves it.
import { status } from '@grpc/grpc-js';
import { ContentEncodingError, decodeContentEncoding } from './content-encoding';

/** The part of grpc-js's server call this module relies on. */
interface DecompressingCall {
  /** The server's `grpc.max_receive_message_length`, -1 for none. */
  maxReceiveMessageSize: number;
  /** `message` is the gRPC frame: 1 byte compressed flag, 4 bytes length, then the payload. */
  decompressMessage(message: Buffer, encoding: string): Buffer | Promise<Buffer>;
}

/** Bound when the server sets no receive limit (grpc-js's default is 4 MiB; the collector always sets one). */
const FALLBACK_MAX_BYTES = 4 * 1024 * 1024;
/** Bytes before a gRPC message's payload: the compressed flag and the length. */
const FRAME_PREFIX_BYTES = 5;

let installed: boolean | undefined;

/**
 * Lets every grpc-js server of this process read zstd-compressed messages. Idempotent. Returns
 * whether zstd is read: false when this grpc-js has no method to extend (zstd is then refused).
 */
export function installGrpcZstd(): boolean {
  if (installed !== undefined) return installed;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require('@grpc/grpc-js/build/src/server-interceptors') as { BaseServerInterceptingCall?: { prototype: Partial<DecompressingCall> } };
  const proto = module.BaseServerInterceptingCall?.prototype;
  const original = proto?.decompressMessage;
  if (proto === undefined || typeof original !== 'function') return (installed = false);
  proto.decompressMessage = function (this: DecompressingCall, message: Buffer, encoding: string): Buffer | Promise<Buffer> {
    if (encoding !== 'zstd') return original.call(this, message, encoding);
    const max = this.maxReceiveMessageSize === -1 ? FALLBACK_MAX_BYTES : this.maxReceiveMessageSize;
    return decodeContentEncoding(message.subarray(FRAME_PREFIX_BYTES), 'zstd', max).catch((err: unknown) => {
      // grpc-js sends the status of what this rejects with, as for its own gzip failures.
      if (err instanceof ContentEncodingError && err.problem === 'too_large') {
        throw { code: status.RESOURCE_EXHAUSTED, details: `Received message that decompresses to a size larger than ${max}` };
      }
      throw { code: status.INTERNAL, details: `Failed to decompress message: ${err instanceof Error ? err.message : String(err)}` };
    });
  };
  return (installed = true);
}
