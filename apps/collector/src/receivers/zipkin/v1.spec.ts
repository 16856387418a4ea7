import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpanKind, StatusCode, type KeyValue, type Span, type TracesData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { decodeZipkinJson } from './decode';
import { derivedHalfSpanId } from './identity';
import { zipkinV1ThriftFromJson } from './testdata/encode-v1-thrift';
import { decodeZipkinV1Json, decodeZipkinV1Thrift } from './v1';

const testdata = (name: string) => readFileSync(join(__dirname, 'testdata', name));
const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');

function attrs(list: KeyValue[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) {
    const v = kv.value ?? {};
    out[kv.key ?? ''] = v.string_value ?? v.bool_value ?? (v.int_value !== undefined && v.int_value !== null ? BigInt(String(v.int_value)) : undefined) ?? v.double_value;
  }
  return out;
}

interface Flat {
  service: unknown;
  name: string;
  kind: SpanKind | undefined;
  id: string;
  parent: string;
  start: string;
  end: string;
  attrs: Record<string, unknown>;
  events: string[];
  status: { code?: StatusCode | null; message?: string | null } | undefined;
}

function flat(td: TracesData): Flat[] {
  return (td.resource_spans ?? []).flatMap((rs) =>
    (rs.scope_spans ?? []).flatMap((ss) =>
      (ss.spans ?? []).map((s: Span) => ({
        service: attrs(rs.resource?.attributes)['service.name'],
        name: s.name ?? '',
        kind: s.kind ?? undefined,
        id: hex(s.span_id),
        parent: hex(s.parent_span_id),
        start: String(s.start_time_unix_nano),
        end: String(s.end_time_unix_nano),
        attrs: attrs(s.attributes),
        events: (s.events ?? []).map((e) => `${String(e.time_unix_nano)} ${e.name ?? ''}`),
        status: s.status ?? undefined,
      })),
    ),
  );
}

