// The home page's model: one row per service with its RED figures over the window, sorted so that
// what is failing now comes first (rising error rate, then error rate, then name), as the query
// API's `/api/overview/services` sorts them.

/** One time bucket of RED figures (µs). The per-service RED endpoint names the start `startTime`. */
export interface RedBucket {
  readonly start?: number;
  readonly startTime?: number;
  readonly requests: number;
  readonly errors: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Calls stored behind `requests` (tail sampling; absent from an older query API). */
  readonly sampledRequests?: number;
  /** Some call stood for several (tail sampling): the counts are estimates. */
  readonly extrapolated?: boolean;
}

/** A row of `/api/overview/services`. */
export interface ServiceOverview {
  readonly service: string;
  readonly requests: number;
  readonly errors: number;
  /** per second */
  readonly requestRate: number;
  /** 0..1 */
  readonly errorRate: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** The error rate of the same-length window before this one. */
  readonly previousErrorRate: number;
  readonly buckets: readonly RedBucket[];
}

/** How much the error rate rose against the previous window (negative: it fell). */
export const errorTrend = (r: Pick<ServiceOverview, 'errorRate' | 'previousErrorRate'>): number => r.errorRate - r.previousErrorRate;

/** Rows sorted: rising error rate first, then error rate, then name (a new array). */
export function sortOverview<R extends Pick<ServiceOverview, 'service' | 'errorRate' | 'previousErrorRate'>>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => errorTrend(b) - errorTrend(a) || b.errorRate - a.errorRate || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

/** The bucket's start in µs, whichever name the endpoint gave it. */
export const bucketStart = (b: RedBucket): number => b.start ?? b.startTime ?? 0;

/**
 * A service's overview row from its RED buckets, for a query API without `/api/overview/services`:
 * totals over the window; percentiles as the request-weighted mean of the buckets' (an
 * approximation: percentiles do not add up); the previous error rate from the window's first half
 * (so "rising" compares its second half with its first).
 */
export function overviewFromBuckets(service: string, buckets: readonly RedBucket[], windowSeconds: number): ServiceOverview {
  let requests = 0;
  let errors = 0;
  const weighted = { p50: 0, p95: 0, p99: 0 };
  for (const b of buckets) {
    requests += b.requests;
    errors += b.errors;
    weighted.p50 += b.p50 * b.requests;
    weighted.p95 += b.p95 * b.requests;
    weighted.p99 += b.p99 * b.requests;
  }
  const half = Math.floor(buckets.length / 2);
  const rate = (list: readonly RedBucket[]): number => {
    const r = list.reduce((s, b) => s + b.requests, 0);
    return r === 0 ? 0 : list.reduce((s, b) => s + b.errors, 0) / r;
  };
  const errorRate = requests === 0 ? 0 : errors / requests;
  return {
    service,
    requests,
    errors,
    requestRate: windowSeconds > 0 ? requests / windowSeconds : 0,
    errorRate,
    p50: requests === 0 ? 0 : weighted.p50 / requests,
    p95: requests === 0 ? 0 : weighted.p95 / requests,
    p99: requests === 0 ? 0 : weighted.p99 / requests,
    // Chosen so that errorTrend() is the second half's error rate minus the first half's.
    previousErrorRate: errorRate - (rate(buckets.slice(half)) - rate(buckets.slice(0, half))),
    buckets,
  };
}
