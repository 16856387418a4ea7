// The traffic the web UI's end-to-end test looks at, sent by real tracer clients from npm with
// explicit timestamps over the last few minutes:
//   OpenTelemetry SDK, OTLP/HTTP protobuf exporter, one provider per service:
//     storefront GET /checkout -> catalog GET /items/{id} -> postgres catalog-db, and in parallel
//       -> billing POST /charges -> postgres billing-db. billing's POST /charges fails (status
//       ERROR, HTTP 500, an exception event, a slow INSERT) in FAILING_CHECKOUTS of the checkouts:
//       billing is the service whose errors are rising;
//     reports GET /reports/daily -> reports-db, failing now and 20 minutes ago (steady errors);
//     storefront GET /account -> billing GET /invoices -> billing-db (billing's healthy API);
//     storefront GET /items/{id} -> catalog GET /items/{id} -> catalog-db;
//   jaeger-client over HTTP Thrift: shipping POST /shipments -> mysql shipping-db.
// It prints what it sent as one JSON line ({@link UiWorkload}). It runs as a child process because
// the OpenTelemetry exporters load their transports with dynamic import(), which Jest's sandbox
// does not support.
//   node dist/tools/e2e/src/ui/testdata/ui-workload.js '<urls JSON>'
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { initTracer } from 'jaeger-client';

/** Checkouts sent, and how many of them fail in billing. */
export const CHECKOUTS = 4;
export const FAILING_CHECKOUTS = 2;

/** A span as sent; times in microseconds since the epoch, as the Jaeger API answers them. */
export interface UiSentSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly service: string;
  readonly startUs: number;
  readonly durationUs: number;
  readonly error: boolean;
}

/** What the workload sent, with the traces the test navigates to by their role. */
export interface UiWorkload {
  readonly spans: UiSentSpan[];
  /** storefront GET /checkout traces whose billing call failed. */
  readonly failingCheckouts: string[];
  /** storefront GET /checkout traces that succeeded (same structure, faster). */
  readonly okCheckouts: string[];
  /** reports GET /reports/daily traces (all failing, one of them 20 minutes old). */
  readonly reportTraces: string[];
  /** Every trace id sent. */
  readonly traceIds: string[];
}

export interface UiWorkloadUrls {
  readonly otlpHttp: string;
  readonly jaegerThrift: string;
}

type StartSpan = (service: string, name: string, kind: SpanKind, parent: Span | undefined, startMs: number, endMs: number, attributes: Attributes, error?: string) => Span;

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

/** Runs `build` with one tracer provider per service, exports over OTLP/HTTP and returns what was sent. */
async function sendOtel(url: string, build: (start: StartSpan) => void): Promise<UiSentSpan[]> {
  const errors: unknown[] = [];
  const memory = new InMemorySpanExporter();
  const providers = new Map<string, BasicTracerProvider>();
  const providerFor = (service: string): BasicTracerProvider => {
    let provider = providers.get(service);
    if (!provider) {
      provider = new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': service, 'service.version': '2.3.1', 'deployment.environment.name': 'e2e' }),
        spanProcessors: [new BatchSpanProcessor(failOnExportError(new OTLPTraceExporter({ url }), errors)), new SimpleSpanProcessor(memory)],
      });
      providers.set(service, provider);
    }
    return provider;
  };
  build((service, name, kind, parent, startMs, endMs, attributes, error) => {
    const ctx = parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
    const span = providerFor(service).getTracer('ui-e2e-workload', '1.0.0').startSpan(name, { kind, attributes, startTime: startMs }, ctx);
    if (error) {
      span.recordException({ name: 'CardDeclinedError', message: error }, endMs - 1);
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
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext?.spanId ?? '',
    name: s.name,
    service: String(s.resource.attributes['service.name']),
    startUs: us(s.startTime),
    durationUs: us(s.endTime) - us(s.startTime),
    error: s.status.code === SpanStatusCode.ERROR,
  }));
}

/**
 * storefront GET /checkout: the catalog lookup runs in parallel with the billing call, so it is
 * off the critical path; a failing checkout's billing call answers 500 after a slow INSERT.
 */
