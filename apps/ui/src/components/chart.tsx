// uPlot charts as Preact components: a generic wrapper (create on mount, resize with the container,
// destroy on unmount) and the charts the pages use: sparkline, RED over time, latency histogram,
// and the search's duration-over-time scatter plot.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { formatDuration, formatPercent, formatRate } from '../lib/format';
import { bucketStart, type RedBucket } from '../lib/home-model';

/** A CSS variable's value on <html> (charts draw on canvas, so colours are read, not styled). */
export const cssVar = (name: string): string => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

/**
 * A number that changes whenever the colours change (the theme toggle sets data-theme on <html>;
 * the system may switch prefers-color-scheme), so canvas charts redraw with the new colours.
 */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}

interface UChartProps {
  readonly options: (width: number) => uPlot.Options;
  readonly data: uPlot.AlignedData;
  readonly height: number;
  readonly testId?: string;
  readonly label: string;
  /** Called with the index of the data point under the cursor when the plot is clicked. */
  readonly onClickIndex?: (dataIdx: number) => void;
}

/** A uPlot chart that fills its container's width. */
export function UChart({ options, data, height, testId, label, onClickIndex }: UChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const click = useRef(onClickIndex);
  click.current = onClickIndex;
  const theme = useThemeVersion();
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const width = Math.max(80, el.clientWidth);
    const u = new uPlot({ ...options(width), width, height }, data, el);
    const onClick = () => {
      const idx = u.cursor.idx;
      if (idx !== null && idx !== undefined) click.current?.(idx);
    };
    u.over.addEventListener('click', onClick);
    const ro = new ResizeObserver(() => {
      const w = Math.max(80, el.clientWidth);
      if (w !== u.width) u.setSize({ width: w, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
    // The options are rebuilt by the parent on every render; the chart is rebuilt only when the data, height or colours change.
  }, [data, height, theme]);
  return <div ref={ref} data-testid={testId} role="img" aria-label={label} style={{ width: '100%', minHeight: `${height}px` }} />;
}

const seconds = (buckets: readonly RedBucket[]): number[] => buckets.map((b) => bucketStart(b) / 1_000_000);

/** A tiny line of a service's request rate (errors in red), no axes. */
export function Sparkline({ buckets, label }: { readonly buckets: readonly RedBucket[]; readonly label: string }) {
  // Memoized on the input, so the chart is rebuilt when the data change, not on every parent render.
  const data = useMemo<uPlot.AlignedData>(() => [seconds(buckets), buckets.map((b) => b.requests), buckets.map((b) => b.errors)], [buckets]);
  return (
    <div style={{ width: '120px' }}>
      <UChart
        testId="sparkline"
        label={label}
        height={28}
        data={data}
        options={() => ({
          width: 120,
          height: 28,
          legend: { show: false },
          cursor: { show: false },
          select: { show: false, left: 0, top: 0, width: 0, height: 0 },
          axes: [{ show: false }, { show: false }],
          // A little room below zero, so an idle service's flat line is visible, not on the edge.
          scales: { x: { time: false }, y: { range: (_u, _min, max) => [-0.08 * Math.max(1, max), Math.max(1, max)] } },
          series: [{}, { stroke: cssVar('--chart1'), width: 1.5, fill: cssVar('--chart1') + '22', points: { show: false } }, { stroke: cssVar('--chart2'), width: 1.5, points: { show: false } }],
        })}
      />
    </div>
  );
}

function axisColors(): Partial<uPlot.Axis> {
  return { stroke: cssVar('--fg2'), grid: { stroke: cssVar('--border'), width: 1 }, ticks: { stroke: cssVar('--border'), width: 1 } };
}

/** The three RED charts over time: request rate, error rate, latency percentiles. */
export function RedCharts({ buckets, stepSeconds }: { readonly buckets: readonly RedBucket[]; readonly stepSeconds: number }) {
  const series = useMemo(() => {
    const x = seconds(buckets);
    return {
      requests: [x, buckets.map((b) => b.requests / stepSeconds)] as uPlot.AlignedData,
      errors: [x, buckets.map((b) => (b.requests > 0 ? b.errors / b.requests : 0))] as uPlot.AlignedData,
      duration: [x, buckets.map((b) => b.p50), buckets.map((b) => b.p95), buckets.map((b) => b.p99)] as uPlot.AlignedData,
    };
  }, [buckets, stepSeconds]);
  const base = (yFormat: (v: number) => string) => (): uPlot.Options => ({
    width: 300,
    height: 150,
    legend: { show: true, live: false },
    axes: [axisColors(), { ...axisColors(), size: 60, values: (_u, vals) => vals.map((v) => yFormat(v)) }],
    scales: { y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
    series: [{}],
  });
  const charts: { title: string; data: uPlot.AlignedData; options: () => uPlot.Options }[] = [
    {
      title: 'Requests',
      data: series.requests,
      options: () => ({ ...base(formatRate)(), series: [{}, { label: 'rate', stroke: cssVar('--chart1'), fill: cssVar('--chart1') + '22', width: 1.5, value: (_u, v) => (v == null ? '–' : formatRate(v)) }] }),
    },
    {
      title: 'Errors',
      data: series.errors,
      options: () => ({ ...base(formatPercent)(), series: [{}, { label: 'error rate', stroke: cssVar('--chart2'), fill: cssVar('--chart2') + '22', width: 1.5, value: (_u, v) => (v == null ? '–' : formatPercent(v)) }] }),
    },
    {
      title: 'Duration',
      data: series.duration,
      options: () => ({
        ...base(formatDuration)(),
        series: [
          {},
          { label: 'p50', stroke: cssVar('--chart1'), width: 1.5, value: (_u, v) => (v == null ? '–' : formatDuration(v)) },
          { label: 'p95', stroke: cssVar('--chart3'), width: 1.5, value: (_u, v) => (v == null ? '–' : formatDuration(v)) },
          { label: 'p99', stroke: cssVar('--chart2'), width: 1.5, value: (_u, v) => (v == null ? '–' : formatDuration(v)) },
        ],
      }),
    },
  ];
  return (
    <div class="charts">
      {charts.map((c) => (
        <div class="card" key={c.title}>
          <h3>{c.title}</h3>
          <UChart testId="red-chart" label={`${c.title} over time`} height={170} data={c.data} options={c.options} />
        </div>
      ))}
    </div>
  );
}

/** A latency histogram: one bar per log-spaced bucket (label: its upper bound). */
export function LatencyHistogram({ buckets }: { readonly buckets: readonly { leUs: number; count: number }[] }) {
  const data = useMemo<uPlot.AlignedData>(() => [buckets.map((_, i) => i), buckets.map((b) => b.count)], [buckets]);
  return (
    <div class="card">
      <h3>Latency distribution</h3>
      <UChart
        testId="latency-histogram"
        label="Latency histogram"
        height={180}
        data={data}
        options={() => ({
          width: 300,
          height: 180,
          legend: { show: false },
          scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
          axes: [{ ...axisColors(), values: (_u, vals) => vals.map((v) => (Number.isInteger(v) && buckets[v] ? `≤${formatDuration(buckets[v]!.leUs)}` : '')) }, { ...axisColors(), size: 50 }],
          series: [{}, { label: 'spans', stroke: cssVar('--chart1'), fill: cssVar('--chart1') + '88', paths: uPlot.paths.bars!({ size: [0.8, 60] }), points: { show: false } }],
        })}
      />
    </div>
  );
}

/** Search results as duration over time; clicking a point opens its trace. Error traces in red. */
export function ScatterPlot({ points, onOpen }: { readonly points: readonly { traceId: string; startUs: number; durationUs: number; errorCount: number }[]; readonly onOpen: (traceId: string) => void }) {
  const { sorted, data } = useMemo(() => {
    const sorted = [...points].sort((a, b) => a.startUs - b.startUs);
    const ok = sorted.map((p) => (p.errorCount === 0 ? p.durationUs / 1_000 : null));
    const bad = sorted.map((p) => (p.errorCount > 0 ? p.durationUs / 1_000 : null));
    return { sorted, data: [sorted.map((p) => p.startUs / 1_000_000), ok, bad] as uPlot.AlignedData };
  }, [points]);
  return (
    <div class="card">
      <h2>Duration over time ({points.length} traces; click a point to open it)</h2>
      <UChart
        testId="scatter-plot"
        label="Trace durations over time"
        height={180}
        data={data}
        onClickIndex={(i) => sorted[i] && onOpen(sorted[i]!.traceId)}
        options={() => ({
          width: 300,
          height: 180,
          legend: { show: false },
          cursor: { points: { size: 10 } },
          scales: { y: { range: (_u, _min, max) => [0, Math.max(1, (max ?? 1) * 1.1)] } },
          axes: [axisColors(), { ...axisColors(), size: 60, values: (_u, vals) => vals.map((v) => formatDuration(v * 1_000)) }],
          series: [
            {},
            { label: 'ok', stroke: cssVar('--chart1'), fill: cssVar('--chart1'), paths: () => null, points: { show: true, size: 7, fill: cssVar('--chart1') } },
            { label: 'error', stroke: cssVar('--chart2'), fill: cssVar('--chart2'), paths: () => null, points: { show: true, size: 8, fill: cssVar('--chart2') } },
          ],
        })}
      />
    </div>
  );
}
