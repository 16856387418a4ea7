// A multi-service workload sent by real tracer clients from npm, one trace per protocol, with
// explicit timestamps so that what the query API returns can be compared exactly:
//   otlp-http  @opentelemetry/exporter-trace-otlp-proto: frontend -> orders -> postgres, redis,
//              kafka producer -> shipping consumer;
//   otlp-grpc  @opentelemetry/exporter-trace-otlp-grpc: checkout -> payments (gRPC) -> an external
//              HTTPS API, failing (the error trace);
//   zipkin     zipkin-js + zipkin-transport-http: web -> api, a shared client/server span id;
//   jaeger     jaeger-client over HTTP Thrift: inventory with a failing DB call.
// It prints what it sent as one JSON line. It runs as a child process because the OpenTelemetry
// exporters load their transports with dynamic import(), which Jest's sandbox does not support.
//   node dist/tools/e2e/src/testdata/workload.js '<urls JSON>'
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter as OtlpGrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { initTracer } from 'jaeger-client';
import { Annotation, BatchRecorder, ExplicitContext, InetAddress, Tracer as ZipkinTracer, jsonEncoder } from 'zipkin';
import { HttpLogger } from 'zipkin-transport-http';

/** A span as the workload sent it; times in microseconds, as the Jaeger API answers them. */
export interface SentSpan {
  readonly protocol: 'otlp-http' | 'otlp-grpc' | 'zipkin' | 'jaeger';
  readonly traceId: string;
  readonly spanId: string;
  /** '' for a root. For a Zipkin shared server span: the id the client half sent (tracehouse derives a new one). */
  readonly parentSpanId: string;
  readonly name: string;
  readonly service: string;
  readonly startUs: number;
  readonly durationUs: number;
  readonly tags: Record<string, string | number | boolean>;
  readonly error: boolean;
  /** Zipkin only: the server half of a shared span (its id is re-derived by tracehouse). */
  readonly sharedServer?: boolean;
}

export interface WorkloadUrls {
  readonly otlpHttp: string;
  readonly otlpGrpc: string;
  readonly zipkin: string;
  readonly jaegerThrift: string;
}

function failOnExportError(exporter: SpanExporter, errors: unknown[]): SpanExporter {
  return {
    export: (spans, done) =>
      exporter.export(spans, (result) => {
        if (result.code !== 0) errors.push(result.error ?? new Error(`export failed with code ${result.code}`));
        done(result);
      }),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

/** Sends one OTel trace through several providers (one per service) with the given exporter kind. */
async function otelTrace(protocol: 'otlp-http' | 'otlp-grpc', url: string, build: (tracer: (service: string) => (name: string, kind: SpanKind, parent: Span | undefined, startMs: number, endMs: number, attributes: Attributes, error?: string) => Span) => void): Promise<SentSpan[]> {
  const errors: unknown[] = [];
  const memory = new InMemorySpanExporter();
  const providers = new Map<string, BasicTracerProvider>();
  const providerFor = (service: string): BasicTracerProvider => {
    let provider = providers.get(service);
    if (!provider) {
      const exporter = protocol === 'otlp-http' ? new OtlpProtoExporter({ url }) : new OtlpGrpcExporter({ url });
      provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment.name': 'e2e' }),
        spanProcessors: [new BatchSpanProcessor(failOnExportError(exporter, errors)), new SimpleSpanProcessor(memory)],
      });
      providers.set(service, provider);
    }
    return provider;
  };
  build((service) => (name, kind, parent, startMs, endMs, attributes, error) => {
    const ctx: Context = parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
    const span = providerFor(service).getTracer('e2e-workload', '1.0.0').startSpan(name, { kind, attributes, startTime: startMs }, ctx);
    if (error) {
      span.recordException({ name: 'PaymentError', message: error });
      span.setStatus({ code: SpanStatusCode.ERROR, message: error });
    }
    span.end(endMs);
    return span;
  });
  for (const provider of providers.values()) await provider.forceFlush();
  // Read what was recorded before shutdown: shutting the in-memory exporter down empties it.
  const finished = [...memory.getFinishedSpans()];
  for (const provider of providers.values()) await provider.shutdown();
  if (errors.length > 0) throw errors[0];
  const us = ([s, n]: [number, number]): number => s * 1_000_000 + Math.floor(n / 1000);
  return finished.map((s: ReadableSpan) => ({
    protocol,
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext?.spanId ?? '',
    name: s.name,
    service: String(s.resource.attributes['service.name']),
    startUs: us(s.startTime),
    durationUs: us(s.endTime) - us(s.startTime),
    tags: Object.fromEntries(Object.entries(s.attributes).map(([k, v]) => [k, v as string | number | boolean])),
    error: s.status.code === SpanStatusCode.ERROR,
  }));
}

