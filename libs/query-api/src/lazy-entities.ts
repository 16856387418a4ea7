import type { EntityQueries } from './ports';

/** A document store as the query API opens it: `init` connects and applies its schema. */
export interface InitializableEntityStore extends EntityQueries {
  init(): Promise<void>;
}

/**
 * Entity reads that connect on first use: the query API starts (and serves traces) while the
 * document store is still down, answers entity requests 503 until it is up, and then initializes
 * it once. A failed `init` is retried by the next request.
 */
export class LazyEntityQueries implements EntityQueries {
  private ready: Promise<void> | undefined;

  constructor(private readonly store: InitializableEntityStore) {}

  async list(...args: Parameters<EntityQueries['list']>): ReturnType<EntityQueries['list']> {
    this.ready ??= this.store.init().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    await this.ready;
    return this.store.list(...args);
  }
}
