import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpanKind, type AnyValue, type KeyValue, type Span, type TracesData } from '@tracehouse/otlp';
import { decodeJaegerProto, decodeJaegerThrift } from './decode';
import { parseJsonKeepingBigInts, postSpansRequestFromModelJson, thriftBatchFromJson } from './testdata/encode';

// One Jaeger -> OTLP translation for Thrift and protobuf alike, following the OpenTelemetry
// Collector's jaegerproto_to_traces.go, checked on Jaeger's own fixtures (testdata/README.md).

const fixture = (name: string) => parseJsonKeepingBigInts(readFileSync(join(__dirname, 'testdata', name), 'utf8')) as Record<string, unknown>;
const hex = (b: Uint8Array | null | undefined) => Buffer.from(b ?? []).toString('hex');

/** Attribute values with their OTLP type, as the wire carries them. */
function typed(list: KeyValue[] | null | undefined): Record<string, [string, unknown]> {
  const out: Record<string, [string, unknown]> = {};
  for (const kv of list ?? []) {
    const v = (kv.value ?? {}) as AnyValue;
    if (v.string_value != null) out[kv.key ?? ''] = ['string', v.string_value];
    else if (v.int_value != null) out[kv.key ?? ''] = ['int', String(v.int_value)];
    else if (v.double_value != null) out[kv.key ?? ''] = ['double', v.double_value];
    else if (v.bool_value != null) out[kv.key ?? ''] = ['bool', v.bool_value];
    else if (v.bytes_value != null) out[kv.key ?? ''] = ['bytes', hex(v.bytes_value)];
    else if (v.array_value != null) out[kv.key ?? ''] = ['array', (v.array_value.values ?? []).map((x) => x.string_value)];
  }
  return out;
}

function spans(td: TracesData): { scope: unknown; span: Span }[] {
  return (td.resource_spans ?? []).flatMap((rs) => (rs.scope_spans ?? []).flatMap((ss) => (ss.spans ?? []).map((span) => ({ scope: ss.scope, span }))));
}

describe('Jaeger Thrift: jaeger fixture thrift_batch_01.json', () => {
  const td = decodeJaegerThrift(thriftBatchFromJson(fixture('jaeger-thrift-batch-01.json')));
  const [{ span }] = spans(td);

  it('keeps every tag type: LONG as int, DOUBLE as double, BOOL as bool, STRING as string', () => {
    expect(typed(span.attributes)).toEqual({
      'http.url': ['string', 'http://127.0.0.1:15598/client_transactions'],
      'peer.port': ['int', '53931'],
      'haproxy.sa': ['bool', true],
      someDouble: ['double', 129.8],
      'peer.service': ['string', 'rtapi'],
      'peer.ipv4': ['int', '3224716605'],
    });
  });

  it('maps ids, span.kind, times, process and logs (event field -> event name)', () => {
    expect(hex(span.trace_id)).toBe('000000000000000052969a8955571a3f');
    expect(hex(span.span_id)).toBe('0000000000647d98');
    expect(hex(span.parent_span_id)).toBe('000000000068c4e3');
    expect(span.kind).toBe(SpanKind.SPAN_KIND_SERVER);
    expect(String(span.start_time_unix_nano)).toBe('1485467191639875000');
    expect(String(span.end_time_unix_nano)).toBe('1485467191662813000');
    expect(typed(td.resource_spans?.[0].resource?.attributes)).toEqual({
      'service.name': ['string', 'api'],
      'host.name': ['string', 'api246-sjc1'],
      ip: ['string', '10.53.69.61'],
      'opencensus.exporterversion': ['string', 'Jaeger-Python-3.1.0'],
    });
    expect(span.events?.map((e) => [e.name ?? '', String(e.time_unix_nano), typed(e.attributes)])).toEqual([
      ['', '1485467191639875000', { key1: ['string', 'value1'], key2: ['string', 'value2'] }],
      ['nothing', '1485467191639875000', {}],
    ]);
  });
});

