// Zipkin v2 span decoders: JSON per https://zipkin.io/zipkin-api/zipkin2-api.yaml (ListOfSpans)
// and proto3 per openzipkin/zipkin-api zipkin.proto (zipkin.proto3.ListOfSpans; see zipkin.proto
// here). Both become OTLP TracesData the way the OpenTelemetry Collector's Zipkin translator
// (opentelemetry-collector-contrib pkg/translator/zipkin/zipkinv2 to_translator.go) does it, plus
// the tracehouse rules of ARCHITECTURE.md "Identity" (short ids padded, `unknown_service`, shared
// server spans and unshared halves re-identified, parts of a span merged: see identity.ts).
import { join } from 'node:path';
import Long from 'long';
import * as protobuf from 'protobufjs';
import { UNKNOWN_SERVICE, bytesToHex } from '@tracehouse/identity';
import { SpanKind, StatusCode, type InstrumentationScope, type ResourceSpans, type ScopeSpans, type Span, type SpanEvent, type SpanLink, type TracesData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { ATTR_WARNING, AttributeMap, describe, idFromBytes, idFromHex, microsToNanos } from '../translate';
import { resolveZipkinIdentity, type ZipkinIdentityResult } from './identity';
import type { ZipkinEndpoint, ZipkinSpan } from './model';

/** Options of the Zipkin decoders. */
export interface ZipkinDecodeOptions {
  /**
   * Turn tag values that look like numbers or booleans into typed attributes, as the collector's
   * `parse_string_tags` receiver option does. Default false (every tag stays a string).
   */
  parseStringTags?: boolean;
  /** Told once per request what the identity rules repaired (parts merged, halves re-identified), for the collector's counters. */
  onRepairs?: (repairs: ZipkinIdentityResult['repairs']) => void;
}

// ---- JSON ----

/** @internal shared with the Zipkin v1 decoder (v1.ts). */
export function jsonObject(value: unknown, path: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ReceiverDecodeError(`${path}: expected an object, got ${describe(value)}.`);
  return value as Record<string, unknown>;
}

/** @internal shared with the Zipkin v1 decoder (v1.ts). */
export function jsonString(value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new ReceiverDecodeError(`${path}: expected a string, got ${describe(value)}.`);
  return value;
}

/** @internal shared with the Zipkin v1 decoder (v1.ts). */
export function jsonMicros(value: unknown, path: string): bigint {
  if (value === undefined || value === null) return 0n;
  // Negative and oversized integers are read here and repaired per span (see `carriedTimes`)
  // rather than refusing the whole request for one span's clock.
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  // Some senders quote 64-bit numbers; the value is still unambiguous.
  if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) return BigInt(value);
  throw new ReceiverDecodeError(`${path}: expected epoch microseconds (an integer), got ${describe(value)}.`);
}

/** The largest count of microseconds whose nanoseconds fit OTLP's fixed64 times. */
const MAX_MICROS = (2n ** 64n - 1n) / 1000n;

/**
 * A span whose times OTLP can carry: a negative timestamp, duration or annotation time becomes
 * absent (0), as zipkin2's Span.Builder does with a negative value, and so does one too large for
 * OTLP's unsigned nanoseconds; each repair is a warning on the span naming the value as sent.
 */
/** @internal shared with the Zipkin v1 decoder (v1.ts). */
export function carriedTimes(s: ZipkinSpan, path: string): ZipkinSpan {
  const warnings: string[] = [];
  const fix = (value: bigint, field: string): bigint => {
    if (value >= 0n && value <= MAX_MICROS) return value;
    warnings.push(`Zipkin span ${bytesToHex(s.id)} (${path}) had ${field} ${value}, ${value < 0n ? 'negative' : 'beyond what OTLP nanoseconds can hold'}: it was kept as absent (0).`);
    return 0n;
  };
  const timestamp = fix(s.timestamp, 'timestamp');
  let duration = fix(s.duration, 'duration');
  if (timestamp + duration > MAX_MICROS) {
    warnings.push(`Zipkin span ${bytesToHex(s.id)} (${path}) had timestamp ${timestamp} and duration ${duration}, ending beyond what OTLP nanoseconds can hold: the duration was kept as absent (0).`);
    duration = 0n;
  }
  const annotations = s.annotations.map((a, i) => ({ ...a, timestamp: fix(a.timestamp, `annotations[${i}].timestamp`) }));
  return warnings.length === 0 ? s : { ...s, timestamp, duration, annotations, warnings };
}

