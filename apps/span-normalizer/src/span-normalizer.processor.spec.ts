import Long from 'long';
import type { RawSpan } from '@tracehouse/model';
import { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS } from './config/span-normalizer.config';
import { InvalidSpanError } from './processor/otlp-translate';
import { REDACTED } from './processor/rules';
import { UNKNOWN_SERVICE } from '@tracehouse/identity';
import { shrinkSpan, SpanNormalizer, type SpanNormalizerOptions } from './span-normalizer.processor';
import { CHILD_SPAN_ID, hex, otlpSpan, RECEIVED_AT_MS, ROOT_SPAN_ID, T0, TENANT, TRACE_ID, tracesData } from './testdata/otlp-fixtures';

const OPTIONS: SpanNormalizerOptions = { dropRules: [], redactKeys: DEFAULT_REDACT_KEYS, redactQueryParams: DEFAULT_REDACT_QUERY_PARAMS, dbStatementMaxLength: 4096 };
const CONTEXT = { tenantId: TENANT, receivedAtMs: RECEIVED_AT_MS };

describe('SpanNormalizer', () => {
  it('turns an OTLP HTTP client span into a RawSpan with first-class fields, keeping every attribute', () => {
    const data = tracesData(
      [
        otlpSpan({
          name: 'GET',
          kind: 3,
          trace_state: 'rojo=1',
          flags: 0x301,
          status: { code: 2, message: 'upstream timed out' },
          attributes: { 'http.request.method': 'GET', 'url.full': 'https://inventory.internal/items/7', 'http.response.status_code': 504n, 'peer.service': 'inventory', 'app.big': 9_007_199_254_740_993n },
          events: [{ time_unix_nano: Long.fromString((T0 + 1n).toString(), true), name: 'exception', attributes: [{ key: 'exception.type', value: { string_value: 'TimeoutError' } }] }],
          links: [{ trace_id: hex('0af7651916cd43dd8448eb211c80319c'), span_id: hex('b9c7c989f97918e1'), attributes: [{ key: 'kind', value: { string_value: 'follows' } }], flags: 1 }],
          dropped_attributes_count: 2,
        }),
      ],
      { service: 'checkout', resource: { 'service.version': '1.2.3', 'host.name': 'node-7' }, scope: { name: 'http', version: '1.0' } },
    );
    const { spans, dropped } = new SpanNormalizer(OPTIONS).normalize(data, CONTEXT);
    expect(dropped).toEqual({});
    expect(spans).toHaveLength(1);
    const span = spans[0] as RawSpan;
    expect(span).toEqual<RawSpan>({
      tenantId: TENANT,
      traceId: TRACE_ID,
      spanId: CHILD_SPAN_ID,
      parentSpanId: ROOT_SPAN_ID,
      traceState: 'rojo=1',
      name: 'GET',
      kind: 'CLIENT',
      startTimeUnixNano: T0,
      endTimeUnixNano: T0 + 5_000_000n,
      statusCode: 'ERROR',
      statusMessage: 'upstream timed out',
      serviceName: 'checkout',
      attributes: { 'http.request.method': 'GET', 'url.full': 'https://inventory.internal/items/7', 'http.response.status_code': 504n, 'peer.service': 'inventory', 'app.big': 9_007_199_254_740_993n },
      resourceAttributes: { 'service.name': 'checkout', 'service.version': '1.2.3', 'host.name': 'node-7' },
      scopeName: 'http',
      scopeVersion: '1.0',
      events: [{ timeUnixNano: T0 + 1n, name: 'exception', attributes: { 'exception.type': 'TimeoutError' }, droppedAttributesCount: 0 }],
      links: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b9c7c989f97918e1', traceState: '', attributes: { kind: 'follows' }, droppedAttributesCount: 0, flags: 1 }],
      droppedAttributesCount: 2,
      droppedEventsCount: 0,
      droppedLinksCount: 0,
      flags: 0x301,
      receivedAtMs: RECEIVED_AT_MS,
      http: { method: 'GET', url: 'https://inventory.internal/items/7', scheme: 'https', host: 'inventory.internal', port: 443, path: '/items/7', statusCode: 504 },
      peer: { service: 'inventory', address: 'inventory.internal', port: 443 },
      error: { isError: true, type: 'TimeoutError', message: 'upstream timed out' },
    });
  });

  it('gives a span without a service name unknown_service, never an empty string', () => {
    const { spans } = new SpanNormalizer(OPTIONS).normalize(tracesData([otlpSpan()], { service: undefined }), CONTEXT);
    expect(spans[0]?.serviceName).toBe(UNKNOWN_SERVICE);
    const empty = new SpanNormalizer(OPTIONS).normalize(tracesData([otlpSpan()], { service: '' }), CONTEXT);
    expect(empty.spans[0]?.serviceName).toBe(UNKNOWN_SERVICE);
  });

  it('moves the collector\'s tracehouse.warning attribute (a string or a list) into RawSpan.warnings', () => {
    const derived = 'Zipkin span id 74280ae0c10d8062 is not unique: this SERVER half was given a derived span id.';
    const { spans } = new SpanNormalizer(OPTIONS).normalize(
      tracesData([otlpSpan({ attributes: { 'tracehouse.warning': derived, 'http.route': '/a' } }), otlpSpan({ attributes: { 'tracehouse.warning': ['one.', 'two.'] } }), otlpSpan()]),
      CONTEXT,
    );
    expect(spans.map((s) => s.warnings)).toEqual([[derived], ['one.', 'two.'], undefined]);
    expect(spans[0]?.attributes).toEqual({ 'http.route': '/a' });
    expect(spans[1]?.attributes).toEqual({});
  });

  it('treats an all-zero or empty parent span id as a root', () => {
    const { spans } = new SpanNormalizer(OPTIONS).normalize(tracesData([otlpSpan({ parent_span_id: new Uint8Array(8) }), otlpSpan({ span_id: hex(ROOT_SPAN_ID), parent_span_id: new Uint8Array(0) })]), CONTEXT);
    expect(spans.map((s) => s.parentSpanId)).toEqual(['', '']);
  });

  it('keeps every span of every resource and scope, in order, each with its own resource and service', () => {
    const data = tracesData([otlpSpan({ name: 'a' })], { service: 'one' });
    data.resource_spans?.push(...(tracesData([otlpSpan({ name: 'b' }), otlpSpan({ name: 'c' })], { service: 'two' }).resource_spans ?? []));
    const { spans } = new SpanNormalizer(OPTIONS).normalize(data, CONTEXT);
    expect(spans.map((s) => [s.name, s.serviceName])).toEqual([
      ['a', 'one'],
      ['b', 'two'],
      ['c', 'two'],
    ]);
  });

  it.each([
    ['a missing trace id', { trace_id: new Uint8Array(0) }, /spans\[0\] \(name "span"\): trace id is missing/],
    ['an all-zero trace id', { trace_id: new Uint8Array(16) }, /trace id is all zeros/],
    ['a short span id', { span_id: hex('0102') }, /span id has 2 bytes, expected 8/],
    ['a parent id of the wrong width', { parent_span_id: hex('010203') }, /parent span id has 3 bytes, expected 8/],
  ])('rejects a span with %s, naming it', (_d, over, message) => {
    expect(() => new SpanNormalizer(OPTIONS).normalize(tracesData([otlpSpan(over)]), CONTEXT)).toThrow(InvalidSpanError);
    expect(() => new SpanNormalizer(OPTIONS).normalize(tracesData([otlpSpan(over)]), CONTEXT)).toThrow(message);
  });

  it('drops spans that match a rule and counts them', () => {
    const normalizer = new SpanNormalizer({ ...OPTIONS, dropRules: [{ spanName: 'GET /health*' }, { service: 'pinger' }] });
    const data = tracesData([otlpSpan({ name: 'GET /healthz' }), otlpSpan({ name: 'GET /users' })]);
    const { spans, dropped } = normalizer.normalize(data, CONTEXT);
    expect(spans.map((s) => s.name)).toEqual(['GET /users']);
    expect(dropped).toEqual({ drop_rule: 1 });
    expect(normalizer.normalize(tracesData([otlpSpan()], { service: 'pinger' }), CONTEXT).dropped).toEqual({ drop_rule: 1 });
  });

  it('redacts span, event, link and resource attributes, and URL query parameters, before deriving fields', () => {
    const data = tracesData(
      [
        otlpSpan({
          kind: 3,
          attributes: { 'http.request.header.authorization': ['Bearer secret'], 'url.full': 'https://api.example/x?access_token=abc&page=2' },
          events: [{ name: 'log', attributes: [{ key: 'db.password', value: { string_value: 'pw' } }] }],
          links: [{ trace_id: hex(TRACE_ID), span_id: hex(ROOT_SPAN_ID), attributes: [{ key: 'session.cookie', value: { string_value: 'c' } }] }],
        }),
      ],
      { service: 'web', resource: { 'app.api_key': 'k' } },
    );
    const { spans, redacted } = new SpanNormalizer(OPTIONS).normalize(data, CONTEXT);
    const span = spans[0] as RawSpan;
    expect(redacted).toBe(5);
    expect(span.attributes['http.request.header.authorization']).toEqual([REDACTED]);
    expect(span.attributes['url.full']).toBe(`https://api.example/x?access_token=${REDACTED}&page=2`);
    expect(span.http?.url).toBe(`https://api.example/x?access_token=${REDACTED}&page=2`);
    expect(span.http?.query).toBe(`access_token=${REDACTED}&page=2`);
    expect(span.events[0]?.attributes['db.password']).toBe(REDACTED);
    expect(span.links[0]?.attributes['session.cookie']).toBe(REDACTED);
    expect(span.resourceAttributes['app.api_key']).toBe(REDACTED);
  });

  it('fills the Zipkin conventions the collector carries over (error message tag, http.path, remote endpoint)', () => {
    const data = tracesData([otlpSpan({ kind: 2, attributes: { error: 'boom', 'http.path': '/api/items', 'http.method': 'GET', 'http.status_code': '500', 'net.peer.ip': '10.0.0.1' } })], { service: 'frontend' });
    const span = new SpanNormalizer(OPTIONS).normalize(data, CONTEXT).spans[0] as RawSpan;
    expect(span.error).toEqual({ isError: true, message: 'boom' });
    expect(span.http).toEqual({ method: 'GET', path: '/api/items', statusCode: 500 });
    expect(span.peer).toEqual({ address: '10.0.0.1' });
  });
});

