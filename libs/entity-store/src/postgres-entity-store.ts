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
  /** Told about errors of idle pooled connections (the server went away); they are not thrown anywhere. */
  readonly onIdleError?: (err: Error) => void;
}

const SCHEMA_RE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Versioned migrations, applied in order at `init()` and recorded in `entity_store_migrations`.
 * Never edit one that has shipped: add the next.
 *
 * `entities` holds one row per (tenant, type, id): the key and the seen-interval as columns (for the
 * upsert's LEAST/GREATEST and for paging) and the document, `{ name, attributes }`, as JSONB.
 */
const MIGRATIONS: ReadonlyArray<{ version: number; sql: (schema: string) => string }> = [
  {
    version: 1,
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
  private closed: Promise<void> | undefined;

  constructor(options: PostgresEntityStoreOptions) {
    this.schema = options.schema ?? 'tracehouse';
    if (!SCHEMA_RE.test(this.schema)) {
      throw new EntityValidationError(`PostgreSQL schema ${JSON.stringify(this.schema)} is not a plain identifier: use 1 to 63 of a-z, 0-9 and _, not starting with a digit`);
    }
    this.table = `"${this.schema}".entities`;
    this.maxBatch = options.maxBatch ?? 500;
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

  async init(): Promise<void> {
    await this.transaction('apply the entity store migrations', async (client) => {
      // Two processes starting at once must not race on CREATE (it is not concurrency-safe even
      // with IF NOT EXISTS): one applies, the other waits, then finds nothing to do.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tracehouse-entity-store:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS "${this.schema}".entity_store_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const applied = new Set((await client.query<{ version: number }>(`SELECT version FROM "${this.schema}".entity_store_migrations`)).rows.map((r) => r.version));
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql(this.schema));
        await client.query(`INSERT INTO "${this.schema}".entity_store_migrations (version) VALUES ($1)`, [m.version]);
      }
    });
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
