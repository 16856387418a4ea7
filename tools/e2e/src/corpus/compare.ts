// Compares what the query API answers for a trace with the expectation derived from the payload
// (corpus.ts), API by API. Every difference becomes one line naming payload, API, trace, span and
// field, with what was sent and what was read, so a failing run is a precise list of defects.
import type { ExpectedSpan, Kind, Typed } from './corpus';
import { statusOfZipkinTags, typedFromOtlpJson } from './corpus';

/** One difference between what was sent and what an API answered. */
export interface Mismatch {
  readonly payload: string;
  readonly api: 'jaeger' | 'api_v3' | 'zipkin';
  readonly traceId: string;
  readonly spanId: string;
  readonly field: string;
  readonly sent: unknown;
  readonly read: unknown;
}

interface JaegerKv { key: string; type: string; value: unknown }
/** A span of Jaeger's UI JSON (`/api/traces/{id}`). */
export interface JaegerApiSpan {
  spanID: string;
  operationName: string;
  references: { refType: string; traceID: string; spanID: string }[];
  startTime: number;
  duration: number;
  tags: JaegerKv[];
  logs: { timestamp: number; fields: JaegerKv[] }[];
  processID: string;
  warnings?: string[] | null;
}
/** A trace of Jaeger's UI JSON. */
export interface JaegerApiTrace {
  traceID: string;
  spans: JaegerApiSpan[];
  processes: Record<string, { serviceName: string }>;
}
interface OtlpReadKv { key: string; value?: Record<string, unknown> }
/** A span of api_v3 (OTLP/JSON), with its resource's service. */
export interface V3Span {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name?: string;
  kind?: number | string;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: OtlpReadKv[];
  events?: { timeUnixNano?: string | number; name?: string }[];
  status?: { code?: number | string; message?: string };
}
/** A span of Zipkin's v2 JSON (`/api/v2/trace/{id}`). */
export interface ZipkinApiSpan {
  traceId: string;
  id: string;
  parentId?: string;
  kind?: string;
  name?: string;
  timestamp?: number;
  duration?: number;
  localEndpoint?: { serviceName?: string };
  annotations?: { timestamp: number; value: string }[];
  tags?: Record<string, string>;
}

/** The attribute or tag in which api_v3 and Zipkin carry a span's warnings. */
export const WARNINGS_ATTRIBUTE = 'tracehouse.warnings';

