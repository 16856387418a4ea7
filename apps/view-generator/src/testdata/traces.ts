// Named fixture traces of the view-generator's tests, built by shared helpers with fixed ids and
// timestamps, their enrichment filled in as the trace-enricher's contract describes (libs/model
// types.ts: SpanEnrichment, CallEdge, TraceEnrichment). Each is a scenario the views must handle.
import type { CallEdge, RawSpan, SpanEdge, SpanEnrichment, StructuredTrace } from '@tracehouse/model';

/** 2025-01-15T12:00:00.000Z in ns. */
export const T0_NS = 1_736_942_400_000_000_000n;
/** 2025-01-15T12:00:00.000Z in ms. */
export const T0_MS = 1_736_942_400_000;
export const TENANT = 'acme';
export const OTHER_TENANT = 'globex';

/** Trace ids of the fixtures. */
export const TRACE_IDS = {
  checkout: '4bf92f3577b34da6a3ce929d0e0e4736',
  lateFragment: '0af7651916cd43dd8448eb211c80319c',
  orphanFragment: '5b8aa5a2d2c872e8321cf37308d69df2',
} as const;

const ms = (n: number): bigint => BigInt(n) * 1_000_000n;

/** The fixed span id of the n-th span of a fixture (16 hex digits). */
export const spanId = (n: number): string => (0x1000 + n).toString(16).padStart(16, '0');

/** What a fixture span sets; the rest gets fixed defaults. */
export type SpanSpec = Partial<RawSpan> & {
  readonly name: string;
  readonly serviceName: string;
  readonly kind: RawSpan['kind'];
  /** The parent's n, or undefined for a root. */
  readonly parent?: number;
  /** Start offset from T0, ms (default n). */
  readonly atMs?: number;
  readonly durationMs?: number;
  readonly enrich?: Partial<SpanEnrichment>;
};

/** A service's entity id as the enricher derives it (deterministic; the exact form does not matter here). */
export const serviceId = (name: string): string => `svc:${name}`;
/** An API's entity id. */
export const apiId = (service: string, api: string): string => `api:${service}:${api}`;
/** A backend's entity id. */
export const backendId = (name: string): string => `backend:${name}`;

/** An enriched RawSpan with fixed defaults. */
export function span(traceId: string, n: number, spec: SpanSpec): RawSpan {
  const { parent, atMs = n, durationMs = 10, enrich, ...rest } = spec;
  const enrichment: SpanEnrichment = {
    role: 'INTERNAL',
    protocol: 'UNSPECIFIED',
    apiEntry: false,
    apiExit: false,
    serviceId: serviceId(spec.serviceName),
    serviceName: spec.serviceName,
    apiId: '',
    apiName: '',
    entryApiId: '',
    entryApiName: '',
    backendId: '',
    backendName: '',
    backendType: '',
    apiStatus: 'UNSPECIFIED',
    errorCount: 0,
    exceptionCount: 0,
    ...enrich,
  };
  return {
    tenantId: TENANT,
    traceId,
    spanId: spanId(n),
    parentSpanId: parent === undefined ? '' : spanId(parent),
    traceState: '',
    startTimeUnixNano: T0_NS + ms(atMs),
    endTimeUnixNano: T0_NS + ms(atMs + durationMs),
    statusCode: 'UNSET',
    statusMessage: '',
    attributes: {},
    resourceAttributes: { 'service.name': spec.serviceName },
    scopeName: '@opentelemetry/instrumentation-http',
    scopeVersion: '0.57.0',
    events: [],
    links: [],
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
    flags: 1,
    receivedAtMs: T0_MS + 1_000,
    ...rest,
    enrichment,
  };
}

