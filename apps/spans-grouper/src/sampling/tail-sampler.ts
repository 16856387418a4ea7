// The tail-sampling decision: a policy's ordered rules over the spans of one whole trace, first
// match decides. Every rule but `rate_limit` is a pure function of (policy, tenant, spans): two
// grouper replicas, or one grouper replaying its input after a crash, decide the same.
import { hexToBytes } from '@tracehouse/identity';
import type { AttributeValue, RawSpan } from '@tracehouse/model';
import { consistentSample } from '@tracehouse/otlp';
import { OTHERWISE_RULE, type SamplingAction, type SamplingCondition, type SamplingPolicy, type TenantSamplingPolicy } from './sampling-policy';

/** What the sampler decided for one trace. */
export interface SamplingDecision {
  readonly action: SamplingAction;
  /** The rule that matched, or `otherwise`. */
  readonly rule: string;
  /**
   * How many traces a kept one stands for (1 / probability of keeping it): 100 / percentage for a
   * probabilistic keep, 1 for every other keep (a rate-limited keep included: see the README).
   * 0 for a drop.
   */
  readonly weight: number;
  /** The service of the trace's root span (the metrics' `service` label). */
  readonly service: string;
}

/** The root of a set of spans: the earliest-starting span whose parent is not among them (ties: lowest id). */
export function rootSpan(spans: readonly RawSpan[]): RawSpan | undefined {
  const ids = new Set<string>();
  for (const s of spans) ids.add(s.spanId);
  let root: RawSpan | undefined;
  for (const s of spans) {
    if (s.parentSpanId !== '' && ids.has(s.parentSpanId)) continue;
    if (root === undefined || s.startTimeUnixNano < root.startTimeUnixNano || (s.startTimeUnixNano === root.startTimeUnixNano && s.spanId < root.spanId)) root = s;
  }
  return root;
}

/** Whether a span reports an error: OTel status ERROR, an HTTP 5xx status, or a gRPC status other than OK. */
export function isErrorSpan(span: RawSpan): boolean {
  if (span.statusCode === 'ERROR') return true;
  const http = span.http?.statusCode;
  if (http !== undefined && http >= 500 && http <= 599) return true;
  const rpc = span.rpc;
  // Only gRPC numbers its statuses with 0 = OK; other RPC systems' codes mean other things.
  return rpc !== undefined && rpc.system === 'grpc' && rpc.statusCode !== undefined && rpc.statusCode !== 0;
}

const globCache = new Map<string, RegExp>();

/** Whether `value` matches `pattern`, where `*` stands for any characters and `?` for one. */
export function globMatch(pattern: string, value: string): boolean {
  let re = globCache.get(pattern);
  if (re === undefined) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 's');
    if (globCache.size < 1000) globCache.set(pattern, re);
  }
  return re.test(value);
}

function spanPasses(span: RawSpan, filter: { service?: string; operation?: string }): boolean {
  if (filter.service !== undefined && span.serviceName !== filter.service) return false;
  return filter.operation === undefined || globMatch(filter.operation, span.name);
}

/** `end - start` in ns, 0 when a clock made it negative or left a time out. */
function spanDuration(span: RawSpan): bigint {
  if (span.startTimeUnixNano <= 0n || span.endTimeUnixNano <= span.startTimeUnixNano) return 0n;
  return span.endTimeUnixNano - span.startTimeUnixNano;
}

/** Earliest start to latest end over the spans with both times, ns. */
function traceDuration(spans: readonly RawSpan[]): bigint {
  let start = -1n;
  let end = -1n;
  for (const s of spans) {
    if (s.startTimeUnixNano <= 0n || s.endTimeUnixNano < s.startTimeUnixNano) continue;
    if (start < 0n || s.startTimeUnixNano < start) start = s.startTimeUnixNano;
    if (s.endTimeUnixNano > end) end = s.endTimeUnixNano;
  }
  return start < 0n ? 0n : end - start;
}

function valueMatches(value: AttributeValue | undefined, c: Extract<SamplingCondition, { type: 'attribute' }>): boolean {
  if (value === undefined) return false;
  if (c.equals !== undefined) {
    if (typeof c.equals === 'number') return (typeof value === 'number' && value === c.equals) || (typeof value === 'bigint' && Number.isInteger(c.equals) && value === BigInt(c.equals));
    return value === c.equals;
  }
  if (c.glob !== undefined) return typeof value === 'string' && globMatch(c.glob, value);
  const n = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isNaN(n)) return false;
  return (c.min === undefined || n >= c.min) && (c.max === undefined || n <= c.max);
}

