// The entities a trace references, and the cap on distinct APIs per service. Uses only the pure
// entity model of @tracehouse/entity-store (types and the id scheme), never a store.
import { LRUCache } from 'lru-cache';
import { MAX_NAME_LENGTH, MAX_TIME_MS, entityId, type Entity, type EntityType } from '@tracehouse/entity-store';

/** Longest entity name the enricher writes; longer names are cut (and end in `…`). */
export const MAX_ENTITY_NAME = 512;

/**
 * Makes a sender's string fit to be an entity name or attribute: control characters (NUL breaks
 * PostgreSQL text) become spaces, and it is cut to `max` characters.
 */
export function cleanName(s: string, max = MAX_ENTITY_NAME): string {
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** A span time as an entity time: senders' clocks can say anything, the store takes 0 to year 9999. */
const clampMs = (ms: number): number => (Number.isFinite(ms) ? Math.min(Math.max(Math.trunc(ms), 0), MAX_TIME_MS) : 0);

interface Collected {
  tenant: string;
  type: EntityType;
  id: string;
  name: string;
  attributes: Readonly<Record<string, string>>;
  firstSeen: number;
  lastSeen: number;
}

/** What an entity is apart from when it was seen: derived once per identity, then reused. */
interface EntityShape {
  readonly id: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Builds an entity's shape: its id ({@link entityId}), cleaned name and attributes. */
export type EntityShaper = (tenant: string, type: EntityType, identifying: Record<string, string>, name: string, extra: Record<string, string>) => EntityShape;

/** Builds the shape of an entity with no memo. */
export const shapeEntity: EntityShaper = (tenant, type, identifying, name, extra) => {
  const attributes: Record<string, string> = {};
  for (const k of Object.keys(extra)) attributes[k] = cleanName(extra[k] as string, MAX_NAME_LENGTH);
  for (const k of Object.keys(identifying)) attributes[k] = cleanName(identifying[k] as string, MAX_NAME_LENGTH);
  return { id: entityId(tenant, type, identifying), name: cleanName(name), attributes };
};

/**
 * A bounded memo in two generations: lookups hit the current map, then the previous one (and move
 * the entry forward); when the current map is full it becomes the previous one and the oldest
 * generation is dropped. Entries in use survive a rotation, as in an LRU, without an LRU's
 * reordering on every hit. Holds at most `2 * max` entries.
 */
export class TwoGenerationMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.max) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}

/**
 * A bounded memo of entity shapes: the same few services, APIs and backends recur in every
 * trace, and hashing and cleaning are the costliest steps of naming one. The first call's name and
 * descriptive attributes are kept for an identity while it stays in the memo, as the store keeps
 * the first write's.
 */
export function memoizedEntityShaper(max = 50_000): EntityShaper {
  // Not an LRUCache: its reordering on every hit was a visible share of a warm trace's CPU.
  const memo = new TwoGenerationMemo<EntityShape>(max);
  // Length-prefixed parts: unambiguous whatever the strings hold, and cheaper than JSON.
  const part = (s: string): string => `${s.length}:${s}`;
  return (tenant, type, identifying, name, extra) => {
    let key = part(tenant) + part(type);
    for (const k in identifying) key += part(k) + part(identifying[k] as string);
    let shape = memo.get(key);
    if (shape === undefined) {
      shape = shapeEntity(tenant, type, identifying, name, extra);
      memo.set(key, shape);
    }
    return shape;
  };
}

/**
 * Collects the entities one trace references, with the interval the trace saw each in (the
 * earliest start and latest end of the spans referencing it). Ids are {@link entityId}.
 */
export class EntityCollector {
  private readonly byId = new Map<string, Collected>();

  constructor(private readonly shape: EntityShaper = shapeEntity) {}

  /** Adds (or widens) an entity and returns its id. `identifying` decides the id; `extra` attributes describe. */
  add(tenant: string, type: EntityType, identifying: Record<string, string>, name: string, extra: Record<string, string>, first: number, last: number): string {
    const firstMs = clampMs(first);
    const lastMs = clampMs(last);
    const shape = this.shape(tenant, type, identifying, name, extra);
    const seen = this.byId.get(shape.id);
    if (seen) {
      if (firstMs < seen.firstSeen) seen.firstSeen = firstMs;
      if (lastMs > seen.lastSeen) seen.lastSeen = lastMs;
      return shape.id;
    }
    this.byId.set(shape.id, { tenant, type, id: shape.id, name: shape.name, attributes: shape.attributes, firstSeen: firstMs, lastSeen: Math.max(firstMs, lastMs) });
    return shape.id;
  }

  /** Widens the interval of an entity added before (no-op for an unknown id). */
  widen(id: string, first: number, last: number): void {
    const seen = this.byId.get(id);
    if (!seen) return;
    const firstMs = clampMs(first);
    const lastMs = clampMs(last);
    if (firstMs < seen.firstSeen) seen.firstSeen = firstMs;
    if (lastMs > seen.lastSeen) seen.lastSeen = lastMs;
  }

  /** Every collected entity. */
  list(): Entity[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }
}

/** The API name every API of a service over its cap is folded into. */
export const OVERFLOW_API_NAME = '{other}';

/**
 * ApiBudget caps the distinct APIs of each service (per tenant), so a bad templater or a client
 * that sends ids in paths cannot explode the entity count: once a service has `maxPerService`
 * APIs, new names map to {@link OVERFLOW_API_NAME}. The memory is bounded too: the least recently
 * seen services are forgotten past `maxServices` (and start counting again).
 *
 * The count is per process: N enricher replicas can admit up to N × cap names for one service
 * while each meets different ones first; the cap still bounds the growth.
 */
export class ApiBudget {
  private readonly services: LRUCache<string, Set<string>>;

  constructor(
    readonly maxPerService: number,
    maxServices = 10_000,
  ) {
    this.services = new LRUCache({ max: maxServices });
  }

  /** The name to use for this API: itself when admitted, {@link OVERFLOW_API_NAME} when the service is full. */
  admit(tenant: string, service: string, apiName: string): string {
    const key = `${tenant}\u0000${service}`;
    let names = this.services.get(key);
    if (!names) {
      names = new Set();
      this.services.set(key, names);
    }
    if (names.has(apiName)) return apiName;
    if (names.size >= this.maxPerService) return OVERFLOW_API_NAME;
    names.add(apiName);
    return apiName;
  }
}