/** A StructuredTrace over `spans` as the grouper builds it, with the enricher's trace-level fields. */
export function trace(spans: RawSpan[], marks: Partial<Pick<StructuredTrace, 'isFragment' | 'fragmentSeq' | 'truncated' | 'overflowSpanCount' | 'emittedAtMs'>> & { rootService?: string; transactionName?: string } = {}): StructuredTrace {
  const first = spans[0];
  if (!first) throw new Error('a fixture trace needs spans');
  const index = new Map(spans.map((s, i) => [s.spanId, i]));
  const spanEdges: SpanEdge[] = [];
  const rootIndices: number[] = [];
  spans.forEach((s, i) => {
    const p = s.parentSpanId ? index.get(s.parentSpanId) : undefined;
    if (p === undefined) rootIndices.push(i);
    else spanEdges.push({ parentIndex: p, childIndex: i });
  });
  const start = spans.reduce((m, s) => (s.startTimeUnixNano < m ? s.startTimeUnixNano : m), first.startTimeUnixNano);
  const end = spans.reduce((m, s) => (s.endTimeUnixNano > m ? s.endTimeUnixNano : m), 0n);
  const services = [...new Set(spans.map((s) => s.enrichment?.serviceName ?? s.serviceName))];
  const errors = spans.filter((s) => s.statusCode === 'ERROR').length;
  return {
    tenantId: first.tenantId,
    traceId: first.traceId,
    spans,
    spanEdges,
    rootIndices,
    startTimeUnixNano: start,
    endTimeUnixNano: end,
    spanCount: spans.length,
    isFragment: marks.isFragment ?? false,
    fragmentSeq: marks.fragmentSeq ?? 0,
    truncated: marks.truncated ?? false,
    overflowSpanCount: marks.overflowSpanCount ?? 0,
    emittedAtMs: marks.emittedAtMs ?? T0_MS + 30_000,
    enrichment: {
      transactionName: marks.transactionName ?? '',
      rootServiceName: marks.rootService ?? '',
      services,
      serviceCount: services.length,
      spanCount: spans.length,
      errorCount: errors,
      exceptionCount: spans.reduce((n, s) => n + (s.enrichment?.exceptionCount ?? 0), 0),
      apiEntryCount: spans.filter((s) => s.enrichment?.apiEntry).length,
    },
  };
}

const callService = (service: string, api: string): CallEdge => ({
  calleeKind: 'SERVICE',
  calleeServiceId: serviceId(service),
  calleeServiceName: service,
  calleeApiId: apiId(service, api),
  calleeApiName: api,
  calleeBackendId: '',
  calleeBackendName: '',
});

const callBackend = (backend: string): CallEdge => ({
  calleeKind: 'BACKEND',
  calleeServiceId: '',
  calleeServiceName: '',
  calleeApiId: '',
  calleeApiName: '',
  calleeBackendId: backendId(backend),
  calleeBackendName: backend,
});

const entry = (service: string, api: string, protocol: SpanEnrichment['protocol'], status: SpanEnrichment['apiStatus'] = 'SUCCESS'): Partial<SpanEnrichment> => ({
  role: 'ENTRY',
  protocol,
  apiEntry: true,
  apiId: apiId(service, api),
  apiName: api,
  entryApiId: apiId(service, api),
  entryApiName: api,
  apiStatus: status,
});

/**
 * checkout: frontend `GET /checkout` calls cart `POST /cart/items` over HTTP; cart reads redis;
 * frontend's INSERT into postgres fails with an exception. 6 spans, 2 services, 2 backends, 2 API
 * entries, 3 exit calls (1 to a service, 2 to backends), 1 failed span (the insert), which also fails
 * the frontend API call.
 */
