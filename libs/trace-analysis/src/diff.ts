import { buildTree, type SpanTree } from './tree';
import type { AnalysisSpan, DiffChange, TraceDiffRow } from './types';

/** B counts as slower (or faster) than A only past both thresholds, so jitter does not show as change. */
export const DIFF_RELATIVE_THRESHOLD = 0.2;
/** 1 ms, in µs. */
export const DIFF_ABSOLUTE_THRESHOLD_US = 1_000;

interface Place {
  readonly span: AnalysisSpan;
  /** Start relative to the trace's first root, to order siblings across the two traces. */
  readonly offsetUs: number;
  readonly children: Map<string, Place>;
}

/** Keys siblings by `service:operation#n`, n counting repeats of the same name in start order. */
function places(tree: SpanTree, parent: string | undefined, origin: number): Map<string, Place> {
  const out = new Map<string, Place>();
  const seen = new Map<string, number>();
  const list = parent === undefined ? tree.roots : tree.children.get(parent) ?? [];
  for (const s of list) {
    const name = `${s.service}:${s.operation}`;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    out.set(`${name}#${n}`, { span: s, offsetUs: s.startUs - origin, children: new Map() });
  }
  return out;
}

function placeTree(spans: readonly AnalysisSpan[]): Map<string, Place> {
  const tree = buildTree(spans);
  const origin = tree.roots[0]?.startUs ?? 0;
  const top = places(tree, undefined, origin);
  const stack = [...top.values()];
  while (stack.length) {
    const p = stack.pop()!;
    for (const [k, c] of places(tree, p.span.spanId, origin)) {
      p.children.set(k, c);
      stack.push(c);
    }
  }
  return top;
}

function changeOf(a: number, b: number): DiffChange {
  if (b - a >= DIFF_ABSOLUTE_THRESHOLD_US && b >= a * (1 + DIFF_RELATIVE_THRESHOLD)) return 'slower';
  if (a - b >= DIFF_ABSOLUTE_THRESHOLD_US && a >= b * (1 + DIFF_RELATIVE_THRESHOLD)) return 'faster';
  return 'same';
}

/**
 * The structure diff of two traces (usually of the same operation): spans are matched by their
 * path of `service:operation` steps from the root, repeated siblings by their order among
 * same-named siblings. Rows come in tree order (depth first, siblings by start offset in their
 * trace); a span only in B is `added`, only in A `missing`, in both `slower`/`faster` when B's
 * duration differs by at least 20% and 1 ms, else `same`.
 */
export function diffTraces(a: readonly AnalysisSpan[], b: readonly AnalysisSpan[]): TraceDiffRow[] {
  interface Item { readonly key: string; readonly pa?: Place; readonly pb?: Place; readonly parentPath: string; readonly depth: number }
  const level = (pa: Map<string, Place> | undefined, pb: Map<string, Place> | undefined, parentPath: string, depth: number): Item[] => {
    const keys = new Set([...(pa?.keys() ?? []), ...(pb?.keys() ?? [])]);
    const items = [...keys].map((key): Item => ({ key, pa: pa?.get(key), pb: pb?.get(key), parentPath, depth }));
    return items.sort((x, y) => (x.pa ?? x.pb)!.offsetUs - (y.pa ?? y.pb)!.offsetUs || (x.key < y.key ? -1 : 1));
  };
  const rows: TraceDiffRow[] = [];
  // Depth first without recursion (deep traces): a level goes on the stack last-first.
  const stack = level(placeTree(a), placeTree(b), '', 0).reverse();
  while (stack.length) {
    const { key, pa, pb, parentPath, depth } = stack.pop()!;
    const span = (pa ?? pb)!.span;
    const path = parentPath ? `${parentPath} > ${key}` : key;
    const change: DiffChange = !pa ? 'added' : !pb ? 'missing' : changeOf(pa.span.durationUs, pb.span.durationUs);
    rows.push({
      path,
      service: span.service,
      operation: span.operation,
      depth,
      change,
      ...(pa ? { aDurationUs: pa.span.durationUs } : {}),
      ...(pb ? { bDurationUs: pb.span.durationUs } : {}),
    });
    for (const item of level(pa?.children, pb?.children, path, depth + 1).reverse()) stack.push(item);
  }
  return rows;
}
