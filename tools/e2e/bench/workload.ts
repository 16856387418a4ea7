// The pipeline benchmark's workload: traces of a 13-service online shop (gateway fanning out to
// auth, users, catalog, search, recommendations, cart, checkout; checkout to payment, inventory,
// shipping and a Kafka topic consumed by notifications; PostgreSQL, Redis, Elasticsearch and
// external HTTPS APIs as backends), 1 to 200 spans per trace, 1% of spans failing, with the
// attributes current OpenTelemetry instrumentations set. Traces are encoded once into OTLP
// ExportTraceServiceRequest bodies (whole traces, up to 512 spans a request, one ResourceSpans per
// service, as an OpenTelemetry Collector agent forwards them); each send copies a body and writes
// fresh trace ids at the recorded offsets, so a 10-minute run sends millions of distinct traces
// without holding them in memory.
import { randomBytes } from 'node:crypto';
import Long from 'long';
import { SpanKind, StatusCode, encodeExportTraceServiceRequest, type KeyValue, type ResourceSpans, type Span } from '@tracehouse/otlp';

type Attr = string | number | boolean;
type Kind = 'SERVER' | 'CLIENT' | 'INTERNAL' | 'PRODUCER' | 'CONSUMER';

interface GenSpan {
  readonly spanId: Buffer;
  readonly parent?: GenSpan;
  readonly service: string;
  readonly name: string;
  readonly kind: Kind;
  readonly attributes: Record<string, Attr>;
  error: boolean;
  readonly children: GenSpan[];
  startUs: number;
  durationUs: number;
}

/** A backend call: what the client span says about the system it leaves for. */
interface Backend {
  readonly kind: 'postgres' | 'redis' | 'elasticsearch' | 'kafka' | 'https';
  readonly host: string;
  readonly port: number;
}

const PG: Backend = { kind: 'postgres', host: 'pg-primary.shop.internal', port: 5432 };
const REDIS: Backend = { kind: 'redis', host: 'redis.shop.internal', port: 6379 };
const ES: Backend = { kind: 'elasticsearch', host: 'search-es.shop.internal', port: 9200 };
const KAFKA: Backend = { kind: 'kafka', host: 'kafka.shop.internal', port: 9092 };
const PAY_API: Backend = { kind: 'https', host: 'api.acme-pay.example', port: 443 };
const SHIP_API: Backend = { kind: 'https', host: 'api.parcelco.example', port: 443 };
const MAIL_API: Backend = { kind: 'https', host: 'api.mailer.example', port: 443 };

/** Who calls whom: a DAG, so traces end. `rpc` services are called over gRPC, the others over HTTP. */
const CALLS: Readonly<Record<string, ReadonlyArray<string | Backend>>> = {
  'web-frontend': ['api-gateway'],
  'api-gateway': ['auth', 'users', 'catalog', 'search', 'recommendations', 'cart', 'checkout'],
  auth: ['users', REDIS],
  users: [PG, REDIS],
  catalog: [PG, REDIS, 'inventory'],
  search: [ES, 'catalog'],
  recommendations: ['catalog', 'users', REDIS],
  cart: [REDIS, 'catalog', 'inventory'],
  checkout: ['cart', 'payment', 'inventory', 'shipping', PG, KAFKA],
  payment: [PAY_API, PG],
  inventory: [PG],
  shipping: [SHIP_API, PG],
  notifications: [MAIL_API, PG],
};
const RPC_SERVICES = new Set(['inventory', 'payment', 'shipping', 'auth']);
export const SERVICES = Object.keys(CALLS);
const ROUTES: Readonly<Record<string, readonly string[]>> = {
  'web-frontend': ['GET /', 'GET /product/:id', 'POST /checkout', 'GET /search'],
  'api-gateway': ['GET /api/v1/products/:id', 'GET /api/v1/search', 'POST /api/v1/orders', 'GET /api/v1/cart', 'GET /api/v1/me'],
  auth: ['Authorize', 'Introspect'],
  users: ['GET /users/:id', 'GET /users/:id/preferences'],
  catalog: ['GET /products/:id', 'GET /products', 'GET /categories/:slug'],
  search: ['GET /search', 'GET /suggest'],
  recommendations: ['GET /recommendations/:userId'],
  cart: ['GET /carts/:id', 'PUT /carts/:id/items'],
  checkout: ['POST /orders', 'GET /orders/:id'],
  payment: ['Charge', 'Refund'],
  inventory: ['Reserve', 'CheckStock'],
  shipping: ['Quote', 'CreateShipment'],
  notifications: ['orders process'],
};
const HOSTS: Record<string, string> = Object.fromEntries(SERVICES.map((s, i) => [s, `${s}-${(0x5a3c + i * 0x1f1).toString(16)}-x${i}`]));

