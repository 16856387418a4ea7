import { attributeToString } from '@tracehouse/trace-store';
import { buildViewRows, effectiveService } from './view-generator.processor';
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
        receivedAtMs: checkoutTrace().spans[0]!.receivedAtMs,
      },
    ]);
    expect(rows.rejected).toEqual([]);
  });

  it('gives every row of a tail-sampled trace its sampling weight, and none to an unsampled one (weight 1)', () => {
    const sampled = buildViewRows({ ...checkoutTrace(), sampling: { rule: 'rest', weight: 10 } }, { headerTenant: 'ignored' });
    expect(sampled.spans.map((s) => s.samplingWeight)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(sampled.traceFragments.map((f) => f.samplingWeight)).toEqual([10]);
    const keptByError = buildViewRows({ ...checkoutTrace(), sampling: { rule: 'errors', weight: 1 } }, { headerTenant: 'ignored' });
    const unsampled = buildViewRows(checkoutTrace(), { headerTenant: 'ignored' });
    for (const rows of [keptByError, unsampled]) {
      expect(rows.spans.every((s) => !('samplingWeight' in s))).toBe(true);
      expect(rows.traceFragments.every((f) => !('samplingWeight' in f))).toBe(true);
    }
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

  it('rejects a message whose trace id or tenant no view can hold, and leaves out only the span whose ids no view can hold', () => {
    const t = checkoutTrace();
    expect(() => buildViewRows({ ...t, traceId: '00000000000000000000000000000000' }, { headerTenant: 'x' })).toThrow('trace id "00000000000000000000000000000000" is not 32 lowercase hex digits');
    const mixed = buildViewRows({ ...t, spans: t.spans.map((s, i) => (i === 1 ? { ...s, traceId: TRACE_IDS.lateFragment } : i === 2 ? { ...s, parentSpanId: 'xyz' } : s)) }, { headerTenant: 'x' });
    expect(mixed.rejected).toEqual([
      { index: 1, reason: 'foreign_trace_id', message: `span ${spanId(2)} has trace id "${TRACE_IDS.lateFragment}", not its message's ${TRACE_IDS.checkout}` },
      { index: 2, reason: 'invalid_parent_id', message: `span ${spanId(3)} has parent id "xyz", not 16 lowercase hex digits` },
    ]);
    expect(mixed.spans.map((s) => s.spanId)).toEqual([1, 4, 5, 6].map(spanId));
    expect(mixed.traceFragments[0]?.spanIds).toEqual([1, 4, 5, 6].map(spanId));
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

  it('stores a span that ends before it starts with duration 0, its times as sent, and says so', () => {
    const t = checkoutTrace();
    const s = { ...t.spans[0]!, endTimeUnixNano: T0_NS - 5n };
    const [row] = buildViewRows({ ...t, spans: [s] }, { headerTenant: 'x' }).spans;
    expect(row).toMatchObject({ durationNs: 0n, endTimeUnixNano: T0_NS - 5n, warnings: ['end time is 5 ns before start time (a negative duration); duration stored as 0, the times as sent'] });
  });

  it('stores times and numbers its columns cannot hold or no clock would give, with a warning each, keeping the ones already on the span', () => {
    const t = checkoutTrace();
    const base = t.spans[0]!;
    const arrived = base.receivedAtMs;
    const far = BigInt(arrived) * 1_000_000n + 2n * 365n * 86_400_000_000_000n;
    const cases = [
      { ...base, startTimeUnixNano: 0n, endTimeUnixNano: 0n, warnings: ['span id was taken by another span; derived'] },
      { ...base, spanId: spanId(11), startTimeUnixNano: 1_000n, endTimeUnixNano: 2_000n },
      { ...base, spanId: spanId(12), startTimeUnixNano: far, endTimeUnixNano: far + 1n },
      { ...base, spanId: spanId(13), startTimeUnixNano: T0_NS, endTimeUnixNano: 2n ** 64n - 1n },
      { ...base, spanId: spanId(14), http: { statusCode: 70_000 } },
      { ...base, spanId: spanId(15), receivedAtMs: 0 },
      { ...base, spanId: spanId(16), receivedAtMs: 1 },
    ];
    const rows = buildViewRows({ ...t, spans: cases }, { headerTenant: 'x', receivedAtMs: arrived + 5_000 }).spans;
    expect(rows.map((r) => r.warnings)).toEqual([
      ['span id was taken by another span; derived', 'start time 0 is missing or before 1971-01-01; stored as sent', 'end time 0 is missing or before 1971-01-01; stored as sent'],
      [
        'start time 1000 ns (1970-01-01T00:00:00.000001000Z) is missing or before 1971-01-01; stored as sent',
        'end time 2000 ns (1970-01-01T00:00:00.000002000Z) is missing or before 1971-01-01; stored as sent',
      ],
      [
        expect.stringMatching(/^start time \d+ ns \(\d{4}-.*Z\) is more than a year after the span arrived \(2025-01-15T12:00:01.000000000Z\); stored as sent$/),
        expect.stringMatching(/^end time .* is more than a year after the span arrived/),
      ],
      [
        'end time 18446744073709551615 ns (2554-07-21T23:34:33.709551615Z) is after 2262-04-11T23:47:16.854775807Z, the latest the time column can hold; it holds that and the time as sent is kept beside it',
        expect.stringMatching(/^duration \d+ ns is more than a year; stored as sent$/),
      ],
      ['HTTP status code 70000 is not an integer from 0 to 65535; stored as unknown, the attribute keeps the value as sent'],
      undefined,
      undefined,
    ]);
    expect(rows[3]).toMatchObject({ endTimeUnixNano: 2n ** 63n - 1n, rawFields: { end_time: '18446744073709551615' }, durationNs: 2n ** 63n - 1n - T0_NS });
    expect(rows[0]?.rawFields).toBeUndefined();
    // A span without a receive time of its own counts from its message's.
    expect(rows.map((r) => r.receivedAtMs)).toEqual([arrived, arrived, arrived, arrived, arrived, arrived + 5_000, arrived + 5_000]);
    // And without a plausible header either, the message's emission time.
    expect(buildViewRows({ ...t, spans: [{ ...base, receivedAtMs: 0 }] }, { headerTenant: 'x', receivedAtMs: 1 }).spans[0]?.receivedAtMs).toBe(t.emittedAtMs);
  });

  it('passes attribute values on typed, for the trace-store to keep their types', () => {
    const t = checkoutTrace();
    const attributes = { code: 200n, ratio: 0.5, ok: true, raw: new Uint8Array([1]), list: [1n, 'a'], map: { k: 2n } };
    const [row] = buildViewRows({ ...t, spans: [{ ...t.spans[0]!, attributes, events: [{ timeUnixNano: T0_NS, name: 'e', attributes: { n: 3n }, droppedAttributesCount: 0 }] }] }, { headerTenant: 'x' }).spans;
    expect(row?.attributes).toEqual(attributes);
    expect(row?.events[0]?.attributes).toEqual({ n: 3n });
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
