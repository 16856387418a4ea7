import 'reflect-metadata';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger, NestJsonLogger } from './logger';
import { Metrics } from './metrics';
import { ObservabilityModule, type ServiceContext } from './observability.module';
import { Readiness } from './readiness';

/** Options of {@link startService}. */
export interface StartServiceOptions {
  readonly service: string;
  readonly adminHost: string;
  readonly adminPort: number;
  readonly logLevel: string;
  readonly instanceId?: string;
  /** Builds the service's root module from the shared context. */
  readonly module: (context: ServiceContext) => DynamicModule;
}

/**
 * Ties a service to the process that started it, when that process gave it an IPC channel (the
 * `npm start` launcher does; Kubernetes, Docker and a shell do not, and nothing changes for them):
 * when the channel closes — the launcher exited, crashed or was killed with SIGKILL — the service
 * shuts down as on SIGTERM (flush, commit, disconnect) instead of running on as an orphan.
 * Before the shutdown hooks are installed, SIGTERM's default ends the process, which is right too:
 * nothing has started yet.
 */
export function stopWhenParentGoes(): void {
  if (!process.channel) return;
  process.once('disconnect', () => {
    // Whoever read our output is gone with the launcher: a write to it must not end the shutdown.
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    process.kill(process.pid, 'SIGTERM');
  });
  // The channel alone must not keep the process alive (a listener refs it).
  process.channel.unref();
}

/**
 * Creates a service's Nest application on Fastify, serving `/healthz`, `/readyz` and `/metrics` on
 * its admin port, with shutdown hooks enabled (SIGTERM/SIGINT run every component's shutdown, and
 * so does the end of the launcher's IPC channel: {@link stopWhenParentGoes}).
 * Resolves once the admin port listens and every component's `onModuleInit` has run.
 */
export async function startService(options: StartServiceOptions): Promise<{ app: INestApplication; context: ServiceContext }> {
  stopWhenParentGoes();
  const logger = createLogger(options.service, { level: options.logLevel, instanceId: options.instanceId });
  const context: ServiceContext = { service: options.service, logger, metrics: new Metrics(options.service), readiness: new Readiness() };
  const root = options.module(context);
  /** The root module's shutdown hook runs after every component's: the last line a service logs. */
  class ServiceRootModule {
    onApplicationShutdown(signal?: string): void {
      logger.info({ signal }, `${options.service} shut down cleanly`);
    }
  }
  const app = await NestFactory.create<NestFastifyApplication>(
    { module: ServiceRootModule, imports: [ObservabilityModule.forRoot(context), root] } as DynamicModule,
    new FastifyAdapter({ logger: false }),
    { logger: new NestJsonLogger(logger), abortOnError: false },
  );
  app.enableShutdownHooks();
  await app.listen(options.adminPort, options.adminHost);
  logger.info({ adminPort: options.adminPort }, `${options.service} started; admin endpoints on :${options.adminPort} (/healthz, /readyz, /metrics)`);
  return { app, context };
}

/**
 * Writes a start-up failure (a ConfigError names every bad variable) to stderr as one JSON log line
 * plus the plain message, for `main.ts` to call before it exits.
 */
export function reportFatal(service: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${JSON.stringify({ level: 'fatal', time: new Date().toISOString(), service, msg: message })}\n`);
  // The plain text too: this is what a person starting the service by hand reads.
  const isConfigError = err instanceof Error && err.name === 'ConfigError';
  process.stderr.write(`${isConfigError || !(err instanceof Error) ? message : (err.stack ?? message)}\n`);
}
