import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpanKind, StatusCode, type KeyValue, type Span, type TracesData } from '@tracehouse/otlp';
import { decodeZipkinJson, zipkinJsonToTracesData } from './decode';
import { derivedHalfSpanId } from './identity';

// ARCHITECTURE.md "Identity" for Zipkin, within one request, and the status/time rules of the
// OpenTelemetry Collector's zipkinv2 translator, on real payloads where one exists.

const testdata = (name: string) => readFileSync(join(__dirname, 'testdata', name));
const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');

function attrs(list: KeyValue[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) {
    const v = kv.value ?? {};
    out[kv.key ?? ''] = v.string_value ?? v.bool_value ?? (v.int_value != null ? Number(v.int_value) : undefined) ?? v.double_value;
  }
  return out;
}

interface Flat {
  service: unknown;
  span: Span;
}
function flat(td: TracesData): Flat[] {
  return (td.resource_spans ?? []).flatMap((rs) => (rs.scope_spans ?? []).flatMap((ss) => (ss.spans ?? []).map((span) => ({ service: attrs(rs.resource?.attributes)['service.name'], span }))));
}
const byService = (spans: Flat[], service: string): Span[] => spans.filter((s) => s.service === service).map((s) => s.span);

describe('Zipkin halves sharing one span id (zipkin-lens testdata skew.json)', () => {
  const TRACE = '00000000000000001e223ff1f80f1c69';
  const SHARED_ID = '74280ae0c10d8062';

  it.each([
    ['with "shared": true', 'zipkin-lens-skew.json'],
    ['without the shared flag (older instrumentation)', 'zipkin-lens-skew-unshared.json'],
  ])('keeps both halves %s: the server half gets a derived id and the client half becomes its parent', (_, file) => {
    const spans = flat(decodeZipkinJson(testdata(file)));
    expect(spans).toHaveLength(4);
    const [client] = byService(spans, 'servicea').filter((s) => s.kind === SpanKind.SPAN_KIND_CLIENT);
    const [server] = byService(spans, 'serviceb').filter((s) => s.kind === SpanKind.SPAN_KIND_SERVER);
    expect(hex(client.span_id)).toBe(SHARED_ID);
    expect(hex(client.parent_span_id)).toBe('bf396325699c84bf');
    const derived = derivedHalfSpanId(Buffer.from(TRACE, 'hex'), Buffer.from(SHARED_ID, 'hex'), { service: 'serviceb', kind: 'SERVER', timestamp: 1470150004008761n });
    expect(hex(server.span_id)).toBe(hex(derived));
    expect(hex(server.parent_span_id)).toBe(SHARED_ID);
    expect(attrs(server.attributes)['tracehouse.warning']).toMatch(new RegExp(`^Zipkin span id ${SHARED_ID} is not unique .*this SERVER half of service "serviceb" was given the derived span id ${hex(derived)}, with ${SHARED_ID} as its parent\\.$`));
    expect(attrs(client.attributes)).not.toHaveProperty('tracehouse.warning');
    // The async child of the server half keeps pointing at the id it was sent with.
    const [async] = byService(spans, 'serviceb').filter((s) => s.name === 'async');
    expect(hex(async.parent_span_id)).toBe(SHARED_ID);
  });

  it('gives both forms the same derived id, in any order, on every replay', () => {
    const ids = (json: unknown[]) => flat(zipkinJsonToTracesData(json)).map((s) => hex(s.span.span_id)).sort();
    const unshared = JSON.parse(testdata('zipkin-lens-skew-unshared.json').toString()) as unknown[];
    const shared = JSON.parse(testdata('zipkin-lens-skew.json').toString()) as unknown[];
    expect(ids(unshared)).toEqual(ids(shared));
    expect(ids([...unshared].reverse())).toEqual(ids(unshared));
    // The server half alone (shared flag set), as a later request would carry it: the same id.
    expect(ids([shared[1]])).toEqual(ids(shared).filter((id) => !['43210ae0c10d1234', 'bf396325699c84bf', SHARED_ID].includes(id)));
  });
});

