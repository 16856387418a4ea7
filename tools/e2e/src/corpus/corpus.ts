// The real-world corpus of issue 12: payloads written by other tracing projects (see README.md in
// this folder), turned into wire bodies for each protocol the collector speaks, and the expectation
// of what the query API must answer for them, derived from the payload alone by the rules of
// /work/shared/ARCHITECTURE.md ("Identity") and of the OpenTelemetry Collector's Zipkin and Jaeger
// translators. Nothing here imports the pipeline's translation code: the expectation is independent.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { decodeExportTraceServiceRequest, encodeExportTraceServiceRequest, otlpJsonToTracesData, tracesDataToOtlpJson } from '@tracehouse/otlp';
import { REPO_ROOT } from '../pipeline';

/** Where the fixture files live. */
export const FIXTURES = join(__dirname.replace(/[\\/]dist[\\/]/, '/'), 'fixtures');

/** How a payload reaches the collector. */
export type Protocol = 'otlp-http-json' | 'otlp-http-proto' | 'otlp-grpc' | 'jaeger-grpc' | 'jaeger-thrift' | 'zipkin-json' | 'zipkin-proto3';

/** An attribute value with its OTLP type; the value in a canonical string form. */
export interface Typed {
  readonly type: 'string' | 'int' | 'double' | 'bool' | 'bytes' | 'array' | 'kvlist';
  /** int: decimal; double: `String(n)`; bool: `true`/`false`; bytes: base64; array/kvlist: JSON of the OTLP/JSON value. */
  readonly value: string;
}

/** A Jaeger tag or log field as sent; the value canonical as in {@link Typed}. */
export interface JaegerTag {
  readonly key: string;
  readonly type: 'string' | 'bool' | 'int64' | 'float64' | 'binary';
  readonly value: string;
}

export type Kind = 'UNSPECIFIED' | 'INTERNAL' | 'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER';
export type StatusCode = 'UNSET' | 'OK' | 'ERROR';

/** What the query API must answer for one sent span. */
export interface ExpectedSpan {
  readonly payload: string;
  readonly protocol: Protocol;
  readonly traceId: string;
  /** The span id as sent (16 lowercase hex). */
  readonly spanId: string;
  /**
   * `kept`: served under `spanId`. `derived`: a Zipkin half whose id another half keeps; served under
   * a new id (matched by service, kind and start), with `spanId` as its parent. `either`: one of
   * several server/consumer halves without a client half: any id, matched by service, kind and start.
   */
  readonly identity: 'kept' | 'derived' | 'either';
  /** Accepted parent ids ('' for a root). */
  readonly parents: readonly string[];
  readonly name: string;
  readonly service: string;
  readonly kind: Kind;
  /** µs since the epoch; undefined when the payload has none. */
  readonly startUs: number | undefined;
  readonly durationUs: number | undefined;
  /** The span's attributes after the ingest translation, as api_v3 must serve them. */
  readonly attributes: Readonly<Record<string, Typed>>;
  readonly events: readonly { readonly timeUs: number; readonly name: string }[];
  readonly status: { readonly code: StatusCode; readonly message: string };
  /** The span carries a value out of range (e.g. no timestamp): the API must say so. */
  readonly warn: boolean;
  /** Sent over Jaeger: the tags and logs the Jaeger API must give back (a round trip). */
  readonly jaeger?: { readonly tags: readonly JaegerTag[]; readonly logs: readonly { readonly timestamp: number; readonly fields: readonly JaegerTag[] }[] };
  /** Sent over Zipkin: the tags and annotations the Zipkin API must give back (a round trip). */
  readonly zipkin?: { readonly tags: Readonly<Record<string, string>>; readonly annotations: readonly { readonly timestamp: number; readonly value: string }[] };
}

/** One request to the collector, and what it must lead to. */
export interface Payload {
  /** `<fixture file> via <protocol>`: names the payload in failure messages. */
  readonly name: string;
  readonly protocol: Protocol;
  readonly body: Uint8Array;
  readonly contentType: string;
  /** Span records in the request as sent (before Zipkin parts are merged). */
  readonly sentSpans: number;
  readonly spans: readonly ExpectedSpan[];
}

/** Options of {@link loadCorpus}. */
export interface LoadOptions {
  /**
   * Diagnostic only: move each JSON fixture's times (those within range) so that its earliest span
   * starts at this time (µs), relative times unchanged; out-of-range and missing times stay as they
   * are. Lets a run look past retention-from-span-time (issue 12, defect 1) at every other field.
   */
  readonly shiftToUs?: number;
}

// ---------------------------------------------------------------------------------------------
// Ids

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** A hex id padded to `width` hex digits, lowercase (ARCHITECTURE: short ids are left-padded). */
export const padId = (id: string, width: number): string => id.toLowerCase().padStart(width, '0');

/**
 * A fixture's trace id moved to a per-payload one, so that fixtures sharing ids (Jaeger's reuse
 * 0x11 in several files; one file is sent over two protocols) do not meet in one trace. The width
 * is kept (a 64-bit id stays 64-bit, as does an all-zero high half), so id padding is still tested.
 */
