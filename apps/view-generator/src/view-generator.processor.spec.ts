import { buildViewRows, attributeToString, effectiveService } from './view-generator.processor';
import { checkoutTrace, lateFragmentPart2, orphanFragment, OTHER_TENANT, span, spanId, T0_NS, TRACE_IDS } from './testdata/traces';

describe('buildViewRows', () => {
  it('gives one span row per span, with the API entries and resolved callees the call views are derived from', () => {
    const rows = buildViewRows(checkoutTrace(), { headerTenant: 'ignored' });
    expect(rows.spans.map((s) => s.spanId)).toEqual([1, 2, 3, 4, 5, 6].map(spanId));
    expect(rows.spans.filter((s) => s.apiEntry).map((s) => [s.serviceName, s.apiName])).toEqual([
      ['frontend', 'GET /checkout'],
      ['cart', 'POST /cart/items'],
    ]);
    expect(rows.spans.filter((s) => s.calleeKind !== '').map((s) => [s.serviceName, s.calleeKind, s.calleeServiceName || s.calleeBackendName || s.backendName])).toEqual([
      ['frontend', 'SERVICE', 'cart'],
      ['cart', 'BACKEND', 'redis'],
      ['frontend', 'BACKEND', 'postgres/shop'],
    ]);
    expect(rows.traceFragments).toEqual([
      {
        tenant: 'acme',
        traceId: TRACE_IDS.checkout,
        startTimeUnixNano: T0_NS,
        endTimeUnixNano: T0_NS + 120_000_000n,
        spanIds: [1, 2, 3, 4, 5, 6].map(spanId),
        errorSpanIds: [spanId(1), spanId(5)],
        services: ['frontend', 'cart'],
        rootRank: 0,
        rootStartUnixNano: T0_NS,
        rootService: 'frontend',
        transactionName: 'GET /checkout',
        truncated: false,
        overflowSpanCount: 0,
      },
    ]);
  });

  it('is deterministic: the same message gives the same rows (what makes a replay a no-op)', () => {
    expect(buildViewRows(checkoutTrace(), { headerTenant: 'x' })).toEqual(buildViewRows(checkoutTrace(), { headerTenant: 'x' }));
  });

  it('ranks a fragment whose parent is missing below a real root', () => {
    const [fragment] = buildViewRows(lateFragmentPart2(), { headerTenant: 'x' }).traceFragments;
    expect(fragment).toMatchObject({ rootRank: 1, rootService: 'mailer', transactionName: 'process invoices', errorSpanIds: [spanId(3)] });
    expect(buildViewRows(orphanFragment(), { headerTenant: 'x' }).traceFragments[0]).toMatchObject({ tenant: OTHER_TENANT, truncated: true, overflowSpanCount: 3 });
  });

  it('uses the header tenant when the trace carries none, and the effective service of each span', () => {
    const t = checkoutTrace();
    const rows = buildViewRows({ ...t, tenantId: '' }, { headerTenant: 'from-header' });
    expect(new Set(rows.spans.map((s) => s.tenant))).toEqual(new Set(['from-header']));
    const inherited = span(TRACE_IDS.checkout, 9, { name: 'x', serviceName: '', kind: 'INTERNAL', enrich: { serviceName: 'frontend' } });
    expect(effectiveService(inherited)).toBe('frontend');
    expect(effectiveService({ ...inherited, enrichment: undefined })).toBe('unknown_service');
  });

  it('rejects ids and times no view can hold, naming them', () => {
    const t = checkoutTrace();
    expect(() => buildViewRows({ ...t, traceId: '00000000000000000000000000000000' }, { headerTenant: 'x' })).toThrow('trace id "00000000000000000000000000000000" is not 32 lowercase hex digits');
    expect(() => buildViewRows({ ...t, spans: [{ ...t.spans[0]!, traceId: TRACE_IDS.lateFragment }] }, { headerTenant: 'x' })).toThrow(`span ${spanId(1)} has trace id ${TRACE_IDS.lateFragment}, not its message's ${TRACE_IDS.checkout}`);
    expect(() => buildViewRows({ ...t, tenantId: '' }, { headerTenant: '' })).toThrow('has no tenant');
    expect(() => buildViewRows({ ...t, tenantId: 'a\tb' }, { headerTenant: '' })).toThrow('tenant "a\\tb" of trace');
  });

  it('reads a first-class number its column cannot hold as unknown, instead of failing the batch in ClickHouse', () => {
    const t = checkoutTrace();
    const base = t.spans[0]!;
    const odd = (http: number, rpc: number, port: number): typeof base => ({ ...base, http: { ...base.http, statusCode: http }, rpc: { statusCode: rpc }, peer: { port } });
    const rows = buildViewRows({ ...t, spans: [odd(-1, 2 ** 40, -5), { ...odd(70_000, -(2 ** 31), 65_535), spanId: spanId(9) }] }, { headerTenant: 'x' }).spans;
    expect(rows.map((r) => [r.httpStatusCode, r.rpcStatusCode, r.peerPort])).toEqual([
      [0, undefined, 0],
      [0, -(2 ** 31), 65_535],
    ]);
    const counted = buildViewRows({ ...t, spans: [{ ...base, enrichment: { ...base.enrichment!, errorCount: 2 ** 33, exceptionCount: -1 } }] }, { headerTenant: 'x' }).spans[0];
    expect([counted?.errorCount, counted?.exceptionCount]).toEqual([2 ** 32 - 1, 0]);
  });

  it('stores a span that ends before it starts with duration 0, its times as sent', () => {
    const t = checkoutTrace();
    const s = { ...t.spans[0]!, endTimeUnixNano: T0_NS - 5n };
    const [row] = buildViewRows({ ...t, spans: [s] }, { headerTenant: 'x' }).spans;
    expect(row).toMatchObject({ durationNs: 0n, endTimeUnixNano: T0_NS - 5n });
  });
});

describe('attributeToString', () => {
  it('writes every attribute type as a string', () => {
    expect(attributeToString('a')).toBe('a');
    expect(attributeToString(1.5)).toBe('1.5');
    expect(attributeToString(12345678901234567890n)).toBe('12345678901234567890');
    expect(attributeToString(false)).toBe('false');
    expect(attributeToString(new Uint8Array([1, 2, 255]))).toBe('AQL/');
    expect(attributeToString(['a', 1n, { k: true }])).toBe('["a","1",{"k":true}]');
  });
});
