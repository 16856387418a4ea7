import { Pool, type PoolClient } from 'pg';
import { EntityValidationError, foldBatch, type Entity, type EntityPage, type EntityType } from './entity';
import { EntityStoreError, EntityStoreUnavailableError, listLimit, type EntityStore, type ListOptions } from './entity-store';

/** Options of {@link PostgresEntityStore}. */
export interface PostgresEntityStoreOptions {
  /** `postgres://user[:password]@host:port/database` */
  readonly url: string;
  /** Schema of the store's tables, created when missing (default `tracehouse`). */
  readonly schema?: string;
  /** Rows per INSERT statement; bigger batches are split (default 500). */
  readonly maxBatch?: number;
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
  /** Limit of connecting and of each statement, ms (default 5000): a store that hangs counts as down. */
  readonly timeoutMs?: number;
  /**
   * The longest a migration waits for a table's lock, and runs while holding it, ms (default 5000,
   * MIGRATION_LOCK_TIMEOUT_MS). Past it the migration gives up and rolls back, so readers never
   * queue behind a waiting ALTER for longer; `init()` then rejects and start-up retries.
   */
  readonly migrationLockTimeoutMs?: number;
  /** The migrations to apply (default {@link ENTITY_STORE_MIGRATIONS}); tests add one to a released list. */
  readonly migrations?: readonly EntityStoreMigration[];
  /** Told about errors of idle pooled connections (the server went away); they are not thrown anywhere. */
  readonly onIdleError?: (err: Error) => void;
}

const SCHEMA_RE = /^[a-z_][a-z0-9_]{0,62}$/;

/** One versioned migration of the PostgreSQL entity store. */
export interface EntityStoreMigration {
  readonly version: number;
  /** What it does, for logs and errors. */
  readonly name: string;
  /** The table whose lock it takes, named when it cannot get the lock in time. */
  readonly table: string;
  /** One SQL message (it may hold several statements): the lock bound applies to all of it. */
  readonly sql: (schema: string) => string;
}

/**
 * Versioned migrations, applied in order at `init()` and recorded in `entity_store_migrations`.
 * Never edit one that has shipped: add the next. Each runs in its own transaction, under
 * `lock_timeout` and `statement_timeout` of MIGRATION_LOCK_TIMEOUT_MS (see `init()`).
 *
 * `entities` holds one row per (tenant, type, id): the key and the seen-interval as columns (for the
 * upsert's LEAST/GREATEST and for paging) and the document, `{ name, attributes }`, as JSONB.
 */
export const ENTITY_STORE_MIGRATIONS: readonly EntityStoreMigration[] = [
  {
    version: 1,
    name: 'entities table',
    table: 'entities',
    sql: (s) => `
      CREATE TABLE "${s}".entities (
        tenant     text        NOT NULL,
        type       text        NOT NULL CHECK (type IN ('SERVICE', 'API', 'BACKEND')),
        id         text        NOT NULL,
        doc        jsonb       NOT NULL,
        first_seen timestamptz NOT NULL,
        last_seen  timestamptz NOT NULL,
        PRIMARY KEY (tenant, type, id)
      )`,
  },
];

/** SQLSTATEs of a statement PostgreSQL stopped on our own limits: lock_not_available (lock_timeout), query_canceled (statement_timeout). */
const LOCK_TIMEOUT = '55P03';
const STATEMENT_TIMEOUT = '57014';
/** What a migration's statement_timeout adds to MIGRATION_LOCK_TIMEOUT_MS (see `init()`). */
const STATEMENT_MARGIN_MS = 250;

/** SQLSTATE classes that mean "the server cannot serve now": connection exception, insufficient resources, operator intervention, system error. */
const UNAVAILABLE_SQLSTATE_CLASSES = new Set(['08', '53', '57', '58']);

function classify(what: string, err: unknown): EntityStoreError {
  if (err instanceof EntityStoreError) return err;
  const code = (err as { code?: unknown } | undefined)?.code;
  const message = err instanceof Error ? err.message : String(err);
  const isSqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  if (isSqlState && !UNAVAILABLE_SQLSTATE_CLASSES.has(code.slice(0, 2))) {
    return new EntityStoreError(`PostgreSQL refused to ${what} (SQLSTATE ${code}): ${message}`, { cause: err });
  }
  // No SQLSTATE: a socket error (ECONNREFUSED, ECONNRESET), a connect or query timeout, or a
  // connection the server terminated.
  return new EntityStoreUnavailableError(`PostgreSQL is unavailable, could not ${what}: ${message}`, { cause: err });
}

/**
 * The PostgreSQL adapter of {@link EntityStore} (`pg`): entities as JSONB documents in
 * `<schema>.entities`, upserted with `INSERT ... ON CONFLICT DO UPDATE` and LEAST/GREATEST.
 */
