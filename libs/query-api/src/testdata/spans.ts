// A named fixture for the shape-mapping specs: a two-span checkout trace whose server span failed,
// with an event, a link, resource attributes and a peer; and spans with every attribute type,
// warnings, and the statuses the Jaeger and Zipkin receivers produce.
import type { ReadSpan } from '../ports';

export const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
/** 2025-01-15T12:00:00.000Z in ns. */
export const T0 = 1_736_942_400_000_000_000n;
const MS = 1_000_000n;

/** A span with fixed defaults. */
export function readSpan(overrides: Partial<ReadSpan> & Pick<ReadSpan, 'spanId' | 'spanName'>): ReadSpan {
  return {
    traceId: TRACE_ID,
    parentSpanId: '',
    traceState: '',
    serviceName: 'frontend',
    kind: 'INTERNAL',
    startTimeUnixNano: T0,
    endTimeUnixNano: T0 + 10n * MS,
    durationNs: 10n * MS,
    statusCode: 'UNSET',
    statusMessage: '',
    isError: false,
    peerService: '',
    peerAddress: '',
    peerPort: 0,
    attributes: {},
    resourceAttributes: { 'service.name': 'frontend', 'host.name': 'web-1' },
    events: [],
    links: [],
    scopeName: '',
    scopeVersion: '',
    ...overrides,
  };
}

/** The failed `GET /checkout` server span. */
export const serverSpan = readSpan({
  spanId: '0000000000001001',
  spanName: 'GET /checkout',
  kind: 'SERVER',
  durationNs: 120_500_000n,
  endTimeUnixNano: T0 + 120_500_000n,
  statusCode: 'ERROR',
  statusMessage: 'boom',
  isError: true,
  traceState: 'rojo=00f067aa0ba902b7',
  attributes: { 'http.route': '/checkout', 'http.response.status_code': '500' },
  events: [{ timeUnixNano: T0 + 5n * MS, name: 'exception', attributes: { 'exception.type': 'Error' } }],
  scopeName: '@opentelemetry/instrumentation-http',
  scopeVersion: '0.57.0',
});

/** Its client child calling the `cart` service at 10.0.0.7:8080, linked to another trace. */
export const clientSpan = readSpan({
  spanId: '0000000000001002',
  parentSpanId: '0000000000001001',
  spanName: 'POST',
  kind: 'CLIENT',
  startTimeUnixNano: T0 + 2n * MS,
  endTimeUnixNano: T0 + 2n * MS + 999n,
  durationNs: 999n,
  statusCode: 'OK',
  peerService: 'cart',
  peerAddress: '10.0.0.7',
  peerPort: 8080,
  // What the Zipkin receiver writes for a remote endpoint (and OTel instrumentations still send).
  attributes: { 'peer.service': 'cart', 'net.peer.ip': '10.0.0.7', 'net.peer.port': 8080n },
  resourceAttributes: { 'service.name': 'frontend', 'host.name': 'web-1' },
  links: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: '0000000000002001', attributes: {} }],
});

/** A span of another service instance (another process in Jaeger terms). */
export const cartSpan = readSpan({
  spanId: '0000000000001003',
  parentSpanId: '0000000000001002',
  spanName: 'POST /cart/items',
  kind: 'SERVER',
  serviceName: 'cart',
  startTimeUnixNano: T0 + 3n * MS,
  resourceAttributes: { 'service.name': 'cart' },
});

/** A 16-byte value (bytes attributes). */
export const BYTES = new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x00, 0xff]);

/**
 * A span with one attribute of every OTLP type (and an int64 beyond JavaScript's safe range), typed
 * resource attributes, a typed event and warnings, as a reader that keeps types returns it.
 */
export const typedSpan = readSpan({
  spanId: '0000000000001004',
  spanName: 'typed',
  kind: 'SERVER',
  attributes: {
    'http.response.status_code': 200n,
    'big.int': 9_007_199_254_740_993n,
    ratio: 0.25,
    whole: 3,
    cached: true,
    payload: BYTES,
    tags: ['a', 1n, false],
    nested: { z: 1n, a: 'x', b: BYTES },
    name: 'plain',
  },
  resourceAttributes: { 'service.name': 'frontend', 'process.pid': 4242n, 'host.name': 'web-1' },
  events: [{ timeUnixNano: T0 + MS, name: 'retry', attributes: { attempt: 2n, backoff: 1.5, final: false } }],
  warnings: ['start time 0 is before 1971; kept as sent', 'parent 00000000000000aa never arrived'],
});

/** A Zipkin span sent with `error: "401"`, as the Zipkin receiver stores it: status ERROR, description 401, no error tag. */
export const zipkinErrorSpan = readSpan({
  spanId: '0000000000001005',
  spanName: 'get /login',
  kind: 'CLIENT',
  statusCode: 'ERROR',
  statusMessage: '401',
  isError: true,
  attributes: { 'http.path': '/login' },
  resourceAttributes: { 'service.name': 'frontend' },
});
