// The waterfall's layout: the span tree (built once, O(n) after one sort of the spans by start
// time), the visible rows for a collapse state (one O(n) walk, iterative so a 10,000-deep chain
// cannot overflow the stack), row positions for virtual scrolling, and the time scale.

/** The fields of a span the layout needs. */
export interface TreeSpan {
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly startUs: number;
  readonly durationUs: number;
}

/** The span tree: indexes into `spans`, children in start order. */
export interface SpanTree {
  /** The spans in start order (ties: input order). */
  readonly order: readonly number[];
  /** children[i]: the indexes of span i's children, in start order. */
  readonly children: readonly (readonly number[])[];
  /** Spans without a parent in the trace (a missing parent makes a span a root), in start order. */
  readonly roots: readonly number[];
  readonly depth: readonly number[];
  readonly parent: readonly number[];
  /** span id -> index (the first span with that id). */
  readonly indexOf: ReadonlyMap<string, number>;
  readonly maxDepth: number;
  /** µs since the epoch of the earliest start, and the trace's length to the latest end. */
  readonly startUs: number;
  readonly durationUs: number;
}

/** Builds the tree of the spans; a span whose parent is absent (or is itself, or forms a cycle) is a root. */
export function buildSpanTree(spans: readonly TreeSpan[]): SpanTree {
  const n = spans.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) if (!indexOf.has(spans[i]!.spanId)) indexOf.set(spans[i]!.spanId, i);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => spans[a]!.startUs - spans[b]!.startUs || a - b);
  const parent = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = spans[i]!.parentSpanId;
    const pi = p === undefined ? undefined : indexOf.get(p);
    if (pi !== undefined && pi !== i) parent[i] = pi;
  }
  // A parent cycle (bad data) would hide its spans from every walk: break it where it is found.
  const state = new Uint8Array(n); // 0 new, 1 on the current chain, 2 done
  for (let i = 0; i < n; i++) {
    if (state[i] !== 0) continue;
    const chain: number[] = [];
    let j = i;
    while (j >= 0 && state[j] === 0) {
      state[j] = 1;
      chain.push(j);
      j = parent[j]!;
    }
    if (j >= 0 && state[j] === 1) parent[j] = -1;
    for (const c of chain) state[c] = 2;
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (const i of order) {
    if (parent[i]! >= 0) children[parent[i]!]!.push(i);
    else roots.push(i);
  }
  const depth = new Array<number>(n).fill(0);
  let maxDepth = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    const i = stack.pop()!;
    for (const c of children[i]!) {
      depth[c] = depth[i]! + 1;
      if (depth[c]! > maxDepth) maxDepth = depth[c]!;
      stack.push(c);
    }
  }
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.startUs < start) start = s.startUs;
    if (s.startUs + s.durationUs > end) end = s.startUs + s.durationUs;
  }
  if (n === 0) start = end = 0;
  return { order, children, roots, depth, parent, indexOf, maxDepth, startUs: start, durationUs: Math.max(0, end - start) };
}

/** One visible row of the waterfall. */
export interface WaterfallRow {
  /** The span's index in the trace's spans. */
  readonly index: number;
  readonly depth: number;
  readonly childCount: number;
  readonly collapsed: boolean;
}

/**
 * The rows shown for a collapse state: the tree in pre-order (children by start time), without the
 * descendants of collapsed spans. O(n).
 * @param collapsed indexes of collapsed spans
 */
export function visibleRows(tree: SpanTree, collapsed: ReadonlySet<number>): WaterfallRow[] {
  const rows: WaterfallRow[] = [];
  const stack: number[] = [];
  for (let r = tree.roots.length - 1; r >= 0; r--) stack.push(tree.roots[r]!);
  while (stack.length > 0) {
    const i = stack.pop()!;
    const kids = tree.children[i]!;
    const isCollapsed = kids.length > 0 && collapsed.has(i);
    rows.push({ index: i, depth: tree.depth[i]!, childCount: kids.length, collapsed: isCollapsed });
    if (!isCollapsed) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return rows;
}

/** The collapse state that shows depths 0..`depth` only: every span at `depth` that has children is collapsed. */
export function collapseBelowDepth(tree: SpanTree, depth: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tree.depth.length; i++) if (tree.depth[i] === depth && tree.children[i]!.length > 0) out.add(i);
  return out;
}

/** The collapse state with `index` toggled. */
export function toggleCollapsed(collapsed: ReadonlySet<number>, index: number): Set<number> {
  const out = new Set(collapsed);
  if (out.has(index)) out.delete(index);
  else out.add(index);
  return out;
}

/** The collapse state with every ancestor of the given spans expanded, so they are visible. */
export function expandToShow(tree: SpanTree, collapsed: ReadonlySet<number>, indexes: Iterable<number>): Set<number> {
  const out = new Set(collapsed);
  for (const i of indexes) {
    for (let p = tree.parent[i]!; p >= 0 && out.size > 0; p = tree.parent[p]!) out.delete(p);
  }
  return out;
}

/** The rows of a virtually scrolled list to render: the visible ones plus `overscan` on each side. */
export function virtualWindow(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, overscan = 10): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

/** A span's bar as fractions (0..1) of the timeline: left edge and width (at least a sliver, so it stays visible). */
export function barPosition(tree: Pick<SpanTree, 'startUs' | 'durationUs'>, startUs: number, durationUs: number, minWidth = 0.002): { left: number; width: number } {
  if (tree.durationUs <= 0) return { left: 0, width: 1 };
  const left = Math.min(1, Math.max(0, (startUs - tree.startUs) / tree.durationUs));
  const width = Math.max(minWidth, Math.min(1 - left, durationUs / tree.durationUs));
  return { left, width };
}

/** Tick marks of the time axis: `count + 1` offsets from the trace start, in µs. */
export function timeTicks(durationUs: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (durationUs * i) / count);
}