export class PostgresEntityStore implements EntityStore {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;
  private readonly schema: string;
  private readonly table: string;
  private readonly maxBatch: number;
  private readonly lockTimeoutMs: number;
  private readonly migrations: readonly EntityStoreMigration[];
  private closed: Promise<void> | undefined;

  constructor(options: PostgresEntityStoreOptions) {
    this.schema = options.schema ?? 'tracehouse';
    if (!SCHEMA_RE.test(this.schema)) {
      throw new EntityValidationError(`PostgreSQL schema ${JSON.stringify(this.schema)} is not a plain identifier: use 1 to 63 of a-z, 0-9 and _, not starting with a digit`);
    }
    this.table = `"${this.schema}".entities`;
    this.maxBatch = options.maxBatch ?? 500;
    this.lockTimeoutMs = options.migrationLockTimeoutMs ?? 5_000;
    if (!Number.isInteger(this.lockTimeoutMs) || this.lockTimeoutMs < 1) {
      throw new EntityValidationError(`the migration lock timeout must be a whole number of ms >= 1 (got ${this.lockTimeoutMs}): set MIGRATION_LOCK_TIMEOUT_MS`);
    }
    this.migrations = [...(options.migrations ?? ENTITY_STORE_MIGRATIONS)].sort((a, b) => a.version - b.version);
    const timeoutMs = options.timeoutMs ?? 5_000;
    this.pool = new Pool({
      connectionString: options.url,
      max: options.poolSize ?? 4,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
      statement_timeout: timeoutMs,
      idleTimeoutMillis: 30_000,
      application_name: 'tracehouse-entity-store',
    });
    // An idle connection whose server went away emits here; unhandled it would crash the process.
    this.pool.on('error', (err) => options.onIdleError?.(err));
  }

