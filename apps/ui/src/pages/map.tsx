// The service map: services and backends laid out by dagre (callers left of callees), drawn as
// SVG; node size by load, colour by health; edges labelled with rate, error rate and p99; a filter
// to one service's neighbourhood; nodes link to their entity pages.
import { useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api, enc, isUnavailable } from '../lib/api';
import { formatDuration, formatPercent, formatRate } from '../lib/format';
import { LARGE_MAP_EDGES, layoutMap, neighbourhood, type GraphEdge, type MapLayout, type ServiceLoad } from '../lib/map-model';
import { windowParams, windowSeconds } from '../lib/time-window';
import { Loaded, useAsync } from '../components/async';
import { ExtrapolatedNote } from '../components/extrapolated';
import { useTimeWindow } from '../components/shell';

const KIND_ICON: Record<string, string> = { service: '', database: 'DB', cache: 'C', messaging: 'MQ', external: 'EXT' };

function MapSvg({ layout, seconds, fit, focus }: { readonly layout: MapLayout; readonly seconds: number; readonly fit: boolean; readonly focus: string | undefined }) {
  const { route } = useLocation();
  // On a large map the edge labels would cover each other: there the figures are in each edge's tooltip.
  const labels = layout.edges.length <= LARGE_MAP_EDGES;
  const open = (id: string, kind: string) => route(kind === 'service' ? `/services/${enc(id)}` : `/backends/${enc(id)}`);
  return (
    <svg
      class="map"
      data-testid="service-map"
      // Fitted: scaled down to the container's width (a large graph is seen whole); else at 100%.
      {...(fit ? { width: '100%', style: { maxWidth: `${layout.width}px`, height: 'auto', display: 'block' } } : { width: layout.width, height: layout.height })}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label="Service map"
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" opacity=".6" />
        </marker>
      </defs>
      {layout.edges.map((e) => {
        const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
        const mid = e.points[Math.floor(e.points.length / 2)] ?? { x: 0, y: 0 };
        const rate = e.callCount > 0 ? e.errorCount / e.callCount : 0;
        return (
          <g key={`${e.caller}>${e.callee}`} data-testid="map-edge" data-caller={e.caller} data-callee={e.callee}>
            <title>{`${e.caller} → ${e.callee}: ${e.extrapolated ? `about ${Math.round(e.callCount)} calls (estimated from ${e.sampledCallCount ?? e.callCount} sampled)` : `${e.callCount} calls`}, ${formatPercent(rate)} errors, p99 ${formatDuration(e.p99)}`}</title>
            <path class={`edge ${rate >= 0.05 ? 'err' : ''}`} d={d} marker-end="url(#arrow)" />
            {labels && (
              <text class="edge-label" x={mid.x} y={mid.y - 4} text-anchor="middle">
                {`${e.extrapolated ? '≈' : ''}${formatRate(e.callCount / seconds)} · ${formatPercent(rate)} · p99 ${formatDuration(e.p99)}`}
              </text>
            )}
          </g>
        );
      })}
      {layout.nodes.map((n) => {
        const label = n.id.length > 34 ? `${n.id.slice(0, 32)}…` : n.id;
        return (
        <g
          key={n.id}
          class={`node ${n.id === focus ? 'focus' : ''}`}
          data-testid="map-node"
          data-node={n.id}
          data-kind={n.kind}
          transform={`translate(${n.x},${n.y})`}
          tabIndex={0}
          role="link"
          // The accessible name starts with the visible label, as WCAG label-in-name asks.
          aria-label={`${label}: ${n.kind}${n.id !== label ? ` ${n.id}` : ''}, ${n.calls} calls, ${n.errors} errors`}
          onClick={() => open(n.id, n.kind)}
          onKeyDown={(e) => e.key === 'Enter' && open(n.id, n.kind)}
        >
          <circle r={n.radius} class={`h-${n.health}`} />
          <text text-anchor="middle" y={n.radius + 14}>
            {label}
          </text>
        </g>
        );
      })}
      {/* Backend kind marks, outside the node links so a link's name is just its visible label. */}
      <g aria-hidden="true" style={{ pointerEvents: 'none' }}>
        {layout.nodes
          .filter((n) => n.kind !== 'service')
          .map((n) => (
            <text key={n.id} x={n.x} y={n.y} text-anchor="middle" dy="4" style={{ fill: '#fff', fontSize: '10px', fontWeight: 700 }}>
              {KIND_ICON[n.kind]}
            </text>
          ))}
      </g>
    </svg>
  );
}

export default function MapPage() {
  const { query } = useRoute();
  const { route } = useLocation();
  const focus = query.service || undefined;
  const { window: w, refresh } = useTimeWindow();
  // The services' own request and error counts colour their nodes; an older query API without the
  // overview leaves the colours to the edges.
  const state = useAsync(async () => {
    const params = windowParams(w);
    const [edges, overview] = await Promise.all([
      api.graph(params),
      api.overview(params).catch((err: unknown) => {
        if (isUnavailable(err)) return undefined;
        throw err;
      }),
    ]);
    const own: ServiceLoad | undefined = overview && new Map(overview.map((o) => [o.service, { requests: o.requests, errors: o.errors }]));
    return { edges, own };
  }, [w, refresh]);
  return (
    <section aria-labelledby="map-title">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="map-title">Service map</h1>
        <div class="row">
          <span class="pill ok">ok</span>
          <span class="pill warning">≥1% errors</span>
          <span class="pill err">≥5% errors</span>
          <span class="muted">size: calls</span>
        </div>
      </div>
      <Loaded state={state} what="the service graph">
        {({ edges, own }) => <MapBody edges={edges} own={own} focus={focus} seconds={windowSeconds(w)} onFocus={(s) => route(s ? `/map?service=${enc(s)}` : '/map')} />}
      </Loaded>
    </section>
  );
}

function MapBody({ edges, own, focus, seconds, onFocus }: { readonly edges: readonly GraphEdge[]; readonly own: ServiceLoad | undefined; readonly focus: string | undefined; readonly seconds: number; readonly onFocus: (s: string | undefined) => void }) {
  const services = useMemo(() => [...new Set(edges.flatMap((e) => (e.calleeKind === 'SERVICE' ? [e.caller, e.callee] : [e.caller])))].sort(), [edges]);
  const layout = useMemo(() => layoutMap(neighbourhood(edges, focus), own), [edges, own, focus]);
  const [fit, setFit] = useState(true);
  return (
    <>
      <div class="row" style={{ marginBottom: '8px' }}>
        <label for="map-filter">Neighbourhood of</label>
        <select id="map-filter" data-testid="map-filter" value={focus ?? ''} onChange={(e) => onFocus((e.target as HTMLSelectElement).value || undefined)}>
          <option value="">all services</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {focus && !services.includes(focus) && <option value={focus}>{focus}</option>}
        </select>
        <button type="button" aria-pressed={!fit} onClick={() => setFit(!fit)}>
          {fit ? 'Actual size' : 'Fit to width'}
        </button>
      </div>
      {layout.nodes.length === 0 ? (
        <p class="muted">No calls between services or to backends in this window.</p>
      ) : (
        <>
          <ExtrapolatedNote figures={edges.map((e) => ({ count: e.callCount, sampled: e.sampledCallCount, extrapolated: e.extrapolated }))} />
          <div class="map-wrap">
            <MapSvg layout={layout} seconds={seconds} fit={fit} focus={focus} />
          </div>
        </>
      )}
    </>
  );
}