/** @internal shared with the Zipkin v1 decoder (v1.ts). */
export function jsonEndpoint(value: unknown, path: string): ZipkinEndpoint | undefined {
  const obj = jsonObject(value, path);
  if (!obj) return undefined;
  const port = obj.port;
  if (port !== undefined && port !== null && (typeof port !== 'number' || !Number.isInteger(port))) {
    throw new ReceiverDecodeError(`${path}.port: expected an integer, got ${describe(port)}.`);
  }
  return {
    serviceName: jsonString(obj.serviceName, `${path}.serviceName`),
    ipv4: jsonString(obj.ipv4, `${path}.ipv4`) || undefined,
    ipv6: jsonString(obj.ipv6, `${path}.ipv6`) || undefined,
    port: typeof port === 'number' ? port : 0,
  };
}

function jsonSpan(value: unknown, i: number): ZipkinSpan {
  const path = `span[${i}]`;
  const obj = jsonObject(value, path);
  if (!obj) throw new ReceiverDecodeError(`${path}: expected a span object, got ${describe(value)}.`);
  if (obj.traceId === undefined || obj.traceId === null) throw new ReceiverDecodeError(`${path}.traceId: is required.`, { problem: 'invalid_id' });
  if (obj.id === undefined || obj.id === null) throw new ReceiverDecodeError(`${path}.id: is required.`, { problem: 'invalid_id' });
  const traceId = idFromHex(obj.traceId, 16, `${path}.traceId`);
  const id = idFromHex(obj.id, 8, `${path}.id`);
  let parentId: Uint8Array | undefined;
  // An empty or all-zero parentId is how some tracers say "root"; it is not an error.
  if (typeof obj.parentId === 'string' && obj.parentId !== '' && !/^0+$/.test(obj.parentId)) parentId = idFromHex(obj.parentId, 8, `${path}.parentId`);
  else if (obj.parentId !== undefined && obj.parentId !== null && typeof obj.parentId !== 'string') idFromHex(obj.parentId, 8, `${path}.parentId`);
  const tags = new Map<string, string>();
  const tagObj = jsonObject(obj.tags, `${path}.tags`);
  for (const [k, v] of Object.entries(tagObj ?? {})) {
    // The API says tag values are strings; numbers and booleans are unambiguous, so take their text.
    if (typeof v === 'string') tags.set(k, v);
    else if (typeof v === 'number' || typeof v === 'boolean') tags.set(k, String(v));
    else throw new ReceiverDecodeError(`${path}.tags.${k}: expected a string, got ${describe(v)}.`);
  }
  const annotations = obj.annotations ?? [];
  if (!Array.isArray(annotations)) throw new ReceiverDecodeError(`${path}.annotations: expected an array, got ${describe(annotations)}.`);
  return {
    traceId,
    id,
    parentId,
    kind: jsonString(obj.kind, `${path}.kind`).toUpperCase(),
    name: jsonString(obj.name, `${path}.name`),
    timestamp: jsonMicros(obj.timestamp, `${path}.timestamp`),
    duration: jsonMicros(obj.duration, `${path}.duration`),
    localEndpoint: jsonEndpoint(obj.localEndpoint, `${path}.localEndpoint`),
    remoteEndpoint: jsonEndpoint(obj.remoteEndpoint, `${path}.remoteEndpoint`),
    annotations: annotations.map((a, j) => {
      const ap = `${path}.annotations[${j}]`;
      const ao = jsonObject(a, ap) ?? {};
      return { timestamp: jsonMicros(ao.timestamp, `${ap}.timestamp`), value: jsonString(ao.value, `${ap}.value`) };
    }),
    tags,
    shared: obj.shared === true,
  };
}

/**
 * Translates a parsed Zipkin v2 JSON body (a ListOfSpans array) into OTLP `TracesData`.
 * @throws {ReceiverDecodeError} for a body that is not an array of spans, a missing or invalid
 *   trace id or span id, or a value of the wrong type, naming the span and field.
 */