/** Deterministic PRNG (mulberry32), so a run's workload is the same every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spans per trace: a quarter 1-5, a third 6-30, a quarter 31-80, the rest 81-200 (mean about 42). */
function traceSize(rnd: () => number): number {
  const u = rnd();
  const between = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  if (u < 0.25) return between(1, 5);
  if (u < 0.6) return between(6, 30);
  if (u < 0.85) return between(31, 80);
  return between(81, 200);
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** Builds the span tree of one trace of exactly `size` spans. */
function buildTrace(rnd: () => number, size: number, errorRate: number): GenSpan[] {
  const spans: GenSpan[] = [];
  const add = (s: Omit<GenSpan, 'spanId' | 'children' | 'startUs' | 'durationUs' | 'error'>): GenSpan => {
    const span: GenSpan = { ...s, spanId: randomBytes(8), children: [], startUs: 0, durationUs: 0, error: false };
    s.parent?.children.push(span);
    spans.push(span);
    return span;
  };
  const id = (): number => 1000 + Math.floor(rnd() * 90000);
  const serverAttrs = (service: string, route: string): Record<string, Attr> => {
    if (RPC_SERVICES.has(service)) return { 'rpc.system': 'grpc', 'rpc.service': `shop.${service}.v1.${service[0]?.toUpperCase()}${service.slice(1)}Service`, 'rpc.method': route, 'rpc.grpc.status_code': 0, 'server.port': 50051 };
    const [method, path] = route.split(' ') as [string, string];
    return { 'http.request.method': method, 'http.route': path, 'url.path': path.replace(/:[a-zA-Z]+/g, () => String(id())), 'url.scheme': 'http', 'http.response.status_code': 200, 'network.protocol.version': '1.1', 'client.address': '10.0.3.17', 'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0' };
  };
  const server = (service: string, parent?: GenSpan): GenSpan => {
    const route = pick(rnd, ROUTES[service] ?? ['handle']);
    return add({ service, parent, name: RPC_SERVICES.has(service) ? `shop.${service}.v1/${route}` : route.replace(/:[a-zA-Z]+/g, (m) => `{${m.slice(1)}}`), kind: service === 'notifications' ? 'CONSUMER' : 'SERVER', attributes: serverAttrs(service, route) });
  };
  const backendCall = (from: GenSpan, b: Backend): GenSpan => {
    const peer = { 'server.address': b.host, 'server.port': b.port };
    switch (b.kind) {
      case 'postgres': {
        const table = pick(rnd, ['orders', 'products', 'users', 'stock', 'shipments', 'payments']);
        const op = pick(rnd, ['SELECT', 'SELECT', 'SELECT', 'INSERT', 'UPDATE']);
        const text = op === 'SELECT' ? `SELECT * FROM ${table} WHERE id = $1` : op === 'INSERT' ? `INSERT INTO ${table} (id, data) VALUES ($1, $2)` : `UPDATE ${table} SET data = $2 WHERE id = $1`;
        return add({ service: from.service, parent: from, name: `${op} shop.${table}`, kind: 'CLIENT', attributes: { 'db.system': 'postgresql', 'db.namespace': 'shop', 'db.operation.name': op, 'db.collection.name': table, 'db.query.text': text, ...peer } });
      }
      case 'redis': {
        const op = pick(rnd, ['GET', 'HGETALL', 'SET', 'EXPIRE']);
        return add({ service: from.service, parent: from, name: op, kind: 'CLIENT', attributes: { 'db.system': 'redis', 'db.operation.name': op, 'db.query.text': `${op} ${from.service}:${id()}`, ...peer } });
      }
      case 'elasticsearch':
        return add({ service: from.service, parent: from, name: 'search', kind: 'CLIENT', attributes: { 'db.system': 'elasticsearch', 'db.operation.name': 'search', 'http.request.method': 'POST', 'url.full': `http://${b.host}:${b.port}/products/_search`, ...peer } });
      case 'kafka': {
        const producer = add({ service: from.service, parent: from, name: 'orders publish', kind: 'PRODUCER', attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'orders', 'messaging.operation.type': 'publish', 'messaging.kafka.message.key': String(id()), ...peer } });
        return producer;
      }
      case 'https': {
        const path = b === PAY_API ? '/v1/charges' : b === SHIP_API ? '/v2/shipments' : '/v3/mail/send';
        return add({ service: from.service, parent: from, name: 'POST', kind: 'CLIENT', attributes: { 'http.request.method': 'POST', 'url.full': `https://${b.host}${path}`, 'http.response.status_code': 200, ...peer } });
      }
    }
  };
  const serviceCall = (from: GenSpan, to: string): GenSpan => {
    const attributes: Record<string, Attr> = RPC_SERVICES.has(to)
      ? { 'rpc.system': 'grpc', 'rpc.service': `shop.${to}.v1`, 'rpc.method': 'Call', 'server.address': to, 'server.port': 50051 }
      : { 'http.request.method': 'GET', 'url.full': `http://${to}:8080/`, 'server.address': to, 'server.port': 8080, 'http.response.status_code': 200 };
    return add({ service: from.service, parent: from, name: RPC_SERVICES.has(to) ? `shop.${to}.v1/Call` : 'GET', kind: 'CLIENT', attributes });
  };

  const root = server(size > 40 ? 'web-frontend' : 'api-gateway');
  const open: GenSpan[] = [root];
  // Grow the tree call by call; each call picks one of the server spans already there, so traces
  // both fan out (many calls from one span) and go deep (calls from the newest spans).
  for (let guard = 0; spans.length < size && guard < size * 10; guard++) {
    const from = rnd() < 0.5 ? (open[open.length - 1] as GenSpan) : pick(rnd, open);
    const left = size - spans.length;
    const target = pick(rnd, CALLS[from.service] ?? []);
    if (left >= 2 && typeof target === 'string') {
      const client = serviceCall(from, target);
      open.push(server(target, client));
    } else if (left >= 2 && target === KAFKA) {
      const producer = backendCall(from, KAFKA);
      open.push(server('notifications', producer));
    } else if (target !== undefined && typeof target !== 'string' && target !== KAFKA) {
      backendCall(from, target);
    } else {
      add({ service: from.service, parent: from, name: pick(rnd, ['render', 'validate', 'serialize', 'cache lookup']), kind: 'INTERNAL', attributes: { 'code.function.name': 'handle', 'code.file.path': `src/${from.service}/handler.ts` } });
    }
  }
  for (const s of spans) if (rnd() < errorRate) s.error = true;
  return spans;
}

