/** Bad input to a read query: the query API answers it with 400 and this message. */
export class TraceQueryError extends Error {
  readonly kind = 'permanent' as const;
  constructor(
    /** The parameter that was wrong. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'TraceQueryError';
  }
}

/** A time range in nanoseconds since the epoch: `from` inclusive, `to` exclusive. */
export interface TimeRange {
  readonly fromUnixNano: bigint;
  readonly toUnixNano: bigint;
}

/** Limits of what one query may ask for. */
export const QUERY_LIMITS = {
  tenantLength: 256,
  maxSearchLimit: 1000,
  defaultSearchLimit: 20,
  maxAttributeFilters: 16,
  maxAttributeKeyLength: 256,
  maxAttributeValueLength: 4096,
  maxNameLength: 1024,
  maxBuckets: 10_000,
} as const;

/** The tenant every query is scoped to. */
export function checkTenant(tenant: unknown): string {
  if (typeof tenant !== 'string' || tenant === '') throw new TraceQueryError('tenant', 'must be a non-empty string');
  if (tenant.length > QUERY_LIMITS.tenantLength) throw new TraceQueryError('tenant', `must be at most ${QUERY_LIMITS.tenantLength} characters`);
  return tenant;
}

/**
 * A trace id as stored: 32 lowercase hex digits. Shorter hex ids (64-bit Zipkin/Jaeger ids) are
 * left-padded with zeros and upper case is accepted, as ARCHITECTURE.md's identity rules say.
 */
export function checkTraceId(traceId: unknown): string {
  if (typeof traceId !== 'string' || !/^[0-9a-fA-F]{1,32}$/.test(traceId)) {
    throw new TraceQueryError('traceId', `must be 1 to 32 hex digits (got ${JSON.stringify(String(traceId).slice(0, 64))})`);
  }
  const id = traceId.toLowerCase().padStart(32, '0');
  if (/^0+$/.test(id)) throw new TraceQueryError('traceId', 'must not be all zeros');
  return id;
}

/** A time range with from < to, both at or after the epoch. */
export function checkRange(range: unknown, field = 'range'): TimeRange {
  const r = range as Partial<TimeRange> | undefined;
  if (!r || typeof r.fromUnixNano !== 'bigint' || typeof r.toUnixNano !== 'bigint') {
    throw new TraceQueryError(field, 'must have fromUnixNano and toUnixNano as bigint nanoseconds');
  }
  if (r.fromUnixNano < 0n) throw new TraceQueryError(`${field}.fromUnixNano`, 'must not be before 1970');
  if (r.toUnixNano <= r.fromUnixNano) throw new TraceQueryError(`${field}.toUnixNano`, `must be after fromUnixNano (got ${r.fromUnixNano} .. ${r.toUnixNano})`);
  return { fromUnixNano: r.fromUnixNano, toUnixNano: r.toUnixNano };
}

/** An optional non-empty name (service, operation, API). */
export function checkName(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new TraceQueryError(field, 'must be a non-empty string when given');
  if (value.length > QUERY_LIMITS.maxNameLength) throw new TraceQueryError(field, `must be at most ${QUERY_LIMITS.maxNameLength} characters`);
  return value;
}

/** A required non-empty name. */
export function requireName(value: unknown, field: string): string {
  const name = checkName(value, field);
  if (name === undefined) throw new TraceQueryError(field, 'is required');
  return name;
}

/** An optional non-negative duration in nanoseconds. */
export function checkDuration(value: unknown, field: string): bigint | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'bigint' || value < 0n) throw new TraceQueryError(field, 'must be a bigint number of nanoseconds >= 0');
  return value;
}

/** A result limit from 1 to {@link QUERY_LIMITS.maxSearchLimit}. */
export function checkLimit(value: unknown): number {
  if (value === undefined) return QUERY_LIMITS.defaultSearchLimit;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > QUERY_LIMITS.maxSearchLimit) {
    throw new TraceQueryError('limit', `must be an integer from 1 to ${QUERY_LIMITS.maxSearchLimit} (got ${String(value)})`);
  }
  return value;
}

/** Attribute filters: key -> exact value. */
export function checkAttributes(value: unknown): [string, string][] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TraceQueryError('attributes', 'must be an object of key -> value strings');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > QUERY_LIMITS.maxAttributeFilters) throw new TraceQueryError('attributes', `at most ${QUERY_LIMITS.maxAttributeFilters} filters (got ${entries.length})`);
  return entries.map(([k, v]) => {
    if (k === '' || k.length > QUERY_LIMITS.maxAttributeKeyLength) throw new TraceQueryError('attributes', `keys must have 1 to ${QUERY_LIMITS.maxAttributeKeyLength} characters (got ${JSON.stringify(k.slice(0, 64))})`);
    if (typeof v !== 'string' || v.length > QUERY_LIMITS.maxAttributeValueLength) throw new TraceQueryError(`attributes.${k}`, `must be a string of at most ${QUERY_LIMITS.maxAttributeValueLength} characters`);
    return [k, v];
  });
}

/** A bucket width in whole seconds, giving at most {@link QUERY_LIMITS.maxBuckets} buckets over the range. */
export function checkStep(stepSeconds: unknown, range: TimeRange): number {
  if (typeof stepSeconds !== 'number' || !Number.isInteger(stepSeconds) || stepSeconds < 1 || stepSeconds > 366 * 86_400) {
    throw new TraceQueryError('stepSeconds', `must be an integer number of seconds from 1 to ${366 * 86_400} (got ${String(stepSeconds)})`);
  }
  const buckets = (range.toUnixNano - range.fromUnixNano + BigInt(stepSeconds) * 1_000_000_000n - 1n) / (BigInt(stepSeconds) * 1_000_000_000n);
  if (buckets > BigInt(QUERY_LIMITS.maxBuckets)) {
    throw new TraceQueryError('stepSeconds', `gives ${buckets} buckets over the range; at most ${QUERY_LIMITS.maxBuckets}: use a larger step`);
  }
  return stepSeconds;
}
