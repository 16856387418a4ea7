// The expectation the corpus test compares against is itself logic: these pin it down on small
// cases, so a mismatch in the e2e run is the pipeline's, not the test's.
import { expectZipkin, loadCorpus, mergeZipkinParts, padId, rewriteTraceId, type ZipkinJsonSpan } from './corpus';

const client: ZipkinJsonSpan = { traceId: 'a', id: '2', parentId: '1', kind: 'CLIENT', name: 'get', timestamp: 10, duration: 5, localEndpoint: { serviceName: 'web' } };
const server: ZipkinJsonSpan = { traceId: 'a', id: '2', parentId: '1', kind: 'SERVER', name: 'get', timestamp: 11, duration: 3, localEndpoint: { serviceName: 'api' } };

describe('the corpus expectation', () => {
  it('pads short ids and keeps a rewritten trace id at its width and case', () => {
    expect(padId('2', 16)).toBe('0000000000000002');
    expect(rewriteTraceId('ef86c83c0a05a6d6', 's')).toMatch(/^[0-9a-f]{16}$/);
    expect(rewriteTraceId('00000000000000000000000000000011', 's')).toMatch(/^0{16}[0-9a-f]{16}$/);
    expect(rewriteTraceId('5B8EFFF798038103D269B633813FC60C', 's')).toMatch(/^[0-9A-F]{32}$/);
    expect(rewriteTraceId('ab', 's')).not.toBe(rewriteTraceId('ab', 't'));
  });

  it('keeps the client half of an unshared Zipkin pair and derives the server half under it', () => {
    const [c, s] = expectZipkin('p', 'zipkin-json', [client, server]);
    expect([c?.identity, c?.spanId, c?.parents]).toEqual(['kept', '0000000000000002', ['0000000000000001']]);
    expect([s?.identity, s?.service, s?.parents]).toEqual(['derived', 'api', ['0000000000000002']]);
  });

  it('accepts either id for a lone shared server half, whose client half may come in another request', () => {
    const [s] = expectZipkin('p', 'zipkin-json', [{ ...server, shared: true }]);
    expect([s?.identity, s?.parents]).toEqual(['either', ['0000000000000002', '0000000000000001']]);
  });

  it('merges a kind-less part into the half of the same service, whatever the order', () => {
    const part: ZipkinJsonSpan = { traceId: 'a', id: '2', localEndpoint: { serviceName: 'api' }, annotations: [{ timestamp: 12, value: 'ws' }], tags: { x: '1' } };
    const merged = mergeZipkinParts([part, client, server]);
    expect(merged).toHaveLength(2);
    expect(merged.find((m) => m.kind === 'SERVER')).toMatchObject({ annotations: [{ timestamp: 12, value: 'ws' }], tags: { x: '1' }, timestamp: 11 });
  });

  it('gives several consumer halves of one id each their own expectation, matched by service and start', () => {
    const consumers = ['a', 'b', 'c'].map((svc, i): ZipkinJsonSpan => ({ traceId: 'a', id: '9', parentId: '1', kind: 'CONSUMER', name: 'on-message', timestamp: 20 + i, localEndpoint: { serviceName: svc } }));
    const spans = expectZipkin('p', 'zipkin-json', consumers);
    expect(spans.map((s) => [s.identity, s.service, s.startUs])).toEqual([['either', 'a', 20], ['either', 'b', 21], ['either', 'c', 22]]);
  });

  it('reads the Zipkin error tag as status ERROR with its message, and a missing timestamp as a warning', () => {
    const [s] = expectZipkin('p', 'zipkin-json', [{ ...client, timestamp: undefined, tags: { error: '401' } }]);
    expect([s?.status, s?.warn, s?.attributes.error]).toEqual([{ code: 'ERROR', message: '401' }, true, undefined]);
  });

  it('moves in-range times to the asked start when shifting, and leaves missing and out-of-range times alone', () => {
    const to = 1_800_000_000_000_000;
    const edge = loadCorpus({ shiftToUs: to }).find((p) => p.name === 'zipkin/edge-cases.json via zipkin-json');
    const starts = (edge?.spans ?? []).map((s) => s.startUs);
    expect(starts).toContain(undefined);
    expect(starts).toContain(1);
    expect(Math.min(...starts.filter((t): t is number => t !== undefined && t > 1))).toBe(to);
  });

  it('loads every fixture into a payload with spans, unique trace ids per payload', () => {
    const payloads = loadCorpus();
    const owner = new Map<string, string>();
    for (const p of payloads) {
      for (const s of p.spans) {
        const base = p.name.replace(/ \(batch \d+\)$/, '');
        expect([s.traceId, owner.get(s.traceId) ?? base]).toEqual([s.traceId, base]);
        owner.set(s.traceId, base);
        expect(s.traceId).toMatch(/^[0-9a-f]{32}$/);
        expect(s.spanId).toMatch(/^[0-9a-f]{16}$/);
      }
    }
    expect(payloads.filter((p) => p.spans.length > 0).length).toBeGreaterThan(20);
  });
});
