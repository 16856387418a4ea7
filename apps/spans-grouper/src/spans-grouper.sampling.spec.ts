// Tail sampling inside the grouper and its handler: decided once per trace at emission, remembered
// so late fragments follow it, dropped traces unwritten but counted and released for commit.
import fc from 'fast-check';
import type { RawSpan } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { RAW_SPANS, STRUCTURED_TRACES } from '@tracehouse/topics';
import { parseSamplingPolicy, policyReadsAttributes } from './sampling/sampling-policy';
import { TailSampler } from './sampling/tail-sampler';
import { SpansGrouperHandler } from './spans-grouper.handler';
import { TraceGrouper, type TraceGrouperOptions } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';
import { rawSpan, RECEIVED_AT_MS, T0, TENANT } from './testdata/traces';

const IN = 'raw-spans-test';
const OUT = 'structured-traces-test';
const MS = 1_000_000n;
const TRACE_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const TRACE_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

/** Errors kept, traces over 500 ms kept, the rest dropped. */
const POLICY = parseSamplingPolicy(
  {
    default: {
      rules: [
        { name: 'errors', when: { type: 'error' } },
        { name: 'slow', when: { type: 'latency', thresholdMs: 500 } },
      ],
      otherwise: 'drop',
    },
  },
  'policy.json',
);

function grouper(over: Partial<TraceGrouperOptions> = {}): TraceGrouper {
  const sampler = new TailSampler(POLICY);
  return new TraceGrouper({
    quietMs: 30_000,
    earlyCompletion: true,
    completeQuietMs: 2_000,
    maxSpansPerTrace: 1_000,
    maxBufferedSpans: 100_000,
    rememberedTraces: 1_000,
    maxRecordBytes: 1_000_000,
    encode: encodeTraceRecord,
    sample: (tenant, traceId, spans) => sampler.decide(tenant, traceId, spans),
    ...over,
  });
}

/** A complete two-span trace; `child` overrides the child. */
function twoSpans(traceId: string, child: Partial<RawSpan> = {}): RawSpan[] {
  return [
    rawSpan('1', '', { traceId, serviceName: 'frontend', endTimeUnixNano: T0 + 10n * MS }),
    rawSpan('2', '1', { traceId, serviceName: 'payments', startTimeUnixNano: T0 + MS, endTimeUnixNano: T0 + 2n * MS, ...child }),
  ];
}

describe('policyReadsAttributes (whether the grouper must decode spans whole)', () => {
  it('is true only when a rule of the default or of a tenant has an attribute condition', () => {
    const attributeRule = { name: 'gold', when: { type: 'attribute', key: 'user.tier', equals: 'gold' } };
    expect(policyReadsAttributes(POLICY)).toBe(false);
    expect(policyReadsAttributes(parseSamplingPolicy({ default: { rules: [attributeRule] } }, 'p.json'))).toBe(true);
    expect(policyReadsAttributes(parseSamplingPolicy({ default: { rules: [] }, tenants: { acme: { rules: [attributeRule] } } }, 'p.json'))).toBe(true);
  });
});

