import 'reflect-metadata';
import { reportFatal, startService } from '@tracehouse/observability';
import { loadCollectorConfig } from './config/collector.config';
import { CollectorModule } from './collector.module';

async function main(): Promise<void> {
  const config = loadCollectorConfig();
  await startService({
    service: 'collector',
    adminHost: config.ADMIN_HOST,
    adminPort: config.ADMIN_PORT,
    logLevel: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    module: (context) => CollectorModule.forRoot(config, context),
  });
}

main().catch((err: unknown) => {
  reportFatal('collector', err);
  process.exit(1);
});
