// Named fixture traces for the query API's integration tests, as view rows written through the
// trace-store writer (what the view-generator derives from enriched traces), with fixed ids and
// times. Two tenants: `acme` has a failing checkout across frontend -> cart -> redis, a quick
// health check a minute later and a worker trace with a 64-bit id; `globex` has one trace of its own;
// `initech` has a Zipkin login trace whose spans carry what the Zipkin receiver stores (issue 12).
import type { SpanRow, TraceFragmentRow, ViewRows } from '@tracehouse/trace-store';

/** 2025-01-15T12:00:00.000Z in ns. */
export const T0 = 1_736_942_400_000_000_000n;
/** T0 in µs and ms, as the APIs take times. */
export const T0_US = 1_736_942_400_000_000;
export const T0_MS = 1_736_942_400_000;
const MS = 1_000_000n;

export const ACME = 'acme';
export const GLOBEX = 'globex';
export const INITECH = 'initech';

export const TRACES = {
  /** acme: GET /checkout on frontend (500) -> POST cart -> HGET redis. */
  checkout: '4bf92f3577b34da6a3ce929d0e0e4736',
  /** acme: GET /health on frontend at T0 + 60 s, 5 ms. */
  health: '0af7651916cd43dd8448eb211c80319c',
  /** acme: a worker's internal tick with a 64-bit (Zipkin/Jaeger) id, left-padded. */
  tick: '0000000000000000a3ce929d0e0e4736',
  /** globex: GET /globex on its own frontend. */
  globex: '5b8aa5a2d2c872e8321cf37308d69df2',
  /** initech: a Zipkin client call to `auth` answered 401, as the Zipkin receiver stores it. */
  login: '00000000000000004bf92f3577b34da6',
} as const;

/** The fixed span id of the n-th fixture span. */
export const sid = (n: number): string => (0x1000 + n).toString(16).padStart(16, '0');

type SpanSpec = Partial<SpanRow> & Pick<SpanRow, 'tenant' | 'traceId' | 'spanId' | 'serviceName' | 'spanName' | 'kind'> & { atMs: number; durationMs: number };

/** A span row with the fixtures' defaults, starting `atMs` after T0. */
export function span(spec: SpanSpec): SpanRow {
  const { atMs, durationMs, ...rest } = spec;
  const start = T0 + BigInt(atMs) * MS;
  const duration = BigInt(durationMs) * MS;
  return {
    parentSpanId: '', traceState: '', serviceId: `svc:${spec.serviceName}`, spanServiceName: spec.serviceName,
    apiId: '', apiName: '', entryApiId: '', entryApiName: '', role: 'INTERNAL', protocol: 'UNSPECIFIED',
    startTimeUnixNano: start, endTimeUnixNano: start + duration, durationNs: duration,
    statusCode: 'UNSET', statusMessage: '', apiStatus: 'UNSPECIFIED', isError: false, errorType: '', errorMessage: '', errorCount: 0, exceptionCount: 0,
    httpMethod: '', httpUrl: '', httpHost: '', httpPath: '', httpRoute: '', httpStatusCode: 0, rpcSystem: '', rpcService: '', rpcMethod: '', rpcStatusCode: undefined,
    dbSystem: '', dbName: '', dbOperation: '', dbStatement: '', dbTable: '', messagingSystem: '', messagingDestination: '', messagingOperation: '',
    peerService: '', peerAddress: '', peerPort: 0, backendId: '', backendName: '', backendType: '',
    apiEntry: false, calleeKind: '', calleeServiceId: '', calleeServiceName: '', calleeApiId: '', calleeApiName: '', calleeBackendId: '', calleeBackendName: '',
    attributes: {}, resourceAttributes: { 'service.name': spec.serviceName }, events: [], links: [],
    scopeName: '', scopeVersion: '', receivedAtMs: T0_MS, version: 1,
    ...rest,
  };
}

/** The trace fragment the view-generator writes for these spans (the first is the root). */
export function fragment(spans: readonly SpanRow[]): TraceFragmentRow {
  const root = spans[0] as SpanRow;
  return {
    tenant: root.tenant,
    traceId: root.traceId,
    startTimeUnixNano: spans.reduce((m, s) => (s.startTimeUnixNano < m ? s.startTimeUnixNano : m), root.startTimeUnixNano),
    endTimeUnixNano: spans.reduce((m, s) => (s.endTimeUnixNano > m ? s.endTimeUnixNano : m), root.endTimeUnixNano),
    spanIds: spans.map((s) => s.spanId),
    errorSpanIds: spans.filter((s) => s.isError).map((s) => s.spanId),
    services: [...new Set(spans.map((s) => s.serviceName))].sort(),
    rootRank: 0,
    rootStartUnixNano: root.startTimeUnixNano,
    rootService: root.serviceName,
    transactionName: root.apiName || root.spanName,
    truncated: false,
    overflowSpanCount: 0,
  };
}

