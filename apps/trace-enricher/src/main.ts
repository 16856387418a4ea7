import 'reflect-metadata';
import { reportFatal, startService } from '@tracehouse/observability';
import { loadTraceEnricherConfig } from './config/trace-enricher.config';
import { TraceEnricherModule } from './trace-enricher.module';

async function main(): Promise<void> {
  const config = loadTraceEnricherConfig();
  await startService({
    service: 'trace-enricher',
    adminHost: config.ADMIN_HOST,
    adminPort: config.ADMIN_PORT,
    logLevel: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    module: (context) => TraceEnricherModule.forRoot(config, context),
  });
}

main().catch((err: unknown) => {
  reportFatal('trace-enricher', err);
  process.exit(1);
});
