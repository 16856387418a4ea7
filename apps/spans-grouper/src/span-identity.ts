// The identity rules of ARCHITECTURE.md ("Identity") as the grouper applies them, as plain
// functions over spans: when two spans of one trace share an id they are one span (a replay: same
// content), Zipkin parts of one span (merged as Zipkin merges them), or two spans (the later one
// keeps its data under an id derived from the original id and its content).
import { createHash, hash } from 'node:crypto';
import { bytesToHex } from '@tracehouse/identity';
import { encodeRawSpan, type Attributes, type RawSpan, type SpanEvent, type SpanLink } from '@tracehouse/model';
import { WireType, readField, wireField } from '@tracehouse/wire';

/** Why the grouper changed a span before writing it, in one list (the `reason` label of `spans_repaired_total`). */
export const REPAIR_REASONS = [
  /** Zipkin parts of one span (same id and local service, sent separately) merged into one span. */
  'zipkin_parts_merged',
  /** A span with a taken id and different content, kept under a derived id. */
  'duplicate_id_derived',
  /** A span that named itself as its parent lost that parent. */
  'self_parent_cleared',
  /** A span whose parent chain led back to itself lost its parent, breaking the cycle. */
  'parent_cycle_broken',
] as const;
/** RepairReason is why the grouper changed a span. */
export type RepairReason = (typeof REPAIR_REASONS)[number];

/** Field 23 of RawSpan (`received_at_ms`, varint): the one field that is not content. */
const RECEIVED_AT_FIELD = 23;

/**
 * The digest of a span's content: everything but its receive time (a collector retry of the same
 * span arrives with another receive time and is still a replay). Read from the span's encoded
 * bytes when given (skipping `received_at_ms`, so no re-encode on the hot path), else encoded.
 * 40 hex digits (SHA-1: not for security, only to tell contents apart; node's native hash
 * measured faster here than a JS FNV loop, about 1.5 us for a 1 KB span).
 */
export function contentDigest(span: RawSpan, bytes?: Uint8Array): string {
  if (bytes === undefined) {
    try {
      return hashRanges(encodeRawSpan({ ...span, receivedAtMs: 0 }), undefined);
    } catch {
      // Not encodable (a caller that skipped the decoder's checks): its fields stand for its content.
      const text = JSON.stringify({ ...span, receivedAtMs: 0 }, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? bytesToHex(v) : v));
      return hashRanges(Buffer.from(text), undefined);
    }
  }
  // Both paths hash the same bytes for the same content: the encoder leaves out a 0 ms count.
  return hashRanges(bytes, receivedAtRange(bytes));
}

/** Where {@link hashRanges} puts the bytes around a skipped range; grown when a span is larger. */
let scratch = new Uint8Array(64 * 1024);

/**
 * Hashes `b` without the bytes in `skip` ([start, end)). One-shot (`crypto.hash`): a `Hash` object
 * per span was 43% of this function's time in the grouper's profile at 15,000 spans/s, and 12% of
 * its main thread went to the digest. The two ranges are copied side by side into one reused
 * buffer, which costs less than a second update of an object-based hash.
 */
function hashRanges(b: Uint8Array, skip: [number, number] | undefined): string {
  if (skip === undefined) return hash('sha1', b, 'hex');
  const length = b.length - (skip[1] - skip[0]);
  if (scratch.length < length) scratch = new Uint8Array(Math.max(length, scratch.length * 2));
  scratch.set(b.subarray(0, skip[0]), 0);
  scratch.set(b.subarray(skip[1]), skip[0]);
  return hash('sha1', scratch.subarray(0, length), 'hex');
}

/** The [start, end) of the top-level `received_at_ms` field in an encoded RawSpan, if present. */
function receivedAtRange(b: Uint8Array): [number, number] | undefined {
  const f = wireField();
  try {
    for (let pos = 0; pos < b.length; pos = f.end) {
      readField(b, pos, b.length, 'RawSpan', f);
      if (f.no === RECEIVED_AT_FIELD && f.wireType === WireType.VARINT) return [f.start, f.end];
    }
  } catch {
    // Bytes the decoder accepted always parse; should they not, the whole record is the content.
  }
  return undefined;
}

/**
 * The id a span with a taken id keeps its data under: derived from the original id and the span's
 * content digest, so a replay of the same span gets the same id. `attempt` > 0 when the derived
 * id is itself taken by another span. Never all zeros.
 */
export function deriveSpanId(originalId: string, digest: string, attempt = 0): string {
  for (let k = attempt; ; k++) {
    const id = createHash('sha1').update(`tracehouse/derived-span-id/${originalId}/${digest}/${k}`).digest('hex').slice(0, 16);
    if (id !== '0000000000000000') return id;
  }
}

/**
 * Whether two spans with one id are Zipkin parts of one span: reported by one service (same
 * local service) in separate messages, one of them kind-less or without a start time (annotations
 * or times sent on their own), and their kinds do not contradict each other.
 */
