// Mapping stored spans to the JSON shapes of the APIs the query service imitates. Each direction
// has one translation: what goes out of an API is the inverse of what the collector's receiver for
// that protocol reads in (the OpenTelemetry Collector's translators, which the receivers follow), so
// a span sent over Jaeger or Zipkin comes back out of the same protocol as it was sent.
// - Jaeger's UI model (jaeger model/json: Trace, Span, KeyValue, Log, Reference, Process), with
//   times and durations in microseconds, as pkg/translator/jaeger traces_to_jaegerproto.go writes
//   a span: typed tags; span-level facts as the tags `span.kind`, `otel.status_code`,
//   `otel.status_description`, `error` (bool), `otel.scope.name`, `otel.scope.version`,
//   `w3c.tracestate`; events as logs (the name in the `event` field); links as references whose
//   type is the link's `opentracing.ref_type` (FOLLOWS_FROM when absent).
// - OTLP/JSON `TracesData` for Jaeger's api_v3 (via @tracehouse/otlp), attributes as typed AnyValues.
// - Zipkin v2 spans (zipkin2-api.yaml), as pkg/translator/zipkin/zipkinv2 from_translator.go writes
//   them: string tags, the `error` tag carrying the status description, remote and local endpoints
//   from the peer and host attributes the Zipkin receiver writes, events as `name|{json}|dropped`
//   annotations and links as `otlp.link.N` tags.
// An attribute the span carries always wins over a tag derived from a span field with the same key,
// so no key is written twice and nothing the sender sent is replaced.
import { isIP } from 'node:net';
import Long from 'long';
import { hexToBytes } from '@tracehouse/identity';
import { tracesDataToOtlpJson, type OtlpJson, type ResourceSpans, type Span as OtlpSpan } from '@tracehouse/otlp';
import type { AttributeValue } from '@tracehouse/model';
import type { ReadAttributes, ReadSpan, ReadTraceSummary } from './ports';
import { canonicalKey, goJson, jaegerKeyValue, otlpKeyValues, sortedEntries, valueString, warningLines, type JaegerKeyValue } from './values';

export type { JaegerKeyValue } from './values';

/** The attribute (OTLP) and tag (Zipkin) under which a span's warnings are returned. */
export const WARNINGS_KEY = 'tracehouse.warnings';
/** The attribute the Zipkin receiver sets on a span sent without `timestamp` (zipkin.StartTimeAbsent). */
export const ZIPKIN_START_TIME_ABSENT = 'otel.zipkin.absentField.startTime';
/** The link attribute the Jaeger receiver writes for a reference's type (child_of, follows_from). */
export const REF_TYPE_ATTRIBUTE = 'opentracing.ref_type';

/** A Jaeger span reference. */
export interface JaegerReference {
  readonly refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  readonly traceID: string;
  readonly spanID: string;
}

/** A Jaeger span (UI model). */
export interface JaegerSpan {
  readonly traceID: string;
  readonly spanID: string;
  readonly operationName: string;
  readonly references: JaegerReference[];
  /** µs since the epoch. */
  readonly startTime: number;
  /** µs. */
  readonly duration: number;
  readonly tags: JaegerKeyValue[];
  readonly logs: { readonly timestamp: number; readonly fields: JaegerKeyValue[] }[];
  readonly processID: string;
  readonly warnings: string[] | null;
}

/** A Jaeger process: a service and its resource tags. */
export interface JaegerProcess {
  readonly serviceName: string;
  readonly tags: JaegerKeyValue[];
}

/** A Jaeger trace (UI model). */
export interface JaegerTrace {
  readonly traceID: string;
  readonly spans: JaegerSpan[];
  readonly processes: Record<string, JaegerProcess>;
  readonly warnings: string[] | null;
}

/** A stored trace: its summary (when known) and spans in start order. */
export interface StoredTrace {
  readonly summary: ReadTraceSummary | undefined;
  readonly spans: readonly ReadSpan[];
}


const micros = (ns: bigint): number => Number(ns / 1_000n);
const str = (key: string, value: string): JaegerKeyValue => ({ key, type: 'string', value });
const has = (m: ReadAttributes, key: string): boolean => Object.prototype.hasOwnProperty.call(m, key);

/** Jaeger/OpenTracing `span.kind` values; UNSPECIFIED gets none. */
const JAEGER_KIND: Record<string, string> = { SERVER: 'server', CLIENT: 'client', PRODUCER: 'producer', CONSUMER: 'consumer', INTERNAL: 'internal' };

