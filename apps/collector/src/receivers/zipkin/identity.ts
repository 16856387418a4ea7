// Per-request span identity for Zipkin (ARCHITECTURE.md "Identity"), applied to the spans of one
// request before they are translated to OTLP:
// 1. parts of one span (same trace id and id, same `shared` flag, compatible local endpoints) are
//    merged the way zipkin2's `Trace.merge` and `Span.Builder.merge` do it (openzipkin/zipkin,
//    zipkin/src/main/java/zipkin2/internal/Trace.java);
// 2. the halves of an RPC or a message that share one span id are all kept: every server or
//    consumer half (and every half flagged `shared`) gets its own id derived from the original id
//    plus what tells the halves apart, with the original id as its parent, as Jaeger's span-id
//    deduplication does for shared spans.
// Whatever else shares an id (two client spans, say) is left as sent: the spans-grouper keeps
// the later one under a derived id, across requests as well.
import { createHash } from 'node:crypto';
import { UNKNOWN_SERVICE, bytesToHex, isAllZero } from '@tracehouse/identity';
import type { ZipkinEndpoint, ZipkinSpan } from './model';

/** Why a Zipkin span's identity was repaired here, in one list (for warnings and counters). */
export const ZIPKIN_IDENTITY_REPAIRS = ['parts_merged', 'half_reidentified'] as const;
export type ZipkinIdentityRepair = (typeof ZIPKIN_IDENTITY_REPAIRS)[number];

/** The spans of one request after {@link resolveZipkinIdentity}, with what was repaired. */
export interface ZipkinIdentityResult {
  spans: ZipkinSpan[];
  repairs: Partial<Record<ZipkinIdentityRepair, number>>;
}

const HALF_KINDS = new Set(['SERVER', 'CONSUMER']);

/**
 * The id given to one half of a span id that several halves share: the first 8 bytes of
 * SHA-256 over the trace id, the original span id and what tells the halves apart (local service,
 * kind, start time), so a replay of the same span, in whatever batch, gets the same id.
 * `salt` separates halves that agree on all three (only ever non-zero within one request).
 */
export function derivedHalfSpanId(traceId: Uint8Array, spanId: Uint8Array, half: { service: string; kind: string; timestamp: bigint }, salt = 0): Uint8Array {
  const text = `zipkin-half:${bytesToHex(traceId)}:${bytesToHex(spanId)}:${half.service}:${half.kind}:${half.timestamp}${salt > 0 ? `:${salt}` : ''}`;
  const id = new Uint8Array(createHash('sha256').update(text).digest().subarray(0, 8));
  if (isAllZero(id)) id[7] = 1;
  return id;
}

/**
 * Applies the Zipkin identity rules to the spans of one request: merges the parts of a span and
 * re-identifies the server and consumer halves of a shared span id. Spans keep the sender's
 * order (a merged span takes the place of its first part). Pure and deterministic.
 */
export function resolveZipkinIdentity(spans: ZipkinSpan[]): ZipkinIdentityResult {
  const repairs: Partial<Record<ZipkinIdentityRepair, number>> = {};
  const count = (r: ZipkinIdentityRepair, n = 1): void => {
    repairs[r] = (repairs[r] ?? 0) + n;
  };
  const groups = groupById(spans);
  if (groups.size === spans.length && !spans.some((s) => s.shared)) return { spans, repairs };

  const out = new Map<ZipkinSpan, ZipkinSpan[]>();
  const takenIds = new Map<string, Set<string>>();
  for (const s of spans) {
    const trace = bytesToHex(s.traceId);
    let ids = takenIds.get(trace);
    if (!ids) takenIds.set(trace, (ids = new Set()));
    ids.add(bytesToHex(s.id));
  }
  for (const group of groups.values()) {
    const first = group[0];
    const merged = group.length > 1 ? mergeParts(group) : group;
    if (merged.length < group.length) count('parts_merged', group.length - merged.length);
    const halves = halvesToReidentify(merged);
    const ids = takenIds.get(bytesToHex(first.traceId)) as Set<string>;
    for (const half of halves) {
      const original = half.id;
      let salt = 0;
      let id = derivedHalfSpanId(half.traceId, original, halfFeatures(half));
      while (ids.has(bytesToHex(id))) id = derivedHalfSpanId(half.traceId, original, halfFeatures(half), ++salt);
      ids.add(bytesToHex(id));
      const kind = half.kind || 'kind-less';
      const service = half.localEndpoint?.serviceName || UNKNOWN_SERVICE;
      const why = merged.length > 1 ? `${merged.length} spans of this request share it` : 'it is flagged shared: its client half has the same id';
      const reidentified: ZipkinSpan = {
        ...half,
        id,
        parentId: original,
        warnings: [...(half.warnings ?? []), `Zipkin span id ${bytesToHex(original)} is not unique (${why}): this ${kind} half of service "${service}" was given the derived span id ${bytesToHex(id)}, with ${bytesToHex(original)} as its parent.`],
      };
      merged[merged.indexOf(half)] = reidentified;
      count('half_reidentified');
    }
    out.set(first, merged);
  }
  // Back in the sender's order: each group at the place of its first part.
  const result: ZipkinSpan[] = [];
  for (const s of spans) {
    const group = out.get(s);
    if (group) result.push(...group);
  }
  return { spans: result, repairs };
}

