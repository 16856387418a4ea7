// Realistic span batches for the collector benchmark, built once before the load starts: traces of
// an online shop (frontend -> checkout -> cart / payment / inventory -> PostgreSQL, Redis, Kafka)
// with the attributes real instrumentations set, encoded as each sender would: OTLP protobuf
// (ExportTraceServiceRequest, the OpenTelemetry SDK's batches of up to 512 spans with one resource
// per service), Zipkin JSON v2 (a flat list of spans) and Jaeger Thrift (one Batch per process, as
// jaeger-client's HTTP sender sends it).
import { randomBytes } from 'node:crypto';
import Long from 'long';
import { SpanKind, StatusCode, encodeExportTraceServiceRequest, type KeyValue, type ResourceSpans } from '@tracehouse/otlp';

type AttrValue = string | number | boolean;

/** One span of the synthetic model, in the units every format can express. */
export interface SynthSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentId?: string;
  readonly service: string;
  readonly name: string;
  readonly kind: 'SERVER' | 'CLIENT' | 'INTERNAL' | 'PRODUCER';
  readonly startUs: number;
  readonly durationUs: number;
  readonly attributes: Readonly<Record<string, AttrValue>>;
  readonly error: boolean;
  readonly events: ReadonlyArray<{ timeUs: number; name: string; attributes: Readonly<Record<string, AttrValue>> }>;
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

const SERVICES = {
  frontend: { version: '2.14.0', host: 'web-7d9f' },
  checkout: { version: '1.8.3', host: 'checkout-5c2a' },
  cart: { version: '3.0.1', host: 'cart-91ab' },
  payment: { version: '0.9.12', host: 'payment-0f3e' },
  inventory: { version: '4.2.0', host: 'inventory-66d1' },
} as const;
type Service = keyof typeof SERVICES;