/** The operation's span kind as Jaeger's `/api/operations` names it (`server`, ..., `` when unspecified). */
export function jaegerSpanKind(kind: string): string {
  return JAEGER_KIND[kind] ?? '';
}

/** The stored kind for a Jaeger `spanKind` parameter, or undefined when it is not one. */
export function kindFromJaeger(spanKind: string): string | undefined {
  const found = Object.entries(JAEGER_KIND).find(([, v]) => v === spanKind.toLowerCase());
  return found?.[0];
}

/**
 * A list of tags (or fields) that never holds one key twice: the first value given for a key is
 * kept. Callers add the span's own attributes first, so a derived tag never replaces one of them.
 */
class UniqueTags {
  readonly list: JaegerKeyValue[] = [];
  private readonly keys = new Set<string>();

  add(tag: JaegerKeyValue): void {
    if (this.keys.has(tag.key)) return;
    this.keys.add(tag.key);
    this.list.push(tag);
  }
}

function traceWarnings(summary: ReadTraceSummary | undefined): string[] | null {
  if (!summary?.truncated) return null;
  return [`the trace reached the per-trace span limit; ${summary.overflowSpanCount} later spans arrived as fragments and are included where stored`];
}

/** A link's Jaeger reference type: its `opentracing.ref_type` attribute, FOLLOWS_FROM otherwise (refTypeFromLink). */
function refTypeOf(attributes: ReadAttributes): JaegerReference['refType'] {
  return has(attributes, REF_TYPE_ATTRIBUTE) && attributes[REF_TYPE_ATTRIBUTE] === 'child_of' ? 'CHILD_OF' : 'FOLLOWS_FROM';
}

/**
 * The parent as the first CHILD_OF reference, then one reference per link; a link to the parent
 * itself only sets the parent reference's type, as the collector's makeJaegerProtoReferences does
 * (that is how a Jaeger span whose parent was a FOLLOWS_FROM reference comes back).
 */
function jaegerReferences(s: ReadSpan): JaegerReference[] {
  const refs: JaegerReference[] = [];
  if (s.parentSpanId) refs.push({ refType: 'CHILD_OF', traceID: s.traceId, spanID: s.parentSpanId });
  for (const l of s.links) {
    const refType = refTypeOf(l.attributes);
    if (s.parentSpanId && l.traceId === s.traceId && l.spanId === s.parentSpanId) {
      refs[0] = { refType, traceID: s.traceId, spanID: s.parentSpanId };
      continue;
    }
    refs.push({ refType, traceID: l.traceId, spanID: l.spanId });
  }
  return refs;
}

/** A span's tags: its attributes (typed), then kind, status, error, scope and trace state. */
function jaegerTags(s: ReadSpan): JaegerKeyValue[] {
  const tags = new UniqueTags();
  for (const [k, v] of sortedEntries(s.attributes)) tags.add(jaegerKeyValue(k, v));
  const kind = JAEGER_KIND[s.kind];
  if (kind) tags.add(str('span.kind', kind));
  if (s.statusCode === 'ERROR' || s.statusCode === 'OK') tags.add(str('otel.status_code', s.statusCode));
  if (s.statusMessage) tags.add(str('otel.status_description', s.statusMessage));
  // The status decides, as in the collector's getErrorTagFromStatusCode: the Jaeger receiver turns
  // `error=true` into status ERROR and drops the tag, so this gives it back once.
  if (s.statusCode === 'ERROR') tags.add({ key: 'error', type: 'bool', value: true });
  if (s.scopeName) tags.add(str('otel.scope.name', s.scopeName));
  if (s.scopeVersion) tags.add(str('otel.scope.version', s.scopeVersion));
  if (s.traceState) tags.add(str('w3c.tracestate', s.traceState));
  return tags.list;
}

/** An event as a Jaeger log: its name in the `event` field (unless an attribute has that key), then its attributes. */
function jaegerLog(e: ReadSpan['events'][number]): JaegerSpan['logs'][number] {
  const fields = new UniqueTags();
  for (const [k, v] of sortedEntries(e.attributes)) fields.add(jaegerKeyValue(k, v));
  const list = e.name && !has(e.attributes, 'event') ? [str('event', e.name), ...fields.list] : fields.list;
  return { timestamp: micros(e.timeUnixNano), fields: list };
}

