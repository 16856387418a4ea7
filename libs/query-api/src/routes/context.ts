// What every route module of the query API shares: the request's tenant, parameter access with the
// API's length limits, the range and filter checks, Jaeger's envelope, and bounded trace fetching.
// Each API family (jaeger.ts, api-v3.ts, zipkin.ts, tracehouse.ts, ui-assets.ts) registers its
// routes on the one Fastify instance that server.ts sets up (hooks, errors, tenancy).
import type { FastifyRequest } from 'fastify';
import { API_LIMITS, formatGoDuration, QueryInputError } from '../params';
import type { EntityQueries, LogQueries, NanoRange, ReadMetricBucket, ReadTraceSearch, TraceQueries } from '../ports';
import type { StoredTrace } from '../shapes';

/** A request's query string as Fastify parses it (repeated parameters are arrays). */
export type Query = Record<string, string | string[] | undefined>;

/** What a route module needs from the server. */
export interface RouteContext {
  readonly traces: TraceQueries;
  readonly entities: EntityQueries | undefined;
  /** The log reads; without them the log endpoints answer 501. */
  readonly logs: LogQueries | undefined;
  /** The current time in ns since the epoch. */
  readonly now: () => bigint;
  /** The tenant the onRequest hook resolved for the request. */
  readonly tenantOf: (req: FastifyRequest) => string;
  /** The traces with these ids that have spans, fetched a few at once, in the given order. */
  readonly fetchTraces: (tenant: string, ids: readonly string[]) => Promise<StoredTrace[]>;
  /** A search's traces, fetched whole. */
  readonly searchAndFetch: (tenant: string, search: ReadTraceSearch) => Promise<StoredTrace[]>;
  /** Traces fetched at once. */
  readonly concurrency: number;
}

/** An error with an HTTP status and a message for the caller (401, 503). */
export class QueryHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'QueryHttpError';
  }
}

export const NS_PER_MS = 1_000_000n;
export const NS_PER_S = 1_000_000_000n;
export const HOUR = 3_600_000n * NS_PER_MS;
/** Jaeger's default search size. */
export const JAEGER_DEFAULT_LIMIT = 100;

/** Every value of a query parameter (repeated parameters are arrays), each at most maxValueLength long. */
export function all(q: Query, name: string): string[] {
  const v = q[name];
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  for (const item of list) {
    if (item.length > API_LIMITS.maxValueLength) throw new QueryInputError(name, `must be at most ${API_LIMITS.maxValueLength} characters`);
  }
  return list;
}

/** The first non-empty value of a parameter (Go's FormValue), or undefined. */
export function one(q: Query, name: string): string | undefined {
  const v = all(q, name)[0];
  return v === undefined || v === '' ? undefined : v;
}

export function required(q: Query, name: string): string {
  const v = one(q, name);
  if (v === undefined) throw new QueryInputError(name, 'is required');
  return v;
}

export function range(fromUnixNano: bigint, toUnixNano: bigint, fromParam: string, toParam: string): NanoRange {
  if (fromUnixNano < 0n) throw new QueryInputError(fromParam, 'must not be before 1970');
  if (toUnixNano <= fromUnixNano) throw new QueryInputError(toParam, `must be after ${fromParam}`);
  return { fromUnixNano, toUnixNano };
}

/**
 * Splits tag filters into attribute filters and the error flag: Jaeger synthesizes the `error` tag
 * from a span's status (and Grafana's error filter sends `{"error":"true"}`), so `error` matches the
 * span's error flag, not a literal attribute.
 */
export function tagFilters(tags: Readonly<Record<string, string>>, param: string): { attributes?: Record<string, string>; isError?: boolean } {
  const { error, ...attributes } = tags;
  if (error !== undefined && error !== 'true' && error !== 'false') {
    throw new QueryInputError(param, `error must be "true" or "false" (got ${JSON.stringify(error.slice(0, 64))})`);
  }
  return {
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...(error !== undefined ? { isError: error === 'true' } : {}),
  };
}

export function durations(min: bigint | undefined, max: bigint | undefined, maxParam: string, minParam: string): void {
  if (min !== undefined && max !== undefined && max < min) throw new QueryInputError(maxParam, `must not be below ${minParam} (${formatGoDuration(max)} < ${formatGoDuration(min)})`);
}

/** ns (bigint, or a float from a quantile) as µs: whole µs for bigints, µs with ns decimals for numbers. */
export const micros = (ns: number | bigint): number => (typeof ns === 'bigint' ? Number(ns / 1_000n) : Math.round(ns) / 1_000);

/** Jaeger's envelope (`structuredResponse`). */
export function envelope(data: unknown, total: number, limit = 0, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { data, total, limit, offset: 0, errors: null, ...extra };
}

/** Runs `fn` over the items with at most `concurrency` at once, keeping the order. */
export async function mapBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/** Zero-filled buckets over the range, aligned as the views align them (multiples of the step). */
export function fillBuckets<B extends ReadMetricBucket>(buckets: readonly B[], r: NanoRange, stepNs: bigint, empty: (start: bigint) => B): B[] {
  const byStart = new Map(buckets.map((b) => [b.bucketStartUnixNano, b]));
  const out: B[] = [];
  for (let t = (r.fromUnixNano / stepNs) * stepNs; t < r.toUnixNano; t += stepNs) out.push(byStart.get(t) ?? empty(t));
  return out;
}
