// Parameter parsing of the query API: pure functions from query-string values to typed values, each
// throwing a QueryInputError that names the parameter and what was wrong (answered 400). Units follow
// the API being imitated: Jaeger search times are microseconds and durations Go duration strings,
// Jaeger dependency times milliseconds; Zipkin times milliseconds and durations microseconds.

/** Bad input to the query API: answered with `status` and this message. */
export class QueryInputError extends Error {
  readonly kind = 'permanent' as const;
  constructor(
    /** The parameter that was wrong. */
    readonly param: string,
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(`${param}: ${message}`);
    this.name = 'QueryInputError';
  }
}

/** Limits of the API's parameters. */
export const API_LIMITS = {
  /** Most traces one search returns (the trace-store's limit too). */
  maxLimit: 1000,
  /** Most trace ids in one `/api/traces?traceID=` multi-get. */
  maxTraceIds: 100,
  /** Longest query-string value read, in characters. */
  maxValueLength: 8192,
} as const;

const NS = { ns: 1n, us: 1_000n, 'µs': 1_000n, 'μs': 1_000n, ms: 1_000_000n, s: 1_000_000_000n, m: 60_000_000_000n, h: 3_600_000_000_000n } as const;
const INT64_MAX = (1n << 63n) - 1n;
const shown = (v: string): string => JSON.stringify(v.length > 64 ? `${v.slice(0, 64)}...` : v);

/**
 * A Go duration string (`time.ParseDuration`: `300ms`, `1.5h`, `2h45m`, `0`; units ns, us/µs, ms,
 * s, m, h) as nanoseconds. Negative durations are refused: every duration here is a length.
 */
export function parseGoDuration(value: string, param: string): bigint {
  const bad = (why: string): never => {
    throw new QueryInputError(param, `${why} (got ${shown(value)}); use a Go duration such as 100ms, 1.5s, 2m or 1h30m`);
  };
  let s = value.trim();
  if (s.startsWith('-')) bad('must not be negative');
  if (s.startsWith('+')) s = s.slice(1);
  if (s === '0') return 0n;
  if (s === '') bad('is empty');
  let total = 0n;
  const part = /^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/;
  while (s.length > 0) {
    const m = part.exec(s);
    if (!m) {
      if (/^\d*(?:\.\d*)?$/.test(s)) bad('has a number without a unit');
      bad('is not a duration');
    }
    const [whole, int = '', frac = '', unit] = m as RegExpExecArray & [string, string, string, keyof typeof NS];
    if (int === '' && frac === '') bad('is not a duration');
    const scale = NS[unit];
    total += BigInt(int || '0') * scale;
    if (frac !== '') total += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
    if (total > INT64_MAX) bad('is too large');
    s = s.slice(whole.length);
  }
  return total;
}

/** Formats nanoseconds as a Go duration string (`1h2m3.5s`, `100ms`, `0s`), as Go's Duration.String does. */
export function formatGoDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  let v = neg ? -ns : ns;
  const sign = neg ? '-' : '';
  const frac = (n: bigint, digits: number): string => {
    const s = n.toString().padStart(digits, '0').replace(/0+$/, '');
    return s === '' ? '' : `.${s}`;
  };
  if (v < 1_000n) return `${sign}${v}ns`;
  if (v < 1_000_000n) return `${sign}${v / 1_000n}${frac(v % 1_000n, 3)}µs`;
  if (v < 1_000_000_000n) return `${sign}${v / 1_000_000n}${frac(v % 1_000_000n, 6)}ms`;
  let out = '';
  const h = v / NS.h;
  v -= h * NS.h;
  const m = v / NS.m;
  v -= m * NS.m;
  if (h > 0n) out += `${h}h`;
  if (h > 0n || m > 0n) out += `${m}m`;
  return `${sign}${out}${v / NS.s}${frac(v % NS.s, 9)}s`;
}

/** A non-negative decimal integer (as Go's strconv.ParseInt takes it, without a sign). */
function parseWhole(value: string, param: string, unit: string): bigint {
  const v = value.trim();
  if (!/^\+?\d{1,19}$/.test(v)) throw new QueryInputError(param, `must be a whole number of ${unit} since the epoch (got ${shown(value)})`);
  const n = BigInt(v);
  if (n > INT64_MAX) throw new QueryInputError(param, `is too large (got ${shown(value)})`);
  return n;
}

/** Microseconds since the epoch (Jaeger `start`, `end`) as nanoseconds. */
export function parseMicros(value: string, param: string): bigint {
  return parseWhole(value, param, 'microseconds') * 1_000n;
}

