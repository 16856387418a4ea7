import { DEFAULT_WINDOW, parseWindow, serializeWindow, stepSeconds, windowParams, windowRange } from './time-window';

describe('time window', () => {
  it('defaults to the last 15 minutes, and survives a round trip through storage', () => {
    expect(parseWindow(null)).toEqual(DEFAULT_WINDOW);
    expect(parseWindow('nonsense')).toEqual(DEFAULT_WINDOW);
    expect(parseWindow('9-3')).toEqual(DEFAULT_WINDOW);
    const custom = { kind: 'custom', startUs: 1_000_000, endUs: 61_000_000 } as const;
    expect(parseWindow(serializeWindow(custom))).toEqual(custom);
    expect(parseWindow(serializeWindow({ kind: 'preset', lookback: '6h' }))).toEqual({ kind: 'preset', lookback: '6h' });
  });

  it('picks a step giving at most 60 buckets, and gives the API parameters', () => {
    expect(stepSeconds({ kind: 'preset', lookback: '5m' })).toBe(10);
    expect(stepSeconds({ kind: 'preset', lookback: '15m' })).toBe(15);
    expect(stepSeconds({ kind: 'preset', lookback: '24h' })).toBe(1800);
    expect(windowParams({ kind: 'preset', lookback: '1h' })).toEqual({ lookback: '1h', step: '60s' });
    expect(windowParams({ kind: 'custom', startUs: 0, endUs: 600_000_000 })).toEqual({ start: '0', end: '600000000', step: '10s' });
    expect(windowRange({ kind: 'preset', lookback: '5m' }, 1_000_000_000)).toEqual([700_000_000, 1_000_000_000]);
  });
});