describe('five consumer halves of one message', () => {
  const message = { traceId: '463ac35c9f6413ad48485a3953bb6124', id: 'a2fb4a1d1a96d312', parentId: '0020000000000001', kind: 'CONSUMER', name: 'poll orders' };
  const consumers = ['billing', 'shipping', 'audit', 'email', 'search'].map((service, i) => ({ ...message, timestamp: 1700000000000000 + i * 1000, duration: 250, localEndpoint: { serviceName: service } }));
  const producer = { ...message, kind: 'PRODUCER', name: 'send orders', timestamp: 1699999999999000, duration: 100, localEndpoint: { serviceName: 'checkout' } };

  it('gives each half its own derived id; none replaces another', () => {
    const spans = flat(zipkinJsonToTracesData(consumers));
    expect(spans).toHaveLength(5);
    const ids = spans.map((s) => hex(s.span.span_id));
    expect(new Set(ids).size).toBe(5);
    expect(ids).not.toContain(message.id);
    for (const { service, span } of spans) {
      expect(hex(span.parent_span_id)).toBe(message.id);
      const c = consumers.find((x) => x.localEndpoint.serviceName === service) as (typeof consumers)[number];
      expect(hex(span.span_id)).toBe(hex(derivedHalfSpanId(Buffer.from(message.traceId, 'hex'), Buffer.from(message.id, 'hex'), { service: service as string, kind: 'CONSUMER', timestamp: BigInt(c.timestamp) })));
      expect(attrs(span.attributes)['tracehouse.warning']).toContain('5 spans of this request share it');
    }
  });

  it('keeps the original id on the producer when it is in the same request', () => {
    const spans = flat(zipkinJsonToTracesData([producer, ...consumers]));
    expect(spans).toHaveLength(6);
    const [p] = byService(spans, 'checkout');
    expect(hex(p.span_id)).toBe(message.id);
    expect(hex(p.parent_span_id)).toBe(message.parentId);
    expect(spans.filter((s) => s.span.kind === SpanKind.SPAN_KIND_CONSUMER).every((s) => hex(s.span.parent_span_id) === message.id)).toBe(true);
  });

  it('gives halves that agree on service, kind and start time distinct ids all the same', () => {
    const twin = { ...consumers[0], localEndpoint: { serviceName: 'billing', ipv4: '10.0.0.9' } };
    const other = { ...consumers[0], localEndpoint: { serviceName: 'billing', ipv4: '10.0.0.8' } };
    const ids = flat(zipkinJsonToTracesData([twin, other])).map((s) => hex(s.span.span_id));
    expect(new Set(ids).size).toBe(2);
  });
});

