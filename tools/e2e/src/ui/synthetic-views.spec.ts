import { bigTrace, landscape } from './synthetic-views';

describe('the UI benchmark data', () => {
  it('gives the landscape the sizes the benchmark reports: 50 services, 200 APIs, every API called', () => {
    const land = landscape({ tenant: 't', services: 50, apisPerService: 4, traces: 6_000, nowMs: 1_800_000_000_000, windowMs: 60_000 });
    expect(land.services).toHaveLength(50);
    expect(new Set(land.apis).size).toBe(200);
    const entries = land.rows.spans.filter((s) => s.apiEntry);
    expect(new Set(entries.map((s) => s.serviceName)).size).toBe(50);
    expect(new Set(entries.map((s) => `${s.serviceName} ${s.apiName}`))).toEqual(new Set(land.services.flatMap((svc) => land.apis.filter((a) => a.includes(`/${svc}/`)).map((a) => `${svc} ${a}`))));
    expect(land.rows.traceFragments).toHaveLength(6_000);
    expect(land.spans).toBe(land.rows.spans.length);
    // Every span inside the window, every trace's fragment naming exactly its spans.
    const from = 1_800_000_000_000n * 1_000_000n - 60_000n * 1_000_000n;
    expect(land.rows.spans.every((s) => s.startTimeUnixNano >= from && s.endTimeUnixNano <= 1_800_000_001_000n * 1_000_000n)).toBe(true);
    const byTrace = new Map<string, string[]>();
    for (const s of land.rows.spans) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), s.spanId]);
    for (const f of land.rows.traceFragments) expect(f.spanIds).toEqual(byTrace.get(f.traceId));
    // Some errors, in the latest minutes only for the services that fail more (rising errors).
    expect(land.rows.spans.some((s) => s.isError)).toBe(true);
  });

  it('builds one tree of exactly the asked span count, children inside their parent, one error', () => {
    const rows = bigTrace({ tenant: 't', traceId: 'ab'.repeat(16), spans: 1_000, startMs: 1_800_000_000_000 });
    expect(rows.spans).toHaveLength(1_000);
    expect(new Set(rows.spans.map((s) => s.spanId)).size).toBe(1_000);
    expect(rows.spans.filter((s) => s.parentSpanId === '')).toHaveLength(1);
    const byId = new Map(rows.spans.map((s) => [s.spanId, s]));
    for (const s of rows.spans) {
      if (!s.parentSpanId) continue;
      const parent = byId.get(s.parentSpanId);
      expect(parent).toBeDefined();
      expect(s.startTimeUnixNano >= (parent?.startTimeUnixNano ?? 0n) && s.endTimeUnixNano <= (parent?.endTimeUnixNano ?? 0n)).toBe(true);
    }
    expect(rows.spans.filter((s) => s.isError)).toHaveLength(1);
    expect(rows.traceFragments[0]?.spanIds).toHaveLength(1_000);
  });
});
