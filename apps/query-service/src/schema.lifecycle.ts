import type { Logger, Readiness } from '@tracehouse/observability';
import type { TraceStore } from '@tracehouse/trace-store';

/** Options of {@link SchemaLifecycle}. */
export interface SchemaLifecycleOptions {
  readonly store: TraceStore;
  readonly logger: Logger;
  readonly readiness: Readiness;
  /** Cap of the backoff between attempts, ms (default 30 000). */
  readonly retryMaxMs?: number;
}

/**
 * Makes sure the views exist before the query-service reports ready: at module init it applies the
 * trace-store migrations in the background (idempotent, safe beside a view-generator doing the
 * same), retrying with backoff while ClickHouse is unreachable. The `clickhouse` readiness check
 * passes once the schema is there and ClickHouse answers a ping.
 */
export class SchemaLifecycle {
  private ready = false;
  private stopping = false;
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: SchemaLifecycleOptions) {
    options.readiness.register('clickhouse', async () => {
      if (!this.ready) throw new Error('the ClickHouse schema is not checked yet');
      if (!(await options.store.ping())) throw new Error(`ClickHouse at ${options.store.location} does not answer`);
      return true;
    });
  }

  onModuleInit(): void {
    this.running = this.run();
  }

  private async run(): Promise<void> {
    const { store, logger } = this.options;
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        const applied = await store.migrate();
        logger.info({ location: store.location, database: store.database, applied }, 'ClickHouse schema is in place');
        this.ready = true;
        return;
      } catch (err) {
        const delay = Math.min(this.options.retryMaxMs ?? 30_000, 250 * 2 ** Math.min(attempt, 10));
        logger.warn({ err, attempt, retryInMs: delay, location: store.location }, 'could not check the ClickHouse schema; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Stops retrying and waits for the attempt in progress. Idempotent. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }
}
