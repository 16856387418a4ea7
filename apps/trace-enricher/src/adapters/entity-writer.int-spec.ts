// What reaches PostgreSQL per trace, counted at the real store's connections: a known entity
// costs no statement, and last-seen updates of every touched entity go out in one statement per
// interval. (Issue 13: the entity cache must make a known entity free.)
import { Pool, type PoolClient } from 'pg';
import { PostgresEntityStore, type Entity } from '@tracehouse/entity-store';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { StructuredTrace } from '@tracehouse/model';
import { uniqueName } from '@tracehouse/testing';
import { TraceEnricher } from '../processor/trace-enricher.processor';
import { streamTrace } from '../testdata/int-helpers';
import { EntityWriter } from './entity-writer';

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
  return url;
}

/** The statements the store sends, with their SQL, counted at each pooled client (pool.query runs on one too). */
function countStatements(store: PostgresEntityStore): string[] {
  const sent: string[] = [];
  // The pool is the adapter's own; reaching it here keeps a test hook out of the production API.
  const pool = (store as unknown as { pool: Pool }).pool;
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      sent.push(typeof first === 'string' ? first : String((first as { text?: string } | undefined)?.text));
      return query(...args);
    };
  });
  return sent;
}

/** Trace n of a bounded world (6 services, 4 API words, 3 databases), `n` ms after trace 0. */
function worldTrace(n: number): StructuredTrace {
  const t = streamTrace('warm', n, { services: 6, apisPerService: 4, databases: 3 });
  const shift = BigInt(n) * 1_000_000n;
  return { ...t, spans: t.spans.map((s) => ({ ...s, startTimeUnixNano: s.startTimeUnixNano + shift, endTimeUnixNano: s.endTimeUnixNano + shift })) };
}

describe('EntityWriter against real PostgreSQL: what a trace costs the database', () => {
  let store: PostgresEntityStore;
  let writer: EntityWriter;
  let sent: string[];
  let schema: string;
  const enricher = new TraceEnricher({ maxApisPerService: 1000 });
  const entitiesOf = (n: number): Entity[] => enricher.enrich(worldTrace(n), 'acme').entities;

  beforeEach(async () => {
    schema = uniqueName('enricher_cost').replace(/-/g, '_');
    store = new PostgresEntityStore({ url: databaseUrl(), schema });
    sent = countStatements(store);
    // A long interval: the test flushes by hand, so the timer never writes in between.
    writer = new EntityWriter({ store, cacheMax: 1_000, cacheTtlMs: 600_000, touchIntervalMs: 600_000, logger: createLogger('entity-writer-int', { level: 'warn' }), metrics: new Metrics('entity-writer-int') });
    await writer.start();
  });
  afterEach(async () => {
    await writer.drain();
    const pool = new Pool({ connectionString: databaseUrl(), max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => pool.end());
    await store.close();
  });

  it('a trace whose entities are all cached sends no statement, and one interval of such traces costs one statement for every touched entity', async () => {
    // Warm-up: the world's entities are written once, before the traces that reference them.
    const known = new Map<string, Entity>();
    for (let n = 0; n < 24; n++) {
      const entities = entitiesOf(n);
      await writer.ensure(entities);
      for (const e of entities) known.set(e.id, e);
    }
    await writer.flush();
    expect(sent.length).toBeGreaterThan(0);
    // The world repeats every 12 traces (n mod 6, 4 and 3), so the warm-up met all of it.
    expect(known.size).toBeGreaterThan(12);

    // 500 later traces over the same world: every one widens last-seen, none may reach PostgreSQL.
    sent.length = 0;
    const latest = new Map<string, number>();
    for (let n = 24; n < 524; n++) {
      const entities = entitiesOf(n);
      expect(writer.ensure(entities)).toBeUndefined();
      for (const e of entities) latest.set(e.id, Math.max(latest.get(e.id) ?? 0, e.lastSeen));
    }
    expect(sent).toEqual([]);

    // The interval's last-seen updates: one statement for all touched entities, none per trace.
    await writer.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^\s*INSERT INTO/);
    for (const [id, lastSeen] of latest) {
      const e = known.get(id) as Entity;
      expect((await store.get('acme', e.type, id))?.lastSeen).toBe(lastSeen);
    }

    // Nothing new seen: the next interval writes nothing.
    sent.length = 0;
    for (let n = 24; n < 124; n++) expect(writer.ensure(entitiesOf(n))).toBeUndefined();
    await writer.flush();
    expect(sent).toEqual([]);
  });

  it('a trace with a new entity is held until that entity is durable, and the write carries only the missing ones', async () => {
    await writer.ensure(entitiesOf(0));
    sent.length = 0;
    // Trace 1 meets a new API, service and database next to ones trace 0 already wrote.
    const entities = entitiesOf(1);
    const pending = writer.ensure(entities);
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(sent).toHaveLength(1);
    const fresh = entities.filter((e) => !entitiesOf(0).some((o) => o.id === e.id));
    for (const e of fresh) expect(await store.get('acme', e.type, e.id)).toMatchObject({ id: e.id, firstSeen: e.firstSeen });
  });
});