async function shopTrace(url: string, base: number): Promise<SentSpan[]> {
  return otelTrace('otlp-http', url, (tracer) => {
    const frontend = tracer('frontend');
    const orders = tracer('orders');
    const root = frontend('GET /api/orders/{id}', SpanKind.SERVER, undefined, base, base + 40, {
      'http.request.method': 'GET', 'url.path': '/api/orders/42', 'url.scheme': 'http', 'http.route': '/api/orders/{id}', 'http.response.status_code': 200, 'server.address': 'shop.example',
    });
    const call = frontend('GET', SpanKind.CLIENT, root, base + 2, base + 35, {
      'http.request.method': 'GET', 'url.full': 'http://orders:8080/orders/42', 'server.address': 'orders', 'server.port': 8080, 'http.response.status_code': 200,
    });
    const handle = orders('GET /orders/{id}', SpanKind.SERVER, call, base + 4, base + 33, {
      'http.request.method': 'GET', 'url.path': '/orders/42', 'http.route': '/orders/{id}', 'http.response.status_code': 200,
    });
    orders('SELECT orders', SpanKind.CLIENT, handle, base + 5, base + 12, {
      'db.system': 'postgresql', 'db.name': 'shop', 'db.statement': 'SELECT * FROM orders WHERE id = $1', 'db.operation': 'SELECT', 'db.sql.table': 'orders', 'server.address': 'pg.internal', 'server.port': 5432,
    });
    orders('GET', SpanKind.CLIENT, handle, base + 13, base + 15, { 'db.system': 'redis', 'db.operation': 'GET', 'server.address': 'cache.internal', 'server.port': 6379 });
    const publish = orders('order-events publish', SpanKind.PRODUCER, handle, base + 16, base + 20, {
      'messaging.system': 'kafka', 'messaging.destination.name': 'order-events', 'messaging.operation': 'publish', 'server.address': 'kafka.internal', 'server.port': 9092,
    });
    tracer('shipping')('order-events process', SpanKind.CONSUMER, publish, base + 25, base + 30, { 'messaging.system': 'kafka', 'messaging.destination.name': 'order-events', 'messaging.operation': 'process' });
  });
}

async function paymentTrace(url: string, base: number): Promise<SentSpan[]> {
  return otelTrace('otlp-grpc', url, (tracer) => {
    const checkout = tracer('checkout');
    const payments = tracer('payments');
    const root = checkout('POST /checkout', SpanKind.SERVER, undefined, base, base + 60, { 'http.request.method': 'POST', 'url.path': '/checkout', 'http.route': '/checkout', 'http.response.status_code': 500 }, 'payment declined');
    const rpc = checkout('payments.PaymentService/Charge', SpanKind.CLIENT, root, base + 3, base + 55, {
      'rpc.system': 'grpc', 'rpc.service': 'payments.PaymentService', 'rpc.method': 'Charge', 'server.address': 'payments', 'server.port': 50051, 'rpc.grpc.status_code': 13,
    }, 'payment declined');
    const charge = payments('payments.PaymentService/Charge', SpanKind.SERVER, rpc, base + 5, base + 52, { 'rpc.system': 'grpc', 'rpc.service': 'payments.PaymentService', 'rpc.method': 'Charge', 'rpc.grpc.status_code': 13 }, 'payment declined');
    payments('POST', SpanKind.CLIENT, charge, base + 8, base + 50, {
      'http.request.method': 'POST', 'url.full': 'https://api.stripe.com/v1/charges', 'server.address': 'api.stripe.com', 'server.port': 443, 'http.response.status_code': 502,
    }, 'upstream returned 502');
  });
}

