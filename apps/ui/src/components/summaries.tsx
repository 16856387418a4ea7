// A list of trace summaries (search results, an entity's recent and slowest traces); two can be
// ticked to compare them.
import type { TraceSummary } from '@tracehouse/trace-analysis';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { enc } from '../lib/api';
import { formatDuration, formatTime } from '../lib/format';

/** Trace summary rows (`trace-summary`), newest first unless `sorted` is given. */
export function TraceSummaryList({ summaries, empty = 'No traces in this window.' }: { readonly summaries: readonly TraceSummary[]; readonly empty?: string }) {
  const [picked, setPicked] = useState<string[]>([]);
  const { route } = useLocation();
  if (summaries.length === 0) return <p class="muted">{empty}</p>;
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  return (
    <div>
      <div class="row" style={{ margin: '4px 0' }}>
        <button type="button" disabled={picked.length !== 2} onClick={() => route(`/compare/${enc(picked[0]!)}/${enc(picked[1]!)}`)}>
          Compare the two ticked traces
        </button>
      </div>
      <table class="grid">
        <thead>
          <tr>
            <th>
              <span class="muted" aria-hidden="true">
                ⇄
              </span>
              <span style={{ position: 'absolute', left: '-9999px' }}>Pick to compare</span>
            </th>
            <th>Root</th>
            <th>Start</th>
            <th class="num">Duration</th>
            <th class="num">Spans</th>
            <th class="num">Errors</th>
            <th>Services</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((s) => (
            <tr key={s.traceId} data-testid="trace-summary" data-trace-id={s.traceId} data-error-count={String(s.errorCount)}>
              <td>
                <input type="checkbox" aria-label={`Pick trace ${s.traceId} to compare`} checked={picked.includes(s.traceId)} onChange={() => toggle(s.traceId)} />
              </td>
              <td>
                <a href={`/trace/${enc(s.traceId)}`}>
                  <strong>{s.rootService}</strong> {s.rootOperation}
                </a>{' '}
                <span class="muted mono">{s.traceId.slice(0, 8)}</span>
              </td>
              <td>{formatTime(s.startUs)}</td>
              <td class="num">{formatDuration(s.durationUs)}</td>
              <td class="num">{s.spanCount}</td>
              <td class={`num ${s.errorCount > 0 ? 'bad' : ''}`}>{s.errorCount}</td>
              <td style={{ whiteSpace: 'normal' }}>
                {s.services.slice(0, 6).map((x) => (
                  <span key={x.name} class={`pill ${x.errorCount > 0 ? 'err' : ''}`}>
                    {x.name} {x.spanCount}
                  </span>
                ))}
                {s.services.length > 6 && <span class="muted">+{s.services.length - 6}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