function checkout(start: StartSpan, base: number, failing: boolean): Span {
  const end = failing ? 90 : 40;
  const root = start('storefront', 'GET /checkout', SpanKind.SERVER, undefined, base, base + end, {
    'http.request.method': 'GET', 'url.path': '/checkout', 'url.scheme': 'https', 'http.route': '/checkout', 'http.response.status_code': 200, 'server.address': 'shop.example',
  });
  const items = start('storefront', 'GET', SpanKind.CLIENT, root, base + 3, base + 25, {
    'http.request.method': 'GET', 'url.full': 'http://catalog:8080/items/7', 'server.address': 'catalog', 'server.port': 8080, 'http.response.status_code': 200,
  });
  const itemsServer = start('catalog', 'GET /items/{id}', SpanKind.SERVER, items, base + 5, base + 23, {
    'http.request.method': 'GET', 'url.path': '/items/7', 'http.route': '/items/{id}', 'http.response.status_code': 200,
  });
  start('catalog', 'SELECT items', SpanKind.CLIENT, itemsServer, base + 7, base + 20, {
    'db.system': 'postgresql', 'db.name': 'catalog', 'db.operation': 'SELECT', 'db.sql.table': 'items', 'db.statement': 'SELECT * FROM items WHERE id = $1', 'server.address': 'catalog-db', 'server.port': 5432,
  });
  const charge = start('storefront', 'POST', SpanKind.CLIENT, root, base + 2, base + end - 2, {
    'http.request.method': 'POST', 'url.full': 'http://billing:8080/charges', 'server.address': 'billing', 'server.port': 8080, 'http.response.status_code': failing ? 500 : 201,
  });
  const chargeServer = start('billing', 'POST /charges', SpanKind.SERVER, charge, base + 4, base + end - 4, {
    'http.request.method': 'POST', 'url.path': '/charges', 'http.route': '/charges', 'http.response.status_code': failing ? 500 : 201, 'payment.amount_cents': 4_250, 'payment.retry': false,
  }, failing ? 'card declined by the issuer' : undefined);
  start('billing', 'INSERT charges', SpanKind.CLIENT, chargeServer, base + 6, base + end - 8, {
    'db.system': 'postgresql', 'db.name': 'billing', 'db.operation': 'INSERT', 'db.sql.table': 'charges', 'db.statement': 'INSERT INTO charges (order_id, amount) VALUES ($1, $2)', 'server.address': 'billing-db', 'server.port': 5432,
  });
  return root;
}

function account(start: StartSpan, base: number): Span {
  const root = start('storefront', 'GET /account', SpanKind.SERVER, undefined, base, base + 30, { 'http.request.method': 'GET', 'url.path': '/account', 'http.route': '/account', 'http.response.status_code': 200 });
  const call = start('storefront', 'GET', SpanKind.CLIENT, root, base + 2, base + 28, { 'http.request.method': 'GET', 'url.full': 'http://billing:8080/invoices', 'server.address': 'billing', 'server.port': 8080, 'http.response.status_code': 200 });
  const server = start('billing', 'GET /invoices', SpanKind.SERVER, call, base + 4, base + 26, { 'http.request.method': 'GET', 'url.path': '/invoices', 'http.route': '/invoices', 'http.response.status_code': 200 });
  start('billing', 'SELECT invoices', SpanKind.CLIENT, server, base + 6, base + 20, { 'db.system': 'postgresql', 'db.name': 'billing', 'db.operation': 'SELECT', 'db.sql.table': 'invoices', 'server.address': 'billing-db', 'server.port': 5432 });
  return root;
}

function browse(start: StartSpan, base: number): Span {
  const root = start('storefront', 'GET /items/{id}', SpanKind.SERVER, undefined, base, base + 25, { 'http.request.method': 'GET', 'url.path': '/items/9', 'http.route': '/items/{id}', 'http.response.status_code': 200 });
  const call = start('storefront', 'GET', SpanKind.CLIENT, root, base + 2, base + 22, { 'http.request.method': 'GET', 'url.full': 'http://catalog:8080/items/9', 'server.address': 'catalog', 'server.port': 8080, 'http.response.status_code': 200 });
  const server = start('catalog', 'GET /items/{id}', SpanKind.SERVER, call, base + 4, base + 20, { 'http.request.method': 'GET', 'url.path': '/items/9', 'http.route': '/items/{id}', 'http.response.status_code': 200 });
  start('catalog', 'SELECT items', SpanKind.CLIENT, server, base + 6, base + 16, { 'db.system': 'postgresql', 'db.name': 'catalog', 'db.operation': 'SELECT', 'db.sql.table': 'items', 'server.address': 'catalog-db', 'server.port': 5432 });
  return root;
}

