import type { AnalysisSpan } from './types';

/** A trace as a forest: spans by id (the first of a repeated id wins), roots and children in start order. */
export interface SpanTree {
  readonly byId: ReadonlyMap<string, AnalysisSpan>;
  readonly roots: readonly AnalysisSpan[];
  readonly children: ReadonlyMap<string, readonly AnalysisSpan[]>;
}

const byStart = (a: AnalysisSpan, b: AnalysisSpan): number => a.startUs - b.startUs || (a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0);

/**
 * Builds the span forest. A span whose parent is not in the trace is a root (the parent may have
 * been dropped or not arrived yet); a span that would close a parent cycle also becomes a root, so
 * every walk over the tree ends.
 */
export function buildTree(spans: readonly AnalysisSpan[]): SpanTree {
  const byId = new Map<string, AnalysisSpan>();
  for (const s of spans) if (!byId.has(s.spanId)) byId.set(s.spanId, s);
  const parentOf = (s: AnalysisSpan): string | undefined =>
    s.parentSpanId !== undefined && s.parentSpanId !== s.spanId && byId.has(s.parentSpanId) ? s.parentSpanId : undefined;

  // A span is in a cycle when following parents from it comes back to it; cut each cycle once at
  // the member met first, which then counts as a root.
  const cut = new Set<string>();
  const state = new Map<string, 1 | 2>(); // 1: on the current walk, 2: known to reach a root
  for (const start of byId.values()) {
    const walk: string[] = [];
    let id: string | undefined = start.spanId;
    while (id !== undefined && !state.has(id) && !cut.has(id)) {
      state.set(id, 1);
      walk.push(id);
      id = parentOf(byId.get(id)!);
    }
    if (id !== undefined && state.get(id) === 1) cut.add(id);
    for (const w of walk) state.set(w, 2);
  }

  const roots: AnalysisSpan[] = [];
  const children = new Map<string, AnalysisSpan[]>();
  for (const s of byId.values()) {
    const parent = cut.has(s.spanId) ? undefined : parentOf(s);
    if (parent === undefined) {
      roots.push(s);
      continue;
    }
    const list = children.get(parent);
    if (list) list.push(s);
    else children.set(parent, [s]);
  }
  roots.sort(byStart);
  for (const list of children.values()) list.sort(byStart);
  return { byId, roots, children };
}