const byServiceAndName = (spans: Flat[], service: string, name: string) => {
  const found = spans.filter((s) => s.service === service && s.name === name);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('Zipkin v1 JSON: the OpenTelemetry Collector test batch (otelcol-zipkin-v1-single-batch.json)', () => {
  const spans = flat(decodeZipkinV1Json(testdata('otelcol-zipkin-v1-single-batch.json')));
  const trace = '00000000000000000ed2e63cbe71f5a8';

  it('takes kind from the core annotations and service from their endpoint, one resource per service', () => {
    expect(spans.map((s) => `${s.service}/${s.name}/${SpanKind[s.kind ?? 0]}`).sort()).toEqual([
      'front-proxy/checkAvailability/SPAN_KIND_CLIENT',
      'service1/checkAvailability/SPAN_KIND_SERVER',
      'service1/checkStock/SPAN_KIND_CLIENT',
      'service2/checkStock/SPAN_KIND_SERVER',
      'unknown_service/checkStock/SPAN_KIND_UNSPECIFIED',
    ]);
  });

  it('times a span without timestamp by its earliest and latest annotation, and keeps other annotations as events', () => {
    const server = byServiceAndName(spans, 'service1', 'checkAvailability');
    expect(server.start).toBe('1544805927448081000');
    expect(server.end).toBe('1544805927460102000');
    expect(server.events).toEqual(['1544805927450000000 custom time event']);
    const client = byServiceAndName(spans, 'front-proxy', 'checkAvailability');
    expect([client.start, client.end]).toEqual(['1544805927446743000', `${1544805927446743 + 12956}000`]);
    expect(client.events).toEqual([]);
  });

  it('keeps both halves of a call reported as two v1 spans with one id: the server half gets a derived id under the client (ARCHITECTURE.md "Identity")', () => {
    const client = byServiceAndName(spans, 'service1', 'checkStock');
    const server = byServiceAndName(spans, 'service2', 'checkStock');
    expect(client.id).toBe('f9ebb6e64880612a');
    expect(client.parent).toBe('0ed2e63cbe71f5a8');
    const derived = derivedHalfSpanId(Buffer.from(trace, 'hex'), Buffer.from('f9ebb6e64880612a', 'hex'), { service: 'service2', kind: 'SERVER', timestamp: 1544805927454487n });
    expect(server.id).toBe(hex(derived));
    expect(server.parent).toBe('f9ebb6e64880612a');
    expect(server.attrs).toMatchObject({ 'http.url': 'http://localhost:9000/trace/2', 'http.status_code': '200', success: 'true' });
    expect(server.attrs['tracehouse.warning']).toEqual(expect.stringContaining('f9ebb6e64880612a'));
  });

  it('gives a span without annotations unknown_service, its own times and no kind', () => {
    const lone = byServiceAndName(spans, 'unknown_service', 'checkStock');
    expect(lone).toMatchObject({ id: 'fe351a053fbcac1f', parent: '0ed2e63cbe71f5a8', start: '1544805927453923000', end: `${1544805927453923 + 3740}000` });
  });

  it('reads the same spans from Thrift (list<zipkincore.Span>) as from JSON', () => {
    const json = JSON.parse(testdata('otelcol-zipkin-v1-single-batch.json').toString());
    expect(decodeZipkinV1Thrift(zipkinV1ThriftFromJson(json))).toEqual(decodeZipkinV1Json(testdata('otelcol-zipkin-v1-single-batch.json')));
  });

  it('types tags only under parse_string_tags, as the collector option does', () => {
    const typed = flat(decodeZipkinV1Json(testdata('otelcol-zipkin-v1-single-batch.json'), { parseStringTags: true }));
    expect(byServiceAndName(typed, 'service2', 'checkStock').attrs).toMatchObject({ 'http.status_code': 200n, success: true });
  });
});

describe('Zipkin v1 JSON: real zipkin-js client (JSON_V1) capture', () => {
  const body = testdata('zipkin-js-v1-client-and-server.json');
  const [clientV1] = JSON.parse(body.toString());
  const spans = flat(decodeZipkinV1Json(body));

  it('maps sa to the client half\'s peer, ca to the server half\'s, never as attributes', () => {
    const client = byServiceAndName(spans, 'frontend', 'get /api/orders');
    expect(client.kind).toBe(SpanKind.SPAN_KIND_CLIENT);
    expect(client.id).toBe(clientV1.id);
    expect(client.attrs).toEqual({ 'http.path': '/api/orders', 'peer.service': 'backend', 'net.peer.ip': '10.0.0.2', 'net.peer.port': 8080n });
    const server = byServiceAndName(spans, 'backend', 'get /api/orders');
    expect(server.kind).toBe(SpanKind.SPAN_KIND_SERVER);
    expect(server.parent).toBe(clientV1.id);
    expect(server.attrs).toMatchObject({ 'net.peer.ip': '10.0.0.1', 'net.peer.port': 51234n });
    expect(server.attrs).not.toHaveProperty('ca');
  });

  it('turns the error binary annotation into an ERROR status with its message, and other annotations into events', () => {
    const server = byServiceAndName(spans, 'backend', 'get /api/orders');
    expect(server.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'database timeout' });
    expect(server.attrs).not.toHaveProperty('error');
    expect(server.events.map((e) => e.split(' ').slice(1).join(' '))).toEqual(['cache miss']);
  });

  it('translates a v1 span like the v2 span zipkin2 converts it to', () => {
    const [client] = JSON.parse(body.toString());
    const v2 = [{
      traceId: client.traceId, id: client.id, name: client.name, kind: 'CLIENT', timestamp: client.timestamp, duration: client.duration,
      localEndpoint: { serviceName: 'frontend' }, remoteEndpoint: { serviceName: 'backend', ipv4: '10.0.0.2', port: 8080 }, tags: { 'http.path': '/api/orders' },
    }];
    expect(decodeZipkinV1Json(JSON.stringify([client]))).toEqual(decodeZipkinJson(JSON.stringify(v2)));
  });
});