describe('Jaeger api_v2: jaeger fixture span_tags_trace.json', () => {
  const [{ span }] = spans(decodeJaegerProto(postSpansRequestFromModelJson(fixture('jaeger-span-tags-trace.json') as { spans: Record<string, unknown>[] })));

  it('keeps every tag type, BINARY as bytes (not base64 text)', () => {
    expect(typed(span.attributes)).toEqual({
      sameplacetag1: ['string', 'sameplacevalue'],
      sameplacetag2: ['int', '123'],
      sameplacetag4: ['bool', true],
      sameplacetag3: ['double', 72.5],
      blob: ['bytes', '00003039'],
    });
    expect(hex(span.span_id)).toBe('000000d76d800003');
    expect(String(span.end_time_unix_nano)).toBe('1485449191639882000');
  });
});

// ---- rules the fixtures do not exercise, on both wire formats ----

const TRACE_LOW = 0x1234n;
const traceHex = TRACE_LOW.toString(16).padStart(32, '0');
const idHex = (n: number) => n.toString(16).padStart(16, '0');

type Tag = { key: string; vType?: string; vStr?: string; vBool?: boolean; vLong?: number };
function thriftSpan(spanId: number, opts: { parent?: number; refs?: { refType: string; spanId: number }[]; tags?: Tag[] } = {}): Buffer {
  return thriftBatchFromJson({
    process: { serviceName: 'svc', tags: [] },
    spans: [{ traceIdLow: TRACE_LOW, spanId, parentSpanId: opts.parent ?? 0, operationName: 'op', startTime: 1_700_000_000_000_000, duration: 10, tags: opts.tags ?? [], references: (opts.refs ?? []).map((r) => ({ ...r, traceIdLow: TRACE_LOW })) }],
  });
}
function protoSpan(spanId: number, opts: { refs?: { refType: string; spanId: number }[]; tags?: Tag[] } = {}): Uint8Array {
  const b64 = (h: string) => Buffer.from(h, 'hex').toString('base64');
  return postSpansRequestFromModelJson({
    spans: [
      {
        traceId: b64(traceHex),
        spanId: b64(idHex(spanId)),
        operationName: 'op',
        startTime: '2023-11-14T22:13:20Z',
        duration: '10us',
        references: (opts.refs ?? []).map((r) => ({ refType: r.refType, traceId: b64(traceHex), spanId: b64(idHex(r.spanId)) })),
        tags: (opts.tags ?? []).map(({ vLong, ...t }) => (t.vType === 'LONG' ? { ...t, vType: 'INT64', vInt64: vLong } : t)),
        process: { serviceName: 'svc' },
      },
    ],
  });
}
const one = (td: TracesData) => spans(td)[0];
const linkTo = (s: Span) => s.links?.map((l) => [hex(l.span_id), typed(l.attributes)['opentracing.ref_type']?.[1]]);

