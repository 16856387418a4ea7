import type { ReadSpan } from './ports';
import { WARNINGS_KEY, jaegerSpanKind, toJaegerTrace, toOtlpJson, toZipkinSpan } from './shapes';
import { BYTES, cartSpan, clientSpan, readSpan, serverSpan, T0, TRACE_ID, typedSpan, zipkinErrorSpan } from './testdata/spans';

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
      tags: [
        { key: 'net.peer.ip', type: 'string', value: '10.0.0.7' },
        { key: 'net.peer.port', type: 'int64', value: 8080 },
        { key: 'peer.service', type: 'string', value: 'cart' },
        { key: 'span.kind', type: 'string', value: 'client' },
        { key: 'otel.status_code', type: 'string', value: 'OK' },
      ],
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
  it('maps kind, endpoints, annotations, resource tags and the error tag (the status description)', () => {
    expect(toZipkinSpan(serverSpan)).toEqual({
      traceId: TRACE_ID,
      id: '0000000000001001',
      kind: 'SERVER',
      name: 'GET /checkout',
      timestamp: T0_US,
      duration: 120_500,
      localEndpoint: { serviceName: 'frontend' },
      annotations: [{ timestamp: T0_US + 5_000, value: 'exception|{"exception.type":"Error"}|0' }],
      tags: {
        'http.response.status_code': '500',
        'http.route': '/checkout',
        error: 'boom',
        'host.name': 'web-1',
        'otel.scope.name': '@opentelemetry/instrumentation-http',
        'otel.scope.version': '0.57.0',
        'w3c.tracestate': 'rojo=00f067aa0ba902b7',
      },
    });
  });

  it('gives a sub-microsecond span 1 µs, the peer attributes as remote endpoint and the link as otlp.link.0', () => {
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
      tags: { 'otel.status_code': 'OK', 'host.name': 'web-1', 'otlp.link.0': '0af7651916cd43dd8448eb211c80319c|0000000000002001||{}|0' },
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

// ---- issue 12: types survive, one translation per direction, warnings ----

const B64 = '3q2+7wD/';
const WARNINGS = ['start time 0 is before 1971; kept as sent', 'parent 00000000000000aa never arrived'];
const jaegerSpan = (s: ReadSpan) => toJaegerTrace({ summary: undefined, spans: [s] }).spans[0] as NonNullable<ReturnType<typeof toJaegerTrace>['spans'][number]>;
type OtlpJsonSpan = Record<string, unknown> & { attributes?: Array<{ key: string; value: unknown }> };
const otlpSpans = (spans: ReadSpan[]): OtlpJsonSpan[] => {
  const json = toOtlpJson(spans) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpJsonSpan[] }> }> };
  return json.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((ss) => ss.spans));
};
const otlpSpan = (s: ReadSpan): OtlpJsonSpan => otlpSpans([s])[0] as OtlpJsonSpan;
const keysOf = (tags: ReadonlyArray<{ key: string }>): string[] => tags.map((t) => t.key);
const duplicates = (keys: string[]): string[] => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('Jaeger: typed tags, status, kind, scope, references, warnings', () => {
  it('writes every attribute type as a typed tag (arrays and maps as JSON, an unsafe int64 as a decimal string)', () => {
    expect(jaegerSpan(typedSpan).tags).toEqual([
      { key: 'big.int', type: 'int64', value: '9007199254740993' },
      { key: 'cached', type: 'bool', value: true },
      { key: 'http.response.status_code', type: 'int64', value: 200 },
      { key: 'name', type: 'string', value: 'plain' },
      { key: 'nested', type: 'string', value: `{"a":"x","b":"${B64}","z":1}` },
      { key: 'payload', type: 'binary', value: B64 },
      { key: 'ratio', type: 'float64', value: 0.25 },
      { key: 'tags', type: 'string', value: '["a",1,false]' },
      { key: 'whole', type: 'float64', value: 3 },
      { key: 'span.kind', type: 'string', value: 'server' },
    ]);
  });

  it('types process tags and log fields too', () => {
    const trace = toJaegerTrace({ summary: undefined, spans: [typedSpan] });
    expect(trace.processes.p1?.tags).toEqual([{ key: 'host.name', type: 'string', value: 'web-1' }, { key: 'process.pid', type: 'int64', value: 4242 }]);
    expect(trace.spans[0]?.logs).toEqual([
      {
        timestamp: Number((T0 + 1_000_000n) / 1_000n),
        fields: [
          { key: 'event', type: 'string', value: 'retry' },
          { key: 'attempt', type: 'int64', value: 2 },
          { key: 'backoff', type: 'float64', value: 1.5 },
          { key: 'final', type: 'bool', value: false },
        ],
      },
    ]);
  });

  it("returns a span's warnings as the span's warnings, null when it has none", () => {
    expect(jaegerSpan(typedSpan).warnings).toEqual(WARNINGS);
    expect(jaegerSpan(serverSpan).warnings).toBeNull();
    expect(jaegerSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', warnings: [] })).warnings).toBeNull();
  });

  it('gives a Zipkin error="401" span (status ERROR "401") one error tag: bool true, with the description', () => {
    const tags = jaegerSpan(zipkinErrorSpan).tags;
    expect(tags.filter((t) => t.key === 'error')).toEqual([{ key: 'error', type: 'bool', value: true }]);
    expect(tags).toEqual([
      { key: 'http.path', type: 'string', value: '/login' },
      { key: 'span.kind', type: 'string', value: 'client' },
      { key: 'otel.status_code', type: 'string', value: 'ERROR' },
      { key: 'otel.status_description', type: 'string', value: '401' },
      { key: 'error', type: 'bool', value: true },
    ]);
  });

  it.each([
    ['ERROR without description', { statusCode: 'ERROR' }, [{ key: 'otel.status_code', type: 'string', value: 'ERROR' }, { key: 'error', type: 'bool', value: true }]],
    ['OK', { statusCode: 'OK' }, [{ key: 'otel.status_code', type: 'string', value: 'OK' }]],
    ['UNSET', { statusCode: 'UNSET' }, []],
    ['UNSET with a description', { statusCode: 'UNSET', statusMessage: 'odd' }, [{ key: 'otel.status_description', type: 'string', value: 'odd' }]],
    // The error flag (exceptions, the enricher) is not the status: the tag follows the status, as the collector writes it.
    ['UNSET but flagged as error', { statusCode: 'UNSET', isError: true }, []],
  ])('writes status %s as the collector does', (_name, status, expected) => {
    expect(jaegerSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind: 'UNSPECIFIED', ...status })).tags).toEqual(expected);
  });

  it('keeps an attribute whose key a derived tag uses, and writes that key once', () => {
    const s = readSpan({
      spanId: '0000000000000001',
      spanName: 'x',
      kind: 'SERVER',
      statusCode: 'ERROR',
      statusMessage: 'boom',
      scopeName: 'lib',
      traceState: 'a=b',
      attributes: { error: 'true', 'span.kind': 'weird', 'otel.status_code': 'custom', 'otel.scope.name': 'mine', 'w3c.tracestate': 'x=y' },
    });
    const tags = jaegerSpan(s).tags;
    expect(duplicates(keysOf(tags))).toEqual([]);
    expect(tags).toEqual([
      { key: 'error', type: 'string', value: 'true' },
      { key: 'otel.scope.name', type: 'string', value: 'mine' },
      { key: 'otel.status_code', type: 'string', value: 'custom' },
      { key: 'span.kind', type: 'string', value: 'weird' },
      { key: 'w3c.tracestate', type: 'string', value: 'x=y' },
      { key: 'otel.status_description', type: 'string', value: 'boom' },
    ]);
  });

  it.each([
    ['SERVER', 'server'],
    ['CLIENT', 'client'],
    ['PRODUCER', 'producer'],
    ['CONSUMER', 'consumer'],
    ['INTERNAL', 'internal'],
  ])('writes kind %s as span.kind=%s, and no span.kind for UNSPECIFIED', (kind, tag) => {
    expect(jaegerSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind })).tags).toEqual([{ key: 'span.kind', type: 'string', value: tag }]);
    expect(jaegerSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind: 'UNSPECIFIED' })).tags).toEqual([]);
  });

  it('writes links as references typed by opentracing.ref_type; a link to the parent sets the parent reference type', () => {
    const s = readSpan({
      spanId: '0000000000000003',
      parentSpanId: '0000000000000002',
      spanName: 'x',
      links: [
        { traceId: TRACE_ID, spanId: '0000000000000002', attributes: { 'opentracing.ref_type': 'follows_from' } },
        { traceId: TRACE_ID, spanId: '0000000000000009', attributes: { 'opentracing.ref_type': 'child_of' } },
        { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: '0000000000000007', attributes: { other: 1n } },
      ],
    });
    expect(jaegerSpan(s).references).toEqual([
      { refType: 'FOLLOWS_FROM', traceID: TRACE_ID, spanID: '0000000000000002' },
      { refType: 'CHILD_OF', traceID: TRACE_ID, spanID: '0000000000000009' },
      { refType: 'FOLLOWS_FROM', traceID: '0af7651916cd43dd8448eb211c80319c', spanID: '0000000000000007' },
    ]);
  });

  it('writes an event without name as fields only, and one whose attributes hold `event` without a second event field', () => {
    const s = readSpan({
      spanId: '0000000000000001',
      spanName: 'x',
      events: [
        { timeUnixNano: T0, name: '', attributes: { level: 'info' } },
        { timeUnixNano: T0, name: 'named', attributes: { event: 'from-attribute' } },
      ],
    });
    expect(jaegerSpan(s).logs.map((l) => l.fields)).toEqual([[{ key: 'level', type: 'string', value: 'info' }], [{ key: 'event', type: 'string', value: 'from-attribute' }]]);
  });

  it('puts spans with typed-different resources (1 and "1") into different processes', () => {
    const a = readSpan({ spanId: '0000000000000001', spanName: 'a', resourceAttributes: { 'service.name': 'frontend', pid: 1n } });
    const b = readSpan({ spanId: '0000000000000002', spanName: 'b', resourceAttributes: { 'service.name': 'frontend', pid: '1' } });
    expect(toJaegerTrace({ summary: undefined, spans: [a, b, a] }).spans.map((s) => s.processID)).toEqual(['p1', 'p2', 'p1']);
  });
});

