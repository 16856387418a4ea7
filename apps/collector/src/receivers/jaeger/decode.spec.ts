import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { SpanKind, StatusCode, type KeyValue, type Span, type TracesData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { decodeJaegerProto, decodeJaegerThrift } from './decode';
import { ThriftBinaryWriter } from '../thrift/testdata/binary-writer';

const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');

function attrs(list: KeyValue[] | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) {
    const v = kv.value ?? {};
    out[kv.key ?? ''] =
      v.string_value ?? v.bool_value ?? (v.int_value !== undefined && v.int_value !== null ? Number(v.int_value) : undefined) ?? v.double_value ?? (v.bytes_value ? hex(v.bytes_value) : undefined);
  }
  return out;
}

function spansByName(td: TracesData): Record<string, Span> {
  const out: Record<string, Span> = {};
  for (const rs of td.resource_spans ?? []) for (const ss of rs.scope_spans ?? []) for (const s of ss.spans ?? []) out[s.name ?? ''] = s;
  return out;
}

describe('Jaeger Thrift (real jaeger-client capture)', () => {
  const td = decodeJaegerThrift(readFileSync(join(__dirname, 'testdata/jaeger-client-node-batch.thrift.bin')));
  const spans = spansByName(td);

  it('maps the process to the resource: service.name, tags, hostname and jaeger.version', () => {
    expect(td.resource_spans).toHaveLength(1);
    const resource = attrs(td.resource_spans?.[0].resource?.attributes);
    expect(resource).toMatchObject({ 'service.name': 'checkout', 'deployment.environment': 'test', 'build.number': 42, 'opencensus.exporterversion': 'Jaeger-Node-3.19.0' });
    expect(resource['host.name']).toEqual(expect.any(String));
    expect(resource).not.toHaveProperty('hostname');
    expect(resource).not.toHaveProperty('jaeger.version');
    // One scope without a name, as the collector's Thrift path does.
    expect(td.resource_spans?.[0].scope_spans).toHaveLength(1);
    expect(td.resource_spans?.[0].scope_spans?.[0].scope).toBeUndefined();
  });

  it('left-pads the 64-bit trace id and links child to root', () => {
    const root = spans['POST /checkout'];
    const child = spans['SELECT orders'];
    expect(hex(root.trace_id)).toMatch(/^0{16}[0-9a-f]{16}$/);
    expect(hex(child.trace_id)).toBe(hex(root.trace_id));
    expect(hex(child.parent_span_id)).toBe(hex(root.span_id));
    expect(root.parent_span_id).toBeUndefined();
  });

  it('maps span.kind, error=true, logs and timestamps', () => {
    const root = spans['POST /checkout'];
    const child = spans['SELECT orders'];
    expect(root.kind).toBe(SpanKind.SPAN_KIND_SERVER);
    expect(child.kind).toBe(SpanKind.SPAN_KIND_CLIENT);
    expect(child.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: '' });
    expect(attrs(child.attributes)).toEqual({ 'db.system': 'postgresql', 'peer.port': 5432, ratio: 0.5 });
    expect(child.events).toHaveLength(1);
    expect(child.events?.[0].name).toBe('error');
    expect(attrs(child.events?.[0].attributes)).toEqual({ message: 'connection reset', 'error.kind': 'ECONNRESET' });
    expect(BigInt(String(root.end_time_unix_nano)) - BigInt(String(root.start_time_unix_nano))).toBeGreaterThanOrEqual(0n);
    expect(String(root.start_time_unix_nano)).toMatch(/000$/);
    // http.status_code 200 on a server span leaves the status unset.
    expect(root.status).toBeUndefined();
  });

  it('turns a FOLLOWS_FROM reference into a link', () => {
    const follower = spans['send receipt'];
    expect(follower.kind).toBe(SpanKind.SPAN_KIND_PRODUCER);
    expect(follower.links).toHaveLength(1);
    expect(hex(follower.links?.[0].span_id)).toBe(hex(spans['POST /checkout'].span_id));
    expect(attrs(follower.links?.[0].attributes)).toEqual({ 'opentracing.ref_type': 'follows_from' });
  });
});

// ---- hand-built Thrift for the rules the capture does not exercise ----

interface ThriftSpanSpec {
  traceIdLow: bigint;
  traceIdHigh?: bigint;
  spanId: bigint;
  parentSpanId?: bigint;
  refs?: { type: 0 | 1; low: bigint; high?: bigint; spanId: bigint }[];
  tags?: [string, 'str' | 'bool', string | boolean][];
}

