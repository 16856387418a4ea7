import { Server, ServerInterceptingCall, status, type Metadata, type ServerInterceptor, type ServerUnaryCall, type ServiceDefinition, type sendUnaryData } from '@grpc/grpc-js';
import type { Logger } from '@tracehouse/observability';
import { resolveTenant, type TenancyRules } from '@tracehouse/tenancy';
import type { InFlightBudget } from '../inflight';
import type { Ingest, IngestOutcome } from '../ingest';
import { IngestError } from '../reasons';
import { UNKNOWN_TENANT, type CollectorTelemetry, type ProtocolLabel } from '../telemetry';
import { GRPC_CODE_NUMBERS } from './status';
import { installGrpcZstd } from './grpc-zstd';
import { grpcCredentials, peerCertificateOfCall, type ReceiverTls } from './tls';

/** The one unary method a gRPC receiver port serves. */
export interface GrpcMethod {
  /** Full method path, e.g. `/opentelemetry.proto.collector.trace.v1.TraceService/Export`. */
  readonly path: string;
  /** The method's name in its service (the key of the service definition). */
  readonly name: string;
  readonly protocol: ProtocolLabel;
  /** The response message bytes for an accepted request. */
  respond(outcome: IngestOutcome): Buffer;
}

/** Options of {@link GrpcReceiver}. */
export interface GrpcReceiverOptions {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  /** The unary methods served on the port (their paths must differ). */
  readonly methods: readonly GrpcMethod[];
  readonly ingest: Ingest;
  readonly budget: InFlightBudget;
  readonly tenancy: TenancyRules;
  readonly maxBodyBytes: number;
  readonly telemetry: CollectorTelemetry;
  readonly logger: Logger;
  /** Serve over TLS with this certificate (and client CA); plaintext HTTP/2 without. */
  readonly tls?: ReceiverTls;
  /** Connection and call limits (COLLECTOR_GRPC_*). */
  readonly limits: GrpcConnectionLimits;
}

/** What grpc-js enforces per connection, and how long a call may take to deliver its request. */
export interface GrpcConnectionLimits {
  /** A connection without calls for this long is closed (GOAWAY). */
  readonly maxConnectionIdleMs: number;
  /** A connection older than this is closed (GOAWAY), after a grace period for its calls. */
  readonly maxConnectionAgeMs: number;
  readonly maxConnectionAgeGraceMs: number;
  /** The server pings a connection this often and closes it when a ping is not answered in time. */
  readonly keepaliveTimeMs: number;
  readonly keepaliveTimeoutMs: number;
  /** Calls in flight on one connection (HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS). */
  readonly maxConcurrentStreams: number;
  /** A call must deliver its whole request (message and end of stream) within this, or it is ended. */
  readonly callTimeoutMs: number;
}

const identity = (b: Buffer): Buffer => b;

/**
 * One gRPC receiver port (@grpc/grpc-js) serving one or more unary methods. Each method is registered with an identity deserializer,
 * so the request bytes go straight to the decoder (for OTLP, the wire-level splitter) instead of
 * through a full protobuf decode. Message size (after decompression) is capped by grpc-js at
 * COLLECTOR_MAX_BODY_BYTES (RESOURCE_EXHAUSTED above it).
 */
export class GrpcReceiver {
  private server: Server | undefined;
  private boundPort = 0;
  private closing = false;
  private detachTls: (() => void) | undefined;

  constructor(private readonly options: GrpcReceiverOptions) {}

  get port(): number {
    return this.boundPort;
  }

  /** Binds the port; rejects when it cannot be bound. */
  async start(): Promise<void> {
    // zstd besides grpc-js's own gzip and deflate (grpc-zstd.ts).
    installGrpcZstd();
    const { methods, limits } = this.options;
    const server = new Server({
      'grpc.max_receive_message_length': this.options.maxBodyBytes,
      'grpc.max_send_message_length': 4 * 1024 * 1024,
      'grpc.max_connection_idle_ms': limits.maxConnectionIdleMs,
      'grpc.max_connection_age_ms': limits.maxConnectionAgeMs,
      'grpc.max_connection_age_grace_ms': limits.maxConnectionAgeGraceMs,
      'grpc.keepalive_time_ms': limits.keepaliveTimeMs,
      'grpc.keepalive_timeout_ms': limits.keepaliveTimeoutMs,
      'grpc.max_concurrent_streams': limits.maxConcurrentStreams,
      interceptors: [this.callTimeout()],
    });
    // One service per method: methods of different services may share a name (both OTLP services
    // call theirs `Export`); grpc-js routes by path.
    for (const method of methods) {
      const definition: ServiceDefinition = {
        [method.name]: {
          path: method.path,
          requestStream: false,
          responseStream: false,
          requestSerialize: identity,
          requestDeserialize: identity,
          responseSerialize: identity,
          responseDeserialize: identity,
        },
      };
      server.addService(definition, { [method.name]: (call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>) => void this.handle(method, call, callback) });
    }
    const { credentials, close } = grpcCredentials(this.options.tls);
    this.detachTls = close;
    this.boundPort = await new Promise<number>((resolve, reject) => {
      server.bindAsync(`${this.options.host}:${this.options.port}`, credentials, (err, port) => (err ? reject(err) : resolve(port)));
    });
    this.server = server;
  }

