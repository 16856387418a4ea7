// Named fixture traces of the trace-enricher's tests and benchmark, built by shared helpers with
// fixed ids and timestamps. Each is a scenario the enrichers must handle; its spans are named
// after what they are, so a test reads `byName(trace, 'cart GET /cart')`.
import type { RawSpan, SpanEdge, StructuredTrace } from '@tracehouse/model';

/** 2025-01-15T12:00:00.000Z in ns. */
export const T0_NS = 1_736_942_400_000_000_000n;
/** 2025-01-15T12:00:00.000Z in ms. */
export const T0_MS = 1_736_942_400_000;
export const TENANT = 'acme';
export const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const ms = (n: number): bigint => BigInt(n) * 1_000_000n;

/** The fixed span id of the n-th span of a fixture (16 hex digits). */
export const spanId = (n: number): string => n.toString(16).padStart(16, '0');

/** What a fixture span sets; the rest gets fixed defaults. */
export type SpanSpec = Partial<RawSpan> & { readonly name: string; readonly serviceName: string; readonly kind: RawSpan['kind'] };

/** A RawSpan with fixed defaults: span n starts at T0 + n ms and lasts `durationMs` (default 10). */
export function span(n: number, spec: SpanSpec & { parent?: number; durationMs?: number }): RawSpan {
  const { parent, durationMs = 10, ...rest } = spec;
  return {
    tenantId: TENANT,
    traceId: TRACE_ID,
    spanId: spanId(n),
    parentSpanId: parent === undefined ? '' : spanId(parent),
    traceState: '',
    startTimeUnixNano: T0_NS + ms(n),
    endTimeUnixNano: T0_NS + ms(n + durationMs),
    statusCode: 'UNSET',
    statusMessage: '',
    attributes: {},
    resourceAttributes: {},
    scopeName: '',
    scopeVersion: '',
    events: [],
    links: [],
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
    flags: 1,
    receivedAtMs: T0_MS + 1_000,
    ...rest,
  };
}

/** A StructuredTrace over `spans` as the grouper builds it: edges among them, roots, start and end. */
export function trace(spans: RawSpan[], marks: Partial<Pick<StructuredTrace, 'isFragment' | 'fragmentSeq' | 'tenantId' | 'traceId'>> = {}): StructuredTrace {
  const index = new Map(spans.map((s, i) => [s.spanId, i]));
  const spanEdges: SpanEdge[] = [];
  const rootIndices: number[] = [];
  spans.forEach((s, i) => {
    const p = s.parentSpanId ? index.get(s.parentSpanId) : undefined;
    if (p === undefined) rootIndices.push(i);
    else spanEdges.push({ parentIndex: p, childIndex: i });
  });
  const start = spans.reduce((m, s) => (s.startTimeUnixNano < m ? s.startTimeUnixNano : m), spans[0]?.startTimeUnixNano ?? 0n);
  const end = spans.reduce((m, s) => (s.endTimeUnixNano > m ? s.endTimeUnixNano : m), 0n);
  return {
    tenantId: TENANT,
    traceId: TRACE_ID,
    spans,
    spanEdges,
    rootIndices,
    startTimeUnixNano: start,
    endTimeUnixNano: end,
    spanCount: spans.length,
    isFragment: false,
    fragmentSeq: 0,
    truncated: false,
    overflowSpanCount: 0,
    emittedAtMs: T0_MS + 5_000,
    ...marks,
  };
}

/** The index of the span with that name; throws naming it when absent. */
export function indexOf(t: StructuredTrace, name: string): number {
  const i = t.spans.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`fixture ${t.traceId} has no span named ${JSON.stringify(name)}`);
  return i;
}

/** The span with that name. */
export function byName(t: StructuredTrace, name: string): RawSpan {
  return t.spans[indexOf(t, name)] as RawSpan;
}

/**
 * HTTP fan-out: the frontend's `GET /checkout` calls cart, inventory and pricing over HTTP; cart's
 * framework reports its route, inventory's does not (its path is templated), pricing is called
 * over HTTPS.
 */
