import { LRUCache } from 'lru-cache';
import type { Entity, EntityStore } from '@tracehouse/entity-store';
import type { Logger, Metrics } from '@tracehouse/observability';

/** Options of {@link EntityWriter}. */
export interface EntityWriterOptions {
  readonly store: EntityStore;
  /** Entities remembered as stored; the least recently seen are forgotten first. */
  readonly cacheMax: number;
  /**
   * How long an entity counts as stored, ms. After that it is written again on its next sighting,
   * so an entity removed from the store (by an operator, a restore) comes back by itself.
   */
  readonly cacheTtlMs: number;
  /** How often last-seen updates of cached entities are written, in one batch, ms. */
  readonly touchIntervalMs: number;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

interface Known {
  firstSeen: number;
  lastSeen: number;
  /** When the entity was last written on a miss (Date.now()): past cacheTtlMs it counts as unknown again. */
  readonly writtenAt: number;
}

/** A queued last-seen update: the entity as first met in the interval, widened in place by later traces. */
interface Touch {
  readonly entity: Entity;
  firstSeen: number;
  lastSeen: number;
}

/**
 * Keeps the entity store off the hot path. An entity not in the cache is upserted before the
 * trace that references it is produced (`ensure` resolves once it is durable); an entity in the
 * cache costs a map lookup, and when the trace widens its seen-interval the change is queued and
 * written in the background every `touchIntervalMs`, in one batch, never per trace.
 *
 * Queued touches are bounded by the cache size; past that (a store down for long) the newest are
 * dropped and counted: they only make a last-seen time a little older, never lose an entity.
 */
export class EntityWriter {
  private readonly cache: LRUCache<string, Known>;
  private pending = new Map<string, Touch>();
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private initialized: Promise<void> | undefined;
  private touchFailing = false;
  private readonly m;

  constructor(private readonly options: EntityWriterOptions) {
    // The TTL is checked here on each hit against one clock read per trace: lru-cache's own TTL
    // reads performance.now() on every get, which was a visible share of a warm trace's CPU.
    this.cache = new LRUCache({ max: options.cacheMax });
    const { metrics } = options;
    this.m = {
      hits: metrics.counter('enricher_entity_cache_hits_total', 'Entity references served by the cache.'),
      misses: metrics.counter('enricher_entity_cache_misses_total', 'Entity references not in the cache (written before the trace is produced).'),
      written: metrics.counter('enricher_entities_upserted_total', 'Entities upserted on a cache miss, by type.', ['type']),
      touches: metrics.counter('enricher_entity_touches_written_total', 'Seen-interval updates of cached entities written in background batches.'),
      touchesDropped: metrics.counter('enricher_entity_touches_dropped_total', 'Seen-interval updates dropped because the queue was full (the store was down for long).'),
      touchFailures: metrics.counter('enricher_entity_touch_failures_total', 'Background touch batches that failed (kept and retried).'),
      cacheSize: metrics.gauge('enricher_entity_cache_entries', 'Entities in the cache.'),
    };
  }

  /** Applies the store's schema (once; retried by the next call after a failure) and starts the background touches. */
  async start(): Promise<void> {
    this.timer ??= setInterval(() => void this.flushTouches(), this.options.touchIntervalMs);
    this.timer.unref();
    await this.init();
  }

  /**
   * Makes sure every entity is in the store. Returns undefined when all were cached (the warm path
   * never waits), else a promise that resolves once the missing ones are durable and rejects with
   * the store's error (nothing is cached then, so a retry writes them again).
   */
  ensure(entities: readonly Entity[]): Promise<void> | undefined {
    let missing: Entity[] | undefined;
    let hits = 0;
    const stale = Date.now() - this.options.cacheTtlMs;
    for (const e of entities) {
      // The id alone is the key: it is a hash of tenant, type and identifying attributes (entityId).
      const known = this.cache.get(e.id);
      if (!known || known.writtenAt < stale) {
        (missing ??= []).push(e);
        continue;
      }
      hits++;
      if (e.firstSeen < known.firstSeen || e.lastSeen > known.lastSeen) {
        if (e.firstSeen < known.firstSeen) known.firstSeen = e.firstSeen;
        if (e.lastSeen > known.lastSeen) known.lastSeen = e.lastSeen;
        this.queueTouch(e.id, e, e.firstSeen, e.lastSeen);
      }
    }
    if (hits > 0) this.m.hits.inc(hits);
    return missing ? this.write(missing) : undefined;
  }

  /** Writes the queued touches now (shutdown); resolves when done or failed (they are kept on failure). */
  async drain(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flushing;
    await this.flushTouches();
  }

  /** Writes the queued touches now, keeping the timer (benchmarks, tests); resolves when done or failed. */
  async flush(): Promise<void> {
    await this.flushing;
    await this.flushTouches();
  }

  /** Queued touches (tests, metrics). */
  get pendingTouches(): number {
    return this.pending.size;
  }

  private init(): Promise<void> {
    this.initialized ??= this.options.store.init().catch((err: unknown) => {
      this.initialized = undefined;
      throw err;
    });
    return this.initialized;
  }

  private async write(missing: Entity[]): Promise<void> {
    this.m.misses.inc(missing.length);
    await this.init();
    await this.options.store.upsert(missing);
    const writtenAt = Date.now();
    for (const e of missing) {
      this.cache.set(e.id, { firstSeen: e.firstSeen, lastSeen: e.lastSeen, writtenAt });
      this.m.written.inc({ type: e.type });
    }
    this.m.cacheSize.set(this.cache.size);
  }

  private queueTouch(key: string, e: Entity, firstSeen: number, lastSeen: number): void {
    // Widened in place: a trace that moves last-seen allocates nothing once its entity is queued.
    const queued = this.pending.get(key);
    if (queued) {
      if (firstSeen < queued.firstSeen) queued.firstSeen = firstSeen;
      if (lastSeen > queued.lastSeen) queued.lastSeen = lastSeen;
      return;
    }
    if (this.pending.size >= this.options.cacheMax) {
      this.m.touchesDropped.inc();
      return;
    }
    this.pending.set(key, { entity: e, firstSeen, lastSeen });
  }

  private flushTouches(): Promise<void> {
    if (this.flushing || this.pending.size === 0) return this.flushing ?? Promise.resolve();
    const batch = this.pending;
    this.pending = new Map();
    const entities: Entity[] = [];
    for (const t of batch.values()) entities.push({ ...t.entity, firstSeen: t.firstSeen, lastSeen: t.lastSeen });
    this.flushing = this.options.store
      .upsert(entities)
      .then(
        () => {
          this.m.touches.inc(batch.size);
          if (this.touchFailing) this.options.logger.info('background last-seen updates are written again');
          this.touchFailing = false;
        },
        (err: unknown) => {
          this.m.touchFailures.inc();
          if (!this.touchFailing) this.options.logger.warn({ err, touches: batch.size }, 'could not write last-seen updates; they are kept and retried');
          this.touchFailing = true;
          for (const [key, t] of batch) this.queueTouch(key, t.entity, t.firstSeen, t.lastSeen);
        },
      )
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }
}
