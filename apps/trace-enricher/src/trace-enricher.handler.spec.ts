import { EntityStoreUnavailableError, foldBatch, entityKey, type Entity, type EntityPage, type EntityStore } from '@tracehouse/entity-store';
import { createLogger, Metrics } from '@tracehouse/observability';
import { DLQ_HEADERS, DependencyUnavailableError, PermanentError, type InboundMessage } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, STRUCTURED_TRACES } from '@tracehouse/topics';
import { EntityWriter } from './adapters/entity-writer';
import { TraceEnricher } from './processor/trace-enricher.processor';
import { httpFanOut, span, trace } from './testdata/traces';
import { TraceEnricherHandler } from './trace-enricher.handler';

/**
 * A unit-test double of the EntityStore port: a map that keeps the port's upsert rules and can be
 * switched off. (The adapters themselves are tested against real PostgreSQL and MongoDB servers.)
 */
class MapStore implements EntityStore {
  readonly kind = 'postgres' as const;
  readonly rows = new Map<string, Entity>();
  down = false;
  upserts = 0;
  async init(): Promise<void> {
    if (this.down) throw new EntityStoreUnavailableError('PostgreSQL is unavailable, could not apply the entity store migrations: connect ECONNREFUSED');
  }
  async upsert(entities: readonly Entity[]): Promise<void> {
    const batch = foldBatch(entities);
    if (this.down) throw new EntityStoreUnavailableError('PostgreSQL is unavailable, could not upsert: connect ECONNREFUSED');
    this.upserts++;
    for (const e of batch) {
      const old = this.rows.get(entityKey(e));
      this.rows.set(entityKey(e), old ? { ...old, firstSeen: Math.min(old.firstSeen, e.firstSeen), lastSeen: Math.max(old.lastSeen, e.lastSeen) } : e);
    }
  }
  async get(): Promise<Entity | undefined> {
    return undefined;
  }
  async list(): Promise<EntityPage> {
    return { entities: [] };
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}
}

function setup(options: { maxRecordBytes?: number } = {}) {
  const store = new MapStore();
  const logger = createLogger('test', { level: 'silent' });
  const metrics = new Metrics('trace-enricher-test');
  const writer = new EntityWriter({ store, cacheMax: 1000, cacheTtlMs: 60_000, touchIntervalMs: 60_000, logger, metrics });
  const handler = new TraceEnricherHandler({ enricher: new TraceEnricher({ maxApisPerService: 100 }), writer, outputTopic: 'enriched', logger, metrics, maxRecordBytes: options.maxRecordBytes });
  return { store, writer, handler, metrics };
}

const message = (value: Buffer, offset = '0'): InboundMessage => ({
  topic: 'structured',
  partition: 0,
  offset,
  key: Buffer.from('acme/4bf92f3577b34da6a3ce929d0e0e4736'),
  value,
  headers: { 'tenant-id': 'acme', 'received-at': '1736942401000' },
  timestamp: 1736942402000,
});

