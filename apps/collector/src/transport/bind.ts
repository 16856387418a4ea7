// Turns receiver components into listening ports: one HttpReceiver, GrpcReceiver or UdpReceiver
// per port, on the port its config key names. HTTP components that name the same port key share
// one server (their paths merged), and so do gRPC components (their methods on one server), so a protocol version added beside another (Zipkin v1 next to
// v2 on 9411) is still only its own component. The collector derives its ports from RECEIVERS
// through this, so a receiver added to the list gets its route without touching the lifecycle.
import type { Logger } from '@tracehouse/observability';
import type { TenancyRules } from '@tracehouse/tenancy';
import type { CollectorConfig } from '../config/collector.config';
import type { InFlightBudget } from '../inflight';
import type { Ingest } from '../ingest';
import type { ReceiverComponent } from '../receivers/component';
import type { CollectorTelemetry } from '../telemetry';
import { GrpcReceiver } from './grpc-receiver';
import { HttpReceiver, type HttpEndpoint } from './http-receiver';
import { UdpReceiver } from './udp-receiver';
import type { ReceiverTls } from './tls';

/** What every port shares: the ingest path, limits, tenancy and telemetry. */
export interface SharedReceiverOptions {
  readonly ingest: Ingest;
  readonly budget: InFlightBudget;
  readonly tenancy: TenancyRules;
  readonly maxBodyBytes: number;
  readonly telemetry: CollectorTelemetry;
  readonly logger: Logger;
  /** TLS on every port (COLLECTOR_TLS_*), when configured. */
  readonly tls?: ReceiverTls;
}

/** A listening port of any transport. */
export type Listener = HttpReceiver | GrpcReceiver | UdpReceiver;

/**
 * One port per port key of `receivers`, in list order (an HTTP port where its first component
 * stands), bound as the components say (not started).
 * @throws {Error} components of different transports, or two UDP components, name one port key.
 */
export function bindReceivers(receivers: readonly ReceiverComponent[], config: CollectorConfig, shared: SharedReceiverOptions): Listener[] {
  const common = { ...shared, host: config.COLLECTOR_HOST };
  const httpLimits = {
    headersTimeoutMs: config.COLLECTOR_HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.COLLECTOR_HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.COLLECTOR_HTTP_KEEPALIVE_TIMEOUT_MS,
    maxConnections: config.COLLECTOR_MAX_CONNECTIONS,
  };
  const grpcLimits = {
    maxConnectionIdleMs: config.COLLECTOR_GRPC_MAX_CONNECTION_IDLE_MS,
    maxConnectionAgeMs: config.COLLECTOR_GRPC_MAX_CONNECTION_AGE_MS,
    maxConnectionAgeGraceMs: config.COLLECTOR_GRPC_MAX_CONNECTION_AGE_GRACE_MS,
    keepaliveTimeMs: config.COLLECTOR_GRPC_KEEPALIVE_TIME_MS,
    keepaliveTimeoutMs: config.COLLECTOR_GRPC_KEEPALIVE_TIMEOUT_MS,
    maxConcurrentStreams: config.COLLECTOR_GRPC_MAX_CONCURRENT_STREAMS,
    callTimeoutMs: config.COLLECTOR_GRPC_CALL_TIMEOUT_MS,
  };
  const byKey = new Map<string, ReceiverComponent[]>();
  for (const r of receivers) {
    const group = byKey.get(r.portKey);
    if (!group) byKey.set(r.portKey, [r]);
    else if (r.binding.kind === 'udp' || r.binding.kind !== group[0].binding.kind) {
      throw new Error(`Receivers ${group[0].name} and ${r.name} both listen on ${r.portKey}; only HTTP receivers, or gRPC receivers, can share a port.`);
    } else group.push(r);
  }
  return [...byKey.values()].map((group): Listener => {
    const first = group[0];
    const port = config[first.portKey];
    const name = group.filter((r) => !r.joinsPort).map((r) => r.name).join(' + ') || first.name;
    switch (first.binding.kind) {
      case 'grpc': {
        // gRPC components on one port are services of one server (OTLP traces and logs on 4317).
        const methods = group.flatMap((r) => (r.binding.kind === 'grpc' ? [r.binding.method] : []));
        return new GrpcReceiver({ ...common, name, port, methods, limits: grpcLimits });
      }
      case 'udp':
        return new UdpReceiver({
          ...common,
          name,
          port,
          protocol: first.protocols[0],
          tenant: config.COLLECTOR_UDP_TENANT,
          receiveBufferBytes: config.COLLECTOR_UDP_RECEIVE_BUFFER_BYTES,
          maxDatagramBytes: config.COLLECTOR_UDP_MAX_DATAGRAM_BYTES,
          maxInFlightDatagrams: config.COLLECTOR_UDP_MAX_INFLIGHT_DATAGRAMS,
        });
      case 'http': {
        const endpoints = group.flatMap((r): readonly HttpEndpoint[] => (r.binding.kind === 'http' ? r.binding.endpoints : []));
        return new HttpReceiver({ ...common, name, port, endpoints, retryAfterSeconds: config.COLLECTOR_RETRY_AFTER_SECONDS, limits: httpLimits });
      }
    }
  });
}