describe('TraceGrouper with tail sampling', () => {
  it('drops a trace no rule keeps without encoding it, and releases its offsets for commit', () => {
    let encoded = 0;
    const g = grouper({ encode: (t, b) => (encoded++, encodeTraceRecord(t, b)) });
    twoSpans(TRACE_A).forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    expect(g.heldOffset(0)).toBe(0n);
    const [e, ...rest] = g.due(2_000);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ dropped: true, decidedNow: true, sampling: { action: 'drop', rule: 'otherwise', service: 'frontend' } });
    expect(e?.bytes.length).toBe(0);
    expect(e?.trace.spanCount).toBe(2);
    expect(encoded).toBe(0);
    expect(g.heldOffset(0)).toBeUndefined();
    expect(g.bufferedSpans).toBe(0);
  });

  it('writes a kept trace with its rule and weight in the record', () => {
    const g = grouper();
    twoSpans(TRACE_A, { statusCode: 'ERROR' }).forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    const [e] = g.due(2_000);
    expect(e).toMatchObject({ dropped: false, decidedNow: true, sampling: { action: 'keep', rule: 'errors', weight: 1 } });
    expect(STRUCTURED_TRACES.decode(e?.bytes as Uint8Array).sampling).toEqual({ rule: 'errors', weight: 1 });
  });

  it('late fragments follow their trace: a late error span of a dropped trace is dropped, a late plain span of a kept trace is kept', () => {
    const g = grouper();
    twoSpans(TRACE_A).forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    twoSpans(TRACE_B, { statusCode: 'ERROR' }).forEach((s, i) => g.add(s, 0, BigInt(10 + i), 0));
    expect(g.due(2_000).map((e) => [e.trace.traceId, e.sampling?.action])).toEqual([
      [TRACE_A, 'drop'],
      [TRACE_B, 'keep'],
    ]);
    // Alone, this late span would be kept by "errors"; it follows its trace's drop.
    g.add(rawSpan('3', '1', { traceId: TRACE_A, statusCode: 'ERROR' }), 0, 20n, 3_000);
    // Alone, this one would be dropped ("otherwise"); it follows its trace's keep, same rule and weight.
    g.add(rawSpan('3', '1', { traceId: TRACE_B }), 0, 21n, 3_000);
    const late = g.due(5_000);
    expect(late.map((e) => [e.trace.traceId, e.trace.isFragment, e.sampling?.action, e.sampling?.rule, e.decidedNow, e.dropped])).toEqual([
      [TRACE_A, true, 'drop', 'otherwise', false, true],
      [TRACE_B, true, 'keep', 'errors', false, false],
    ]);
    expect(STRUCTURED_TRACES.decode(late[1]?.bytes as Uint8Array).sampling).toEqual({ rule: 'errors', weight: 1 });
    expect(g.heldOffset(0)).toBeUndefined();
  });

  it('a replayed span of a dropped trace is a duplicate, not a new fragment', () => {
    const g = grouper();
    const spans = twoSpans(TRACE_A);
    spans.forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    g.due(2_000);
    expect(g.add({ ...spans[0] } as RawSpan, 0, 0n, 3_000).duplicate).toBe(true);
    expect(g.bufferedSpans).toBe(0);
  });

  it('decides a fragment on its own spans when its trace is no longer remembered', () => {
    const g = grouper({ rememberedTraces: 0 });
    twoSpans(TRACE_A).forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    expect(g.due(2_000)[0]?.sampling?.action).toBe('drop');
    g.add(rawSpan('3', '1', { traceId: TRACE_A, statusCode: 'ERROR' }), 0, 2n, 3_000);
    expect(g.due(40_000)[0]).toMatchObject({ decidedNow: true, sampling: { action: 'keep', rule: 'errors' } });
  });

  it('without a sampler keeps everything and writes no sampling field', () => {
    const g = grouper({ sample: undefined });
    twoSpans(TRACE_A).forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    const [e] = g.due(2_000);
    expect(e?.sampling).toBeUndefined();
    expect(e?.dropped).toBe(false);
    expect('sampling' in STRUCTURED_TRACES.decode(e?.bytes as Uint8Array)).toBe(false);
  });

  it('a trace split over several records carries its decision on every part', () => {
    const g = grouper({ maxRecordBytes: 1_500 });
    const spans = [rawSpan('1', '', { traceId: TRACE_A, statusCode: 'ERROR', endTimeUnixNano: T0 + 10n * MS }), ...Array.from({ length: 12 }, (_, i) => rawSpan((i + 2).toString(16), '1', { traceId: TRACE_A, attributes: { pad: 'x'.repeat(200) } }))];
    spans.forEach((s, i) => g.add(s, 0, BigInt(i), 0));
    const parts = g.due(2_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(STRUCTURED_TRACES.decode(p.bytes).sampling).toEqual({ rule: 'errors', weight: 1 });
  });
});

