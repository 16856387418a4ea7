import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import { createKafka, StageLifecycle, StageRunner, stageRunnerSettings, stageTopics } from '@tracehouse/stage-runtime';
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
      ...stageRunnerSettings(config),
      inputTopic: config.TOPIC_OTLP_SPANS,
      handler,
      logger,
      metrics,
      readiness,
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