/** Lays out times bottom-up (a span lasts its sequential children plus its own work), then top-down. */
function layOut(rnd: () => number, root: GenSpan, startUs: number): void {
  const duration = (s: GenSpan): number => {
    const own = s.kind === 'CLIENT' || s.kind === 'PRODUCER' ? 200 + Math.floor(rnd() * 3000) : 100 + Math.floor(rnd() * 800);
    s.durationUs = own + s.children.reduce((sum, c) => sum + duration(c) + 50, 0);
    return s.durationUs;
  };
  const place = (s: GenSpan, at: number): void => {
    s.startUs = at;
    let t = at + 40;
    for (const c of s.children) {
      place(c, t);
      t += c.durationUs + 50;
    }
  };
  duration(root);
  place(root, startUs);
}

function kv(attributes: Readonly<Record<string, Attr>>): KeyValue[] {
  return Object.entries(attributes).map(([key, v]) => ({
    key,
    value: typeof v === 'string' ? { string_value: v } : typeof v === 'boolean' ? { bool_value: v } : Number.isInteger(v) ? { int_value: Long.fromNumber(v) } : { double_value: v },
  }));
}

const nanos = (us: number): Long => Long.fromNumber(us, true).multiply(1000);
const KIND = { SERVER: SpanKind.SPAN_KIND_SERVER, CLIENT: SpanKind.SPAN_KIND_CLIENT, INTERNAL: SpanKind.SPAN_KIND_INTERNAL, PRODUCER: SpanKind.SPAN_KIND_PRODUCER, CONSUMER: SpanKind.SPAN_KIND_CONSUMER } as const;

