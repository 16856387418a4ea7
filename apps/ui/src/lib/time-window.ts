// The time window every page shows data for: a preset lookback (the default: the last 15 minutes)
// or a custom range, turned into the API's window parameters and a step that gives a readable chart.

/** The presets of the `time-window` select, as Go durations (the API's `lookback`). */
export const WINDOW_PRESETS = ['5m', '15m', '1h', '6h', '24h'] as const;
export type WindowPreset = (typeof WINDOW_PRESETS)[number];

/** A time window: a lookback from now, or a fixed range in µs since the epoch. */
export type TimeWindow = { readonly kind: 'preset'; readonly lookback: WindowPreset } | { readonly kind: 'custom'; readonly startUs: number; readonly endUs: number };

export const DEFAULT_WINDOW: TimeWindow = { kind: 'preset', lookback: '15m' };

const PRESET_SECONDS: Record<WindowPreset, number> = { '5m': 300, '15m': 900, '1h': 3600, '6h': 21_600, '24h': 86_400 };

/** The window's length in seconds. */
export function windowSeconds(w: TimeWindow): number {
  return w.kind === 'preset' ? PRESET_SECONDS[w.lookback] : Math.max(1, Math.round((w.endUs - w.startUs) / 1_000_000));
}

/** Steps the charts use, in seconds; the smallest that gives at most 60 buckets is chosen. */
const STEPS = [10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400] as const;

/** The chart step (whole seconds) for a window: at most 60 buckets. */
export function stepSeconds(w: TimeWindow): number {
  const seconds = windowSeconds(w);
  return STEPS.find((s) => seconds / s <= 60) ?? Math.ceil(seconds / 60);
}

/** The API's window parameters (`lookback` or `start`/`end` in µs) and `step` as a Go duration. */
export function windowParams(w: TimeWindow): Record<string, string> {
  const step = `${stepSeconds(w)}s`;
  return w.kind === 'preset' ? { lookback: w.lookback, step } : { start: String(Math.floor(w.startUs)), end: String(Math.floor(w.endUs)), step };
}

/** The window as `[startUs, endUs]` at `nowUs` (for chart axes). */
export function windowRange(w: TimeWindow, nowUs: number): [number, number] {
  return w.kind === 'preset' ? [nowUs - PRESET_SECONDS[w.lookback] * 1_000_000, nowUs] : [w.startUs, w.endUs];
}

/** Reads a window saved by {@link serializeWindow}; the default on anything unreadable. */
export function parseWindow(raw: string | null | undefined): TimeWindow {
  if (!raw) return DEFAULT_WINDOW;
  if ((WINDOW_PRESETS as readonly string[]).includes(raw)) return { kind: 'preset', lookback: raw as WindowPreset };
  const m = /^(\d+)-(\d+)$/.exec(raw);
  if (m) {
    const startUs = Number(m[1]);
    const endUs = Number(m[2]);
    if (endUs > startUs) return { kind: 'custom', startUs, endUs };
  }
  return DEFAULT_WINDOW;
}

/** `15m` for a preset, `<startUs>-<endUs>` for a custom range. */
export function serializeWindow(w: TimeWindow): string {
  return w.kind === 'preset' ? w.lookback : `${Math.floor(w.startUs)}-${Math.floor(w.endUs)}`;
}
