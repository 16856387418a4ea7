import { type DynamicModule, Module } from '@nestjs/common';
import type { ServiceContext } from '@tracehouse/observability';
import type { ViewGeneratorConfig } from './config/view-generator.config';

/** NestJS wiring of the view-generator. */
@Module({})
export class ViewGeneratorModule {
  static forRoot(config: ViewGeneratorConfig, context: ServiceContext): DynamicModule {
    void config;
    void context;
    return { module: ViewGeneratorModule, providers: [] };
  }
}
