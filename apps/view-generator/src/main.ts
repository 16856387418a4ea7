import 'reflect-metadata';
import { reportFatal, startService } from '@tracehouse/observability';
import { loadViewGeneratorConfig } from './config/view-generator.config';
import { ViewGeneratorModule } from './view-generator.module';

async function main(): Promise<void> {
  const config = loadViewGeneratorConfig();
  await startService({
    service: 'view-generator',
    adminHost: config.ADMIN_HOST,
    adminPort: config.ADMIN_PORT,
    logLevel: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    module: (context) => ViewGeneratorModule.forRoot(config, context),
  });
}

main().catch((err: unknown) => {
  reportFatal('view-generator', err);
  process.exit(1);
});
