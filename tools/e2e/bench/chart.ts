// Two small line charts as one hand-written SVG (no chart library in the project): spans/s
// accepted and stored against offered load, and freshness p50/p99 against offered load.

/** One step of the benchmark as the chart needs it. */
export interface ChartStep {
  readonly offered: number;
  readonly accepted: number;
  readonly stored: number;
  readonly sustained: boolean;
  readonly freshnessP50?: number;
  readonly freshnessP99?: number;
  /** The p99 is a lower bound: samples were still missing at the freshness timeout. */
  readonly p99Censored: boolean;
}

interface Series {
  readonly name: string;
  readonly color: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly dashed?: boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A "nice" axis maximum and step (1, 2 or 5 times a power of ten). */
function niceAxis(max: number, ticks = 5): { max: number; step: number } {
  const raw = Math.max(max, 1e-9) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { max: Math.ceil(max / step) * step, step };
}

const fmt = (v: number): string => (v >= 1000 ? `${Math.round(v / 100) / 10}k` : String(Math.round(v * 10) / 10));

function panel(options: {
  x0: number;
  y0: number;
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  xMax: number;
  yMax: number;
  series: readonly Series[];
  floors: ReadonlyArray<{ y: number; label: string }>;
  marks: ReadonlyArray<{ x: number; y: number; label: string }>;
}): string {
  const { x0, y0, width, height } = options;
  const left = x0 + 56;
  const right = x0 + width - 10;
  const top = y0 + 28;
  const bottom = y0 + height - 40;
  const xa = niceAxis(options.xMax);
  const ya = niceAxis(options.yMax);
  const sx = (v: number): number => left + ((right - left) * v) / xa.max;
  const sy = (v: number): number => bottom - ((bottom - top) * Math.min(v, ya.max)) / ya.max;
  const out: string[] = [];
  out.push(`<text x="${(left + right) / 2}" y="${y0 + 16}" text-anchor="middle" font-weight="bold">${esc(options.title)}</text>`);
  for (let v = 0; v <= ya.max + 1e-9; v += ya.step) {
    out.push(`<line x1="${left}" y1="${sy(v)}" x2="${right}" y2="${sy(v)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${left - 6}" y="${sy(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
  }
  for (let v = 0; v <= xa.max + 1e-9; v += xa.step) {
    out.push(`<line x1="${sx(v)}" y1="${bottom}" x2="${sx(v)}" y2="${bottom + 4}" stroke="#333"/>`);
    out.push(`<text x="${sx(v)}" y="${bottom + 16}" text-anchor="middle">${fmt(v)}</text>`);
  }
  out.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/><line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`);
  out.push(`<text x="${(left + right) / 2}" y="${bottom + 32}" text-anchor="middle">${esc(options.xLabel)}</text>`);
  out.push(`<text transform="translate(${x0 + 14} ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(options.yLabel)}</text>`);
  for (const f of options.floors) {
    out.push(`<line x1="${left}" y1="${sy(f.y)}" x2="${right}" y2="${sy(f.y)}" stroke="#c00" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${right - 2}" y="${sy(f.y) - 3}" text-anchor="end" fill="#c00">${esc(f.label)}</text>`);
  }
  options.series.forEach((s, i) => {
    const pts = s.points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`);
    if (pts.length > 0) out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''} points="${pts.join(' ')}"/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const ly = top + 4 + i * 15;
    out.push(`<line x1="${left + 8}" y1="${ly}" x2="${left + 26}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    out.push(`<text x="${left + 30}" y="${ly + 4}">${esc(s.name)}</text>`);
  });
  for (const m of options.marks) out.push(`<text x="${sx(m.x)}" y="${sy(m.y) - 8}" text-anchor="middle" fill="#c00">${esc(m.label)}</text>`);
  return out.join('\n');
}

/** The benchmark's chart: throughput and freshness against offered load, one panel each. */
export function renderChart(steps: readonly ChartStep[], caption: string): string {
  const width = 960;
  const height = 360;
  const xMax = Math.max(...steps.map((s) => s.offered), 1);
  const yMax = Math.max(xMax, ...steps.map((s) => Math.max(s.accepted, s.stored)), 20_000);
  const fresh = steps.filter((s) => s.freshnessP50 !== undefined);
  const fMax = Math.max(40, ...fresh.map((s) => s.freshnessP99 ?? 0));
  const left = panel({
    x0: 0,
    y0: 0,
    width: width / 2,
    height: height - 20,
    title: 'Throughput vs offered load',
    xLabel: 'offered spans/s',
    yLabel: 'spans/s',
    xMax,
    yMax,
    series: [
      { name: 'offered', color: '#999', dashed: true, points: steps.map((s) => [s.offered, s.offered] as const) },
      { name: 'accepted by the collector', color: '#1f77b4', points: steps.map((s) => [s.offered, s.accepted] as const) },
      { name: 'stored end-to-end (queryable)', color: '#2ca02c', points: steps.map((s) => [s.offered, s.stored] as const) },
    ],
    floors: [{ y: 20_000, label: 'floor 20k sustained' }],
    marks: steps.filter((s) => !s.sustained).map((s) => ({ x: s.offered, y: s.stored, label: 'not sustained' })),
  });
  const right = panel({
    x0: width / 2,
    y0: 0,
    width: width / 2,
    height: height - 20,
    title: 'Freshness (ack to queryable) vs offered load',
    xLabel: 'offered spans/s',
    yLabel: 'seconds',
    xMax,
    yMax: fMax,
    series: [
      { name: 'p50', color: '#2ca02c', points: fresh.map((s) => [s.offered, s.freshnessP50 ?? 0] as const) },
      { name: 'p99', color: '#ff7f0e', points: fresh.map((s) => [s.offered, s.freshnessP99 ?? 0] as const) },
    ],
    floors: [
      { y: 5, label: 'p50 floor 5 s' },
      { y: 35, label: 'p99 floor 35 s' },
    ],
    marks: fresh.filter((s) => s.p99Censored).map((s) => ({ x: s.offered, y: s.freshnessP99 ?? 0, label: '≥ (timed out)' })),
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    left,
    right,
    `<text x="${width / 2}" y="${height - 6}" text-anchor="middle" fill="#555">${esc(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
