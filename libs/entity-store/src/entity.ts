import { createHash } from 'node:crypto';

/** ENTITY_TYPES lists the kinds of entity the trace-enricher derives from traces. */
export const ENTITY_TYPES = ['SERVICE', 'API', 'BACKEND'] as const;
/** EntityType is the kind of an entity: a traced service, an API of one, or a backend (a callee that sends no spans). */
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Entity is one service, API or backend of a tenant, as the document store keeps it. It is
 * identified by (tenant, type, id); `id` is {@link entityId} of its identifying attributes, so every
 * writer derives the same id for the same thing.
 */
export interface Entity {
  readonly tenant: string;
  readonly type: EntityType;
  /** 32 lowercase hex digits: {@link entityId}(tenant, type, identifying attributes). */
  readonly id: string;
  /** Display name, e.g. `checkout`, `GET /users/{id}`, `postgresql://orders-db:5432`. */
  readonly name: string;
  /** The identifying attributes and descriptive ones, all strings (a flat JSON document). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The earliest time the entity was seen in a span, ms since the epoch. */
  readonly firstSeen: number;
  /** The latest time the entity was seen in a span, ms since the epoch. */
  readonly lastSeen: number;
}

/** One page of {@link Entity} listed in id order; `nextAfter` is set when there may be more. */
export interface EntityPage {
  readonly entities: Entity[];
  /** Pass as `after` to read the next page; absent on the last page. */
  readonly nextAfter?: string;
}

const ID_SCHEME = 'tracehouse-entity/v1';

/**
 * entityId is the deterministic id of an entity: the first 16 bytes of the SHA-256 of a canonical
 * form of (tenant, type, identifying attributes), as 32 lowercase hex digits.
 *
 * The canonical form is the JSON text of `["tracehouse-entity/v1", tenant, type, [[key, value], ...]]`
 * with the attribute pairs sorted by key: JSON escaping keeps it unambiguous whatever the strings
 * hold, and sorting makes the attributes' order irrelevant. Identifying attributes per type (the
 * trace-enricher's choice): SERVICE `{name}`, API `{service, name}`, BACKEND `{protocol, host, port}`.
 * Changing this function (or the scheme tag) changes every id: bump the tag and migrate if ever.
 */
export function entityId(tenant: string, type: EntityType, identifying: Readonly<Record<string, string>>): string {
  const pairs = Object.keys(identifying)
    .sort()
    .map((k) => [k, identifying[k]]);
  return createHash('sha256').update(JSON.stringify([ID_SCHEME, tenant, type, pairs])).digest('hex').slice(0, 32);
}

/** Bad input to the entity store (the caller's bug or bad data): retrying it cannot succeed. */
export class EntityValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntityValidationError';
  }
}

/** Longest tenant, in characters. */
export const MAX_TENANT_LENGTH = 256;
/** Longest entity name or attribute value, in characters. */
export const MAX_NAME_LENGTH = 2048;
/** Most attributes on one entity. */
export const MAX_ATTRIBUTES = 64;
/** The latest time an entity may carry: 9999-12-31T23:59:59.999Z (both stores and ISO 8601 agree up to there). */
export const MAX_TIME_MS = 253_402_300_799_999;

const ID_RE = /^[0-9a-f]{32}$/;
const hasNul = (s: string): boolean => s.includes('\u0000');

/**
 * Checks one entity against the store's rules and throws an EntityValidationError naming the entity
 * and what is wrong: PostgreSQL text cannot hold NUL characters, so a bad value would otherwise
 * surface as a driver error long after the caller could have fixed it.
 */
export function validateEntity(e: Entity): void {
  const what = `entity ${JSON.stringify(e?.id)} (${String(e?.type)} of tenant ${JSON.stringify(e?.tenant)})`;
  const fail = (problem: string): never => {
    throw new EntityValidationError(`${what} is invalid: ${problem}`);
  };
  if (typeof e !== 'object' || e === null) throw new EntityValidationError(`an entity must be an object (got ${e === null ? 'null' : typeof e})`);
  if (typeof e.tenant !== 'string' || e.tenant === '' || e.tenant.length > MAX_TENANT_LENGTH || hasNul(e.tenant)) {
    fail(`tenant must be 1 to ${MAX_TENANT_LENGTH} characters without NUL`);
  }
  if (!ENTITY_TYPES.includes(e.type)) fail(`type must be one of ${ENTITY_TYPES.join(', ')}`);
  if (typeof e.id !== 'string' || !ID_RE.test(e.id)) fail('id must be 32 lowercase hex digits (see entityId)');
  if (typeof e.name !== 'string' || e.name === '' || e.name.length > MAX_NAME_LENGTH || hasNul(e.name)) {
    fail(`name must be 1 to ${MAX_NAME_LENGTH} characters without NUL`);
  }
  if (typeof e.attributes !== 'object' || e.attributes === null || Array.isArray(e.attributes)) fail('attributes must be an object of strings');
  const keys = Object.keys(e.attributes);
  if (keys.length > MAX_ATTRIBUTES) fail(`it has ${keys.length} attributes, more than ${MAX_ATTRIBUTES}`);
  for (const k of keys) {
    const v = e.attributes[k];
    if (k === '' || hasNul(k) || k.startsWith('$') || k.includes('.')) fail(`attribute key ${JSON.stringify(k)} must be non-empty, without NUL, '.' or a leading '$'`);
    if (typeof v !== 'string' || v.length > MAX_NAME_LENGTH || hasNul(v)) fail(`attribute ${JSON.stringify(k)} must be a string of at most ${MAX_NAME_LENGTH} characters without NUL`);
  }
  for (const field of ['firstSeen', 'lastSeen'] as const) {
    const t = e[field];
    if (!Number.isSafeInteger(t) || t < 0 || t > MAX_TIME_MS) fail(`${field} must be an integer of ms since the epoch from 0 to ${MAX_TIME_MS} (got ${String(t)})`);
  }
  if (e.firstSeen > e.lastSeen) fail(`firstSeen (${e.firstSeen}) is after lastSeen (${e.lastSeen})`);
}

/** The key of an entity in maps: tenant, type and id. */
export function entityKey(e: Pick<Entity, 'tenant' | 'type' | 'id'>): string {
  return `${e.tenant}\u0000${e.type}\u0000${e.id}`;
}

/**
 * Validates a batch and folds entities with the same key into one (the first one's name and
 * attributes, the earliest firstSeen, the latest lastSeen), sorted by (tenant, type, id).
 *
 * Folding is required by PostgreSQL (`ON CONFLICT DO UPDATE` may not touch one row twice in a
 * statement); sorting makes concurrent writers lock rows in the same order, so two batches that
 * overlap wait for each other instead of deadlocking.
 */
export function foldBatch(entities: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    validateEntity(e);
    const key = entityKey(e);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, e);
    else if (e.firstSeen < seen.firstSeen || e.lastSeen > seen.lastSeen) {
      byKey.set(key, { ...seen, firstSeen: Math.min(seen.firstSeen, e.firstSeen), lastSeen: Math.max(seen.lastSeen, e.lastSeen) });
    }
  }
  return [...byKey.values()].sort((a, b) => cmp(a.tenant, b.tenant) || cmp(a.type, b.type) || cmp(a.id, b.id));
}

// Code-unit order, the same as PostgreSQL's "C" collation and MongoDB's binary string order.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
