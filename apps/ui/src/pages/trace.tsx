// `/trace/:traceId`: the trace from the query API's Jaeger JSON, its critical path from
// `/api/traces/:id/critical-path` (computed here with libs/trace-analysis when the API has no such
// route, so both give the same answer). The two are fetched at once; the waterfall shows as soon as
// the trace is in, and the critical path is drawn when it arrives.
import { criticalPath, type CriticalSegment } from '@tracehouse/trace-analysis';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api, isUnavailable } from '../lib/api';
import { fromLogJson, type UiLog } from '../lib/logs-model';
import { fromJaegerTrace, toAnalysisSpans, type UiTrace } from '../lib/trace-model';
import { Loaded, useAsync } from '../components/async';
import { TraceView } from '../components/trace-view';

async function loadTrace(traceId: string): Promise<{ trace: UiTrace; json: () => string }> {
  const raw = await api.trace(traceId);
  return { trace: fromJaegerTrace(raw), json: () => JSON.stringify({ data: [raw] }, null, 2) };
}

export default function TracePage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const traceId = params.traceId ?? '';
  const state = useAsync(() => loadTrace(traceId), [traceId]);
  const [critical, setCritical] = useState<readonly CriticalSegment[]>();
  const [criticalError, setCriticalError] = useState<string>();
  const [fallback, setFallback] = useState(false);
  useEffect(() => {
    let current = true;
    setCritical(undefined);
    setFallback(false);
    api.criticalPath(traceId).then(
      (segments) => current && setCritical(segments),
      (err: unknown) => {
        if (!current) return;
        if (isUnavailable(err)) setFallback(true);
        else setCriticalError(err instanceof Error ? err.message : String(err));
      },
    );
    return () => {
      current = false;
    };
  }, [traceId]);
  const [logs, setLogs] = useState<readonly UiLog[]>();
  const [logsNote, setLogsNote] = useState<string>();
  useEffect(() => {
    let current = true;
    setLogs(undefined);
    setLogsNote(undefined);
    api.traceLogs(traceId).then(
      (records) => current && setLogs(records.map(fromLogJson)),
      (err: unknown) => {
        if (!current) return;
        setLogs([]);
        setLogsNote(isUnavailable(err) ? 'This query API has no log store, so no log lines are shown.' : `The log lines could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [traceId]);
  // An API without the route: the same computation, here.
  useEffect(() => {
    if (fallback && state.status === 'ok') setCritical(criticalPath(toAnalysisSpans(state.value.trace)));
  }, [fallback, state]);
  return (
    <Loaded state={state} what={`trace ${traceId}`}>
      {({ trace, json }) => (
        <>
          {criticalError && <div class="banner warn">The critical path could not be loaded: {criticalError}</div>}
          <TraceView key={trace.traceId} trace={trace} critical={critical} download={{ json, fileName: `trace-${traceId}.json` }} logs={logs} logsNote={logsNote} onCompare={(other) => route(`/compare/${encodeURIComponent(traceId)}/${encodeURIComponent(other)}`)} />
        </>
      )}
    </Loaded>
  );
}
