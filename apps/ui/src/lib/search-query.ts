// The search page's query, as it travels in the URL (so a search can be shared and bookmarked) and
// as the API's parameters. In the URL, `tags` are Jaeger's logfmt `key=value` pairs joined by
// spaces (a value with spaces in double quotes); the API takes them as Jaeger's JSON object.

/** A trace search as the search form and the URL hold it (strings as typed). */
export interface SearchQuery {
  readonly service?: string;
  readonly operation?: string;
  /** `key=value key2="a b"`. */
  readonly tags?: string;
  /** Go durations (`100ms`, `1.5s`). */
  readonly minDuration?: string;
  readonly maxDuration?: string;
  /** A Go duration; ignored when start and end are set. */
  readonly lookback?: string;
  /** µs since the epoch. */
  readonly start?: string;
  readonly end?: string;
  readonly limit?: string;
  /** `true`: only traces that logged at ERROR or above (the query API's `loggedError`). */
  readonly loggedError?: string;
}

/** The URL parameters of a search, in this order. */
export const SEARCH_PARAMS = ['service', 'operation', 'tags', 'minDuration', 'maxDuration', 'lookback', 'start', 'end', 'limit', 'loggedError'] as const;

/** Why a search query is not valid; `field` is the form input to fix. */
export class SearchQueryError extends Error {
  constructor(
    readonly field: (typeof SEARCH_PARAMS)[number],
    message: string,
  ) {
    super(message);
    this.name = 'SearchQueryError';
  }
}

/** The query string (`?service=a&tags=...`, empty fields left out) of a search page URL. */
export function toSearchUrl(q: SearchQuery): string {
  const p = new URLSearchParams();
  for (const k of SEARCH_PARAMS) {
    const v = q[k]?.trim();
    if (v) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The search held by a URL's query (a query string or preact-iso's query object). */
export function fromSearchUrl(query: string | Readonly<Record<string, string | undefined>>): SearchQuery {
  const get = typeof query === 'string' ? ((p) => (k: string) => p.get(k) ?? undefined)(new URLSearchParams(query)) : (k: string) => query[k];
  const out: Record<string, string> = {};
  for (const k of SEARCH_PARAMS) {
    const v = get(k)?.trim();
    if (v) out[k] = v;
  }
  return out;
}

/**
 * Parses logfmt tags: `key=value` pairs separated by spaces; a value may be double-quoted to hold
 * spaces (`\"` inside quotes is a quote).
 * @throws SearchQueryError naming the malformed pair
 */
export function parseTags(tags: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  const s = tags.trim();
  while (i < s.length) {
    while (s[i] === ' ') i++;
    if (i >= s.length) break;
    const eq = s.indexOf('=', i);
    const space = s.indexOf(' ', i);
    if (eq < 0 || (space >= 0 && space < eq)) {
      const token = s.slice(i, space < 0 ? undefined : space);
      throw new SearchQueryError('tags', `Tag "${token}" is not key=value (separate several with spaces, quote values with spaces: key="a b").`);
    }
    const key = s.slice(i, eq);
    if (key === '') throw new SearchQueryError('tags', `A tag at position ${i + 1} has no key before "=".`);
    i = eq + 1;
    let value = '';
    if (s[i] === '"') {
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && s[i + 1] === '"') i++;
        value += s[i];
        i++;
      }
      if (s[i] !== '"') throw new SearchQueryError('tags', `The quoted value of tag "${key}" has no closing quote.`);
      i++;
    } else {
      const next = s.indexOf(' ', i);
      value = s.slice(i, next < 0 ? undefined : next);
      i = next < 0 ? s.length : next;
    }
    out[key] = value;
  }
  return out;
}

/** Tags as logfmt (the inverse of {@link parseTags}). */
export function formatTags(tags: Readonly<Record<string, string>>): string {
  return Object.entries(tags)
    .map(([k, v]) => (/[\s"]/.test(v) || v === '' ? `${k}="${v.replace(/"/g, '\\"')}"` : `${k}=${v}`))
    .join(' ');
}

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

/**
 * The API parameters of a search (`/api/trace-summaries`, the same as Jaeger's `/api/traces`):
 * tags as a JSON object; `lookback` defaults to 1h when there is no start/end; `loggedError=true`
 * passed on (only traces that logged an error).
 * @throws SearchQueryError naming the field that is wrong
 */
export function toApiParams(q: SearchQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.service) out.service = q.service;
  if (q.operation) out.operation = q.operation;
  if (q.tags) {
    const tags = parseTags(q.tags);
    if (Object.keys(tags).length > 0) out.tags = JSON.stringify(tags);
  }
  for (const k of ['minDuration', 'maxDuration'] as const) {
    const v = q[k];
    if (v === undefined) continue;
    if (!GO_DURATION.test(v)) throw new SearchQueryError(k, `${k} "${v}" is not a duration such as 250ms, 1.5s or 2m.`);
    out[k] = v;
  }
  if (q.start !== undefined || q.end !== undefined) {
    if (q.start === undefined || q.end === undefined) throw new SearchQueryError(q.start === undefined ? 'start' : 'end', 'A custom range needs both start and end.');
    if (!/^\d+$/.test(q.start)) throw new SearchQueryError('start', `start "${q.start}" must be µs since the epoch.`);
    if (!/^\d+$/.test(q.end)) throw new SearchQueryError('end', `end "${q.end}" must be µs since the epoch.`);
    if (Number(q.end) <= Number(q.start)) throw new SearchQueryError('end', 'end must be after start.');
    out.start = q.start;
    out.end = q.end;
  } else {
    const lookback = q.lookback ?? '1h';
    if (!GO_DURATION.test(lookback)) throw new SearchQueryError('lookback', `lookback "${lookback}" is not a duration such as 15m or 2h.`);
    out.lookback = lookback;
  }
  if (q.limit !== undefined) {
    if (!/^\d+$/.test(q.limit) || Number(q.limit) < 1 || Number(q.limit) > 1500) throw new SearchQueryError('limit', `limit "${q.limit}" must be a whole number from 1 to 1500.`);
    out.limit = q.limit;
  } else out.limit = '20';
  if (q.loggedError !== undefined) {
    if (q.loggedError !== 'true' && q.loggedError !== 'false') throw new SearchQueryError('loggedError', `loggedError "${q.loggedError}" must be true or false.`);
    if (q.loggedError === 'true') out.loggedError = 'true';
  }
  return out;
}
