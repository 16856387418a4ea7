import type { Logger, Metrics, Readiness } from '@tracehouse/observability';
import type { StageLifecycle } from '@tracehouse/stage-runtime';
import type { RetentionDays, TraceStore } from '@tracehouse/trace-store';
import type { LogsHandler } from './logs/logs.handler';
import type { ViewGeneratorHandler } from './view-generator.handler';

/** Options of {@link ViewGeneratorLifecycle}. */
export interface ViewGeneratorLifecycleOptions {
  readonly store: TraceStore;
  readonly stage: StageLifecycle;
  readonly handler: ViewGeneratorHandler;
  /** The log path (`otlp-logs` -> `logs`): its own consumer group, started and stopped with the views'. */
  readonly logs?: { readonly stage: StageLifecycle; readonly handler: LogsHandler };
  readonly logger: Logger;
  readonly readiness: Readiness;
  readonly retention: RetentionDays;
  /** Cap of the backoff between schema attempts, ms. */
  readonly retryMaxMs: number;
  /** Where the engine's gauges go (see {@link ENGINE_STATS_INTERVAL_MS}); none in some tests. */
  readonly metrics?: Metrics;
}

/**
 * How often the engine's memory, merges and parts are read into /metrics: often enough to see a
 * table's parts pile up long before ClickHouse refuses inserts, cheap enough to be noise (two
 * system-table reads).
 */
export const ENGINE_STATS_INTERVAL_MS = 10_000;

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
  private statsTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ViewGeneratorLifecycleOptions) {
    const { readiness, handler, logs } = options;
    readiness.register('clickhouse', () => {
      if (!this.schemaReady) throw new Error('the ClickHouse schema is not applied yet');
      if (!handler.clickhouseAvailable) throw new Error(`ClickHouse inserts are failing: ${handler.lastInsertError ?? 'unknown error'}`);
      if (logs && !logs.handler.clickhouseAvailable) throw new Error(`ClickHouse log inserts are failing: ${logs.handler.lastInsertError ?? 'unknown error'}`);
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
    if (this.stopping) return;
    this.options.stage.onModuleInit();
    this.options.logs?.stage.onModuleInit();
    this.watchEngine();
  }

  /** Reads the engine's figures into gauges every {@link ENGINE_STATS_INTERVAL_MS}, once the schema exists. */
  private watchEngine(): void {
    const { metrics, store, logger } = this.options;
    if (metrics === undefined) return;
    const memory = metrics.gauge('views_engine_memory_bytes', 'Memory the ClickHouse engine tracks, bytes: all of it (tracked) and what merges hold (merges).', ['kind']);
    const merges = metrics.gauge('views_engine_merges_running', 'Merges the ClickHouse engine runs now.');
    const parts = metrics.gauge('views_table_active_parts', 'Active parts per view table: growing without bound means merges fall behind inserts.', ['table']);
    const rows = metrics.gauge('views_table_rows', 'Rows per view table (before merges deduplicate replays).', ['table']);
    let reading = false;
    const read = async (): Promise<void> => {
      if (reading || this.stopping) return;
      reading = true;
      try {
        const stats = await store.engineStats();
        memory.set({ kind: 'tracked' }, stats.memoryTrackedBytes);
        memory.set({ kind: 'merges' }, stats.mergesMemoryBytes);
        merges.set(stats.mergesRunning);
        for (const t of stats.tables) {
          parts.set({ table: t.table }, t.activeParts);
          rows.set({ table: t.table }, t.rows);
        }
      } catch (err) {
        logger.debug({ err }, 'could not read the engine figures for /metrics');
      } finally {
        reading = false;
      }
    };
    void read();
    this.statsTimer = setInterval(() => void read(), ENGINE_STATS_INTERVAL_MS);
    this.statsTimer.unref();
  }

  private async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.statsTimer);
    this.wake?.();
    await this.starting;
    await Promise.all([this.options.stage.onApplicationShutdown(), this.options.logs?.stage.onApplicationShutdown()]);
    await this.options.store.close();
  }
}