function resource(service: string): KeyValue[] {
  return kv({
    'service.name': service,
    'service.namespace': 'shop',
    'service.version': `1.${service.length}.${service.charCodeAt(0) % 10}`,
    'service.instance.id': HOSTS[service] ?? service,
    'deployment.environment.name': 'production',
    'host.name': HOSTS[service] ?? service,
    'host.arch': 'amd64',
    'os.type': 'linux',
    'process.runtime.name': 'nodejs',
    'process.runtime.version': '20.19.0',
    'telemetry.sdk.name': 'opentelemetry',
    'telemetry.sdk.language': 'nodejs',
    'telemetry.sdk.version': '2.12.1',
  });
}

function toOtlpSpan(s: GenSpan, traceId: Buffer): Span {
  const failed = s.error;
  const attributes = { ...s.attributes };
  if (failed && 'http.response.status_code' in attributes) attributes['http.response.status_code'] = s.kind === 'SERVER' ? 500 : 503;
  if (failed && 'rpc.grpc.status_code' in attributes) attributes['rpc.grpc.status_code'] = 14;
  if (failed) attributes['error.type'] = s.kind === 'SERVER' ? '500' : 'UpstreamUnavailable';
  return {
    trace_id: traceId,
    span_id: s.spanId,
    parent_span_id: s.parent?.spanId,
    name: s.name,
    kind: KIND[s.kind],
    start_time_unix_nano: nanos(s.startUs),
    end_time_unix_nano: nanos(s.startUs + s.durationUs),
    attributes: kv(attributes),
    events: failed ? [{ time_unix_nano: nanos(s.startUs + s.durationUs - 10), name: 'exception', attributes: kv({ 'exception.type': 'UpstreamUnavailable', 'exception.message': `${s.service}: upstream answered 503`, 'exception.stacktrace': `UpstreamUnavailable: upstream answered 503\n    at call (src/${s.service}/client.ts:42:11)\n    at handle (src/${s.service}/handler.ts:17:5)` }) }] : [],
    status: failed ? { code: StatusCode.STATUS_CODE_ERROR, message: 'upstream unavailable' } : undefined,
    flags: 0x100,
  };
}

/** One request body of the pool: whole traces, and where each trace's id sits in the bytes. */
export interface RequestTemplate {
  readonly body: Buffer;
  readonly spans: number;
  /** Per trace: its span count and the byte offsets of its 16-byte trace id (one per span). */
  readonly traces: ReadonlyArray<{ readonly spans: number; readonly errors: number; readonly offsets: Uint32Array }>;
}

export interface WorkloadStats {
  readonly traces: number;
  readonly spans: number;
  readonly requests: number;
  readonly meanSpansPerTrace: number;
  readonly minSpansPerTrace: number;
  readonly maxSpansPerTrace: number;
  readonly errorSpanShare: number;
  readonly services: number;
  readonly meanBodyBytes: number;
  readonly meanBytesPerSpan: number;
  /** Largest number of direct children of one span, over the pool (fan-out). */
  readonly maxFanOut: number;
  readonly maxDepth: number;
}

/**
 * Builds the pool of request bodies: `traces` traces cut into requests of at most `spansPerRequest`
 * spans. `spansPerTrace`, when given, makes every trace exactly that size (issue 13's comparison
 * table used 10-span traces in 100-span requests) instead of the realistic 1-200 mix.
 */