export function checkoutTrace(): StructuredTrace {
  const id = TRACE_IDS.checkout;
  return trace(
    [
      span(id, 1, {
        name: 'GET /checkout',
        serviceName: 'frontend',
        kind: 'SERVER',
        atMs: 0,
        durationMs: 120,
        statusCode: 'ERROR',
        statusMessage: 'order not stored',
        attributes: { 'http.request.method': 'GET', 'url.full': 'https://shop.example/checkout?cart=42', 'http.response.status_code': 500n, 'user.id': 'u-7', 'feature.flags': ['new-cart', 'fast-pay'], 'tab\tand\nnewline': "quote ' and \\ backslash" },
        resourceAttributes: { 'service.name': 'frontend', 'host.name': 'web-1', 'deployment.environment': 'prod' },
        http: { method: 'GET', url: 'https://shop.example/checkout?cart=42', host: 'shop.example', path: '/checkout', route: '/checkout', statusCode: 500 },
        error: { isError: true, type: '', message: 'order not stored' },
        enrich: { ...entry('frontend', 'GET /checkout', 'HTTPS', 'FAIL'), errorCount: 1 },
      }),
      span(id, 2, {
        name: 'POST',
        serviceName: 'frontend',
        kind: 'CLIENT',
        parent: 1,
        atMs: 5,
        durationMs: 40,
        attributes: { 'http.request.method': 'POST', 'server.address': 'cart' },
        http: { method: 'POST', url: 'http://cart:8080/cart/items', host: 'cart', port: 8080, path: '/cart/items', statusCode: 201 },
        peer: { service: 'cart', address: 'cart', port: 8080 },
        enrich: { role: 'EXIT', protocol: 'HTTP', apiExit: true, entryApiId: apiId('frontend', 'GET /checkout'), entryApiName: 'GET /checkout', apiStatus: 'SUCCESS', callee: callService('cart', 'POST /cart/items') },
      }),
      span(id, 3, {
        name: 'POST /cart/items',
        serviceName: 'cart',
        kind: 'SERVER',
        parent: 2,
        atMs: 8,
        durationMs: 30,
        resourceAttributes: { 'service.name': 'cart', 'host.name': 'cart-0' },
        http: { method: 'POST', url: 'http://cart:8080/cart/items', host: 'cart', path: '/cart/items', route: '/cart/items', statusCode: 201 },
        enrich: entry('cart', 'POST /cart/items', 'HTTP'),
      }),
      span(id, 4, {
        name: 'HGET',
        serviceName: 'cart',
        kind: 'CLIENT',
        parent: 3,
        atMs: 10,
        durationMs: 2,
        db: { system: 'redis', operation: 'HGET', statement: 'HGET cart:42 items' },
        peer: { service: 'redis', address: '10.0.0.9', port: 6379 },
        enrich: { role: 'EXIT', protocol: 'CACHE', apiExit: true, entryApiId: apiId('cart', 'POST /cart/items'), entryApiName: 'POST /cart/items', backendId: backendId('redis'), backendName: 'redis', backendType: 'redis', apiStatus: 'SUCCESS', callee: callBackend('redis') },
      }),
      span(id, 5, {
        name: 'INSERT orders',
        serviceName: 'frontend',
        kind: 'CLIENT',
        parent: 1,
        atMs: 50,
        durationMs: 60,
        statusCode: 'ERROR',
        statusMessage: 'duplicate key',
        db: { system: 'postgresql', name: 'shop', operation: 'INSERT', statement: 'INSERT INTO orders VALUES ($1, $2)', table: 'orders' },
        error: { isError: true, type: 'PostgresError', message: 'duplicate key value violates unique constraint' },
        events: [{ timeUnixNano: T0_NS + ms(109), name: 'exception', attributes: { 'exception.type': 'PostgresError', 'exception.message': 'duplicate key value violates unique constraint' }, droppedAttributesCount: 0 }],
        enrich: { role: 'EXIT', protocol: 'DB', apiExit: true, entryApiId: apiId('frontend', 'GET /checkout'), entryApiName: 'GET /checkout', backendId: backendId('postgres/shop'), backendName: 'postgres/shop', backendType: 'postgresql', apiStatus: 'FAIL', errorCount: 1, exceptionCount: 1, callee: callBackend('postgres/shop') },
      }),
      span(id, 6, {
        name: 'render',
        serviceName: 'frontend',
        kind: 'INTERNAL',
        parent: 1,
        atMs: 112,
        durationMs: 5,
        rpc: { system: 'grpc', service: 'Render', method: 'Page', statusCode: 0 },
        links: [{ traceId: TRACE_IDS.lateFragment, spanId: spanId(1), traceState: '', attributes: { reason: 'follows' }, droppedAttributesCount: 0, flags: 1 }],
        enrich: { entryApiId: apiId('frontend', 'GET /checkout'), entryApiName: 'GET /checkout' },
      }),
    ],
    { rootService: 'frontend', transactionName: 'GET /checkout' },
  );
}

