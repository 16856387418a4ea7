// Mapping stored spans to the JSON shapes of the APIs the query service imitates:
// - Jaeger's UI model (jaeger model/json: Trace, Span, KeyValue, Log, Reference, Process), with
//   times and durations in microseconds and span-level facts as the tags Jaeger's OTLP translator
//   writes (span.kind, otel.status_code, error, otel.scope.name, w3c.tracestate);
// - OTLP/JSON `TracesData` for Jaeger's api_v3 (via @tracehouse/otlp);
// - Zipkin v2 spans (zipkin2-api.yaml: Span, Endpoint, Annotation), times and durations in µs.
// Attributes are stored as strings (the views keep Map(String, String)), so every tag is a string
// except the ones derived here.
import Long from 'long';
import { hexToBytes, tracesDataToOtlpJson, type KeyValue, type OtlpJson, type ResourceSpans, type Span as OtlpSpan } from '@tracehouse/otlp';
import type { ReadSpan, ReadTraceSummary } from './ports';

/** A Jaeger tag or log field. */
export interface JaegerKeyValue {
  readonly key: string;
  readonly type: 'string' | 'bool' | 'int64' | 'float64' | 'binary';
  readonly value: string | boolean | number;
}

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
const sortedEntries = (m: Readonly<Record<string, string>>): [string, string][] => Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Jaeger/OpenTracing `span.kind` values; INTERNAL and UNSPECIFIED get none in Zipkin, `internal` in Jaeger. */
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

function traceWarnings(summary: ReadTraceSummary | undefined): string[] | null {
  if (!summary?.truncated) return null;
  return [`the trace reached the per-trace span limit; ${summary.overflowSpanCount} later spans arrived as fragments and are included where stored`];
}

/** One trace in Jaeger's UI JSON. Processes are numbered p1, p2, ... in order of first use. */
export function toJaegerTrace(trace: StoredTrace): JaegerTrace {
  const processes: Record<string, JaegerProcess> = {};
  const processIds = new Map<string, string>();
  const spans = trace.spans.map((s): JaegerSpan => {
    const resource = sortedEntries(s.resourceAttributes).filter(([k]) => k !== 'service.name');
    const processKey = JSON.stringify([s.serviceName, resource]);
    let processID = processIds.get(processKey);
    if (processID === undefined) {
      processID = `p${processIds.size + 1}`;
      processIds.set(processKey, processID);
      processes[processID] = { serviceName: s.serviceName, tags: resource.map(([k, v]) => str(k, v)) };
    }
    const references: JaegerReference[] = [];
    if (s.parentSpanId) references.push({ refType: 'CHILD_OF', traceID: s.traceId, spanID: s.parentSpanId });
    for (const l of s.links) references.push({ refType: 'FOLLOWS_FROM', traceID: l.traceId, spanID: l.spanId });
    const tags: JaegerKeyValue[] = sortedEntries(s.attributes).map(([k, v]) => str(k, v));
    const kind = JAEGER_KIND[s.kind];
    if (kind) tags.push(str('span.kind', kind));
    if (s.statusCode === 'ERROR' || s.statusCode === 'OK') tags.push(str('otel.status_code', s.statusCode));
    if (s.statusMessage) tags.push(str('otel.status_description', s.statusMessage));
    if (s.isError) tags.push({ key: 'error', type: 'bool', value: true });
    if (s.scopeName) tags.push(str('otel.scope.name', s.scopeName));
    if (s.scopeVersion) tags.push(str('otel.scope.version', s.scopeVersion));
    if (s.traceState) tags.push(str('w3c.tracestate', s.traceState));
    return {
      traceID: s.traceId,
      spanID: s.spanId,
      operationName: s.spanName,
      references,
      startTime: micros(s.startTimeUnixNano),
      duration: micros(s.durationNs),
      tags,
      logs: s.events.map((e) => ({ timestamp: micros(e.timeUnixNano), fields: [str('event', e.name), ...sortedEntries(e.attributes).map(([k, v]) => str(k, v))] })),
      processID,
      warnings: null,
    };
  });
  return { traceID: trace.spans[0]?.traceId ?? trace.summary?.traceId ?? '', spans, processes, warnings: traceWarnings(trace.summary) };
}

const OTLP_KIND: Record<string, number> = { UNSPECIFIED: 0, INTERNAL: 1, SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 };
const OTLP_STATUS: Record<string, number> = { UNSET: 0, OK: 1, ERROR: 2 };
const attrs = (m: Readonly<Record<string, string>>): KeyValue[] => sortedEntries(m).map(([key, v]) => ({ key, value: { string_value: v } }));
const nanos = (ns: bigint): Long => Long.fromString(ns.toString(), true);

