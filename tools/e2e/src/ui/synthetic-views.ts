// Synthetic view rows for the UI benchmark, written straight into the view store (no pipeline):
// a landscape of services in tiers, each with its APIs, calling services of later tiers and a
// backend, with steady traffic over the last minutes; and single large traces (1,000 or 10,000
// spans) for the trace view. Seeded, so every run writes the same shapes (times follow the clock:
// the UI asks for "the last 15 minutes").
import type { SpanRow, TraceFragmentRow, ViewRows } from '@tracehouse/trace-store';

const MS = 1_000_000n;

/** mulberry32: a small seeded PRNG, so every run writes the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0').slice(-width);

type SpanSpec = Partial<SpanRow> & Pick<SpanRow, 'tenant' | 'traceId' | 'spanId' | 'serviceName' | 'spanName' | 'kind' | 'startTimeUnixNano' | 'durationNs'>;

/** A `spans` row with every field not given set to "not known". */
export function spanRow(spec: SpanSpec): SpanRow {
  return {
    parentSpanId: '', traceState: '', serviceId: `svc:${spec.serviceName}`, spanServiceName: spec.serviceName,
    apiId: '', apiName: '', entryApiId: '', entryApiName: '', role: 'INTERNAL', protocol: 'UNSPECIFIED',
    endTimeUnixNano: spec.startTimeUnixNano + spec.durationNs,
    statusCode: 'UNSET', statusMessage: '', apiStatus: 'UNSPECIFIED', isError: false, errorType: '', errorMessage: '', errorCount: 0, exceptionCount: 0,
    httpMethod: '', httpUrl: '', httpHost: '', httpPath: '', httpRoute: '', httpStatusCode: 0, rpcSystem: '', rpcService: '', rpcMethod: '', rpcStatusCode: undefined,
    dbSystem: '', dbName: '', dbOperation: '', dbStatement: '', dbTable: '', messagingSystem: '', messagingDestination: '', messagingOperation: '',
    peerService: '', peerAddress: '', peerPort: 0, backendId: '', backendName: '', backendType: '',
    apiEntry: false, calleeKind: '', calleeServiceId: '', calleeServiceName: '', calleeApiId: '', calleeApiName: '', calleeBackendId: '', calleeBackendName: '',
    attributes: {}, resourceAttributes: { 'service.name': spec.serviceName, 'service.version': '1.8.0', 'host.name': `${spec.serviceName}-0` }, events: [], links: [],
    scopeName: '@opentelemetry/instrumentation-http', scopeVersion: '0.57.0', receivedAtMs: Number(spec.startTimeUnixNano / MS), version: 1,
    ...spec,
  };
}

/** The `trace_fragments` row of a whole trace (its first span is the root). */
export function fragmentRow(spans: readonly SpanRow[]): TraceFragmentRow {
  const root = spans[0];
  if (!root) throw new Error('a trace fragment needs at least one span');
  let start = root.startTimeUnixNano;
  let end = root.endTimeUnixNano;
  for (const s of spans) {
    if (s.startTimeUnixNano < start) start = s.startTimeUnixNano;
    if (s.endTimeUnixNano > end) end = s.endTimeUnixNano;
  }
  return {
    tenant: root.tenant, traceId: root.traceId, startTimeUnixNano: start, endTimeUnixNano: end,
    spanIds: spans.map((s) => s.spanId), errorSpanIds: spans.filter((s) => s.isError).map((s) => s.spanId),
    services: [...new Set(spans.map((s) => s.serviceName))].sort(),
    rootRank: 0, rootStartUnixNano: root.startTimeUnixNano, rootService: root.serviceName, transactionName: root.apiName || root.spanName,
    truncated: false, overflowSpanCount: 0, receivedAtMs: Number(end / MS),
  };
}

const BACKENDS = [
  { name: 'postgresql://orders-db:5432', type: 'postgresql', protocol: 'DB', op: 'SELECT' },
  { name: 'postgresql://users-db:5432', type: 'postgresql', protocol: 'DB', op: 'SELECT' },
  { name: 'mysql://catalog-db:3306', type: 'mysql', protocol: 'DB', op: 'SELECT' },
  { name: 'mongodb://reviews-db:27017', type: 'mongodb', protocol: 'DB', op: 'find' },
  { name: 'redis://cache:6379', type: 'redis', protocol: 'CACHE', op: 'GET' },
  { name: 'redis://sessions:6379', type: 'redis', protocol: 'CACHE', op: 'GET' },
  { name: 'kafka://events', type: 'kafka', protocol: 'MESSAGING', op: 'publish' },
  { name: 'https://api.stripe.com', type: 'http', protocol: 'HTTPS', op: 'POST' },
] as const;
const VERBS = ['GET', 'POST', 'PUT', 'DELETE'] as const;

