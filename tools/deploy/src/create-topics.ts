/**
 * Creates the pipeline's topics and their dead-letter topics with the configured partitions,
 * replication factor and retention, then exits: the Helm chart's topic Job and the compose file's
 * `kafka-topics` service run it (`node dist/tools/deploy/src/create-topics.js`), and the apps run
 * with KAFKA_CREATE_TOPICS=false. Idempotent: existing topics are left as they are (changing a
 * partition count moves keys to other partitions, which only an operator may decide); one with fewer
 * partitions than configured is reported, since consumers above its count sit idle.
 */
import type { Kafka } from 'kafkajs';
import { createLogger, type Logger } from '@tracehouse/observability';
import { createKafka, dlqTopic, ensureTopics, type TopicSpec } from '@tracehouse/stage-runtime';
import { loadCreateTopicsConfig, type CreateTopicsConfig } from './create-topics.config';

/** The topics the pipeline needs, dead-letter topics included, as configured. */
export function pipelineTopicSpecs(config: CreateTopicsConfig): TopicSpec[] {
  const names = [config.TOPIC_OTLP_SPANS, config.TOPIC_RAW_SPANS, config.TOPIC_STRUCTURED_TRACES, config.TOPIC_ENRICHED_TRACES, config.TOPIC_OTLP_LOGS];
  const spec = (name: string, retentionMs: number): TopicSpec => ({
    name,
    partitions: config.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: config.KAFKA_TOPIC_REPLICATION,
    configs: { 'retention.ms': String(retentionMs) },
  });
  return [...names.map((n) => spec(n, config.KAFKA_TOPIC_RETENTION_MS)), ...names.map((n) => spec(dlqTopic(n), config.KAFKA_DLQ_RETENTION_MS))];
}

/** Creates the missing topics; resolves with the names created and the existing topics that have fewer partitions than configured. */
export async function createPipelineTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<{ created: string[]; underPartitioned: Array<{ topic: string; partitions: number }> }> {
  const created = await ensureTopics(kafka, topics);
  const admin = kafka.admin();
  await admin.connect();
  try {
    const metadata = await admin.fetchTopicMetadata({ topics: topics.map((t) => t.name) });
    const wanted = new Map(topics.map((t) => [t.name, t.partitions]));
    const underPartitioned = metadata.topics
      .filter((t) => t.partitions.length < (wanted.get(t.name) ?? 0))
      .map((t) => ({ topic: t.name, partitions: t.partitions.length }));
    return { created, underPartitioned };
  } finally {
    await admin.disconnect();
  }
}

async function main(logger: Logger): Promise<void> {
  const config = loadCreateTopicsConfig();
  logger.level = config.LOG_LEVEL;
  const topics = pipelineTopicSpecs(config);
  const { created, underPartitioned } = await createPipelineTopics(createKafka(config, logger), topics);
  for (const { topic, partitions } of underPartitioned) {
    logger.warn(
      { topic, partitions, configured: config.KAFKA_TOPIC_PARTITIONS },
      `topic ${topic} already exists with ${partitions} partitions, fewer than KAFKA_TOPIC_PARTITIONS=${config.KAFKA_TOPIC_PARTITIONS}: consumers above ${partitions} per group sit idle`,
    );
  }
  logger.info({ created, existing: topics.filter((t) => !created.includes(t.name)).map((t) => t.name) }, `created ${created.length} of ${topics.length} topics; the others existed`);
}

if (require.main === module) {
  const logger = createLogger('create-topics');
  main(logger).catch((err: unknown) => {
    logger.fatal({ err }, `could not create the pipeline topics: ${(err as Error).message}`);
    process.exitCode = 1;
  });
}
