// `/upload`: view a Jaeger or OTLP JSON file in the trace view without sending it anywhere.
import { criticalPath } from '@tracehouse/trace-analysis';
import { useMemo, useState } from 'preact/hooks';
import { toAnalysisSpans, type UiTrace } from '../lib/trace-model';
import { MAX_UPLOAD_BYTES, parseTraceFile, UploadError } from '../lib/upload';
import { TraceView } from '../components/trace-view';
import type { UiLog } from '../lib/logs-model';

/** An uploaded trace's lines: none (the file holds spans only). */
const NO_LOGS: readonly UiLog[] = [];

export default function UploadPage() {
  const [loaded, setLoaded] = useState<{ traces: UiTrace[]; text: string; name: string }>();
  const [chosen, setChosen] = useState(0);
  const [error, setError] = useState<string>();
  const trace = loaded?.traces[chosen];
  const critical = useMemo(() => (trace ? criticalPath(toAnalysisSpans(trace)) : undefined), [trace]);
  const onFile = async (file: File | undefined) => {
    setError(undefined);
    setLoaded(undefined);
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(`${file.name} is ${Math.round(file.size / 1_048_576)} MiB; the limit is ${MAX_UPLOAD_BYTES / 1_048_576} MiB.`);
      return;
    }
    const text = await file.text();
    try {
      setLoaded({ traces: parseTraceFile(text), text, name: file.name });
      setChosen(0);
    } catch (err) {
      setError(err instanceof UploadError ? `${file.name}: ${err.message}` : `${file.name} could not be read: ${String(err)}`);
    }
  };
  return (
    <section aria-labelledby="upload-title">
      <h1 id="upload-title">View a trace file</h1>
      <p class="muted">Jaeger JSON (as the query API or Jaeger UI downloads it) or OTLP/JSON. The file stays in this browser; nothing is ingested.</p>
      <div class="row">
        <label for="upload-input">Trace file</label>
        <input id="upload-input" data-testid="upload-input" type="file" accept=".json,application/json" onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
        {loaded && loaded.traces.length > 1 && (
          <label>
            Trace{' '}
            <select value={String(chosen)} onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}>
              {loaded.traces.map((t, i) => (
                <option key={t.traceId} value={String(i)}>
                  {t.traceId} ({t.spans.length} spans)
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error && (
        <div class="banner error" role="alert">
          {error}
        </div>
      )}
      {loaded && trace && <TraceView key={trace.traceId} trace={trace} critical={critical} download={{ json: () => loaded.text, fileName: loaded.name }} logs={NO_LOGS} logsNote="A trace read from a file has no log lines here: log lines are read from the query API for ingested traces." />}
    </section>
  );
}