/** The landscape's shape. */
export interface LandscapeOptions {
  readonly tenant: string;
  readonly services: number;
  readonly apisPerService: number;
  /** Traces written (each: an API entry, one downstream service call with its API entry, a backend call). */
  readonly traces: number;
  /** Traffic spreads over [nowMs - windowMs, nowMs]. */
  readonly nowMs: number;
  readonly windowMs: number;
  readonly seed?: number;
}

/** What a landscape holds, for the report. */
export interface Landscape {
  readonly rows: ViewRows;
  readonly services: string[];
  readonly apis: string[];
  readonly backends: string[];
  readonly spans: number;
}

/**
 * Services `svc-00`..: service i calls two services of later tiers and one backend; a few services
 * fail more often in the latest minutes (rising errors, so home has something to sort).
 */
export function landscape(options: LandscapeOptions): Landscape {
  const rand = seededRandom(options.seed ?? 7);
  const services = Array.from({ length: options.services }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
  const apisOf = (s: number): string[] => Array.from({ length: options.apisPerService }, (_, a) => `${VERBS[a % VERBS.length]} /${services[s]}/r${a}`);
  const calleesOf = (s: number): number[] => (s >= options.services - 2 ? [] : [s + 1 + Math.floor(rand() * Math.min(5, options.services - s - 1)), s + 1]);
  const callees = services.map((_, s) => calleesOf(s));
  const backendOf = (s: number): (typeof BACKENDS)[number] => BACKENDS[s % BACKENDS.length] as (typeof BACKENDS)[number];
  const rows: ViewRows = { spans: [], traceFragments: [] };
  const windowNs = BigInt(options.windowMs) * MS;
  const fromNs = BigInt(options.nowMs) * MS - windowNs;
  for (let t = 0; t < options.traces; t++) {
    const traceId = hex(0xb000000 + t, 16) + hex(Math.floor(rand() * 2 ** 32), 8) + hex(t, 8);
    const caller = t % options.services;
    const at = fromNs + (windowNs * BigInt(t)) / BigInt(options.traces);
    const recent = at > fromNs + (windowNs * 4n) / 5n;
    const failing = rand() < (recent && caller % 10 === 3 ? 0.3 : 0.01);
    // Not t % apisPerService: with the caller also t % services, that would skip APIs.
    const api = apisOf(caller)[Math.floor(t / options.services) % options.apisPerService] as string;
    const dur = BigInt(20 + Math.floor(rand() * 300)) * MS;
    const spanId = (n: number): string => hex(t * 8 + n + 1, 16);
    const entry = (service: string, name: string, id: string, parent: string, start: bigint, d: bigint, error: boolean): SpanRow =>
      spanRow({
        tenant: options.tenant, traceId, spanId: id, parentSpanId: parent, serviceName: service, spanName: name, kind: 'SERVER', role: 'ENTRY', apiEntry: true, protocol: 'HTTP',
        startTimeUnixNano: start, durationNs: d, apiId: `api:${service}:${name}`, apiName: name, entryApiId: `api:${service}:${name}`, entryApiName: name,
        apiStatus: error ? 'FAIL' : 'SUCCESS', statusCode: error ? 'ERROR' : 'OK', isError: error, errorCount: error ? 1 : 0,
        httpMethod: name.split(' ')[0] ?? 'GET', httpRoute: name.split(' ')[1] ?? '/', httpStatusCode: error ? 500 : 200,
        attributes: { 'http.response.status_code': BigInt(error ? 500 : 200), 'http.route': name.split(' ')[1] ?? '/' },
      });
    const spans: SpanRow[] = [entry(services[caller] as string, api, spanId(0), '', at, dur, failing)];
    const next = callees[caller]?.[t % 2];
    if (next !== undefined) {
      const callee = services[next] as string;
      const calleeApi = apisOf(next)[Math.floor(rand() * options.apisPerService)] as string;
      spans.push(spanRow({
        tenant: options.tenant, traceId, spanId: spanId(1), parentSpanId: spanId(0), serviceName: services[caller] as string, spanName: calleeApi.split(' ')[0] ?? 'GET', kind: 'CLIENT', role: 'EXIT', protocol: 'HTTP',
        startTimeUnixNano: at + 2n * MS, durationNs: dur - 6n * MS, entryApiId: `api:${services[caller]}:${api}`, entryApiName: api,
        calleeKind: 'SERVICE', calleeServiceId: `svc:${callee}`, calleeServiceName: callee, calleeApiId: `api:${callee}:${calleeApi}`, calleeApiName: calleeApi, httpHost: callee, isError: failing,
      }));
      spans.push(entry(callee, calleeApi, spanId(2), spanId(1), at + 3n * MS, dur - 8n * MS, failing));
    }
    const backendCaller = next === undefined ? caller : next;
    const parentId = next === undefined ? spanId(0) : spanId(2);
    const owner = services[backendCaller] as string;
    const be = backendOf(backendCaller);
    spans.push(spanRow({
      tenant: options.tenant, traceId, spanId: spanId(3), parentSpanId: parentId, serviceName: owner, spanName: `${be.op} ${be.name.split('//')[1] ?? be.name}`, kind: 'CLIENT', role: 'EXIT', protocol: be.protocol,
      startTimeUnixNano: at + 4n * MS, durationNs: 3n * MS, entryApiName: spans[spans.length - 1]?.apiName ?? api,
      calleeKind: 'BACKEND', calleeBackendId: `backend:${be.name}`, calleeBackendName: be.name, backendId: `backend:${be.name}`, backendName: be.name, backendType: be.type,
      dbSystem: be.protocol === 'DB' || be.protocol === 'CACHE' ? be.type : '', dbOperation: be.op,
    }));
    rows.spans.push(...spans);
    rows.traceFragments.push(fragmentRow(spans));
  }
  const apis = services.flatMap((_, s) => apisOf(s));
  return { rows, services, apis, backends: [...new Set(services.map((_, s) => backendOf(s).name))], spans: rows.spans.length };
}

/**
 * One trace of exactly `spans` spans: a tree with `fanout` children per span (breadth first), 20
 * services taking turns, a few typed attributes per span and one error deep inside; children sit
 * inside their parent's time.
 */
export function bigTrace(options: { tenant: string; traceId: string; spans: number; startMs: number; fanout?: number }): ViewRows {
  const fanout = options.fanout ?? 4;
  const start = BigInt(options.startMs) * MS;
  const total = BigInt(options.spans) * 100_000n; // 0.1 ms per span of trace time
  const spans: SpanRow[] = [];
  const ranges: Array<{ start: bigint; end: bigint; depth: number }> = [];
  for (let i = 0; i < options.spans; i++) {
    const parent = i === 0 ? -1 : Math.floor((i - 1) / fanout);
    const nth = i === 0 ? 0 : (i - 1) % fanout;
    const p = parent < 0 ? { start, end: start + total, depth: -1 } : (ranges[parent] as { start: bigint; end: bigint; depth: number });
    const slot = (p.end - p.start) / BigInt(fanout);
    const s = parent < 0 ? p.start : p.start + slot * BigInt(nth) + slot / 10n;
    const e = parent < 0 ? p.end : s + (slot * 8n) / 10n;
    ranges.push({ start: s, end: e, depth: p.depth + 1 });
    const service = `svc-${String(i % 20).padStart(2, '0')}`;
    const error = i === options.spans - 7;
    spans.push(spanRow({
      tenant: options.tenant, traceId: options.traceId, spanId: hex(0xa0000000 + i, 16), parentSpanId: parent < 0 ? '' : hex(0xa0000000 + parent, 16),
      serviceName: service, spanName: i === 0 ? 'GET /big' : `op-${i % 37} ${service}`, kind: i === 0 ? 'SERVER' : i % 3 === 0 ? 'CLIENT' : 'INTERNAL',
      role: i === 0 ? 'ENTRY' : 'INTERNAL', apiEntry: i === 0, apiName: i === 0 ? 'GET /big' : '', apiId: i === 0 ? `api:${service}:GET /big` : '',
      startTimeUnixNano: s, durationNs: e - s, isError: error, statusCode: error ? 'ERROR' : 'UNSET', statusMessage: error ? 'synthetic failure' : '',
      attributes: { 'span.index': BigInt(i), 'span.depth': BigInt(p.depth + 1), 'cache.hit': i % 2 === 0, 'load.ratio': (i % 100) / 100, 'note': `span number ${i}` },
      events: i % 50 === 0 ? [{ timeUnixNano: s + 1000n, name: 'checkpoint', attributes: { 'step': BigInt(i) } }] : [],
    }));
  }
  return { spans, traceFragments: [fragmentRow(spans)] };
}
