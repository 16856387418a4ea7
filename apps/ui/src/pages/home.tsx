// Home: what is failing now. Every service with its RED figures over the window, rising errors
// first, each linking to the service, its failing APIs, and its error traces; then the services
// that logged errors in the window, with their count and latest lines, each linking to its trace.
import { api, enc, isUnavailable } from '../lib/api';
import { fromLogJson, type UiLog } from '../lib/logs-model';
import { formatAgo, formatCount, formatDuration, formatPercent, formatRate } from '../lib/format';
import { errorTrend, overviewFromBuckets, sortOverview, type ServiceOverview } from '../lib/home-model';
import { windowParams, windowSeconds, type TimeWindow } from '../lib/time-window';
import { Loaded, useAsync } from '../components/async';
import { Sparkline } from '../components/chart';
import { useTimeWindow } from '../components/shell';
import { toSearchUrl } from '../lib/search-query';

/** The overview rows; from per-service RED when the query API has no `/api/overview/services`. */
async function loadOverview(w: TimeWindow): Promise<ServiceOverview[]> {
  const params = windowParams(w);
  try {
    return sortOverview(await api.overview(params));
  } catch (err) {
    if (!isUnavailable(err)) throw err;
  }
  const services = await api.services();
  const rows = await Promise.all(services.map(async (s) => overviewFromBuckets(s, await api.serviceRed(s, params), windowSeconds(w))));
  return sortOverview(rows);
}

/** Per service, its error log lines in the window; undefined when the query API has no log store. */
async function loadErrorLogs(w: TimeWindow): Promise<{ service: string; count: number; latest: UiLog[] }[] | undefined> {
  try {
    const rows = await api.errorLogs(windowParams(w));
    return rows.map((r) => ({ service: r.service, count: r.count, latest: r.latest.map(fromLogJson) }));
  } catch (err) {
    if (isUnavailable(err)) return undefined;
    throw err;
  }
}

function ErrorLogs({ w, refresh }: { readonly w: TimeWindow; readonly refresh: unknown }) {
  const state = useAsync(() => loadErrorLogs(w), [w, refresh]);
  if (state.status === 'ok' && state.value === undefined) return null;
  const nowUs = Date.now() * 1_000;
  return (
    <section aria-labelledby="error-logs-title" data-testid="error-logs">
      <h2 id="error-logs-title">Error logs</h2>
      <Loaded state={state} what="the error logs">
        {(rows) =>
          !rows || rows.length === 0 ? (
            <p class="muted">No service logged at ERROR or above in this window.</p>
          ) : (
            <table class="grid">
              <thead>
                <tr>
                  <th>Service</th>
                  <th class="num">Error lines</th>
                  <th>Latest</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.service} data-testid="error-logs-row" data-service={r.service}>
                    <td style={{ verticalAlign: 'top' }}>
                      <a href={`/services/${enc(r.service)}`}>{r.service}</a>
                      <br />
                      <a data-testid="error-logs-traces-link" class="muted" href={`/search${toSearchUrl({ service: r.service, loggedError: 'true', ...lookbackOf(w) })}`}>
                        traces that logged an error
                      </a>
                    </td>
                    <td class="num bad" style={{ verticalAlign: 'top' }} data-testid="error-logs-count">
                      {formatCount(r.count)}
                    </td>
                    <td style={{ whiteSpace: 'normal' }}>
                      <ul style={{ margin: 0, paddingLeft: '16px' }}>
                        {r.latest.map((l) => (
                          <li key={l.id} data-testid="error-log-line" data-trace-id={l.traceId}>
                            <span class="muted">{formatAgo(l.timeUs, nowUs)}</span> <span class={`sev ${l.level}`}>{l.severity}</span>{' '}
                            <span class="mono">{l.body.length > 160 ? `${l.body.slice(0, 160)}…` : l.body}</span>{' '}
                            {l.traceId !== '' && (
                              <a data-testid="error-log-trace-link" href={`/trace/${enc(l.traceId)}`} aria-label={`Trace ${l.traceId} of this line`}>
                                trace
                              </a>
                            )}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}

const lookbackOf = (w: TimeWindow): Record<string, string> => (w.kind === 'preset' ? { lookback: w.lookback } : { start: String(w.startUs), end: String(w.endUs) });

export default function Home() {
  const { window: w, refresh } = useTimeWindow();
  const state = useAsync(() => loadOverview(w), [w, refresh]);
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Services</h1>
      <Loaded state={state} what="the services">
        {(rows) =>
          rows.length === 0 ? (
            <p class="muted">No service has sent spans in this window. Send traces to the collector (OTLP on 4317/4318, Jaeger, Zipkin) and they show up here.</p>
          ) : (
            <table class="grid">
              <thead>
                <tr>
                  <th>Service</th>
                  <th class="num">Requests</th>
                  <th class="num">Error rate</th>
                  <th class="num">Trend</th>
                  <th class="num">p50</th>
                  <th class="num">p95</th>
                  <th class="num">p99</th>
                  <th>Requests over time</th>
                  <th>Errors</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const trend = errorTrend(r);
                  const errorsUrl = `/search${toSearchUrl({ service: r.service, tags: 'error=true', ...lookbackOf(w) })}`;
                  return (
                    <tr key={r.service} data-testid="service-row" data-service={r.service}>
                      <td>
                        <a data-testid="service-link" href={`/services/${enc(r.service)}`}>
                          {r.service}
                        </a>
                      </td>
                      <td class="num">{formatRate(r.requestRate)}</td>
                      <td class={`num ${r.errorRate >= 0.05 ? 'bad' : r.errorRate >= 0.01 ? 'warn' : ''}`} data-testid="service-error-rate">
                        {formatPercent(r.errorRate)}
                      </td>
                      <td class={`num ${trend > 0.001 ? 'bad' : 'muted'}`} title="Error rate against the previous window of the same length">
                        {trend > 0.001 ? `▲ ${formatPercent(trend)}` : trend < -0.001 ? `▼ ${formatPercent(-trend)}` : '–'}
                      </td>
                      <td class="num">{formatDuration(r.p50)}</td>
                      <td class="num">{formatDuration(r.p95)}</td>
                      <td class="num">{formatDuration(r.p99)}</td>
                      <td>
                        <Sparkline buckets={r.buckets} label={`Requests of ${r.service} over time`} />
                      </td>
                      <td>
                        <span class="row" style={{ gap: '8px' }}>
                          <a data-testid="service-errors-link" href={errorsUrl} class={r.errors > 0 ? '' : 'muted'}>
                            {r.errors} error traces
                          </a>
                          {r.errors > 0 && <a href={`/services/${enc(r.service)}?failing=1#apis`}>failing APIs</a>}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </Loaded>
      <ErrorLogs w={w} refresh={refresh} />
    </section>
  );
}