/**
 * One trace in Jaeger's UI JSON. Processes are numbered p1, p2, ... in order of first use; a span's
 * `warnings` are the span's warnings (null when none).
 */
export function toJaegerTrace(trace: StoredTrace): JaegerTrace {
  const processes: Record<string, JaegerProcess> = {};
  const processIds = new Map<string, string>();
  const spans = trace.spans.map((s): JaegerSpan => {
    const processTags = sortedEntries(s.resourceAttributes)
      .filter(([k]) => k !== 'service.name')
      .map(([k, v]) => jaegerKeyValue(k, v));
    const processKey = JSON.stringify([s.serviceName, processTags]);
    let processID = processIds.get(processKey);
    if (processID === undefined) {
      processID = `p${processIds.size + 1}`;
      processIds.set(processKey, processID);
      processes[processID] = { serviceName: s.serviceName, tags: processTags };
    }
    return {
      traceID: s.traceId,
      spanID: s.spanId,
      operationName: s.spanName,
      references: jaegerReferences(s),
      startTime: micros(s.startTimeUnixNano),
      duration: micros(s.durationNs),
      tags: jaegerTags(s),
      logs: s.events.map(jaegerLog),
      processID,
      warnings: s.warnings && s.warnings.length > 0 ? [...s.warnings] : null,
    };
  });
  return { traceID: trace.spans[0]?.traceId ?? trace.summary?.traceId ?? '', spans, processes, warnings: traceWarnings(trace.summary) };
}

/** The warnings a span's `tracehouse.warnings` attribute already holds, then the span's own, each once. */
function mergedWarnings(s: ReadSpan): string[] {
  const own = s.warnings ?? [];
  if (own.length === 0) return [];
  const before = has(s.attributes, WARNINGS_KEY) ? warningLines(s.attributes[WARNINGS_KEY]) : [];
  return [...new Set([...before, ...own])];
}

const OTLP_KIND: Record<string, number> = { UNSPECIFIED: 0, INTERNAL: 1, SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 };
const OTLP_STATUS: Record<string, number> = { UNSET: 0, OK: 1, ERROR: 2 };
const nanos = (ns: bigint): Long => Long.fromString(ns.toString(), true);

/**
 * Spans as OTLP/JSON `TracesData` (what Jaeger's api_v3 answers under `result`): one ResourceSpans
 * per (service, resource attributes), one ScopeSpans per instrumentation scope, attributes as typed
 * AnyValues (int64 as a decimal string, per proto3 JSON). The resource's `service.name` is the
 * span's effective service, the one searches match. A span's warnings are added as the string-array
 * attribute `tracehouse.warnings` (joined with any such attribute the span already had).
 */
export function toOtlpJson(spans: readonly ReadSpan[]): OtlpJson {
  const resources = new Map<string, { rs: ResourceSpans; scopes: Map<string, OtlpSpan[]> }>();
  for (const s of spans) {
    const resourceAttrs: ReadAttributes = { ...s.resourceAttributes, 'service.name': s.serviceName };
    const rKey = canonicalKey(resourceAttrs);
    let r = resources.get(rKey);
    if (!r) {
      r = { rs: { resource: { attributes: otlpKeyValues(resourceAttrs) }, scope_spans: [] }, scopes: new Map() };
      resources.set(rKey, r);
    }
    const sKey = JSON.stringify([s.scopeName, s.scopeVersion]);
    let list = r.scopes.get(sKey);
    if (!list) {
      list = [];
      r.scopes.set(sKey, list);
      r.rs.scope_spans?.push({ scope: { name: s.scopeName, version: s.scopeVersion }, spans: list });
    }
    const warnings = mergedWarnings(s);
    const attributes: ReadAttributes = warnings.length > 0 ? { ...s.attributes, [WARNINGS_KEY]: warnings } : s.attributes;
    list.push({
      trace_id: hexToBytes(s.traceId),
      span_id: hexToBytes(s.spanId),
      parent_span_id: s.parentSpanId ? hexToBytes(s.parentSpanId) : undefined,
      trace_state: s.traceState || undefined,
      name: s.spanName,
      kind: OTLP_KIND[s.kind] ?? 0,
      start_time_unix_nano: nanos(s.startTimeUnixNano),
      end_time_unix_nano: nanos(s.endTimeUnixNano),
      attributes: otlpKeyValues(attributes),
      dropped_attributes_count: s.droppedAttributesCount || undefined,
      events: s.events.map((e) => ({ time_unix_nano: nanos(e.timeUnixNano), name: e.name, attributes: otlpKeyValues(e.attributes), dropped_attributes_count: e.droppedAttributesCount || undefined })),
      dropped_events_count: s.droppedEventsCount || undefined,
      links: s.links.map((l) => ({
        trace_id: hexToBytes(l.traceId),
        span_id: hexToBytes(l.spanId),
        trace_state: l.traceState || undefined,
        attributes: otlpKeyValues(l.attributes),
        dropped_attributes_count: l.droppedAttributesCount || undefined,
      })),
      dropped_links_count: s.droppedLinksCount || undefined,
      status: { code: OTLP_STATUS[s.statusCode] ?? 0, message: s.statusMessage || undefined },
    });
  }
  return tracesDataToOtlpJson({ resource_spans: [...resources.values()].map((r) => r.rs) });
}