describe('api_v3 (OTLP JSON): typed AnyValues, status, warnings', () => {
  it('writes every attribute type as its AnyValue (int64 as a decimal string, bytes base64)', () => {
    expect(otlpSpan(typedSpan).attributes).toEqual([
      { key: 'big.int', value: { intValue: '9007199254740993' } },
      { key: 'cached', value: { boolValue: true } },
      { key: 'http.response.status_code', value: { intValue: '200' } },
      { key: 'name', value: { stringValue: 'plain' } },
      { key: 'nested', value: { kvlistValue: { values: [{ key: 'z', value: { intValue: '1' } }, { key: 'a', value: { stringValue: 'x' } }, { key: 'b', value: { bytesValue: B64 } }] } } },
      { key: 'payload', value: { bytesValue: B64 } },
      { key: 'ratio', value: { doubleValue: 0.25 } },
      { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { intValue: '1' }, { boolValue: false }] } } },
      { key: WARNINGS_KEY, value: { arrayValue: { values: WARNINGS.map((w) => ({ stringValue: w })) } } },
      { key: 'whole', value: { doubleValue: 3 } },
    ]);
    expect(otlpSpan(typedSpan).events).toEqual([
      { timeUnixNano: String(T0 + 1_000_000n), name: 'retry', attributes: [{ key: 'attempt', value: { intValue: '2' } }, { key: 'backoff', value: { doubleValue: 1.5 } }, { key: 'final', value: { boolValue: false } }] },
    ]);
  });

  it('types resource attributes and groups resources by typed value', () => {
    const json = toOtlpJson([typedSpan]) as { resourceSpans: Array<{ resource: { attributes: unknown } }> };
    expect(json.resourceSpans[0]?.resource.attributes).toEqual([
      { key: 'host.name', value: { stringValue: 'web-1' } },
      { key: 'process.pid', value: { intValue: '4242' } },
      { key: 'service.name', value: { stringValue: 'frontend' } },
    ]);
    const a = readSpan({ spanId: '0000000000000001', spanName: 'a', resourceAttributes: { pid: 1n } });
    const b = readSpan({ spanId: '0000000000000002', spanName: 'b', resourceAttributes: { pid: '1' } });
    expect((toOtlpJson([a, b, a]) as { resourceSpans: unknown[] }).resourceSpans).toHaveLength(2);
  });

  it('gives the Zipkin error="401" span status ERROR with message 401 and no error attribute', () => {
    const span = otlpSpan(zipkinErrorSpan);
    expect(span.status).toEqual({ code: 2, message: '401' });
    expect(span.attributes).toEqual([{ key: 'http.path', value: { stringValue: '/login' } }]);
    expect(otlpSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', statusCode: 'OK' })).status).toEqual({ code: 1 });
    expect(otlpSpan(readSpan({ spanId: '0000000000000001', spanName: 'x' })).status).toEqual({});
  });

  it('joins the warnings with a tracehouse.warnings attribute the span already had, each once', () => {
    const s = readSpan({ spanId: '0000000000000001', spanName: 'x', attributes: { [WARNINGS_KEY]: ['earlier', 'parent 00000000000000aa never arrived'] }, warnings: WARNINGS });
    const attrs = otlpSpan(s).attributes ?? [];
    expect(attrs.filter((a) => a.key === WARNINGS_KEY)).toEqual([{ key: WARNINGS_KEY, value: { arrayValue: { values: ['earlier', WARNINGS[1], WARNINGS[0]].map((w) => ({ stringValue: w })) } } }]);
  });

  it('passes dropped counts and link trace state through', () => {
    const s = readSpan({
      spanId: '0000000000000001',
      spanName: 'x',
      droppedAttributesCount: 1,
      droppedEventsCount: 2,
      droppedLinksCount: 3,
      events: [{ timeUnixNano: T0, name: 'e', attributes: {}, droppedAttributesCount: 4 }],
      links: [{ traceId: TRACE_ID, spanId: '0000000000000002', traceState: 'k=v', attributes: {}, droppedAttributesCount: 5 }],
    });
    expect(otlpSpan(s)).toMatchObject({
      droppedAttributesCount: 1,
      droppedEventsCount: 2,
      droppedLinksCount: 3,
      events: [{ name: 'e', droppedAttributesCount: 4 }],
      links: [{ traceId: TRACE_ID, spanId: '0000000000000002', traceState: 'k=v', droppedAttributesCount: 5 }],
    });
  });
});

