// TraceStore.migrate on the real ClickHouse engine (embedded chdb): each migration statement runs
// with lock_acquire_timeout from MIGRATION_LOCK_TIMEOUT_MS, and a failing statement names its
// migration and table, records nothing, and the retry succeeds once the cause is gone. (A lock held
// by another session cannot be made on the embedded engine, which runs one query at a time in its
// one process; the wait itself is ClickHouse's lock_acquire_timeout.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Migration } from './migrations';
import { TraceStore } from './store';

let dir: string;
let store: TraceStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'migrate-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'migrate_test', migrationLockTimeoutMs: 2_500 });
});

afterAll(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function rows(query: string): Promise<Record<string, unknown>[]> {
  return (await store.client.query({ query, format: 'JSONEachRow' })).json<Record<string, unknown>>();
}

it('runs every migration statement with lock_acquire_timeout of MIGRATION_LOCK_TIMEOUT_MS, rounded up to seconds', async () => {
  const probe: Migration = { version: 1, name: 'probe', statements: ["CREATE TABLE IF NOT EXISTS {db}.probe ENGINE = Memory AS SELECT getSetting('lock_acquire_timeout') AS v"] };
  expect(await store.migrate([probe])).toEqual([1]);
  expect(await rows('SELECT toString(v) AS v FROM migrate_test.probe')).toEqual([{ v: '3' }]);
});

it('a failing statement names the migration and the table, records nothing, and the retry applies it', async () => {
  const probe: Migration = { version: 1, name: 'probe', statements: [] };
  const alter: Migration = { version: 2, name: 'later: a column on later_table', statements: ['ALTER TABLE {db}.later_table ADD COLUMN IF NOT EXISTS note String'] };
  await expect(store.migrate([probe, alter])).rejects.toThrow(/^schema migration 2 \(later: a column on later_table\) of the ClickHouse database migrate_test failed on the table migrate_test\.later_table: /);
  expect(await rows('SELECT DISTINCT version FROM migrate_test.schema_migrations ORDER BY version')).toEqual([{ version: 1 }]);
  await store.client.command({ query: 'CREATE TABLE migrate_test.later_table (a UInt8) ENGINE = MergeTree ORDER BY a' });
  expect(await store.migrate([probe, alter])).toEqual([2]);
  expect(await rows("SELECT name FROM system.columns WHERE database = 'migrate_test' AND table = 'later_table' AND name = 'note'")).toEqual([{ name: 'note' }]);
});
