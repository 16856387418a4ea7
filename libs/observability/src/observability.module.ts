import { type DynamicModule, Module } from '@nestjs/common';
import { AdminController } from './admin.controller';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import type { Readiness } from './readiness';
import { LOGGER, METRICS, READINESS } from './tokens';

/** What a service shares with every component: its logger, metrics and readiness checks. */
export interface ServiceContext {
  readonly service: string;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly readiness: Readiness;
}

/** Global Nest module exposing the service context under the LOGGER, METRICS and READINESS tokens. */
@Module({})
export class ObservabilityModule {
  static forRoot(context: ServiceContext): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      controllers: [AdminController],
      providers: [
        { provide: LOGGER, useValue: context.logger },
        { provide: METRICS, useValue: context.metrics },
        { provide: READINESS, useValue: context.readiness },
      ],
      exports: [LOGGER, METRICS, READINESS],
    };
  }
}
