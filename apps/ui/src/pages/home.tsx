// Home: what is failing now. Every service with its RED figures over the window, rising errors
// first, each linking to the service, its failing APIs, and its error traces.
import { api, enc, isUnavailable } from '../lib/api';
import { formatDuration, formatPercent, formatRate } from '../lib/format';
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
    </section>
  );
}
