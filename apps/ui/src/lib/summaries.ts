// Trace summaries for a search: `/api/trace-summaries`, or, from a query API without it, Jaeger's
// `/api/traces` search summarized here with libs/trace-analysis (the same computation).
import { summarizeTrace, type TraceSummary } from '@tracehouse/trace-analysis';
import { api, isUnavailable } from './api';
import { fromJaegerTrace, toAnalysisSpans } from './trace-model';

/** Summaries of the traces a search finds (params as `/api/traces` takes them). */
export async function searchSummaries(params: Record<string, string>): Promise<TraceSummary[]> {
  try {
    return await api.summaries(params);
  } catch (err) {
    if (!isUnavailable(err)) throw err;
  }
  const traces = await api.jaegerSearch(params);
  return traces.map((t) => summarizeTrace(t.traceID, toAnalysisSpans(fromJaegerTrace(t))));
}