/**
 * reports GET /reports/daily fails every time, now and 20 minutes ago: its error rate is high but
 * steady, so home ranks it after billing, whose errors are new.
 */
function dailyReport(start: StartSpan, base: number): Span {
  const root = start('reports', 'GET /reports/daily', SpanKind.SERVER, undefined, base, base + 15, {
    'http.request.method': 'GET', 'url.path': '/reports/daily', 'http.route': '/reports/daily', 'http.response.status_code': 503,
  }, 'report store unavailable');
  start('reports', 'SELECT report_rows', SpanKind.CLIENT, root, base + 2, base + 12, {
    'db.system': 'postgresql', 'db.name': 'reports', 'db.operation': 'SELECT', 'server.address': 'reports-db', 'server.port': 5432,
  });
  return root;
}

async function shipment(url: string, base: number): Promise<UiSentSpan[]> {
  const tracer = initTracer(
    { serviceName: 'shipping', sampler: { type: 'const', param: 1 }, reporter: { collectorEndpoint: url, flushIntervalMs: 60_000 }, traceId128bit: true },
    { tags: { 'deployment.environment': 'e2e' }, logger: { info: () => undefined, error: (m: string) => process.stderr.write(`jaeger-client: ${m}\n`) } },
  );
  const root = tracer.startSpan('POST /shipments', { tags: { 'span.kind': 'server', 'http.method': 'POST', 'http.url': 'http://shipping/shipments', 'http.status_code': 201 }, startTime: base });
  const child = tracer.startSpan('INSERT shipments', { childOf: root, tags: { 'span.kind': 'client', 'db.type': 'sql', 'db.instance': 'shipping', 'peer.hostname': 'shipping-db', 'peer.port': 3306, 'db.statement': 'INSERT INTO shipments VALUES (?)' }, startTime: base + 2 });
  child.finish(base + 9);
  root.finish(base + 12);
  await new Promise<void>((resolve) => tracer.close(resolve));
  const traceId = root.context().toTraceId().padStart(32, '0');
  const rootId = root.context().toSpanId().padStart(16, '0');
  return [
    { traceId, spanId: rootId, parentSpanId: '', name: 'POST /shipments', service: 'shipping', startUs: base * 1000, durationUs: 12_000, error: false },
    { traceId, spanId: child.context().toSpanId().padStart(16, '0'), parentSpanId: rootId, name: 'INSERT shipments', service: 'shipping', startUs: (base + 2) * 1000, durationUs: 7_000, error: false },
  ];
}

async function main(): Promise<void> {
  const urls = JSON.parse(process.argv[2] ?? '{}') as UiWorkloadUrls;
  if (!urls.otlpHttp || !urls.jaegerThrift) throw new Error(`the workload needs {"otlpHttp","jaegerThrift"} URLs as its argument (got ${process.argv[2] ?? 'nothing'})`);
  // Within the last five minutes (inside the UI's default 15-minute window; the failing checkouts
  // last), but for one report 20 minutes ago, in the window before.
  const now = Date.now();
  const roots: Array<{ root: Span; failing?: boolean }> = [];
  const otel = await sendOtel(urls.otlpHttp, (start) => {
    for (let i = 0; i < 2; i++) roots.push({ root: browse(start, now - 280_000 + i * 20_000) });
    for (let i = 0; i < 2; i++) roots.push({ root: account(start, now - 240_000 + i * 20_000) });
    for (let i = 0; i < CHECKOUTS; i++) {
      const failing = i >= CHECKOUTS - FAILING_CHECKOUTS;
      roots.push({ root: checkout(start, now - 180_000 + i * 30_000, failing), failing });
    }
    // The same-length window before the UI's default 15 minutes, and the current one.
    roots.push({ root: dailyReport(start, now - 20 * 60_000) }, { root: dailyReport(start, now - 150_000) });
  });
  const shipping = await shipment(urls.jaegerThrift, now - 200_000);
  const spans = [...otel, ...shipping];
  const ids = (failing: boolean): string[] => roots.filter((r) => r.failing === failing).map((r) => r.root.spanContext().traceId);
  const reportTraces = [...new Set(otel.filter((sp) => sp.service === 'reports').map((sp) => sp.traceId))];
  const workload: UiWorkload = { spans, failingCheckouts: ids(true), okCheckouts: ids(false), reportTraces, traceIds: [...new Set(spans.map((s) => s.traceId))] };
  process.stdout.write(`${JSON.stringify(workload)}\n`);
}

// Only as a script: the test imports this module for its constants and types.
if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
