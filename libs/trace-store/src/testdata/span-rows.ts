// A named `spans` row for the trace-store's unit tests (document, batch and operations specs).
import type { SpanRow } from '../rows';

/** A span's start time in the fixtures (ns). */
export const T0 = 1_736_942_400_123_456_789n;

/** A `spans` row of a failed checkout API entry, with every kind of field set; `overrides` replace fields. */
export function spanRow(overrides: Partial<SpanRow> = {}): SpanRow {
  return {
    tenant: 'acme', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', parentSpanId: '', traceState: 'k=v',
    serviceName: 'frontend', serviceId: 'svc:frontend', spanServiceName: 'frontend', apiId: 'api:1', apiName: 'GET /checkout',
    entryApiId: 'api:1', entryApiName: 'GET /checkout', spanName: 'GET /checkout', kind: 'SERVER', role: 'ENTRY', protocol: 'HTTP',
    startTimeUnixNano: T0, endTimeUnixNano: T0 + 120_000_000n, durationNs: 120_000_000n, statusCode: 'ERROR', statusMessage: 'upstream failed',
    apiStatus: 'FAIL', isError: true, errorType: 'HttpError', errorMessage: 'boom', errorCount: 1, exceptionCount: 2,
    httpMethod: 'GET', httpUrl: 'https://shop.example/checkout?q=1', httpHost: 'shop.example', httpPath: '/checkout', httpRoute: '/checkout', httpStatusCode: 500,
    rpcSystem: '', rpcService: '', rpcMethod: '', rpcStatusCode: undefined, dbSystem: '', dbName: '', dbOperation: '', dbStatement: '', dbTable: '',
    messagingSystem: '', messagingDestination: '', messagingOperation: '', peerService: '', peerAddress: '10.0.0.1', peerPort: 8080,
    backendId: '', backendName: '', backendType: '', apiEntry: true, calleeKind: '', calleeServiceId: '', calleeServiceName: '', calleeApiId: '',
    calleeApiName: '', calleeBackendId: '', calleeBackendName: '',
    attributes: { 'http.request.method': 'GET', 'user.id': 'u-7' }, resourceAttributes: { 'service.name': 'frontend' },
    events: [{ timeUnixNano: T0 + 110_000_000n, name: 'exception', attributes: { 'exception.type': 'UpstreamError' } }],
    links: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', attributes: {} }],
    scopeName: '@opentelemetry/instrumentation-http', scopeVersion: '0.57.0', receivedAtMs: 1_736_942_400_500, version: 1_736_942_401_000,
    ...overrides,
  };
}
