// Entity pages: a service (its APIs with RED and last seen, the backends it calls, RED charts, its
// recent and slowest traces), an API (RED charts, latency histogram, traces) and a backend
// (callers, RED, traces).
import type { TraceSummary } from '@tracehouse/trace-analysis';
import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, enc, isUnavailable } from '../lib/api';
import { formatAgo, formatDuration, formatPercent, formatRate } from '../lib/format';
import { overviewFromBuckets, type RedBucket } from '../lib/home-model';
import { backendKind, type GraphEdge } from '../lib/map-model';
import { searchSummaries } from '../lib/summaries';
import { stepSeconds, windowParams, windowSeconds, type TimeWindow } from '../lib/time-window';
import { Loaded, useAsync } from '../components/async';
import { LatencyHistogram, RedCharts } from '../components/chart';
import { ExtrapolatedNote } from '../components/extrapolated';
import { useTimeWindow } from '../components/shell';
import { TraceSummaryList } from '../components/summaries';

const searchWindow = (w: TimeWindow): Record<string, string> => (w.kind === 'preset' ? { lookback: w.lookback } : { start: String(Math.floor(w.startUs)), end: String(Math.floor(w.endUs)) });

/** Recent traces (newest first) and the slowest of a larger sample. */
async function recentAndSlowest(params: Record<string, string>): Promise<{ recent: TraceSummary[]; slowest: TraceSummary[] }> {
  const found = await searchSummaries({ ...params, limit: '100' });
  const recent = [...found].sort((a, b) => b.startUs - a.startUs).slice(0, 15);
  const slowest = [...found].sort((a, b) => b.durationUs - a.durationUs).slice(0, 10);
  return { recent, slowest };
}

function Traces({ params, deps }: { readonly params: Record<string, string>; readonly deps: readonly unknown[] }) {
  const state = useAsync(() => recentAndSlowest(params), deps);
  return (
    <Loaded state={state} what="traces">
      {({ recent, slowest }) => (
        <>
          <h2>Slowest traces</h2>
          <TraceSummaryList summaries={slowest} />
          <h2>Recent traces</h2>
          <TraceSummaryList summaries={recent} />
        </>
      )}
    </Loaded>
  );
}

function Red({ load, deps, w }: { readonly load: () => Promise<RedBucket[]>; readonly deps: readonly unknown[]; readonly w: TimeWindow }) {
  const state = useAsync(load, deps);
  return (
    <Loaded state={state} what="RED metrics">
      {(buckets) => (
        <>
          <ExtrapolatedNote figures={buckets.map((b) => ({ count: b.requests, sampled: b.sampledRequests, extrapolated: b.extrapolated }))} />
          <RedCharts buckets={buckets} stepSeconds={stepSeconds(w)} />
        </>
      )}
    </Loaded>
  );
}

const totals = (buckets: readonly RedBucket[], w: TimeWindow) => overviewFromBuckets('', buckets, windowSeconds(w));

