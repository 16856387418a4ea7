import type { Entity, EntityPage, EntityType } from './entity';

/** DOCUMENT_STORES lists the entity store adapters (`DOCUMENT_STORE`). */
export const DOCUMENT_STORES = ['postgres', 'mongodb'] as const;
/** DocumentStoreKind names an entity store adapter. */
export type DocumentStoreKind = (typeof DOCUMENT_STORES)[number];

/** Options of {@link EntityStore.list}. */
export interface ListOptions {
  /** Entities per page, 1 to 1000 (default 100). */
  readonly limit?: number;
  /** Returns entities whose id sorts after this one (the previous page's `nextAfter`). */
  readonly after?: string;
}

/** The most entities one {@link EntityStore.list} call returns. */
export const MAX_LIST_LIMIT = 1000;

/**
 * EntityStore is the document store of services, APIs and backends (ARCHITECTURE.md, "Storage").
 * Two adapters implement it, PostgreSQL (JSONB) and MongoDB, and one conformance suite
 * (`testdata/entity-store-conformance.ts`) runs against each.
 *
 * - Ownership: the store copies what it needs during a call; the caller keeps its arrays and
 *   objects and may reuse them once the promise settles. Returned entities belong to the caller.
 * - Idempotency: an entity is identified by (tenant, type, id), and ids are deterministic
 *   ({@link entityId}), so writers that meet the same thing write the same key. `upsert` creates an
 *   entity once and afterwards only widens its [firstSeen, lastSeen] interval: replays and
 *   concurrent writers never create a second entity, and the order of writes does not matter.
 * - Errors: {@link EntityValidationError} for bad input (nothing of that call is written);
 *   {@link EntityStoreUnavailableError} when the store cannot be reached (retry later: every call is
 *   safe to repeat); {@link EntityStoreError} for anything else the store refused.
 */
export interface EntityStore {
  /** Which adapter this is. */
  readonly kind: DocumentStoreKind;

  /**
   * Connects and applies the schema (PostgreSQL migrations, MongoDB indexes). Idempotent and safe
   * to run from several processes at once; resolves once the store takes reads and writes.
   */
  init(): Promise<void>;

  /**
   * Creates the entities that do not exist, and for those that do keeps the earliest `firstSeen`
   * and the latest `lastSeen`; `name` and `attributes` are those of the first write (they derive
   * from the identifying attributes, so every writer has the same). Entities with one key in a
   * batch are folded first. Resolves only once every entity is durable (PostgreSQL committed;
   * MongoDB acknowledged with the deployment's write concern): callers produce or commit what
   * references them only after that.
   */
  upsert(entities: readonly Entity[]): Promise<void>;

  /** The entity with that key, or undefined. */
  get(tenant: string, type: EntityType, id: string): Promise<Entity | undefined>;

  /** One page of a tenant's entities of one type, in id order (the query side reads these). */
  list(tenant: string, type: EntityType, options?: ListOptions): Promise<EntityPage>;

  /** Resolves when the store answers now; rejects with EntityStoreUnavailableError otherwise. */
  ping(): Promise<void>;

  /** Closes connections; idempotent. */
  close(): Promise<void>;
}

/** The store refused an operation for a reason other than reachability (permissions, a bug). */
export class EntityStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EntityStoreError';
  }
}

/** The store cannot be reached or does not answer in time: back off and retry; nothing is lost by repeating a call. */
export class EntityStoreUnavailableError extends EntityStoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EntityStoreUnavailableError';
  }
}

/** Validates list options and returns the page size. */
export function listLimit(options: ListOptions | undefined): number {
  const limit = options?.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new RangeError(`list limit must be an integer from 1 to ${MAX_LIST_LIMIT} (got ${String(limit)})`);
  }
  return limit;
}