function thriftBatch(serviceName: string, spans: ThriftSpanSpec[]): Buffer {
  const w = new ThriftBinaryWriter();
  w.field(12, 1).field(11, 1).string(serviceName).stop();
  w.field(15, 2).list(12, spans.length);
  for (const s of spans) {
    w.field(10, 1).i64(s.traceIdLow).field(10, 2).i64(s.traceIdHigh ?? 0n).field(10, 3).i64(s.spanId).field(10, 4).i64(s.parentSpanId ?? 0n);
    w.field(11, 5).string('op');
    if (s.refs) {
      w.field(15, 6).list(12, s.refs.length);
      for (const r of s.refs) w.field(8, 1).i32(r.type).field(10, 2).i64(r.low).field(10, 3).i64(r.high ?? 0n).field(10, 4).i64(r.spanId).stop();
    }
    w.field(8, 7).i32(1).field(10, 8).i64(1_700_000_000_000_000n).field(10, 9).i64(1500n);
    if (s.tags) {
      w.field(15, 10).list(12, s.tags.length);
      for (const [k, t, v] of s.tags) {
        w.field(11, 1).string(k);
        if (t === 'str') w.field(8, 2).i32(0).field(11, 3).string(v as string);
        else w.field(8, 2).i32(2).field(2, 5).bool(v as boolean);
        w.stop();
      }
    }
    w.stop();
  }
  return w.stop().bytes();
}

describe('Jaeger Thrift translation rules', () => {
  it('takes the parent from the first same-trace CHILD_OF reference when parentSpanId is 0, and links the rest', () => {
    const td = decodeJaegerThrift(
      thriftBatch('svc', [{ traceIdLow: 5n, traceIdHigh: -1n, spanId: 7n, refs: [{ type: 1, low: 5n, high: -1n, spanId: 3n }, { type: 0, low: 5n, high: -1n, spanId: 4n }, { type: 0, low: 9n, spanId: 8n }] }]),
    );
    const span = td.resource_spans?.[0].scope_spans?.[0].spans?.[0] as Span;
    expect(hex(span.trace_id)).toBe('ffffffffffffffff0000000000000005');
    expect(hex(span.parent_span_id)).toBe('0000000000000004');
    expect(span.links?.map((l) => [hex(l.span_id), attrs(l.attributes)['opentracing.ref_type']])).toEqual([
      ['0000000000000003', 'follows_from'],
      ['0000000000000008', 'child_of'],
    ]);
    expect(String(span.start_time_unix_nano)).toBe('1700000000000000000');
    expect(String(span.end_time_unix_nano)).toBe('1700000000001500000');
  });

  it('reads otel.status_code / otel.status_description only when error is not true', () => {
    const td = decodeJaegerThrift(
      thriftBatch('svc', [
        { traceIdLow: 1n, spanId: 1n, tags: [['otel.status_code', 'str', 'ERROR'], ['otel.status_description', 'str', 'bad']] },
        { traceIdLow: 1n, spanId: 2n, tags: [['error', 'bool', true], ['otel.status_code', 'str', 'OK'], ['otel.status_description', 'str', 'why']] },
        { traceIdLow: 1n, spanId: 3n, tags: [['error', 'str', 'true']] },
      ]),
    );
    const [a, b, c] = td.resource_spans?.[0].scope_spans?.[0].spans ?? [];
    expect(a.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'bad' });
    expect(b.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: 'why' });
    expect(attrs(b.attributes)).toEqual({});
    // A string "true" is not the boolean error tag: it stays an attribute, as upstream.
    expect(c.status).toBeUndefined();
    expect(attrs(c.attributes)).toEqual({ error: 'true' });
  });

  it('uses unknown_service for an empty service name', () => {
    const td = decodeJaegerThrift(thriftBatch('', [{ traceIdLow: 1n, spanId: 1n }]));
    expect(attrs(td.resource_spans?.[0].resource?.attributes)).toEqual({ 'service.name': 'unknown_service' });
  });

  it.each([
    ['zero trace id', thriftBatch('svc', [{ traceIdLow: 1n, spanId: 1n }, { traceIdLow: 0n, spanId: 2n }]), 'span[1].traceId: is all zeros.'],
    ['zero span id', thriftBatch('svc', [{ traceIdLow: 1n, spanId: 0n }]), 'span[0].spanId: is all zeros.'],
  ])('rejects a %s', (_name, body, message) => {
    expect(() => decodeJaegerThrift(body)).toThrow(new ReceiverDecodeError(message));
  });

  it('rejects truncated and non-Thrift bytes with exact messages', () => {
    const body = thriftBatch('svc', [{ traceIdLow: 1n, spanId: 1n }]);
    expect(() => decodeJaegerThrift(body.subarray(0, 30))).toThrow(ReceiverDecodeError);
    expect(() => decodeJaegerThrift(body.subarray(0, 30))).toThrow(/^Jaeger Thrift batch: span\[0\]\.\w+: needs \d+ bytes at offset \d+, only \d+ left \(truncated or not Thrift binary\)\.$/);
    expect(() => decodeJaegerThrift(Buffer.from('{"spans":[]}'))).toThrow('Jaeger Thrift batch: batch: unknown Thrift type 123 at offset 0.');
    expect(() => decodeJaegerThrift(Buffer.concat([body, Buffer.from([1, 2])]))).toThrow(`Jaeger Thrift batch: 2 bytes left after the Batch struct ended at offset ${body.length}.`);
  });
});

