import type { RawSpan, StructuredTrace } from '@tracehouse/model';
import { decodeRawSpan } from '@tracehouse/model';
import { STRUCTURED_TRACES } from '@tracehouse/topics';
import { structuredTrace, TraceGrouper, type Emission, type TraceGrouperOptions } from './spans-grouper.processor';
import { generateTraces, rawSpan, T0, TENANT } from './testdata/traces';

const OPTIONS: TraceGrouperOptions = {
  quietMs: 30_000,
  earlyCompletion: true,
  completeQuietMs: 2_000,
  maxSpansPerTrace: 1_000,
  maxBufferedSpans: 100_000,
  rememberedTraces: 1_000,
  maxRecordBytes: 1_000_000,
  encode: (t) => STRUCTURED_TRACES.encode(t),
};

function grouper(over: Partial<TraceGrouperOptions> = {}): TraceGrouper {
  return new TraceGrouper({ ...OPTIONS, ...over });
}

/** Adds spans one by one at `now`, offsets counting from `firstOffset`, collecting what comes out. */
function feed(g: TraceGrouper, spans: RawSpan[], now: number, firstOffset = 0, partition = 0): Emission[] {
  return spans.flatMap((s, i) => g.add(s, partition, BigInt(firstOffset + i), now).emissions);
}

const ids = (t: StructuredTrace): string[] => t.spans.map((s) => s.spanId.replace(/^0+/, ''));

describe('TraceGrouper: grouping', () => {
  it('emits a trace once it has been quiet for the window, with its graph, roots, start, end and count', () => {
    const g = grouper({ earlyCompletion: false });
    const spans = [
      rawSpan('c', 'a', { startTimeUnixNano: T0 + 30n, endTimeUnixNano: T0 + 40n }),
      rawSpan('a', '', { startTimeUnixNano: T0, endTimeUnixNano: T0 + 100n }),
      rawSpan('b', 'a', { startTimeUnixNano: T0 + 10n, endTimeUnixNano: T0 + 200n }),
    ];
    expect(feed(g, spans, 1_000)).toEqual([]);
    expect(g.due(1_000 + 29_999)).toEqual([]);
    const [emission, ...rest] = g.due(1_000 + 30_000);
    expect(rest).toEqual([]);
    expect(emission?.reason).toBe('quiet');
    expect(emission?.delayMs).toBe(30_000);
    const trace = emission?.trace as StructuredTrace;
    expect(ids(trace)).toEqual(['a', 'b', 'c']);
    expect(trace.spanEdges).toEqual([
      { parentIndex: 0, childIndex: 1 },
      { parentIndex: 0, childIndex: 2 },
    ]);
    expect(trace).toMatchObject({ tenantId: TENANT, rootIndices: [0], startTimeUnixNano: T0, endTimeUnixNano: T0 + 200n, spanCount: 3, isFragment: false, fragmentSeq: 0, truncated: false, overflowSpanCount: 0, emittedAtMs: 31_000 });
    expect(STRUCTURED_TRACES.decode(emission?.bytes as Uint8Array)).toEqual(trace);
    expect(g.bufferedSpans).toBe(0);
  });

  it('restarts the quiet window with every span of the trace', () => {
    const g = grouper({ earlyCompletion: false });
    feed(g, [rawSpan('a', '')], 0);
    feed(g, [rawSpan('b', 'a')], 20_000, 1);
    expect(g.due(30_000)).toEqual([]);
    expect(g.due(50_000).map((e) => e.trace.spanCount)).toEqual([2]);
  });

  it('keeps traces of different tenants and trace ids apart', () => {
    const g = grouper({ earlyCompletion: false });
    feed(g, [rawSpan('a', ''), rawSpan('a', '', { tenantId: 'other' }), rawSpan('a', '', { traceId: '0af7651916cd43dd8448eb211c80319c' })], 0);
    const out = g.due(30_000).map((e) => `${e.trace.tenantId}/${e.trace.traceId}:${e.trace.spanCount}`);
    expect(out.sort()).toEqual([`${TENANT}/0af7651916cd43dd8448eb211c80319c:1`, `${TENANT}/4bf92f3577b34da6a3ce929d0e0e4736:1`, 'other/4bf92f3577b34da6a3ce929d0e0e4736:1']);
  });

  it('lists every span whose parent is absent as a root', () => {
    const trace = structuredTrace(TENANT, 'x', [rawSpan('b', 'zz'), rawSpan('c', 'b'), rawSpan('d', '')], { isFragment: false, fragmentSeq: 0, truncated: false, overflowSpanCount: 0, emittedAtMs: 1 });
    expect(trace.rootIndices).toEqual([0, 2]);
    expect(trace.spanEdges).toEqual([{ parentIndex: 0, childIndex: 1 }]);
  });

  it('drops a span id already buffered for its trace, and says so', () => {
    const g = grouper();
    expect(g.add(rawSpan('a', ''), 0, 0n, 0).duplicate).toBe(false);
    expect(g.add(rawSpan('a', ''), 0, 1n, 0).duplicate).toBe(true);
    expect(g.bufferedSpans).toBe(1);
  });
});