describe.each([
  ['Thrift', (id: number, o: Parameters<typeof thriftSpan>[1]) => decodeJaegerThrift(thriftSpan(id, o))],
  ['api_v2', (id: number, o: Parameters<typeof thriftSpan>[1]) => decodeJaegerProto(protoSpan(id, o))],
] as const)('Jaeger %s references and scope', (_, decode) => {
  it('keeps a FOLLOWS_FROM to the parent as a link, never as a second parent or a self-link', () => {
    const span = one(decode(7, { parent: 3, refs: [{ refType: 'CHILD_OF', spanId: 3 }, { refType: 'FOLLOWS_FROM', spanId: 3 }] })).span;
    expect(hex(span.parent_span_id)).toBe(idHex(3));
    expect(linkTo(span)).toEqual([[idHex(3), 'follows_from']]);
  });

  it('makes the first same-trace FOLLOWS_FROM the parent when there is no CHILD_OF, and keeps it as a link', () => {
    const span = one(decode(7, { refs: [{ refType: 'FOLLOWS_FROM', spanId: 3 }] })).span;
    expect(hex(span.parent_span_id)).toBe(idHex(3));
    expect(linkTo(span)).toEqual([[idHex(3), 'follows_from']]);
  });

  it('drops references of a span to itself, with a warning', () => {
    const span = one(decode(7, { refs: [{ refType: 'CHILD_OF', spanId: 7 }, { refType: 'FOLLOWS_FROM', spanId: 7 }, { refType: 'FOLLOWS_FROM', spanId: 5 }] })).span;
    expect(hex(span.parent_span_id)).toBe(idHex(5));
    expect(linkTo(span)).toEqual([[idHex(5), 'follows_from']]);
    expect(typed(span.attributes)['tracehouse.warning']).toEqual(['string', `Jaeger span ${idHex(7)} referenced itself (2 references): the self-reference was dropped.`]);
  });

  it('reads the scope from otel.scope.name / otel.scope.version, and w3c.tracestate', () => {
    const { scope, span } = one(
      decode(7, {
        tags: [
          { key: 'otel.scope.name', vStr: 'io.opentelemetry.http' },
          { key: 'otel.scope.version', vStr: '1.2.0' },
          { key: 'w3c.tracestate', vStr: 'rojo=00f067aa0ba902b7' },
          { key: 'retries', vType: 'LONG', vLong: 3 },
        ],
      }),
    );
    expect(scope).toEqual({ name: 'io.opentelemetry.http', version: '1.2.0' });
    expect(span.trace_state).toBe('rojo=00f067aa0ba902b7');
    expect(typed(span.attributes)).toEqual({ retries: ['int', '3'] });
  });

  it('still reads the older otel.library.name / otel.library.version', () => {
    expect(one(decode(7, { tags: [{ key: 'otel.library.name', vStr: 'lib' }, { key: 'otel.library.version', vStr: '0.1' }] })).scope).toEqual({ name: 'lib', version: '0.1' });
  });
});

describe('Jaeger Thrift self-parent', () => {
  it('drops a parentSpanId equal to the span id, with a warning', () => {
    const { span } = one(decodeJaegerThrift(thriftSpan(7, { parent: 7 })));
    expect(span.parent_span_id).toBeUndefined();
    expect(typed(span.attributes)['tracehouse.warning']).toEqual(['string', `Jaeger span ${idHex(7)} named itself as its parent: it was kept without a parent.`]);
  });
});

describe('Jaeger Thrift times OTLP cannot hold', () => {
  it('keeps a negative start time, duration or log time as 0 with a warning naming the value, instead of wrapping it', () => {
    const body = thriftBatchFromJson({
      process: { serviceName: 'svc', tags: [] },
      spans: [{ traceIdLow: TRACE_LOW, spanId: 9, operationName: 'op', startTime: -5, duration: -2, logs: [{ timestamp: -7, fields: [{ key: 'event', vStr: 'early' }] }] }],
    });
    const { span } = one(decodeJaegerThrift(body));
    expect([String(span.start_time_unix_nano), String(span.end_time_unix_nano), String(span.events?.[0].time_unix_nano)]).toEqual(['0', '0', '0']);
    expect(typed(span.attributes)['tracehouse.warning']).toEqual([
      'array',
      [
        `Jaeger span ${idHex(9)} had start time -5000 ns, negative: it was kept as 0.`,
        `Jaeger span ${idHex(9)} had duration -2000 ns, negative: it was kept as 0.`,
        `Jaeger span ${idHex(9)} had log time -7000 ns, negative: it was kept as 0.`,
      ],
    ]);
  });

  it('keeps start time 0 and 1 µs as sent', () => {
    for (const [startTime, expected] of [[0, '0'], [1, '1000']] as const) {
      const { span } = one(decodeJaegerThrift(thriftBatchFromJson({ process: { serviceName: 'svc', tags: [] }, spans: [{ traceIdLow: TRACE_LOW, spanId: 9, operationName: 'op', startTime, duration: 1 }] })));
      expect(String(span.start_time_unix_nano)).toBe(expected);
      expect(typed(span.attributes)).toEqual({});
    }
  });
});
