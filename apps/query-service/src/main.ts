import 'reflect-metadata';
import { reportFatal, startService } from '@tracehouse/observability';
import { loadQueryServiceConfig } from './config/query-service.config';
import { QueryServiceModule } from './query-service.module';

async function main(): Promise<void> {
  const config = loadQueryServiceConfig();
  await startService({
    service: 'query-service',
    adminHost: config.ADMIN_HOST,
    adminPort: config.ADMIN_PORT,
    logLevel: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    module: (context) => QueryServiceModule.forRoot(config, context),
  });
}

main().catch((err: unknown) => {
  reportFatal('query-service', err);
  process.exit(1);
});