const checkoutSpans: SpanRow[] = [
  span({
    tenant: ACME, traceId: TRACES.checkout, spanId: sid(1), serviceName: 'frontend', spanName: 'GET /checkout', kind: 'SERVER', role: 'ENTRY', apiEntry: true, protocol: 'HTTPS',
    atMs: 0, durationMs: 120, apiName: 'GET /checkout', entryApiName: 'GET /checkout', statusCode: 'ERROR', statusMessage: 'upstream failed', apiStatus: 'FAIL', isError: true,
    httpMethod: 'GET', httpRoute: '/checkout', httpStatusCode: 500,
    attributes: { 'http.request.method': 'GET', 'http.response.status_code': '500', 'user.id': 'u-7' },
    resourceAttributes: { 'service.name': 'frontend', 'host.name': 'web-1' },
    events: [{ timeUnixNano: T0 + 110n * MS, name: 'exception', attributes: { 'exception.type': 'UpstreamError' } }],
    scopeName: '@opentelemetry/instrumentation-http', scopeVersion: '0.57.0',
  }),
  span({
    tenant: ACME, traceId: TRACES.checkout, spanId: sid(2), parentSpanId: sid(1), serviceName: 'frontend', spanName: 'POST', kind: 'CLIENT', role: 'EXIT', calleeKind: 'SERVICE', calleeServiceId: 'svc:cart', calleeServiceName: 'cart', protocol: 'HTTP',
    atMs: 2, durationMs: 30, entryApiName: 'GET /checkout', peerService: 'cart', peerAddress: '10.0.0.7', peerPort: 8080,
    resourceAttributes: { 'service.name': 'frontend', 'host.name': 'web-1' },
  }),
  span({
    tenant: ACME, traceId: TRACES.checkout, spanId: sid(3), parentSpanId: sid(2), serviceName: 'cart', spanName: 'POST /cart/items', kind: 'SERVER', role: 'ENTRY', apiEntry: true, protocol: 'HTTP',
    atMs: 3, durationMs: 25, apiName: 'POST /cart/items', entryApiName: 'POST /cart/items', apiStatus: 'SUCCESS', statusCode: 'OK',
  }),
  span({
    tenant: ACME, traceId: TRACES.checkout, spanId: sid(4), parentSpanId: sid(3), serviceName: 'cart', spanName: 'HGET', kind: 'CLIENT', role: 'EXIT', calleeKind: 'BACKEND', calleeBackendId: 'backend:redis', calleeBackendName: 'redis', protocol: 'CACHE',
    atMs: 5, durationMs: 2, entryApiName: 'POST /cart/items', dbSystem: 'redis', backendName: 'redis', attributes: { 'db.system': 'redis' },
  }),
];

const healthSpans: SpanRow[] = [
  span({
    tenant: ACME, traceId: TRACES.health, spanId: sid(11), serviceName: 'frontend', spanName: 'GET /health', kind: 'SERVER', role: 'ENTRY', apiEntry: true, protocol: 'HTTP',
    atMs: 60_000, durationMs: 5, apiName: 'GET /health', entryApiName: 'GET /health', apiStatus: 'SUCCESS', statusCode: 'OK', attributes: { 'http.response.status_code': '200' },
  }),
];

const tickSpans: SpanRow[] = [span({ tenant: ACME, traceId: TRACES.tick, spanId: sid(21), serviceName: 'worker', spanName: 'tick', kind: 'INTERNAL', atMs: 120_000, durationMs: 1 })];

const globexSpans: SpanRow[] = [
  span({
    tenant: GLOBEX, traceId: TRACES.globex, spanId: sid(31), serviceName: 'frontend', spanName: 'GET /globex', kind: 'SERVER', role: 'ENTRY', apiEntry: true, protocol: 'HTTP',
    atMs: 0, durationMs: 50, apiName: 'GET /globex', entryApiName: 'GET /globex', apiStatus: 'SUCCESS', statusCode: 'OK', attributes: { 'http.response.status_code': '500' },
  }),
];

const loginSpans: SpanRow[] = [
  // Sent as Zipkin {"kind":"CLIENT","tags":{"http.path":"/login","error":"401"},"remoteEndpoint":{"serviceName":"auth","ipv4":"10.0.0.9","port":443},
  // "annotations":[{"value":"retry|{\"attempt\":\"2\"}|0"}]}: the receiver (as the OpenTelemetry
  // Collector's) sets status ERROR with description 401 and keeps the endpoint as peer attributes.
  span({
    tenant: INITECH, traceId: TRACES.login, spanId: sid(41), serviceName: 'gateway', spanName: 'post /login', kind: 'CLIENT',
    atMs: 0, durationMs: 12, statusCode: 'ERROR', statusMessage: '401', isError: true,
    attributes: { 'http.path': '/login', 'peer.service': 'auth', 'net.peer.ip': '10.0.0.9', 'net.peer.port': '443' },
    resourceAttributes: { 'service.name': 'gateway' },
    events: [{ timeUnixNano: T0 + MS, name: 'retry', attributes: { attempt: '2' } }],
  }),
  // An INTERNAL span with status OK, linked to the call (Zipkin: span.kind=internal, otel.status_code=OK, otlp.link.0).
  span({
    tenant: INITECH, traceId: TRACES.login, spanId: sid(42), parentSpanId: sid(41), serviceName: 'gateway', spanName: 'hash', kind: 'INTERNAL',
    atMs: 1, durationMs: 1, statusCode: 'OK', resourceAttributes: { 'service.name': 'gateway' },
    links: [{ traceId: TRACES.login, spanId: sid(41), attributes: { 'opentracing.ref_type': 'follows_from' } }],
  }),
  // How the receiver before issue 12 stored Zipkin error="401": the tag kept, status UNSET, the error flag set.
  span({
    tenant: INITECH, traceId: TRACES.login, spanId: sid(43), parentSpanId: sid(41), serviceName: 'gateway', spanName: 'legacy', kind: 'SERVER',
    atMs: 2, durationMs: 1, isError: true, attributes: { error: '401' }, resourceAttributes: { 'service.name': 'gateway' },
  }),
];

/** Every fixture's rows, for one ViewBatch. */
export function fixtureRows(): ViewRows {
  const all = [checkoutSpans, healthSpans, tickSpans, globexSpans, loginSpans];
  return {
    spans: all.flat(),
    traceFragments: all.map(fragment),
  };
}