  /**
   * Creates the schema and applies every migration not yet recorded, each in its own transaction.
   * Safe from several processes at once: a transaction-scoped advisory lock lets one apply while the
   * others wait, then find nothing to do. Every wait for a lock (the advisory one, a table's) and
   * every migration's run are bounded by MIGRATION_LOCK_TIMEOUT_MS (`SET LOCAL lock_timeout`, and
   * `statement_timeout` 250 ms above it): an ALTER that cannot get its table (a long transaction reads it) gives up
   * instead of making every later reader of that table queue behind it, and a migration holds its
   * table's lock no longer than the bound. Giving up rejects with an EntityStoreUnavailableError
   * naming the migration and the table; the caller retries with backoff (start-up does).
   */
  async init(): Promise<void> {
    const s = this.schema;
    const bounded = async (client: PoolClient): Promise<void> => {
      // SET takes no parameters; the value is a validated integer.
      await client.query(`SET LOCAL lock_timeout = ${this.lockTimeoutMs}`);
      // A statement timeout equal to the lock timeout would fire first while waiting, and the error
      // would not say that the lock was the trouble: the run gets a small margin on top.
      await client.query(`SET LOCAL statement_timeout = ${this.lockTimeoutMs + STATEMENT_MARGIN_MS}`);
    };
    // Two processes starting at once must not race on CREATE (it is not concurrency-safe even
    // with IF NOT EXISTS): one applies, the other waits, then finds nothing to do.
    const serialize = async (client: PoolClient, what: string): Promise<void> => {
      try {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tracehouse-entity-store:${s}`]);
      } catch (err) {
        throw this.lockError(err, what, `the advisory lock of schema "${s}" (another process is applying its migrations)`);
      }
    };
    const applied = new Set<number>();
    await this.transaction('prepare the entity store migrations', async (client) => {
      await bounded(client);
      await serialize(client, 'preparing the entity store migrations');
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${s}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS "${s}".entity_store_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      for (const r of (await client.query<{ version: number }>(`SELECT version FROM "${s}".entity_store_migrations`)).rows) applied.add(r.version);
    });
    for (const m of this.migrations) {
      if (applied.has(m.version)) continue;
      const what = `entity store migration ${m.version} (${m.name})`;
      await this.transaction(`apply ${what}`, async (client) => {
        await bounded(client);
        await serialize(client, what);
        // Another process may have applied it while we waited for the advisory lock.
        if ((await client.query(`SELECT 1 FROM "${s}".entity_store_migrations WHERE version = $1`, [m.version])).rows.length > 0) return;
        try {
          await client.query(m.sql(s));
        } catch (err) {
          throw this.lockError(err, what, `the table "${s}".${m.table}`);
        }
        await client.query(`INSERT INTO "${s}".entity_store_migrations (version) VALUES ($1)`, [m.version]);
      });
    }
  }

  /** A lock or statement timeout of a migration as a retryable error naming what it waited for; other errors unchanged. */
  private lockError(err: unknown, what: string, locked: string): unknown {
    const code = (err as { code?: unknown } | undefined)?.code;
    const bound = `MIGRATION_LOCK_TIMEOUT_MS=${this.lockTimeoutMs}`;
    if (code === LOCK_TIMEOUT) {
      return new EntityStoreUnavailableError(
        `${what} could not lock ${locked} within ${bound} ms: another session holds a lock on it; gave up and rolled back so that readers do not queue behind the migration, start-up retries (SQLSTATE ${code})`,
        { cause: err },
      );
    }
    if (code === STATEMENT_TIMEOUT) {
      return new EntityStoreUnavailableError(`${what} ran longer than ${bound} ms (+${STATEMENT_MARGIN_MS} ms) holding ${locked}: rolled back so that the table is not held past the bound, start-up retries (SQLSTATE ${code})`, { cause: err });
    }
    return err;
  }

  async upsert(entities: readonly Entity[]): Promise<void> {
    const rows = foldBatch(entities);
    for (let i = 0; i < rows.length; i += this.maxBatch) {
      const chunk = rows.slice(i, i + this.maxBatch);
      // One statement per chunk: unnest turns parallel arrays into rows, so a chunk is one round
      // trip whatever its size. The WHERE skips rows the write would not change (a replay writes nothing).
      await this.query(
        `upsert ${chunk.length} entities`,
        `INSERT INTO ${this.table} AS e (tenant, type, id, doc, first_seen, last_seen)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[])
         ON CONFLICT (tenant, type, id) DO UPDATE SET
           first_seen = LEAST(e.first_seen, EXCLUDED.first_seen),
           last_seen = GREATEST(e.last_seen, EXCLUDED.last_seen)
         WHERE EXCLUDED.first_seen < e.first_seen OR EXCLUDED.last_seen > e.last_seen`,
        [
          chunk.map((e) => e.tenant),
          chunk.map((e) => e.type),
          chunk.map((e) => e.id),
          chunk.map((e) => JSON.stringify({ name: e.name, attributes: e.attributes })),
          chunk.map((e) => new Date(e.firstSeen).toISOString()),
          chunk.map((e) => new Date(e.lastSeen).toISOString()),
        ],
        // Prepared once per connection: the server parses and plans the upsert once, not on every
        // write (a new entity's trace and every last-seen batch run this same statement).
        `tracehouse-entity-upsert:${this.schema}`,
      );
    }
  }

  async get(tenant: string, type: EntityType, id: string): Promise<Entity | undefined> {
    const { rows } = await this.query<Row>(`read entity ${id}`, `SELECT tenant, type, id, doc, first_seen, last_seen FROM ${this.table} WHERE tenant = $1 AND type = $2 AND id = $3`, [tenant, type, id]);
    return rows[0] ? toEntity(rows[0]) : undefined;
  }

  async list(tenant: string, type: EntityType, options?: ListOptions): Promise<EntityPage> {
    const limit = listLimit(options);
    const { rows } = await this.query<Row>(
      `list ${type} entities of tenant ${tenant}`,
      `SELECT tenant, type, id, doc, first_seen, last_seen FROM ${this.table}
       WHERE tenant = $1 AND type = $2 AND id > $3 ORDER BY id COLLATE "C" LIMIT $4`,
      [tenant, type, options?.after ?? '', limit],
    );
    const entities = rows.map(toEntity);
    return entities.length === limit ? { entities, nextAfter: entities[entities.length - 1]?.id } : { entities };
  }

  async ping(): Promise<void> {
    await this.query('answer a ping', 'SELECT 1');
  }

  close(): Promise<void> {
    this.closed ??= this.pool.end().catch(() => undefined);
    return this.closed;
  }

  private async query<R extends object = Record<string, unknown>>(what: string, sql: string, params: unknown[] = [], name?: string): Promise<{ rows: R[] }> {
    try {
      return await this.pool.query<R>(name === undefined ? { text: sql, values: params } : { name, text: sql, values: params });
    } catch (err) {
      throw classify(what, err);
    }
  }

  private async transaction(what: string, body: (client: PoolClient) => Promise<void>): Promise<void> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw classify(what, err);
    }
    let broken: unknown;
    try {
      await client.query('BEGIN');
      await body(client);
      await client.query('COMMIT');
    } catch (err) {
      broken = err;
      await client.query('ROLLBACK').catch(() => undefined);
      throw classify(what, err);
    } finally {
      // A connection that failed mid-transaction is not given back to the pool for reuse.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }
}

interface Row {
  tenant: string;
  type: EntityType;
  id: string;
  doc: { name: string; attributes: Record<string, string> };
  first_seen: Date;
  last_seen: Date;
}

function toEntity(r: Row): Entity {
  return { tenant: r.tenant, type: r.type, id: r.id, name: r.doc.name, attributes: r.doc.attributes, firstSeen: r.first_seen.getTime(), lastSeen: r.last_seen.getTime() };
}
