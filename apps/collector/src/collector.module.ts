import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import type { CollectorConfig } from './config/collector.config';

/** NestJS wiring of the collector. */
@Module({})
export class CollectorModule {
  static forRoot(config: CollectorConfig, context: ServiceContext): DynamicModule {
    void config;
    void context;
    return { module: CollectorModule, providers: [] };
  }
}
