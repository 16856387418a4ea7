// Named fixtures for the model codecs, built with fixed ids and timestamps so every run encodes
// the same bytes. Timestamps are real nanosecond epochs (~1.7e18), far beyond 2^53, so any
// silent trip through a double would show.
import { type RawSpan, type StructuredTrace } from '../types';

export const TENANT = 'acme';
export const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
export const ROOT_SPAN_ID = '00f067aa0ba902b7';
export const CHILD_SPAN_ID = 'b7ad6b7169203331';
export const GRANDCHILD_SPAN_ID = 'c0ffee00deadbeef';
/** 2023-11-14T22:13:20.123456789Z in ns: not representable as a double. */
export const T0 = 1_700_000_000_123_456_789n;
export const RECEIVED_AT_MS = 1_700_000_001_000;
/** 2^53 + 1: the first integer a double cannot hold. */
export const INT_BEYOND_DOUBLE = 9_007_199_254_740_993n;

/** An HTTP server span with every field, group, event, link and an enrichment filled in. */
export function httpServerSpanFull(): RawSpan {
  return {
    tenantId: TENANT,
    traceId: TRACE_ID,
    spanId: ROOT_SPAN_ID,
    parentSpanId: 'a1b2c3d4e5f60718',
    traceState: 'rojo=00f067aa0ba902b7,congo=t61rcWkgMzE',
    name: 'GET /users/{id}',
    kind: 'SERVER',
    startTimeUnixNano: T0,
    endTimeUnixNano: T0 + 12_345_678n,
    statusCode: 'ERROR',
    statusMessage: 'upstream timed out',
    serviceName: 'users-api',
    attributes: {
      'http.request.method': 'GET',
      'http.response.status_code': 504n,
      'url.full': 'https://api.example.com/users/42?verbose=1',
      'server.port': 443n,
      'app.ratio': 0.25,
      'app.whole_double': 3,
      'app.flag': true,
      'app.big': INT_BEYOND_DOUBLE,
      'app.int64_min': -9_223_372_036_854_775_808n,
      'app.int64_max': 9_223_372_036_854_775_807n,
      'app.negative': -42n,
      'app.bytes': new Uint8Array([0, 1, 254, 255]),
      'app.list': ['a', 1n, 2.5, false, [3n], { nested: 'yes' }],
      'app.map': { k: 'v', n: -7n, inner: { deep: [true] } },
      'app.empty_list': [],
      'app.empty_map': {},
      'app.empty_string': '',
    },
    resourceAttributes: {
      'service.name': 'users-api',
      'service.version': '1.4.2',
      'host.name': 'node-7',
      'process.pid': 4242n,
    },
    scopeName: '@opentelemetry/instrumentation-http',
    scopeVersion: '0.52.1',
    events: [
      {
        timeUnixNano: T0 + 1_000n,
        name: 'exception',
        attributes: {
          'exception.type': 'TimeoutError',
          'exception.message': 'upstream timed out after 5000 ms',
          'exception.stacktrace': 'TimeoutError: upstream timed out\n    at fetch (users.js:12:3)',
        },
        droppedAttributesCount: 1,
      },
      { timeUnixNano: T0 + 2_000n, name: 'retry', attributes: {}, droppedAttributesCount: 0 },
    ],
    links: [
      {
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b9c7c989f97918e1',
        traceState: 'vendor=1',
        attributes: { 'link.reason': 'batch' },
        droppedAttributesCount: 2,
        flags: 0x301,
      },
    ],
    droppedAttributesCount: 3,
    droppedEventsCount: 4,
    droppedLinksCount: 5,
    flags: 0x101,
    receivedAtMs: RECEIVED_AT_MS,
    warnings: ['span id 5b8efff798038103 was taken by another span: kept under a derived id'],
    http: {
      method: 'GET',
      url: 'https://api.example.com/users/42?verbose=1',
      scheme: 'https',
      host: 'api.example.com',
      port: 443,
      path: '/users/42',
      query: 'verbose=1',
      route: '/users/{id}',
      statusCode: 504,
      userAgent: 'curl/8.4.0',
      requestBodySize: 0,
      responseBodySize: 5_000_000_000,
    },
    rpc: { system: 'grpc', service: 'users.v1.Users', method: 'Get', statusCode: 0 },
    db: { system: 'postgresql', name: 'users', operation: 'SELECT', statement: 'SELECT * FROM users WHERE id = $1', table: 'users' },
    messaging: { system: 'kafka', destination: 'user-events', operation: 'publish' },
    peer: { service: 'users-db', address: '10.0.0.7', port: 5432 },
    error: { isError: true, type: 'TimeoutError', message: 'upstream timed out after 5000 ms' },
    enrichment: {
      role: 'ENTRY',
      protocol: 'HTTPS',
      apiEntry: true,
      apiExit: false,
      serviceId: 'svc-7f3a',
      serviceName: 'users-api',
      apiId: 'api-91c2',
      apiName: 'GET /users/{id}',
      entryApiId: 'api-91c2',
      entryApiName: 'GET /users/{id}',
      backendId: '',
      backendName: '',
      backendType: '',
      apiStatus: 'FAIL',
      errorCount: 1,
      exceptionCount: 1,
      callee: {
        calleeKind: 'BACKEND',
        calleeServiceId: '',
        calleeServiceName: '',
        calleeApiId: '',
        calleeApiName: '',
        calleeBackendId: 'be-22d1',
        calleeBackendName: 'postgresql://users-db:5432/users',
      },
    },
  };
}