function groupById(spans: ZipkinSpan[]): Map<string, ZipkinSpan[]> {
  const groups = new Map<string, ZipkinSpan[]>();
  for (const s of spans) {
    const key = `${bytesToHex(s.traceId)}/${bytesToHex(s.id)}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

function halfFeatures(s: ZipkinSpan): { service: string; kind: string; timestamp: bigint } {
  return { service: s.localEndpoint?.serviceName ?? '', kind: s.kind, timestamp: s.timestamp };
}

/**
 * The spans of one id (after merging) that must leave it: a span flagged `shared`, and, when
 * several spans keep the id, every server or consumer half. The first client, producer or
 * kind-less span in zipkin2's order (unshared first, client first) keeps the id.
 */
function halvesToReidentify(group: ZipkinSpan[]): ZipkinSpan[] {
  if (group.length === 1) return group[0].shared ? [group[0]] : [];
  const ordered = [...group].sort(cleanupOrder);
  const keeper = ordered.find((s) => !s.shared && !HALF_KINDS.has(s.kind));
  return ordered.filter((s) => s !== keeper && (s.shared || HALF_KINDS.has(s.kind)));
}

/** zipkin2 Trace's CLEANUP_COMPARATOR within one id: unshared first, client first, then by local endpoint (absent first). */
function cleanupOrder(a: ZipkinSpan, b: ZipkinSpan): number {
  if (a.shared !== b.shared) return a.shared ? 1 : -1;
  if (!a.shared) {
    const ac = a.kind === 'CLIENT';
    const bc = b.kind === 'CLIENT';
    if (ac !== bc) return ac ? -1 : 1;
  }
  return compareEndpoint(a.localEndpoint, b.localEndpoint);
}

function isEmptyEndpoint(e: ZipkinEndpoint | undefined): boolean {
  return !e || (!e.serviceName && !e.ipv4 && !e.ipv6 && !e.port);
}

function compareEndpoint(a: ZipkinEndpoint | undefined, b: ZipkinEndpoint | undefined): number {
  const ae = isEmptyEndpoint(a);
  const be = isEmptyEndpoint(b);
  if (ae || be) return ae === be ? 0 : ae ? -1 : 1;
  const x = a as ZipkinEndpoint;
  const y = b as ZipkinEndpoint;
  return nullsLast(x.serviceName, y.serviceName) || nullsLast(x.ipv4, y.ipv4) || nullsLast(x.ipv6, y.ipv6);
}

function nullsLast(a: string | undefined, b: string | undefined): number {
  if (!a) return b ? 1 : 0;
  if (!b) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * zipkin2's EndpointTracker: parts merge only while their endpoints do not disagree on a field
 * both of them set.
 */
class EndpointTracker {
  private serviceName = '';
  private ipv4 = '';
  private ipv6 = '';
  private port = 0;

  tryMerge(e: ZipkinEndpoint | undefined): boolean {
    if (isEmptyEndpoint(e)) return true;
    const x = e as ZipkinEndpoint;
    if (this.serviceName && x.serviceName && this.serviceName !== x.serviceName) return false;
    if (this.ipv4 && x.ipv4 && this.ipv4 !== x.ipv4) return false;
    if (this.ipv6 && x.ipv6 && this.ipv6 !== x.ipv6) return false;
    if (this.port && x.port && this.port !== x.port) return false;
    this.serviceName ||= x.serviceName;
    this.ipv4 ||= x.ipv4 ?? '';
    this.ipv6 ||= x.ipv6 ?? '';
    this.port ||= x.port;
    return true;
  }
}

/**
 * Merges the parts of spans that share one id, as zipkin2's Trace.merge: in cleanup order, a part
 * joins the span before it when both carry the same `shared` flag and their local endpoints agree.
 * Stricter than zipkin2 on one point, because here the halves must stay apart: two parts that
 * both name a kind, or both a start time, and disagree are two spans, not one.
 */
function mergeParts(group: ZipkinSpan[]): ZipkinSpan[] {
  const ordered = joinKindlessParts(group.map((span, at) => ({ span, at }))).sort((a, b) => cleanupOrder(a.span, b.span) || a.at - b.at);
  const result: { span: ZipkinSpan; at: number }[] = [];
  for (let i = 0; i < ordered.length; i++) {
    let { span, at } = ordered[i];
    const tracker = new EndpointTracker();
    tracker.tryMerge(span.localEndpoint);
    while (i + 1 < ordered.length) {
      const next = ordered[i + 1];
      const kindsAgree = !span.kind || !next.span.kind || span.kind === next.span.kind;
      const timesAgree = span.timestamp === 0n || next.span.timestamp === 0n || span.timestamp === next.span.timestamp;
      if (span.shared !== next.span.shared || !kindsAgree || !timesAgree || !tracker.tryMerge(next.span.localEndpoint)) break;
      span = mergeSpan(span, next.span);
      at = Math.min(at, next.at);
      i++;
    }
    result.push({ span, at });
  }
  // Back in the sender's order: a merged span at the place of its first part.
  return result.sort((a, b) => a.at - b.at).map((x) => x.span);
}

/**
 * A kind-less part (tags or annotations flushed separately, often without the `shared` flag its
 * server half carries) joins the one half of the same id that names a kind and the same local
 * service, whatever their `shared` flags: ARCHITECTURE.md's rule is "same id and local service".
 * zipkin2 compares the flags first and would leave such a part beside both halves, as a third span
 * with no kind and no time. With no such half, or more than one, the part is left to the merge below.
 */
function joinKindlessParts(parts: { span: ZipkinSpan; at: number }[]): { span: ZipkinSpan; at: number }[] {
  const out = parts.filter((p) => p.span.kind);
  const rest: { span: ZipkinSpan; at: number }[] = [];
  for (const part of parts) {
    if (part.span.kind) continue;
    const service = part.span.localEndpoint?.serviceName;
    const homes = service ? out.filter((h) => h.span.localEndpoint?.serviceName === service && endpointsAgree(h.span.localEndpoint, part.span.localEndpoint)) : [];
    const home = homes.length === 1 ? homes[0] : undefined;
    if (home) {
      home.span = mergeSpan(home.span, part.span);
      home.at = Math.min(home.at, part.at);
    } else {
      rest.push(part);
    }
  }
  return [...out, ...rest];
}

function endpointsAgree(a: ZipkinEndpoint | undefined, b: ZipkinEndpoint | undefined): boolean {
  const tracker = new EndpointTracker();
  return tracker.tryMerge(a) && tracker.tryMerge(b);
}

/** zipkin2 Span.Builder.merge: what `into` lacks comes from `from`; tags of `from` win; annotations are unioned. */
function mergeSpan(into: ZipkinSpan, from: ZipkinSpan): ZipkinSpan {
  const tags = new Map(into.tags);
  for (const [k, v] of from.tags) tags.set(k, v);
  const seen = new Set<string>();
  const annotations = [...into.annotations, ...from.annotations]
    .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .filter((a) => {
      const key = `${a.timestamp}|${a.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    traceId: into.traceId,
    id: into.id,
    parentId: into.parentId ?? from.parentId,
    kind: into.kind || from.kind,
    name: into.name || from.name,
    timestamp: into.timestamp || from.timestamp,
    duration: into.duration || from.duration,
    localEndpoint: mergeEndpoint(into.localEndpoint, from.localEndpoint),
    remoteEndpoint: mergeEndpoint(into.remoteEndpoint, from.remoteEndpoint),
    annotations,
    tags,
    shared: into.shared || from.shared,
    ...(into.warnings || from.warnings ? { warnings: [...(into.warnings ?? []), ...(from.warnings ?? [])] } : {}),
  };
}

function mergeEndpoint(a: ZipkinEndpoint | undefined, b: ZipkinEndpoint | undefined): ZipkinEndpoint | undefined {
  if (isEmptyEndpoint(a)) return b;
  if (isEmptyEndpoint(b)) return a;
  const x = a as ZipkinEndpoint;
  const y = b as ZipkinEndpoint;
  return { serviceName: x.serviceName || y.serviceName, ipv4: x.ipv4 ?? y.ipv4, ipv6: x.ipv6 ?? y.ipv6, port: x.port || y.port };
}
