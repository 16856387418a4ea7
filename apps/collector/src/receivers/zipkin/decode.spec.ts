import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { SpanKind, StatusCode, type KeyValue, type Span, type TracesData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { decodeZipkinJson, decodeZipkinProto3, ipv6Text, zipkinJsonToTracesData } from './decode';
import { derivedHalfSpanId } from './identity';

const testdata = (name: string) => readFileSync(join(__dirname, 'testdata', name));
const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');

function attrs(list: KeyValue[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) {
    const v = kv.value ?? {};
    out[kv.key ?? ''] = v.string_value ?? v.bool_value ?? (v.int_value !== undefined && v.int_value !== null ? Number(v.int_value) : undefined) ?? v.double_value;
  }
  return out;
}

function allSpans(td: TracesData): { service: unknown; scope: string | undefined; span: Span }[] {
  return (td.resource_spans ?? []).flatMap((rs) =>
    (rs.scope_spans ?? []).flatMap((ss) => (ss.spans ?? []).map((span) => ({ service: attrs(rs.resource?.attributes)['service.name'], scope: ss.scope?.name ?? undefined, span }))),
  );
}

describe('Zipkin v2 JSON (real zipkin-js captures)', () => {
  const client = JSON.parse(testdata('zipkin-js-client-span.json').toString())[0];
  const server = JSON.parse(testdata('zipkin-js-server-span.json').toString())[0];

  it('translates the client span: service, kind, ids, times, remote endpoint', () => {
    const [{ service, span }] = allSpans(decodeZipkinJson(testdata('zipkin-js-client-span.json')));
    expect(service).toBe('frontend');
    expect(hex(span.trace_id)).toBe(client.traceId);
    expect(hex(span.span_id)).toBe(client.id);
    expect(span.parent_span_id).toBeUndefined();
    expect(span.kind).toBe(SpanKind.SPAN_KIND_CLIENT);
    expect(span.name).toBe('get /api/orders');
    expect(String(span.start_time_unix_nano)).toBe(`${client.timestamp}000`);
    expect(String(span.end_time_unix_nano)).toBe(`${client.timestamp + client.duration}000`);
    expect(attrs(span.attributes)).toEqual({ 'http.path': '/api/orders', 'peer.service': 'backend', 'net.peer.ip': '10.0.0.2', 'net.peer.port': 8080 });
  });

  it('gives the shared server half a derived span id with the client half as parent', () => {
    const [{ service, span }] = allSpans(decodeZipkinJson(testdata('zipkin-js-server-span.json')));
    expect(server.shared).toBe(true);
    expect(service).toBe('backend');
    expect(hex(span.parent_span_id)).toBe(server.id);
    expect(hex(span.span_id)).not.toBe(server.id);
    expect(hex(span.span_id)).toBe(hex(derivedHalfSpanId(Buffer.from(server.traceId, 'hex'), Buffer.from(server.id, 'hex'), { service: 'backend', kind: 'SERVER', timestamp: BigInt(server.timestamp) })));
    // Deterministic: decoding the same body again (a replay) gives the same id.
    expect(hex(allSpans(decodeZipkinJson(testdata('zipkin-js-server-span.json')))[0].span.span_id)).toBe(hex(span.span_id));
    expect(span.kind).toBe(SpanKind.SPAN_KIND_SERVER);
    expect(span.events).toEqual([expect.objectContaining({ name: 'cache miss' })]);
    expect(String(span.events?.[0].time_unix_nano)).toBe(`${server.annotations[0].timestamp}000`);
    // zipkin-js writes the error message as the `error` tag: any `error` tag sets ERROR, and a value
    // other than "true" is the status description.
    expect(span.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'database timeout' });
    expect(attrs(span.attributes)).toEqual({
      'net.peer.ip': '10.0.0.1',
      'net.peer.port': 51234,
      'tracehouse.warning': `Zipkin span id ${server.id} is not unique (it is flagged shared: its client half has the same id): this SERVER half of service "backend" was given the derived span id ${hex(span.span_id)}, with ${server.id} as its parent.`,
    });
  });
});

