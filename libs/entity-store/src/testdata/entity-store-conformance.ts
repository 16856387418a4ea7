// The one conformance suite of the EntityStore port: every adapter's int-spec calls
// `entityStoreConformance` with a way to open its store, and passes the same cases over the same
// fixtures. Spec-only (jest globals); never imported by shipped code.
import { EntityValidationError, entityId, type Entity, type EntityType } from '../entity';
import { EntityStoreUnavailableError, type EntityStore } from '../entity-store';

/** How the suite reaches one adapter. */
export interface EntityStoreTarget {
  /**
   * A store over namespace `ns` (a PostgreSQL schema, a MongoDB database), not yet initialised.
   * Two stores opened on one namespace share their data, like two enricher processes.
   */
  open(ns: string): EntityStore;
  /** A store whose server does not answer (a closed port), with a short timeout. */
  unreachable(): EntityStore;
}

/** 2025-01-15T12:00:00.000Z: fixtures use fixed times. */
export const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);

/** A fixture entity whose id is derived the way the enricher derives it. */
export function fixtureEntity(
  tenant: string,
  type: EntityType,
  identifying: Record<string, string>,
  seen: { first: number; last: number },
  overrides: Partial<Pick<Entity, 'name' | 'attributes'>> = {},
): Entity {
  return {
    tenant,
    type,
    id: entityId(tenant, type, identifying),
    name: overrides.name ?? Object.values(identifying).join(' '),
    attributes: overrides.attributes ?? identifying,
    firstSeen: seen.first,
    lastSeen: seen.last,
  };
}

const service = (tenant: string, name: string, first = T0, last = T0 + 1_000): Entity => fixtureEntity(tenant, 'SERVICE', { name }, { first, last });

