import { decodeStructuredTrace, encodeStructuredTrace } from './codec';
import { ModelDecodeError } from './errors';
import { CHILD_SPAN_ID, GRANDCHILD_SPAN_ID, ROOT_SPAN_ID, threeSpanFragmentTrace } from './testdata/fixtures';
import { checkStructuredTrace, cycleMembers } from './trace-rules';
import type { StructuredTrace } from './types';

/** Decodes what `encodeStructuredTrace` wrote, returning the decoder's error message. */
function decodeMessage(trace: StructuredTrace): string {
  try {
    decodeStructuredTrace(encodeStructuredTrace(trace));
  } catch (err) {
    expect(err).toBeInstanceOf(ModelDecodeError);
    return (err as Error).message;
  }
  return 'decoded';
}

describe('checkStructuredTrace', () => {
  it('finds nothing wrong with a valid trace, and the decoder accepts it', () => {
    const trace = threeSpanFragmentTrace();
    expect(checkStructuredTrace(trace)).toEqual([]);
    expect(decodeMessage(trace)).toBe('decoded');
  });

  it('names a span that is its own parent, and the decoder rejects it by the same rule', () => {
    const trace = threeSpanFragmentTrace();
    trace.spans[1] = { ...trace.spans[1], parentSpanId: CHILD_SPAN_ID };
    trace.spanEdges = trace.spanEdges.filter((e) => e.childIndex !== 1);
    expect(checkStructuredTrace(trace).map((v) => [v.rule, v.spanIndex])).toEqual([['self_parent', 1]]);
    expect(decodeMessage(trace)).toBe(`StructuredTrace.spans[1].parent_span_id is the span's own id ${CHILD_SPAN_ID}.`);
  });

  it('names a duplicate span id, the later span at fault', () => {
    const trace = threeSpanFragmentTrace();
    trace.spans[2] = { ...trace.spans[2], spanId: ROOT_SPAN_ID, parentSpanId: '' };
    trace.spanEdges = trace.spanEdges.filter((e) => e.childIndex !== 2);
    expect(checkStructuredTrace(trace).map((v) => [v.rule, v.spanIndex])).toEqual([['duplicate_span_id', 2]]);
    expect(decodeMessage(trace)).toMatch(/spans\[2\]\.span_id is 00f067aa0ba902b7, the id of spans\[0\] too/);
  });

  it('names every span of a parent cycle, and a second parent edge', () => {
    const trace = threeSpanFragmentTrace();
    // 0 -> 1 -> 2 -> 0, plus a second parent for 2.
    trace.spans[0] = { ...trace.spans[0], parentSpanId: GRANDCHILD_SPAN_ID };
    trace.spanEdges = [
      { parentIndex: 0, childIndex: 1 },
      { parentIndex: 1, childIndex: 2 },
      { parentIndex: 2, childIndex: 0 },
      { parentIndex: 0, childIndex: 2 },
    ];
    trace.rootIndices = [];
    expect(checkStructuredTrace(trace).map((v) => [v.rule, v.spanIndex])).toEqual([
      ['two_parents', 2],
      ['parent_cycle', 0],
      ['parent_cycle', 1],
      ['parent_cycle', 2],
    ]);
    expect(checkStructuredTrace(trace, { firstOnly: true })).toHaveLength(1);
    expect(decodeMessage({ ...trace, spanEdges: trace.spanEdges.slice(0, 3) })).toMatch(/spans\[0\] is its own ancestor/);
  });

  it('keeps the messages the decoder gave before for edges, roots and foreign spans', () => {
    const trace = threeSpanFragmentTrace();
    expect(checkStructuredTrace({ ...trace, spanEdges: [{ parentIndex: 0, childIndex: 0 }] })[0]?.detail).toBe('makes span 0 its own parent');
    expect(checkStructuredTrace({ ...trace, rootIndices: [7] })[0]?.detail).toBe('is 7 but the trace has 3 spans');
    expect(checkStructuredTrace({ ...trace, tenantId: 'other' })[0]?.rule).toBe('span_tenant_mismatch');
  });
});

describe('cycleMembers', () => {
  it('finds the cycle, not the chain leading into it', () => {
    // 4 -> 3 -> 1 -> 2 -> 1 (a chain ending in a 2-cycle), 0 a root, 5 its own parent.
    expect(cycleMembers([-1, 2, 1, 1, 3, 5])).toEqual([1, 2, 5]);
  });

  it('walks a 10,000-span chain without recursion', () => {
    const parents = Array.from({ length: 10_000 }, (_, i) => i - 1);
    expect(cycleMembers(parents)).toEqual([]);
    parents[0] = 9_999;
    expect(cycleMembers(parents)).toHaveLength(10_000);
  });
});
