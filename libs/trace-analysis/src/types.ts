// The analysis model: the few span facts the critical path, the summary and the diff need. Both the
// query API (server side) and the web UI (in the browser) compute over it, so this library imports
// nothing from Node or the DOM.

/** One span as the analyses see it; times in µs since the epoch, durations in µs (Jaeger's units). */
export interface AnalysisSpan {
  readonly spanId: string;
  /** Absent (or naming a span not in the trace) for a root. */
  readonly parentSpanId?: string;
  readonly service: string;
  readonly operation: string;
  readonly startUs: number;
  readonly durationUs: number;
  readonly error: boolean;
}

/** A stretch of one span's own time that lies on the trace's critical path, [startUs, endUs). */
export interface CriticalSegment {
  readonly spanId: string;
  readonly startUs: number;
  readonly endUs: number;
}

/** Spans and errors of one service within a trace. */
export interface ServiceCount {
  readonly name: string;
  readonly spanCount: number;
  readonly errorCount: number;
}

/** What a search result row shows about a trace without its spans. */
export interface TraceSummary {
  readonly traceId: string;
  readonly rootService: string;
  readonly rootOperation: string;
  readonly startUs: number;
  readonly durationUs: number;
  readonly spanCount: number;
  readonly errorCount: number;
  /** Sorted by span count (descending), then name. */
  readonly services: ServiceCount[];
}

/** How a span of trace B compares to the span at the same place in trace A. */
export const DIFF_CHANGES = ['same', 'added', 'missing', 'slower', 'faster'] as const;
/** One of {@link DIFF_CHANGES}. */
export type DiffChange = (typeof DIFF_CHANGES)[number];

/** One row of a structure diff: a place in the span tree and what changed there. */
export interface TraceDiffRow {
  /** `service:operation#n` steps from the root joined by ` > `; `n` counts same-named siblings in start order. */
  readonly path: string;
  readonly service: string;
  readonly operation: string;
  /** 0 for a root. */
  readonly depth: number;
  readonly change: DiffChange;
  readonly aDurationUs?: number;
  readonly bDurationUs?: number;
}
