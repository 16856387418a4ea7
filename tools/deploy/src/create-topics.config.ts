import { z } from 'zod';
import { env, kafkaSchema, loadConfig, topicSchema, type Env } from '@tracehouse/config';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every environment variable the topic-creation script reads (the Helm chart's Job and the compose
 * file's `kafka-topics` service): the Kafka connection and topic names every app reads, plus the
 * retention of the topics it creates.
 */
export const createTopicsConfigSchema = z.object({
  LOG_LEVEL: env.logLevel().default('info'),
  ...kafkaSchema,
  ...topicSchema,
  /** `retention.ms` of the pipeline topics (the four trace topics and `otlp-logs`); -1 keeps data forever. */
  KAFKA_TOPIC_RETENTION_MS: env.int(-1, Number.MAX_SAFE_INTEGER).default(7 * DAY_MS),
  /** `retention.ms` of the `.dlq` topics, longer so an operator has time to look. */
  KAFKA_DLQ_RETENTION_MS: env.int(-1, Number.MAX_SAFE_INTEGER).default(14 * DAY_MS),
});

/** The validated configuration of the topic-creation script. */
export type CreateTopicsConfig = z.infer<typeof createTopicsConfigSchema>;

/** Reads and validates the script's configuration; throws a ConfigError naming every bad variable. */
export function loadCreateTopicsConfig(environment: Env = process.env): CreateTopicsConfig {
  return loadConfig('create-topics', createTopicsConfigSchema, environment);
}