/** One trace: a checkout request fanning out to 4 services and their backends, 10-20 spans. */
function makeTrace(startUs: number): SynthSpan[] {
  const traceId = hex(16);
  const spans: SynthSpan[] = [];
  const add = (s: Omit<SynthSpan, 'traceId' | 'spanId' | 'events' | 'error'> & Partial<Pick<SynthSpan, 'events' | 'error'>>): string => {
    const spanId = hex(8);
    spans.push({ traceId, spanId, events: [], error: false, ...s });
    return spanId;
  };
  const http = (method: string, route: string, status: number, peer?: string): Record<string, AttrValue> => ({
    'http.request.method': method,
    'http.route': route,
    'url.path': route.replace(':id', String(1000 + Math.floor(Math.random() * 9000))),
    'http.response.status_code': status,
    'network.protocol.version': '1.1',
    ...(peer ? { 'server.address': peer, 'server.port': 8080 } : { 'client.address': '10.0.3.17', 'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0' }),
  });
  const root = add({ service: 'frontend', name: 'POST /checkout', kind: 'SERVER', startUs, durationUs: 48_000, attributes: http('POST', '/checkout', 200) });
  const call = add({ service: 'frontend', name: 'POST', kind: 'CLIENT', parentId: root, startUs: startUs + 400, durationUs: 46_000, attributes: http('POST', '/api/orders', 200, 'checkout') });
  const serve = add({ service: 'checkout', name: 'POST /api/orders', kind: 'SERVER', parentId: call, startUs: startUs + 900, durationUs: 44_000, attributes: http('POST', '/api/orders', 200) });
  const items = 1 + Math.floor(Math.random() * 4);
  for (let i = 0; i < items; i++) {
    const t = startUs + 1_000 + i * 3_000;
    const c = add({ service: 'checkout', name: 'GET', kind: 'CLIENT', parentId: serve, startUs: t, durationUs: 2_500, attributes: http('GET', '/cart/:id', 200, 'cart') });
    const s = add({ service: 'cart', name: 'GET /cart/:id', kind: 'SERVER', parentId: c, startUs: t + 200, durationUs: 2_000, attributes: http('GET', '/cart/:id', 200) });
    add({
      service: 'cart',
      name: 'HGETALL',
      kind: 'CLIENT',
      parentId: s,
      startUs: t + 300,
      durationUs: 600,
      attributes: { 'db.system': 'redis', 'db.operation.name': 'HGETALL', 'db.query.text': `HGETALL cart:${i}`, 'server.address': 'redis-cart', 'server.port': 6379 },
    });
  }
  const inv = add({ service: 'inventory', name: 'reserve', kind: 'SERVER', parentId: serve, startUs: startUs + 14_000, durationUs: 9_000, attributes: { 'rpc.system': 'grpc', 'rpc.service': 'Inventory', 'rpc.method': 'Reserve', 'rpc.grpc.status_code': 0 } });
  add({
    service: 'inventory',
    name: 'UPDATE stock',
    kind: 'CLIENT',
    parentId: inv,
    startUs: startUs + 14_500,
    durationUs: 7_000,
    attributes: { 'db.system': 'postgresql', 'db.namespace': 'shop', 'db.operation.name': 'UPDATE', 'db.query.text': 'UPDATE stock SET reserved = reserved + $1 WHERE sku = $2', 'server.address': 'pg-primary', 'server.port': 5432 },
  });
  const failed = Math.random() < 0.05;
  const pay = add({
    service: 'payment',
    name: 'charge',
    kind: 'SERVER',
    parentId: serve,
    startUs: startUs + 24_000,
    durationUs: 15_000,
    error: failed,
    attributes: { 'rpc.system': 'grpc', 'rpc.service': 'Payment', 'rpc.method': 'Charge', 'rpc.grpc.status_code': failed ? 14 : 0, 'payment.provider': 'acme', 'payment.amount_cents': 4599 },
    events: failed ? [{ timeUs: startUs + 38_000, name: 'exception', attributes: { 'exception.type': 'UpstreamUnavailable', 'exception.message': 'acme: 503 from /v1/charges' } }] : [],
  });
  add({ service: 'payment', name: 'POST', kind: 'CLIENT', parentId: pay, startUs: startUs + 25_000, durationUs: 12_000, error: failed, attributes: http('POST', '/v1/charges', failed ? 503 : 200, 'api.acme-pay.example') });
  add({
    service: 'checkout',
    name: 'orders publish',
    kind: 'PRODUCER',
    parentId: serve,
    startUs: startUs + 40_000,
    durationUs: 1_500,
    attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'orders', 'messaging.operation.type': 'publish', 'messaging.kafka.message.key': hex(6) },
  });
  add({ service: 'checkout', name: 'render receipt', kind: 'INTERNAL', parentId: serve, startUs: startUs + 42_000, durationUs: 900, attributes: { 'code.function.name': 'renderReceipt', 'code.file.path': 'src/receipt.ts' } });
  return spans;
}

/** Makes `count` traces with start times spread over the last minute. */
export function makeTraces(count: number): SynthSpan[][] {
  const now = Date.now() * 1000;
  return Array.from({ length: count }, (_, i) => makeTrace(now - 60_000_000 + i * 1_000));
}

