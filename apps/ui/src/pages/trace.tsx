// `/trace/:traceId`: the trace from the query API's Jaeger JSON, its critical path from
// `/api/traces/:id/critical-path` (computed here with libs/trace-analysis when the API has no such
// route, so both give the same answer).
import { criticalPath, type CriticalSegment } from '@tracehouse/trace-analysis';
import { useRoute } from 'preact-iso';
import { api, isUnavailable } from '../lib/api';
import { fromJaegerTrace, toAnalysisSpans, type UiTrace } from '../lib/trace-model';
import { Loaded, useAsync } from '../components/async';
import { TraceView } from '../components/trace-view';

async function loadTrace(traceId: string): Promise<{ trace: UiTrace; json: string; critical: readonly CriticalSegment[] }> {
  const raw = await api.trace(traceId);
  const trace = fromJaegerTrace(raw);
  let critical: readonly CriticalSegment[];
  try {
    critical = await api.criticalPath(traceId);
  } catch (err) {
    if (!isUnavailable(err)) throw err;
    critical = criticalPath(toAnalysisSpans(trace));
  }
  return { trace, json: JSON.stringify({ data: [raw] }, null, 2), critical };
}

export default function TracePage() {
  const { params } = useRoute();
  const traceId = params.traceId ?? '';
  const state = useAsync(() => loadTrace(traceId), [traceId]);
  return (
    <Loaded state={state} what={`trace ${traceId}`}>
      {({ trace, json, critical }) => <TraceView trace={trace} critical={critical} download={{ json, fileName: `trace-${traceId}.json` }} />}
    </Loaded>
  );
}
