import { UNKNOWN_SERVICE, bytesToHex } from '@tracehouse/identity';
import { SpanKind, StatusCode, type AnyValue, type ResourceSpans, type ScopeSpans, type Span, type SpanEvent, type SpanLink, type TracesData } from '@tracehouse/otlp';
import Long from 'long';
import { ATTR_WARNING, AttributeMap, nanosLong, strOf } from '../translate';
import type { JaegerBatch, JaegerProcess, JaegerSpan, JaegerTag } from './model';

// Jaeger -> OTLP, rule for rule as opentelemetry-collector-contrib pkg/translator/jaeger
// (jaegerproto_to_traces.go) does it, for Thrift and protobuf alike: one translation per
// direction, so both read back the same. Older upstream versions differed between the two paths
// (binary tags as base64 strings, no scope or trace state for Thrift); the current rules are:
// typed tags keep their type (binary as bytes), the scope comes from otel.scope.* (or the older
// otel.library.*) tags, w3c.tracestate becomes the trace state. On top, ARCHITECTURE.md
// "Identity": a span never references itself (no self-parent, no self-link), with a warning.

const TAG_SPAN_KIND = 'span.kind';
const TAG_ERROR = 'error';
const TAG_STATUS_CODE = 'otel.status_code';
const TAG_STATUS_DESCRIPTION = 'otel.status_description';
const TAG_HTTP_STATUS_CODE = 'http.status_code';
const TAG_HTTP_STATUS_MSG = 'http.status_message';
const TAG_W3C_TRACESTATE = 'w3c.tracestate';
const TAG_LIBRARY_NAME = 'otel.library.name';
const TAG_LIBRARY_VERSION = 'otel.library.version';
const TAG_SCOPE_NAME = 'otel.scope.name';
const TAG_SCOPE_VERSION = 'otel.scope.version';
const EVENT_NAME_FIELD = 'event';
const REF_TYPE_ATTR = 'opentracing.ref_type';
/** The collector's marker for "the OTLP resource had no service name" in data it exported itself. */
const NO_SERVICE_NAME = 'OTLPResourceNoServiceName';

function tagValue(v: JaegerTag['v']): AnyValue {
  switch (v.type) {
    case 'string':
      return { string_value: v.value };
    case 'bool':
      return { bool_value: v.value };
    case 'int64':
      return { int_value: Long.fromString(v.value.toString()) };
    case 'float64':
      return { double_value: v.value };
    case 'binary':
      return { bytes_value: v.value };
    default:
      return { string_value: `<Unknown Jaeger TagType "${v.value}">` };
  }
}

function putTags(tags: JaegerTag[], attrs: AttributeMap): void {
  for (const t of tags) attrs.put(t.key, tagValue(t.v));
}

function resourceAttributes(process: JaegerProcess | undefined): AttributeMap {
  const attrs = new AttributeMap();
  // ARCHITECTURE.md "Identity": a span without a service name gets unknown_service (upstream leaves it out).
  const service = process?.serviceName && process.serviceName !== NO_SERVICE_NAME ? process.serviceName : UNKNOWN_SERVICE;
  attrs.putStr('service.name', service);
  if (process && process.serviceName !== NO_SERVICE_NAME) putTags(process.tags, attrs);
  const hostname = attrs.get('hostname');
  if (hostname && !attrs.has('host.name')) {
    attrs.put('host.name', hostname);
    attrs.remove('hostname');
  }
  const version = attrs.get('jaeger.version');
  if (version && !attrs.has('opencensus.exporterversion')) {
    attrs.putStr('opencensus.exporterversion', `Jaeger-${strOf(version)}`);
    attrs.remove('jaeger.version');
  }
  return attrs;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}


/** Whether a reference points at the span itself. */
function isSelf(span: JaegerSpan, traceId: Uint8Array, spanId: Uint8Array): boolean {
  return sameBytes(spanId, span.spanId) && sameBytes(traceId, span.traceId);
}

/** The parent as Jaeger's Span.ParentSpanID() infers it: explicit (Thrift), else the first same-trace CHILD_OF, else the first same-trace FOLLOWS_FROM. */
function parentSpanId(span: JaegerSpan): Uint8Array | undefined {
  if (span.parentSpanId && span.parentSpanId.some((b) => b !== 0)) return span.parentSpanId;
  let followsFrom: Uint8Array | undefined;
  for (const ref of span.references) {
    if (!sameBytes(ref.traceId, span.traceId)) continue;
    if (ref.refType === 'CHILD_OF') return ref.spanId;
    followsFrom ??= ref.spanId;
  }
  return followsFrom;
}

function spanKind(value: string): SpanKind {
  switch (value) {
    case 'client':
      return SpanKind.SPAN_KIND_CLIENT;
    case 'server':
      return SpanKind.SPAN_KIND_SERVER;
    case 'producer':
      return SpanKind.SPAN_KIND_PRODUCER;
    case 'consumer':
      return SpanKind.SPAN_KIND_CONSUMER;
    case 'internal':
      return SpanKind.SPAN_KIND_INTERNAL;
    default:
      return SpanKind.SPAN_KIND_UNSPECIFIED;
  }
}