export function httpFanOut(): StructuredTrace {
  return trace([
    span(1, { name: 'frontend GET /checkout', serviceName: 'frontend', kind: 'SERVER', http: { method: 'GET', route: '/checkout', path: '/checkout', statusCode: 200 } }),
    span(2, { name: 'frontend render', serviceName: 'frontend', kind: 'INTERNAL', parent: 1 }),
    span(3, { name: 'frontend GET cart', serviceName: 'frontend', kind: 'CLIENT', parent: 2, http: { method: 'GET', url: 'http://cart:8080/cart/123', host: 'cart', port: 8080, statusCode: 200 } }),
    span(4, { name: 'cart GET /cart', serviceName: 'cart', kind: 'SERVER', parent: 3, http: { method: 'GET', route: '/cart/:id', path: '/cart/123', statusCode: 200 } }),
    span(5, { name: 'frontend GET inventory', serviceName: 'frontend', kind: 'CLIENT', parent: 2, http: { method: 'GET', url: 'http://inventory/items/9f1c2e4a7b8d', statusCode: 200 } }),
    span(6, { name: 'inventory GET', serviceName: 'inventory', kind: 'SERVER', parent: 5, http: { method: 'GET', path: '/items/9f1c2e4a7b8d', statusCode: 200 } }),
    span(7, { name: 'frontend POST pricing', serviceName: 'frontend', kind: 'CLIENT', parent: 2, http: { method: 'POST', url: 'https://pricing.internal/v1/quotes', statusCode: 201 } }),
    span(8, { name: 'pricing POST /v1/quotes', serviceName: 'pricing', kind: 'SERVER', parent: 7, http: { method: 'POST', route: '/v1/quotes', scheme: 'https', statusCode: 201 } }),
    // Nested server instrumentation (a middleware span under the HTTP server span): same API call.
    span(9, { name: 'pricing middleware', serviceName: 'pricing', kind: 'SERVER', parent: 8 }),
  ]);
}

/** gRPC: checkout calls `shop.Cart/AddItem` on cart, which answers OK. */
export function grpcCall(): StructuredTrace {
  return trace([
    span(1, { name: 'checkout POST /place-order', serviceName: 'checkout', kind: 'SERVER', http: { method: 'POST', route: '/place-order', statusCode: 200 } }),
    span(2, { name: 'shop.Cart/AddItem client', serviceName: 'checkout', kind: 'CLIENT', parent: 1, rpc: { system: 'grpc', service: 'shop.Cart', method: 'AddItem', statusCode: 0 }, peer: { address: 'cart', port: 50051 } }),
    span(3, { name: 'shop.Cart/AddItem', serviceName: 'cart', kind: 'SERVER', parent: 2, rpc: { system: 'grpc', service: 'shop.Cart', method: 'AddItem', statusCode: 0 } }),
  ]);
}

/** A database and a cache call: orders reads PostgreSQL on orders-db:5432 and Redis on its default port. */
export function dbAndCache(): StructuredTrace {
  return trace([
    span(1, { name: 'orders GET /orders/{id}', serviceName: 'orders', kind: 'SERVER', http: { method: 'GET', route: '/orders/{id}', statusCode: 200 } }),
    span(2, { name: 'SELECT orders', serviceName: 'orders', kind: 'CLIENT', parent: 1, db: { system: 'postgresql', name: 'shop', operation: 'SELECT', table: 'orders' }, peer: { address: 'Orders-DB', port: 5432 } }),
    span(3, { name: 'GET', serviceName: 'orders', kind: 'CLIENT', parent: 1, db: { system: 'redis', operation: 'GET' }, peer: { address: 'cache' } }),
    span(4, { name: 'SELECT items', serviceName: 'orders', kind: 'CLIENT', parent: 1, db: { system: 'postgresql', name: 'shop', operation: 'SELECT' }, peer: { address: 'orders-db' } }),
  ]);
}

/** A message producer/consumer pair: orders publishes to Kafka topic `orders`, billing consumes it. */
export function producerConsumer(): StructuredTrace {
  return trace([
    span(1, { name: 'orders POST /orders', serviceName: 'orders', kind: 'SERVER', http: { method: 'POST', route: '/orders', statusCode: 202 } }),
    span(2, { name: 'orders publish', serviceName: 'orders', kind: 'PRODUCER', parent: 1, messaging: { system: 'kafka', destination: 'orders', operation: 'publish' } }),
    span(3, { name: 'orders process', serviceName: 'billing', kind: 'CONSUMER', parent: 2, messaging: { system: 'kafka', destination: 'orders', operation: 'process' } }),
    span(4, { name: 'billing charge', serviceName: 'billing', kind: 'INTERNAL', parent: 3 }),
  ]);
}