export function buildWorkload(options: { traces: number; spansPerRequest: number; errorRate: number; seed: number; spansPerTrace?: number }): { templates: RequestTemplate[]; stats: WorkloadStats } {
  const rnd = prng(options.seed);
  const now = Date.now() * 1000;
  const templates: RequestTemplate[] = [];
  let batch: Array<{ id: Buffer; spans: GenSpan[] }> = [];
  let batchSpans = 0;
  let totalSpans = 0;
  let errorSpans = 0;
  let minSize = Infinity;
  let maxSize = 0;
  let maxFanOut = 0;
  let maxDepth = 0;
  let bodyBytes = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    const byService = new Map<string, Span[]>();
    for (const t of batch) for (const s of t.spans) byService.set(s.service, [...(byService.get(s.service) ?? []), toOtlpSpan(s, t.id)]);
    const resourceSpans: ResourceSpans[] = [...byService].map(([service, spans]) => ({
      resource: { attributes: resource(service) },
      scope_spans: [{ scope: { name: '@opentelemetry/instrumentation-http', version: '0.57.0' }, spans }],
    }));
    const encoded = encodeExportTraceServiceRequest({ resource_spans: resourceSpans });
    const body = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
    const traces = batch.map((t) => {
      const offsets: number[] = [];
      for (let at = body.indexOf(t.id); at >= 0; at = body.indexOf(t.id, at + 16)) offsets.push(at);
      // A random 16-byte id occurring anywhere else in the body would be a generator bug, not chance.
      if (offsets.length !== t.spans.length) throw new Error(`trace id found ${offsets.length} times in a body holding ${t.spans.length} of its spans`);
      return { spans: t.spans.length, errors: t.spans.filter((s) => s.error).length, offsets: Uint32Array.from(offsets) };
    });
    templates.push({ body, spans: batchSpans, traces });
    bodyBytes += body.length;
    batch = [];
    batchSpans = 0;
  };
  for (let i = 0; i < options.traces; i++) {
    const size = options.spansPerTrace ?? traceSize(rnd);
    const spans = buildTrace(rnd, size, options.errorRate);
    const root = spans[0] as GenSpan;
    layOut(rnd, root, now - 120_000_000 + Math.floor(rnd() * 60_000_000));
    const depth = (s: GenSpan): number => 1 + s.children.reduce((m, c) => Math.max(m, depth(c)), 0);
    maxDepth = Math.max(maxDepth, depth(root));
    for (const s of spans) maxFanOut = Math.max(maxFanOut, s.children.length);
    minSize = Math.min(minSize, spans.length);
    maxSize = Math.max(maxSize, spans.length);
    totalSpans += spans.length;
    errorSpans += spans.filter((s) => s.error).length;
    if (batchSpans + spans.length > options.spansPerRequest) flush();
    batch.push({ id: randomBytes(16), spans });
    batchSpans += spans.length;
  }
  flush();
  return {
    templates,
    stats: {
      traces: options.traces,
      spans: totalSpans,
      requests: templates.length,
      meanSpansPerTrace: round(totalSpans / options.traces, 1),
      minSpansPerTrace: minSize,
      maxSpansPerTrace: maxSize,
      errorSpanShare: round(errorSpans / totalSpans, 4),
      services: SERVICES.length,
      meanBodyBytes: Math.round(bodyBytes / templates.length),
      meanBytesPerSpan: Math.round(bodyBytes / totalSpans),
      maxFanOut,
      maxDepth,
    },
  };
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/**
 * Hands out request bodies with fresh trace ids: 8 bytes fixed per run, then a counter, so no two
 * sent traces share an id (a shared id would merge two traces downstream and spoil the freshness
 * sample) and a rerun does not collide with an earlier run's traces.
 */
export class TraceIdStamper {
  private readonly prefix = randomBytes(8);
  private counter = 0n;

  /** A copy of the template's body with new ids; returns the ids (lowercase hex) of its traces. */
  stamp(template: RequestTemplate): { body: Buffer; traceIds: string[] } {
    const body = Buffer.allocUnsafe(template.body.length);
    template.body.copy(body);
    const id = Buffer.allocUnsafe(16);
    this.prefix.copy(id, 0);
    const traceIds: string[] = [];
    for (const t of template.traces) {
      this.counter++;
      id.writeBigUInt64BE(this.counter, 8);
      for (const off of t.offsets) id.copy(body, off);
      traceIds.push(id.toString('hex'));
    }
    return { body, traceIds };
  }
}