export function rewriteTraceId(id: string, salt: string): string {
  const lower = id.toLowerCase();
  const h = createHash('sha256').update(`${salt}:${lower}`).digest('hex');
  let out: string;
  if (lower.length <= 16) out = h.slice(0, lower.length);
  else if (/^0{16}/.test(lower.padStart(32, '0'))) out = '0'.repeat(16) + h.slice(0, 16);
  else out = h.slice(0, 32);
  return id === id.toUpperCase() && /[A-F]/.test(id) ? out.toUpperCase() : out;
}

// ---------------------------------------------------------------------------------------------
// OTLP/JSON

interface OtlpJsonValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
  bytesValue?: string;
  arrayValue?: unknown;
  kvlistValue?: unknown;
}
interface OtlpJsonKv {
  key: string;
  value?: OtlpJsonValue;
}

/** An OTLP/JSON AnyValue as {@link Typed}, or undefined for an empty value. */
export function typedFromOtlpJson(v: OtlpJsonValue | undefined): Typed | undefined {
  if (!v) return undefined;
  if (v.stringValue !== undefined) return { type: 'string', value: v.stringValue };
  if (v.intValue !== undefined) return { type: 'int', value: BigInt(v.intValue).toString() };
  if (v.doubleValue !== undefined) return { type: 'double', value: String(Number(v.doubleValue)) };
  if (v.boolValue !== undefined) return { type: 'bool', value: String(v.boolValue) };
  if (v.bytesValue !== undefined) return { type: 'bytes', value: v.bytesValue };
  if (v.arrayValue !== undefined) return { type: 'array', value: JSON.stringify(v.arrayValue) };
  if (v.kvlistValue !== undefined) return { type: 'kvlist', value: JSON.stringify(v.kvlistValue) };
  return undefined;
}

const KINDS: readonly Kind[] = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS: readonly StatusCode[] = ['UNSET', 'OK', 'ERROR'];

function kindFromOtlp(k: unknown): Kind {
  if (typeof k === 'number') return KINDS[k] ?? 'UNSPECIFIED';
  if (typeof k === 'string') return (KINDS.find((x) => k === x || k === `SPAN_KIND_${x}`) ?? 'UNSPECIFIED');
  return 'UNSPECIFIED';
}
function statusFromOtlp(c: unknown): StatusCode {
  if (typeof c === 'number') return STATUS[c] ?? 'UNSET';
  if (typeof c === 'string') return STATUS.find((x) => c === x || c === `STATUS_CODE_${x}`) ?? 'UNSET';
  return 'UNSET';
}
const nsToUs = (ns: unknown): number => Number(BigInt(typeof ns === 'number' ? Math.round(ns).toString() : String(ns ?? '0')) / 1000n);
// OTLP ids in JSON are hex by the spec; protobuf's canonical JSON (base64) is told apart by length.
const otlpId = (id: string | undefined, width: number): string => {
  if (!id) return '';
  return id.length === width ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex');
};

interface OtlpJsonDoc {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpJsonKv[] };
    scopeSpans?: Array<{
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name?: string;
        kind?: number | string;
        startTimeUnixNano?: string | number;
        endTimeUnixNano?: string | number;
        attributes?: OtlpJsonKv[];
        events?: Array<{ timeUnixNano?: string | number; name?: string }>;
        links?: Array<{ traceId: string; spanId: string }>;
        status?: { code?: number | string; message?: string };
      }>;
    }>;
  }>;
}

/** Expectations for an OTLP/JSON document: attributes, events and status exactly as sent. */
export function expectOtlp(payload: string, protocol: Protocol, doc: OtlpJsonDoc): ExpectedSpan[] {
  const out: ExpectedSpan[] = [];
  for (const rs of doc.resourceSpans ?? []) {
    const service = rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value?.stringValue || 'unknown_service';
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        const spanId = otlpId(s.spanId, 16);
        const parent = otlpId(s.parentSpanId, 16);
        const attributes: Record<string, Typed> = {};
        for (const a of s.attributes ?? []) {
          const t = typedFromOtlpJson(a.value);
          if (t) attributes[a.key] = t;
        }
        const startUs = nsToUs(s.startTimeUnixNano);
        out.push({
          payload, protocol, traceId: otlpId(s.traceId, 32), spanId, identity: 'kept',
          parents: [parent === spanId ? '' : parent],
          name: s.name ?? '', service, kind: kindFromOtlp(s.kind),
          startUs, durationUs: nsToUs(s.endTimeUnixNano) - startUs, attributes,
          events: (s.events ?? []).map((e) => ({ timeUs: nsToUs(e.timeUnixNano), name: e.name ?? '' })),
          status: { code: statusFromOtlp(s.status?.code), message: s.status?.message ?? '' },
          warn: false,
        });
      }
    }
  }
  return out;
}

