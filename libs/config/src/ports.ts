/**
 * Default ports, in one place. The Helm values, the compose file and the README repeat these
 * numbers; a test compares them with this table.
 */
export const DEFAULT_PORTS = {
  /** OTLP gRPC receiver (traces). */
  otlpGrpc: 4317,
  /** OTLP HTTP receiver, protobuf and JSON, `/v1/traces`. */
  otlpHttp: 4318,
  /** Jaeger gRPC receiver, `jaeger.api_v2.CollectorService/PostSpans`. */
  jaegerGrpc: 14250,
  /** Jaeger Thrift over HTTP receiver, `POST /api/traces`. */
  jaegerThriftHttp: 14268,
  /** Zipkin receiver, `POST /api/v2/spans` and `POST /api/v1/spans`. */
  zipkin: 9411,
  /** Jaeger agent UDP, Thrift compact `Agent.emitBatch`. */
  jaegerAgentCompact: 6831,
  /** Jaeger agent UDP, Thrift binary `Agent.emitBatch`. */
  jaegerAgentBinary: 6832,
  /** Query API (Jaeger HTTP API compatible). */
  query: 16686,
} as const;

/** Admin port (`/healthz`, `/readyz`, `/metrics`) of each service, distinct so all can share one host. */
export const DEFAULT_ADMIN_PORTS = {
  collector: 8081,
  'span-normalizer': 8082,
  'spans-grouper': 8083,
  'trace-enricher': 8084,
  'view-generator': 8085,
  'query-service': 8086,
} as const;

/** The name of a tracehouse service. */
export type ServiceName = keyof typeof DEFAULT_ADMIN_PORTS;

/**
 * Node options a service runs with (its Dockerfile target sets them as NODE_OPTIONS; the start
 * command and the pipeline tests pass them too). The view-generator holds a batch of encoded rows
 * while the next one is decoded, and with V8's default 16 MiB young generation most of those short-
 * lived objects were copied out of it: 32 MiB semi-spaces wrote 7-15% more spans per CPU-second
 * on the 2M-span bench:views (two alternating runs each).
 */
export const SERVICE_NODE_OPTIONS: Readonly<Partial<Record<ServiceName, readonly string[]>>> = {
  'view-generator': ['--max-semi-space-size=32'],
};
