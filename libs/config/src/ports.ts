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

const OLD_SPACE_128: readonly string[] = ['--initial-old-space-size=128'];

/**
 * Node options a service runs with, on its command line (its Dockerfile target's CMD, the start
 * command and the pipeline tests all pass them there: `--initial-old-space-size` is not allowed in
 * NODE_OPTIONS).
 *
 * - `--initial-old-space-size=128` (collector, normalizer, enricher): their live heaps are 30-60 MiB,
 *   and V8 sets the next full collection only a few MiB above what survived the last one, so at
 *   10,000 spans/s the collector ran a mark-compact about once a second (36 in 30 s, a third of
 *   its CPU). Starting old space at 128 MiB: 2 in 30 s, collector CPU per span 11.5 -> 8.0 µs at
 *   the same load, RSS +10-25 MiB. The grouper (its trace buffers are its heap) and the
 *   view-generator showed no gain.
 * - `--max-semi-space-size=32` (view-generator): it holds a batch of encoded rows while the next one
 *   is decoded, and with V8's default 16 MiB young generation most of those short-lived objects
 *   were copied out of it: 32 MiB semi-spaces wrote 7-15% more spans per CPU-second on the 2M-span
 *   bench:views (two alternating runs each).
 */
export const SERVICE_NODE_OPTIONS: Readonly<Partial<Record<ServiceName, readonly string[]>>> = {
  collector: OLD_SPACE_128,
  'span-normalizer': OLD_SPACE_128,
  'trace-enricher': OLD_SPACE_128,
  'view-generator': ['--max-semi-space-size=32'],
};
