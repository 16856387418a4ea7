import { z } from 'zod';
import { env } from './env-types';
import { DEFAULT_ADMIN_PORTS, type ServiceName } from './ports';

/** The default number of partitions of every pipeline topic (ARCHITECTURE.md). */
export const DEFAULT_TOPIC_PARTITIONS = 12;

/** Variables every service reads: its admin port, log level and instance id. */
export function serviceSchema(service: ServiceName) {
  return {
    ADMIN_PORT: env.port().default(DEFAULT_ADMIN_PORTS[service]),
    ADMIN_HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: env.logLevel().default('info'),
    INSTANCE_ID: z.string().optional(),
  };
}

/** Variables of every service that talks to Kafka. */
export const kafkaSchema = {
  KAFKA_BROKERS: env.hostPorts().default(['127.0.0.1:9092']),
  KAFKA_CLIENT_ID: z.string().default('tracehouse'),
  KAFKA_SSL: env.bool().default(false),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512'], { error: 'must be plain, scram-sha-256 or scram-sha-512' }).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  KAFKA_TOPIC_PARTITIONS: env.int(1, 10_000).default(DEFAULT_TOPIC_PARTITIONS),
  KAFKA_TOPIC_REPLICATION: env.int(1, 16).default(1),
  KAFKA_CREATE_TOPICS: env.bool().default(true),
};

/**
 * Variables of every service that applies schema migrations at start-up (ClickHouse views,
 * PostgreSQL entity store): the longest a migration may wait for, or hold, a table's lock before it
 * gives up (start-up then retries with backoff), so readers never queue behind it for longer.
 */
export const migrationSchema = {
  MIGRATION_LOCK_TIMEOUT_MS: env.int(100, 600_000).default(5_000),
};

/** Topic names (ARCHITECTURE.md); each stage reads the ones it uses. */
export const topicSchema = {
  TOPIC_OTLP_SPANS: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name ([A-Za-z0-9._-])').default('otlp-spans'),
  TOPIC_OTLP_LOGS: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name ([A-Za-z0-9._-])').default('otlp-logs'),
  TOPIC_RAW_SPANS: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name ([A-Za-z0-9._-])').default('raw-spans'),
  TOPIC_STRUCTURED_TRACES: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name ([A-Za-z0-9._-])').default('structured-traces'),
  TOPIC_ENRICHED_TRACES: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be a Kafka topic name ([A-Za-z0-9._-])').default('enriched-traces'),
};

/** Variables of every consuming stage: its group, batch limits and retry policy. */
export function stageSchema(defaultGroup: string) {
  return {
    KAFKA_GROUP_ID: z.string().default(defaultGroup),
    STAGE_MAX_BATCH_BYTES: env.int(1024, 256 * 1024 * 1024).default(8 * 1024 * 1024),
    STAGE_FETCH_MIN_BYTES: env.int(1, 64 * 1024 * 1024).default(256 * 1024),
    STAGE_FETCH_MAX_WAIT_MS: env.int(10, 5_000).default(100),
    STAGE_RETRY_MAX_MS: env.int(10, 600_000).default(30_000),
    STAGE_PROCESS_ATTEMPTS: env.int(1, 100).default(3),
    STAGE_COMMIT_INTERVAL_MS: env.int(0, 60_000).default(1_000),
    // 6 s, the broker's minimum: a SIGKILLed stage's partitions move within ~8 s (DEFAULT_SESSION_TIMEOUT_MS in stage-runtime says why).
    STAGE_SESSION_TIMEOUT_MS: env.int(6_000, 300_000).default(6_000),
  };
}
