import { formatAgo, formatCount, formatDuration, formatPercent, formatRate } from './format';

describe('format', () => {
  it('writes durations in µs in a readable unit', () => {
    expect(formatDuration(850)).toBe('850µs');
    expect(formatDuration(12_345)).toBe('12.3ms');
    expect(formatDuration(4_560_000)).toBe('4.56s');
    expect(formatDuration(125_000_000)).toBe('2m 5s');
    expect(formatDuration(NaN)).toBe('–');
  });

  it('writes rates, percentages, counts and ages', () => {
    expect(formatRate(0.25)).toBe('0.25/s');
    expect(formatRate(1 / 900)).toBe('<0.01/s');
    expect(formatRate(0)).toBe('0/s');
    expect(formatRate(1_234)).toBe('1.2k/s');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.0012)).toBe('0.12%');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatCount(3_400_000)).toBe('3.4M');
    expect(formatAgo(0, 125_000_000)).toBe('2m ago');
  });
});
