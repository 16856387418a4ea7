import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import type { SpansGrouperConfig } from './config/spans-grouper.config';

/** NestJS wiring of the spans-grouper. */
@Module({})
export class SpansGrouperModule {
  static forRoot(config: SpansGrouperConfig, context: ServiceContext): DynamicModule {
    void config;
    void context;
    return { module: SpansGrouperModule, providers: [] };
  }
}
