// `operations` (the Jaeger services and operations lists) written by the view-generator itself,
// since schema version 11. Until then a materialized view over `spans` grouped every insert's spans
// by (tenant, service, span name, kind) and wrote a part to `operations` on every batch, although
// a workload has a few hundred such tuples and they rarely change: one part (a dozen files) per
// batch, 4-11 ms of engine CPU per 10,000-span batch (reports/views-bench.md, notes). Now a batch
// collects its distinct tuples, and the writer inserts only the ones it has not written within
// {@link OPERATIONS_REFRESH_MS}: usually none.
//
// Why the table stays right without the memory (migrations.ts, version 11): `operations` is an
// AggregatingMergeTree keyed by the tuple with max() columns, and the readers ask for DISTINCT
// tuples, so a tuple written twice (after a restart, by two replicas, by a replayed batch) is one
// entry. A tuple is remembered only after ClickHouse acknowledged its insert, so a failed write
// writes it again with the retried batch. Re-writing a tuple at least once per refresh interval
// keeps `last_received` (what the table's retention counts from) and `last_seen` within that
// interval of the truth, so a service still sending is never expired by the TTL.

import type { TableEncoding } from './batch';
import { tsvDateTime64, tsvDateTime64Ms, tsvString } from './tsv';

/** A row of `operations`: one (tenant, service, span name, kind) of a batch, with its latest times. */
export interface OperationRow {
  readonly tenant: string;
  readonly serviceName: string;
  readonly spanName: string;
  readonly kind: string;
  /** The latest start time (ns) of the batch's spans of this operation. */
  lastSeenUnixNano: bigint;
  /** The latest collector receive time (ms) of the batch's spans of this operation. */
  lastReceivedMs: number;
}

/** `operations`. */
export const OPERATIONS_ENCODING: TableEncoding<OperationRow> = {
  table: 'operations',
  columns: ['tenant', 'service_name', 'span_name', 'kind', 'last_seen', 'last_received'],
  encode: (r) => `${operationKey(r)}\t${tsvDateTime64(r.lastSeenUnixNano)}\t${tsvDateTime64Ms(r.lastReceivedMs)}`,
};

/** The operation's identity as one string: its key fields TSV-escaped and tab-joined, so no two differ only by where a tab falls. */
export function operationKey(r: Pick<OperationRow, 'tenant' | 'serviceName' | 'spanName' | 'kind'>): string {
  return `${tsvString(r.tenant)}\t${tsvString(r.serviceName)}\t${tsvString(r.spanName)}\t${tsvString(r.kind)}`;
}

/**
 * How often a still-seen operation is written again: well under a day, the shortest retention
 * `VIEW_RETENTION_OPERATIONS_DAYS` can set, so its `last_received` never lags enough to expire it.
 */
export const OPERATIONS_REFRESH_MS = 60 * 60 * 1000;

/**
 * How many operations a process remembers. Past it the longest-unwritten one is forgotten (and
 * written again when next seen): a workload with span names of unbounded cardinality (raw URLs as
 * names) then costs what the materialized view cost, one row per new name, and memory stays bounded.
 */
export const OPERATIONS_REMEMBERED = 100_000;

/**
 * The operations this process wrote to `operations` and when (ms), so it writes each again only
 * once per refresh interval. Bounded by `maxEntries`; forgetting one only costs an extra row.
 */
export class WrittenOperations {
  private readonly writtenAt = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly refreshMs: number;
  private readonly now: () => number;

  constructor(options: { maxEntries?: number; refreshMs?: number; now?: () => number } = {}) {
    this.maxEntries = options.maxEntries ?? OPERATIONS_REMEMBERED;
    this.refreshMs = options.refreshMs ?? OPERATIONS_REFRESH_MS;
    this.now = options.now ?? Date.now;
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1) throw new RangeError(`maxEntries must be a whole number >= 1 (got ${this.maxEntries})`);
  }

  /** Operations remembered. */
  get size(): number {
    return this.writtenAt.size;
  }

  /** Of `rows`, the ones not written within the refresh interval (or never), to be written now. */
  due(rows: readonly OperationRow[]): OperationRow[] {
    const now = this.now();
    return rows.filter((r) => {
      const at = this.writtenAt.get(operationKey(r));
      return at === undefined || now - at >= this.refreshMs;
    });
  }

  /** Remembers `rows` as written now: call only once ClickHouse acknowledged them. */
  markWritten(rows: readonly OperationRow[]): void {
    const now = this.now();
    for (const r of rows) {
      const key = operationKey(r);
      // Re-inserted so the Map's order stays by write time: the first entry is the stalest.
      this.writtenAt.delete(key);
      this.writtenAt.set(key, now);
    }
    for (const key of this.writtenAt.keys()) {
      if (this.writtenAt.size <= this.maxEntries) break;
      this.writtenAt.delete(key);
    }
  }
}
