import type { Logger, Readiness } from '@tracehouse/observability';
import type { StageLifecycle } from '@tracehouse/stage-runtime';
import type { RetentionDays, TraceStore } from '@tracehouse/trace-store';
import type { ViewGeneratorHandler } from './view-generator.handler';

/** Options of {@link ViewGeneratorLifecycle}. */
export interface ViewGeneratorLifecycleOptions {
  readonly store: TraceStore;
  readonly stage: StageLifecycle;
  readonly handler: ViewGeneratorHandler;
  readonly logger: Logger;
  readonly readiness: Readiness;
  readonly retention: RetentionDays;
  /** Cap of the backoff between schema attempts, ms. */
  readonly retryMaxMs: number;
}

/**
 * Start-up and shutdown of the view-generator. Module init does not wait for ClickHouse: in the
 * background it applies the schema migrations and the retention (retrying with backoff while
 * ClickHouse is unreachable), and only then starts consuming, so no row is inserted into a table
 * that does not exist yet. Shutdown stops the stage (which inserts what it can and commits only
 * that), then closes the store, releasing the embedded engine's data folder. Idempotent.
 */
export class ViewGeneratorLifecycle {
  private schemaReady = false;
  private stopping = false;
  private wake: (() => void) | undefined;
  private starting: Promise<void> | undefined;
  private stopped: Promise<void> | undefined;

  constructor(private readonly options: ViewGeneratorLifecycleOptions) {
    const { readiness, handler } = options;
    readiness.register('clickhouse', () => {
      if (!this.schemaReady) throw new Error('the ClickHouse schema is not applied yet');
      if (!handler.clickhouseAvailable) throw new Error(`ClickHouse inserts are failing: ${handler.lastInsertError ?? 'unknown error'}`);
      return true;
    });
  }

  onModuleInit(): void {
    this.starting = this.start();
  }

  onApplicationShutdown(): Promise<void> {
    this.stopped ??= this.stop();
    return this.stopped;
  }

  private async start(): Promise<void> {
    const { store, logger, retention } = this.options;
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        const applied = await store.migrate();
        await store.applyRetention(retention);
        logger.info({ location: store.location, database: store.database, applied, retention }, applied.length > 0 ? 'applied ClickHouse schema migrations' : 'ClickHouse schema is up to date');
        this.schemaReady = true;
        break;
      } catch (err) {
        const delay = Math.min(this.options.retryMaxMs, 250 * 2 ** Math.min(attempt, 10));
        logger.warn({ err, attempt, retryInMs: delay, location: store.location }, 'could not apply the ClickHouse schema; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    if (!this.stopping) this.options.stage.onModuleInit();
  }

  private async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.starting;
    await this.options.stage.onApplicationShutdown();
    await this.options.store.close();
  }
}
