import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import { createKafka, StageLifecycle, StageRunner, stageTopics } from '@tracehouse/stage-runtime';
import type { SpanNormalizerConfig } from './config/span-normalizer.config';
import { SpanNormalizerHandler, STAGE } from './span-normalizer.handler';
import { SpanNormalizer } from './span-normalizer.processor';

/** NestJS wiring of the span-normalizer: `otlp-spans` -> normalizer -> `raw-spans`, on the stage runtime. */
@Module({})
export class SpanNormalizerModule {
  static forRoot(config: SpanNormalizerConfig, context: ServiceContext): DynamicModule {
    const { logger, metrics, readiness } = context;
    const kafka = createKafka(config, logger);
    const handler = new SpanNormalizerHandler({
      normalizer: new SpanNormalizer({
        dropRules: config.NORMALIZER_DROP_RULES,
        redactKeys: config.NORMALIZER_REDACT_KEYS,
        redactQueryParams: config.NORMALIZER_REDACT_QUERY_PARAMS,
        dbStatementMaxLength: config.NORMALIZER_DB_STATEMENT_MAX_LENGTH,
      }),
      outputTopic: config.TOPIC_RAW_SPANS,
      logger,
      metrics,
      dropLogIntervalMs: config.NORMALIZER_DROP_LOG_INTERVAL_MS,
    });
    const runner = new StageRunner({
      stage: STAGE,
      kafka,
      groupId: config.KAFKA_GROUP_ID,
      inputTopic: config.TOPIC_OTLP_SPANS,
      handler,
      logger,
      metrics,
      readiness,
      maxBatchBytes: config.STAGE_MAX_BATCH_BYTES,
      processAttempts: config.STAGE_PROCESS_ATTEMPTS,
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
      commitIntervalMs: config.STAGE_COMMIT_INTERVAL_MS,
      sessionTimeoutMs: config.STAGE_SESSION_TIMEOUT_MS,
    });
    if (config.NORMALIZER_DROP_RULES.length > 0) logger.info({ rules: config.NORMALIZER_DROP_RULES }, 'drop rules configured');
    const lifecycle = new StageLifecycle({
      kafka,
      runner,
      logger,
      topics: stageTopics([config.TOPIC_OTLP_SPANS, config.TOPIC_RAW_SPANS, `${config.TOPIC_OTLP_SPANS}.dlq`], config),
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    return { module: SpanNormalizerModule, providers: [{ provide: StageLifecycle, useValue: lifecycle }] };
  }
}
