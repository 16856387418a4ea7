import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import type { TraceEnricherConfig } from './config/trace-enricher.config';

/** NestJS wiring of the trace-enricher. */
@Module({})
export class TraceEnricherModule {
  static forRoot(config: TraceEnricherConfig, context: ServiceContext): DynamicModule {
    void config;
    void context;
    return { module: TraceEnricherModule, providers: [] };
  }
}
