// Turns receiver components into listening ports: one HttpReceiver or GrpcReceiver per component,
// on the port its config key names. The collector derives its ports from RECEIVERS through this,
// so a receiver added to the list gets its route without touching the lifecycle.
import type { Logger } from '@tracehouse/observability';
import type { TenancyRules } from '@tracehouse/tenancy';
import type { CollectorConfig } from '../config/collector.config';
import type { InFlightBudget } from '../inflight';
import type { Ingest } from '../ingest';
import type { ReceiverComponent } from '../receivers/component';
import type { CollectorTelemetry } from '../telemetry';
import { GrpcReceiver } from './grpc-receiver';
import { HttpReceiver } from './http-receiver';

/** What every port shares: the ingest path, limits, tenancy and telemetry. */
export interface SharedReceiverOptions {
  readonly ingest: Ingest;
  readonly budget: InFlightBudget;
  readonly tenancy: TenancyRules;
  readonly maxBodyBytes: number;
  readonly telemetry: CollectorTelemetry;
  readonly logger: Logger;
}

/** One port per component of `receivers`, in list order, bound as its component says (not started). */
export function bindReceivers(receivers: readonly ReceiverComponent[], config: CollectorConfig, shared: SharedReceiverOptions): Array<HttpReceiver | GrpcReceiver> {
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
  return receivers.map((r) => {
    const port = config[r.portKey];
    return r.binding.kind === 'grpc'
      ? new GrpcReceiver({ ...common, name: r.name, port, method: r.binding.method, limits: grpcLimits })
      : new HttpReceiver({ ...common, name: r.name, port, endpoints: r.binding.endpoints, retryAfterSeconds: config.COLLECTOR_RETRY_AFTER_SECONDS, limits: httpLimits });
  });
}
