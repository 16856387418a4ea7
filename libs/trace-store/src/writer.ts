import type { ViewBatch } from './batch';
import type { TraceStore } from './store';

/**
 * Where the view-generator writes its views (the port; {@link ClickHouseViewWriter} is the adapter).
 *
 * `write` inserts every table of the batch and resolves only once ClickHouse acknowledged all of
 * them: the caller commits offsets after that, never before. It is idempotent: writing the same rows
 * again (a retry after a failure part-way, a replayed message, a late fragment repeating spans) never
 * changes what a query returns, because every view deduplicates by (tenant, trace id, span id) or
 * merges idempotently (see migrations.ts). The batch stays the caller's; the writer keeps nothing.
 */
export interface ViewWriter {
  write(batch: ViewBatch): Promise<void>;
}

/** Writes view batches into a {@link TraceStore}, table by table. */
export class ClickHouseViewWriter implements ViewWriter {
  constructor(private readonly store: TraceStore) {}

  async write(batch: ViewBatch): Promise<void> {
    for (const table of batch.tables()) await this.store.insert(table);
  }
}
