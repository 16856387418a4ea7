import { emptySpanEnrichment, type RawSpan, type SpanEnrichment, type StructuredTrace, type TraceEnrichment } from '@tracehouse/model';
import type { EntityCollector } from './entities';

/**
 * EnrichmentContext is the working state of one trace while the enrichers run: the span graph,
 * each span's enrichment being filled in, and the entities the trace references. Enrichers read
 * what the enrichers they depend on wrote and write their own fields; nothing here is shared
 * between traces except what `shared` holds.
 */
export interface EnrichmentContext {
  /** The tenant of the trace (its `tenantId`, else the message's tenant header). */
  readonly tenant: string;
  readonly trace: StructuredTrace;
  readonly spans: readonly RawSpan[];
  /** Index of each span's parent in this message, -1 when it is a root or its parent is elsewhere. */
  readonly parent: Int32Array;
  /** Children of each span, by start time. */
  readonly children: readonly number[][];
  /** Every span index once, parents before children (roots by start time first). */
  readonly order: readonly number[];
  /** Each span's enrichment, filled in by the enrichers. */
  readonly enrichment: SpanEnrichment[];
  /** The API entry span governing each span (-1: none in this message). Set by the boundary enricher. */
  readonly entryOf: Int32Array;
  /** For each API exit span, the entry span it called when that is in this message (-1 otherwise). */
  readonly calleeEntry: Int32Array;
  /** Errors of each span on its own (0 or 1), before the per-API roll-up. */
  readonly ownErrors: Int32Array;
  /** Exceptions each span recorded on its own, before the per-API roll-up. */
  readonly ownExceptions: Int32Array;
  /** The trace-level attributes, filled in by the trace enricher. */
  traceEnrichment: TraceEnrichment;
  /** The entities (services, APIs, backends) the trace references. */
  readonly entities: EntityCollector;
}

/** A span's start in ms since the epoch (0 when it has none). */
export const startMs = (s: RawSpan): number => Number(s.startTimeUnixNano / 1_000_000n);
/** A span's end in ms since the epoch, never before its start. */
export const endMs = (s: RawSpan): number => Math.max(startMs(s), Number(s.endTimeUnixNano / 1_000_000n));

/** A blank span enrichment: every enricher starts from this. */
export const blankEnrichment = emptySpanEnrichment;

/** A blank trace enrichment. */
export function blankTraceEnrichment(): TraceEnrichment {
  return { transactionName: '', rootServiceName: '', services: [], serviceCount: 0, spanCount: 0, errorCount: 0, exceptionCount: 0, apiEntryCount: 0 };
}

/**
 * Builds the context of one trace. Parents come from `spanEdges`; a span without an edge whose
 * `parentSpanId` names a span of the message gets that one (older producers may send no edges).
 * Out-of-range edges and cycles are ignored: every span is visited once.
 */
export function buildContext(trace: StructuredTrace, tenant: string, entities: EntityCollector): EnrichmentContext {
  const spans = trace.spans;
  const n = spans.length;
  const parent = new Int32Array(n).fill(-1);
  for (const { parentIndex, childIndex } of trace.spanEdges) {
    if (parentIndex >= 0 && parentIndex < n && childIndex >= 0 && childIndex < n && parentIndex !== childIndex) parent[childIndex] = parentIndex;
  }
  let byId: Map<string, number> | undefined;
  for (let i = 0; i < n; i++) {
    const s = spans[i] as RawSpan;
    if (parent[i] !== -1 || s.parentSpanId === '') continue;
    if (!byId) {
      byId = new Map();
      for (let j = 0; j < n; j++) byId.set((spans[j] as RawSpan).spanId, j);
    }
    const p = byId.get(s.parentSpanId);
    if (p !== undefined && p !== i) parent[i] = p;
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) (children[p] as number[]).push(i);
    else roots.push(i);
  }
  const byStart = (a: number, b: number): number => {
    const x = (spans[a] as RawSpan).startTimeUnixNano;
    const y = (spans[b] as RawSpan).startTimeUnixNano;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  roots.sort(byStart);
  for (const c of children) if (c.length > 1) c.sort(byStart);
  const order: number[] = [];
  const visited = new Uint8Array(n);
  const visit = (start: number): void => {
    const queue = [start];
    visited[start] = 1;
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q] as number;
      order.push(i);
      for (const c of children[i] as number[]) {
        if (!visited[c]) {
          visited[c] = 1;
          queue.push(c);
        }
      }
    }
  };
  for (const r of roots) visit(r);
  // Spans caught in a parent cycle have no root: visit them too, as roots of their own.
  for (let i = 0; i < n; i++) {
    if (!visited[i]) {
      parent[i] = -1;
      visit(i);
    }
  }
  return {
    tenant,
    trace,
    spans,
    parent,
    children,
    order,
    enrichment: Array.from({ length: n }, blankEnrichment),
    entryOf: new Int32Array(n).fill(-1),
    calleeEntry: new Int32Array(n).fill(-1),
    ownErrors: new Int32Array(n),
    ownExceptions: new Int32Array(n),
    traceEnrichment: blankTraceEnrichment(),
    entities,
  };
}