describe('kind-less parts of one span (zipkin2 Trace.merge)', () => {
  const part = { traceId: '0000000000000001', id: '0000000000000002', parentId: '0000000000000001', localEndpoint: { serviceName: 'frontend', ipv4: '10.0.0.1' } };

  it('merges a span sent in three parts into one span with all its data', () => {
    const spans = flat(
      zipkinJsonToTracesData([
        { ...part, kind: 'CLIENT', name: 'get', timestamp: 1700000000000000, tags: { 'http.path': '/a' } },
        { ...part, annotations: [{ timestamp: 1700000000000500, value: 'ws' }], tags: { 'http.status_code': '200' } },
        { ...part, localEndpoint: undefined, duration: 2000, annotations: [{ timestamp: 1700000000000100, value: 'wr' }], remoteEndpoint: { serviceName: 'backend' } },
      ]),
    );
    expect(spans).toHaveLength(1);
    const [{ service, span }] = spans;
    expect(service).toBe('frontend');
    expect(hex(span.span_id)).toBe(part.id);
    expect(span.kind).toBe(SpanKind.SPAN_KIND_CLIENT);
    expect(span.name).toBe('get');
    expect(String(span.start_time_unix_nano)).toBe('1700000000000000000');
    expect(String(span.end_time_unix_nano)).toBe('1700000000002000000');
    expect(span.events?.map((e) => [e.name, String(e.time_unix_nano)])).toEqual([
      ['wr', '1700000000000100000'],
      ['ws', '1700000000000500000'],
    ]);
    expect(attrs(span.attributes)).toEqual({ 'http.path': '/a', 'http.status_code': '200', 'peer.service': 'backend', 'net.host.ip': '10.0.0.1' });
  });

  it('does not merge parts whose local endpoints disagree', () => {
    const spans = flat(zipkinJsonToTracesData([{ ...part, name: 'a', timestamp: 1 }, { ...part, name: 'b', localEndpoint: { serviceName: 'other' } }]));
    expect(spans).toHaveLength(2);
  });

  // openzipkin's smartthings-mobile-web-install.json (tools/e2e/src/corpus/fixtures) holds 87 such
  // parts: the platformapi server half comes once with `shared: true`, kind and times, and once
  // kind-less, without the flag, without a timestamp.
  it('joins a kind-less part without the shared flag to the shared server half of its local service', () => {
    const trace = '14b60fd9ae504820';
    const id = 'a0dc23f22c4fee3f';
    const platform = { serviceName: 'platformapi', ipv4: '10.104.90.167', port: 8140 };
    const sent = [
      { traceId: trace, parentId: 'cfcd115a2af18bd9', id, name: 'post', localEndpoint: platform, tags: { 'st.flush': 'late' } },
      { traceId: trace, parentId: 'cfcd115a2af18bd9', id, kind: 'SERVER', name: 'post', timestamp: 1543549825673008, duration: 558631, localEndpoint: platform, tags: { 'http.path': 'app-execute' }, shared: true },
      { traceId: trace, parentId: 'cfcd115a2af18bd9', id, kind: 'CLIENT', name: 'post /app-execute', timestamp: 1543549825648375, duration: 583853, localEndpoint: { serviceName: 'strongman' } },
    ];
    const spans = flat(zipkinJsonToTracesData(sent));
    expect(spans.map((s) => s.service).sort()).toEqual(['platformapi', 'strongman']);
    const [client] = byService(spans, 'strongman');
    const [server] = byService(spans, 'platformapi');
    expect(hex(client.span_id)).toBe(id);
    expect(hex(server.parent_span_id)).toBe(id);
    expect(server.kind).toBe(SpanKind.SPAN_KIND_SERVER);
    expect(attrs(server.attributes)).toMatchObject({ 'http.path': 'app-execute', 'st.flush': 'late' });
  });

  it('makes one span of the same span sent twice in a request (a retry)', () => {
    const span = { ...part, kind: 'SERVER', name: 'get', timestamp: 1700000000000000, duration: 5, annotations: [{ timestamp: 1700000000000001, value: 'x' }] };
    const spans = flat(zipkinJsonToTracesData([span, span]));
    expect(spans).toHaveLength(1);
    expect(spans[0].span.events).toHaveLength(1);
    expect(hex(spans[0].span.span_id)).toBe(part.id);
  });
});

describe('Zipkin status rules (opentelemetry-collector-contrib zipkinv2 to_translator)', () => {
  const base = { traceId: '5af7183fb1d4cf5f', id: '352bff9a74ca9ad2', name: 'get', timestamp: 1556604172355737, duration: 1431, kind: 'CLIENT', localEndpoint: { serviceName: 'frontend' } };
  const one = (tags: Record<string, string>) => flat(zipkinJsonToTracesData([{ ...base, tags }]))[0].span;

  // The JSON ip text is kept as sent (Go would print 7::80:807f), so it reads back as the client wrote it.
  it('sets ERROR for the collector receiver testdata sample4.json with its message as the status description', () => {
    const [{ span }] = flat(decodeZipkinJson(testdata('otelcol-zipkinreceiver-sample4.json')));
    expect(span.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'Non-basic error message' });
    expect(attrs(span.attributes)).not.toHaveProperty('error');
    expect(attrs(span.attributes)).toMatchObject({ 'http.path': '/api', 'clnt/finagle.version': '6.45.0', 'net.peer.ip': '192.168.99.101', 'net.peer.port': 9000, 'net.host.ip': '7::0.128.128.127' });
  });

  it.each([
    ['401', { code: StatusCode.STATUS_CODE_ERROR, message: '401' }, {}],
    ['', { code: StatusCode.STATUS_CODE_ERROR }, {}],
    ['false', { code: StatusCode.STATUS_CODE_ERROR, message: 'false' }, {}],
    ['true', { code: StatusCode.STATUS_CODE_ERROR }, {}],
  ])('error=%j -> status %j, attributes %j', (value, status, expected) => {
    const span = one({ error: value });
    expect(span.status).toEqual(status);
    expect(attrs(span.attributes)).toEqual(expected);
  });

  it('lets error win over otel.status_code=OK but keeps the description', () => {
    expect(one({ 'otel.status_code': 'STATUS_CODE_OK', 'otel.status_description': 'fine', error: 'true' }).status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'fine' });
    expect(one({ 'otel.status_code': 'STATUS_CODE_ERROR', 'otel.status_description': 'timeout', error: '504' }).status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'timeout' });
  });

  it('types nothing: tags stay strings', () => {
    expect(one({ 'http.status_code': '200', retry: 'true', ratio: '0.5' }).attributes).toEqual([
      { key: 'http.status_code', value: { string_value: '200' } },
      { key: 'retry', value: { string_value: 'true' } },
      { key: 'ratio', value: { string_value: '0.5' } },
    ]);
  });
});

