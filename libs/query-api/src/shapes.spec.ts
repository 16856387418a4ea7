import { jaegerSpanKind, toJaegerTrace, toOtlpJson, toZipkinSpan } from './shapes';
import { cartSpan, clientSpan, serverSpan, TRACE_ID } from './testdata/spans';

const T0_US = 1_736_942_400_000_000;

describe('toJaegerTrace (Jaeger UI model JSON)', () => {
  const trace = toJaegerTrace({ summary: { traceId: TRACE_ID, truncated: false, overflowSpanCount: 0 }, spans: [serverSpan, clientSpan, cartSpan] });

  it('maps a span with µs times, CHILD_OF/FOLLOWS_FROM references, status tags and logs', () => {
    expect(trace.traceID).toBe(TRACE_ID);
    expect(trace.warnings).toBeNull();
    expect(trace.spans[0]).toEqual({
      traceID: TRACE_ID,
      spanID: '0000000000001001',
      operationName: 'GET /checkout',
      references: [],
      startTime: T0_US,
      duration: 120_500,
      tags: [
        { key: 'http.response.status_code', type: 'string', value: '500' },
        { key: 'http.route', type: 'string', value: '/checkout' },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'otel.status_code', type: 'string', value: 'ERROR' },
        { key: 'otel.status_description', type: 'string', value: 'boom' },
        { key: 'error', type: 'bool', value: true },
        { key: 'otel.scope.name', type: 'string', value: '@opentelemetry/instrumentation-http' },
        { key: 'otel.scope.version', type: 'string', value: '0.57.0' },
        { key: 'w3c.tracestate', type: 'string', value: 'rojo=00f067aa0ba902b7' },
      ],
      logs: [{ timestamp: T0_US + 5_000, fields: [{ key: 'event', type: 'string', value: 'exception' }, { key: 'exception.type', type: 'string', value: 'Error' }] }],
      processID: 'p1',
      warnings: null,
    });
    expect(trace.spans[1]).toMatchObject({
      references: [
        { refType: 'CHILD_OF', traceID: TRACE_ID, spanID: '0000000000001001' },
        { refType: 'FOLLOWS_FROM', traceID: '0af7651916cd43dd8448eb211c80319c', spanID: '0000000000002001' },
      ],
      startTime: T0_US + 2_000,
      duration: 0,
      tags: [{ key: 'span.kind', type: 'string', value: 'client' }, { key: 'otel.status_code', type: 'string', value: 'OK' }],
      processID: 'p1',
    });
  });

  it('numbers one process per service and resource, without service.name among its tags', () => {
    expect(trace.spans.map((s) => s.processID)).toEqual(['p1', 'p1', 'p2']);
    expect(trace.processes).toEqual({
      p1: { serviceName: 'frontend', tags: [{ key: 'host.name', type: 'string', value: 'web-1' }] },
      p2: { serviceName: 'cart', tags: [] },
    });
  });

  it('warns about a truncated trace', () => {
    expect(toJaegerTrace({ summary: { traceId: TRACE_ID, truncated: true, overflowSpanCount: 7 }, spans: [serverSpan] }).warnings).toEqual([
      'the trace reached the per-trace span limit; 7 later spans arrived as fragments and are included where stored',
    ]);
  });

  it('names span kinds as Jaeger operations do', () => {
    expect(['SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER', 'INTERNAL', 'UNSPECIFIED'].map(jaegerSpanKind)).toEqual(['server', 'client', 'producer', 'consumer', 'internal', '']);
  });
});

describe('toZipkinSpan (Zipkin v2 JSON)', () => {
  it('maps kind, endpoints, annotations and the error tag', () => {
    expect(toZipkinSpan(serverSpan)).toEqual({
      traceId: TRACE_ID,
      id: '0000000000001001',
      kind: 'SERVER',
      name: 'GET /checkout',
      timestamp: T0_US,
      duration: 120_500,
      localEndpoint: { serviceName: 'frontend' },
      annotations: [{ timestamp: T0_US + 5_000, value: 'exception {"exception.type":"Error"}' }],
      tags: {
        'http.response.status_code': '500',
        'http.route': '/checkout',
        'otel.status_code': 'ERROR',
        error: 'boom',
        'otel.scope.name': '@opentelemetry/instrumentation-http',
        'otel.scope.version': '0.57.0',
      },
    });
  });

  it('gives a sub-microsecond span 1 µs, and the peer as remote endpoint', () => {
    expect(toZipkinSpan(clientSpan)).toEqual({
      traceId: TRACE_ID,
      id: '0000000000001002',
      parentId: '0000000000001001',
      kind: 'CLIENT',
      name: 'POST',
      timestamp: T0_US + 2_000,
      duration: 1,
      localEndpoint: { serviceName: 'frontend' },
      remoteEndpoint: { serviceName: 'cart', ipv4: '10.0.0.7', port: 8080 },
      tags: { 'otel.status_code': 'OK' },
    });
  });
});

describe('toOtlpJson (api_v3 result)', () => {
  it('groups spans by resource and scope, with hex ids, string nanos and numeric enums', () => {
    const json = toOtlpJson([serverSpan, clientSpan, cartSpan]) as { resourceSpans: Array<{ resource: unknown; scopeSpans: Array<{ scope?: unknown; spans: Array<Record<string, unknown>> }> }> };
    expect(json.resourceSpans).toHaveLength(2);
    const [frontend, cart] = json.resourceSpans;
    expect(frontend?.resource).toEqual({ attributes: [{ key: 'host.name', value: { stringValue: 'web-1' } }, { key: 'service.name', value: { stringValue: 'frontend' } }] });
    expect(frontend?.scopeSpans.map((s) => s.scope)).toEqual([{ name: '@opentelemetry/instrumentation-http', version: '0.57.0' }, {}]);
    expect(frontend?.scopeSpans[0]?.spans[0]).toEqual({
      traceId: TRACE_ID,
      spanId: '0000000000001001',
      traceState: 'rojo=00f067aa0ba902b7',
      name: 'GET /checkout',
      kind: 2,
      startTimeUnixNano: '1736942400000000000',
      endTimeUnixNano: '1736942400120500000',
      attributes: [{ key: 'http.response.status_code', value: { stringValue: '500' } }, { key: 'http.route', value: { stringValue: '/checkout' } }],
      events: [{ timeUnixNano: '1736942400005000000', name: 'exception', attributes: [{ key: 'exception.type', value: { stringValue: 'Error' } }] }],
      status: { message: 'boom', code: 2 },
    });
    expect(frontend?.scopeSpans[1]?.spans[0]).toMatchObject({ parentSpanId: '0000000000001001', kind: 3, links: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: '0000000000002001' }], status: { code: 1 } });
    expect(cart?.resource).toEqual({ attributes: [{ key: 'service.name', value: { stringValue: 'cart' } }] });
  });
});
