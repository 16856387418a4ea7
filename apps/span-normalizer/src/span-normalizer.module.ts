import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import type { SpanNormalizerConfig } from './config/span-normalizer.config';

/** NestJS wiring of the span-normalizer. */
@Module({})
export class SpanNormalizerModule {
  static forRoot(config: SpanNormalizerConfig, context: ServiceContext): DynamicModule {
    void config;
    void context;
    return { module: SpanNormalizerModule, providers: [] };
  }
}