describe('Zipkin v1 rules the captures do not exercise', () => {
  const ep = (serviceName: string, ipv4?: string) => ({ serviceName, ...(ipv4 ? { ipv4 } : {}) });

  it('splits one v1 span holding both sides (cs, sr, ss, cr) into a client and a shared server half', () => {
    const spans = flat(decodeZipkinV1Json(JSON.stringify([{
      traceId: '463ac35c9f6413ad48485a3953bb6124', id: '2ce51fa654dd0c2f', parentId: 'f3e648a459e6c685', name: 'get', timestamp: 1000, duration: 700,
      annotations: [
        { timestamp: 1000, value: 'cs', endpoint: ep('frontend', '192.168.1.8') },
        { timestamp: 1200, value: 'sr', endpoint: ep('backend', '192.168.1.9') },
        { timestamp: 1300, value: 'cache miss', endpoint: ep('backend') },
        { timestamp: 1500, value: 'ss', endpoint: ep('backend', '192.168.1.9') },
        { timestamp: 1700, value: 'cr', endpoint: ep('frontend', '192.168.1.8') },
      ],
      binaryAnnotations: [
        { key: 'http.path', value: '/api', endpoint: ep('frontend') },
        { key: 'db.rows', value: 3, endpoint: ep('backend') },
        { key: 'ca', value: true, endpoint: { serviceName: '', ipv4: '127.0.0.1', port: 55038 } },
        { key: 'sa', value: true, endpoint: { serviceName: 'backend', ipv4: '127.0.0.1', port: 9000 } },
      ],
    }])));
    const client = byServiceAndName(spans, 'frontend', 'get');
    const server = byServiceAndName(spans, 'backend', 'get');
    expect(client).toMatchObject({ id: '2ce51fa654dd0c2f', parent: 'f3e648a459e6c685', kind: SpanKind.SPAN_KIND_CLIENT, start: '1000000', end: '1700000', events: [] });
    expect(client.attrs).toEqual({ 'http.path': '/api', 'net.host.ip': '192.168.1.8', 'peer.service': 'backend', 'net.peer.ip': '127.0.0.1', 'net.peer.port': 9000n });
    expect(server).toMatchObject({ parent: '2ce51fa654dd0c2f', kind: SpanKind.SPAN_KIND_SERVER, start: '1200000', end: '1500000', events: ['1300000 cache miss'] });
    expect(server.id).not.toBe('2ce51fa654dd0c2f');
    expect(server.attrs).toMatchObject({ 'db.rows': 3n, 'net.host.ip': '192.168.1.9', 'net.peer.ip': '127.0.0.1', 'net.peer.port': 55038n });
  });

  it('treats a server side sent alone without a timestamp as the shared half of its client\'s span (v1 convention), one with a timestamp as its own span', () => {
    const server = (timestamp?: number) => ({
      traceId: '1', id: 'a', parentId: '9', name: 'get', ...(timestamp ? { timestamp, duration: 10 } : {}),
      annotations: [{ timestamp: 100, value: 'sr', endpoint: ep('backend') }, { timestamp: 110, value: 'ss', endpoint: ep('backend') }],
    });
    const [joined] = flat(decodeZipkinV1Json(JSON.stringify([server()])));
    expect(joined).toMatchObject({ kind: SpanKind.SPAN_KIND_SERVER, parent: '000000000000000a', start: '100000', end: '110000' });
    expect(joined.id).toBe(hex(derivedHalfSpanId(Buffer.from('00000000000000000000000000000001', 'hex'), Buffer.from('000000000000000a', 'hex'), { service: 'backend', kind: 'SERVER', timestamp: 100n })));
    const [own] = flat(decodeZipkinV1Json(JSON.stringify([server(100)])));
    expect(own).toMatchObject({ id: '000000000000000a', parent: '0000000000000009' });
  });

  it('reads address annotations without core annotations as zipkin2 does: sa alone is the peer, ca alone makes a server span', () => {
    const spans = flat(decodeZipkinV1Json(JSON.stringify([
      { traceId: '1', id: 'b', name: 'sa-only', timestamp: 1, duration: 1, binaryAnnotations: [{ key: 'sa', value: true, endpoint: ep('db', '10.0.0.9') }, { key: 'lc', value: '', endpoint: ep('app') }] },
      { traceId: '1', id: 'c', name: 'ca-only', timestamp: 1, duration: 1, binaryAnnotations: [{ key: 'ca', value: true, endpoint: { serviceName: '', ipv4: '10.0.0.8' } }, { key: 'x', value: 'y', endpoint: ep('api') }] },
    ])));
    expect(byServiceAndName(spans, 'app', 'sa-only')).toMatchObject({ kind: SpanKind.SPAN_KIND_UNSPECIFIED, attrs: { 'peer.service': 'db', 'net.peer.ip': '10.0.0.9' } });
    expect(byServiceAndName(spans, 'api', 'ca-only')).toMatchObject({ kind: SpanKind.SPAN_KIND_SERVER, attrs: { x: 'y', 'net.peer.ip': '10.0.0.8' } });
  });

  it('maps ms/mr to PRODUCER/CONSUMER and a local span\'s lc to the component attribute and service', () => {
    const spans = flat(decodeZipkinV1Json(JSON.stringify([
      { traceId: '1', id: 'a', name: 'send', annotations: [{ timestamp: 5, value: 'ms', endpoint: ep('orders') }], binaryAnnotations: [{ key: 'ma', value: true, endpoint: ep('kafka', '10.1.1.1') }] },
      { traceId: '1', id: 'b', parentId: 'a', name: 'receive', annotations: [{ timestamp: 9, value: 'mr', endpoint: ep('billing') }] },
      { traceId: '1', id: 'c', name: 'compute', timestamp: 20, duration: 5, binaryAnnotations: [{ key: 'lc', value: 'scheduler', endpoint: ep('batch') }] },
      { traceId: '1', id: 'd', name: 'tick', timestamp: 30, duration: 1, binaryAnnotations: [{ key: 'lc', value: 'cron' }] },
    ])));
    expect(byServiceAndName(spans, 'orders', 'send')).toMatchObject({ kind: SpanKind.SPAN_KIND_PRODUCER, attrs: { 'peer.service': 'kafka', 'net.peer.ip': '10.1.1.1' } });
    expect(byServiceAndName(spans, 'billing', 'receive').kind).toBe(SpanKind.SPAN_KIND_CONSUMER);
    expect(byServiceAndName(spans, 'batch', 'compute')).toMatchObject({ kind: SpanKind.SPAN_KIND_UNSPECIFIED, attrs: { component: 'scheduler' } });
    expect(byServiceAndName(spans, 'cron', 'tick').attrs).toEqual({ component: 'cron' });
  });

  it('reads a 128-bit trace id from trace_id_high and typed Thrift binary annotations as typed attributes', () => {
    const body = zipkinV1ThriftFromJson([{
      traceId: '48485a3953bb6124463ac35c9f6413ad', id: '00000000000000ff', parentId: '0000000000000001', name: 'typed', timestamp: 10, duration: 2, debug: true,
      annotations: [{ timestamp: 10, value: 'sr', endpoint: { serviceName: 'svc', ipv4: '10.0.0.3', port: 40000 } }],
      binaryAnnotations: [
        { key: 'i16', type: 'I16', value: -2 }, { key: 'i32', type: 'I32', value: 70000 }, { key: 'i64', type: 'I64', value: '9007199254740993' },
        { key: 'ratio', type: 'DOUBLE', value: 0.25 }, { key: 'cached', type: 'BOOL', value: false }, { key: 'blob', type: 'BYTES', value: 'AQID' }, { key: 'note', type: 'STRING', value: 'hi' },
      ],
    }]);
    const [span] = flat(decodeZipkinV1Thrift(body));
    const td = decodeZipkinV1Thrift(body);
    expect(hex(td.resource_spans?.[0].scope_spans?.[0].spans?.[0].trace_id)).toBe('48485a3953bb6124463ac35c9f6413ad');
    expect(span).toMatchObject({ service: 'svc', id: '00000000000000ff', parent: '0000000000000001', kind: SpanKind.SPAN_KIND_SERVER });
    expect(span.attrs).toEqual({ i16: -2n, i32: 70000n, i64: 9007199254740993n, ratio: 0.25, cached: false, blob: 'AQID', note: 'hi', 'net.host.ip': '10.0.0.3', 'net.host.port': 40000n });
  });

  it.each([
    ['a body that is not JSON', 'spans', 'Zipkin v1 JSON: the body is not valid JSON (Unexpected token \'s\', "spans" is not valid JSON).'],
    ['a body that is not a list', '{"traceId":"1"}', 'Zipkin v1 JSON: expected an array of spans, got an object.'],
    ['a span without traceId (nothing of the request is kept)', '[{"traceId":"1","id":"2"},{"id":"3"}]', 'span[1].traceId: is required.'],
    ['an id that is not hex', '[{"traceId":"1","id":"xyz"}]', 'span[0].id: "xyz" is not hex.'],
    ['a binary annotation without key', '[{"traceId":"1","id":"2","binaryAnnotations":[{"value":"v"}]}]', 'span[0].binaryAnnotations[0].key: is required.'],
    ['an I64 that is not an integer', '[{"traceId":"1","id":"2","binaryAnnotations":[{"key":"n","type":"I64","value":"x"}]}]', 'span[0].binaryAnnotations[0].value: expected a 64-bit integer, got "x".'],
    ['an unknown type', '[{"traceId":"1","id":"2","binaryAnnotations":[{"key":"n","type":"LONG","value":1}]}]', 'span[0].binaryAnnotations[0].type: "LONG" is not one of BOOL, BYTES, I16, I32, I64, DOUBLE, STRING.'],
    ['annotations that are not a list', '[{"traceId":"1","id":"2","annotations":{}}]', 'span[0].annotations: expected an array, got an object.'],
  ])('refuses %s with a message naming the field', (_name, body, message) => {
    expect(() => decodeZipkinV1Json(body)).toThrow(ReceiverDecodeError);
    // The whole message, not a part of it.
    expect(() => decodeZipkinV1Json(body)).toThrow(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('refuses bad Thrift naming the span and field', () => {
    const good = zipkinV1ThriftFromJson([{ traceId: '1', id: '2', name: 'x', binaryAnnotations: [{ key: 'n', type: 'I32', value: 1 }] }]);
    expect(() => decodeZipkinV1Thrift(Buffer.concat([good, Buffer.from([0])]))).toThrow(new ReceiverDecodeError(`Zipkin v1 Thrift: 1 bytes left after the list of 1 spans ended at offset ${good.length}.`));
    expect(() => decodeZipkinV1Thrift(good.subarray(0, good.length - 4))).toThrow(/^Zipkin v1 Thrift: span\[0\]\.\S+: needs \d+ bytes at offset \d+, only \d+ left \(truncated or not Thrift binary\)\.$/);
    expect(() => decodeZipkinV1Thrift(zipkinV1ThriftFromJson([{ traceId: '1', id: '0', name: 'x' }]))).toThrow(new ReceiverDecodeError('span[0].id: is all zeros.'));
    // An I32 binary annotation whose value holds 2 bytes: patch the written length and drop 2 bytes.
    const short = Buffer.from(good);
    const at = short.indexOf(Buffer.from([0, 0, 0, 4, 0, 0, 0, 1]));
    const patched = Buffer.concat([short.subarray(0, at), Buffer.from([0, 0, 0, 2, 0, 1]), short.subarray(at + 8)]);
    expect(() => decodeZipkinV1Thrift(patched)).toThrow(new ReceiverDecodeError('span[0].binary_annotations[0].value: a I32 needs 4 bytes, got 2.'));
    expect(() => decodeZipkinV1Thrift(Buffer.from('[{"traceId":"1"}]'))).toThrow(ReceiverDecodeError);
  });
});
