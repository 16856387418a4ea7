import { buildTree } from './tree';
import type { AnalysisSpan, ServiceCount, TraceSummary } from './types';

/**
 * A trace's search-result summary: root service and operation (the earliest root; a trace whose
 * root has not arrived is named after its earliest span), the trace's time span from the first
 * start to the last end, and span and error counts overall and per service.
 */
export function summarizeTrace(traceId: string, spans: readonly AnalysisSpan[]): TraceSummary {
  const root = buildTree(spans).roots[0];
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  let errorCount = 0;
  const services = new Map<string, { spanCount: number; errorCount: number }>();
  for (const s of spans) {
    start = Math.min(start, s.startUs);
    end = Math.max(end, s.startUs + Math.max(0, s.durationUs));
    const counts = services.get(s.service) ?? { spanCount: 0, errorCount: 0 };
    counts.spanCount++;
    if (s.error) {
      counts.errorCount++;
      errorCount++;
    }
    services.set(s.service, counts);
  }
  const list: ServiceCount[] = [...services].map(([name, c]) => ({ name, ...c }));
  list.sort((a, b) => b.spanCount - a.spanCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    traceId,
    rootService: root?.service ?? '',
    rootOperation: root?.operation ?? '',
    startUs: spans.length ? start : 0,
    durationUs: spans.length ? end - start : 0,
    spanCount: spans.length,
    errorCount,
    services: list,
  };
}