/**
 * Spans as OTLP/JSON `TracesData` (what Jaeger's api_v3 answers under `result`): one ResourceSpans
 * per (service, resource attributes), one ScopeSpans per instrumentation scope. The resource's
 * `service.name` is the span's effective service, the one searches match.
 */
export function toOtlpJson(spans: readonly ReadSpan[]): OtlpJson {
  const resources = new Map<string, { rs: ResourceSpans; scopes: Map<string, OtlpSpan[]> }>();
  for (const s of spans) {
    const resourceAttrs = { ...s.resourceAttributes, 'service.name': s.serviceName };
    const rKey = JSON.stringify(sortedEntries(resourceAttrs));
    let r = resources.get(rKey);
    if (!r) {
      r = { rs: { resource: { attributes: attrs(resourceAttrs) }, scope_spans: [] }, scopes: new Map() };
      resources.set(rKey, r);
    }
    const sKey = JSON.stringify([s.scopeName, s.scopeVersion]);
    let list = r.scopes.get(sKey);
    if (!list) {
      list = [];
      r.scopes.set(sKey, list);
      r.rs.scope_spans?.push({ scope: { name: s.scopeName, version: s.scopeVersion }, spans: list });
    }
    list.push({
      trace_id: hexToBytes(s.traceId),
      span_id: hexToBytes(s.spanId),
      parent_span_id: s.parentSpanId ? hexToBytes(s.parentSpanId) : undefined,
      trace_state: s.traceState || undefined,
      name: s.spanName,
      kind: OTLP_KIND[s.kind] ?? 0,
      start_time_unix_nano: nanos(s.startTimeUnixNano),
      end_time_unix_nano: nanos(s.endTimeUnixNano),
      attributes: attrs(s.attributes),
      events: s.events.map((e) => ({ time_unix_nano: nanos(e.timeUnixNano), name: e.name, attributes: attrs(e.attributes) })),
      links: s.links.map((l) => ({ trace_id: hexToBytes(l.traceId), span_id: hexToBytes(l.spanId), attributes: attrs(l.attributes) })),
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
  /** µs since the epoch. */
  readonly timestamp: number;
  /** µs, at least 1. */
  readonly duration: number;
  readonly localEndpoint: ZipkinEndpoint;
  readonly remoteEndpoint?: ZipkinEndpoint;
  readonly annotations?: { readonly timestamp: number; readonly value: string }[];
  readonly tags: Record<string, string>;
}

const ZIPKIN_KINDS = new Set(['CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER']);

function remoteEndpoint(s: ReadSpan): ZipkinEndpoint | undefined {
  const ep: { serviceName?: string; ipv4?: string; ipv6?: string; port?: number } = {};
  if (s.peerService) ep.serviceName = s.peerService;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s.peerAddress)) ep.ipv4 = s.peerAddress;
  else if (s.peerAddress.includes(':')) ep.ipv6 = s.peerAddress;
  if (s.peerPort > 0) ep.port = s.peerPort;
  return Object.keys(ep).length > 0 ? ep : undefined;
}

/** One span as Zipkin v2 JSON; an error span carries the `error` tag (its status message, or `true`). */
export function toZipkinSpan(s: ReadSpan): ZipkinSpan {
  const tags: Record<string, string> = Object.fromEntries(sortedEntries(s.attributes));
  if (s.statusCode === 'ERROR' || s.statusCode === 'OK') tags['otel.status_code'] = s.statusCode;
  if (s.isError) tags.error = s.statusMessage || 'true';
  if (s.scopeName) tags['otel.scope.name'] = s.scopeName;
  if (s.scopeVersion) tags['otel.scope.version'] = s.scopeVersion;
  const annotations = s.events.map((e) => ({
    timestamp: micros(e.timeUnixNano),
    value: Object.keys(e.attributes).length === 0 ? e.name : `${e.name} ${JSON.stringify(Object.fromEntries(sortedEntries(e.attributes)))}`,
  }));
  const remote = remoteEndpoint(s);
  return {
    traceId: s.traceId,
    id: s.spanId,
    ...(s.parentSpanId ? { parentId: s.parentSpanId } : {}),
    ...(ZIPKIN_KINDS.has(s.kind) ? { kind: s.kind as ZipkinSpan['kind'] } : {}),
    name: s.spanName,
    timestamp: micros(s.startTimeUnixNano),
    duration: Math.max(1, micros(s.durationNs)),
    localEndpoint: { serviceName: s.serviceName },
    ...(remote ? { remoteEndpoint: remote } : {}),
    ...(annotations.length > 0 ? { annotations } : {}),
    tags,
  };
}