function attributeOf(span: RawSpan, key: string): AttributeValue | undefined {
  // Own-property reads only: a key such as "constructor" must not find what objects inherit.
  if (Object.prototype.hasOwnProperty.call(span.attributes, key)) return span.attributes[key];
  if (Object.prototype.hasOwnProperty.call(span.resourceAttributes, key)) return span.resourceAttributes[key];
  return undefined;
}

/**
 * Counts kept traces per (key, second of the trace's own start time) for the `rate_limit` rule.
 * Keyed by the trace's time, not the clock, so the same stream read at another speed (a replay
 * catching up) fills the same windows; still, which traces of a full window are kept depends on
 * the order they are decided in, and a restarted grouper starts with empty windows: rate-limited
 * keeps are the one decision that is not replay-deterministic (README, "Tail sampling").
 * Bounded: past `maxWindows` entries, the oldest inserted are forgotten.
 */
export class RateWindows {
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxWindows = 100_000) {}

  /** Takes one slot of `key`'s window `second` if fewer than `limit` are taken; returns whether it did. */
  take(key: string, second: number, limit: number): boolean {
    const k = `${second}|${key}`;
    const n = this.counts.get(k) ?? 0;
    if (n >= limit) return false;
    if (n === 0 && this.counts.size >= this.maxWindows) this.counts.delete(this.counts.keys().next().value as string);
    this.counts.set(k, n + 1);
    return true;
  }

  /** Windows tracked now. */
  get size(): number {
    return this.counts.size;
  }
}

/** Whether one condition matches the trace. `rates` is only touched by `rate_limit`. */
function matches(c: SamplingCondition, tenantId: string, traceId: string, spans: readonly RawSpan[], root: RawSpan | undefined, ruleName: string, rates: RateWindows | undefined): boolean {
  switch (c.type) {
    case 'always':
      return true;
    case 'error':
      return spans.some((s) => isErrorSpan(s) && spanPasses(s, c));
    case 'latency': {
      const threshold = BigInt(Math.floor(c.thresholdMs * 1e6));
      if (c.scope === 'trace') return root !== undefined && spanPasses(root, c) && traceDuration(spans) > threshold;
      return spans.some((s) => spanPasses(s, c) && spanDuration(s) > threshold);
    }
    case 'attribute':
      return spans.some((s) => spanPasses(s, c) && valueMatches(attributeOf(s, c.key), c));
    case 'probabilistic':
      return consistentSample(hexToBytes(traceId), c.seed, c.percentage);
    case 'rate_limit': {
      if (rates === undefined || root === undefined) return false;
      const key = c.per === 'service' ? `${tenantId}|${ruleName}|${root.serviceName}` : `${tenantId}|${ruleName}|${root.serviceName}|${root.name}`;
      return rates.take(key, Number(root.startTimeUnixNano / 1_000_000_000n), c.tracesPerSecond);
    }
  }
}

/** The policy that applies to `tenantId`. */
export function tenantPolicy(policy: SamplingPolicy, tenantId: string): TenantSamplingPolicy {
  return Object.prototype.hasOwnProperty.call(policy.tenants, tenantId) ? (policy.tenants[tenantId] as TenantSamplingPolicy) : policy.default;
}

/**
 * Decides a trace from its spans (every span the grouper holds of it at emission): the first rule
 * of the tenant's policy whose condition matches decides; none matching, `otherwise` does.
 * Pure in (policy, tenantId, traceId, spans) unless a `rate_limit` rule is reached, which takes a
 * slot of `rates` (no `rates`: rate-limit rules never match).
 */
export function decideTrace(policy: SamplingPolicy, tenantId: string, traceId: string, spans: readonly RawSpan[], rates?: RateWindows): SamplingDecision {
  const p = tenantPolicy(policy, tenantId);
  const root = rootSpan(spans);
  const service = root?.serviceName ?? 'unknown_service';
  for (const r of p.rules) {
    if (!matches(r.when, tenantId, traceId, spans, root, r.name, rates)) continue;
    const weight = r.action === 'drop' ? 0 : r.when.type === 'probabilistic' ? 100 / r.when.percentage : 1;
    return { action: r.action, rule: r.name, weight, service };
  }
  return { action: p.otherwise, rule: OTHERWISE_RULE, weight: p.otherwise === 'keep' ? 1 : 0, service };
}

/** A policy with the rate windows it needs: what the grouper holds. */
export class TailSampler {
  private readonly rates = new RateWindows();

  constructor(readonly policy: SamplingPolicy) {}

  /** {@link decideTrace} with this sampler's rate windows. */
  decide(tenantId: string, traceId: string, spans: readonly RawSpan[]): SamplingDecision {
    return decideTrace(this.policy, tenantId, traceId, spans, this.rates);
  }
}