describe('Zipkin proto3', () => {
  it('decodes the encoded captures the same way as their JSON', () => {
    const fromProto = allSpans(decodeZipkinProto3(testdata('client-and-shared-server.proto3.bin')));
    const fromJson = allSpans(
      zipkinJsonToTracesData([...JSON.parse(testdata('zipkin-js-client-span.json').toString()), ...JSON.parse(testdata('zipkin-js-server-span.json').toString())]),
    );
    const norm = (x: typeof fromJson) => x.map(({ service, span }) => ({ service, traceId: hex(span.trace_id), spanId: hex(span.span_id), parent: hex(span.parent_span_id), kind: span.kind, name: span.name, start: String(span.start_time_unix_nano), end: String(span.end_time_unix_nano), attrs: attrs(span.attributes), events: span.events?.map((e) => e.name) }));
    expect(norm(fromProto)).toEqual(norm(fromJson));
  });

  it('pads 64-bit trace ids and writes IPv6 as Go does', () => {
    const type = new protobuf.Root().loadSync(join(__dirname, 'zipkin.proto'), { keepCase: true }).lookupType('zipkin.proto3.ListOfSpans');
    const ipv6 = Buffer.from('20010db8000000000000000000000001', 'hex');
    const bytes = type
      .encode(type.fromObject({ spans: [{ trace_id: Buffer.from('00000000000000aa', 'hex'), id: Buffer.from('0000000000000001', 'hex'), kind: 'SERVER', timestamp: '1000', duration: '5', local_endpoint: { service_name: 'svc', ipv6, port: 80 } }] }))
      .finish();
    const [{ span }] = allSpans(decodeZipkinProto3(bytes));
    expect(hex(span.trace_id)).toBe('000000000000000000000000000000aa');
    expect(attrs(span.attributes)).toEqual({ 'net.host.ip': '2001:db8::1', 'net.host.port': 80 });
    expect(ipv6Text(Buffer.from('00000000000000000000ffff0a000001', 'hex'))).toBe('10.0.0.1');
    expect(ipv6Text(Buffer.from('fe800000000000000000000000000000', 'hex'))).toBe('fe80::');
  });

  it('rejects bytes that are not a ListOfSpans', () => {
    expect(() => decodeZipkinProto3(new Uint8Array([0x0a, 0x05, 0x01]))).toThrow(ReceiverDecodeError);
    expect(() => decodeZipkinProto3(new Uint8Array([0x0a, 0x05, 0x01]))).toThrow(/^Zipkin proto3: the 3 bytes are not a zipkin.proto3.ListOfSpans \(index out of range/);
  });

  it('rejects a span without a trace id', () => {
    const type = new protobuf.Root().loadSync(join(__dirname, 'zipkin.proto'), { keepCase: true }).lookupType('zipkin.proto3.ListOfSpans');
    const bytes = type.encode(type.fromObject({ spans: [{ id: Buffer.from('0000000000000001', 'hex') }] })).finish();
    expect(() => decodeZipkinProto3(bytes)).toThrow('span[0].trace_id: is missing.');
  });
});

describe('Zipkin translation rules (mirroring the OpenTelemetry Collector)', () => {
  const base = { traceId: '5af7183fb1d4cf5f', id: '352bff9a74ca9ad2', parentId: '6b221d5bc9e6496c', name: 'get /api', timestamp: 1556604172355737, duration: 1431, kind: 'SERVER', localEndpoint: { serviceName: 'backend', ipv4: '192.168.99.1', port: 3306 } };
  const one = (span: Record<string, unknown>) => allSpans(zipkinJsonToTracesData([span]))[0];

  it('left-pads a 64-bit trace id and short hex ids', () => {
    const { span } = one({ ...base, traceId: 'abc', id: '2', parentId: '1' });
    expect(hex(span.trace_id)).toBe('00000000000000000000000000000abc');
    expect(hex(span.span_id)).toBe('0000000000000002');
    expect(hex(span.parent_span_id)).toBe('0000000000000001');
  });

  it('maps local endpoint to net.host.* and keeps parent id', () => {
    const { span, service } = one(base);
    expect(service).toBe('backend');
    expect(hex(span.parent_span_id)).toBe('6b221d5bc9e6496c');
    expect(attrs(span.attributes)).toEqual({ 'net.host.ip': '192.168.99.1', 'net.host.port': 3306 });
  });

  it('uses unknown_service when no local service is named', () => {
    expect(one({ ...base, localEndpoint: undefined }).service).toBe('unknown_service');
  });

  it.each([
    ['CLIENT', SpanKind.SPAN_KIND_CLIENT],
    ['PRODUCER', SpanKind.SPAN_KIND_PRODUCER],
    ['CONSUMER', SpanKind.SPAN_KIND_CONSUMER],
    [undefined, SpanKind.SPAN_KIND_UNSPECIFIED],
  ])('maps kind %s', (kind, expected) => {
    expect(one({ ...base, kind }).span.kind).toBe(expected);
  });

  it('reads internal kind from the span.kind tag when kind is absent', () => {
    const { span } = one({ ...base, kind: undefined, tags: { 'span.kind': 'internal', a: 'b' } });
    expect(span.kind).toBe(SpanKind.SPAN_KIND_INTERNAL);
    expect(attrs(span.attributes)).not.toHaveProperty('span.kind');
  });

  it('sets status from otel.status_code / otel.status_description and error=true', () => {
    expect(one({ ...base, tags: { 'otel.status_code': 'STATUS_CODE_ERROR', 'otel.status_description': 'boom' } }).span.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'boom' });
    expect(one({ ...base, tags: { 'otel.status_code': 'OK' } }).span.status).toEqual({ code: StatusCode.STATUS_CODE_OK });
    const errored = one({ ...base, tags: { error: 'true' } }).span;
    expect(errored.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR });
    expect(attrs(errored.attributes)).not.toHaveProperty('error');
  });

  it('moves resource tags to the resource and scope tags to the scope', () => {
    const td = zipkinJsonToTracesData([{ ...base, tags: { 'host.name': 'h1', 'otel.library.name': 'io.lib', 'otel.library.version': '1.2', 'w3c.tracestate': 'k=v', app: 'x' } }]);
    const rs = td.resource_spans?.[0];
    expect(attrs(rs?.resource?.attributes)).toEqual({ 'service.name': 'backend', 'host.name': 'h1' });
    expect(rs?.scope_spans?.[0].scope).toEqual({ name: 'io.lib', version: '1.2' });
    const span = rs?.scope_spans?.[0].spans?.[0] as Span;
    expect(span.trace_state).toBe('k=v');
    expect(attrs(span.attributes)).toEqual({ app: 'x', 'net.host.ip': '192.168.99.1', 'net.host.port': 3306 });
  });

  it('groups spans by service then instrumentation library', () => {
    const td = zipkinJsonToTracesData([
      { ...base, id: '1', localEndpoint: { serviceName: 'b' } },
      { ...base, id: '2', localEndpoint: { serviceName: 'a' }, tags: { 'otel.library.name': 'y' } },
      { ...base, id: '3', localEndpoint: { serviceName: 'a' } },
      { ...base, id: '4', localEndpoint: { serviceName: 'b' } },
    ]);
    expect(allSpans(td).map((x) => [x.service, x.scope, hex(x.span.span_id).slice(-1)])).toEqual([
      ['a', undefined, '3'],
      ['a', 'y', '2'],
      ['b', undefined, '1'],
      ['b', undefined, '4'],
    ]);
    expect(td.resource_spans).toHaveLength(2);
  });

  it('turns OpenTelemetry-packed annotations and otlp.link tags into events and links', () => {
    const { span } = one({
      ...base,
      annotations: [{ timestamp: 1556604172355800, value: 'exception|{"exception.type":"E","count":2,"ratio":0.5,"ok":true}|3' }, { timestamp: 1556604172355900, value: 'a|b|c' }],
      tags: { 'otlp.link.0': '4bf92f3577b34da6a3ce929d0e0e4736|00f067aa0ba902b7|k=v|{"attr":"x"}|1' },
    });
    expect(span.events?.[0]).toMatchObject({ name: 'exception', dropped_attributes_count: 3 });
    expect(attrs(span.events?.[0].attributes)).toEqual({ 'exception.type': 'E', count: 2, ratio: 0.5, ok: true });
    expect(span.events?.[1].name).toBe('a|b|c');
    expect(span.links).toHaveLength(1);
    expect(hex(span.links?.[0].trace_id)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span.links?.[0]).toMatchObject({ trace_state: 'k=v', dropped_attributes_count: 1 });
  });

  it('marks a span without timestamp as starting at the epoch', () => {
    const { span } = one({ ...base, timestamp: undefined });
    expect(String(span.start_time_unix_nano)).toBe('0');
    expect(String(span.end_time_unix_nano)).toBe('1431000');
    expect(attrs(span.attributes)['otel.zipkin.absentField.startTime']).toBe(true);
  });

  it('types string tags only when asked (parse_string_tags)', () => {
    const span = allSpans(zipkinJsonToTracesData([{ ...base, tags: { n: '42', d: '1.5', b: 'true', s: 'x' } }], { parseStringTags: true }))[0].span;
    expect(attrs(span.attributes)).toMatchObject({ n: 42, d: 1.5, b: true, s: 'x' });
  });
});