/** `/services/:service` */
export function ServicePage() {
  const { params, query } = useRoute();
  const service = params.service ?? '';
  const { window: w, refresh } = useTimeWindow();
  const wp = windowParams(w);
  const apis = useAsync(async () => {
    const [red, entities] = await Promise.all([api.apisRed(service, wp), api.entities('apis').catch(() => [])]);
    const lastSeen = new Map<string, number>();
    for (const e of entities) if (e.attributes.service === service || e.attributes.serviceName === service || !e.attributes.service) lastSeen.set(e.name, Math.max(lastSeen.get(e.name) ?? 0, e.lastSeen));
    return red.map((r) => ({ name: r.apiName, ...totals(r.buckets, w), lastSeenMs: lastSeen.get(r.apiName) }));
  }, [service, w, refresh]);
  const backends = useAsync(async () => (await api.graph(wp, service)).filter((e) => e.caller === service), [service, w, refresh]);
  const failingOnly = query.failing === '1';
  // The home page links to `#apis`; the section exists only once the APIs are in.
  useEffect(() => {
    if (apis.status === 'ok' && window.location.hash === '#apis') document.getElementById('apis')?.scrollIntoView();
  }, [apis.status]);
  const nowUs = Date.now() * 1_000;
  return (
    <section data-testid="service-page" aria-labelledby="entity-title">
      <h1 id="entity-title">
        <span class="muted">Service</span> {service}
      </h1>
      <div class="row">
        <a href={`/map?service=${enc(service)}`}>Show on the map</a>
        <a href={`/search?service=${enc(service)}`}>Search its traces</a>
        <a href={`/search?service=${enc(service)}&tags=error%3Dtrue`}>Its error traces</a>
      </div>
      <h2>RED over time</h2>
      <Red load={() => api.serviceRed(service, wp)} deps={[service, w, refresh]} w={w} />
      <h2 id="apis">APIs{failingOnly ? ' with errors' : ''}</h2>
      {failingOnly && <a href={`/services/${enc(service)}`}>Show all APIs</a>}
      <Loaded state={apis} what="the APIs">
        {(rows) => {
          const shown = (failingOnly ? rows.filter((r) => r.errors > 0) : rows).sort((a, b) => b.errorRate - a.errorRate || b.requests - a.requests);
          return shown.length === 0 ? (
            <p class="muted">No API calls in this window.</p>
          ) : (
            <table class="grid">
              <thead>
                <tr>
                  <th>API</th>
                  <th class="num">Requests</th>
                  <th class="num">Error rate</th>
                  <th class="num">p50</th>
                  <th class="num">p95</th>
                  <th class="num">p99</th>
                  <th>Last seen</th>
                  <th>Traces</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.name} data-testid="api-row" data-api={r.name}>
                    <td>
                      <a href={`/services/${enc(service)}/apis/${enc(r.name)}`}>{r.name}</a>
                    </td>
                    <td class="num">{formatRate(r.requestRate)}</td>
                    <td class={`num ${r.errorRate >= 0.05 ? 'bad' : r.errorRate >= 0.01 ? 'warn' : ''}`}>{formatPercent(r.errorRate)}</td>
                    <td class="num">{formatDuration(r.p50)}</td>
                    <td class="num">{formatDuration(r.p95)}</td>
                    <td class="num">{formatDuration(r.p99)}</td>
                    <td>{r.lastSeenMs ? formatAgo(r.lastSeenMs * 1_000, nowUs) : '–'}</td>
                    <td>
                      <a href={`/search?service=${enc(service)}&operation=${enc(r.name)}${r.errors > 0 ? '&tags=error%3Dtrue' : ''}`}>{r.errors > 0 ? 'error traces' : 'traces'}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Loaded>
      <h2>Backends and services it calls</h2>
      <Loaded state={backends} what="the backends">
        {(edges) => <EdgeTable edges={edges} side="callee" testId="backend-row" empty="It called no backend or service in this window." />}
      </Loaded>
      <Traces params={{ service, ...searchWindow(w) }} deps={[service, w, refresh]} />
    </section>
  );
}

function EdgeTable({ edges, side, testId, empty }: { readonly edges: readonly GraphEdge[]; readonly side: 'caller' | 'callee'; readonly testId: string; readonly empty: string }) {
  if (edges.length === 0) return <p class="muted">{empty}</p>;
  return (
    <table class="grid">
      <thead>
        <tr>
          <th>{side === 'callee' ? 'Calls' : 'Caller'}</th>
          <th>Kind</th>
          <th class="num">Calls</th>
          <th class="num">Error rate</th>
          <th class="num">p50</th>
          <th class="num">p95</th>
          <th class="num">p99</th>
        </tr>
      </thead>
      <tbody>
        {edges.map((e) => {
          const name = side === 'callee' ? e.callee : e.caller;
          const isBackend = side === 'callee' && e.calleeKind === 'BACKEND';
          const rate = e.callCount > 0 ? e.errorCount / e.callCount : 0;
          const attrs = side === 'callee' ? { 'data-backend': name } : { 'data-caller': name };
          return (
            <tr key={`${e.caller}>${e.callee}`} data-testid={testId} {...attrs}>
              <td>
                <a href={isBackend ? `/backends/${enc(name)}` : `/services/${enc(name)}`}>{name}</a>
              </td>
              <td>{isBackend ? backendKind(name) : 'service'}</td>
              <td class="num">{e.callCount}</td>
              <td class={`num ${rate >= 0.05 ? 'bad' : rate >= 0.01 ? 'warn' : ''}`}>{formatPercent(rate)}</td>
              <td class="num">{formatDuration(e.p50)}</td>
              <td class="num">{formatDuration(e.p95)}</td>
              <td class="num">{formatDuration(e.p99)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** `/services/:service/apis/:api` */
export function ApiPage() {
  const { params } = useRoute();
  const service = params.service ?? '';
  const apiName = params.api ?? '';
  const { window: w, refresh } = useTimeWindow();
  const wp = windowParams(w);
  const histogram = useAsync(() => api.histogram({ ...wp, service, api: apiName }), [service, apiName, w, refresh]);
  return (
    <section data-testid="api-page" aria-labelledby="entity-title">
      <h1 id="entity-title">
        <span class="muted">API</span> {apiName} <span class="muted">of</span> <a href={`/services/${enc(service)}`}>{service}</a>
      </h1>
      <h2>RED over time</h2>
      <Red load={async () => (await api.apisRed(service, wp, apiName)).find((r) => r.apiName === apiName)?.buckets ?? []} deps={[service, apiName, w, refresh]} w={w} />
      <h2>Latency</h2>
      <Loaded state={histogram} what="the latency histogram">
        {(buckets) => (buckets.length === 0 ? <p class="muted">No calls in this window.</p> : <LatencyHistogram buckets={buckets} />)}
      </Loaded>
      <Traces params={{ service, operation: apiName, ...searchWindow(w) }} deps={[service, apiName, w, refresh]} />
    </section>
  );
}

/** `/backends/:backend` */
export function BackendPage() {
  const { params } = useRoute();
  const backend = params.backend ?? '';
  const { window: w, refresh } = useTimeWindow();
  const wp = windowParams(w);
  const callers = useAsync(async () => (await api.graph(wp)).filter((e) => e.callee === backend), [backend, w, refresh]);
  return (
    <section data-testid="backend-page" aria-labelledby="entity-title">
      <h1 id="entity-title">
        <span class="muted">Backend ({backendKind(backend)})</span> {backend}
      </h1>
      <h2>RED over time</h2>
      <Red
        load={() =>
          api.backendRed(backend, wp).catch((err: unknown) => {
            if (isUnavailable(err)) return [];
            throw err;
          })
        }
        deps={[backend, w, refresh]}
        w={w}
      />
      <h2>Callers</h2>
      <Loaded state={callers} what="the callers">
        {(edges) => <EdgeTable edges={edges} side="caller" testId="caller-row" empty="Nothing called it in this window." />}
      </Loaded>
      <Traces params={{ backend, ...searchWindow(w) }} deps={[backend, w, refresh]} />
    </section>
  );
}
