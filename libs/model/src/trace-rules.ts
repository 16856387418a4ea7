// The invariants of a StructuredTrace, in one place: the decoder rejects a message that breaks one
// (decodeStructuredTrace), and the spans-grouper, which builds the graph, checks its output against
// the very same function before producing, so it never writes a record the next stage refuses.
// (The trace-enricher copies ids and edges from a record that passed this check when decoded, and
// splits a record only into parts that keep the edges within each part: it cannot break a rule.)
import type { StructuredTrace } from './types';

/** TRACE_RULES lists the StructuredTrace invariants; a {@link TraceViolation} names the one broken. */
export const TRACE_RULES = [
  /** Every span carries the trace's tenant id. */
  'span_tenant_mismatch',
  /** Every span carries the trace's trace id. */
  'span_trace_mismatch',
  /** Edge indices point into `spans`. */
  'edge_out_of_range',
  /** No edge makes a span its own parent. */
  'self_edge',
  /** Root indices point into `spans`. */
  'root_out_of_range',
  /** No span names itself as its parent (`parentSpanId === spanId`). */
  'self_parent',
  /** Span ids are unique within the message: (tenant, trace, span id) identifies one span. */
  'duplicate_span_id',
  /** A span is the child of at most one edge. */
  'two_parents',
  /** Following parent edges never comes back to where it started. */
  'parent_cycle',
] as const;
/** TraceRule is one StructuredTrace invariant. */
export type TraceRule = (typeof TRACE_RULES)[number];

/** TraceViolation is one broken invariant: which, where (a field path), and a readable detail. */
export interface TraceViolation {
  readonly rule: TraceRule;
  /** The field path, as the decoder names it: `span_edges[3]`, `spans[2].parent_span_id`. */
  readonly field: string;
  /** Completes the sentence "StructuredTrace.<field> ...". */
  readonly detail: string;
  /** The span at fault, when one is (its index in `spans`). */
  readonly spanIndex?: number;
}

/** Options of {@link checkStructuredTrace}. */
export interface CheckOptions {
  /** Stop at the first violation (the decoder only needs one to reject). */
  readonly firstOnly?: boolean;
}

/**
 * checkStructuredTrace lists the invariants a trace breaks (empty when it is valid), in a fixed
 * order: per-span identity, edges, roots, self-parents, duplicate ids, two parents, cycles. It
 * reads the trace only; O(spans + edges).
 */
export function checkStructuredTrace(trace: StructuredTrace, options: CheckOptions = {}): TraceViolation[] {
  const out: TraceViolation[] = [];
  const full = (): boolean => options.firstOnly === true && out.length > 0;
  const { spans, spanEdges, rootIndices } = trace;
  const n = spans.length;
  for (let i = 0; i < n && !full(); i++) {
    const s = spans[i];
    if (s.tenantId !== trace.tenantId) {
      out.push({ rule: 'span_tenant_mismatch', field: `spans[${i}].tenant_id`, detail: `is ${JSON.stringify(s.tenantId)} but the trace's is ${JSON.stringify(trace.tenantId)}`, spanIndex: i });
    } else if (s.traceId !== trace.traceId) {
      out.push({ rule: 'span_trace_mismatch', field: `spans[${i}].trace_id`, detail: `is ${s.traceId} but the trace's is ${trace.traceId}`, spanIndex: i });
    }
  }
  // Each child's parent index, from the edges that are in range; -1: no edge.
  const parentOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < spanEdges.length && !full(); i++) {
    const { parentIndex, childIndex } = spanEdges[i];
    if (parentIndex >= n || childIndex >= n || parentIndex < 0 || childIndex < 0) {
      out.push({ rule: 'edge_out_of_range', field: `span_edges[${i}]`, detail: `is ${parentIndex} -> ${childIndex} but the trace has ${n} spans` });
    } else if (parentIndex === childIndex) {
      out.push({ rule: 'self_edge', field: `span_edges[${i}]`, detail: `makes span ${parentIndex} its own parent`, spanIndex: childIndex });
    } else if (parentOf[childIndex] !== -1) {
      out.push({ rule: 'two_parents', field: `span_edges[${i}]`, detail: `gives span ${childIndex} a second parent (${parentOf[childIndex]} and ${parentIndex})`, spanIndex: childIndex });
    } else {
      parentOf[childIndex] = parentIndex;
    }
  }
  for (let i = 0; i < rootIndices.length && !full(); i++) {
    if (rootIndices[i] >= n) out.push({ rule: 'root_out_of_range', field: `root_indices[${i}]`, detail: `is ${rootIndices[i]} but the trace has ${n} spans` });
  }
  for (let i = 0; i < n && !full(); i++) {
    const s = spans[i];
    if (s.parentSpanId !== '' && s.parentSpanId === s.spanId) {
      out.push({ rule: 'self_parent', field: `spans[${i}].parent_span_id`, detail: `is the span's own id ${s.spanId}`, spanIndex: i });
    }
  }
  if (!full()) {
    const seen = new Map<string, number>();
    for (let i = 0; i < n && !full(); i++) {
      const id = spans[i].spanId;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else out.push({ rule: 'duplicate_span_id', field: `spans[${i}].span_id`, detail: `is ${id}, the id of spans[${first}] too`, spanIndex: i });
    }
  }
  if (!full()) {
    for (const i of cycleMembers(parentOf)) {
      out.push({ rule: 'parent_cycle', field: `spans[${i}]`, detail: `is its own ancestor through span_edges (a parent cycle)`, spanIndex: i });
      if (full()) break;
    }
  }
  return out;
}

/**
 * The indices caught in a parent cycle, given each index's parent (-1: none), ascending. Each
 * index is walked at most once overall (three-colour marking), so this is O(n).
 */
export function cycleMembers(parentOf: ArrayLike<number>): number[] {
  const n = parentOf.length;
  // 0: not seen; 1: on the current walk; 2: done.
  const state = new Uint8Array(n);
  const inCycle = new Uint8Array(n);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    path.length = 0;
    let i = start;
    while (i >= 0 && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = parentOf[i];
    }
    if (i >= 0 && state[i] === 1) {
      // The walk came back to itself: from i's place on the path to the end is the cycle.
      for (let k = path.indexOf(i); k < path.length; k++) inCycle[path[k]] = 1;
    }
    for (const p of path) state[p] = 2;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (inCycle[i]) out.push(i);
  return out;
}