describe('Zipkin decode errors', () => {
  const good = { traceId: '5af7183fb1d4cf5f', id: '352bff9a74ca9ad2' };
  it.each([
    [[{ ...good, traceId: 'xyz' }], 'span[0].traceId: "xyz" is not hex.'],
    [[good, good, { ...good, traceId: 'xyz' }], 'span[2].traceId: "xyz" is not hex.'],
    [[{ id: good.id }], 'span[0].traceId: is required.'],
    [[{ traceId: good.traceId }], 'span[0].id: is required.'],
    [[{ ...good, traceId: '00000000000000000000000000000000' }], 'span[0].traceId: "00000000000000000000000000000000" is all zeros.'],
    [[{ ...good, id: '0' }], 'span[0].id: "0" is all zeros.'],
    [[{ ...good, id: '352bff9a74ca9ad2ff' }], 'span[0].id: "352bff9a74ca9ad2ff" is longer than 16 hex characters.'],
    [[{ ...good, traceId: 42 }], 'span[0].traceId: expected a hex string, got number 42.'],
    [[{ ...good, timestamp: 'yesterday' }], 'span[0].timestamp: expected epoch microseconds (an integer), got "yesterday".'],
    [[{ ...good, tags: { a: { b: 1 } } }], 'span[0].tags.a: expected a string, got an object.'],
    [[{ ...good, parentId: 'zz' }], 'span[0].parentId: "zz" is not hex.'],
    [{ spans: [] }, 'Zipkin v2 JSON: expected an array of spans, got an object.'],
    [[42], 'span[0]: expected an object, got number 42.'],
  ])('%j -> %s', (json, message) => {
    expect(() => zipkinJsonToTracesData(json)).toThrow(new ReceiverDecodeError(message));
  });

  it('rejects a body that is not JSON', () => {
    expect(() => decodeZipkinJson('[{"traceId": ')).toThrow(/^Zipkin v2 JSON: the body is not valid JSON \(/);
  });
});
