// The PostgreSQL entity store's migrations against real PostgreSQL (issue 18, "Upgrades lose
// nothing"): an entity store written by the previous release (testdata/previous-release/, a
// pg_dump of what the release at commit 89c29c2 wrote, made by
// tools/previous-release/generate-databases.spec.ts.txt) comes up under the current init() with its
// entities readable; and a migration never waits for, or holds, a table's lock longer than
// MIGRATION_LOCK_TIMEOUT_MS, so readers do not queue behind it, and the retry succeeds once the
// lock is gone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { pollUntil, uniqueName } from '@tracehouse/testing';
import type { Entity, EntityType } from './entity';
import { ENTITY_STORE_MIGRATIONS, PostgresEntityStore, type EntityStoreMigration } from './postgres-entity-store';

const FIXTURES = join(__dirname, 'testdata/previous-release');
const PREVIOUS_SCHEMA = 'tracehouse_prev_release';

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
  return url;
}

const schemaName = (prefix: string): string => uniqueName(prefix).replace(/-/g, '_').toLowerCase();

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl(), application_name: 'migrations-int-spec' });
  await client.connect();
  return client;
}

const stores: PostgresEntityStore[] = [];
const clients: Client[] = [];
const schemas: string[] = [];
afterAll(async () => {
  // Sessions first: one may still hold a lock the DROP would wait for.
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await Promise.all(stores.map((s) => s.close()));
  const admin = await connect();
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await admin.end();
});

function open(schema: string, options: { migrationLockTimeoutMs?: number; migrations?: readonly EntityStoreMigration[] } = {}): PostgresEntityStore {
  const store = new PostgresEntityStore({ url: databaseUrl(), schema, ...options });
  stores.push(store);
  return store;
}

describe('an entity store written by the previous release (89c29c2)', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { tenant: string; entities: Record<EntityType, Entity[]> };
  let schema: string;

  beforeAll(async () => {
    schema = schemaName('prev_release');
    schemas.push(schema);
    // The dump as pg_dump wrote it, under this test's schema name; psql's meta-commands
    // (\restrict) are for psql only.
    const sql = readFileSync(join(FIXTURES, 'entity-store.sql'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('\\'))
      .join('\n')
      .replaceAll(PREVIOUS_SCHEMA, schema);
    const client = await connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  });

  it('holds the old rows before the upgrade', async () => {
    const client = await connect();
    clients.push(client);
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".entities`);
    expect(Number(rows[0]?.n)).toBe(Object.values(expected.entities).flat().length);
    expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(6);
  });

  it('init() records every migration, and the current store reads every old entity as the old store did', async () => {
    const store = open(schema);
    await store.init();
    const client = await connect();
    clients.push(client);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM "${schema}".entity_store_migrations ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(ENTITY_STORE_MIGRATIONS.map((m) => m.version));
    for (const [type, entities] of Object.entries(expected.entities) as [EntityType, Entity[]][]) {
      expect([type, (await store.list(expected.tenant, type, { limit: 100 })).entities]).toEqual([type, entities]);
      for (const e of entities) expect(await store.get(e.tenant, e.type, e.id)).toEqual(e);
    }
  });

  it('takes new writes beside the old rows: a new entity, and a later sighting of an old one', async () => {
    const store = open(schema);
    await store.init();
    const old = expected.entities.SERVICE[0] as Entity;
    const fresh: Entity = { tenant: expected.tenant, type: 'SERVICE', id: 'f'.repeat(32), name: 'inventory', attributes: { name: 'inventory' }, firstSeen: old.lastSeen, lastSeen: old.lastSeen + 10 };
    await store.upsert([fresh, { ...old, lastSeen: old.lastSeen + 60_000 }]);
    expect(await store.get(fresh.tenant, 'SERVICE', fresh.id)).toEqual(fresh);
    expect(await store.get(old.tenant, 'SERVICE', old.id)).toEqual({ ...old, lastSeen: old.lastSeen + 60_000 });
    expect((await store.list(expected.tenant, 'SERVICE', { limit: 100 })).entities).toHaveLength(expected.entities.SERVICE.length + 1);
  });
});

