import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import type { EncodedTable } from './batch';
import { MIGRATIONS, RETENTION_FOLLOWERS, RETENTION_TABLES, SCHEMA_MIGRATIONS_TABLE, type Migration, type RetentionTable } from './migrations';

/** Where the views live: a ClickHouse server by URL, or the embedded engine (chdb) in a data folder. */
export interface TraceStoreOptions {
  /** `http(s)://host:port` of a ClickHouse server; undefined for the embedded engine. */
  readonly url?: string;
  /** The embedded engine's data folder (ignored with a URL). One process owns it at a time. */
  readonly dataPath: string;
  /** The database holding the views; created when missing. */
  readonly database: string;
  readonly user?: string;
  readonly password?: string;
  /** Time limit of one request to a server, ms (default 30 000). */
  readonly requestTimeoutMs?: number;
  /**
   * The embedded engine reads inserts from staged files (default true); false sends them inline as
   * to a server, so tests run the server's insert path on the embedded engine.
   */
  readonly stagedInserts?: boolean;
  /**
   * The longest a migration statement waits for a table's lock, ms (default 5000,
   * MIGRATION_LOCK_TIMEOUT_MS), as ClickHouse's `lock_acquire_timeout` (whole seconds, rounded up).
   */
  readonly migrationLockTimeoutMs?: number;
}

/**
 * Another process is applying an exclusive migration (its lease table exists and is younger than
 * {@link MIGRATION_LEASE_STALE_MS}): retry later, as start-up does for any migration error.
 */
export class MigrationInProgressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationInProgressError';
  }
}

/**
 * ClickHouse gave up waiting for a table's lock (`lock_acquire_timeout`: DEADLOCK_AVOIDED, code 473);
 * the statement changed nothing and may simply be run again.
 */
const DEADLOCK_AVOIDED = '473';

/** The table a migration statement works on (its first `{db}.table`), for errors. */
export function statementTable(sql: string): string {
  return /\{db\}\.([A-Za-z0-9_]+)/.exec(sql)?.[1] ?? 'the database';
}

/**
 * A lease older than this is taken to be left by a process that died holding it, and taken over
 * (an exclusive migration is safe to run again after a crash part-way). Copying the views of a
 * large database may take minutes; half an hour leaves room for that.
 */
export const MIGRATION_LEASE_STALE_MS = 30 * 60_000;

/** Retention of each view in days; 0 keeps rows forever. */
export type RetentionDays = Readonly<Record<RetentionTable, number>>;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

// 64-bit integers as JSON strings, so counts and nanosecond times survive JSON.parse; the server
// default, which the embedded engine does not share.
const READ_SETTINGS: ClickHouseSettings = { output_format_json_quote_64bit_integers: 1 };

// Every insert skips the insert-time merge of ReplacingMergeTree/AggregatingMergeTree: readers
// deduplicate and aggregate themselves (see migrations.ts), background merges still collapse
// duplicates, and the insert-time merge costed about a quarter of an insert (measured on chdb).
const INSERT_SETTINGS: ClickHouseSettings = { optimize_on_insert: 0 };

// The embedded engine's inserts from a staged file, besides (measured on chdb 26.7 with the
// bench's 50,000-span files, CPU of the process, reports/views-bench.md):
// - one thread parses the file (input_format_parallel_parsing = 0): splitting it into chunks for
//   parser threads cost 0.5-1 us per span more than it saved, on a machine whose cores the
//   pipeline's other stages keep busy anyway;
// - the materialized views' queries are planned by the older query analyzer (enable_analyzer = 0):
//   the newer one spent about 20 ms of CPU planning the four views over `spans` on every insert
//   (50 ms against 28 ms for a 50-span insert), a fixed cost per batch the rows do not change. Their
//   SQL qualifies every source column (migrations.ts), so both analyzers read it alike. Only here:
//   a server may not know the setting (before 24.3) or may drop the old analyzer.
const STAGED_INSERT_SETTINGS: ClickHouseSettings = { ...INSERT_SETTINGS, input_format_parallel_parsing: 0, enable_analyzer: 0 };

