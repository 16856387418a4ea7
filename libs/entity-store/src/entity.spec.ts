import { EntityValidationError, entityId, foldBatch, validateEntity, type Entity } from './entity';

const T0 = Date.UTC(2025, 0, 15, 12);
const svc = (name: string, first = T0, last = T0 + 10, tenant = 'acme'): Entity => ({
  tenant,
  type: 'SERVICE',
  id: entityId(tenant, 'SERVICE', { name }),
  name,
  attributes: { name },
  firstSeen: first,
  lastSeen: last,
});

describe('entityId', () => {
  it('is the first 16 bytes of SHA-256 of the canonical JSON form, as lowercase hex', () => {
    // Pinned: changing the scheme changes every stored id, so it must be a deliberate act.
    // echo -n '["tracehouse-entity/v1","acme","SERVICE",[["name","checkout"]]]' | sha256sum | cut -c1-32
    expect(entityId('acme', 'SERVICE', { name: 'checkout' })).toBe('a0e2ae765a59b6b6d604ff53f63fe738');
  });

  it('does not depend on the order of the identifying attributes', () => {
    expect(entityId('acme', 'BACKEND', { protocol: 'http', host: 'api.example.com', port: '80' })).toBe(entityId('acme', 'BACKEND', { port: '80', host: 'api.example.com', protocol: 'http' }));
  });

  it('differs by tenant, by type and by every identifying attribute', () => {
    const ids = [
      entityId('acme', 'SERVICE', { name: 'checkout' }),
      entityId('globex', 'SERVICE', { name: 'checkout' }),
      entityId('acme', 'API', { name: 'checkout' }),
      entityId('acme', 'SERVICE', { name: 'checkout2' }),
      entityId('acme', 'SERVICE', { name: 'checkout', x: '' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cannot be confused by separators inside the strings', () => {
    expect(entityId('a"b', 'SERVICE', { name: 'c' })).not.toBe(entityId('a', 'SERVICE', { name: 'b"c' }));
    expect(entityId('a\nSERVICE', 'SERVICE', { name: '' })).not.toBe(entityId('a', 'SERVICE', { name: 'SERVICE\n' }));
    expect(entityId('acme', 'API', { service: 'a', name: 'b,c' })).not.toBe(entityId('acme', 'API', { service: 'a,b', name: 'c' }));
  });
});

describe('validateEntity', () => {
  it('accepts a well-formed entity', () => {
    expect(() => validateEntity(svc('checkout'))).not.toThrow();
  });

  it.each([
    ['an empty tenant', { tenant: '' }, /tenant must be 1 to 256 characters without NUL/],
    ['an unknown type', { type: 'DB' }, /type must be one of SERVICE, API, BACKEND/],
    ['an id that is not 32 hex digits', { id: 'ABC' }, /id must be 32 lowercase hex digits/],
    ['a name with NUL', { name: 'a\u0000b' }, /name must be 1 to 2048 characters without NUL/],
    ['an empty name', { name: '' }, /name must be 1 to 2048 characters/],
    ['a too long name', { name: 'x'.repeat(2049) }, /name must be 1 to 2048 characters/],
    ['a non-string attribute', { attributes: { port: 80 } }, /attribute "port" must be a string/],
    ['an attribute key with a dot', { attributes: { 'a.b': 'x' } }, /attribute key "a.b" must be non-empty, without NUL, '.' or a leading '\$'/],
    ['a fractional time', { firstSeen: 1.5 }, /firstSeen must be an integer of ms since the epoch/],
    ['a time past year 9999', { lastSeen: 253_402_300_800_000 }, /lastSeen must be an integer of ms since the epoch from 0 to 253402300799999/],
    ['firstSeen after lastSeen', { firstSeen: T0 + 11 }, /firstSeen \(\d+\) is after lastSeen \(\d+\)/],
  ])('rejects %s, naming the entity and the problem', (_what, change, message) => {
    const bad = { ...svc('checkout'), ...change } as unknown as Entity;
    expect(() => validateEntity(bad)).toThrow(EntityValidationError);
    expect(() => validateEntity(bad)).toThrow(message);
    expect(() => validateEntity(bad)).toThrow(/^entity "[0-9a-zA-Z]*" \(\w+ of tenant "[^"]*"\) is invalid: /);
  });
});

describe('foldBatch', () => {
  it('folds one key into the first name with the widest interval, and sorts by tenant, type and id', () => {
    const a = svc('a', T0 + 5, T0 + 6);
    const b = svc('b');
    const folded = foldBatch([b, a, { ...a, name: 'later', firstSeen: T0 + 1, lastSeen: T0 + 2 }, { ...a, firstSeen: T0 + 7, lastSeen: T0 + 9 }, svc('a', T0, T0, 'aaa')]);
    const acme = [
      { id: a.id, row: ['acme', 'a', 1, 9] },
      { id: b.id, row: ['acme', 'b', 0, 10] },
    ].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(folded.map((e) => [e.tenant, e.name, e.firstSeen - T0, e.lastSeen - T0])).toEqual([['aaa', 'a', 0, 0], ...acme.map((x) => x.row)]);
  });

  it('validates every entity before anything is written', () => {
    expect(() => foldBatch([svc('a'), { ...svc('b'), id: 'x' }])).toThrow(/id must be 32 lowercase hex digits/);
  });
});
