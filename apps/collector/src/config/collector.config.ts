import { z } from 'zod';
import { DEFAULT_PORTS, env, kafkaSchema, loadConfig, serviceSchema, topicSchema, type Env } from '@tracehouse/config';
import { TENANT_PATTERN, tenancySchema } from '@tracehouse/tenancy';
import { tlsConfigIssues, tlsSchema } from '@tracehouse/tls';

/** Every environment variable the collector reads, with its default and validation. */
export const collectorConfigSchema = z.object({
  ...serviceSchema('collector'),
  ...kafkaSchema,
  ...topicSchema,
  COLLECTOR_HOST: z.string().default('0.0.0.0'),
  COLLECTOR_OTLP_GRPC_PORT: env.port().default(DEFAULT_PORTS.otlpGrpc),
  COLLECTOR_OTLP_HTTP_PORT: env.port().default(DEFAULT_PORTS.otlpHttp),
  COLLECTOR_JAEGER_GRPC_PORT: env.port().default(DEFAULT_PORTS.jaegerGrpc),
  COLLECTOR_JAEGER_THRIFT_HTTP_PORT: env.port().default(DEFAULT_PORTS.jaegerThriftHttp),
  COLLECTOR_ZIPKIN_PORT: env.port().default(DEFAULT_PORTS.zipkin),
  COLLECTOR_JAEGER_AGENT_COMPACT_PORT: env.port().default(DEFAULT_PORTS.jaegerAgentCompact),
  COLLECTOR_JAEGER_AGENT_BINARY_PORT: env.port().default(DEFAULT_PORTS.jaegerAgentBinary),
  /** SO_RCVBUF of each UDP port: datagrams arriving while it is full are lost in the kernel (the kernel caps it at net.core.rmem_max). */
  COLLECTOR_UDP_RECEIVE_BUFFER_BYTES: env.int(64 * 1024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  /** Longest datagram taken; the Jaeger agent's default packet limit. */
  COLLECTOR_UDP_MAX_DATAGRAM_BYTES: env.int(1024, 65_535).default(65_000),
  /** Datagrams of one UDP port being decoded or awaiting Kafka, at most; past it arrivals are dropped and counted. */
  COLLECTOR_UDP_MAX_INFLIGHT_DATAGRAMS: env.int(1, 1_000_000).default(1_024),
  /** The tenant of UDP spans (datagrams carry no headers); unset: the tenancy default, and every datagram is rejected when API keys are required. */
  COLLECTOR_UDP_TENANT: z.string().regex(TENANT_PATTERN, 'must be a tenant id of 1-128 characters A-Z a-z 0-9 . _ -').optional(),
  /** Largest request body, after decompression too (HTTP 413 / gRPC RESOURCE_EXHAUSTED above it). */
  COLLECTOR_MAX_BODY_BYTES: env.int(1024, 512 * 1024 * 1024).default(16 * 1024 * 1024),
  /** Bytes of requests being read, decoded or awaiting Kafka, at most; past it requests get 503 at once. */
  COLLECTOR_MAX_INFLIGHT_BYTES: env.int(64 * 1024, 4 * 1024 * 1024 * 1024).default(64 * 1024 * 1024),
  // Tenant header, API keys and client-certificate tenants: the same rules and messages as the query API's (libs/tenancy).
  ...tenancySchema('COLLECTOR'),
  // TLS on every receiver port, off without a certificate (libs/tls).
  ...tlsSchema('COLLECTOR'),
  COLLECTOR_SAMPLING_PERCENTAGE: env.number(0, 100).default(100),
  COLLECTOR_SAMPLING_SEED: env.int(0, 0xffffffff).default(0),
  COLLECTOR_ZIPKIN_PARSE_STRING_TAGS: env.bool().default(false),
  COLLECTOR_BATCH_LINGER_MS: env.int(0, 1_000).default(5),
  COLLECTOR_BATCH_MAX_BYTES: env.int(64 * 1024, 256 * 1024 * 1024).default(2 * 1024 * 1024),
  /** Records of one partition in one produce request, at most: keep it under the broker's message.max.bytes. */
  COLLECTOR_BATCH_PARTITION_MAX_BYTES: env.int(64 * 1024, 64 * 1024 * 1024).default(1_000_000),
  COLLECTOR_BATCH_MAX_MESSAGES: env.int(1, 1_000_000).default(10_000),
  /** Idempotent producers, each owning a share of the partitions with one produce request in flight. */
  COLLECTOR_KAFKA_PRODUCERS: env.int(1, 64).default(2),
  COLLECTOR_KAFKA_SEND_TIMEOUT_MS: env.int(100, 600_000).default(10_000),
  COLLECTOR_RETRY_AFTER_SECONDS: env.int(1, 3_600).default(5),
  // Slow and abusive clients (transport/connection-guard.ts). HTTP receivers: Node's server timeouts.
  /** The request headers must arrive within this, from the connection (or the previous answer): slowloris and idle connections end here. */
  COLLECTOR_HTTP_HEADERS_TIMEOUT_MS: env.int(100, 600_000).default(30_000),
  /** The whole request (headers and body) must arrive within this. */
  COLLECTOR_HTTP_REQUEST_TIMEOUT_MS: env.int(100, 3_600_000).default(60_000),
  /** An idle keep-alive connection is closed after this. */
  COLLECTOR_HTTP_KEEPALIVE_TIMEOUT_MS: env.int(100, 600_000).default(30_000),
  /** Connections one receiver port holds, at most: a new one closes the oldest idle one, or is closed when none is idle. */
  COLLECTOR_MAX_CONNECTIONS: env.int(1, 1_000_000).default(4_096),
  // gRPC receivers: grpc-js server options.
  /** A gRPC connection without calls for this long gets GOAWAY (grpc.max_connection_idle_ms). */
  COLLECTOR_GRPC_MAX_CONNECTION_IDLE_MS: env.int(1_000, 86_400_000).default(300_000),
  /** A gRPC connection older than this gets GOAWAY, so clients rebalance across replicas (grpc.max_connection_age_ms). */
  COLLECTOR_GRPC_MAX_CONNECTION_AGE_MS: env.int(1_000, 2_147_483_647).default(1_800_000),
  /** Calls of a connection past its age get this long to finish (grpc.max_connection_age_grace_ms). */
  COLLECTOR_GRPC_MAX_CONNECTION_AGE_GRACE_MS: env.int(0, 2_147_483_647).default(30_000),
  /** The server pings each connection this often (grpc.keepalive_time_ms)... */
  COLLECTOR_GRPC_KEEPALIVE_TIME_MS: env.int(1_000, 2_147_483_647).default(60_000),
  /** ...and closes it when a ping is not answered within this (grpc.keepalive_timeout_ms). */
  COLLECTOR_GRPC_KEEPALIVE_TIMEOUT_MS: env.int(100, 600_000).default(20_000),
  /** Calls in flight on one gRPC connection (grpc.max_concurrent_streams). */
  COLLECTOR_GRPC_MAX_CONCURRENT_STREAMS: env.int(1, 10_000).default(100),
  /** A gRPC call must deliver its request (message and end of stream) within this, or it is ended with DEADLINE_EXCEEDED. */
  COLLECTOR_GRPC_CALL_TIMEOUT_MS: env.int(100, 3_600_000).default(60_000),
}).superRefine((c, ctx) => {
  // A body the in-flight budget can never hold would be refused (503) forever.
  // Node refuses a headers timeout longer than the request timeout.
  if (c.COLLECTOR_HTTP_HEADERS_TIMEOUT_MS > c.COLLECTOR_HTTP_REQUEST_TIMEOUT_MS) {
    ctx.addIssue({ code: 'custom', path: ['COLLECTOR_HTTP_HEADERS_TIMEOUT_MS'], message: `must not exceed COLLECTOR_HTTP_REQUEST_TIMEOUT_MS (${c.COLLECTOR_HTTP_REQUEST_TIMEOUT_MS})` });
  }
  if (c.COLLECTOR_MAX_BODY_BYTES > c.COLLECTOR_MAX_INFLIGHT_BYTES) {
    ctx.addIssue({ code: 'custom', path: ['COLLECTOR_MAX_BODY_BYTES'], message: `must not exceed COLLECTOR_MAX_INFLIGHT_BYTES (${c.COLLECTOR_MAX_INFLIGHT_BYTES})` });
  }
  for (const issue of tlsConfigIssues('COLLECTOR', c)) ctx.addIssue({ code: 'custom', path: [issue.variable], message: issue.message });
});

/** The validated configuration of the collector. */
export type CollectorConfig = z.infer<typeof collectorConfigSchema>;

/** Reads and validates the collector's configuration; throws a ConfigError naming every bad variable. */
export function loadCollectorConfig(env: Env = process.env): CollectorConfig {
  return loadConfig('collector', collectorConfigSchema, env);
}