/** A span with only what every span must have: ids, a name, times and a service. */
export function minimalSpan(overrides: Partial<RawSpan> = {}): RawSpan {
  return {
    tenantId: 'default',
    traceId: TRACE_ID,
    spanId: ROOT_SPAN_ID,
    parentSpanId: '',
    traceState: '',
    name: 'work',
    kind: 'UNSPECIFIED',
    startTimeUnixNano: T0,
    endTimeUnixNano: T0,
    statusCode: 'UNSET',
    statusMessage: '',
    serviceName: 'unknown_service',
    attributes: {},
    resourceAttributes: {},
    scopeName: '',
    scopeVersion: '',
    events: [],
    links: [],
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
    flags: 0,
    receivedAtMs: 0,
    ...overrides,
  };
}

/**
 * A follow-up fragment (fragment_seq 2) of an enriched trace: a server span, its client child
 * and that client's server-side grandchild, linked by two edges, with one root.
 */
export function threeSpanFragmentTrace(): StructuredTrace {
  const root = minimalSpan({
    tenantId: TENANT,
    spanId: ROOT_SPAN_ID,
    name: 'GET /checkout',
    kind: 'SERVER',
    endTimeUnixNano: T0 + 9_000_000n,
    serviceName: 'frontend',
    attributes: { 'http.route': '/checkout' },
    receivedAtMs: RECEIVED_AT_MS,
    http: { method: 'GET', route: '/checkout', statusCode: 200 },
  });
  const client = minimalSpan({
    tenantId: TENANT,
    spanId: CHILD_SPAN_ID,
    parentSpanId: ROOT_SPAN_ID,
    name: 'POST',
    kind: 'CLIENT',
    startTimeUnixNano: T0 + 1_000_000n,
    endTimeUnixNano: T0 + 8_000_000n,
    serviceName: 'frontend',
    receivedAtMs: RECEIVED_AT_MS,
    http: { method: 'POST', url: 'http://payments:8080/pay', statusCode: 201 },
    peer: { service: 'payments', port: 8080 },
  });
  const server = minimalSpan({
    tenantId: TENANT,
    spanId: GRANDCHILD_SPAN_ID,
    parentSpanId: CHILD_SPAN_ID,
    name: 'POST /pay',
    kind: 'SERVER',
    startTimeUnixNano: T0 + 2_000_000n,
    endTimeUnixNano: T0 + 7_000_000n,
    statusCode: 'OK',
    serviceName: 'payments',
    receivedAtMs: RECEIVED_AT_MS + 5,
    rpc: { system: 'grpc', statusCode: 0 },
    error: { isError: false },
  });
  return {
    tenantId: TENANT,
    traceId: TRACE_ID,
    spans: [root, client, server],
    spanEdges: [
      { parentIndex: 0, childIndex: 1 },
      { parentIndex: 1, childIndex: 2 },
    ],
    rootIndices: [0],
    startTimeUnixNano: T0,
    endTimeUnixNano: T0 + 9_000_000n,
    spanCount: 3,
    isFragment: true,
    fragmentSeq: 2,
    truncated: true,
    overflowSpanCount: 17,
    emittedAtMs: RECEIVED_AT_MS + 30_000,
    enrichment: {
      transactionName: 'GET /checkout',
      rootServiceName: 'frontend',
      services: ['frontend', 'payments'],
      serviceCount: 2,
      spanCount: 3,
      errorCount: 0,
      exceptionCount: 0,
      apiEntryCount: 2,
    },
  };
}

/**
 * A span in which every field of every message, down to each AnyValue kind, holds a non-default
 * value: comparing its encoding with the generated code's checks every field number and type.
 */
export function everyFieldSetSpan(): RawSpan {
  const span = httpServerSpanFull();
  return {
    ...span,
    http: { ...span.http, requestBodySize: 1234 },
    rpc: { ...span.rpc, statusCode: 14 },
    enrichment: {
      role: 'EXIT',
      protocol: 'GRPC',
      apiEntry: true,
      apiExit: true,
      serviceId: 'svc-7f3a',
      serviceName: 'users-api',
      apiId: 'api-91c2',
      apiName: 'GET /users/{id}',
      entryApiId: 'api-0001',
      entryApiName: 'GET /home',
      backendId: 'be-22d1',
      backendName: 'users-db',
      backendType: 'postgresql',
      apiStatus: 'SUCCESS',
      errorCount: 2,
      exceptionCount: 3,
      callee: {
        calleeKind: 'SERVICE',
        calleeServiceId: 'svc-aa01',
        calleeServiceName: 'payments',
        calleeApiId: 'api-bb02',
        calleeApiName: 'POST /pay',
        calleeBackendId: 'be-cc03',
        calleeBackendName: 'payments-db',
      },
    },
  };
}