/** Reads every entity of a tenant and type through the paging API. */
export async function listAll(store: EntityStore, tenant: string, type: EntityType, limit = 100): Promise<Entity[]> {
  const out: Entity[] = [];
  let after: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const { entities, nextAfter } = await store.list(tenant, type, { limit, after });
    out.push(...entities);
    if (!nextAfter) return out;
    after = nextAfter;
  }
  throw new Error('listAll: more than 10 000 pages');
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Registers the conformance cases of the EntityStore port for one adapter. */
export function entityStoreConformance(target: EntityStoreTarget): void {
  const opened: EntityStore[] = [];
  let counter = 0;
  // Lowercase letters, digits and _: valid as a PostgreSQL schema and a MongoDB database name.
  const newNamespace = (): string => `conf_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const open = (ns: string): EntityStore => {
    const store = target.open(ns);
    opened.push(store);
    return store;
  };
  const freshStore = async (): Promise<EntityStore> => {
    const store = open(newNamespace());
    await store.init();
    return store;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  it('creates an entity on its first upsert and reads it back exactly', async () => {
    const store = await freshStore();
    const api = fixtureEntity('acme', 'API', { service: 'checkout', name: 'GET /users/{id}' }, { first: T0 + 1, last: T0 + 999 }, {
      attributes: { service: 'checkout', name: 'GET /users/{id}', note: 'quotes " \' and \\ and ünïcødé ✓ and {"json": [1]}' },
    });
    await store.upsert([api]);
    expect(await store.get('acme', 'API', api.id)).toEqual(api);
    expect(await listAll(store, 'acme', 'API')).toEqual([api]);
  });

  it('creates nothing and changes nothing when a batch is replayed', async () => {
    const store = await freshStore();
    const batch = [service('acme', 'checkout'), service('acme', 'cart'), fixtureEntity('acme', 'BACKEND', { protocol: 'postgresql', host: 'orders-db', port: '5432' }, { first: T0, last: T0 + 5 })];
    await store.upsert(batch);
    const before = [...(await listAll(store, 'acme', 'SERVICE')), ...(await listAll(store, 'acme', 'BACKEND'))];
    await store.upsert(batch);
    await store.upsert([...batch].reverse());
    const after = [...(await listAll(store, 'acme', 'SERVICE')), ...(await listAll(store, 'acme', 'BACKEND'))];
    expect(after).toHaveLength(3);
    expect(after).toEqual(before);
  });

  it('keeps the earliest firstSeen and the latest lastSeen whatever the order of writes, and the first name', async () => {
    const store = await freshStore();
    const first = service('acme', 'checkout', T0 + 10_000, T0 + 20_000);
    await store.upsert([first]);
    await store.upsert([{ ...first, firstSeen: T0, lastSeen: T0 + 5_000, name: 'a later writer' }]);
    await store.upsert([{ ...first, firstSeen: T0 + 15_000, lastSeen: T0 + 30_000, attributes: { other: 'x' } }]);
    await store.upsert([{ ...first, firstSeen: T0 + 12_000, lastSeen: T0 + 13_000 }]);
    expect(await store.get('acme', 'SERVICE', first.id)).toEqual({ ...first, firstSeen: T0, lastSeen: T0 + 30_000 });
  });

  it('folds one entity written twice in a batch into one', async () => {
    const store = await freshStore();
    const e = service('acme', 'checkout', T0 + 100, T0 + 200);
    await store.upsert([e, { ...e, firstSeen: T0 + 50, lastSeen: T0 + 60 }, { ...e, firstSeen: T0 + 150, lastSeen: T0 + 400 }]);
    expect(await listAll(store, 'acme', 'SERVICE')).toEqual([{ ...e, firstSeen: T0 + 50, lastSeen: T0 + 400 }]);
  });

  it('gets an entity only under its own tenant and type', async () => {
    const store = await freshStore();
    const e = service('acme', 'checkout');
    await store.upsert([e]);
    expect(await store.get('other', 'SERVICE', e.id)).toBeUndefined();
    expect(await store.get('acme', 'API', e.id)).toBeUndefined();
    expect(await store.get('acme', 'SERVICE', entityId('acme', 'SERVICE', { name: 'nope' }))).toBeUndefined();
    // One name in two tenants is two entities with two ids.
    expect(service('other', 'checkout').id).not.toBe(e.id);
  });

  it('lets two writers upsert the same new entities concurrently and keeps each exactly once', async () => {
    const ns = newNamespace();
    const a = open(ns);
    const b = open(ns);
    await Promise.all([a.init(), b.init()]);
    const names = Array.from({ length: 300 }, (_, i) => `svc-${i}`);
    const rounds = [0, 1, 2, 3].map((round) =>
      Promise.all([
        a.upsert(shuffled(names, round + 1).map((n, i) => service('acme', n, T0 + round * 10 + (i % 3), T0 + 1_000 + round))),
        b.upsert(shuffled(names, round + 100).map((n) => service('acme', n, T0 + 5 + round, T0 + 2_000 - round))),
      ]),
    );
    await Promise.all(rounds);
    const all = await listAll(a, 'acme', 'SERVICE', 1000);
    expect(all).toHaveLength(300);
    expect(new Set(all.map((e) => e.id)).size).toBe(300);
    expect(all.map((e) => e.name).sort()).toEqual([...names].sort());
    for (const e of all) {
      expect(e.lastSeen).toBe(T0 + 2_000);
      expect(e.firstSeen).toBeLessThanOrEqual(T0 + 2);
    }
  });

  it('lists a tenant and type in id order, page by page, and nothing of other tenants or types', async () => {
    const store = await freshStore();
    const mine = Array.from({ length: 230 }, (_, i) => service('acme', `svc-${i}`));
    await store.upsert([
      ...mine,
      ...Array.from({ length: 40 }, (_, i) => service('globex', `svc-${i}`)),
      ...Array.from({ length: 30 }, (_, i) => fixtureEntity('acme', 'API', { service: 'svc-0', name: `GET /r${i}` }, { first: T0, last: T0 })),
    ]);
    const p1 = await store.list('acme', 'SERVICE', { limit: 100 });
    expect(p1.entities).toHaveLength(100);
    expect(p1.nextAfter).toBe(p1.entities[99]?.id);
    const p2 = await store.list('acme', 'SERVICE', { limit: 100, after: p1.nextAfter });
    const p3 = await store.list('acme', 'SERVICE', { limit: 100, after: p2.nextAfter });
    expect(p2.entities).toHaveLength(100);
    expect(p3.entities).toHaveLength(30);
    expect(p3.nextAfter).toBeUndefined();
    const ids = [...p1.entities, ...p2.entities, ...p3.entities].map((e) => e.id);
    expect(ids).toEqual(mine.map((e) => e.id).sort());
    expect(await listAll(store, 'globex', 'SERVICE')).toHaveLength(40);
    expect(await listAll(store, 'acme', 'API', 7)).toHaveLength(30);
    expect(await listAll(store, 'acme', 'BACKEND')).toEqual([]);
    await expect(store.list('acme', 'SERVICE', { limit: 0 })).rejects.toThrow('list limit must be an integer from 1 to 1000 (got 0)');
  });

  it('splits a batch bigger than one statement and writes all of it', async () => {
    const store = await freshStore();
    const many = Array.from({ length: 1_234 }, (_, i) => fixtureEntity('acme', 'API', { service: 'checkout', name: `GET /items/${i}` }, { first: T0 + i, last: T0 + i }));
    await store.upsert(many);
    const all = await listAll(store, 'acme', 'API', 1000);
    expect(all).toHaveLength(1_234);
    expect(all).toEqual([...many].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  it('rejects an invalid entity naming what is wrong, and writes nothing of its batch', async () => {
    const store = await freshStore();
    const good = service('acme', 'checkout');
    await expect(store.upsert([good, { ...service('acme', 'bad'), name: 'nul \u0000 inside' }])).rejects.toThrow(EntityValidationError);
    await expect(store.upsert([good, { ...service('acme', 'bad'), name: 'nul \u0000 inside' }])).rejects.toThrow(/name must be 1 to 2048 characters without NUL/);
    await expect(store.upsert([{ ...good, id: 'NOT-HEX' }])).rejects.toThrow(/id must be 32 lowercase hex digits/);
    await expect(store.upsert([{ ...good, firstSeen: T0 + 10, lastSeen: T0 }])).rejects.toThrow(/firstSeen \(\d+\) is after lastSeen/);
    await expect(store.upsert([{ ...good, type: 'DATABASE' as EntityType }])).rejects.toThrow(/type must be one of SERVICE, API, BACKEND/);
    await expect(store.upsert([{ ...good, tenant: '' }])).rejects.toThrow(/tenant must be 1 to 256 characters/);
    expect(await listAll(store, 'acme', 'SERVICE')).toEqual([]);
  });

  it('initialises idempotently, also from two processes at once', async () => {
    const ns = newNamespace();
    const a = open(ns);
    const b = open(ns);
    await Promise.all([a.init(), b.init()]);
    await a.init();
    await a.upsert([service('acme', 'checkout')]);
    await b.init();
    expect(await listAll(b, 'acme', 'SERVICE')).toHaveLength(1);
  });

  it('answers a ping while up, and reports an unreachable store as unavailable', async () => {
    const store = await freshStore();
    await expect(store.ping()).resolves.toBeUndefined();
    const down = target.unreachable();
    opened.push(down);
    await expect(down.ping()).rejects.toThrow(EntityStoreUnavailableError);
    await expect(down.upsert([service('acme', 'checkout')])).rejects.toThrow(EntityStoreUnavailableError);
    await expect(down.list('acme', 'SERVICE')).rejects.toThrow(/is unavailable, could not list SERVICE entities of tenant acme/);
  });
}