function takeStatusDescription(attrs: AttributeMap): string | undefined {
  const v = attrs.get(TAG_STATUS_DESCRIPTION);
  if (v === undefined) return undefined;
  attrs.remove(TAG_STATUS_DESCRIPTION);
  return strOf(v);
}

function httpCode(v: AnyValue): number | undefined {
  if (v.int_value !== undefined && v.int_value !== null) return Number(v.int_value);
  if (typeof v.string_value === 'string' && /^[+-]?\d+$/.test(v.string_value)) return Number(v.string_value);
  return undefined;
}

/** Status from the `error`, `otel.status_code`/`otel.status_description` and `http.status_code` tags (setInternalSpanStatus). */
function setStatus(attrs: AttributeMap, span: Span): void {
  let code: StatusCode = StatusCode.STATUS_CODE_UNSET;
  let message = '';
  let exists = false;
  const error = attrs.get(TAG_ERROR);
  // Only a boolean `error` counts: the error tag is the ultimate truth for Jaeger spans.
  if (error?.bool_value === true) {
    code = StatusCode.STATUS_CODE_ERROR;
    attrs.remove(TAG_ERROR);
    exists = true;
    const description = takeStatusDescription(attrs);
    if (description !== undefined) message = description;
    else if (attrs.has(TAG_HTTP_STATUS_MSG)) message = strOf(attrs.get(TAG_HTTP_STATUS_MSG));
  }
  const statusCode = attrs.get(TAG_STATUS_CODE);
  if (statusCode) {
    if (!exists) {
      exists = true;
      const upper = strOf(statusCode).toUpperCase();
      if (upper === 'OK') code = StatusCode.STATUS_CODE_OK;
      else if (upper === 'ERROR') code = StatusCode.STATUS_CODE_ERROR;
      const description = takeStatusDescription(attrs);
      if (description !== undefined) message = description;
    }
    attrs.remove(TAG_STATUS_CODE);
  } else if (!exists && attrs.has(TAG_HTTP_STATUS_CODE)) {
    const http = httpCode(attrs.get(TAG_HTTP_STATUS_CODE) as AnyValue);
    if (http !== undefined) {
      // 4xx is an error for a client, unset for a server; otherwise 100..398 is unset (sic, upstream's bound).
      let fromHttp: StatusCode;
      if (http >= 400 && http < 500 && span.kind === SpanKind.SPAN_KIND_CLIENT) fromHttp = StatusCode.STATUS_CODE_ERROR;
      else if (http >= 400 && http < 500 && span.kind === SpanKind.SPAN_KIND_SERVER) fromHttp = StatusCode.STATUS_CODE_UNSET;
      else fromHttp = http >= 100 && http < 399 ? StatusCode.STATUS_CODE_UNSET : StatusCode.STATUS_CODE_ERROR;
      if (fromHttp !== StatusCode.STATUS_CODE_UNSET) {
        exists = true;
        code = fromHttp;
      }
      if (attrs.has(TAG_HTTP_STATUS_MSG)) message = strOf(attrs.get(TAG_HTTP_STATUS_MSG));
    }
  }
  if (exists) span.status = { code, message };
}

const MAX_NANOS = 2n ** 64n - 1n;