/** Milliseconds since the epoch (Jaeger `endTs`, Zipkin `endTs`) as nanoseconds. */
export function parseMillis(value: string, param: string): bigint {
  return parseWhole(value, param, 'milliseconds') * 1_000_000n;
}

/** A length of time in whole milliseconds (Jaeger dependency `lookback`, Zipkin `lookback`) as nanoseconds. */
export function parseMillisDuration(value: string, param: string): bigint {
  const v = value.trim();
  if (!/^\+?\d{1,15}$/.test(v)) throw new QueryInputError(param, `must be a whole number of milliseconds (got ${shown(value)})`);
  return BigInt(v) * 1_000_000n;
}

/** A length of time in whole microseconds (Zipkin `minDuration`, `maxDuration`) as nanoseconds. */
export function parseMicrosDuration(value: string, param: string): bigint {
  const v = value.trim();
  if (!/^\+?\d{1,15}$/.test(v)) throw new QueryInputError(param, `must be a whole number of microseconds (got ${shown(value)})`);
  return BigInt(v) * 1_000n;
}

/** A result limit from 1 to `max`. */
export function parseLimit(value: string, param = 'limit', max: number = API_LIMITS.maxLimit): number {
  const v = value.trim();
  const n = /^\+?\d{1,7}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new QueryInputError(param, `must be an integer from 1 to ${max} (got ${shown(value)})`);
  return n;
}

/**
 * Jaeger's tag filters: every `tags` value is a JSON object of string values (Grafana sends
 * `{"error":"true"}`), every `tag` value is `key:value` (the Jaeger UI; the value may hold colons).
 * Later entries win for a repeated key, as in Jaeger.
 */
export function parseJaegerTags(tag: readonly string[], tags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tag) {
    const i = t.indexOf(':');
    if (i <= 0) throw new QueryInputError('tag', `must be key:value (got ${shown(t)})`);
    out[t.slice(0, i)] = t.slice(i + 1);
  }
  for (const json of tags) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      throw new QueryInputError('tags', `must be a JSON object of string values such as {"error":"true"}; it is not JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new QueryInputError('tags', `must be a JSON object of string values such as {"error":"true"} (got ${shown(json)})`);
    }
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof v !== 'string') throw new QueryInputError('tags', `the value of ${JSON.stringify(k)} must be a string (got ${JSON.stringify(v)})`);
      if (k === '') throw new QueryInputError('tags', 'a tag key must not be empty');
      out[k] = v;
    }
  }
  return out;
}

/**
 * Zipkin's `annotationQuery`: terms joined by ` and `, each `key=value` (a tag with that exact
 * value). A bare `key` term (a tag that exists, or an annotation value) is refused: the views
 * match attributes by exact value only.
 */
export function parseAnnotationQuery(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of value.split(/\s+and\s+/i)) {
    const term = raw.trim();
    if (term === '') continue;
    const i = term.indexOf('=');
    if (i <= 0) throw new QueryInputError('annotationQuery', `only key=value terms joined by " and " are supported (got ${shown(term)})`);
    out[term.slice(0, i)] = term.slice(i + 1);
  }
  return out;
}

/**
 * A boolean flag (`true`/`false`, `1`/`0`, any case), as Go's strconv.ParseBool takes the common
 * spellings. Anything else is refused rather than read as false, so a typo does not widen a search.
 */
export function parseBoolean(value: string, param: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new QueryInputError(param, `must be true or false (got ${shown(value)})`);
}

/** A trace id: 1 to 32 hex digits, left-padded to 32 (ARCHITECTURE.md identity rules). */
export function parseTraceId(value: string, param = 'traceID'): string {
  if (!/^[0-9a-fA-F]{1,32}$/.test(value)) throw new QueryInputError(param, `must be a trace id of 1 to 32 hex digits (got ${shown(value)})`);
  const id = value.toLowerCase().padStart(32, '0');
  if (/^0+$/.test(id)) throw new QueryInputError(param, 'must not be all zeros');
  return id;
}

/** An RFC 3339 timestamp with optional fraction (Jaeger api_v3 `query.start_time_min`) as nanoseconds. */
export function parseRfc3339(value: string, param: string): bigint {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i.exec(value.trim());
  const ms = m ? Date.parse(`${m[1]}${m[3]}`) : NaN;
  if (!m || Number.isNaN(ms)) throw new QueryInputError(param, `must be an RFC 3339 time such as 2025-01-15T12:00:00.000Z (got ${shown(value)})`);
  if (ms < 0) throw new QueryInputError(param, 'must not be before 1970');
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0') || '0');
}

