import { freePort } from '@tracehouse/infra';
import { PostgresEntityStore } from './postgres-entity-store';
import { entityStoreConformance } from './testdata/entity-store-conformance';

/** The integration tier's PostgreSQL (started by the global setup, or DATABASE_URL). */
function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run integration tests through jest.int.config.js, whose global setup starts PostgreSQL');
  return url;
}

describe('PostgresEntityStore (real PostgreSQL) passes the EntityStore conformance suite', () => {
  let closedPort: number;
  beforeAll(async () => {
    closedPort = await freePort();
  });

  entityStoreConformance({
    // One schema per test: tests never see each other's entities.
    open: (ns) => new PostgresEntityStore({ url: databaseUrl(), schema: ns, maxBatch: 500 }),
    unreachable: () => new PostgresEntityStore({ url: `postgres://tracehouse@127.0.0.1:${closedPort}/tracehouse`, timeoutMs: 1_000 }),
  });

  it('rejects a schema name that is not a plain identifier', () => {
    expect(() => new PostgresEntityStore({ url: databaseUrl(), schema: 'bad"; DROP TABLE x; --' })).toThrow(/PostgreSQL schema "bad\\"; DROP TABLE x; --" is not a plain identifier/);
  });
});
