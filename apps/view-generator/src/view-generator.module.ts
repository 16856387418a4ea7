import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { createEntityStore } from '@tracehouse/entity-store';
import { Readiness, type ReadinessCheck, type ServiceContext } from '@tracehouse/observability';
import { LazyEntityQueries, QueryApi, queryApiEmbedded, QueryApiLifecycle, uiDirBeside } from '@tracehouse/query-api';
import { createKafka, StageLifecycle, StageRunner, stageRunnerSettings, stageTopics } from '@tracehouse/stage-runtime';
import { tenancyRules } from '@tracehouse/tenancy';
import { tlsSettings } from '@tracehouse/tls';
import { Redactor } from '@tracehouse/redaction';
import { ClickHouseLogWriter, ClickHouseViewWriter, LogsReader, TraceReader, TraceStore, traceStoreOptions } from '@tracehouse/trace-store';
import type { ViewGeneratorConfig } from './config/view-generator.config';
import { ViewGeneratorHandler, STAGE } from './view-generator.handler';
import { ViewGeneratorLifecycle } from './view-generator.lifecycle';
import { LOGS_STAGE, LogsHandler } from './logs/logs.handler';

/**
 * The readiness of a second stage runner in this process: its checks under a prefix (`logs-kafka`),
 * so they sit beside the trace runner's instead of replacing them.
 */
class PrefixedReadiness extends Readiness {
  constructor(
    private readonly target: Readiness,
    private readonly prefix: string,
  ) {
    super();
  }

  override register(name: string, check: ReadinessCheck): void {
    this.target.register(`${this.prefix}${name}`, check);
  }

  override registerLiveness(name: string, check: () => boolean): void {
    this.target.registerLiveness(`${this.prefix}${name}`, check);
  }
}

/** NestJS wiring of the view-generator: `enriched-traces` -> view rows and `otlp-logs` -> `logs`, into ClickHouse, on the stage runtime. */
@Module({})
export class ViewGeneratorModule {
  static forRoot(config: ViewGeneratorConfig, context: ServiceContext): DynamicModule {
    const { logger, metrics, readiness } = context;
    const kafka = createKafka(config, logger);
    const store = TraceStore.open(traceStoreOptions(config));
    const handler = new ViewGeneratorHandler({
      writer: new ClickHouseViewWriter(store),
      logger,
      metrics,
      batchMaxSpans: config.VIEW_BATCH_MAX_SPANS,
      batchMaxAgeMs: config.VIEW_BATCH_MAX_AGE_MS,
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    const runner = new StageRunner({
      stage: STAGE,
      kafka,
      ...stageRunnerSettings(config),
      inputTopic: config.TOPIC_ENRICHED_TRACES,
      handler,
      logger,
      metrics,
      readiness,
    });
    const stage = new StageLifecycle({
      kafka,
      runner,
      logger,
      topics: stageTopics([config.TOPIC_ENRICHED_TRACES, `${config.TOPIC_ENRICHED_TRACES}.dlq`], config),
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    const logsHandler = new LogsHandler({
      writer: new ClickHouseLogWriter(store),
      redactor: new Redactor({ keys: config.NORMALIZER_REDACT_KEYS, queryParams: config.NORMALIZER_REDACT_QUERY_PARAMS }),
      logger,
      metrics,
      batchMaxRecords: config.VIEW_LOGS_BATCH_MAX_RECORDS,
      batchMaxAgeMs: config.VIEW_BATCH_MAX_AGE_MS,
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    const logsRunner = new StageRunner({
      stage: LOGS_STAGE,
      kafka,
      ...stageRunnerSettings(config),
      groupId: config.VIEW_LOGS_GROUP_ID,
      inputTopic: config.TOPIC_OTLP_LOGS,
      handler: logsHandler,
      logger: logger.child({ path: 'logs' }),
      metrics,
      readiness: new PrefixedReadiness(readiness, 'logs-'),
    });
    const logsStage = new StageLifecycle({
      kafka,
      runner: logsRunner,
      logger,
      topics: stageTopics([config.TOPIC_OTLP_LOGS, `${config.TOPIC_OTLP_LOGS}.dlq`], config),
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
    });
    const lifecycle = new ViewGeneratorLifecycle({
      store,
      stage,
      handler,
      logs: { stage: logsStage, handler: logsHandler },
      logger,
      readiness,
      metrics,
      retryMaxMs: config.STAGE_RETRY_MAX_MS,
      retention: {
        spans: config.VIEW_RETENTION_SPANS_DAYS,
        traces: config.VIEW_RETENTION_TRACES_DAYS,
        service_calls: config.VIEW_RETENTION_SERVICE_CALLS_DAYS,
        backend_calls: config.VIEW_RETENTION_BACKEND_CALLS_DAYS,
        api_calls: config.VIEW_RETENTION_API_CALLS_DAYS,
        operations: config.VIEW_RETENTION_OPERATIONS_DAYS,
        logs: config.VIEW_RETENTION_LOGS_DAYS,
      },
    });
    const providers: Provider[] = [
      { provide: ViewGeneratorLifecycle, useValue: lifecycle },
      { provide: TraceStore, useValue: store },
    ];
    // The embedded engine binds its data folder to this process, so the query API is served here
    // (libs/query-api; apps/query-service serves it when ClickHouse is a server). It closes before
    // the store does (beforeApplicationShutdown), then closes its entity store connection.
    if (queryApiEmbedded(config.QUERY_EMBEDDED, config.CLICKHOUSE_URL)) {
      const entityStore = createEntityStore({
        kind: config.DOCUMENT_STORE,
        postgresUrl: config.DATABASE_URL,
        postgresSchema: config.ENTITY_STORE_SCHEMA,
        mongodbUrl: config.MONGODB_URL,
        timeoutMs: config.ENTITY_STORE_TIMEOUT_MS,
        migrationLockTimeoutMs: config.MIGRATION_LOCK_TIMEOUT_MS,
        onIdleError: (err) => logger.debug({ err }, 'an idle entity store connection failed'),
      });
      const api = new QueryApi({
        host: config.QUERY_HOST,
        port: config.QUERY_PORT,
        traces: new TraceReader(store),
        logs: new LogsReader(store),
        entities: new LazyEntityQueries(entityStore),
        tenancy: tenancyRules('QUERY', config),
        uiDir: uiDirBeside(__dirname, config.QUERY_UI_DIR),
        tls: tlsSettings('QUERY', config),
        logger,
        metrics,
      });
      providers.push({ provide: QueryApiLifecycle, useValue: new QueryApiLifecycle(api, () => entityStore.close()) });
    }
    return {
      module: ViewGeneratorModule,
      providers,
      exports: [TraceStore],
    };
  }
}
