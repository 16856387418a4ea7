import { barPosition, buildSpanTree, collapseBelowDepth, expandToShow, toggleCollapsed, virtualWindow, visibleRows, type TreeSpan } from './waterfall';

// root(0) ─┬─ a(1) ── a1(2)
//          └─ b(3)
// plus an orphan whose parent is missing (a root of its own).
const spans: TreeSpan[] = [
  { spanId: 'b', parentSpanId: 'root', startUs: 1_300, durationUs: 100 },
  { spanId: 'root', startUs: 1_000, durationUs: 1_000 },
  { spanId: 'a1', parentSpanId: 'a', startUs: 1_150, durationUs: 50 },
  { spanId: 'a', parentSpanId: 'root', startUs: 1_100, durationUs: 200 },
  { spanId: 'orphan', parentSpanId: 'gone', startUs: 1_500, durationUs: 600 },
];
const ids = (rows: { index: number }[]) => rows.map((r) => spans[r.index]!.spanId);

describe('waterfall layout', () => {
  const tree = buildSpanTree(spans);

  it('orders the tree by start time, children under parents, a span with a missing parent as a root', () => {
    expect(ids(visibleRows(tree, new Set()))).toEqual(['root', 'a', 'a1', 'b', 'orphan']);
    expect(visibleRows(tree, new Set()).map((r) => r.depth)).toEqual([0, 1, 2, 1, 0]);
    expect(tree.maxDepth).toBe(2);
    expect(tree.startUs).toBe(1_000);
    expect(tree.durationUs).toBe(1_100);
  });

  it('hides the descendants of a collapsed span and shows them again when it is expanded', () => {
    const a = tree.indexOf.get('a')!;
    const collapsed = toggleCollapsed(new Set(), a);
    const rows = visibleRows(tree, collapsed);
    expect(ids(rows)).toEqual(['root', 'a', 'b', 'orphan']);
    expect(rows[1]).toMatchObject({ collapsed: true, childCount: 1 });
    expect(ids(visibleRows(tree, toggleCollapsed(collapsed, a)))).toEqual(['root', 'a', 'a1', 'b', 'orphan']);
  });

  it('collapses everything below a depth', () => {
    expect(ids(visibleRows(tree, collapseBelowDepth(tree, 0)))).toEqual(['root', 'orphan']);
    expect(ids(visibleRows(tree, collapseBelowDepth(tree, 1)))).toEqual(['root', 'a', 'b', 'orphan']);
  });

  it('expands the ancestors of a span found while collapsed', () => {
    const collapsed = collapseBelowDepth(tree, 0);
    const shown = expandToShow(tree, collapsed, [tree.indexOf.get('a1')!]);
    expect(ids(visibleRows(tree, shown))).toContain('a1');
  });

  it('does not lose spans to a parent cycle', () => {
    const cyclic = buildSpanTree([
      { spanId: 'x', parentSpanId: 'y', startUs: 0, durationUs: 1 },
      { spanId: 'y', parentSpanId: 'x', startUs: 1, durationUs: 1 },
      { spanId: 'z', parentSpanId: 'z', startUs: 2, durationUs: 1 },
    ]);
    expect(visibleRows(cyclic, new Set())).toHaveLength(3);
  });

  it('handles a 10,000-deep chain without recursion', () => {
    const chain: TreeSpan[] = Array.from({ length: 10_000 }, (_, i) => ({ spanId: `s${i}`, ...(i > 0 ? { parentSpanId: `s${i - 1}` } : {}), startUs: i, durationUs: 10_000 - i }));
    const t = buildSpanTree(chain);
    expect(t.maxDepth).toBe(9_999);
    expect(visibleRows(t, new Set())).toHaveLength(10_000);
  });

  it('renders only the rows in view plus the overscan', () => {
    expect(virtualWindow(0, 240, 24, 10_000, 5)).toEqual({ first: 0, last: 15 });
    expect(virtualWindow(24 * 5_000, 240, 24, 10_000, 5)).toEqual({ first: 4_995, last: 5_015 });
    expect(virtualWindow(24 * 9_999, 240, 24, 10_000, 5)).toEqual({ first: 9_994, last: 10_000 });
  });

  it('places bars as fractions of the trace, keeping zero-length spans visible', () => {
    expect(barPosition(tree, 1_000, 1_100)).toEqual({ left: 0, width: 1 });
    expect(barPosition(tree, 1_550, 0)).toEqual({ left: 0.5, width: 0.002 });
    expect(barPosition({ startUs: 5, durationUs: 0 }, 5, 0)).toEqual({ left: 0, width: 1 });
  });
});