describe('TraceEnricherHandler', () => {
  it('writes new entities before returning the enriched trace with the same key and pipeline headers', async () => {
    const { store, handler } = setup();
    const result = handler.handle(message(STRUCTURED_TRACES.encode(httpFanOut())));
    expect(result).toBeInstanceOf(Promise);
    const out = await result;
    // 4 services + 4 APIs, no backend (every HTTP callee is traced).
    expect(store.rows.size).toBe(8);
    expect(out).toHaveLength(1);
    expect(out[0]?.topic).toBe('enriched');
    expect(out[0]?.key.toString()).toBe('acme/4bf92f3577b34da6a3ce929d0e0e4736');
    expect(out[0]?.headers).toEqual({ 'tenant-id': 'acme', 'received-at': '1736942401000', 'format-version': '2' });
    const enriched = ENRICHED_TRACES.decode(out[0]?.value as Buffer);
    expect(enriched.enrichment?.transactionName).toBe('GET /checkout');
    for (const s of enriched.spans) expect(store.rows.has(entityKey({ tenant: 'acme', type: 'SERVICE', id: s.enrichment?.serviceId ?? '' }))).toBe(true);
  });

  it('does not wait for the store on the warm path, and queues seen-interval changes instead', async () => {
    const { store, handler, writer } = setup();
    await handler.handle(message(STRUCTURED_TRACES.encode(httpFanOut())));
    const writes = store.upserts;
    store.down = true;
    // Same entities, later in time: answered synchronously, the store is not called.
    const later = httpFanOut();
    for (const s of later.spans) s.endTimeUnixNano += 60_000_000_000n;
    const out = handler.handle(message(STRUCTURED_TRACES.encode(later), '1'));
    expect(Array.isArray(out)).toBe(true);
    expect(store.upserts).toBe(writes);
    expect(writer.pendingTouches).toBe(8);
    store.down = false;
    await writer.drain();
    expect(writer.pendingTouches).toBe(0);
    const frontend = [...store.rows.values()].find((e) => e.name === 'frontend');
    expect(frontend?.lastSeen).toBe(1_736_942_400_017 + 60_000);
  });

  it('throws DependencyUnavailableError while the store is down, and succeeds on the retry of the same message', async () => {
    const { store, handler } = setup();
    store.down = true;
    const m = message(STRUCTURED_TRACES.encode(httpFanOut()));
    await expect(handler.handle(m)).rejects.toThrow(DependencyUnavailableError);
    await expect(handler.handle(m)).rejects.toThrow(/could not write the entities of trace 4bf92f3577b34da6a3ce929d0e0e4736: .*ECONNREFUSED/);
    store.down = false;
    const out = await handler.handle(m);
    expect(out).toHaveLength(1);
    expect(store.rows.size).toBe(8);
  });

  it('dead-letters a record that is not a StructuredTrace, naming what it expected', () => {
    const { handler } = setup();
    expect(() => handler.handle(message(Buffer.from([0xff, 0xff, 0xff])))).toThrow(PermanentError);
    expect(() => handler.handle(message(Buffer.from([0xff, 0xff, 0xff])))).toThrow(/could not decode a structured-traces record \(StructuredTrace protobuf\)/);
  });

  it('writes an enriched trace over the record limit as several records that hold every span once', async () => {
    const { handler } = setup({ maxRecordBytes: 4_000 });
    const spans = [span(1, { name: 'root', serviceName: 'big', kind: 'SERVER', http: { method: 'GET', route: '/big' } })];
    for (let i = 2; i <= 40; i++) spans.push(span(i, { name: `step ${i}`, serviceName: 'big', kind: 'INTERNAL', parent: 1, attributes: { pad: 'x'.repeat(40) } }));
    const out = await handler.handle(message(STRUCTURED_TRACES.encode(trace(spans))));
    expect(out.length).toBeGreaterThan(1);
    const parts = out.map((r) => ENRICHED_TRACES.decode(r.value));
    expect(out.every((r) => r.value.length <= 4_000 && r.key.toString() === 'acme/4bf92f3577b34da6a3ce929d0e0e4736')).toBe(true);
    expect(parts.flatMap((p) => p.spans.map((s) => s.name)).sort()).toEqual(spans.map((s) => s.name).sort());
    expect(parts.map((p) => p.isFragment)).toEqual([false, ...parts.slice(1).map(() => true)]);
    expect(parts.every((p) => p.spans.every((s) => s.enrichment?.entryApiName === 'GET /big'))).toBe(true);
    expect(parts.every((p) => p.spanEdges.every((e) => e.parentIndex < p.spans.length && e.childIndex < p.spans.length))).toBe(true);
  });

  it('dead-letters alone, as read, a span too big for a record once enriched, and writes the rest of its trace', async () => {
    const { handler } = setup({ maxRecordBytes: 4_000 });
    // Span 3 alone is just under the limit as read; enrichment (ids, names, the callee) takes it over.
    const spans = [span(1, { name: 'root', serviceName: 'big', kind: 'SERVER', http: { method: 'GET', route: '/big' } })];
    for (let i = 2; i <= 6; i++) spans.push(span(i, { name: `step ${i}`, serviceName: 'big', kind: 'INTERNAL', parent: 1, attributes: i === 3 ? { pad: 'x'.repeat(3_880) } : {} }));
    const input = message(STRUCTURED_TRACES.encode(trace(spans)), '7');
    const out = await handler.handle(input);
    const dead = out.filter((r) => r.headers?.[DLQ_HEADERS.stage] !== undefined);
    const written = out.filter((r) => r.headers?.[DLQ_HEADERS.stage] === undefined);
    expect(dead).toHaveLength(1);
    const [letter] = dead as [(typeof dead)[number]];
    expect(letter.topic).toBe(`${input.topic}.dlq`);
    expect(letter.headers).toMatchObject({ [DLQ_HEADERS.stage]: 'trace-enricher', [DLQ_HEADERS.reason]: 'too-large', [DLQ_HEADERS.part]: `span ${spans[2]?.spanId}`, [DLQ_HEADERS.sourceOffset]: '7' });
    expect(letter.headers?.[DLQ_HEADERS.error]).toMatch(/once enriched, over the 4000-byte record limit/);
    // The dead letter is a structured-traces record of that one span, without enrichment: replayable as it is.
    const alone = STRUCTURED_TRACES.decode(letter.value);
    expect(alone.spans.map((s) => [s.spanId, s.enrichment])).toEqual([[spans[2]?.spanId, undefined]]);
    expect(alone.enrichment).toBeUndefined();
    // Every other span is written, enriched, once.
    const names = written.flatMap((r) => ENRICHED_TRACES.decode(r.value).spans.map((s) => s.name));
    expect(names.sort()).toEqual(spans.filter((_, i) => i !== 2).map((s) => s.name).sort());
    expect(written.every((r) => r.value.length <= 4_000)).toBe(true);
  });
});

