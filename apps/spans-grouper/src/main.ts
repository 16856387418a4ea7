import 'reflect-metadata';
import { reportFatal, startService } from '@tracehouse/observability';
import { loadSpansGrouperConfig } from './config/spans-grouper.config';
import { SpansGrouperModule } from './spans-grouper.module';

async function main(): Promise<void> {
  const config = loadSpansGrouperConfig();
  await startService({
    service: 'spans-grouper',
    adminHost: config.ADMIN_HOST,
    adminPort: config.ADMIN_PORT,
    logLevel: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    module: (context) => SpansGrouperModule.forRoot(config, context),
  });
}

main().catch((err: unknown) => {
  reportFatal('spans-grouper', err);
  process.exit(1);
});
