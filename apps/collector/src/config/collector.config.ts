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
}).superRefine((c, ctx) => {
  // A body the in-flight budget can never hold would be refused (503) forever.
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
