import { type DynamicModule, Module } from '@nestjs/common';
import type { RawSpan } from '@tracehouse/model';
import type { ServiceContext } from '@tracehouse/observability';
import { createKafka, StageLifecycle, StageRunner, stageRunnerSettings, stageTopics } from '@tracehouse/stage-runtime';
import { MAX_RECORD_BYTES } from '@tracehouse/topics';
import type { SpansGrouperConfig } from './config/spans-grouper.config';
import { grouperProjection, SpansGrouperHandler, STAGE } from './spans-grouper.handler';
import { TailSampler } from './sampling/tail-sampler';
import { TraceGrouper } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';

/** NestJS wiring of the spans-grouper: `raw-spans` -> grouper -> `structured-traces`, on the stage runtime. */
@Module({})
export class SpansGrouperModule {
  static forRoot(config: SpansGrouperConfig, context: ServiceContext): DynamicModule {
    const { logger, metrics, readiness } = context;
    const kafka = createKafka(config, logger);
    const sampler = config.samplingPolicy !== undefined ? new TailSampler(config.samplingPolicy) : undefined;
    if (config.samplingPolicy !== undefined) {
      const { default: fallback, tenants } = config.samplingPolicy;
      logger.info({ file: config.GROUPER_SAMPLING_POLICY_FILE, defaultRules: fallback.rules.map((r) => r.name), otherwise: fallback.otherwise, tenants: Object.keys(tenants) }, 'tail sampling on');
    }
    const grouper = new TraceGrouper({
      quietMs: config.GROUPER_TRACE_QUIET_MS,
      earlyCompletion: config.GROUPER_EARLY_COMPLETION,
      completeQuietMs: config.GROUPER_COMPLETE_QUIET_MS,
      maxSpansPerTrace: config.GROUPER_MAX_SPANS_PER_TRACE,
      maxBufferedSpans: config.GROUPER_MAX_BUFFERED_SPANS,
      rememberedTraces: config.GROUPER_REMEMBERED_TRACES,
      maxRecordBytes: MAX_RECORD_BYTES,
      encode: encodeTraceRecord,
      ...(sampler !== undefined ? { sample: (tenant: string, traceId: string, spans: readonly RawSpan[]) => sampler.decide(tenant, traceId, spans) } : {}),
    });
    const handler = new SpansGrouperHandler({
      grouper,
      projection: grouperProjection(config.samplingPolicy),
      inputTopic: config.TOPIC_RAW_SPANS,
      outputTopic: config.TOPIC_STRUCTURED_TRACES,
      maxRecordBytes: MAX_RECORD_BYTES,
      logger,
      metrics,
    });
    const runner = new StageRunner({
      stage: STAGE,
      kafka,
      ...stageRunnerSettings(config),
      inputTopic: config.TOPIC_RAW_SPANS,
      handler,
      logger,
      metrics,
      readiness,
    });
    const lifecycle = new StageLifecycle({
      kafka,
      runner,
      logger,
      topics: stageTopics([config.TOPIC_RAW_SPANS, config.TOPIC_STRUCTURED_TRACES, `${config.TOPIC_RAW_SPANS}.dlq`], config),
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    return { module: SpansGrouperModule, providers: [{ provide: StageLifecycle, useValue: lifecycle }] };
  }
}
