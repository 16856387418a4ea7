// Raw HTTP and gRPC calls for the collector's integration tests: bodies go out exactly as given
// (no client library in between), so a test can send malformed input and read the answer.
import { request } from 'node:http';
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';

/** An HTTP answer as received. */
export interface HttpReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
  readonly text: string;
}

/** POSTs `body` to 127.0.0.1:port/path with `headers` (Content-Length is set unless given). */
export function post(port: number, path: string, body: Uint8Array | string, headers: Record<string, string> = {}, method = 'POST'): Promise<HttpReply> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { 'Content-Length': String(bytes.length), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buf, text: buf.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(bytes);
  });
}

/** A gRPC unary answer: the response bytes, or the status code and details. */
export interface GrpcReply {
  readonly code: number;
  readonly details: string;
  readonly response?: Buffer;
}

/** Calls unary `method` (full path) on 127.0.0.1:port with raw request bytes and optional metadata. */
export async function grpcCall(port: number, method: string, body: Uint8Array, metadata: Record<string, string> = {}): Promise<GrpcReply> {
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure());
  const md = new Metadata();
  for (const [k, v] of Object.entries(metadata)) md.set(k, v);
  const identity = (b: Buffer): Buffer => b;
  try {
    return await new Promise<GrpcReply>((resolve) => {
      client.makeUnaryRequest(method, identity, identity, Buffer.from(body), md, (err: ServiceError | null, response?: Buffer) => {
        resolve(err ? { code: err.code, details: err.details } : { code: 0, details: '', response });
      });
    });
  } finally {
    client.close();
  }
}

/** gRPC method paths of the collector. */
export const GRPC_METHODS = {
  otlpExport: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  jaegerPostSpans: '/jaeger.api_v2.CollectorService/PostSpans',
} as const;