/** A Zipkin v2 endpoint. */
export interface ZipkinEndpoint {
  readonly serviceName?: string;
  readonly ipv4?: string;
  readonly ipv6?: string;
  readonly port?: number;
}

/** A Zipkin v2 span. */
export interface ZipkinSpan {
  readonly traceId: string;
  readonly id: string;
  readonly parentId?: string;
  readonly kind?: 'CLIENT' | 'SERVER' | 'PRODUCER' | 'CONSUMER';
  readonly name: string;
  /** µs since the epoch; absent when the span was sent without one (or starts at 0). */
  readonly timestamp?: number;
  /** µs, at least 1; absent when the span has no positive duration. */
  readonly duration?: number;
  readonly localEndpoint: ZipkinEndpoint;
  readonly remoteEndpoint?: ZipkinEndpoint;
  readonly annotations?: { readonly timestamp: number; readonly value: string }[];
  readonly tags: Record<string, string>;
}

const ZIPKIN_KINDS = new Set(['CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER']);

/** The attributes the Zipkin receiver writes for the endpoints (semantic conventions 1.6.1, as the collector). */
const ENDPOINT_ATTRIBUTES = {
  local: { ip: 'net.host.ip', port: 'net.host.port' },
  remote: { service: 'peer.service', ip: 'net.peer.ip', port: 'net.peer.port' },
} as const;

function portOf(v: AttributeValue | undefined): number | undefined {
  let n: number | undefined;
  if (typeof v === 'bigint') n = v >= 1n && v <= 65_535n ? Number(v) : undefined;
  else if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\d{1,5}$/.test(v)) n = Number(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 65_535 ? n : undefined;
}

type MutableEndpoint = { serviceName?: string; ipv4?: string; ipv6?: string; port?: number };

/**
 * An endpoint's ip and port from the span's attributes (zipkinEndpointFromTags), and the attribute
 * keys they came from. Only values an endpoint can hold are taken; anything else stays a tag, so
 * nothing is lost.
 */
function addressOf(attrs: ReadAttributes, ipKey: string, portKey: string, ep: MutableEndpoint): string[] {
  const used: string[] = [];
  const ip = has(attrs, ipKey) ? attrs[ipKey] : undefined;
  if (typeof ip === 'string' && isIP(ip) !== 0) {
    if (isIP(ip) === 6) ep.ipv6 = ip;
    else ep.ipv4 = ip;
    used.push(ipKey);
  }
  const port = has(attrs, portKey) ? portOf(attrs[portKey]) : undefined;
  if (port !== undefined) {
    ep.port = port;
    used.push(portKey);
  }
  return used;
}

/**
 * One span as Zipkin v2 JSON, the inverse of the Zipkin receiver (and of the collector's
 * zipkinv2 ToTranslator):
 * - tags: the span's attributes as strings (arrays and maps as JSON), then the resource's
 *   attributes other than `service.name` (the receiver moves resource tags such as `host.name`
 *   into the resource);
 * - `error`: the status description of a span whose status is ERROR (`"true"` when it has none);
 *   status OK as `otel.status_code=OK`; a description of a span that is not ERROR as
 *   `otel.status_description`;
 * - `span.kind=internal` for an INTERNAL span; `otel.scope.name`/`otel.scope.version`;
 *   `w3c.tracestate`; links as `otlp.link.N` = `traceId|spanId|traceState|{attributes}|dropped`;
 * - `remoteEndpoint` from `peer.service`, `net.peer.ip`, `net.peer.port`; the local endpoint's ip
 *   and port from `net.host.ip`, `net.host.port` (those tags are then left out);
 * - events as annotations: the name, or `name|{attributes}|dropped` when it has attributes;
 * - no `timestamp` for a span sent without one (`otel.zipkin.absentField.startTime`) or starting at 0;
 * - the span's warnings as the tag `tracehouse.warnings`, joined with "\n".
 */