/** What {@link TraceStore.engineStats} reports. */
export interface EngineStats {
  /** Memory the engine's allocator tracks (ClickHouse's MemoryTracking), bytes. */
  readonly memoryTrackedBytes: number;
  /** Of it, held by merges and mutations, bytes. */
  readonly mergesMemoryBytes: number;
  readonly mergesRunning: number;
  /** Active parts and their rows, per table of the database. */
  readonly tables: ReadonlyArray<{ readonly table: string; readonly activeParts: number; readonly rows: number }>;
}

/** `chdb/connection`'s connection, as @clickhouse/client takes it. */
type ChdbConnection = NonNullable<NonNullable<Parameters<typeof createClient>[0]>['connection']>;

/** The embedded engine's insert path: rows staged in a file of this process's own folder. */
/** Where {@link writeLines} encodes lines before they go to the file, reused by every staged insert. */
const STAGING_CHUNK_BYTES = 4 * 1024 * 1024;
let stagingChunk: Buffer | undefined;

/**
 * Writes `lines`, each followed by a newline, to `file` as UTF-8, through one reused 4 MB buffer.
 * Joining the lines into one string and writing that allocated the batch twice (the string and its
 * UTF-8 copy, ~19 MB each for 15,000 spans) and cost 48-50 ms of CPU per such batch, against
 * 8-9 ms this way (measured on this machine, 72-field lines of ~1.3 KB). `chunkBytes` is for tests.
 */
export function writeLines(file: string, lines: readonly string[], chunkBytes = STAGING_CHUNK_BYTES): void {
  const chunk = chunkBytes === STAGING_CHUNK_BYTES ? (stagingChunk ??= Buffer.allocUnsafe(chunkBytes)) : Buffer.allocUnsafe(chunkBytes);
  const fd = openSync(file, 'w');
  try {
    let pos = 0;
    for (const line of lines) {
      // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
      if (pos + line.length * 3 + 1 > chunk.length) {
        writeAll(fd, chunk, pos);
        pos = 0;
        if (line.length * 3 + 1 > chunk.length) {
          const bytes = Buffer.from(`${line}\n`, 'utf8');
          writeAll(fd, bytes, bytes.length);
          continue;
        }
      }
      pos += chunk.write(line, pos, 'utf8');
      chunk[pos++] = 0x0a;
    }
    writeAll(fd, chunk, pos);
  } finally {
    closeSync(fd);
  }
}

/** Writes `buf[0, length)` to `fd`, however many calls the kernel takes for it. */
function writeAll(fd: number, buf: Buffer, length: number): void {
  for (let done = 0; done < length; ) done += writeSync(fd, buf, done, length - done);
}

interface EmbeddedInserts {
  /** A folder of this process (mkdtemp), removed at close. */
  readonly folder: string;
  /** Files staged so far, for unique names. */
  count: number;
  /** `name type, ...` of each table, read from the engine once. */
  readonly structures: Map<string, Promise<string>>;
}

/** A string literal for SQL (our own file paths and column types, never user input). */
function sqlString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * A connection to the views' database through `@clickhouse/client`: a server by URL, or the
 * embedded engine (`chdb/connection`). It owns the schema (versioned migrations, retention) and
 * inserts encoded rows; reading is {@link TraceReader}'s.
 *
 * The embedded engine binds one data folder per process: open one TraceStore per process and share
 * it (the view-generator and the query API run in one process in the embedded default).
 */
export class TraceStore {
  private closed = false;

  private constructor(
    /** The client every query goes through. */
    readonly client: ClickHouseClient,
    /** The validated database name, safe to put in SQL as an identifier. */
    readonly database: string,
    /** Where the data is, for logs: the URL without credentials or the data folder. */
    readonly location: string,
    private readonly staging: EmbeddedInserts | undefined,
    /** True for the embedded engine. */
    readonly embedded: boolean,
    /** MIGRATION_LOCK_TIMEOUT_MS. */
    private readonly migrationLockTimeoutMs: number,
  ) {}