describe('shrinkSpan', () => {
  const big = (): RawSpan => {
    const { spans } = new SpanNormalizer(OPTIONS).normalize(
      tracesData([otlpSpan({ attributes: { 'app.blob': 'x'.repeat(50_000), 'db.statement': 'y'.repeat(10_000) }, events: [{ name: 'e', attributes: [] }], links: [{ trace_id: hex(TRACE_ID), span_id: hex(ROOT_SPAN_ID) }] })]),
      CONTEXT,
    );
    return spans[0] as RawSpan;
  };

  it('drops events first, then links, counting them, and stops as soon as it fits', () => {
    const span = big();
    let calls = 0;
    expect(shrinkSpan(span, () => ++calls >= 2)).toEqual(['events dropped', 'links dropped']);
    expect(span.events).toEqual([]);
    expect(span.droppedEventsCount).toBe(1);
    expect(span.droppedLinksCount).toBe(1);
    expect(span.attributes['app.blob']).toHaveLength(50_000);
  });

  it('then cuts long string values', () => {
    const span = big();
    expect(shrinkSpan(span, (s) => (s.attributes['app.blob'] as string).length <= 4096)).toHaveLength(3);
    expect(span.attributes['app.blob']).toHaveLength(4096);
    expect(span.db?.statement).toHaveLength(4096);
  });

  it('gives up (undefined) when even the smallest form does not fit', () => {
    expect(shrinkSpan(big(), () => false)).toBeUndefined();
  });
});