/** Cuts traces into request batches of about `spansPerBatch` spans (whole traces per batch). */
export function batchTraces(traces: SynthSpan[][], spansPerBatch: number): SynthSpan[][] {
  const batches: SynthSpan[][] = [];
  let current: SynthSpan[] = [];
  for (const t of traces) {
    if (current.length > 0 && current.length + t.length > spansPerBatch) {
      batches.push(current);
      current = [];
    }
    current.push(...t);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

// ---- OTLP protobuf ----

const OTLP_KIND = { SERVER: SpanKind.SPAN_KIND_SERVER, CLIENT: SpanKind.SPAN_KIND_CLIENT, INTERNAL: SpanKind.SPAN_KIND_INTERNAL, PRODUCER: SpanKind.SPAN_KIND_PRODUCER } as const;

function kv(attributes: Readonly<Record<string, AttrValue>>): KeyValue[] {
  return Object.entries(attributes).map(([key, v]) => ({
    key,
    value: typeof v === 'string' ? { string_value: v } : typeof v === 'boolean' ? { bool_value: v } : Number.isInteger(v) ? { int_value: Long.fromNumber(v) } : { double_value: v },
  }));
}

const nanos = (us: number): Long => Long.fromNumber(us, true).multiply(1000);

function resourceAttributes(service: Service): KeyValue[] {
  const s = SERVICES[service];
  return kv({
    'service.name': service,
    'service.version': s.version,
    'service.namespace': 'shop',
    'deployment.environment.name': 'production',
    'host.name': s.host,
    'host.arch': 'amd64',
    'os.type': 'linux',
    'process.pid': 4242,
    'process.runtime.name': 'nodejs',
    'process.runtime.version': '20.19.0',
    'telemetry.sdk.name': 'opentelemetry',
    'telemetry.sdk.language': 'nodejs',
    'telemetry.sdk.version': '2.12.1',
  });
}

/** An OTLP ExportTraceServiceRequest body: one ResourceSpans per service, one scope each. */
export function toOtlpProtobuf(batch: readonly SynthSpan[]): Uint8Array {
  const byService = new Map<Service, SynthSpan[]>();
  for (const s of batch) {
    const list = byService.get(s.service as Service) ?? [];
    list.push(s);
    byService.set(s.service as Service, list);
  }
  const resourceSpans: ResourceSpans[] = [...byService].map(([service, spans]) => ({
    resource: { attributes: resourceAttributes(service) },
    scope_spans: [
      {
        scope: { name: '@opentelemetry/instrumentation-http', version: '0.57.0' },
        spans: spans.map((s) => ({
          trace_id: Buffer.from(s.traceId, 'hex'),
          span_id: Buffer.from(s.spanId, 'hex'),
          parent_span_id: s.parentId ? Buffer.from(s.parentId, 'hex') : undefined,
          name: s.name,
          kind: OTLP_KIND[s.kind],
          start_time_unix_nano: nanos(s.startUs),
          end_time_unix_nano: nanos(s.startUs + s.durationUs),
          attributes: kv(s.attributes),
          events: s.events.map((e) => ({ time_unix_nano: nanos(e.timeUs), name: e.name, attributes: kv(e.attributes) })),
          status: s.error ? { code: StatusCode.STATUS_CODE_ERROR, message: 'upstream unavailable' } : undefined,
          flags: 0x100,
        })),
      },
    ],
  }));
  return encodeExportTraceServiceRequest({ resource_spans: resourceSpans });
}

// ---- Zipkin JSON v2 ----

/** A Zipkin v2 JSON body (ListOfSpans), as zipkin-js and the OpenTelemetry Zipkin exporter write it. */
export function toZipkinJson(batch: readonly SynthSpan[]): Buffer {
  return Buffer.from(
    JSON.stringify(
      batch.map((s) => ({
        traceId: s.traceId,
        id: s.spanId,
        parentId: s.parentId,
        name: s.name.toLowerCase(),
        kind: s.kind === 'INTERNAL' ? undefined : s.kind,
        timestamp: s.startUs,
        duration: s.durationUs,
        localEndpoint: { serviceName: s.service, ipv4: '10.0.3.17' },
        remoteEndpoint: s.kind === 'CLIENT' || s.kind === 'PRODUCER' ? { serviceName: String(s.attributes['server.address'] ?? s.attributes['db.system'] ?? 'kafka'), port: 8080 } : undefined,
        annotations: s.events.map((e) => ({ timestamp: e.timeUs, value: e.name })),
        tags: { ...Object.fromEntries(Object.entries(s.attributes).map(([k, v]) => [k, String(v)])), ...(s.error ? { error: 'upstream unavailable' } : {}) },
      })),
    ),
  );
}

// ---- Jaeger Thrift (binary protocol) ----

/** A minimal Thrift binary-protocol writer for `jaeger.thrift` Batch (jaeger-idl). */
class ThriftWriter {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  field(type: number, id: number): this {
    this.ensure(3);
    this.buf.writeInt8(type, this.pos);
    this.buf.writeInt16BE(id, this.pos + 1);
    this.pos += 3;
    return this;
  }
  stop(): this {
    this.ensure(1);
    this.buf[this.pos++] = 0;
    return this;
  }
  i32(v: number): this {
    this.ensure(4);
    this.buf.writeInt32BE(v, this.pos);
    this.pos += 4;
    return this;
  }
  i64(v: bigint): this {
    this.ensure(8);
    this.buf.writeBigInt64BE(BigInt.asIntN(64, v), this.pos);
    this.pos += 8;
    return this;
  }
  double(v: number): this {
    this.ensure(8);
    this.buf.writeDoubleBE(v, this.pos);
    this.pos += 8;
    return this;
  }
  bool(v: boolean): this {
    this.ensure(1);
    this.buf[this.pos++] = v ? 1 : 0;
    return this;
  }
  string(v: string): this {
    const len = Buffer.byteLength(v);
    this.ensure(4 + len);
    this.buf.writeInt32BE(len, this.pos);
    this.buf.write(v, this.pos + 4);
    this.pos += 4 + len;
    return this;
  }
  list(elementType: number, n: number): this {
    this.ensure(5);
    this.buf.writeInt8(elementType, this.pos);
    this.buf.writeInt32BE(n, this.pos + 1);
    this.pos += 5;
    return this;
  }
  bytes(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.pos));
  }
}