describe('Zipkin v2: string tags, the error tag, endpoints, annotations, links, warnings', () => {
  it("writes every type as the collector's AsString, resource attributes as tags, warnings joined by newlines", () => {
    const z = toZipkinSpan(typedSpan);
    expect(z.tags).toEqual({
      'big.int': '9007199254740993',
      cached: 'true',
      'http.response.status_code': '200',
      name: 'plain',
      nested: `{"a":"x","b":"${B64}","z":1}`,
      payload: B64,
      ratio: '0.25',
      tags: '["a",1,false]',
      whole: '3',
      'host.name': 'web-1',
      'process.pid': '4242',
      [WARNINGS_KEY]: WARNINGS.join('\n'),
    });
    expect(z.annotations).toEqual([{ timestamp: Number((T0 + 1_000_000n) / 1_000n), value: 'retry|{"attempt":2,"backoff":1.5,"final":false}|0' }]);
  });

  it('gives error="401" back as error="401" (the status description), and nothing else about the status', () => {
    expect(toZipkinSpan(zipkinErrorSpan).tags).toEqual({ 'http.path': '/login', error: '401' });
  });

  it.each([
    ['ERROR without description', { statusCode: 'ERROR' }, { error: 'true' }],
    ['OK', { statusCode: 'OK' }, { 'otel.status_code': 'OK' }],
    ['OK with a description', { statusCode: 'OK', statusMessage: 'fine' }, { 'otel.status_code': 'OK', 'otel.status_description': 'fine' }],
    ['UNSET', { statusCode: 'UNSET' }, {}],
    ['UNSET but flagged as error', { statusCode: 'UNSET', isError: true }, {}],
  ])('writes status %s', (_name, status, tags) => {
    expect(toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind: 'SERVER', resourceAttributes: {}, ...status })).tags).toEqual(tags);
  });

  it('keeps an error attribute as sent rather than the description', () => {
    expect(toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', statusCode: 'ERROR', statusMessage: 'boom', resourceAttributes: {}, attributes: { error: 'timeout' } })).tags).toEqual({ error: 'timeout', 'span.kind': 'internal' });
  });

  it.each([
    ['INTERNAL', undefined, { 'span.kind': 'internal' }],
    ['UNSPECIFIED', undefined, {}],
    ['PRODUCER', 'PRODUCER', {}],
    ['CONSUMER', 'CONSUMER', {}],
  ])('writes kind %s', (kind, zipkinKind, tags) => {
    const z = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind, resourceAttributes: {} }));
    expect(z.kind).toBe(zipkinKind);
    expect(z.tags).toEqual(tags);
  });

  it('takes the endpoints from the peer and host attributes the Zipkin receiver writes, and leaves what they cannot hold as tags', () => {
    const z = toZipkinSpan(
      readSpan({
        spanId: '0000000000000001',
        spanName: 'x',
        kind: 'CLIENT',
        resourceAttributes: {},
        attributes: { 'peer.service': 'db', 'net.peer.ip': '2001:db8::1', 'net.peer.port': 5432n, 'net.host.ip': '10.1.2.3', 'net.host.port': '8080' },
      }),
    );
    expect(z.localEndpoint).toEqual({ serviceName: 'frontend', ipv4: '10.1.2.3', port: 8080 });
    expect(z.remoteEndpoint).toEqual({ serviceName: 'db', ipv6: '2001:db8::1', port: 5432 });
    expect(z.tags).toEqual({});
    const odd = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind: 'CLIENT', resourceAttributes: {}, attributes: { 'net.peer.ip': 'db.local', 'net.peer.port': 99999n } }));
    expect(odd.remoteEndpoint).toBeUndefined();
    expect(odd.tags).toEqual({ 'net.peer.ip': 'db.local', 'net.peer.port': '99999' });
    const portOnly = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind: 'CLIENT', resourceAttributes: {}, attributes: { 'net.peer.port': 80n } }));
    expect(portOnly.remoteEndpoint).toBeUndefined();
    expect(portOnly.tags).toEqual({ 'net.peer.port': '80' });
  });

  it('writes scope, trace state, links with their attributes, trace state and dropped count, and event dropped counts', () => {
    const z = toZipkinSpan(
      readSpan({
        spanId: '0000000000000001',
        spanName: 'x',
        kind: 'SERVER',
        resourceAttributes: {},
        scopeName: 'lib',
        scopeVersion: '1.0',
        traceState: 'a=b',
        events: [{ timeUnixNano: T0, name: 'lost', attributes: {}, droppedAttributesCount: 2 }],
        links: [
          { traceId: TRACE_ID, spanId: '0000000000000002', traceState: 'k=v', attributes: { 'opentracing.ref_type': 'follows_from', n: 1n }, droppedAttributesCount: 3 },
          { traceId: TRACE_ID, spanId: '0000000000000003', attributes: {} },
        ],
      }),
    );
    expect(z.tags).toEqual({
      'otel.scope.name': 'lib',
      'otel.scope.version': '1.0',
      'w3c.tracestate': 'a=b',
      'otlp.link.0': `${TRACE_ID}|0000000000000002|k=v|{"n":1,"opentracing.ref_type":"follows_from"}|3`,
      'otlp.link.1': `${TRACE_ID}|0000000000000003||{}|0`,
    });
    expect(z.annotations).toEqual([{ timestamp: Number(T0 / 1_000n), value: 'lost|{}|2' }]);
  });

  it('leaves out the timestamp of a span sent without one (and its marker) or starting at 0, and a zero duration', () => {
    const absent = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', resourceAttributes: {}, kind: 'SERVER', startTimeUnixNano: 0n, endTimeUnixNano: 5_000n, durationNs: 5_000n, attributes: { 'otel.zipkin.absentField.startTime': true } }));
    expect(absent).not.toHaveProperty('timestamp');
    expect(absent.duration).toBe(5);
    expect(absent.tags).toEqual({});
    const zero = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', resourceAttributes: {}, kind: 'SERVER', startTimeUnixNano: 0n, endTimeUnixNano: 0n, durationNs: 0n }));
    expect(zero).not.toHaveProperty('timestamp');
    expect(zero).not.toHaveProperty('duration');
    const instant = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', resourceAttributes: {}, kind: 'SERVER', endTimeUnixNano: T0, durationNs: 0n }));
    expect(instant.timestamp).toBe(Number(T0 / 1_000n));
    expect(instant).not.toHaveProperty('duration');
  });

  it('joins warnings with a tracehouse.warnings attribute the span already had', () => {
    const z = toZipkinSpan(readSpan({ spanId: '0000000000000001', spanName: 'x', kind: 'SERVER', resourceAttributes: {}, attributes: { [WARNINGS_KEY]: 'earlier' }, warnings: ['now'] }));
    expect(z.tags).toEqual({ [WARNINGS_KEY]: 'earlier\nnow' });
  });
});

describe('bytes fixture', () => {
  it('is the base64 the assertions use', () => {
    expect(Buffer.from(BYTES).toString('base64')).toBe(B64);
  });
});
