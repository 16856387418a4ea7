// Display formatting shared by every page: durations in µs (the API's unit), rates, percentages, times.

/** A duration given in µs, in the largest unit that keeps it readable: `850µs`, `12.3ms`, `4.56s`, `2m 5s`. */
export function formatDuration(us: number): string {
  if (!Number.isFinite(us)) return '–';
  const abs = Math.abs(us);
  if (abs < 1_000) return `${round(us, abs < 10 ? 2 : abs < 100 ? 1 : 0)}µs`;
  if (abs < 1_000_000) return `${round(us / 1_000, abs < 10_000 ? 2 : abs < 100_000 ? 1 : 0)}ms`;
  if (abs < 60_000_000) return `${round(us / 1_000_000, 2)}s`;
  const totalSeconds = Math.round(us / 1_000_000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h > 0 ? `${h}h ${m}m` : `${m}m ${s}s`;
}

function round(v: number, digits: number): string {
  return String(Number(v.toFixed(digits)));
}

/** A rate per second: `0.25/s`, `12/s`, `1.2k/s`. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '–';
  if (perSecond >= 1_000) return `${round(perSecond / 1_000, 1)}k/s`;
  // A few requests in a long window must not read as none.
  if (perSecond > 0 && perSecond < 0.005) return '<0.01/s';
  return `${round(perSecond, perSecond < 10 ? 2 : 1)}/s`;
}

/** A ratio (0..1) as a percentage: `0%`, `0.12%`, `12.5%`. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  const p = ratio * 100;
  return `${round(p, p === 0 ? 0 : p < 1 ? 2 : 1)}%`;
}

/** A count: `999`, `1.2k`, `3.4M`. */
export function formatCount(n: number): string {
  if (n >= 1_000_000) return `${round(n / 1_000_000, 1)}M`;
  if (n >= 1_000) return `${round(n / 1_000, 1)}k`;
  return String(n);
}

/** A time given in µs since the epoch, as local date and time with milliseconds. */
export function formatTime(us: number): string {
  const d = new Date(us / 1_000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** A time in µs since the epoch relative to now (µs): `12s ago`, `3m ago`, `2h ago`, `4d ago`. */
export function formatAgo(us: number, nowUs: number): string {
  const s = Math.max(0, Math.round((nowUs - us) / 1_000_000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86_400)}d ago`;
}
