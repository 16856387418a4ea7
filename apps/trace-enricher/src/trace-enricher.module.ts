import { type DynamicModule, Module } from '@nestjs/common';
import { createEntityStore, type EntityStore } from '@tracehouse/entity-store';
import type { Logger, ServiceContext } from '@tracehouse/observability';
import { createKafka, StageLifecycle, StageRunner, stageRunnerSettings, stageTopics } from '@tracehouse/stage-runtime';
import { EntityWriter } from './adapters/entity-writer';
import type { TraceEnricherConfig } from './config/trace-enricher.config';
import { TraceEnricher } from './processor/trace-enricher.processor';
import { STAGE, TraceEnricherHandler } from './trace-enricher.handler';

/**
 * Starts the entity store next to the stage and closes it after: module init applies the store's
 * schema in the background (retrying; the handler retries too, so a store that comes up late is
 * fine) and shutdown stops the stage first (it drains the queued last-seen updates), then closes
 * the store's connections.
 */
class EntityStoreLifecycle {
  private stopping = false;

  constructor(
    private readonly store: EntityStore,
    private readonly writer: EntityWriter,
    private readonly stage: StageLifecycle,
    private readonly logger: Logger,
    private readonly retryMaxMs: number,
  ) {}

  onModuleInit(): void {
    void this.startWithRetry();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.stage.onApplicationShutdown();
    await this.writer.drain();
    await this.store.close();
  }

  private async startWithRetry(): Promise<void> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.writer.start();
        this.logger.info({ store: this.store.kind }, 'entity store ready');
        return;
      } catch (err) {
        const delay = Math.min(this.retryMaxMs, 250 * 2 ** Math.min(attempt, 10));
        this.logger.warn({ err, attempt, retryInMs: delay }, 'could not prepare the entity store; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
      }
    }
  }
}

/** NestJS wiring of the trace-enricher: `structured-traces` -> enrichers + entity store -> `enriched-traces`, on the stage runtime. */
@Module({})
export class TraceEnricherModule {
  static forRoot(config: TraceEnricherConfig, context: ServiceContext): DynamicModule {
    const { logger, metrics, readiness } = context;
    const kafka = createKafka(config, logger);
    const store = createEntityStore({
      kind: config.DOCUMENT_STORE,
      postgresUrl: config.DATABASE_URL,
      postgresSchema: config.ENTITY_STORE_SCHEMA,
      mongodbUrl: config.MONGODB_URL,
      maxBatch: config.ENTITY_STORE_BATCH,
      timeoutMs: config.ENTITY_STORE_TIMEOUT_MS,
      migrationLockTimeoutMs: config.MIGRATION_LOCK_TIMEOUT_MS,
      onIdleError: (err) => logger.debug({ err }, 'an idle entity store connection failed'),
    });
    readiness.register('entity-store', async () => {
      await store.ping();
      return true;
    });
    const writer = new EntityWriter({
      store,
      cacheMax: config.ENTITY_CACHE_MAX,
      cacheTtlMs: config.ENTITY_CACHE_TTL_MS,
      touchIntervalMs: config.ENTITY_TOUCH_INTERVAL_MS,
      logger,
      metrics,
    });
    const handler = new TraceEnricherHandler({
      enricher: new TraceEnricher({ maxApisPerService: config.ENRICHER_MAX_APIS_PER_SERVICE }),
      writer,
      outputTopic: config.TOPIC_ENRICHED_TRACES,
      logger,
      metrics,
    });
    const runner = new StageRunner({
      stage: STAGE,
      kafka,
      ...stageRunnerSettings(config),
      inputTopic: config.TOPIC_STRUCTURED_TRACES,
      handler,
      logger,
      metrics,
      readiness,
    });
    const lifecycle = new StageLifecycle({
      kafka,
      runner,
      logger,
      topics: stageTopics([config.TOPIC_STRUCTURED_TRACES, config.TOPIC_ENRICHED_TRACES, `${config.TOPIC_STRUCTURED_TRACES}.dlq`], config),
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    logger.info({ store: config.DOCUMENT_STORE }, 'entity store configured');
    return {
      module: TraceEnricherModule,
      providers: [
        { provide: StageLifecycle, useValue: lifecycle },
        { provide: EntityStoreLifecycle, useValue: new EntityStoreLifecycle(store, writer, lifecycle, logger, config.STAGE_RETRY_MAX_MS) },
      ],
    };
  }
}