describe('a migration and a table held by another session (MIGRATION_LOCK_TIMEOUT_MS)', () => {
  const BOUND_MS = 1_000;
  // A migration after the released ones: ALTER TABLE takes the ACCESS EXCLUSIVE lock.
  const addColumn: EntityStoreMigration = { version: 1_000, name: 'entities: a test column', table: 'entities', sql: (s) => `ALTER TABLE "${s}".entities ADD COLUMN test_note text` };

  it('gives up within the bound naming the migration and the table, readers are not blocked past it, and the retry succeeds after the lock is released', async () => {
    const schema = schemaName('mig_lock');
    schemas.push(schema);
    await open(schema).init();
    const seed: Entity = { tenant: 't', type: 'SERVICE', id: 'a'.repeat(32), name: 'a', attributes: {}, firstSeen: 1, lastSeen: 2 };
    await open(schema).upsert([seed]);

    // Another session reads the table inside a long transaction: it holds ACCESS SHARE until it ends.
    const holder = await connect();
    clients.push(holder);
    await holder.query('BEGIN');
    await holder.query(`SELECT count(*) FROM "${schema}".entities`);

    const upgrading = open(schema, { migrationLockTimeoutMs: BOUND_MS, migrations: [...ENTITY_STORE_MIGRATIONS, addColumn] });
    const started = Date.now();
    const attempt = upgrading.init().then(
      () => ({ ok: true as const, ms: Date.now() - started }),
      (err: unknown) => ({ ok: false as const, ms: Date.now() - started, err: err as Error }),
    );
    // While the ALTER waits for its lock, a new reader arrives: PostgreSQL queues it behind the
    // waiting ALTER, so it can only finish once the migration gave up.
    const watcher = await connect();
    clients.push(watcher);
    await pollUntil('the migration waiting for its lock', async () => {
      const { rows } = await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'ALTER TABLE "${schema}".entities%'`);
      return rows.length > 0;
    }, 10_000, 20);
    const reader = open(schema);
    const readStarted = Date.now();
    const read = reader.get('t', 'SERVICE', seed.id).then((e) => ({ e, ms: Date.now() - readStarted }));

    const result = await attempt;
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.err.message).toMatch(new RegExp(`^entity store migration 1000 \\(entities: a test column\\) could not lock the table "${schema}"\\.entities within MIGRATION_LOCK_TIMEOUT_MS=1000 ms`));
    expect(result.ok ? '' : result.err.name).toBe('EntityStoreUnavailableError');
    // Gave up at the bound, not when the holder let go (it still holds the lock) nor at the
    // 5 s statement limit of ordinary queries; the slack is for a shared, busy machine.
    expect(result.ms).toBeGreaterThanOrEqual(BOUND_MS - 50);
    expect(result.ms).toBeLessThan(BOUND_MS + 2_000);
    const got = await read;
    expect(got.e).toEqual(seed);
    expect(got.ms).toBeLessThan(BOUND_MS + 2_000);
    // Nothing of the migration was recorded or kept.
    const { rows: columns } = await watcher.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'entities' AND column_name = 'test_note'`, [schema]);
    expect(columns).toEqual([]);

    await holder.query('COMMIT');
    await upgrading.init();
    const { rows: versions } = await watcher.query<{ version: number }>(`SELECT version FROM "${schema}".entity_store_migrations ORDER BY version`);
    expect(versions.map((r) => r.version)).toEqual([...ENTITY_STORE_MIGRATIONS.map((m) => m.version), 1_000]);
    const { rows: added } = await watcher.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'entities' AND column_name = 'test_note'`, [schema]);
    expect(added).toHaveLength(1);
    expect(await reader.get('t', 'SERVICE', seed.id)).toEqual(seed);
  }, 30_000);

  it('a migration that runs longer than the bound while holding its table is rolled back, naming it', async () => {
    const schema = schemaName('mig_hold');
    schemas.push(schema);
    await open(schema).init();
    const slow: EntityStoreMigration = { version: 1_001, name: 'entities: a slow rewrite', table: 'entities', sql: (s) => `LOCK TABLE "${s}".entities IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(5)` };
    const started = Date.now();
    await expect(open(schema, { migrationLockTimeoutMs: BOUND_MS, migrations: [...ENTITY_STORE_MIGRATIONS, slow] }).init()).rejects.toThrow(
      new RegExp(`^entity store migration 1001 \\(entities: a slow rewrite\\) ran longer than MIGRATION_LOCK_TIMEOUT_MS=1000 ms \\(\\+250 ms\\) holding the table "${schema}"\\.entities`),
    );
    expect(Date.now() - started).toBeLessThan(BOUND_MS + 2_000);
    // The lock went with the rollback: a reader gets the table at once.
    const reader = await connect();
    clients.push(reader);
    await reader.query("SET lock_timeout = '200ms'");
    await expect(reader.query(`SELECT count(*) FROM "${schema}".entities`)).resolves.toBeDefined();
  }, 30_000);
});