describe('TraceGrouper: early completion', () => {
  it('emits a complete trace (every parent present, the root ended) after the short quiet period', () => {
    const g = grouper();
    feed(g, [rawSpan('b', 'a'), rawSpan('c', 'b'), rawSpan('a', '')], 0);
    expect(g.due(1_999)).toEqual([]);
    const out = g.due(2_000);
    expect(out.map((e) => [e.reason, e.trace.spanCount, e.delayMs])).toEqual([['complete', 3, 2_000]]);
  });

  it('waits for the full window while a parent is missing', () => {
    const g = grouper();
    feed(g, [rawSpan('a', ''), rawSpan('c', 'b')], 0);
    expect(g.due(29_999)).toEqual([]);
    expect(g.due(30_000).map((e) => e.reason)).toEqual(['quiet']);
  });

  it('waits for the full window while there is no root', () => {
    const g = grouper();
    feed(g, [rawSpan('b', 'a')], 0);
    expect(g.due(10_000)).toEqual([]);
    expect(g.due(30_000).map((e) => e.reason)).toEqual(['quiet']);
  });

  it('does not count a root without an end time as ended', () => {
    const g = grouper();
    feed(g, [rawSpan('a', '', { endTimeUnixNano: 0n })], 0);
    expect(g.due(10_000)).toEqual([]);
  });

  it('becomes complete when the missing parent arrives, and incomplete again when an orphan arrives', () => {
    const g = grouper();
    feed(g, [rawSpan('a', ''), rawSpan('c', 'b')], 0);
    feed(g, [rawSpan('b', 'a')], 1_000, 2);
    feed(g, [rawSpan('e', 'd')], 1_500, 3);
    expect(g.due(5_000)).toEqual([]);
    feed(g, [rawSpan('d', 'a')], 6_000, 4);
    expect(g.due(8_000).map((e) => [e.reason, e.trace.spanCount])).toEqual([['complete', 5]]);
  });

  it('is off when configured off: complete traces wait for the window', () => {
    const g = grouper({ earlyCompletion: false });
    feed(g, [rawSpan('a', '')], 0);
    expect(g.due(29_000)).toEqual([]);
    expect(g.due(30_000).map((e) => e.reason)).toEqual(['quiet']);
  });
});

describe('TraceGrouper: late fragments', () => {
  it('emits a span arriving after its trace went out as a follow-up fragment of the same trace', () => {
    const g = grouper();
    feed(g, [rawSpan('a', ''), rawSpan('b', 'a')], 0);
    const [first] = g.due(2_000);
    expect(first?.trace).toMatchObject({ isFragment: false, fragmentSeq: 0, spanCount: 2 });
    feed(g, [rawSpan('c', 'b')], 3_000, 2);
    expect(g.due(4_999)).toEqual([]);
    const [late] = g.due(5_000);
    expect(late?.trace).toMatchObject({ traceId: first?.trace.traceId, isFragment: true, fragmentSeq: 1, spanCount: 1, rootIndices: [0] });
    feed(g, [rawSpan('d', 'a')], 6_000, 3);
    expect(g.due(30_000).map((e) => [e.trace.isFragment, e.trace.fragmentSeq])).toEqual([[true, 2]]);
  });

  it('waits the full window for fragments when early completion is off', () => {
    const g = grouper({ earlyCompletion: false });
    feed(g, [rawSpan('a', '')], 0);
    g.due(30_000);
    feed(g, [rawSpan('b', 'a')], 31_000, 1);
    expect(g.due(40_000)).toEqual([]);
    expect(g.due(61_000).map((e) => e.trace.isFragment)).toEqual([true]);
  });

  it('forgets the oldest emitted traces beyond the configured memory (a late span then starts a new trace)', () => {
    const g = grouper({ rememberedTraces: 1 });
    feed(g, [rawSpan('a', '', { traceId: '1'.repeat(32) }), rawSpan('a', '', { traceId: '2'.repeat(32) })], 0);
    expect(g.due(2_000)).toHaveLength(2);
    feed(g, [rawSpan('b', 'a', { traceId: '1'.repeat(32) }), rawSpan('b', 'a', { traceId: '2'.repeat(32) })], 3_000, 2);
    const out = g.due(40_000).map((e) => [e.trace.traceId[0], e.trace.isFragment]);
    expect(out.sort()).toEqual([
      ['1', false],
      ['2', true],
    ]);
  });
});