describe('Zipkin times as sent', () => {
  const base = { traceId: '5af7183fb1d4cf5f', id: '352bff9a74ca9ad2', name: 'get', localEndpoint: { serviceName: 'frontend' } };
  it.each([
    ['no timestamp and no duration', {}, '0', '0', true],
    ['timestamp 0', { timestamp: 0, duration: 7 }, '0', '7000', true],
    ['timestamp 1 µs', { timestamp: 1, duration: 2 }, '1000', '3000', false],
  ])('accepts a span with %s', (_, times, start, end, absent) => {
    const [{ span }] = flat(zipkinJsonToTracesData([{ ...base, ...times }]));
    expect(String(span.start_time_unix_nano)).toBe(start);
    expect(String(span.end_time_unix_nano)).toBe(end);
    expect(attrs(span.attributes)['otel.zipkin.absentField.startTime']).toBe(absent ? true : undefined);
  });

  it('accepts negative times and times OTLP cannot hold instead of refusing the request: absent, with a warning naming the value sent', () => {
    const id = '352bff9a74ca9ad2';
    const spans = flat(
      zipkinJsonToTracesData([
        { ...base, timestamp: -5, duration: -1, annotations: [{ timestamp: -7, value: 'early' }] },
        { ...base, id: '1', timestamp: '99999999999999999999', duration: 3 },
        { ...base, id: '2', timestamp: 1700000000000000, duration: 5 },
      ]),
    );
    expect(spans).toHaveLength(3);
    const [neg, huge, fine] = spans.map((s) => s.span);
    expect([String(neg.start_time_unix_nano), String(neg.end_time_unix_nano), String(neg.events?.[0].time_unix_nano)]).toEqual(['0', '0', '0']);
    expect(attrs(neg.attributes)['otel.zipkin.absentField.startTime']).toBe(true);
    expect(neg.attributes?.find((kv) => kv.key === 'tracehouse.warning')?.value?.array_value?.values?.map((v) => v.string_value)).toEqual([
      `Zipkin span ${id} (span[0]) had timestamp -5, negative: it was kept as absent (0).`,
      `Zipkin span ${id} (span[0]) had duration -1, negative: it was kept as absent (0).`,
      `Zipkin span ${id} (span[0]) had annotations[0].timestamp -7, negative: it was kept as absent (0).`,
    ]);
    expect(String(huge.start_time_unix_nano)).toBe('0');
    expect(attrs(huge.attributes)['tracehouse.warning']).toBe('Zipkin span 0000000000000001 (span[1]) had timestamp 99999999999999999999, beyond what OTLP nanoseconds can hold: it was kept as absent (0).');
    expect(String(fine.start_time_unix_nano)).toBe('1700000000000000000');
    expect(attrs(fine.attributes)).not.toHaveProperty('tracehouse.warning');
  });
});

describe('Zipkin self-parent', () => {
  it('keeps a span that names itself as its parent without a parent, with a warning (as zipkin2 does, but said)', () => {
    const [{ span }] = flat(zipkinJsonToTracesData([{ traceId: '0000000000000001', id: '00000000000000aa', parentId: 'aa', name: 'x', timestamp: 1 }]));
    expect(span.parent_span_id).toBeUndefined();
    expect(attrs(span.attributes)['tracehouse.warning']).toBe('Zipkin span 00000000000000aa named itself as its parent: it was kept without a parent.');
  });
});