export function zipkinJsonToTracesData(json: unknown, options: ZipkinDecodeOptions = {}): TracesData {
  if (!Array.isArray(json)) throw new ReceiverDecodeError(`Zipkin v2 JSON: expected an array of spans, got ${describe(json)}.`);
  return translate(json.map((s, i) => carriedTimes(jsonSpan(s, i), `span[${i}]`)), options);
}

/**
 * Decodes a Zipkin v2 JSON request body (`Content-Type: application/json`) into OTLP `TracesData`.
 * @throws {ReceiverDecodeError} when the body is not JSON or not a valid ListOfSpans.
 */
export function decodeZipkinJson(body: Uint8Array | string, options: ZipkinDecodeOptions = {}): TracesData {
  let json: unknown;
  try {
    json = JSON.parse(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch (err) {
    throw new ReceiverDecodeError(`Zipkin v2 JSON: the body is not valid JSON (${err instanceof Error ? err.message : String(err)}).`, { cause: err });
  }
  return zipkinJsonToTracesData(json, options);
}

// ---- proto3 ----

interface Proto3Endpoint {
  service_name?: string;
  ipv4?: Uint8Array;
  ipv6?: Uint8Array;
  port?: number;
}
interface Proto3Span {
  trace_id?: Uint8Array;
  parent_id?: Uint8Array;
  id?: Uint8Array;
  kind?: string;
  name?: string;
  timestamp?: string;
  duration?: string;
  local_endpoint?: Proto3Endpoint;
  remote_endpoint?: Proto3Endpoint;
  annotations?: { timestamp?: string; value?: string }[];
  tags?: Record<string, string>;
  shared?: boolean;
}

let listOfSpans: protobuf.Type | undefined;
function listOfSpansType(): protobuf.Type {
  // Loaded once, lazily: the .proto sits beside this file in the sources and in dist/ (the build copies it).
  listOfSpans ??= new protobuf.Root().loadSync(join(__dirname, 'zipkin.proto'), { keepCase: true }).lookupType('zipkin.proto3.ListOfSpans');
  return listOfSpans;
}

function ipv4Text(bytes: Uint8Array | undefined, path: string): string | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  if (bytes.length !== 4) throw new ReceiverDecodeError(`${path}: has ${bytes.length} bytes, expected 4.`);
  return Array.from(bytes).join('.');
}

/** IPv6 text as Go's net.IP.String() writes it (RFC 5952; IPv4-mapped addresses as dotted IPv4). */
export function ipv6Text(bytes: Uint8Array | undefined, path = 'ipv6'): string | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  if (bytes.length !== 16) throw new ReceiverDecodeError(`${path}: has ${bytes.length} bytes, expected 16.`);
  if (bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return Array.from(bytes.subarray(12)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

function protoEndpoint(e: Proto3Endpoint | undefined, path: string): ZipkinEndpoint | undefined {
  if (!e) return undefined;
  return { serviceName: e.service_name ?? '', ipv4: ipv4Text(e.ipv4, `${path}.ipv4`), ipv6: ipv6Text(e.ipv6, `${path}.ipv6`), port: e.port ?? 0 };
}

function protoSpan(s: Proto3Span, i: number): ZipkinSpan {
  const path = `span[${i}]`;
  const parent = s.parent_id && s.parent_id.length > 0 && s.parent_id.some((b) => b !== 0) ? idFromBytes(s.parent_id, 8, `${path}.parent_id`) : undefined;
  return {
    traceId: idFromBytes(s.trace_id, 16, `${path}.trace_id`),
    id: idFromBytes(s.id, 8, `${path}.id`),
    parentId: parent,
    kind: s.kind === 'SPAN_KIND_UNSPECIFIED' ? '' : (s.kind ?? ''),
    name: s.name ?? '',
    timestamp: BigInt(s.timestamp ?? '0'),
    duration: BigInt(s.duration ?? '0'),
    localEndpoint: protoEndpoint(s.local_endpoint, `${path}.local_endpoint`),
    remoteEndpoint: protoEndpoint(s.remote_endpoint, `${path}.remote_endpoint`),
    annotations: (s.annotations ?? []).map((a) => ({ timestamp: BigInt(a.timestamp ?? '0'), value: a.value ?? '' })),
    tags: new Map(Object.entries(s.tags ?? {})),
    shared: s.shared === true,
  };
}

/**
 * Decodes a Zipkin proto3 request body (`Content-Type: application/x-protobuf`,
 * `zipkin.proto3.ListOfSpans`) into OTLP `TracesData`.
 * @throws {ReceiverDecodeError} for bytes that are not a ListOfSpans or spans with invalid ids.
 */
export function decodeZipkinProto3(body: Uint8Array, options: ZipkinDecodeOptions = {}): TracesData {
  const type = listOfSpansType();
  let decoded: { spans?: Proto3Span[] };
  try {
    decoded = type.toObject(type.decode(body), { longs: String, enums: String, arrays: true }) as { spans?: Proto3Span[] };
  } catch (err) {
    throw new ReceiverDecodeError(`Zipkin proto3: the ${body.length} bytes are not a zipkin.proto3.ListOfSpans (${err instanceof Error ? err.message : String(err)}).`, { cause: err });
  }
  return translate((decoded.spans ?? []).map((s, i) => carriedTimes(protoSpan(s, i), `span[${i}]`)), options);
}

// ---- translation (mirrors zipkinv2 ToTranslator) ----

const TAG_SERVICE_NAME_SOURCE = 'otlp.service.name.source';
const TAG_LIBRARY_NAME = 'otel.library.name';
const TAG_LIBRARY_VERSION = 'otel.library.version';
// Newer OpenTelemetry SDKs write the scope under these names; accept both.
const TAG_SCOPE_NAME = 'otel.scope.name';
const TAG_SCOPE_VERSION = 'otel.scope.version';
const TAG_STATUS_CODE = 'otel.status_code';
const TAG_STATUS_DESCRIPTION = 'otel.status_description';
const TAG_ERROR = 'error';
const TAG_SPAN_KIND = 'span.kind';
const TAG_W3C_TRACESTATE = 'w3c.tracestate';
const ATTR_START_TIME_ABSENT = 'otel.zipkin.absentField.startTime';

/**
 * Tags that describe the resource, not the span (semantic conventions v1.6.1 resource attributes
 * plus the collector's extra keys): the translator moves them from a service's first span to its
 * resource and leaves them off every span.
 */
const RESOURCE_TAGS = new Set<string>([
  TAG_SERVICE_NAME_SOURCE, TAG_LIBRARY_NAME, TAG_LIBRARY_VERSION, TAG_SCOPE_NAME, TAG_SCOPE_VERSION,
  'opencensus.starttime', 'opencensus.exporterversion', 'opencensus.resourcetype',
  'cloud.provider', 'cloud.account.id', 'cloud.region', 'cloud.availability_zone', 'cloud.platform',
  'aws.ecs.container.arn', 'aws.ecs.cluster.arn', 'aws.ecs.launchtype', 'aws.ecs.task.arn', 'aws.ecs.task.family', 'aws.ecs.task.revision',
  'aws.eks.cluster.arn', 'aws.log.group.names', 'aws.log.group.arns', 'aws.log.stream.names', 'aws.log.stream.arns',
  'container.name', 'container.id', 'container.runtime', 'container.image.name', 'container.image.tag',
  'deployment.environment', 'device.id', 'device.model.identifier', 'device.model.name',
  'faas.name', 'faas.id', 'faas.version', 'faas.instance', 'faas.max_memory',
  'host.id', 'host.name', 'host.type', 'host.arch', 'host.image.name', 'host.image.id', 'host.image.version',
  'k8s.cluster.name', 'k8s.node.name', 'k8s.node.uid', 'k8s.namespace.name', 'k8s.pod.uid', 'k8s.pod.name',
  'k8s.container.name', 'k8s.container.restart_count', 'k8s.replicaset.uid', 'k8s.replicaset.name',
  'k8s.deployment.uid', 'k8s.deployment.name', 'k8s.statefulset.uid', 'k8s.statefulset.name',
  'k8s.daemonset.uid', 'k8s.daemonset.name', 'k8s.job.uid', 'k8s.job.name', 'k8s.cronjob.uid', 'k8s.cronjob.name',
  'os.type', 'os.description', 'os.name', 'os.version',
  'process.pid', 'process.executable.name', 'process.executable.path', 'process.command', 'process.command_line',
  'process.command_args', 'process.owner', 'process.runtime.name', 'process.runtime.version', 'process.runtime.description',
  'service.name', 'service.namespace', 'service.instance.id', 'service.version',
  'telemetry.sdk.name', 'telemetry.sdk.language', 'telemetry.sdk.version', 'telemetry.auto.version',
  'webengine.name', 'webengine.version', 'webengine.description',
]);
const SCOPE_TAGS = new Set([TAG_LIBRARY_NAME, TAG_LIBRARY_VERSION, TAG_SCOPE_NAME, TAG_SCOPE_VERSION]);

function localServiceName(s: ZipkinSpan): string {
  return s.localEndpoint?.serviceName || UNKNOWN_SERVICE;
}

function libraryName(s: ZipkinSpan): string {
  return s.tags.get(TAG_LIBRARY_NAME) ?? s.tags.get(TAG_SCOPE_NAME) ?? '';
}

/**
 * Translates decoded Zipkin spans (v2 model; Zipkin v1 spans are converted to it first) into OTLP
 * `TracesData`, applying the identity rules.
 */
export function zipkinSpansToTracesData(decoded: ZipkinSpan[], options: ZipkinDecodeOptions): TracesData {
  return translate(decoded, options);
}

function translate(decoded: ZipkinSpan[], options: ZipkinDecodeOptions): TracesData {
  // ARCHITECTURE.md "Identity": parts of one span merged, halves sharing one id kept apart.
  const { spans, repairs } = resolveZipkinIdentity(decoded);
  if (options.onRepairs && Object.keys(repairs).length > 0) options.onRepairs(repairs);
  // Group by local service, then by instrumentation library, as the collector does; the sort is
  // stable here (Go's is not), so spans keep the sender's order within a group.
  const sorted = spans
    .map((s, i) => ({ s, i }))
    .sort((a, b) => compare(localServiceName(a.s), localServiceName(b.s)) || compare(libraryName(a.s), libraryName(b.s)) || a.i - b.i)
    .map((x) => x.s);
  const resourceSpans: ResourceSpans[] = [];
  let prevService: string | undefined;
  let prevLibrary: string | undefined;
  let currentScope: ScopeSpans | undefined;
  for (const z of sorted) {
    const tags = new Map(z.tags);
    const service = localServiceName(z);
    if (service !== prevService) {
      prevService = service;
      prevLibrary = undefined;
      resourceSpans.push({ resource: { attributes: resourceAttributes(tags, service).toKeyValues() }, scope_spans: [] });
    }
    const library = libraryName(z);
    if (library !== prevLibrary) {
      prevLibrary = library;
      currentScope = { scope: scopeFromTags(tags, library), spans: [] };
      resourceSpans[resourceSpans.length - 1].scope_spans?.push(currentScope);
    }
    currentScope?.spans?.push(toOtlpSpan(z, tags, options));
  }
  return { resource_spans: resourceSpans };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resourceAttributes(tags: Map<string, string>, service: string): AttributeMap {
  const attrs = new AttributeMap();
  const source = tags.get(TAG_SERVICE_NAME_SOURCE);
  attrs.putStr(source || 'service.name', service);
  tags.delete(TAG_SERVICE_NAME_SOURCE);
  for (const [key, value] of tags) {
    if (RESOURCE_TAGS.has(key) && !SCOPE_TAGS.has(key)) {
      attrs.putStr(key, value);
      tags.delete(key);
    }
  }
  return attrs;
}

function scopeFromTags(tags: Map<string, string>, library: string): InstrumentationScope | undefined {
  if (library === '') return undefined;
  const scope: InstrumentationScope = { name: library };
  const version = tags.get(TAG_LIBRARY_VERSION) ?? tags.get(TAG_SCOPE_VERSION);
  if (version !== undefined) scope.version = version;
  for (const key of SCOPE_TAGS) tags.delete(key);
  return scope;
}

const KINDS: Record<string, SpanKind> = {
  CLIENT: SpanKind.SPAN_KIND_CLIENT,
  SERVER: SpanKind.SPAN_KIND_SERVER,
  PRODUCER: SpanKind.SPAN_KIND_PRODUCER,
  CONSUMER: SpanKind.SPAN_KIND_CONSUMER,
};

const STATUS_CODES: Record<string, StatusCode> = {
  STATUS_CODE_UNSET: StatusCode.STATUS_CODE_UNSET,
  STATUS_CODE_OK: StatusCode.STATUS_CODE_OK,
  STATUS_CODE_ERROR: StatusCode.STATUS_CODE_ERROR,
  // OpenTelemetry's Zipkin exporters write the short names; unknown names stay UNSET as upstream.
  UNSET: StatusCode.STATUS_CODE_UNSET,
  OK: StatusCode.STATUS_CODE_OK,
  ERROR: StatusCode.STATUS_CODE_ERROR,
};

function toOtlpSpan(z: ZipkinSpan, tags: Map<string, string>, options: ZipkinDecodeOptions): Span {
  const span: Span = { trace_id: z.traceId, span_id: z.id, name: z.name };
  const warnings = [...(z.warnings ?? [])];
  if (z.parentId && !Buffer.from(z.parentId).equals(Buffer.from(z.id))) span.parent_span_id = z.parentId;
  else if (z.parentId) warnings.push(`Zipkin span ${bytesToHex(z.id)} named itself as its parent: it was kept without a parent.`);
  const traceState = tags.get(TAG_W3C_TRACESTATE);
  if (traceState !== undefined) {
    span.trace_state = traceState;
    tags.delete(TAG_W3C_TRACESTATE);
  }

  span.kind = KINDS[z.kind] ?? SpanKind.SPAN_KIND_UNSPECIFIED;
  if (KINDS[z.kind] === undefined && tags.has(TAG_SPAN_KIND)) {
    if (tags.get(TAG_SPAN_KIND) === 'internal') span.kind = SpanKind.SPAN_KIND_INTERNAL;
    tags.delete(TAG_SPAN_KIND);
  }

  const statusCode = tags.get(TAG_STATUS_CODE);
  if (statusCode !== undefined) {
    span.status = { code: STATUS_CODES[statusCode.toUpperCase()] ?? StatusCode.STATUS_CODE_UNSET };
    tags.delete(TAG_STATUS_CODE);
    const description = tags.get(TAG_STATUS_DESCRIPTION);
    if (description !== undefined) {
      span.status.message = description;
      tags.delete(TAG_STATUS_DESCRIPTION);
    }
  }
  // Any `error` tag marks the span ERROR (Zipkin treats every span with an `error` tag as failed).
  // Its value, unless it is just "true", is the failure's message: it becomes the status
  // description, where every read API finds it (Jaeger `otel.status_description`, api_v3
  // `status.message`, and Zipkin's `error` tag again on the way out), instead of a second `error`
  // key beside Jaeger's boolean one. Upstream (contrib #24547) keeps it as an attribute instead,
  // which leaves the Jaeger UI a string `error` tag it does not mark as failed.
  const error = tags.get(TAG_ERROR);
  if (error !== undefined) {
    span.status = { ...span.status, code: StatusCode.STATUS_CODE_ERROR };
    if (error !== 'true' && error !== '' && !span.status.message) span.status.message = error;
    tags.delete(TAG_ERROR);
  }

  span.links = linksFromTags(tags);

  const attrs = new AttributeMap();
  for (const [key, value] of tags) {
    if (RESOURCE_TAGS.has(key)) continue;
    // Zipkin v1 binary annotations carry their own type (Thrift I64, BOOL...): it wins.
    const typed = z.typedTags?.get(key);
    if (typed) attrs.put(key, typed);
    else if (options.parseStringTags) attrs.put(key, typedValue(value));
    else attrs.putStr(key, value);
  }
  const local = z.localEndpoint;
  if (local) {
    if (local.ipv4) attrs.putStr('net.host.ip', local.ipv4);
    if (local.ipv6) attrs.putStr('net.host.ip', local.ipv6);
    if (local.port > 0) attrs.putInt('net.host.port', local.port);
  }
  const remote = z.remoteEndpoint;
  if (remote) {
    if (remote.serviceName) attrs.putStr('peer.service', remote.serviceName);
    if (remote.ipv4) attrs.putStr('net.peer.ip', remote.ipv4);
    if (remote.ipv6) attrs.putStr('net.peer.ip', remote.ipv6);
    if (remote.port > 0) attrs.putInt('net.peer.port', remote.port);
  }

  if (z.timestamp === 0n) {
    // The collector keeps spans without a start time at the epoch and marks them, so the Zipkin
    // exporter can write the timestamp back as absent.
    span.start_time_unix_nano = Long.UZERO;
    span.end_time_unix_nano = microsToNanos(z.duration);
    attrs.put(ATTR_START_TIME_ABSENT, { bool_value: true });
  } else {
    span.start_time_unix_nano = microsToNanos(z.timestamp);
    span.end_time_unix_nano = microsToNanos(z.timestamp + z.duration);
  }
  // The normalizer moves this attribute into RawSpan.warnings.
  if (warnings.length === 1) attrs.putStr(ATTR_WARNING, warnings[0]);
  else if (warnings.length > 1) attrs.put(ATTR_WARNING, { array_value: { values: warnings.map((w) => ({ string_value: w })) } });
  span.attributes = attrs.toKeyValues();
  span.events = z.annotations.map(eventFromAnnotation);
  return span;
}

/** The collector's typing of string tags under `parse_string_tags`. */
/** @internal shared with the Zipkin v1 decoder (v1.ts). */
export function typedValue(value: string): { string_value: string } | { int_value: Long } | { double_value: number } | { bool_value: boolean } {
  if (/^-?\d+$/.test(value)) {
    const n = BigInt(value);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return { int_value: Long.fromString(value) };
  }
  if (/^-?\d+\.\d+$/.test(value)) return { double_value: Number(value) };
  if (value === 'true' || value === 'false') return { bool_value: value === 'true' };
  return { string_value: value };
}

/** An OTLP attribute map from the JSON object an OpenTelemetry Zipkin exporter packs into `a|{json}|n` values. */
function jsonAttributes(text: string): AttributeMap | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const attrs = new AttributeMap();
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v === 'string') attrs.putStr(k, v);
    else if (typeof v === 'number') attrs.put(k, Number.isInteger(v) ? { int_value: Long.fromNumber(v) } : { double_value: v });
    else if (typeof v === 'boolean') attrs.put(k, { bool_value: v });
  }
  return attrs;
}

function eventFromAnnotation(a: { timestamp: bigint; value: string }): SpanEvent {
  const event: SpanEvent = { time_unix_nano: microsToNanos(a.timestamp) };
  const parts = a.value.split('|');
  // OpenTelemetry's Zipkin exporters write events as `name|{attributes json}|dropped count`. The
  // collector fails the whole batch when the middle is not JSON; plain Zipkin annotations may
  // well contain `|`, so here such a value simply stays the event name.
  if (parts.length >= 3) {
    const dropped = parts[parts.length - 1];
    const attrs = jsonAttributes(parts.slice(1, -1).join('|'));
    if (attrs && /^\d+$/.test(dropped)) {
      event.name = parts[0];
      event.attributes = attrs.toKeyValues();
      event.dropped_attributes_count = Number(dropped);
      return event;
    }
    event.name = a.value;
    return event;
  }
  event.name = parts[0];
  return event;
}

/** Links packed by OpenTelemetry's Zipkin exporter as tags `otlp.link.N` = `traceId|spanId|tracestate|{attributes json}|dropped`. */
function linksFromTags(tags: Map<string, string>): SpanLink[] {
  const links: SpanLink[] = [];
  for (let i = 0; i < 128; i++) {
    const key = `otlp.link.${i}`;
    const value = tags.get(key);
    if (value === undefined) break;
    tags.delete(key);
    const parts = value.split('|');
    if (parts.length < 5) continue;
    const path = `tags.${key}`;
    const link: SpanLink = {
      trace_id: parts[0] ? idFromHex(parts[0], 16, `${path} trace id`) : new Uint8Array(0),
      span_id: parts[1] ? idFromHex(parts[1], 8, `${path} span id`) : new Uint8Array(0),
      trace_state: parts[2],
    };
    const attrs = jsonAttributes(parts.slice(3, -1).join('|'));
    if (!attrs) throw new ReceiverDecodeError(`${path}: the attributes part is not a JSON object.`);
    link.attributes = attrs.toKeyValues();
    const dropped = parts[parts.length - 1];
    if (!/^\d+$/.test(dropped)) throw new ReceiverDecodeError(`${path}: the dropped attributes count ${JSON.stringify(dropped)} is not a number.`);
    link.dropped_attributes_count = Number(dropped);
    links.push(link);
  }
  return links;
}