  /** Stops taking calls and waits (up to `timeoutMs`) for calls being answered. Idempotent. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const server = this.server;
    if (!server || this.closing) return;
    this.closing = true;
    await Promise.race([
      new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
      new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
    server.forceShutdown();
    this.detachTls?.();
  }

  /**
   * Ends a call that has not delivered its request (message and half-close) within
   * `callTimeoutMs`: a client that opens a call and never finishes it holds a stream otherwise
   * until its own deadline, if it set one. Server interceptors are grpc-js's hook for this.
   */
  private callTimeout(): ServerInterceptor {
    const { callTimeoutMs } = this.options.limits;
    return (_method, call) => {
      let timer: NodeJS.Timeout | undefined;
      const clear = (): void => {
        clearTimeout(timer);
        timer = undefined;
      };
      return new ServerInterceptingCall(call, {
        start: (next) => {
          timer = setTimeout(() => {
            timer = undefined;
            this.options.telemetry.connectionClosed(this.options.name, 'request_timeout');
            call.sendStatus({ code: status.DEADLINE_EXCEEDED, details: `The call did not deliver its request within ${callTimeoutMs} ms (COLLECTOR_GRPC_CALL_TIMEOUT_MS); the collector ended it.` });
          }, callTimeoutMs);
          timer.unref();
          next({ onReceiveHalfClose: (nextHalfClose) => (clear(), nextHalfClose()), onCancel: clear });
        },
        sendStatus: (statusObject, next) => {
          clear();
          next(statusObject);
        },
      });
    };
  }

  private async handle(method: GrpcMethod, call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>): Promise<void> {
    const started = process.hrtime.bigint();
    const { telemetry } = this.options;
    let tenant = UNKNOWN_TENANT;
    const reservation = this.options.budget.tryReserve(call.request.length);
    try {
      const peer = this.options.tenancy.clientCertificate ? peerCertificateOfCall(call) : undefined;
      const resolved = resolveTenant((name) => metadataValue(call.metadata, name), this.options.tenancy, peer);
      if (!resolved.ok) throw new IngestError(resolved.reason, resolved.message);
      tenant = resolved.tenant;
      if (this.closing) throw new IngestError('shutting_down', 'The collector is shutting down; retry against another instance.');
      this.options.ingest.assertAvailable(method.protocol);
      // grpc-js has already read the message; refusing it still keeps it from waiting on Kafka.
      if (!reservation) {
        throw new IngestError('overloaded', `The collector holds its limit of ${this.options.budget.capacity} bytes of requests in flight (COLLECTOR_MAX_INFLIGHT_BYTES); retry later.`);
      }
      const outcome = await this.options.ingest.ingest(method.protocol, call.request, tenant, Date.now());
      callback(null, method.respond(outcome));
      telemetry.observeRequest(method.protocol, 'ok', started);
    } catch (err) {
      const ingestError = err instanceof IngestError ? err : undefined;
      if (!ingestError) this.options.logger.error({ err, receiver: this.options.name }, 'unexpected error ingesting a call');
      const e = ingestError ?? new IngestError('malformed', 'The collector failed to process the request.', { httpStatus: 500 });
      telemetry.rejected(method.protocol, tenant, e.reason, e.spans, e.message);
      telemetry.observeRequest(method.protocol, e.reason, started);
      callback({ code: ingestError ? GRPC_CODE_NUMBERS[e.grpcCode] : status.INTERNAL, details: e.message });
    } finally {
      reservation?.release();
    }
  }
}

function metadataValue(metadata: Metadata, name: string): string | undefined {
  const v = metadata.get(name)[0];
  return v === undefined ? undefined : typeof v === 'string' ? v : v.toString('utf8');
}