async function zipkinTrace(url: string): Promise<SentSpan[]> {
  const recorder = (): BatchRecorder => new BatchRecorder({ logger: new HttpLogger({ endpoint: url, jsonEncoder: jsonEncoder.JSON_V2, httpInterval: 50 }), timeout: 60_000_000 });
  const webRecorder = recorder();
  const apiRecorder = recorder();
  const web = new ZipkinTracer({ ctxImpl: new ExplicitContext(), recorder: webRecorder, localServiceName: 'web', traceId128Bit: true });
  const api = new ZipkinTracer({ ctxImpl: new ExplicitContext(), recorder: apiRecorder, localServiceName: 'api' });
  const rootId = web.createRootId();
  const clientId = web.scoped(() => {
    web.setId(rootId);
    return web.createChildId();
  });
  // zipkin-js stamps annotations with its own clock, so the expected spans below carry no times.
  const sent: SentSpan[] = [];
  web.scoped(() => {
    web.setId(rootId);
    web.recordServiceName('web');
    web.recordRpc('get /home');
    web.recordAnnotation(new Annotation.ServerRecv());
    web.recordBinary('http.path', '/home');
  });
  web.scoped(() => {
    web.setId(clientId);
    web.recordServiceName('web');
    web.recordRpc('get /items');
    web.recordAnnotation(new Annotation.ClientSend());
    web.recordBinary('http.path', '/items');
    web.recordAnnotation(new Annotation.ServerAddr({ serviceName: 'api', host: new InetAddress('10.0.0.7'), port: 8080 }));
  });
  // The server side joins the client's span id (zipkin-js marks it shared), as B3 propagation does.
  const joined = (api as unknown as { join(id: typeof clientId): typeof clientId }).join(clientId);
  api.scoped(() => {
    api.setId(joined);
    api.recordServiceName('api');
    api.recordRpc('get /items');
    api.recordAnnotation(new Annotation.ServerRecv());
    api.recordBinary('http.path', '/items');
    api.recordAnnotation(new Annotation.ServerSend());
  });
  web.scoped(() => {
    web.setId(clientId);
    web.recordAnnotation(new Annotation.ClientRecv());
  });
  web.scoped(() => {
    web.setId(rootId);
    web.recordAnnotation(new Annotation.ServerSend());
  });
  // zipkin-transport-http sends on its interval; wait until both loggers have flushed.
  await new Promise((r) => setTimeout(r, 400));
  const traceId = rootId.traceId.padStart(32, '0');
  const pad = (id: string): string => id.padStart(16, '0');
  sent.push(
    { protocol: 'zipkin', traceId, spanId: pad(rootId.spanId), parentSpanId: '', name: 'get /home', service: 'web', startUs: 0, durationUs: 0, tags: { 'http.path': '/home' }, error: false },
    { protocol: 'zipkin', traceId, spanId: pad(clientId.spanId), parentSpanId: pad(rootId.spanId), name: 'get /items', service: 'web', startUs: 0, durationUs: 0, tags: { 'http.path': '/items' }, error: false },
    { protocol: 'zipkin', traceId, spanId: pad(clientId.spanId), parentSpanId: pad(clientId.spanId), name: 'get /items', service: 'api', startUs: 0, durationUs: 0, tags: { 'http.path': '/items' }, error: false, sharedServer: true },
  );
  return sent;
}

async function jaegerTrace(url: string, base: number): Promise<SentSpan[]> {
  const tracer = initTracer(
    { serviceName: 'inventory', sampler: { type: 'const', param: 1 }, reporter: { collectorEndpoint: url, flushIntervalMs: 60_000 }, traceId128bit: true },
    { tags: { 'deployment.environment': 'e2e' }, logger: { info: () => undefined, error: (m: string) => process.stderr.write(`jaeger-client: ${m}\n`) } },
  );
  const root = tracer.startSpan('reserve', { tags: { 'span.kind': 'server', 'http.method': 'POST', 'http.url': 'http://inventory/reserve', 'http.status_code': 500 }, startTime: base });
  const child = tracer.startSpan('UPDATE stock', { childOf: root, tags: { 'span.kind': 'client', 'db.type': 'sql', 'db.instance': 'stock', 'peer.hostname': 'stock-db', 'peer.port': 3306 }, startTime: base + 2 });
  child.setTag('error', true);
  child.log({ event: 'error', message: 'deadlock detected' }, base + 5);
  child.finish(base + 8);
  root.setTag('error', true);
  root.finish(base + 10);
  await new Promise<void>((resolve) => tracer.close(resolve));
  const traceId = root.context().toTraceId().padStart(32, '0');
  return [
    { protocol: 'jaeger', traceId, spanId: root.context().toSpanId().padStart(16, '0'), parentSpanId: '', name: 'reserve', service: 'inventory', startUs: base * 1000, durationUs: 10_000, tags: { 'http.method': 'POST', 'http.status_code': 500 }, error: true },
    { protocol: 'jaeger', traceId, spanId: child.context().toSpanId().padStart(16, '0'), parentSpanId: root.context().toSpanId().padStart(16, '0'), name: 'UPDATE stock', service: 'inventory', startUs: (base + 2) * 1000, durationUs: 6_000, tags: { 'db.type': 'sql', 'db.instance': 'stock' }, error: true },
  ];
}

async function main(): Promise<void> {
  const urls = JSON.parse(process.argv[2] ?? '{}') as WorkloadUrls;
  const base = Date.now() - 120_000;
  const spans = [
    ...(await shopTrace(urls.otlpHttp, base)),
    ...(await paymentTrace(urls.otlpGrpc, base + 1_000)),
    ...(await zipkinTrace(urls.zipkin)),
    ...(await jaegerTrace(urls.jaegerThrift, base + 2_000)),
  ];
  process.stdout.write(`${JSON.stringify(spans)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