describe('TraceGrouper: bounds', () => {
  it('emits a trace at the span cap marked truncated, and the overflow as truncated follow-up fragments; no span is lost', () => {
    const g = grouper({ maxSpansPerTrace: 3 });
    const spans = [rawSpan('a', ''), ...['b', 'c', 'd', 'e', 'f', '1', '2'].map((id) => rawSpan(id, 'a'))];
    const atCap = feed(g, spans, 0);
    expect(atCap.map((e) => [e.reason, e.trace.spanCount, e.trace.truncated, e.trace.isFragment, e.trace.fragmentSeq, e.trace.overflowSpanCount])).toEqual([
      ['span_cap', 3, true, false, 0, 0],
      ['span_cap', 3, true, true, 1, 3],
    ]);
    const rest = g.due(30_000);
    expect(rest.map((e) => [e.reason, e.trace.spanCount, e.trace.truncated, e.trace.isFragment, e.trace.fragmentSeq, e.overflowSpans])).toEqual([['complete', 2, true, true, 2, 2]]);
    const out = [...atCap, ...rest].flatMap((e) => ids(e.trace));
    expect(out.sort()).toEqual(['1', '2', 'a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('emits the least recently active traces early when the instance holds too many spans; no span is lost', () => {
    const g = grouper({ maxBufferedSpans: 4, earlyCompletion: false });
    const trace = (n: number): string => n.toString(16).repeat(32);
    const out: Emission[] = [];
    out.push(...feed(g, [rawSpan('a', '', { traceId: trace(1) }), rawSpan('a', '', { traceId: trace(2) })], 0));
    out.push(...feed(g, [rawSpan('b', 'a', { traceId: trace(1) })], 1, 2));
    out.push(...feed(g, [rawSpan('a', '', { traceId: trace(3) }), rawSpan('b', 'a', { traceId: trace(3) })], 2, 3));
    // Five spans in three traces: trace 2 (untouched since t=0) goes first.
    expect(out.map((e) => [e.reason, e.trace.traceId[0], e.trace.spanCount])).toEqual([['buffer_full', '2', 1]]);
    expect(g.bufferedSpans).toBe(4);
    out.push(...g.due(60_000));
    expect(out.reduce((n, e) => n + e.trace.spanCount, 0)).toBe(5);
  });

  it('splits a trace that encodes over the record limit into fragments, each within the limit; no span is lost', () => {
    const limit = 20_000;
    const g = grouper({ maxRecordBytes: limit });
    const [generated] = generateTraces({ count: 1, seed: 7, minSpans: 150, maxSpans: 150 });
    const spans = generated?.spans ?? [];
    feed(g, spans, 0);
    const out = g.due(2_000);
    expect(out.length).toBeGreaterThan(1);
    for (const e of out) expect(e.bytes.length).toBeLessThanOrEqual(limit);
    expect(out.map((e) => [e.trace.fragmentSeq, e.trace.isFragment, e.part])).toEqual(out.map((_, i) => [i, i > 0, i]));
    expect(out.flatMap((e) => e.trace.spans.map((s) => s.spanId)).sort()).toEqual(spans.map((s) => s.spanId).sort());
    // The next late span continues the numbering after the split parts.
    feed(g, [{ ...(spans[1] as RawSpan), spanId: 'ffffffffffffffff' }], 3_000, 500);
    expect(g.due(6_000).map((e) => e.trace.fragmentSeq)).toEqual([out.length]);
  });
});

describe('TraceGrouper: span bytes', () => {
  it('hands the encoder each span\'s bytes in the record\'s (start) order, encoding only the spans that came without', () => {
    const seen: Array<readonly Uint8Array[] | undefined> = [];
    const g = grouper({
      encode: (t, bytes) => {
        seen.push(bytes);
        return STRUCTURED_TRACES.encode(t);
      },
    });
    g.add(rawSpan('b', 'a', { startTimeUnixNano: T0 + 5n }), 0, 0n, 0, Buffer.from('b'));
    g.add(rawSpan('a', '', { startTimeUnixNano: T0 }), 0, 1n, 0, Buffer.from('a'));
    g.add(rawSpan('c', '', { traceId: '1'.repeat(32) }), 0, 2n, 0, Buffer.from('c'));
    g.add(rawSpan('d', 'c', { traceId: '1'.repeat(32) }), 0, 3n, 0);
    g.add(rawSpan('e', '', { traceId: '2'.repeat(32) }), 0, 4n, 0);
    g.due(2_000);
    expect(seen[0]?.map((b) => Buffer.from(b).toString())).toEqual(['a', 'b']);
    expect(Buffer.from(seen[1]?.[0] as Uint8Array).toString()).toBe('c');
    expect(decodeRawSpan(seen[1]?.[1] as Uint8Array)).toEqual(rawSpan('d', 'c', { traceId: '1'.repeat(32) }));
    // No span came with bytes: the record is encoded whole.
    expect(seen[2]).toBeUndefined();
  });
});

describe('TraceGrouper: held offsets', () => {
  it('holds, per partition, the first offset of the oldest trace still buffered', () => {
    const g = grouper({ earlyCompletion: false });
    expect(g.heldOffset(0)).toBeUndefined();
    g.add(rawSpan('a', '', { traceId: '1'.repeat(32) }), 0, 10n, 0);
    g.add(rawSpan('a', '', { traceId: '3'.repeat(32) }), 1, 7n, 1_000);
    g.add(rawSpan('a', '', { traceId: '2'.repeat(32) }), 0, 11n, 5_000);
    g.add(rawSpan('b', 'a', { traceId: '1'.repeat(32) }), 0, 12n, 6_000);
    expect([g.heldOffset(0), g.heldOffset(1)]).toEqual([10n, 7n]);
    // Trace 3 (partition 1) goes out at 31 s, trace 2 at 35 s; trace 1 (offset 10) stays until 36 s.
    g.due(31_000);
    expect([g.heldOffset(0), g.heldOffset(1)]).toEqual([10n, undefined]);
    g.due(35_000);
    expect(g.heldOffset(0)).toBe(10n);
    g.due(36_000);
    expect(g.heldOffset(0)).toBeUndefined();
  });

  it('moves the held offset past an emitted trace to the next oldest one', () => {
    const g = grouper();
    g.add(rawSpan('a', '', { traceId: '1'.repeat(32) }), 0, 10n, 0);
    g.add(rawSpan('b', 'x', { traceId: '2'.repeat(32) }), 0, 11n, 0);
    g.due(2_000);
    expect(g.heldOffset(0)).toBe(11n);
  });

  it('forgets every buffer and the emitted-trace memory on reset', () => {
    const g = grouper();
    feed(g, [rawSpan('a', '', { traceId: '1'.repeat(32) })], 0, 10);
    g.due(2_000);
    feed(g, [rawSpan('a', '', { traceId: '2'.repeat(32) })], 3_000, 11);
    g.reset();
    expect([g.bufferedSpans, g.bufferedTraces, g.heldOffset(0)]).toEqual([0, 0, undefined]);
    feed(g, [rawSpan('a', '', { traceId: '1'.repeat(32) })], 4_000, 10);
    expect(g.due(6_000).map((e) => e.trace.isFragment)).toEqual([false]);
  });
});

describe('TraceGrouper: failures', () => {
  it('keeps a trace buffered and its offset held when encoding it throws (nothing is committed past it)', () => {
    let fail = true;
    const g = grouper({
      encode: (t) => {
        if (fail) throw new Error('encoder down');
        return STRUCTURED_TRACES.encode(t);
      },
    });
    feed(g, [rawSpan('a', '')], 0, 5);
    expect(() => g.due(2_000)).toThrow('encoder down');
    expect([g.bufferedSpans, g.heldOffset(0)]).toEqual([1, 5n]);
    fail = false;
    expect(g.due(2_000).map((e) => e.trace.spanCount)).toEqual([1]);
    expect(g.heldOffset(0)).toBeUndefined();
  });
});

describe('TraceGrouper: generated traffic', () => {
  it('emits every span of shuffled, interleaved traces exactly once', () => {
    const g = grouper({ maxSpansPerTrace: 50 });
    const traces = generateTraces({ count: 200, seed: 42 });
    const all = traces.flatMap((t) => t.spans);
    // Spread over 10 s, interleaved across traces, children often before their parents.
    const order = all.map((s, i) => ({ s, at: Math.floor(((i * 7919) % all.length) * (10_000 / all.length)) })).sort((a, b) => a.at - b.at);
    const out: Emission[] = [];
    let offset = 0;
    for (const { s, at } of order) {
      out.push(...g.add(s, 0, BigInt(offset++), at).emissions);
      if (offset % 100 === 0) out.push(...g.due(at));
    }
    out.push(...g.due(100_000));
    const seen = out.flatMap((e) => e.trace.spans.map((s) => `${s.traceId}/${s.spanId}`));
    expect(seen.length).toBe(all.length);
    expect(new Set(seen).size).toBe(all.length);
    expect(g.bufferedSpans).toBe(0);
  });
});