export function toZipkinSpan(s: ReadSpan): ZipkinSpan {
  const attrs = s.attributes;
  const tags: Record<string, string> = {};
  for (const [k, v] of sortedEntries(attrs)) tags[k] = valueString(v);
  const add = (key: string, value: string): void => {
    if (!has(tags, key)) tags[key] = value;
  };

  const local: MutableEndpoint = { serviceName: s.serviceName };
  for (const k of addressOf(attrs, ENDPOINT_ATTRIBUTES.local.ip, ENDPOINT_ATTRIBUTES.local.port, local)) delete tags[k];
  const remote: MutableEndpoint = {};
  const remoteUsed = addressOf(attrs, ENDPOINT_ATTRIBUTES.remote.ip, ENDPOINT_ATTRIBUTES.remote.port, remote);
  const peer = has(attrs, ENDPOINT_ATTRIBUTES.remote.service) ? attrs[ENDPOINT_ATTRIBUTES.remote.service] : undefined;
  if (typeof peer === 'string' && peer !== '') {
    remote.serviceName = peer;
    remoteUsed.push(ENDPOINT_ATTRIBUTES.remote.service);
  }
  // A port alone makes no endpoint (the collector needs a service or an ip), so then it stays a tag.
  const hasRemote = remote.serviceName !== undefined || remote.ipv4 !== undefined || remote.ipv6 !== undefined;
  if (hasRemote) for (const k of remoteUsed) delete tags[k];

  const startAbsent = has(attrs, ZIPKIN_START_TIME_ABSENT) && attrs[ZIPKIN_START_TIME_ABSENT] === true;
  if (startAbsent) delete tags[ZIPKIN_START_TIME_ABSENT];

  if (s.statusCode === 'ERROR') add('error', s.statusMessage || 'true');
  else {
    if (s.statusCode === 'OK') add('otel.status_code', 'OK');
    if (s.statusMessage) add('otel.status_description', s.statusMessage);
  }
  if (s.kind === 'INTERNAL') add('span.kind', 'internal');
  if (s.scopeName) add('otel.scope.name', s.scopeName);
  if (s.scopeVersion) add('otel.scope.version', s.scopeVersion);
  if (s.traceState) add('w3c.tracestate', s.traceState);
  s.links.forEach((l, i) => add(`otlp.link.${i}`, `${l.traceId}|${l.spanId}|${l.traceState ?? ''}|${goJson(l.attributes as AttributeValue)}|${l.droppedAttributesCount ?? 0}`));
  for (const [k, v] of sortedEntries(s.resourceAttributes)) if (k !== 'service.name') add(k, valueString(v));
  const warnings = mergedWarnings(s);
  if (warnings.length > 0) tags[WARNINGS_KEY] = warnings.join('\n');

  const annotations = s.events.map((e) => ({
    timestamp: micros(e.timeUnixNano),
    value: Object.keys(e.attributes).length === 0 && !e.droppedAttributesCount ? e.name : `${e.name}|${goJson(e.attributes as AttributeValue)}|${e.droppedAttributesCount ?? 0}`,
  }));
  return {
    traceId: s.traceId,
    id: s.spanId,
    ...(s.parentSpanId ? { parentId: s.parentSpanId } : {}),
    ...(ZIPKIN_KINDS.has(s.kind) ? { kind: s.kind as ZipkinSpan['kind'] } : {}),
    name: s.spanName,
    ...(startAbsent || s.startTimeUnixNano === 0n ? {} : { timestamp: micros(s.startTimeUnixNano) }),
    ...(s.durationNs > 0n ? { duration: Math.max(1, micros(s.durationNs)) } : {}),
    localEndpoint: local,
    ...(hasRemote ? { remoteEndpoint: remote } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
    tags: sortedTags(tags),
  };
}

function sortedTags(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(sortedEntries(tags));
}
