import { validateEntity } from '@tracehouse/entity-store';
import { decodeStructuredTrace, encodeStructuredTrace } from '@tracehouse/model';
import { FIXTURES, httpFanOut, span, trace } from '../testdata/traces';
import { defaultEnrichers } from './enrichers';
import { ApiBudget } from './entities';
import type { Enricher } from './registry';
import { TraceEnricher } from './trace-enricher.processor';

describe('TraceEnricher', () => {
  it.each(Object.entries(FIXTURES))('enriches every span of %s and survives the protobuf round trip', (_name, build) => {
    const input = build();
    const { trace: out, failures, entities } = new TraceEnricher({ maxApisPerService: 100 }).enrich(input, 'fallback');
    expect(failures).toEqual([]);
    expect(out.spans.every((s) => s.enrichment !== undefined && s.enrichment.role !== 'UNSPECIFIED' && s.enrichment.serviceId !== '')).toBe(true);
    expect(out.enrichment?.spanCount).toBe(input.spans.length);
    expect(entities.length).toBeGreaterThan(0);
    // Every id a span references is an entity the trace hands to the store.
    const ids = new Set(entities.map((e) => e.id));
    for (const s of out.spans) {
      const e = s.enrichment;
      for (const id of [e?.serviceId, e?.apiId, e?.entryApiId, e?.backendId, e?.callee?.calleeServiceId, e?.callee?.calleeApiId, e?.callee?.calleeBackendId]) {
        if (id) expect(ids.has(id)).toBe(true);
      }
    }
    expect(decodeStructuredTrace(encodeStructuredTrace(out))).toEqual(out);
    // The input is left as it was.
    expect(input.spans.every((s) => s.enrichment === undefined)).toBe(true);
  });

  it('derives the same entities and ids from a replayed trace', () => {
    const a = new TraceEnricher({ maxApisPerService: 100 }).enrich(httpFanOut(), 'x');
    const b = new TraceEnricher({ maxApisPerService: 100 }).enrich(httpFanOut(), 'x');
    expect(b.entities).toEqual(a.entities);
    expect(b.trace).toEqual(a.trace);
  });

  it('uses the message tenant when the trace carries none', () => {
    const t = { ...trace([span(1, { name: 'x', serviceName: 'svc', kind: 'SERVER', tenantId: '' })]), tenantId: '' };
    const { entities } = new TraceEnricher({ maxApisPerService: 10 }).enrich(t, 'from-header');
    expect(entities.map((e) => e.tenant)).toEqual(['from-header', 'from-header']);
  });

  it('still runs the other enrichers when one fails, leaving its fields blank', () => {
    const broken: Enricher = { name: 'api', dependsOn: ['boundary'], enrich: () => { throw new Error('templater bug'); } };
    const enrichers = defaultEnrichers(new ApiBudget(10)).map((e) => (e.name === 'api' ? broken : e));
    const { trace: out, failures } = new TraceEnricher({ maxApisPerService: 10, enrichers }).enrich(httpFanOut(), 'x');
    expect(failures.map((f) => f.enricher)).toEqual(['api']);
    const cart = out.spans.find((s) => s.name === 'cart GET /cart')?.enrichment;
    expect(cart).toMatchObject({ serviceName: 'cart', apiEntry: true, apiId: '', apiStatus: 'SUCCESS' });
    expect(out.enrichment).toMatchObject({ serviceCount: 4, spanCount: 9 });
  });
});

describe('TraceEnricher with senders\' clocks', () => {
  it('derives entities the store accepts from the extreme span times a sender can send', () => {
    // uint64 nanoseconds end in year 2554; no time from a span can leave the store's range.
    const far = trace([span(1, { name: 'x', serviceName: 'svc', kind: 'SERVER', startTimeUnixNano: 0n, endTimeUnixNano: 2n ** 64n - 1n })]);
    const { entities } = new TraceEnricher({ maxApisPerService: 10 }).enrich(far, 'acme');
    expect(entities).toHaveLength(2);
    for (const e of entities) {
      expect(() => validateEntity(e)).not.toThrow();
      expect([e.firstSeen, e.lastSeen]).toEqual([0, 18_446_744_073_709]);
    }
  });
});