export function areZipkinParts(a: RawSpan, b: RawSpan): boolean {
  if (a.serviceName !== b.serviceName) return false;
  if (a.kind !== b.kind && a.kind !== 'UNSPECIFIED' && b.kind !== 'UNSPECIFIED') return false;
  return a.kind === 'UNSPECIFIED' || b.kind === 'UNSPECIFIED' || a.startTimeUnixNano === 0n || b.startTimeUnixNano === 0n;
}

/** A span's duration when it has a start and an end not before it, else 0 (Zipkin's "no duration"). */
function durationOf(s: RawSpan): bigint {
  return s.startTimeUnixNano > 0n && s.endTimeUnixNano >= s.startTimeUnixNano ? s.endTimeUnixNano - s.startTimeUnixNano : 0n;
}

/** `b`'s defined properties over `a`'s: a later part adds to or corrects what an earlier one said. */
function over<T extends object>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function mergeEvents(a: SpanEvent[], b: SpanEvent[]): SpanEvent[] {
  const seen = new Set(a.map((e) => `${e.timeUnixNano}/${e.name}`));
  const out = [...a];
  for (const e of b) if (!seen.has(`${e.timeUnixNano}/${e.name}`)) out.push(e);
  // Zipkin keeps annotations sorted by time.
  return out.sort((x, y) => (x.timeUnixNano < y.timeUnixNano ? -1 : x.timeUnixNano > y.timeUnixNano ? 1 : 0));
}

function mergeLinks(a: SpanLink[], b: SpanLink[]): SpanLink[] {
  const seen = new Set(a.map((l) => `${l.traceId}/${l.spanId}`));
  return [...a, ...b.filter((l) => !seen.has(`${l.traceId}/${l.spanId}`))];
}

/**
 * Merges two Zipkin parts of one span as Zipkin's `Span.Builder.merge` does: the earlier part's
 * parent, kind, name, start and duration stand and the later part fills in what is missing; tags
 * are combined with the later part's value winning for a key (Zipkin's `putAll`); annotations
 * (events) are combined without duplicates and sorted by time. `a` is the earlier part in
 * partition order, so the result is the same whenever the same parts arrive in the same order.
 */
export function mergeZipkinParts(a: RawSpan, b: RawSpan): RawSpan {
  const start = a.startTimeUnixNano !== 0n ? a.startTimeUnixNano : b.startTimeUnixNano;
  const duration = durationOf(a) !== 0n ? durationOf(a) : durationOf(b);
  // One part's start plus another's duration can pass what a fixed64 holds: the end stops there.
  const end = start !== 0n ? minBig(start + duration, MAX_UINT64) : a.endTimeUnixNano !== 0n ? a.endTimeUnixNano : b.endTimeUnixNano;
  const attributes: Attributes = { ...a.attributes, ...b.attributes };
  const status = a.statusCode !== 'UNSET' ? a : b;
  const received = [a.receivedAtMs, b.receivedAtMs].filter((ms) => ms > 0);
  const warnings = [...new Set([...(a.warnings ?? []), ...(b.warnings ?? [])])];
  const merged: RawSpan = {
    ...a,
    parentSpanId: a.parentSpanId !== '' ? a.parentSpanId : b.parentSpanId,
    traceState: a.traceState || b.traceState,
    name: a.name !== '' ? a.name : b.name,
    kind: a.kind !== 'UNSPECIFIED' ? a.kind : b.kind,
    startTimeUnixNano: start,
    endTimeUnixNano: end,
    statusCode: status.statusCode,
    statusMessage: status.statusMessage,
    attributes,
    resourceAttributes: { ...b.resourceAttributes, ...a.resourceAttributes },
    scopeName: a.scopeName || b.scopeName,
    scopeVersion: a.scopeVersion || b.scopeVersion,
    events: mergeEvents(a.events, b.events),
    links: mergeLinks(a.links, b.links),
    droppedAttributesCount: Math.max(a.droppedAttributesCount, b.droppedAttributesCount),
    droppedEventsCount: Math.max(a.droppedEventsCount, b.droppedEventsCount),
    droppedLinksCount: Math.max(a.droppedLinksCount, b.droppedLinksCount),
    flags: a.flags | b.flags,
    receivedAtMs: received.length > 0 ? Math.min(...received) : 0,
    http: over(a.http, b.http),
    rpc: over(a.rpc, b.rpc),
    db: over(a.db, b.db),
    messaging: over(a.messaging, b.messaging),
    peer: over(a.peer, b.peer),
    error: a.error === undefined && b.error === undefined ? undefined : { ...over(a.error, b.error), isError: (a.error?.isError ?? false) || (b.error?.isError ?? false) },
    warnings: warnings.length > 0 ? warnings : undefined,
  };
  if (merged.warnings === undefined) delete merged.warnings;
  return merged;
}

/** Returns `span` with one more warning (a new object; the input is not changed). */
export function withWarning(span: RawSpan, warning: string): RawSpan {
  return { ...span, warnings: [...(span.warnings ?? []), warning] };
}

const MAX_UINT64 = 2n ** 64n - 1n;

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
