import 'reflect-metadata';
import { reportFatal, startService } from '@tracehouse/observability';
import { loadSpanNormalizerConfig } from './config/span-normalizer.config';
import { SpanNormalizerModule } from './span-normalizer.module';

async function main(): Promise<void> {
  const config = loadSpanNormalizerConfig();
  await startService({
    service: 'span-normalizer',
    adminHost: config.ADMIN_HOST,
    adminPort: config.ADMIN_PORT,
    logLevel: config.LOG_LEVEL,
    instanceId: config.INSTANCE_ID,
    module: (context) => SpanNormalizerModule.forRoot(config, context),
  });
}

main().catch((err: unknown) => {
  reportFatal('span-normalizer', err);
  process.exit(1);
});
