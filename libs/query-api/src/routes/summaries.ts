// Trace analyses on the server side with @tracehouse/trace-analysis, so the API and the web UI
// compute summaries and critical paths the same way: stored spans to analysis spans, and search
// results as summaries (from the views when the store can, from whole traces otherwise).
import { summarizeTrace, type AnalysisSpan, type TraceSummary } from '@tracehouse/trace-analysis';
import type { ReadSearchSummary, ReadSpan, ReadTraceSearch } from '../ports';
import type { RouteContext } from './context';

/** Stored spans as analysis spans, in Jaeger's units (µs), as `GET /api/traces/:id` shows them. */
export function analysisSpans(spans: readonly ReadSpan[]): AnalysisSpan[] {
  return spans.map((s) => ({
    spanId: s.spanId,
    ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
    service: s.serviceName,
    operation: s.spanName,
    startUs: Number(s.startTimeUnixNano / 1_000n),
    durationUs: Number(s.durationNs / 1_000n),
    error: s.isError,
  }));
}

/** Spans whose parent is named but not in the trace (Jaeger's orphan count). */
function orphans(spans: readonly ReadSpan[]): number {
  const ids = new Set(spans.map((s) => s.spanId));
  return spans.filter((s) => s.parentSpanId !== '' && !ids.has(s.parentSpanId)).length;
}

/**
 * A search's results as summaries: the store's `searchSummaries` (the views, without reading whole
 * traces) when it has one, else the traces fetched whole and summarized here.
 */
export async function searchSummaries(ctx: RouteContext, tenant: string, search: ReadTraceSearch): Promise<ReadSearchSummary[]> {
  if (ctx.traces.searchSummaries) return [...(await ctx.traces.searchSummaries(tenant, search))];
  const found = await ctx.searchAndFetch(tenant, search);
  return found.map((t) => {
    const traceId = t.spans[0]?.traceId ?? t.summary?.traceId ?? '';
    const s = summarizeTrace(traceId, analysisSpans(t.spans));
    const start = t.spans.reduce((m, x) => (x.startTimeUnixNano < m ? x.startTimeUnixNano : m), t.spans[0]?.startTimeUnixNano ?? 0n);
    const end = t.spans.reduce((m, x) => (x.endTimeUnixNano > m ? x.endTimeUnixNano : m), 0n);
    const serviceCounts = [...s.services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
      traceId,
      truncated: t.summary?.truncated ?? false,
      overflowSpanCount: t.summary?.overflowSpanCount ?? 0,
      startTimeUnixNano: start,
      endTimeUnixNano: end,
      rootServiceName: s.rootService,
      transactionName: s.rootOperation,
      spanCount: s.spanCount,
      errorCount: s.errorCount,
      orphanSpanCount: orphans(t.spans),
      serviceCounts,
    };
  });
}

/** A search summary in the UI's shape (trace-analysis `TraceSummary`: µs, services by span count). */
export function uiSummary(s: ReadSearchSummary): TraceSummary {
  const services = s.serviceCounts.map((c) => ({ name: c.name, spanCount: c.spanCount, errorCount: c.errorCount }));
  services.sort((a, b) => b.spanCount - a.spanCount || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    traceId: s.traceId,
    rootService: s.rootServiceName,
    rootOperation: s.transactionName,
    startUs: Number(s.startTimeUnixNano / 1_000n),
    durationUs: Number((s.endTimeUnixNano - s.startTimeUnixNano) / 1_000n),
    spanCount: s.spanCount,
    errorCount: s.errorCount,
    services,
  };
}