const T = { BOOL: 2, DOUBLE: 4, I32: 8, I64: 10, STRING: 11, STRUCT: 12, LIST: 15 } as const;

function writeTag(w: ThriftWriter, key: string, v: AttrValue): void {
  w.field(T.STRING, 1).string(key);
  if (typeof v === 'string') w.field(T.I32, 2).i32(0).field(T.STRING, 3).string(v);
  else if (typeof v === 'boolean') w.field(T.I32, 2).i32(2).field(T.BOOL, 5).bool(v);
  else if (Number.isInteger(v)) w.field(T.I32, 2).i32(3).field(T.I64, 6).i64(BigInt(v));
  else w.field(T.I32, 2).i32(1).field(T.DOUBLE, 4).double(v);
  w.stop();
}

function writeTags(w: ThriftWriter, id: number, tags: Record<string, AttrValue>): void {
  const entries = Object.entries(tags);
  w.field(T.LIST, id).list(T.STRUCT, entries.length);
  for (const [k, v] of entries) writeTag(w, k, v);
}

/** Jaeger Thrift `Batch` bodies, one per service in the batch (a Jaeger client sends its own process only). */
export function toJaegerThrift(batch: readonly SynthSpan[]): Buffer[] {
  const byService = new Map<string, SynthSpan[]>();
  for (const s of batch) byService.set(s.service, [...(byService.get(s.service) ?? []), s]);
  return [...byService].map(([service, spans]) => {
    const w = new ThriftWriter();
    const s = SERVICES[service as Service];
    w.field(T.STRUCT, 1);
    w.field(T.STRING, 1).string(service);
    writeTags(w, 2, { hostname: s.host, ip: '10.0.3.17', 'jaeger.version': 'Node-3.19.0', 'client-uuid': '6a1e3f0c9b2d4e77', 'service.version': s.version });
    w.stop();
    w.field(T.LIST, 2).list(T.STRUCT, spans.length);
    for (const span of spans) {
      const id = BigInt(`0x${span.traceId}`);
      w.field(T.I64, 1).i64(id & 0xffffffffffffffffn);
      w.field(T.I64, 2).i64(id >> 64n);
      w.field(T.I64, 3).i64(BigInt(`0x${span.spanId}`));
      w.field(T.I64, 4).i64(span.parentId ? BigInt(`0x${span.parentId}`) : 0n);
      w.field(T.STRING, 5).string(span.name);
      w.field(T.I32, 7).i32(1);
      w.field(T.I64, 8).i64(BigInt(span.startUs));
      w.field(T.I64, 9).i64(BigInt(span.durationUs));
      writeTags(w, 10, { 'span.kind': span.kind.toLowerCase(), ...span.attributes, ...(span.error ? { error: true } : {}) });
      if (span.events.length > 0) {
        w.field(T.LIST, 11).list(T.STRUCT, span.events.length);
        for (const e of span.events) {
          w.field(T.I64, 1).i64(BigInt(e.timeUs));
          writeTags(w, 2, { event: e.name, ...e.attributes });
          w.stop();
        }
      }
      w.stop();
    }
    w.stop();
    return w.bytes();
  });
}