describe('Jaeger api_v2 protobuf', () => {
  const root = new protobuf.Root().loadSync(join(__dirname, 'jaeger-api-v2.proto'), { keepCase: true });
  const PostSpansRequest = root.lookupType('jaeger.api_v2.PostSpansRequest');
  const encode = (obj: Record<string, unknown>) => PostSpansRequest.encode(PostSpansRequest.fromObject(obj)).finish();
  const trace = Buffer.from('4bf92f3577b34da6a3ce929d0e0e4736', 'hex');
  const id = (n: number) => Buffer.from(n.toString(16).padStart(16, '0'), 'hex');
  const baseSpan = { trace_id: trace, operation_name: 'op', start_time: { seconds: 1700000000, nanos: 5 }, duration: { seconds: 1, nanos: 10 } };

  it('translates process, scope tags, references, logs, binary tags and trace state', () => {
    const td = decodeJaegerProto(
      encode({
        batch: {
          process: { service_name: 'api', tags: [{ key: 'hostname', v_str: 'h1' }, { key: 'jaeger.version', v_str: 'Go-2.30' }] },
          spans: [
            {
              ...baseSpan,
              span_id: id(2),
              references: [{ trace_id: trace, span_id: id(1), ref_type: 'CHILD_OF' }],
              tags: [
                { key: 'span.kind', v_str: 'client' },
                { key: 'otel.library.name', v_str: 'io.lib' },
                { key: 'otel.library.version', v_str: '1.0' },
                { key: 'w3c.tracestate', v_str: 'k=v' },
                { key: 'http.status_code', v_type: 'INT64', v_int64: 404 },
                { key: 'blob', v_type: 'BINARY', v_binary: Buffer.from([1, 2, 3]) },
              ],
              logs: [{ timestamp: { seconds: 1700000000, nanos: 7 }, fields: [{ key: 'event', v_str: 'retry' }, { key: 'n', v_type: 'INT64', v_int64: 2 }] }],
            },
            { ...baseSpan, span_id: id(3), process: { service_name: 'worker' } },
          ],
        },
      }),
    );
    expect(td.resource_spans).toHaveLength(2);
    const [api, worker] = td.resource_spans ?? [];
    expect(attrs(api.resource?.attributes)).toEqual({ 'service.name': 'api', 'host.name': 'h1', 'opencensus.exporterversion': 'Jaeger-Go-2.30' });
    expect(attrs(worker.resource?.attributes)).toEqual({ 'service.name': 'worker' });
    expect(api.scope_spans?.[0].scope).toEqual({ name: 'io.lib', version: '1.0' });
    const span = api.scope_spans?.[0].spans?.[0] as Span;
    expect(hex(span.parent_span_id)).toBe('0000000000000001');
    expect(span.links).toEqual([]);
    expect(span.kind).toBe(SpanKind.SPAN_KIND_CLIENT);
    expect(span.trace_state).toBe('k=v');
    // 404 on a client span is an error.
    expect(span.status).toEqual({ code: StatusCode.STATUS_CODE_ERROR, message: '' });
    // Binary stays bytes, as the collector writes it today (older versions wrote base64 text).
    expect(attrs(span.attributes)).toEqual({ 'http.status_code': 404, blob: '010203' });
    expect(String(span.start_time_unix_nano)).toBe('1700000000000000005');
    expect(String(span.end_time_unix_nano)).toBe('1700000001000000015');
    expect(span.events?.[0]).toMatchObject({ name: 'retry' });
    expect(String(span.events?.[0].time_unix_nano)).toBe('1700000000000000007');
    expect(attrs(span.events?.[0].attributes)).toEqual({ n: 2 });
  });

  it('rejects invalid ids and malformed bytes with exact messages', () => {
    expect(() => decodeJaegerProto(encode({ batch: { spans: [{ ...baseSpan, span_id: id(0) }] } }))).toThrow(new ReceiverDecodeError('span[0].span_id: is all zeros.'));
    expect(() => decodeJaegerProto(encode({ batch: { spans: [{ ...baseSpan, trace_id: Buffer.from([1, 2, 3]), span_id: id(1) }] } }))).toThrow(
      new ReceiverDecodeError('span[0].trace_id: has 3 bytes, expected 8 or 16.'),
    );
    expect(() => decodeJaegerProto(new Uint8Array([0x0a, 0x09, 0x0a]))).toThrow(/^Jaeger api_v2: the 3 bytes are not a jaeger.api_v2.PostSpansRequest \(index out of range/);
  });
});