/** Rewrites every trace id (spans and links) of an OTLP/JSON document with {@link rewriteTraceId}. */
function rewriteOtlpJson(doc: OtlpJsonDoc, salt: string): OtlpJsonDoc {
  const copy = JSON.parse(JSON.stringify(doc)) as OtlpJsonDoc;
  for (const rs of copy.resourceSpans ?? []) for (const ss of rs.scopeSpans ?? []) for (const s of ss.spans ?? []) {
    s.traceId = rewriteTraceId(s.traceId, salt);
    for (const l of s.links ?? []) l.traceId = rewriteTraceId(l.traceId, salt);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Jaeger model

/** One Jaeger span in a protocol-neutral form (from model JSON or from a Thrift batch). */
interface JaegerModelSpan {
  traceId: string;
  spanId: string;
  operationName: string;
  references: { refType: 'CHILD_OF' | 'FOLLOWS_FROM'; traceId: string; spanId: string }[];
  startUs: number;
  durationUs: number;
  tags: JaegerTag[];
  logs: { timestamp: number; fields: JaegerTag[] }[];
  service: string;
  processTags: JaegerTag[];
}

interface JaegerJsonKv {
  key: string;
  vType?: string;
  vStr?: string;
  vInt64?: number | string;
  vFloat64?: number;
  vBool?: boolean;
  vBinary?: string;
}
interface JaegerJsonSpan {
  traceId: string;
  spanId: string;
  operationName?: string;
  references?: { refType?: string; traceId: string; spanId: string }[];
  startTime: string;
  duration: string;
  tags?: JaegerJsonKv[];
  logs?: { timestamp: string; fields?: JaegerJsonKv[] }[];
  process?: { serviceName?: string; tags?: JaegerJsonKv[] };
}

const b64hex = (b: string): string => Buffer.from(b, 'base64').toString('hex');
const rfc3339ToUs = (s: string): number => {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(s);
  if (!m) throw new Error(`not an RFC 3339 time: ${s}`);
  return Date.parse(`${m[1]}Z`) * 1000 + Number((m[2] ?? '').padEnd(6, '0').slice(0, 6));
};
const goDurationToUs = (d: string): number => {
  const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s)$/.exec(d);
  if (!m) throw new Error(`not a duration: ${d}`);
  const f = { ns: 0.001, us: 1, µs: 1, ms: 1000, s: 1_000_000 }[m[2] as 'ns'];
  return Math.round(Number(m[1]) * f);
};
function jaegerTagFromJson(kv: JaegerJsonKv): JaegerTag {
  switch (kv.vType ?? 'STRING') {
    case 'BOOL': return { key: kv.key, type: 'bool', value: String(kv.vBool ?? false) };
    case 'INT64': return { key: kv.key, type: 'int64', value: BigInt(kv.vInt64 ?? 0).toString() };
    case 'FLOAT64': return { key: kv.key, type: 'float64', value: String(kv.vFloat64 ?? 0) };
    case 'BINARY': return { key: kv.key, type: 'binary', value: kv.vBinary ?? '' };
    default: return { key: kv.key, type: 'string', value: kv.vStr ?? '' };
  }
}

function jaegerFromJson(spans: JaegerJsonSpan[], salt: string): JaegerModelSpan[] {
  return spans.map((s) => ({
    traceId: rewriteTraceId(b64hex(s.traceId), salt),
    spanId: b64hex(s.spanId),
    operationName: s.operationName ?? '',
    references: (s.references ?? []).map((r) => ({ refType: r.refType === 'FOLLOWS_FROM' ? 'FOLLOWS_FROM' : 'CHILD_OF', traceId: rewriteTraceId(b64hex(r.traceId), salt), spanId: b64hex(r.spanId) })),
    startUs: rfc3339ToUs(s.startTime),
    durationUs: goDurationToUs(s.duration),
    tags: (s.tags ?? []).map(jaegerTagFromJson),
    logs: (s.logs ?? []).map((l) => ({ timestamp: rfc3339ToUs(l.timestamp), fields: (l.fields ?? []).map(jaegerTagFromJson) })),
    service: s.process?.serviceName ?? '',
    processTags: (s.process?.tags ?? []).map(jaegerTagFromJson),
  }));
}

const JAEGER_KIND: Record<string, Kind> = { server: 'SERVER', client: 'CLIENT', producer: 'PRODUCER', consumer: 'CONSUMER', internal: 'INTERNAL' };
const JAEGER_TYPE_TO_OTLP: Record<JaegerTag['type'], Typed['type']> = { string: 'string', bool: 'bool', int64: 'int', float64: 'double', binary: 'bytes' };
/** Tags the OpenTelemetry Collector's Jaeger translator turns into span fields, not attributes. */
const JAEGER_SPAN_FIELD_TAGS = new Set(['span.kind', 'error', 'otel.status_code', 'otel.status_description', 'otel.scope.name', 'otel.scope.version', 'otel.library.name', 'otel.library.version', 'w3c.tracestate']);

/** Expectations for Jaeger spans, by the OpenTelemetry Collector's Jaeger-to-OTLP translator. */
function expectJaeger(payload: string, protocol: Protocol, spans: JaegerModelSpan[]): ExpectedSpan[] {
  return spans.map((s) => {
    const tag = (k: string): JaegerTag | undefined => s.tags.find((t) => t.key === k);
    // Jaeger's model (Span.ParentSpanID): the first CHILD_OF reference within the same trace, else the first FOLLOWS_FROM.
    const sameTrace = s.references.filter((r) => r.traceId === s.traceId);
    const parent = (sameTrace.find((r) => r.refType === 'CHILD_OF') ?? sameTrace[0])?.spanId ?? '';
    const err = tag('error');
    const statusTag = tag('otel.status_code')?.value;
    let code: StatusCode = statusTag === 'ERROR' ? 'ERROR' : statusTag === 'OK' ? 'OK' : 'UNSET';
    if (err && err.value === 'true') code = 'ERROR';
    const attributes: Record<string, Typed> = {};
    for (const t of s.tags) if (!JAEGER_SPAN_FIELD_TAGS.has(t.key)) attributes[t.key] = { type: JAEGER_TYPE_TO_OTLP[t.type], value: t.value };
    return {
      payload, protocol, traceId: padId(s.traceId, 32), spanId: padId(s.spanId, 16), identity: 'kept' as const,
      parents: [parent === s.spanId ? '' : parent],
      name: s.operationName, service: s.service || 'unknown_service',
      kind: JAEGER_KIND[tag('span.kind')?.value ?? ''] ?? 'UNSPECIFIED',
      startUs: s.startUs, durationUs: s.durationUs, attributes,
      events: s.logs.map((l) => ({ timeUs: l.timestamp, name: l.fields.find((f) => f.key === 'event' && f.type === 'string')?.value ?? '' })),
      status: { code, message: code === 'ERROR' ? tag('otel.status_description')?.value ?? '' : '' },
      warn: false,
      jaeger: { tags: s.tags, logs: s.logs },
    };
  });
}

let jaegerRoot: protobuf.Root | undefined;
const jaegerProto = (): protobuf.Root => (jaegerRoot ??= new protobuf.Root().loadSync(join(REPO_ROOT, 'apps/collector/src/receivers/jaeger/jaeger-api-v2.proto'), { keepCase: true }));

function protoKv(t: JaegerTag): Record<string, unknown> {
  const base = { key: t.key, v_type: t.type.toUpperCase() };
  switch (t.type) {
    case 'bool': return { ...base, v_bool: t.value === 'true' };
    case 'int64': return { ...base, v_int64: t.value };
    case 'float64': return { ...base, v_float64: Number(t.value) };
    case 'binary': return { ...base, v_binary: Buffer.from(t.value, 'base64') };
    default: return { ...base, v_str: t.value };
  }
}
const usToTimestamp = (us: number): Record<string, number> => ({ seconds: Math.floor(us / 1e6), nanos: (us % 1e6) * 1000 });

/** Jaeger spans as one api_v2 `PostSpansRequest` per process (a Batch has one process). */
function jaegerProtoBodies(spans: JaegerModelSpan[]): Uint8Array[] {
  const type = jaegerProto().lookupType('jaeger.api_v2.PostSpansRequest');
  return groupByProcess(spans).map((group) => {
    const first = group[0] as JaegerModelSpan;
    const batch = {
      process: { service_name: first.service, tags: first.processTags.map(protoKv) },
      spans: group.map((s) => ({
        trace_id: Buffer.from(padId(s.traceId, 32), 'hex'),
        span_id: Buffer.from(s.spanId, 'hex'),
        operation_name: s.operationName,
        references: s.references.map((r) => ({ trace_id: Buffer.from(padId(r.traceId, 32), 'hex'), span_id: Buffer.from(r.spanId, 'hex'), ref_type: r.refType })),
        flags: 1,
        start_time: usToTimestamp(s.startUs),
        duration: { seconds: Math.floor(s.durationUs / 1e6), nanos: (s.durationUs % 1e6) * 1000 },
        tags: s.tags.map(protoKv),
        logs: s.logs.map((l) => ({ timestamp: usToTimestamp(l.timestamp), fields: l.fields.map(protoKv) })),
      })),
    };
    return type.encode(type.fromObject({ batch })).finish();
  });
}

function groupByProcess(spans: JaegerModelSpan[]): JaegerModelSpan[][] {
  const groups = new Map<string, JaegerModelSpan[]>();
  for (const s of spans) {
    const k = JSON.stringify([s.service, s.processTags]);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return [...groups.values()];
}

// thriftrw (jaeger-client's Thrift library) ships no types; only its Thrift constructor is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Thrift } = require('thriftrw') as { Thrift: new (options: { source: string; allowOptionalArguments: boolean }) => unknown };
let jaegerThrift: unknown;
const thrift = (): unknown =>
  (jaegerThrift ??= new Thrift({ source: readFileSync(join(REPO_ROOT, 'node_modules/jaeger-client/dist/src/jaeger-idl/thrift/jaeger.thrift'), 'ascii'), allowOptionalArguments: true }));

const i64 = (v: bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt.asIntN(64, v));
  return b;
};
const THRIFT_TAG: Record<JaegerTag['type'], string> = { string: 'STRING', bool: 'BOOL', int64: 'LONG', float64: 'DOUBLE', binary: 'BINARY' };
function thriftTag(t: JaegerTag): Record<string, unknown> {
  return {
    key: t.key, vType: THRIFT_TAG[t.type],
    ...(t.type === 'string' ? { vStr: t.value } : {}),
    ...(t.type === 'bool' ? { vBool: t.value === 'true' } : {}),
    ...(t.type === 'int64' ? { vLong: i64(BigInt(t.value)) } : {}),
    ...(t.type === 'float64' ? { vDouble: Number(t.value) } : {}),
    ...(t.type === 'binary' ? { vBinary: Buffer.from(t.value, 'base64') } : {}),
  };
}
const idHalves = (traceId: string): { traceIdLow: Buffer; traceIdHigh: Buffer } => {
  const t = padId(traceId, 32);
  return { traceIdHigh: Buffer.from(t.slice(0, 16), 'hex'), traceIdLow: Buffer.from(t.slice(16), 'hex') };
};

/** Jaeger spans as Thrift binary `jaeger.thrift` Batches (what `POST /api/traces` takes), one per process. */
function jaegerThriftBodies(spans: JaegerModelSpan[]): Uint8Array[] {
  const t = thrift() as unknown as { Batch: { new (o: unknown): unknown; rw: { toBuffer(b: unknown): { err?: Error; value: Buffer } } } };
  return groupByProcess(spans).map((group) => {
    const first = group[0] as JaegerModelSpan;
    const batch = new t.Batch({
      process: { serviceName: first.service, tags: first.processTags.map(thriftTag) },
      spans: group.map((s) => ({
        ...idHalves(s.traceId),
        spanId: Buffer.from(s.spanId, 'hex'),
        parentSpanId: i64(0n),
        operationName: s.operationName,
        references: s.references.map((r) => ({ refType: r.refType, ...idHalves(r.traceId), spanId: Buffer.from(r.spanId, 'hex') })),
        flags: 1,
        startTime: i64(BigInt(s.startUs)),
        duration: i64(BigInt(s.durationUs)),
        tags: s.tags.map(thriftTag),
        logs: s.logs.map((l) => ({ timestamp: i64(BigInt(l.timestamp)), fields: l.fields.map(thriftTag) })),
      })),
    });
    const r = t.Batch.rw.toBuffer(batch);
    if (r.err) throw r.err;
    return r.value;
  });
}

interface ThriftTag { key: string; vType: string; vStr?: string; vDouble?: number; vBool?: boolean; vLong?: Buffer; vBinary?: Buffer }
const i64ToBig = (b: Buffer | undefined): bigint => (b ? b.readBigInt64BE(0) : 0n);
function jaegerTagFromThrift(t: ThriftTag): JaegerTag {
  switch (t.vType) {
    case 'BOOL': return { key: t.key, type: 'bool', value: String(t.vBool ?? false) };
    case 'LONG': return { key: t.key, type: 'int64', value: i64ToBig(t.vLong).toString() };
    case 'DOUBLE': return { key: t.key, type: 'float64', value: String(t.vDouble ?? 0) };
    case 'BINARY': return { key: t.key, type: 'binary', value: (t.vBinary ?? Buffer.alloc(0)).toString('base64') };
    default: return { key: t.key, type: 'string', value: t.vStr ?? '' };
  }
}

/** A Thrift `Batch` capture decoded into Jaeger spans (its parentSpanId becomes a CHILD_OF reference, as Jaeger's own converter does). */
function jaegerFromThrift(body: Buffer): JaegerModelSpan[] {
  const t = thrift() as unknown as { Batch: { rw: { fromBuffer(b: Buffer): { err?: Error; value: { process: { serviceName: string; tags?: ThriftTag[] }; spans: Array<Record<string, unknown>> } } } } };
  const r = t.Batch.rw.fromBuffer(body);
  if (r.err) throw r.err;
  const { process, spans } = r.value;
  const traceHex = (lo: Buffer, hi: Buffer): string => hex(Buffer.concat([hi, lo]));
  return spans.map((s) => {
    const traceId = traceHex(s.traceIdLow as Buffer, s.traceIdHigh as Buffer);
    const refs = ((s.references as Array<{ refType: string; traceIdLow: Buffer; traceIdHigh: Buffer; spanId: Buffer }> | null) ?? []).map((x) => ({
      refType: x.refType === 'FOLLOWS_FROM' ? ('FOLLOWS_FROM' as const) : ('CHILD_OF' as const), traceId: traceHex(x.traceIdLow, x.traceIdHigh), spanId: hex(x.spanId),
    }));
    const parent = hex(s.parentSpanId as Buffer);
    // As Jaeger's Thrift converter: the parentSpanId becomes a CHILD_OF reference unless a reference already names it.
    if (parent !== '0000000000000000' && !refs.some((x) => x.spanId === parent)) refs.unshift({ refType: 'CHILD_OF', traceId, spanId: parent });
    return {
      traceId, spanId: hex(s.spanId as Buffer), operationName: s.operationName as string, references: refs,
      startUs: Number(i64ToBig(s.startTime as Buffer)), durationUs: Number(i64ToBig(s.duration as Buffer)),
      tags: ((s.tags as ThriftTag[] | null) ?? []).map(jaegerTagFromThrift),
      logs: ((s.logs as Array<{ timestamp: Buffer; fields: ThriftTag[] }> | null) ?? []).map((l) => ({ timestamp: Number(i64ToBig(l.timestamp)), fields: l.fields.map(jaegerTagFromThrift) })),
      service: process.serviceName, processTags: (process.tags ?? []).map(jaegerTagFromThrift),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Zipkin v2

interface ZipkinEndpoint { serviceName?: string; ipv4?: string; ipv6?: string; port?: number }
/** A Zipkin v2 span as JSON. */
export interface ZipkinJsonSpan {
  traceId: string;
  id: string;
  parentId?: string;
  kind?: 'CLIENT' | 'SERVER' | 'PRODUCER' | 'CONSUMER';
  name?: string;
  timestamp?: number;
  duration?: number;
  localEndpoint?: ZipkinEndpoint;
  remoteEndpoint?: ZipkinEndpoint;
  annotations?: { timestamp: number; value: string }[];
  tags?: Record<string, string>;
  shared?: boolean;
  debug?: boolean;
}

/** 1971-01-01 and now + 1 year, in µs: the range outside which a time is stored with a warning. */
const EARLIEST_US = Date.UTC(1971, 0, 1) * 1000;
const outOfRange = (us: number): boolean => us < EARLIEST_US || us > (Date.now() + 366 * 86_400_000) * 1000;

/** The shift that moves the earliest in-range time of `times` to `to` (0 when no shift is asked). */
const shiftFor = (times: readonly number[], to: number | undefined): number => {
  const sane = times.filter((t) => !outOfRange(t));
  return to === undefined || sane.length === 0 ? 0 : to - Math.min(...sane);
};
const shifted = (t: number, delta: number): number => (outOfRange(t) ? t : t + delta);

function shiftZipkin(spans: ZipkinJsonSpan[], to: number | undefined): ZipkinJsonSpan[] {
  const delta = shiftFor(spans.flatMap((s) => [...(s.timestamp !== undefined ? [s.timestamp] : []), ...(s.annotations ?? []).map((a) => a.timestamp)]), to);
  if (delta === 0) return spans;
  return spans.map((s) => ({
    ...s,
    ...(s.timestamp !== undefined ? { timestamp: shifted(s.timestamp, delta) } : {}),
    ...(s.annotations ? { annotations: s.annotations.map((a) => ({ ...a, timestamp: shifted(a.timestamp, delta) })) } : {}),
  }));
}

function shiftJaeger(spans: JaegerModelSpan[], to: number | undefined): JaegerModelSpan[] {
  const delta = shiftFor(spans.flatMap((s) => [s.startUs, ...s.logs.map((l) => l.timestamp)]), to);
  if (delta === 0) return spans;
  return spans.map((s) => ({ ...s, startUs: shifted(s.startUs, delta), logs: s.logs.map((l) => ({ ...l, timestamp: shifted(l.timestamp, delta) })) }));
}

function shiftOtlp(doc: OtlpJsonDoc, to: number | undefined): OtlpJsonDoc {
  const all = (doc.resourceSpans ?? []).flatMap((rs) => (rs.scopeSpans ?? []).flatMap((ss) => ss.spans ?? []));
  const delta = shiftFor(all.map((s) => nsToUs(s.startTimeUnixNano)), to);
  if (delta === 0) return doc;
  const move = (ns: string | number | undefined): string => {
    const v = BigInt(typeof ns === 'number' ? Math.round(ns).toString() : String(ns ?? '0'));
    return outOfRange(Number(v / 1000n)) ? v.toString() : (v + BigInt(delta) * 1000n).toString();
  };
  for (const s of all) {
    s.startTimeUnixNano = move(s.startTimeUnixNano);
    s.endTimeUnixNano = move(s.endTimeUnixNano);
    for (const e of (s.events ?? [])) e.timeUnixNano = move(e.timeUnixNano);
  }
  return doc;
}

const serviceOfZipkin = (s: ZipkinJsonSpan): string => s.localEndpoint?.serviceName || 'unknown_service';
const isServerSide = (s: ZipkinJsonSpan): boolean => s.kind === 'SERVER' || s.kind === 'CONSUMER';

/**
 * Zipkin's own merge of a span reported in parts (same id and local service; a part without a kind
 * joins the part with one): fields missing in one part come from another, tags and annotations are
 * united.
 */
export function mergeZipkinParts(spans: readonly ZipkinJsonSpan[]): ZipkinJsonSpan[] {
  const out: ZipkinJsonSpan[] = [];
  const byKey = new Map<string, ZipkinJsonSpan>();
  const keyOf = (s: ZipkinJsonSpan, kind: string | undefined): string => JSON.stringify([padId(s.traceId, 32), padId(s.id, 16), serviceOfZipkin(s), kind ?? '', Boolean(s.shared) && kind === undefined]);
  // Kinded parts first, so that a kind-less part finds the half it belongs to whatever the order.
  const ordered = [...spans.filter((s) => s.kind), ...spans.filter((s) => !s.kind)];
  for (const s of ordered) {
    let target = byKey.get(keyOf(s, s.kind));
    // Two halves of one kind that both carry a different start are two spans (five consumers of
    // one message), not parts of one: ARCHITECTURE.md gives each its own id.
    if (target && s.kind && target.timestamp !== undefined && s.timestamp !== undefined && target.timestamp !== s.timestamp) target = undefined;
    if (!target && !s.kind) {
      // A kind-less part joins the kinded half of the same id and service when there is exactly one.
      const homes = out.filter((o) => o.kind && padId(o.traceId, 32) === padId(s.traceId, 32) && padId(o.id, 16) === padId(s.id, 16) && serviceOfZipkin(o) === serviceOfZipkin(s));
      target = homes.length === 1 ? homes[0] : undefined;
    }
    if (!target) {
      const copy: ZipkinJsonSpan = { ...s, tags: { ...(s.tags ?? {}) }, annotations: [...(s.annotations ?? [])] };
      out.push(copy);
      byKey.set(keyOf(s, s.kind), copy);
      continue;
    }
    target.kind ??= s.kind;
    target.name ||= s.name;
    target.parentId ??= s.parentId;
    target.timestamp ??= s.timestamp;
    target.duration ??= s.duration;
    target.remoteEndpoint ??= s.remoteEndpoint;
    target.shared ||= s.shared;
    target.tags = { ...(s.tags ?? {}), ...target.tags };
    for (const a of s.annotations ?? []) if (!target.annotations?.some((b) => b.timestamp === a.timestamp && b.value === a.value)) target.annotations?.push(a);
  }
  return out;
}

/**
 * The status Zipkin tags stand for: `otel.status_code` / `otel.status_description`, then any `error`
 * tag makes it ERROR, its value (unless "true" or empty) being the message.
 */
export function statusOfZipkinTags(tags: Readonly<Record<string, string>>): { code: StatusCode; message: string } {
  let code: StatusCode = tags['otel.status_code'] === 'ERROR' ? 'ERROR' : tags['otel.status_code'] === 'OK' ? 'OK' : 'UNSET';
  let message = tags['otel.status_description'] ?? '';
  const error = tags.error;
  if (error !== undefined) {
    code = 'ERROR';
    if (error !== 'true' && error !== '' && message === '') message = error;
  }
  return { code, message };
}

/** Expectations for Zipkin v2 spans: parts merged, halves kept apart, by the OpenTelemetry Collector's Zipkin translator. */
export function expectZipkin(payload: string, protocol: Protocol, sent: readonly ZipkinJsonSpan[]): ExpectedSpan[] {
  const merged = mergeZipkinParts(sent);
  const byId = new Map<string, ZipkinJsonSpan[]>();
  for (const s of merged) {
    const k = `${padId(s.traceId, 32)}/${padId(s.id, 16)}`;
    byId.set(k, [...(byId.get(k) ?? []), s]);
  }
  return merged.map((s) => {
    const spanId = padId(s.id, 16);
    const halves = byId.get(`${padId(s.traceId, 32)}/${spanId}`) ?? [s];
    const parent = s.parentId && padId(s.parentId, 16) !== spanId ? padId(s.parentId, 16) : '';
    let identity: ExpectedSpan['identity'] = 'kept';
    let parents = [parent];
    if (halves.length === 1 && s.shared) {
      // A lone shared server half: its client half may come in another request, so a derived id
      // (parent: the original id) and the original id are both within the rules.
      identity = 'either';
      parents = [spanId, parent];
    } else if (halves.length > 1) {
      const keeper = halves.find((h) => !isServerSide(h) && !h.shared);
      if (keeper === s) identity = 'kept';
      else if (keeper) {
        identity = 'derived';
        parents = [spanId];
      } else {
        identity = 'either';
        parents = [spanId, parent];
      }
    }
    const tags = s.tags ?? {};
    const attributes: Record<string, Typed> = {};
    for (const [k, v] of Object.entries(tags)) if (k !== 'error' && k !== 'otel.status_code' && k !== 'otel.status_description') attributes[k] = { type: 'string', value: v };
    const { code, message } = statusOfZipkinTags(tags);
    return {
      payload, protocol, traceId: padId(s.traceId, 32), spanId, identity, parents,
      name: s.name ?? '', service: serviceOfZipkin(s), kind: s.kind ?? 'UNSPECIFIED',
      startUs: s.timestamp, durationUs: s.duration, attributes,
      events: (s.annotations ?? []).map((a) => ({ timeUs: a.timestamp, name: a.value })),
      status: { code, message },
      warn: s.timestamp === undefined || outOfRange(s.timestamp),
      zipkin: { tags, annotations: s.annotations ?? [] },
    };
  });
}

let zipkinRoot: protobuf.Root | undefined;
const zipkinProto = (): protobuf.Root => (zipkinRoot ??= new protobuf.Root().loadSync(join(REPO_ROOT, 'apps/collector/src/receivers/zipkin/zipkin.proto'), { keepCase: true }));

function ipv6Bytes(s: string): Buffer {
  const [head, tail] = s.split('::') as [string, string | undefined];
  const parts = (x: string | undefined): string[] => (x ? x.split(':') : []);
  const h = parts(head);
  const t = parts(tail);
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.from(groups.map((g) => g.padStart(4, '0')).join(''), 'hex');
}
function protoEndpoint(e: ZipkinEndpoint | undefined): Record<string, unknown> | undefined {
  if (!e) return undefined;
  return {
    service_name: e.serviceName ?? '',
    ...(e.ipv4 ? { ipv4: Buffer.from(e.ipv4.split('.').map(Number)) } : {}),
    ...(e.ipv6 && !e.ipv6.includes('.') ? { ipv6: ipv6Bytes(e.ipv6) } : {}),
    port: e.port ?? 0,
  };
}

/** Zipkin v2 JSON spans as `zipkin.proto3.ListOfSpans` (the same data; ids as bytes). */
export function zipkinProto3Body(spans: readonly ZipkinJsonSpan[]): Uint8Array {
  const type = zipkinProto().lookupType('zipkin.proto3.ListOfSpans');
  const idBytes = (id: string, width: number): Buffer => Buffer.from(padId(id, id.length > 16 ? 32 : width), 'hex');
  return type
    .encode(
      type.fromObject({
        spans: spans.map((s) => ({
          trace_id: idBytes(s.traceId, 16),
          ...(s.parentId ? { parent_id: idBytes(s.parentId, 16) } : {}),
          id: idBytes(s.id, 16),
          kind: s.kind ?? 'SPAN_KIND_UNSPECIFIED',
          name: s.name ?? '',
          ...(s.timestamp !== undefined ? { timestamp: s.timestamp } : {}),
          ...(s.duration !== undefined ? { duration: s.duration } : {}),
          local_endpoint: protoEndpoint(s.localEndpoint),
          remote_endpoint: protoEndpoint(s.remoteEndpoint),
          annotations: s.annotations ?? [],
          tags: s.tags ?? {},
          debug: s.debug ?? false,
          shared: s.shared ?? false,
        })),
      }),
    )
    .finish();
}

// ---------------------------------------------------------------------------------------------
// The corpus

const read = (...p: string[]): Buffer => readFileSync(join(FIXTURES, ...p));
const readJson = <T>(...p: string[]): T => JSON.parse(read(...p).toString('utf8')) as T;
const files = (dir: string, ext: string): string[] => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith(ext)).sort();

/** Every payload of the corpus, with its wire body and expectation. */
export function loadCorpus(options: LoadOptions = {}): Payload[] {
  const to = options.shiftToUs;
  const out: Payload[] = [];
  const json = (s: unknown): Uint8Array => Buffer.from(JSON.stringify(s));

  // Zipkin v2: the zipkin-lens traces as JSON, two of them also as proto3.
  for (const f of files('zipkin', '.json')) {
    for (const protocol of ['zipkin-json', ...(['ascend.json', 'edge-cases.json', 'messaging2.json', 'otel-contrib-sample4.json', 'yelp.json'].includes(f) ? ['zipkin-proto3'] : [])] as Protocol[]) {
      const name = `zipkin/${f} via ${protocol}`;
      const spans = shiftZipkin(readJson<ZipkinJsonSpan[]>('zipkin', f).map((s) => ({ ...s, traceId: rewriteTraceId(s.traceId, name) })), to);
      out.push({
        name, protocol, sentSpans: spans.length,
        body: protocol === 'zipkin-json' ? json(spans) : zipkinProto3Body(spans),
        contentType: protocol === 'zipkin-json' ? 'application/json' : 'application/x-protobuf',
        spans: expectZipkin(name, protocol, spans),
      });
    }
  }

  // OTLP: JSON documents over HTTP as JSON, over HTTP as protobuf and over gRPC; the protobuf capture as is.
  const otlpProtocols: Protocol[] = ['otlp-http-json', 'otlp-http-proto', 'otlp-grpc'];
  for (const f of files('otlp', '.json')) {
    for (const protocol of otlpProtocols) {
      const name = `otlp/${f} via ${protocol}`;
      const doc = shiftOtlp(rewriteOtlpJson(readJson<OtlpJsonDoc>('otlp', f), name), to);
      const body = protocol === 'otlp-http-json' ? json(doc) : encodeExportTraceServiceRequest(otlpJsonToTracesData(doc));
      const spans = expectOtlp(name, protocol, doc);
      out.push({ name, protocol, body, sentSpans: spans.length, contentType: protocol === 'otlp-http-json' ? 'application/json' : 'application/x-protobuf', spans });
    }
  }
  for (const f of files('otlp', '.protobuf-bin')) {
    const name = `otlp/${f} via otlp-http-proto`;
    const capture = read('otlp', f);
    // Sent as captured, unless times are shifted (then re-encoded from the decoded capture).
    const doc = shiftOtlp(tracesDataToOtlpJson(decodeExportTraceServiceRequest(capture)) as unknown as OtlpJsonDoc, to);
    const body = to === undefined ? capture : encodeExportTraceServiceRequest(otlpJsonToTracesData(doc));
    const spans = expectOtlp(name, 'otlp-http-proto', doc);
    out.push({ name, protocol: 'otlp-http-proto', body, contentType: 'application/x-protobuf', sentSpans: spans.length, spans });
  }

  // Jaeger: the model JSON fixtures over gRPC (api_v2) and over HTTP Thrift; the jaeger-client capture as is.
  for (const f of files('jaeger', '.json')) {
    for (const protocol of ['jaeger-grpc', 'jaeger-thrift'] as Protocol[]) {
      const name = `jaeger/${f} via ${protocol}`;
      const spans = shiftJaeger(jaegerFromJson(readJson<{ spans: JaegerJsonSpan[] }>('jaeger', f).spans, name), to);
      const groups = groupByProcess(spans);
      const bodies = protocol === 'jaeger-grpc' ? jaegerProtoBodies(spans) : jaegerThriftBodies(spans);
      const expected = expectJaeger(name, protocol, spans);
      bodies.forEach((body, i) =>
        out.push({
          name: i === 0 ? name : `${name} (batch ${i + 1})`, protocol, body, sentSpans: groups[i]?.length ?? 0,
          contentType: protocol === 'jaeger-grpc' ? 'application/grpc' : 'application/x-thrift',
          spans: i === 0 ? expected : [],
        }),
      );
    }
  }
  for (const f of files('jaeger', '.thrift.bin')) {
    const name = `jaeger/${f} via jaeger-thrift`;
    const capture = read('jaeger', f);
    const model = shiftJaeger(jaegerFromThrift(capture), to);
    const body = to === undefined ? capture : (jaegerThriftBodies(model)[0] as Uint8Array);
    const spans = expectJaeger(name, 'jaeger-thrift', model);
    out.push({ name, protocol: 'jaeger-thrift', body, contentType: 'application/x-thrift', sentSpans: spans.length, spans });
  }
  return out;
}