  /** Opens the store; a server is contacted lazily, the embedded engine starts here. */
  static open(options: TraceStoreOptions): TraceStore {
    if (!IDENTIFIER.test(options.database)) {
      throw new Error(`the ClickHouse database name ${JSON.stringify(options.database)} is not an identifier: use letters, digits and _`);
    }
    const lockTimeout = options.migrationLockTimeoutMs ?? 5_000;
    if (!Number.isInteger(lockTimeout) || lockTimeout < 1) {
      throw new Error(`the migration lock timeout must be a whole number of ms >= 1 (got ${lockTimeout}): set MIGRATION_LOCK_TIMEOUT_MS`);
    }
    if (options.url) {
      const url = new URL(options.url);
      const client = createClient({
        url: options.url,
        username: options.user ?? (url.username || undefined),
        password: options.password ?? (url.password || undefined),
        request_timeout: options.requestTimeoutMs ?? 30_000,
        clickhouse_settings: READ_SETTINGS,
      });
      url.username = '';
      url.password = '';
      return new TraceStore(client, options.database, url.toString(), undefined, false, lockTimeout);
    }
    const path = resolve(options.dataPath);
    mkdirSync(path, { recursive: true });
    // Loaded only for the embedded engine, so a server deployment never loads the native library.
    // (Typed by hand: the workspace's `moduleResolution: node` does not read package `exports`.)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createChdbConnection } = require('chdb/connection') as { createChdbConnection(options: { path: string }): ChdbConnection };
    const connection = createChdbConnection({ path });
    const client = createClient({ connection, clickhouse_settings: READ_SETTINGS });
    const staging: EmbeddedInserts | undefined =
      options.stagedInserts === false ? undefined : { folder: mkdtempSync(join(tmpdir(), 'tracehouse-inserts-')), count: 0, structures: new Map() };
    return new TraceStore(client, options.database, `chdb:${path}`, staging, true, lockTimeout);
  }

  /** `database.table`, for SQL. */
  qualified(table: string): string {
    if (!IDENTIFIER.test(table)) throw new Error(`${JSON.stringify(table)} is not a table name`);
    return `${this.database}.${table}`;
  }

