import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import { CollectorLifecycle } from './collector.lifecycle';
import type { CollectorConfig } from './config/collector.config';

/** NestJS wiring of the collector: one lifecycle provider owning the receivers and the Kafka writer. */
@Module({})
export class CollectorModule {
  static forRoot(config: CollectorConfig, context: ServiceContext): DynamicModule {
    return { module: CollectorModule, providers: [{ provide: CollectorLifecycle, useFactory: () => new CollectorLifecycle(config, context) }] };
  }
}
