import { errorTrend, overviewFromBuckets, sortOverview } from './home-model';

describe('home model', () => {
  it('puts rising errors first, then error rate, then name', () => {
    const rows = [
      { service: 'steady-bad', errorRate: 0.5, previousErrorRate: 0.5 },
      { service: 'b-fine', errorRate: 0, previousErrorRate: 0 },
      { service: 'rising', errorRate: 0.2, previousErrorRate: 0.01 },
      { service: 'a-fine', errorRate: 0, previousErrorRate: 0 },
      { service: 'recovering', errorRate: 0.1, previousErrorRate: 0.4 },
    ];
    expect(sortOverview(rows).map((r) => r.service)).toEqual(['rising', 'steady-bad', 'a-fine', 'b-fine', 'recovering']);
  });

  it('builds a row from RED buckets: totals, rate per second, weighted percentiles, trend from the halves', () => {
    const b = (requests: number, errors: number, p: number) => ({ startTime: 0, requests, errors, p50: p, p95: p * 2, p99: p * 3 });
    const row = overviewFromBuckets('s', [b(10, 0, 100), b(10, 0, 100), b(10, 5, 300), b(10, 5, 300)], 40);
    expect(row).toMatchObject({ requests: 40, errors: 10, requestRate: 1, errorRate: 0.25, p50: 200, p95: 400, p99: 600 });
    expect(errorTrend(row)).toBeCloseTo(0.5);
  });

  it('gives zeros, not NaN, without requests', () => {
    const row = overviewFromBuckets('idle', [], 60);
    expect(row).toMatchObject({ requests: 0, errorRate: 0, p99: 0, previousErrorRate: 0 });
  });
});
