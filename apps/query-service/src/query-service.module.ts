import { type DynamicModule, Module } from '@nestjs/common';
import { createEntityStore } from '@tracehouse/entity-store';
import type { ServiceContext } from '@tracehouse/observability';
import { LazyEntityQueries, QueryApi, QueryApiLifecycle, uiDirBeside } from '@tracehouse/query-api';
import { tenancyRules } from '@tracehouse/tenancy';
import { tlsSettings } from '@tracehouse/tls';
import { LogsReader, TraceReader, TraceStore, traceStoreOptions } from '@tracehouse/trace-store';
import type { QueryServiceConfig } from './config/query-service.config';
import { SchemaLifecycle } from './schema.lifecycle';

/**
 * NestJS wiring of the query-service: the query API (libs/query-api) on QUERY_PORT over the views
 * of a ClickHouse server (TraceReader) and the entity store, with tenants resolved by the QUERY_*
 * rules. `/readyz` checks ClickHouse (schema present, answering); the entity store is connected on
 * first use, and while it is down only the entity endpoints answer 503.
 */
@Module({})
export class QueryServiceModule {
  static forRoot(config: QueryServiceConfig, context: ServiceContext): DynamicModule {
    const { logger, metrics, readiness } = context;
    const store = TraceStore.open(traceStoreOptions(config));
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
    const schema = new SchemaLifecycle({ store, logger, readiness });
    const lifecycle = new QueryApiLifecycle(api, async () => {
      await schema.stop();
      await entityStore.close();
      await store.close();
    });
    return {
      module: QueryServiceModule,
      providers: [
        { provide: SchemaLifecycle, useValue: schema },
        { provide: QueryApiLifecycle, useValue: lifecycle },
      ],
    };
  }
}