describe('TraceGrouper with tail sampling: property', () => {
  const hex = (bytes: number) => fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((b) => Buffer.from(b).toString('hex')).filter((h) => /[1-9a-f]/.test(h));
  const arbTrace = fc.tuple(hex(16), fc.array(fc.record({ id: hex(8), parent: fc.nat(5), error: fc.boolean(), ms: fc.nat(2_000), tier: fc.constantFrom('gold', 'free') }), { minLength: 1, maxLength: 6 })).map(([traceId, specs]) =>
    specs.map((s, i): RawSpan =>
      rawSpan('1', '', {
        traceId,
        spanId: s.id,
        parentSpanId: i === 0 || s.parent >= i || specs[s.parent]?.id === s.id ? '' : (specs[s.parent]?.id ?? ''),
        serviceName: i % 2 === 0 ? 'frontend' : 'payments',
        statusCode: s.error && i > 0 ? 'ERROR' : 'UNSET',
        startTimeUnixNano: T0,
        endTimeUnixNano: T0 + BigInt(s.ms) * MS,
        attributes: { 'user.tier': s.tier },
      }),
    ),
  );
  const arbRules = fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('error') }),
      fc.record({ type: fc.constant('latency'), thresholdMs: fc.nat(2_000), scope: fc.constantFrom('trace', 'span') }),
      fc.record({ type: fc.constant('attribute'), key: fc.constant('user.tier'), equals: fc.constantFrom('gold', 'free') }),
      fc.record({ type: fc.constant('probabilistic'), percentage: fc.integer({ min: 1, max: 100 }) }),
    ),
    { maxLength: 4 },
  );

  /** Feeds spans (offsets in order) into a grouper and returns each trace's decision once all went out. */
  function decisions(g: TraceGrouper, spans: readonly RawSpan[], now: number): Map<string, string> {
    const out = new Map<string, string>();
    const take = (es: ReturnType<TraceGrouper['due']>) => {
      for (const e of es) if (e.part === 0 && e.decidedNow === true) out.set(e.trace.traceId, `${e.sampling?.action}:${e.sampling?.rule}:${e.sampling?.weight}`);
    };
    spans.forEach((s, i) => take(g.add(s, 0, BigInt(i), now).emissions));
    take(g.due(now + 60_000));
    return out;
  }

  it('two grouper replicas fed the spans in different orders, and one replaying its input after a reset, decide every trace the same', () => {
    fc.assert(
      fc.property(arbRules, fc.array(arbTrace, { minLength: 1, maxLength: 8 }), fc.nat(), (rules, traces, seed) => {
        const policy = parseSamplingPolicy({ default: { rules: rules.map((when, i) => ({ name: `r${i}`, when })), otherwise: 'drop' } }, 'p.json');
        const make = () => {
          const sampler = new TailSampler(policy);
          return grouper({ sample: (tenant, traceId, spans) => sampler.decide(tenant, traceId, spans) });
        };
        // Distinct trace ids only: two generated traces sharing an id would be one trace.
        const byId = new Map(traces.map((t) => [t[0]?.traceId, t]));
        const spans = [...byId.values()].flat();
        const a = decisions(make(), spans, 0);
        // Replica B: the spans interleaved in another order.
        const shuffled = [...spans];
        for (let i = shuffled.length - 1, r = seed; i > 0; i--, r = (r * 1103515245 + 12345) >>> 0) {
          const j = r % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as RawSpan, shuffled[i] as RawSpan];
        }
        expect(decisions(make(), shuffled, 0)).toEqual(a);
        // Replica C: crashes after emitting (nothing committed), forgets, and re-reads everything.
        const c = make();
        decisions(c, spans, 0);
        c.reset();
        expect(decisions(c, spans, 120_000)).toEqual(a);
        expect(a.size).toBe(byId.size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('SpansGrouperHandler with tail sampling', () => {
  let offset = 0;
  const fragment = (spans: RawSpan[]): InboundMessage => {
    const [first] = spans as [RawSpan];
    return { topic: IN, partition: 0, offset: String(offset++), key: undefined, value: RAW_SPANS.encode({ tenantId: first.tenantId, traceId: first.traceId, spans }), headers: RAW_SPANS.headers(first.tenantId, RECEIVED_AT_MS), timestamp: Date.now() };
  };

  it('writes only kept traces; counts decisions per rule, tenant and service, and every dropped span', async () => {
    const metrics = new Metrics('spans-grouper');
    const handler = new SpansGrouperHandler({ grouper: grouper(), inputTopic: IN, outputTopic: OUT, maxRecordBytes: 1_000_000, logger: createLogger('spans-grouper', { level: 'silent' }), metrics });
    handler.handle(fragment(twoSpans(TRACE_A)));
    handler.handle(fragment(twoSpans(TRACE_B, { statusCode: 'ERROR' })));
    const out = handler.flushDue(Date.now() + 2_000);
    expect(out.map((r) => r.key)).toEqual([`${TENANT}/${TRACE_B}`]);
    expect(handler.heldOffset(IN, 0)).toBeUndefined();
    // A late span of the dropped trace: dropped and counted, not a trace decision again.
    expect(handler.handle(fragment([rawSpan('3', '1', { traceId: TRACE_A, statusCode: 'ERROR' })]))).toEqual([]);
    expect(handler.flushDue(Date.now() + 4_000)).toEqual([]);
    const text = await metrics.render();
    expect(text).toContain(`tracehouse_grouper_sampling_traces_total{decision="drop",rule="otherwise",tenant="${TENANT}",root_service="frontend",service="spans-grouper"} 1`);
    expect(text).toContain(`tracehouse_grouper_sampling_traces_total{decision="keep",rule="errors",tenant="${TENANT}",root_service="frontend",service="spans-grouper"} 1`);
    expect(text).toContain(`tracehouse_grouper_sampling_spans_total{decision="drop",rule="otherwise",tenant="${TENANT}",root_service="frontend",service="spans-grouper"} 3`);
    expect(text).toContain(`tracehouse_grouper_sampling_spans_total{decision="keep",rule="errors",tenant="${TENANT}",root_service="frontend",service="spans-grouper"} 2`);
    expect(text).toContain(`tracehouse_spans_dropped_total{stage="spans-grouper",reason="sampled_out",tenant="${TENANT}",service="spans-grouper"} 3`);
  });
});