const KIND_NAMES: readonly Kind[] = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS_NAMES = ['UNSET', 'OK', 'ERROR'] as const;
const JAEGER_KIND: Record<string, Kind> = { server: 'SERVER', client: 'CLIENT', producer: 'PRODUCER', consumer: 'CONSUMER', internal: 'INTERNAL' };
const OTLP_TO_JAEGER_TYPE: Record<Typed['type'], string> = { string: 'string', int: 'int64', double: 'float64', bool: 'bool', bytes: 'binary', array: 'string', kvlist: 'string' };
const nsToUs = (ns: unknown): number => Number(BigInt(typeof ns === 'number' ? Math.round(ns).toString() : String(ns ?? '0')) / 1000n);
const kindOfV3 = (k: unknown): Kind => (typeof k === 'number' ? KIND_NAMES[k] ?? 'UNSPECIFIED' : KIND_NAMES.find((x) => k === x || k === `SPAN_KIND_${x}`) ?? 'UNSPECIFIED');
const statusOfV3 = (c: unknown): string => (typeof c === 'number' ? STATUS_NAMES[c] ?? 'UNSET' : STATUS_NAMES.find((x) => c === x || c === `STATUS_CODE_${x}`) ?? 'UNSET');
// api_v3 may write ids as hex (OTLP/JSON) or base64 (protobuf's canonical JSON).
const v3Id = (id: string | undefined, width: number): string => (!id ? '' : id.length === width ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex'));
/** Jaeger/OTLP values in canonical string form, so that 72.5 and "72.5", 123 and "123" compare by type, not by JSON shape. */
const canonical = (type: string, value: unknown): string => {
  if (type === 'float64' || type === 'double') return String(Number(value));
  if (type === 'int64' || type === 'int') return typeof value === 'number' || typeof value === 'string' ? String(value) : JSON.stringify(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
};
const sameKind = (want: Kind, got: Kind): boolean => want === got || (want === 'UNSPECIFIED' && got === 'INTERNAL') || (want === 'INTERNAL' && got === 'UNSPECIFIED');

/**
 * Pairs expected spans with read spans one to one: a kept id by id (and service), a derived or
 * ambiguous id by service, kind, start and name among the read spans no kept id claimed.
 */
function pair<R>(expected: readonly ExpectedSpan[], read: readonly R[], view: (r: R) => View): Map<ExpectedSpan, R | undefined> {
  const out = new Map<ExpectedSpan, R | undefined>();
  const taken = new Set<R>();
  for (const e of expected.filter((x) => x.identity === 'kept')) {
    const candidates = read.filter((r) => !taken.has(r) && view(r).id === e.spanId);
    const got = candidates.find((r) => view(r).service === e.service && sameKind(e.kind, view(r).kind)) ?? candidates.find((r) => view(r).service === e.service) ?? candidates[0];
    if (got) taken.add(got);
    out.set(e, got);
  }
  for (const e of expected.filter((x) => x.identity !== 'kept')) {
    // Derived ids are matched by what the rules derive them from; concurrent halves can agree on
    // service, kind, start and name, so the parent (the original id, for a derived half) decides first.
    const like = (r: R): boolean => {
      const v = view(r);
      return !taken.has(r) && (e.identity === 'either' || v.id !== e.spanId) && v.service === e.service && sameKind(e.kind, v.kind) && v.startUs === (e.startUs ?? 0) && v.name === e.name;
    };
    const got = read.find((r) => like(r) && e.parents.includes(view(r).parent)) ?? read.find(like) ?? read.find((r) => {
      const v = view(r);
      return !taken.has(r) && (e.identity === 'either' || v.id !== e.spanId) && v.service === e.service && v.startUs === (e.startUs ?? 0);
    });
    if (got) taken.add(got);
    out.set(e, got);
  }
  return out;
}

function checker(list: Mismatch[], e: ExpectedSpan, api: Mismatch['api'], readId: string) {
  return (field: string, ok: boolean, sent: unknown, read: unknown): void => {
    if (!ok) list.push({ payload: e.payload, api, traceId: e.traceId, spanId: e.identity === 'kept' ? e.spanId : `${e.spanId} (derived: ${readId || 'none'})`, field, sent, read });
  };
}

type View = { id: string; service: string; kind: Kind; startUs: number | undefined; name: string; parent: string };
/** Records a span the API did not answer, naming the read spans that come closest (same id, or same start). */
function missing<R>(list: Mismatch[], e: ExpectedSpan, api: Mismatch['api'], read: readonly R[], view: (r: R) => View): void {
  const near = read.map(view).filter((v) => v.id === e.spanId || v.startUs === (e.startUs ?? 0)).map((v) => `${v.id} ${v.service} ${v.kind} ${v.startUs} "${v.name}"`);
  list.push({ payload: e.payload, api, traceId: e.traceId, spanId: e.spanId, field: `span (${e.identity}, ${e.service}, ${e.kind}, start ${e.startUs})`, sent: e.name, read: `absent among ${read.length} spans read${near.length > 0 ? `; nearest: ${near.join('; ')}` : ''}` });
}

/** Differences between the expectation and `/api/traces/{id}` (Jaeger UI JSON; `undefined` when it never answered 200). */
export function compareJaeger(expected: readonly ExpectedSpan[], trace: JaegerApiTrace | undefined): Mismatch[] {
  const list: Mismatch[] = [];
  const spans = trace?.spans ?? [];
  const serviceOf = (s: JaegerApiSpan): string => trace?.processes[s.processID]?.serviceName ?? '';
  const tag = (s: JaegerApiSpan, k: string): JaegerKv | undefined => s.tags.find((t) => t.key === k);
  const kindOf = (s: JaegerApiSpan): Kind => JAEGER_KIND[String(tag(s, 'span.kind')?.value ?? '')] ?? 'UNSPECIFIED';
  const view = (s: JaegerApiSpan): View => ({ id: s.spanID, service: serviceOf(s), kind: kindOf(s), startUs: s.startTime, name: s.operationName, parent: (s.references.find((r) => r.refType === 'CHILD_OF') ?? s.references[0])?.spanID ?? '' });
  for (const [e, s] of pair(expected, spans, view)) {
    if (!s) {
      missing(list, e, 'jaeger', spans, view);
      continue;
    }
    const check = checker(list, e, 'jaeger', s.spanID);
    // Jaeger's model.Span.ParentSpanID: the first CHILD_OF reference in the same trace, else the first FOLLOWS_FROM.
    const sameTrace = s.references.filter((r) => r.traceID === e.traceId);
    const parent = (sameTrace.find((r) => r.refType === 'CHILD_OF') ?? sameTrace[0])?.spanID ?? '';
    check('parent', e.parents.includes(parent), e.parents.join(' or '), parent);
    check('operationName', s.operationName === e.name, e.name, s.operationName);
    check('service', serviceOf(s) === e.service, e.service, serviceOf(s));
    check('span.kind', sameKind(e.kind, kindOf(s)), e.kind, kindOf(s));
    check('startTime (µs)', s.startTime === (e.startUs ?? 0), e.startUs ?? '(none, 0)', s.startTime);
    check('duration (µs)', s.duration === (e.durationUs ?? 0), e.durationUs ?? '(none, 0)', s.duration);
    const errorTags = s.tags.filter((t) => t.key === 'error');
    check('error tags (at most one)', errorTags.length <= 1, 'one', errorTags);
    if (e.jaeger) {
      // A round trip: every tag comes back with its key, type and value.
      for (const t of e.jaeger.tags) {
        const got = s.tags.filter((x) => x.key === t.key);
        const ok = got.some((x) => x.type === t.type && canonical(x.type, x.value) === t.value);
        check(`tag ${t.key}`, ok, `${t.type} ${t.value}`, got.map((x) => `${x.type} ${canonical(x.type, x.value)}`).join(', ') || '(absent)');
      }
      for (const l of e.jaeger.logs) {
        const logs = s.logs.filter((x) => x.timestamp === l.timestamp);
        const ok = logs.some((x) => l.fields.every((f) => x.fields.some((g) => g.key === f.key && g.type === f.type && canonical(g.type, g.value) === f.value)));
        check(`log at ${l.timestamp}`, ok, l.fields.map((f) => `${f.key}=${f.type} ${f.value}`).join(', ') || '(no fields)', logs.map((x) => x.fields.map((g) => `${g.key}=${g.type} ${canonical(g.type, g.value)}`).join(', ')).join(' | ') || '(no log at that time)');
      }
    } else {
      for (const [k, t] of Object.entries(e.attributes)) {
        const got = s.tags.filter((x) => x.key === k);
        const type = OTLP_TO_JAEGER_TYPE[t.type];
        const ok = got.some((x) => x.type === type && (t.type === 'array' || t.type === 'kvlist' || canonical(x.type, x.value) === t.value));
        check(`tag ${k}`, ok, `${type} ${t.value}`, got.map((x) => `${x.type} ${canonical(x.type, x.value)}`).join(', ') || '(absent)');
      }
      for (const ev of e.events) {
        const ok = s.logs.some((l) => l.timestamp === ev.timeUs && (ev.name === '' || l.fields.some((f) => f.key === 'event' && f.value === ev.name)));
        check(`log at ${ev.timeUs}`, ok, `event=${ev.name}`, s.logs.map((l) => `${l.timestamp}: ${l.fields.map((f) => `${f.key}=${String(f.value)}`).join(', ')}`).join(' | ') || '(no logs)');
      }
      const isError = errorTags.some((t) => t.value === true);
      check('error (status ERROR -> error=true)', isError === (e.status.code === 'ERROR'), e.status.code, errorTags.map((t) => `${t.type} ${String(t.value)}`).join(', ') || '(no error tag)');
    }
    check('warnings', !e.warn || (s.warnings ?? []).length > 0, e.warn ? 'a warning' : 'none', s.warnings ?? null);
  }
  return list;
}

/** The spans of an api_v3 answer (`{ result: TracesData }` as OTLP/JSON), each with its resource's service. */
export function v3Spans(body: unknown): V3Span[] {
  const result = (body as { result?: { resourceSpans?: unknown[]; resource_spans?: unknown[] } } | undefined)?.result;
  const out: V3Span[] = [];
  for (const rs of (result?.resourceSpans ?? []) as Array<{ resource?: { attributes?: OtlpReadKv[] }; scopeSpans?: Array<{ spans?: V3Span[] }> }>) {
    const service = String(rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value?.stringValue ?? '');
    for (const ss of rs.scopeSpans ?? []) for (const s of ss.spans ?? []) out.push({ ...s, service });
  }
  return out;
}

/** Differences between the expectation and `/api/v3/traces/{id}`. */
export function compareV3(expected: readonly ExpectedSpan[], spans: readonly V3Span[]): Mismatch[] {
  const list: Mismatch[] = [];
  const view = (s: V3Span): View => ({ id: v3Id(s.spanId, 16), service: s.service, kind: kindOfV3(s.kind), startUs: nsToUs(s.startTimeUnixNano), name: s.name ?? '', parent: s.parentSpanId ? v3Id(s.parentSpanId, 16) : '' });
  for (const [e, s] of pair(expected, spans, view)) {
    if (!s) {
      missing(list, e, 'api_v3', spans, view);
      continue;
    }
    const id = v3Id(s.spanId, 16);
    const check = checker(list, e, 'api_v3', id);
    const parent = v3Id(s.parentSpanId, 16);
    check('parentSpanId', e.parents.includes(parent), e.parents.join(' or '), parent);
    // OTLP/JSON may leave out an empty string (proto3 default).
    check('name', (s.name ?? '') === e.name, e.name, s.name ?? '');
    check('service.name', s.service === e.service, e.service, s.service);
    check('kind', sameKind(e.kind, kindOfV3(s.kind)), e.kind, kindOfV3(s.kind));
    const start = nsToUs(s.startTimeUnixNano);
    check('startTimeUnixNano (µs)', start === (e.startUs ?? 0), e.startUs ?? '(none, 0)', start);
    const duration = nsToUs(s.endTimeUnixNano) - start;
    check('end - start (µs)', duration === (e.durationUs ?? 0), e.durationUs ?? '(none, 0)', duration);
    for (const [k, t] of Object.entries(e.attributes)) {
      const got = typedFromOtlpJson(s.attributes?.find((a) => a.key === k)?.value);
      check(`attribute ${k}`, got?.type === t.type && got.value === t.value, `${t.type} ${t.value}`, got ? `${got.type} ${got.value}` : '(absent)');
    }
    for (const ev of e.events) {
      const ok = (s.events ?? []).some((x) => nsToUs(x.timeUnixNano) === ev.timeUs && (x.name ?? '') === ev.name);
      check(`event at ${ev.timeUs}`, ok, ev.name, (s.events ?? []).map((x) => `${nsToUs(x.timeUnixNano)}: ${x.name ?? ''}`).join(' | ') || '(no events)');
    }
    const code = statusOfV3(s.status?.code);
    check('status.code', code === e.status.code, e.status.code, code);
    if (e.status.code === 'ERROR') check('status.message', (s.status?.message ?? '') === e.status.message, e.status.message, s.status?.message ?? '');
    check(`attribute ${WARNINGS_ATTRIBUTE}`, !e.warn || (s.attributes ?? []).some((a) => a.key === WARNINGS_ATTRIBUTE), e.warn ? 'a warning' : 'none', e.warn ? '(absent)' : 'present');
  }
  return list;
}

const STATUS_TAGS = new Set(['error', 'otel.status_code', 'otel.status_description']);

/** Differences between the expectation and `/api/v2/trace/{id}` (Zipkin v2 JSON). */
export function compareZipkin(expected: readonly ExpectedSpan[], spans: readonly ZipkinApiSpan[]): Mismatch[] {
  const list: Mismatch[] = [];
  const kindOf = (s: ZipkinApiSpan): Kind => (KIND_NAMES.includes(s.kind as Kind) ? (s.kind as Kind) : 'UNSPECIFIED');
  const view = (s: ZipkinApiSpan): View => ({ id: s.id, service: s.localEndpoint?.serviceName ?? '', kind: kindOf(s), startUs: s.timestamp ?? 0, name: s.name ?? '', parent: s.parentId ?? '' });
  for (const [e, s] of pair(expected, spans, view)) {
    if (!s) {
      missing(list, e, 'zipkin', spans, view);
      continue;
    }
    const check = checker(list, e, 'zipkin', s.id);
    check('parentId', e.parents.includes(s.parentId ?? ''), e.parents.join(' or '), s.parentId ?? '');
    check('name', (s.name ?? '') === e.name, e.name, s.name ?? '');
    check('localEndpoint.serviceName', s.localEndpoint?.serviceName === e.service, e.service, s.localEndpoint?.serviceName);
    check('kind', sameKind(e.kind, kindOf(s)), e.kind, s.kind ?? '(none)');
    // Zipkin v2 leaves a zero timestamp or duration out (both are at least 1 when present).
    const wantTs = e.startUs === 0 ? undefined : e.startUs;
    const wantDuration = e.durationUs === 0 ? undefined : e.durationUs;
    check('timestamp (µs)', s.timestamp === wantTs, wantTs ?? '(none)', s.timestamp ?? '(none)');
    check('duration (µs)', s.duration === wantDuration, wantDuration ?? '(none)', s.duration ?? '(none)');
    const tags = s.tags ?? {};
    if (e.zipkin) {
      // A round trip: every tag and annotation comes back as sent. The status tags (`error`,
      // `otel.status_code`, `otel.status_description`) come back as the status they stand for: OTLP
      // keeps a code and a message, not which of the equivalent spellings the sender used (an
      // `error: ""` reads back as `error: "true"`, `otel.status_code: ERROR` plus a description as
      // `error: <description>`).
      for (const [k, v] of Object.entries(e.zipkin.tags)) if (!STATUS_TAGS.has(k)) check(`tag ${k}`, tags[k] === v, v, tags[k] ?? '(absent)');
      const sent = statusOfZipkinTags(e.zipkin.tags);
      const read = statusOfZipkinTags(tags);
      check('status (error / otel.status_* tags)', sent.code === read.code && sent.message === read.message, `${sent.code} ${JSON.stringify(sent.message)}`, `${read.code} ${JSON.stringify(read.message)}`);
      for (const a of e.zipkin.annotations) {
        const ok = (s.annotations ?? []).some((x) => x.timestamp === a.timestamp && x.value === a.value);
        check(`annotation at ${a.timestamp}`, ok, a.value, (s.annotations ?? []).filter((x) => x.timestamp === a.timestamp).map((x) => x.value).join(' | ') || '(none at that time)');
      }
    } else {
      for (const [k, t] of Object.entries(e.attributes)) {
        if (t.type === 'array' || t.type === 'kvlist') continue;
        check(`tag ${k}`, tags[k] === t.value, t.value, tags[k] ?? '(absent)');
      }
      for (const ev of e.events) {
        const ok = (s.annotations ?? []).some((x) => x.timestamp === ev.timeUs && x.value.startsWith(ev.name));
        check(`annotation at ${ev.timeUs}`, ok, ev.name, (s.annotations ?? []).map((x) => `${x.timestamp}: ${x.value}`).join(' | ') || '(none)');
      }
      check('tag error (status ERROR)', (tags.error !== undefined) === (e.status.code === 'ERROR'), e.status.code, tags.error ?? '(absent)');
    }
    check(`tag ${WARNINGS_ATTRIBUTE}`, !e.warn || tags[WARNINGS_ATTRIBUTE] !== undefined, e.warn ? 'a warning' : 'none', tags[WARNINGS_ATTRIBUTE] ?? '(absent)');
  }
  return list;
}

/** Extra spans: an API answering more spans for a trace than were sent (a half replaced, a duplicate). */
export function countMismatch(payload: string, api: Mismatch['api'], traceId: string, want: number, got: number): Mismatch[] {
  return want === got ? [] : [{ payload, api, traceId, spanId: '*', field: 'span count', sent: want, read: got }];
}