/**
 * late fragment, part 1: billing `POST /invoices` (root) and its first child, emitted when the
 * trace went quiet. Part 2 ({@link lateFragmentPart2}) arrives later.
 */
export function lateFragmentPart1(): StructuredTrace {
  const id = TRACE_IDS.lateFragment;
  return trace(
    [
      span(id, 1, { name: 'POST /invoices', serviceName: 'billing', kind: 'SERVER', atMs: 1_000, durationMs: 500, enrich: entry('billing', 'POST /invoices', 'HTTP') }),
      span(id, 2, {
        name: 'publish invoice',
        serviceName: 'billing',
        kind: 'PRODUCER',
        parent: 1,
        atMs: 1_010,
        durationMs: 5,
        messaging: { system: 'kafka', destination: 'invoices', operation: 'publish' },
        enrich: { role: 'EXIT', protocol: 'MESSAGING', apiExit: true, entryApiId: apiId('billing', 'POST /invoices'), entryApiName: 'POST /invoices', backendId: backendId('kafka/invoices'), backendName: 'kafka/invoices', backendType: 'kafka', apiStatus: 'SUCCESS', callee: callBackend('kafka/invoices') },
      }),
    ],
    { rootService: 'billing', transactionName: 'POST /invoices', emittedAtMs: T0_MS + 20_000 },
  );
}

/**
 * late fragment, part 2: a mailer consumer span (a new service) that arrived after part 1 was
 * emitted, its parent being part 1's producer span; it ends after everything in part 1, so the
 * trace's end and duration grow, and it failed.
 */
export function lateFragmentPart2(): StructuredTrace {
  const id = TRACE_IDS.lateFragment;
  return trace(
    [
      span(id, 3, {
        name: 'process invoice',
        serviceName: 'mailer',
        kind: 'CONSUMER',
        parent: 2,
        atMs: 1_200,
        durationMs: 2_000,
        statusCode: 'ERROR',
        messaging: { system: 'kafka', destination: 'invoices', operation: 'process' },
        enrich: { ...entry('mailer', 'process invoices', 'MESSAGING', 'FAIL'), errorCount: 1 },
      }),
    ],
    { isFragment: true, fragmentSeq: 1, emittedAtMs: T0_MS + 40_000, rootService: 'mailer', transactionName: 'process invoices' },
  );
}

/** orphan fragment: two spans whose parent never arrived, in tenant `globex`, truncated by the grouper. */
export function orphanFragment(): StructuredTrace {
  const id = TRACE_IDS.orphanFragment;
  const spans = [
    span(id, 7, { name: 'GET /stock', serviceName: 'inventory', kind: 'SERVER', parent: 99, atMs: 3_000, durationMs: 15, enrich: entry('inventory', 'GET /stock', 'HTTP') }),
    span(id, 8, { name: 'SELECT stock', serviceName: 'inventory', kind: 'INTERNAL', parent: 7, atMs: 3_002, durationMs: 4, enrich: { entryApiId: apiId('inventory', 'GET /stock'), entryApiName: 'GET /stock' } }),
  ].map((s) => ({ ...s, tenantId: OTHER_TENANT }));
  return trace(spans, { truncated: true, overflowSpanCount: 3, rootService: 'inventory', transactionName: 'GET /stock' });
}

/** Every fixture message in the order the pipeline would deliver them. */
export function allFixtureMessages(): StructuredTrace[] {
  return [checkoutTrace(), lateFragmentPart1(), orphanFragment(), lateFragmentPart2()];
}