function toOtlpSpan(j: JaegerSpan): Span {
  const warnings: string[] = [];
  // A time OTLP's unsigned nanoseconds cannot hold (negative, or too large) is kept as 0 with a
  // warning naming the value sent; upstream wraps it into a meaningless time.
  const fix = (nanos: bigint, field: string): bigint => {
    if (nanos >= 0n && nanos <= MAX_NANOS) return nanos;
    warnings.push(`Jaeger span ${bytesToHex(j.spanId)} had ${field} ${nanos} ns, ${nanos < 0n ? 'negative' : 'beyond what OTLP nanoseconds can hold'}: it was kept as 0.`);
    return 0n;
  };
  const start = fix(j.startNanos, 'start time');
  let duration = fix(j.durationNanos, 'duration');
  if (start + duration > MAX_NANOS) {
    warnings.push(`Jaeger span ${bytesToHex(j.spanId)} had start time ${start} ns and duration ${duration} ns, ending beyond what OTLP nanoseconds can hold: the duration was kept as 0.`);
    duration = 0n;
  }
  const span: Span = {
    trace_id: j.traceId,
    span_id: j.spanId,
    name: j.operationName,
    start_time_unix_nano: nanosLong(start),
    end_time_unix_nano: nanosLong(start + duration),
  };
  const selfRefs = j.references.filter((ref) => isSelf(j, ref.traceId, ref.spanId)).length;
  const references = selfRefs > 0 ? j.references.filter((ref) => !isSelf(j, ref.traceId, ref.spanId)) : j.references;
  if (selfRefs > 0) warnings.push(`Jaeger span ${bytesToHex(j.spanId)} referenced itself (${selfRefs} reference${selfRefs > 1 ? 's' : ''}): the self-reference was dropped.`);
  let parent = parentSpanId({ ...j, references });
  if (parent && sameBytes(parent, j.spanId)) {
    // ARCHITECTURE.md "Identity": a span that names itself as its parent has no parent.
    warnings.push(`Jaeger span ${bytesToHex(j.spanId)} named itself as its parent: it was kept without a parent.`);
    parent = undefined;
  }
  if (parent) span.parent_span_id = parent;
  const attrs = new AttributeMap();
  putTags(j.tags, attrs);
  const kind = attrs.get(TAG_SPAN_KIND);
  if (kind) {
    span.kind = spanKind(strOf(kind));
    attrs.remove(TAG_SPAN_KIND);
  }
  setStatus(attrs, span);
  const traceState = attrs.get(TAG_W3C_TRACESTATE);
  if (traceState) {
    span.trace_state = strOf(traceState);
    attrs.remove(TAG_W3C_TRACESTATE);
  }
  span.events = j.logs.map((log) => {
    const event: SpanEvent = { time_unix_nano: nanosLong(fix(log.timestampNanos, 'log time')) };
    const fields = new AttributeMap();
    putTags(log.fields, fields);
    const name = fields.get(EVENT_NAME_FIELD);
    if (name) {
      event.name = strOf(name);
      fields.remove(EVENT_NAME_FIELD);
    }
    event.attributes = fields.toKeyValues();
    return event;
  });
  // Last, once every repair is known. The normalizer moves this attribute into RawSpan.warnings.
  if (warnings.length === 1) attrs.putStr(ATTR_WARNING, warnings[0]);
  else if (warnings.length > 1) attrs.put(ATTR_WARNING, { array_value: { values: warnings.map((w) => ({ string_value: w })) } });
  span.attributes = attrs.toKeyValues();
  const excluded = parent ?? new Uint8Array(8);
  // A FOLLOWS_FROM to the parent stays a link (upstream does the same; the Jaeger output folds it
  // back into the parent reference), never a second parent: OTLP has one parent field.
  span.links = references
    .filter((ref) => !(ref.refType === 'CHILD_OF' && sameBytes(ref.spanId, excluded)))
    .map((ref): SpanLink => ({
      trace_id: ref.traceId,
      span_id: ref.spanId,
      attributes: [{ key: REF_TYPE_ATTR, value: { string_value: ref.refType === 'CHILD_OF' ? 'child_of' : 'follows_from' } }],
    }));
  return span;
}

/** A stable key for a process, so spans of equal processes share one resource (the collector hashes them). */
function processKey(p: JaegerProcess | undefined): string {
  if (!p) return '';
  return JSON.stringify([p.serviceName, p.tags.map((t) => [t.key, t.v.type, t.v.value instanceof Uint8Array ? Buffer.from(t.v.value).toString('base64') : String(t.v.value)])]);
}

/** Scope of a span from its otel.scope.* (or older otel.library.*) tags, which are removed from the span (getScope). */
function takeScope(span: JaegerSpan): { name: string; version: string } {
  const take = (key: string): string | undefined => {
    const i = span.tags.findIndex((t) => t.key === key);
    if (i < 0) return undefined;
    const [tag] = span.tags.splice(i, 1);
    return tag.v.type === 'string' ? tag.v.value : '';
  };
  const scopeName = take(TAG_SCOPE_NAME);
  if (scopeName !== undefined) return { name: scopeName, version: take(TAG_SCOPE_VERSION) ?? '' };
  const name = take(TAG_LIBRARY_NAME);
  if (name === undefined) return { name: '', version: '' };
  return { name, version: take(TAG_LIBRARY_VERSION) ?? '' };
}

/**
 * Translates Jaeger batches (read by the Thrift or protobuf decoder) into OTLP `TracesData`, the
 * way the OpenTelemetry Collector's Jaeger translator does: spans grouped by their process (a
 * span's own process wins over its batch's), then by scope.
 */
export function jaegerToTracesData(batches: JaegerBatch[]): TracesData {
  const resourceSpans: ResourceSpans[] = [];
  const groups = new Map<string, JaegerBatch>();
  const groupFor = (p: JaegerProcess | undefined): JaegerBatch => {
    const key = processKey(p);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { process: p, spans: [] }));
    return g;
  };
  for (const batch of batches) {
    const own = groupFor(batch.process);
    for (const span of batch.spans) (span.process ? groupFor(span.process) : own).spans.push(span);
  }
  for (const g of groups.values()) {
    if (!g.process && g.spans.length === 0) continue;
    const rs: ResourceSpans = { resource: { attributes: resourceAttributes(g.process).toKeyValues() }, scope_spans: [] };
    const byScope = new Map<string, ScopeSpans>();
    for (const span of g.spans) {
      const scope = takeScope(span);
      const key = JSON.stringify([scope.name, scope.version]);
      let ss = byScope.get(key);
      if (!ss) {
        // An empty scope is left out rather than written as name "" (the same thing in OTLP).
        ss = scope.name || scope.version ? { scope: { name: scope.name, version: scope.version }, spans: [] } : { spans: [] };
        byScope.set(key, ss);
        rs.scope_spans?.push(ss);
      }
      ss.spans?.push(toOtlpSpan(span));
    }
    resourceSpans.push(rs);
  }
  return { resource_spans: resourceSpans };
}
