import { join } from 'node:path';
import { entityKey, type Entity, type EntityPage, type EntityStore } from '@tracehouse/entity-store';
import { createLogger, Metrics } from '@tracehouse/observability';
import { PermanentError, type InboundMessage, type OutboundMessage } from '@tracehouse/stage-runtime';
import { previousFormatRecords, type FixtureRecord } from '@tracehouse/testing';
import { ENRICHED_TRACES, FORMAT_VERSION_HEADER, STRUCTURED_TRACES } from '@tracehouse/topics';
import { EntityWriter } from './adapters/entity-writer';
import { TraceEnricher } from './processor/trace-enricher.processor';
import { TraceEnricherHandler } from './trace-enricher.handler';

// Rolling upgrades: a structured-traces record written by a grouper of the previous release (no
// format-version header, spans without warnings; bytes from commit 89c29c2, see
// testdata/previous-format) read by this enricher.
const [old] = previousFormatRecords(join(__dirname, 'testdata', 'previous-format'), 'structured-traces') as [FixtureRecord];

/** A unit-test double of the EntityStore port that keeps every entity (the adapters are tested against real databases). */
class MapStore implements EntityStore {
  readonly kind = 'postgres' as const;
  readonly rows = new Map<string, Entity>();
  async init(): Promise<void> {}
  async upsert(entities: readonly Entity[]): Promise<void> {
    for (const e of entities) this.rows.set(entityKey(e), e);
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

async function enrich(value: Buffer, headers: Record<string, string>): Promise<{ out: OutboundMessage[]; entities: string[] }> {
  const store = new MapStore();
  const logger = createLogger('trace-enricher', { level: 'silent' });
  const metrics = new Metrics('trace-enricher');
  const writer = new EntityWriter({ store, cacheMax: 1000, cacheTtlMs: 60_000, touchIntervalMs: 60_000, logger, metrics });
  const handler = new TraceEnricherHandler({ enricher: new TraceEnricher({ maxApisPerService: 100 }), writer, outputTopic: 'enriched-traces', logger, metrics });
  const message: InboundMessage = { topic: 'structured-traces', partition: 0, offset: '0', key: Buffer.from(old.key ?? ''), value, headers, timestamp: 1 };
  const out = await handler.handle(message);
  return { out, entities: [...store.rows.keys()].sort() };
}

describe('trace-enricher reads the previous structured-traces format', () => {
  it('enriches a previous-format record (no format-version header) into exactly what the current-format record gives', async () => {
    expect(old.headers[FORMAT_VERSION_HEADER]).toBeUndefined();
    const fromOld = await enrich(old.value, old.headers);
    // The same trace as a current grouper writes it: re-encoded, with the current headers.
    const current = STRUCTURED_TRACES.encode(STRUCTURED_TRACES.decode(old.value));
    const fromCurrent = await enrich(current, STRUCTURED_TRACES.headers(old.headers['tenant-id'] as string, Number(old.headers['received-at'])));
    // The same records as read by the view-generator: spans are spliced from the bytes they came
    // in, so the old grouper's spans (tenant and trace id written on each) keep their longer bytes.
    const asRead = (r: { out: OutboundMessage[]; entities: string[] }): unknown => ({ ...r, out: r.out.map((m) => ({ ...m, value: ENRICHED_TRACES.decodeRecord(m.value as Buffer, m.headers ?? {}) })) });
    expect(asRead(fromOld)).toEqual(asRead(fromCurrent));
    expect(fromOld.out).toHaveLength(1);
    expect(fromOld.out[0]?.headers?.[FORMAT_VERSION_HEADER]).toBe(String(ENRICHED_TRACES.formatVersion));
    const trace = ENRICHED_TRACES.decodeRecord(fromOld.out[0]?.value as Buffer, fromOld.out[0]?.headers ?? {});
    expect(trace.spans.map((s) => s.name)).toEqual(['GET /users/:id', 'SELECT users']);
    expect(trace.enrichment?.transactionName).toBeTruthy();
    expect(fromOld.entities.length).toBeGreaterThanOrEqual(2);
  });

  it('dead-letters a record of a newer format as unsupported-format-version instead of enriching it', async () => {
    const headers = { ...old.headers, [FORMAT_VERSION_HEADER]: String(STRUCTURED_TRACES.formatVersion + 1) };
    await expect(enrich(old.value, headers)).rejects.toThrow(PermanentError);
    await expect(enrich(old.value, headers)).rejects.toThrow(expect.objectContaining({ reason: 'unsupported-format-version', message: expect.stringContaining('structured-traces record\'s format-version header is "3"') }));
  });
});