/** An external HTTP call: checkout calls Stripe (no spans come back from it), once with an explicit default port. */
export function externalHttp(): StructuredTrace {
  return trace([
    span(1, { name: 'checkout POST /pay', serviceName: 'checkout', kind: 'SERVER', http: { method: 'POST', route: '/pay', statusCode: 200 } }),
    span(2, { name: 'stripe charge', serviceName: 'checkout', kind: 'CLIENT', parent: 1, http: { method: 'POST', url: 'https://api.stripe.com/v1/charges', statusCode: 200 } }),
    span(3, { name: 'stripe refund', serviceName: 'checkout', kind: 'CLIENT', parent: 1, http: { method: 'POST', url: 'https://API.Stripe.com:443/v1/refunds', statusCode: 200 } }),
  ]);
}

/**
 * Error paths: gateway's API fails with 500 after an exception; its call to users gets 404 (a
 * client error: FAIL on the client span, SUCCESS on the server span); its gRPC call to
 * recommendations gets UNAVAILABLE; an internal step sets status ERROR and records two exceptions.
 */
export function errorPaths(): StructuredTrace {
  const exception = (n: number) => ({ timeUnixNano: T0_NS + ms(n), name: 'exception', attributes: { 'exception.type': 'IOError' }, droppedAttributesCount: 0 });
  return trace([
    span(1, { name: 'gateway GET /profile', serviceName: 'gateway', kind: 'SERVER', http: { method: 'GET', route: '/profile', statusCode: 500 }, events: [exception(9)], error: { isError: true, type: 'IOError' } }),
    span(2, { name: 'gateway GET users', serviceName: 'gateway', kind: 'CLIENT', parent: 1, http: { method: 'GET', url: 'http://users/users/42', statusCode: 404 } }),
    span(3, { name: 'users GET /users/:id', serviceName: 'users', kind: 'SERVER', parent: 2, http: { method: 'GET', route: '/users/:id', statusCode: 404 } }),
    span(4, { name: 'recs client', serviceName: 'gateway', kind: 'CLIENT', parent: 1, rpc: { system: 'grpc', service: 'recs.Recs', method: 'List', statusCode: 14 }, peer: { address: 'recs', port: 9090 } }),
    span(5, { name: 'gateway assemble', serviceName: 'gateway', kind: 'INTERNAL', parent: 1, statusCode: 'ERROR', events: [exception(6), exception(7)] }),
    span(6, { name: 'users load', serviceName: 'users', kind: 'INTERNAL', parent: 3, statusCode: 'OK' }),
  ]);
}

/**
 * Spans with no service: web's client span was recorded by a library without a service name (it
 * inherits web), and the server it called has no service either but the client named it with
 * `peer.service`.
 */
export function spanWithNoService(): StructuredTrace {
  return trace([
    span(1, { name: 'web GET /home', serviceName: 'web', kind: 'SERVER', http: { method: 'GET', route: '/home', statusCode: 200 } }),
    span(2, { name: 'library client', serviceName: 'unknown_service', kind: 'CLIENT', parent: 1, http: { method: 'GET', url: 'http://profile/api/me', statusCode: 200 }, peer: { service: 'profile' } }),
    span(3, { name: 'profile GET /api/me', serviceName: 'unknown_service:node', kind: 'SERVER', parent: 2, http: { method: 'GET', path: '/api/me', statusCode: 200 } }),
    span(4, { name: 'profile db', serviceName: 'unknown_service', kind: 'CLIENT', parent: 3, db: { system: 'mysql', name: 'profiles' }, peer: { address: 'mysql-1' } }),
  ]);
}

/**
 * A fragment: late spans of the HTTP fan-out trace whose parents were emitted earlier — cart's
 * server span (its caller's client span is elsewhere) with a child, and an orphan client span of
 * the frontend whose service entry is elsewhere.
 */
export function lateFragment(): StructuredTrace {
  return trace(
    [
      span(20, { name: 'cart GET /cart (late)', serviceName: 'cart', kind: 'SERVER', parent: 3, http: { method: 'GET', route: '/cart/:id', statusCode: 200 } }),
      span(21, { name: 'cart load', serviceName: 'cart', kind: 'INTERNAL', parent: 20 }),
      span(22, { name: 'frontend GET ads (late)', serviceName: 'frontend', kind: 'CLIENT', parent: 2, http: { method: 'GET', url: 'http://ads/ads?slot=1', statusCode: 200 } }),
      span(23, { name: 'orphan without service', serviceName: 'unknown_service', kind: 'CLIENT', parent: 2, http: { method: 'GET', url: 'http://ads/x' } }),
    ],
    { isFragment: true, fragmentSeq: 1 },
  );
}

/** Every named fixture. */
export const FIXTURES = { httpFanOut, grpcCall, dbAndCache, producerConsumer, externalHttp, errorPaths, spanWithNoService, lateFragment } as const;
