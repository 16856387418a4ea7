// `/compare/:traceA/:traceB`: the structure diff of two traces (libs/trace-analysis's diffTraces):
// spans added in B, missing from B, slower or faster.
import { diffTraces, type DiffChange } from '@tracehouse/trace-analysis';
import { useRoute } from 'preact-iso';
import { api, enc } from '../lib/api';
import { formatDuration } from '../lib/format';
import { fromJaegerTrace, toAnalysisSpans } from '../lib/trace-model';
import { Loaded, useAsync } from '../components/async';

const LABEL: Record<DiffChange, string> = { same: 'same', added: 'added in B', missing: 'missing in B', slower: 'slower in B', faster: 'faster in B' };

const deltaText = (us: number): string => (us === 0 ? '0' : `${us > 0 ? '+' : '−'}${formatDuration(Math.abs(us))}`);

export default function ComparePage() {
  const { params } = useRoute();
  const a = params.traceA ?? '';
  const b = params.traceB ?? '';
  const state = useAsync(async () => {
    const [ta, tb] = await Promise.all([api.trace(a), api.trace(b)]);
    return diffTraces(toAnalysisSpans(fromJaegerTrace(ta)), toAnalysisSpans(fromJaegerTrace(tb)));
  }, [a, b]);
  return (
    <section data-testid="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare traces</h1>
      <p>
        A: <a href={`/trace/${enc(a)}`} class="mono">{a}</a> · B: <a href={`/trace/${enc(b)}`} class="mono">{b}</a>
      </p>
      <Loaded state={state} what="both traces">
        {(rows) => {
          const counts = rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.change]: (m[r.change] ?? 0) + 1 }), {});
          return (
            <>
              <p>
                {(['added', 'missing', 'slower', 'faster', 'same'] as const).map((c) => (
                  <span key={c} class="pill">
                    {counts[c] ?? 0} {LABEL[c]}
                  </span>
                ))}
              </p>
              <table class="grid">
                <thead>
                  <tr>
                    <th>Span</th>
                    <th>Change</th>
                    <th class="num">A</th>
                    <th class="num">B</th>
                    <th class="num">B − A</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.path} class={`diff-${r.change}`} data-testid="diff-row" data-change={r.change}>
                      <td style={{ paddingLeft: `${8 + Math.min(r.depth, 30) * 14}px` }} title={r.path}>
                        <strong>{r.service}</strong> {r.operation}
                      </td>
                      <td class={r.change === 'missing' || r.change === 'slower' ? 'bad' : r.change === 'same' ? 'muted' : ''}>{LABEL[r.change]}</td>
                      <td class="num">{r.aDurationUs !== undefined ? formatDuration(r.aDurationUs) : '–'}</td>
                      <td class="num">{r.bDurationUs !== undefined ? formatDuration(r.bDurationUs) : '–'}</td>
                      <td class="num">{r.aDurationUs !== undefined && r.bDurationUs !== undefined ? deltaText(r.bDurationUs - r.aDurationUs) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