  /**
   * Creates the database and applies every migration not yet recorded in `schema_migrations`, in
   * version order; resolves with the versions applied now. Safe to run from several processes at
   * once (every statement is idempotent). Refuses a database whose schema is newer than this build.
   *
   * Every migration statement runs with `lock_acquire_timeout` of MIGRATION_LOCK_TIMEOUT_MS (whole
   * seconds, rounded up): an ALTER, EXCHANGE or DROP that cannot get its table's lock (a long query
   * reads it) gives up instead of waiting, and since ClickHouse lets a waiting writer hold back new
   * readers of that table, readers wait at most that long. The error names the migration and the
   * table; nothing is recorded, and start-up retries with backoff (every statement is safe to run
   * again). Statements are not given an execution limit: the copies of version 5 read the old table
   * under a shared lock, which holds back no reader, and a limit would make the upgrade of a large
   * database impossible. The embedded engine runs one query at a time in its one process, so there
   * no other session can hold a lock a migration would wait for.
   */
  async migrate(migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
    const db = this.database;
    await this.client.command({ query: `CREATE DATABASE IF NOT EXISTS ${db}` });
    await this.client.command({ query: SCHEMA_MIGRATIONS_TABLE.replaceAll('{db}', db) });
    const result = await this.client.query({ query: `SELECT DISTINCT version FROM ${db}.schema_migrations`, format: 'JSONEachRow' });
    const applied = new Set((await result.json<{ version: number }>()).map((r) => Number(r.version)));
    const newest = Math.max(0, ...migrations.map((m) => m.version));
    const stored = Math.max(0, ...applied);
    if (stored > newest) {
      throw new Error(`the ClickHouse database ${db} has schema version ${stored}, newer than this build's ${newest}: run a newer tracehouse`);
    }
    const done: number[] = [];
    let mergeTreeSettings: Promise<Set<string>> | undefined;
    const knows = async (setting: string): Promise<boolean> => (await (mergeTreeSettings ??= this.mergeTreeSettings())).has(setting);
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      const release = migration.exclusive ? await this.takeLease(migration.version) : undefined;
      try {
        // Holding the lease: another process may have applied it before we took it.
        if (release && (await this.isApplied(migration.version))) continue;
        for (const statement of migration.statements) {
          if (typeof statement !== 'string' && !(await knows(statement.ifMergeTreeSetting))) continue;
          const sql = typeof statement === 'string' ? statement : statement.sql;
          try {
            await this.client.command({ query: sql.replaceAll('{db}', db), clickhouse_settings: { lock_acquire_timeout: Math.ceil(this.migrationLockTimeoutMs / 1000) } });
          } catch (err) {
            throw this.migrationError(migration, statementTable(sql), err);
          }
        }
        await this.client.insert({ table: `${db}.schema_migrations`, values: [{ version: migration.version, name: migration.name }], format: 'JSONEachRow', columns: ['version', 'name'] });
        done.push(migration.version);
      } finally {
        await release?.();
      }
    }
    return done;
  }

  /** A failed migration statement as an error naming the migration and the table. */
  private migrationError(migration: Migration, table: string, err: unknown): Error {
    const what = `schema migration ${migration.version} (${migration.name}) of the ClickHouse database ${this.database}`;
    const message = err instanceof Error ? err.message : String(err);
    if (String((err as { code?: unknown }).code) === DEADLOCK_AVOIDED) {
      return new Error(
        `${what} could not lock the table ${this.database}.${table} within MIGRATION_LOCK_TIMEOUT_MS=${this.migrationLockTimeoutMs} ms: another query holds it; gave up so that readers do not queue behind the migration, start-up retries (${message})`,
        { cause: err },
      );
    }
    return new Error(`${what} failed on the table ${this.database}.${table}: ${message}`, { cause: err });
  }

  private async isApplied(version: number): Promise<boolean> {
    const result = await this.client.query({ query: `SELECT count() AS n FROM ${this.database}.schema_migrations WHERE version = {version:UInt32}`, query_params: { version }, format: 'JSONEachRow' });
    const [row] = await result.json<{ n: string }>();
    return Number(row?.n ?? 0) > 0;
  }

  /**
   * Takes the lease of an exclusive migration: a table only one process can create (ClickHouse has
   * no locks, but CREATE TABLE without IF NOT EXISTS succeeds once). Resolves with its release;
   * throws MigrationInProgressError while another process holds it. A lease left by a process that
   * died is taken over once it is {@link MIGRATION_LEASE_STALE_MS} old.
   */
  private async takeLease(version: number): Promise<() => Promise<void>> {
    const lease = this.qualified(`migration_${version}_lease`);
    const release = async (): Promise<void> => {
      await this.client.command({ query: `DROP TABLE IF EXISTS ${lease}` });
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await this.client.command({ query: `CREATE TABLE ${lease} (holder String) ENGINE = MergeTree ORDER BY tuple()` });
        return release;
      } catch (err) {
        if (String((err as { code?: unknown }).code) !== '57') throw err; // TABLE_ALREADY_EXISTS
      }
      const result = await this.client.query({
        query: "SELECT dateDiff('second', metadata_modification_time, now()) AS age FROM system.tables WHERE database = {db:String} AND name = {name:String}",
        query_params: { db: this.database, name: `migration_${version}_lease` },
        format: 'JSONEachRow',
      });
      const [row] = await result.json<{ age: number | string }>();
      const ageMs = Number(row?.age ?? 0) * 1000;
      if (attempt === 0 && (row === undefined || ageMs > MIGRATION_LEASE_STALE_MS)) {
        await release(); // released meanwhile, or left by a process that died: take it over
        continue;
      }
      throw new MigrationInProgressError(
        `schema migration ${version} of the ClickHouse database ${this.database} is being applied by another process (its lease ${lease} is ${Math.round(ageMs / 1000)} s old); retry once it is done`,
      );
    }
  }

  /** The MergeTree settings this ClickHouse knows (read once per migrate, when a statement needs one). */
  private async mergeTreeSettings(): Promise<Set<string>> {
    const result = await this.client.query({ query: 'SELECT name FROM system.merge_tree_settings', format: 'JSONEachRow' });
    return new Set((await result.json<{ name: string }>()).map((r) => r.name));
  }

  /**
   * Sets each view's TTL to its configured retention (0 removes it), where it differs from the
   * table's current TTL. Existing parts are not rewritten (materialize_ttl_after_modify = 0): the
   * new TTL applies as parts merge, and whole expired parts are dropped. Since schema version 5 the
   * TTL counts from arrival (`received_at`; `last_received` for operations) and the views are
   * partitioned by arrival day, so a span is kept for its retention whatever its clock. A follower table
   * (RETENTION_FOLLOWERS) gets its leader's retention.
   */
  async applyRetention(days: RetentionDays): Promise<void> {
    const targets: [RetentionTable | keyof typeof RETENTION_FOLLOWERS, string, number][] = (Object.entries(RETENTION_TABLES) as [RetentionTable, string][]).map(([table, column]) => [table, column, days[table]]);
    for (const [table, leader] of Object.entries(RETENTION_FOLLOWERS) as [keyof typeof RETENTION_FOLLOWERS, RetentionTable][]) targets.push([table, RETENTION_TABLES[leader], days[leader]]);
    for (const [table, column, wanted] of targets) {
      if (!Number.isInteger(wanted) || wanted < 0) throw new Error(`retention of ${table} must be a whole number of days >= 0 (got ${wanted})`);
      const current = await this.currentTtl(table);
      // A TTL counting from another column (span time, before schema version 5) is set again.
      if (current.days === wanted && (wanted === 0 || current.column === column)) continue;
      if (wanted === 0) {
        await this.client.command({ query: `ALTER TABLE ${this.qualified(table)} REMOVE TTL` });
      } else {
        await this.client.command({
          query: `ALTER TABLE ${this.qualified(table)} MODIFY TTL toDateTime(${column}) + toIntervalDay(${wanted})`,
          clickhouse_settings: { materialize_ttl_after_modify: 0 },
        });
      }
    }
  }

  /** The table's TTL in days as its definition states it; 0 when it has none. */
  async currentTtlDays(table: RetentionTable | keyof typeof RETENTION_FOLLOWERS): Promise<number> {
    return (await this.currentTtl(table)).days;
  }

  /** The table's TTL as its definition states it: the column it counts from and its days (0: none). */
  async currentTtl(table: RetentionTable | keyof typeof RETENTION_FOLLOWERS): Promise<{ column: string; days: number }> {
    const result = await this.client.query({
      query: 'SELECT engine_full FROM system.tables WHERE database = {db:String} AND name = {table:String}',
      query_params: { db: this.database, table },
      format: 'JSONEachRow',
    });
    const [row] = await result.json<{ engine_full: string }>();
    if (!row) throw new Error(`the table ${this.database}.${table} does not exist: run the migrations first`);
    const match = /TTL toDateTime\((\w+)\) \+ toIntervalDay\((\d+)\)/.exec(row.engine_full);
    return match ? { column: match[1] as string, days: Number(match[2]) } : { column: '', days: 0 };
  }

  /**
   * Inserts one table's encoded rows. Resolves only once ClickHouse acknowledged them (they are
   * durable for the engine: a crash after this does not lose them); rejects otherwise, and the
   * caller retries the same rows (every view is idempotent under re-insertion).
   */
  async insert(table: EncodedTable): Promise<void> {
    if (table.lines.length === 0) return;
    if (this.staging) {
      await this.insertStaged(this.staging, table);
      return;
    }
    await this.insertInline(table.table, table.columns, table.format, table.lines);
    for (const copy of table.copies ?? []) await this.insertInline(copy.table, copy.columns, 'CSV', table.lines.map((line) => copy.csv(line)));
  }

  private async insertInline(table: string, columns: readonly string[], format: 'TabSeparated' | 'CSV', lines: readonly string[]): Promise<void> {
    const body = Buffer.from(`${lines.join('\n')}\n`);
    await this.client.insert({
      table: this.qualified(table),
      values: Readable.from([body], { objectMode: false }),
      format,
      columns: [...columns] as [string, ...string[]],
      clickhouse_settings: INSERT_SETTINGS,
    });
  }

  /**
   * The embedded engine reads the rows from a file (`INSERT ... SELECT FROM file()`), which it
   * parses with its parallel file reader: on chdb 26 that took about a third of the time of the
   * same TSV handed over inline (chdb's raw insert or @clickhouse/client's insert), measured on
   * 50,000-span batches. The table's copies are filled from the same file, read as whole lines.
   * The file lives in this process's own temporary folder and is removed once the inserts settled.
   */
  private async insertStaged(staging: EmbeddedInserts, table: EncodedTable): Promise<void> {
    const structure = await this.structureOf(staging, table);
    const file = join(staging.folder, `${++staging.count}.tsv`);
    // Written synchronously (a few ms for a 15,000-span batch, into the page cache) so that the
    // engine starts on it at once: the caller goes on decoding the next batch, and an async write's
    // completion would wait for that to yield before the insert could even start.
    writeLines(file, table.lines);
    try {
      await this.client.command({
        query: `INSERT INTO ${this.qualified(table.table)} (${table.columns.join(', ')})
          SELECT * FROM file(${sqlString(file)}, ${sqlString(table.format)}, ${sqlString(structure)})`,
        clickhouse_settings: STAGED_INSERT_SETTINGS,
      });
      // The copies after the table: a row the engine refuses (a constraint, a bad value) fails
      // the `spans` insert before any copy holds it, so get-trace never shows a span that is then
      // dead-lettered (writing trace_spans first would show a trace ~50-80 ms sooner, and did).
      for (const copy of table.copies ?? []) {
        await this.client.command({
          query: `INSERT INTO ${this.qualified(copy.table)} (${copy.columns.join(', ')})
            SELECT ${copy.select} FROM file(${sqlString(file)}, 'LineAsString', 'line String')`,
          clickhouse_settings: STAGED_INSERT_SETTINGS,
        });
      }
    } finally {
      await unlink(file).catch(() => undefined);
    }
  }

  /** `name type, ...` of the table's given columns, in their order, as `file()` takes it. */
  private structureOf(staging: EmbeddedInserts, table: EncodedTable): Promise<string> {
    let structure = staging.structures.get(table.table);
    if (!structure) {
      structure = this.client
        .query({
          query: 'SELECT name, type FROM system.columns WHERE database = {db:String} AND table = {table:String}',
          query_params: { db: this.database, table: table.table },
          format: 'JSONEachRow',
        })
        .then((result) => result.json<{ name: string; type: string }>())
        .then((rows) => {
          const types = new Map(rows.map((r) => [r.name, r.type]));
          return table.columns
            .map((column) => {
              const type = types.get(column);
              if (!type) throw new Error(`the table ${this.database}.${table.table} has no column ${column}: run the migrations first`);
              return `${column} ${type}`;
            })
            .join(', ');
        });
      // A failed lookup (ClickHouse down, migrations not run) is asked again on the next insert.
      structure.catch(() => staging.structures.delete(table.table));
      staging.structures.set(table.table, structure);
    }
    return structure;
  }

  /**
   * What the engine holds now, for the view-generator's /metrics: memory its allocator tracks (all,
   * and merges' share), merges running, and active parts and rows per table of this database (a
   * table whose parts keep growing is one whose merges fall behind its inserts: ClickHouse refuses
   * inserts past `parts_to_throw_insert`).
   */
  async engineStats(): Promise<EngineStats> {
    const metrics = await (
      await this.client.query({ query: `SELECT metric, value FROM system.metrics WHERE metric IN ('MemoryTracking', 'MergesMutationsMemoryTracking', 'Merge')`, format: 'JSONEachRow' })
    ).json<{ metric: string; value: string | number }>();
    const byName = new Map(metrics.map((m) => [m.metric, Number(m.value)]));
    const parts = await (
      await this.client.query({
        query: 'SELECT table, count() AS parts, sum(rows) AS rows FROM system.parts WHERE database = {db:String} AND active GROUP BY table ORDER BY table',
        query_params: { db: this.database },
        format: 'JSONEachRow',
      })
    ).json<{ table: string; parts: string | number; rows: string | number }>();
    return {
      memoryTrackedBytes: byName.get('MemoryTracking') ?? 0,
      mergesMemoryBytes: byName.get('MergesMutationsMemoryTracking') ?? 0,
      mergesRunning: byName.get('Merge') ?? 0,
      tables: parts.map((p) => ({ table: p.table, activeParts: Number(p.parts), rows: Number(p.rows) })),
    };
  }

  /** True when ClickHouse answers a query now. */
  async ping(): Promise<boolean> {
    if (this.closed) return false;
    const result = await this.client.ping();
    return result.success;
  }

  /** Closes the client; for the embedded engine, waits until the data folder is released. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.close();
    if (this.staging) rmSync(this.staging.folder, { recursive: true, force: true });
    if (this.embedded) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { drainPending } = require('chdb') as { drainPending?: () => Promise<void> };
      await drainPending?.();
    }
  }
}
