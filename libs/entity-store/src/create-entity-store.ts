import type { DocumentStoreKind, EntityStore } from './entity-store';
import { MongoEntityStore } from './mongo-entity-store';
import { PostgresEntityStore } from './postgres-entity-store';

/** Options of {@link createEntityStore}: which adapter, and its connection. */
export interface CreateEntityStoreOptions {
  readonly kind: DocumentStoreKind;
  /** PostgreSQL URL (kind `postgres`). */
  readonly postgresUrl?: string;
  /** PostgreSQL schema (kind `postgres`, default `tracehouse`). */
  readonly postgresSchema?: string;
  /** MongoDB URL (kind `mongodb`). */
  readonly mongodbUrl?: string;
  readonly maxBatch?: number;
  readonly poolSize?: number;
  readonly timeoutMs?: number;
  /** Longest wait for, or hold of, a table lock by a PostgreSQL migration, ms (MIGRATION_LOCK_TIMEOUT_MS). */
  readonly migrationLockTimeoutMs?: number;
  /** Errors of idle PostgreSQL connections, which are not thrown anywhere. */
  readonly onIdleError?: (err: Error) => void;
}

/** Builds the configured adapter; throws naming the missing URL. Connects only on `init()`. */
export function createEntityStore(options: CreateEntityStoreOptions): EntityStore {
  const { maxBatch, poolSize, timeoutMs } = options;
  if (options.kind === 'mongodb') {
    if (!options.mongodbUrl) throw new Error('the mongodb entity store needs a URL: set MONGODB_URL to mongodb://host:port/database');
    return new MongoEntityStore({ url: options.mongodbUrl, maxBatch, poolSize, timeoutMs });
  }
  if (!options.postgresUrl) throw new Error('the postgres entity store needs a URL: set DATABASE_URL to postgres://user@host:port/database');
  return new PostgresEntityStore({ url: options.postgresUrl, schema: options.postgresSchema, maxBatch, poolSize, timeoutMs, migrationLockTimeoutMs: options.migrationLockTimeoutMs, onIdleError: options.onIdleError });
}
