// The critical path as Jaeger UI defines it (packages/jaeger-ui/src/components/TracePage/CriticalPath):
// start at the root's end and walk backwards; at each span take the child that finished last
// before the cursor, the span's own time after that child's end is on the path, descend into the
// child, and on returning continue in the parent from the child's start. Children are first clipped
// to their parent's interval (a child that outlives its parent counts only until the parent ends; a
// child entirely outside it is ignored), so the path never leaves the root's interval.
// Differences from Jaeger UI, on purpose: a child ending exactly where the next one starts is taken
// (Jaeger compares with `<` and books that gap-free sequence as the parent's self time); the walk is
// iterative, so a 10,000-deep chain does not overflow the stack.
import { buildTree } from './tree';
import type { AnalysisSpan, CriticalSegment } from './types';

interface Node {
  readonly span: AnalysisSpan;
  readonly parent: Node | undefined;
  /** The span's interval clipped to its parent's clipped interval. */
  readonly start: number;
  readonly end: number;
  /** Clipped children, latest end first; `next` is how many have been passed over already. */
  readonly children: Node[];
  next: number;
}

/** The longest root (earliest on a tie): Jaeger UI's choice when a trace has several. */
function mainRoot(roots: readonly AnalysisSpan[]): AnalysisSpan | undefined {
  let best: AnalysisSpan | undefined;
  for (const r of roots) if (!best || r.durationUs > best.durationUs) best = r;
  return best;
}

function clippedTree(root: AnalysisSpan, children: ReadonlyMap<string, readonly AnalysisSpan[]>): Node {
  const top: Node = { span: root, parent: undefined, start: root.startUs, end: root.startUs + Math.max(0, root.durationUs), children: [], next: 0 };
  const queue: Node[] = [top];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const c of children.get(node.span.spanId) ?? []) {
      const start = Math.max(c.startUs, node.start);
      const end = Math.min(c.startUs + Math.max(0, c.durationUs), node.end);
      // Entirely outside the parent (or reduced to nothing by the clip): off the path, as in Jaeger UI.
      if (start > node.end || end < node.start || (end <= start && c.durationUs > 0)) continue;
      const child: Node = { span: c, parent: node, start, end: Math.max(start, end), children: [], next: 0 };
      node.children.push(child);
      queue.push(child);
    }
    node.children.sort((a, b) => b.end - a.end || b.start - a.start);
  }
  return top;
}

/**
 * The trace's critical path: the segments of spans' own time that together explain the root's
 * duration, in time order. Uses the longest root when there are several; empty for no spans.
 * O(n log n) in the number of spans.
 */
export function criticalPath(spans: readonly AnalysisSpan[]): CriticalSegment[] {
  const tree = buildTree(spans);
  const root = mainRoot(tree.roots);
  if (!root) return [];
  const backwards: CriticalSegment[] = [];
  const push = (node: Node, startUs: number, endUs: number): void => {
    if (endUs > startUs) backwards.push({ spanId: node.span.spanId, startUs, endUs });
  };

  let node: Node = clippedTree(root, tree.children);
  let cursor = node.end;
  for (;;) {
    // The cursor only moves back in time within a span, so children skipped once stay skipped.
    while (node.next < node.children.length && node.children[node.next].end > cursor) node.next++;
    const child = node.next < node.children.length ? node.children[node.next++] : undefined;
    if (child) {
      push(node, child.end, cursor);
      node = child;
      cursor = child.end;
      continue;
    }
    push(node, node.start, cursor);
    if (!node.parent) break;
    cursor = node.start;
    node = node.parent;
  }
  return backwards.reverse();
}
