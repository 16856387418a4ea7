// Issue 12 through the real collector process and the real broker: payloads from other tracing
// projects' own test data (receivers/*/testdata/README.md) and the identity cases of
// ARCHITECTURE.md "Identity", sent over Zipkin JSON, Jaeger Thrift and Jaeger gRPC; each test
// reads the decoded `otlp-spans` record back and checks what a reader of the trace will see.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Consumer } from 'kafkajs';
import { bytesToHex } from '@tracehouse/identity';
import { type AnyValue, type InstrumentationScope, type KeyValue, type Span } from '@tracehouse/otlp';
import { OTLP_SPANS } from '@tracehouse/topics';
import { pollUntil, testKafka, uniqueName } from '@tracehouse/testing';
import { parseJsonKeepingBigInts, postSpansRequestFromModelJson, thriftBatchFromJson } from './receivers/jaeger/testdata/encode';
import { startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { GRPC_METHODS, grpcCall, post } from './testdata/wire';

interface Stored {
  readonly span: Span;
  readonly service: unknown;
  readonly scope: InstrumentationScope;
}

const kafka = testKafka('collector-ingest-identity');
const topic = uniqueName('otlp-spans-identity');
let collector: CollectorUnderTest;
let consumer: Consumer;
/** Every span read from the topic, by trace id (hex). */
const byTrace = new Map<string, Stored[]>();

const hex = (b: Uint8Array | null | undefined): string => (b && b.length > 0 ? bytesToHex(b) : '');

/** Attribute values with their OTLP type, as the record carries them. */
function typed(list: KeyValue[] | null | undefined): Record<string, [string, unknown]> {
  const out: Record<string, [string, unknown]> = {};
  for (const kv of list ?? []) {
    const v = (kv.value ?? {}) as AnyValue;
    if (v.string_value != null) out[kv.key ?? ''] = ['string', v.string_value];
    else if (v.int_value != null) out[kv.key ?? ''] = ['int', String(v.int_value)];
    else if (v.double_value != null) out[kv.key ?? ''] = ['double', v.double_value];
    else if (v.bool_value != null) out[kv.key ?? ''] = ['bool', v.bool_value];
    else if (v.bytes_value != null) out[kv.key ?? ''] = ['bytes', hex(v.bytes_value)];
  }
  return out;
}

beforeAll(async () => {
  collector = await startCollector({ KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', TOPIC_OTLP_SPANS: topic, KAFKA_TOPIC_PARTITIONS: '2' });
  consumer = kafka.consumer({ groupId: uniqueName('identity-reader'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      for (const rs of OTLP_SPANS.decode(message.value ?? Buffer.alloc(0)).resource_spans ?? []) {
        const service = (rs.resource?.attributes ?? []).find((kv) => kv.key === 'service.name')?.value?.string_value;
        for (const ss of rs.scope_spans ?? []) {
          for (const span of ss.spans ?? []) {
            const trace = hex(span.trace_id);
            byTrace.set(trace, [...(byTrace.get(trace) ?? []), { span, service, scope: ss.scope ?? {} }]);
          }
        }
      }
    },
  });
});

afterAll(async () => {
  await consumer?.disconnect();
  await collector?.stop();
});

/** Waits for `count` spans of `traceId` in the topic (one request makes one record per trace) and returns them. */
async function spansOf(traceId: string, count: number): Promise<Stored[]> {
  await pollUntil(`${count} spans of trace ${traceId} in ${topic}`, () => (byTrace.get(traceId)?.length ?? 0) >= count, 30_000);
  const found = byTrace.get(traceId) ?? [];
  expect(found).toHaveLength(count);
  return found;
}

const zipkinTestdata = (name: string) => readFileSync(join(__dirname, 'receivers/zipkin/testdata', name));
const jaegerFixture = (name: string) => parseJsonKeepingBigInts(readFileSync(join(__dirname, 'receivers/jaeger/testdata', name), 'utf8')) as Record<string, unknown>;
const postZipkin = async (body: Uint8Array | string): Promise<void> => {
  const r = await post(collector.ports.zipkin, '/api/v2/spans', body, { 'Content-Type': 'application/json' });
  expect(r.status).toBe(202);
};

describe('Zipkin JSON identity (ARCHITECTURE.md "Identity")', () => {
  it('keeps both unshared halves of zipkin-lens skew.json: the server half under a derived id, the client half as its parent', async () => {
    await postZipkin(zipkinTestdata('zipkin-lens-skew-unshared.json'));
    const spans = await spansOf('00000000000000001e223ff1f80f1c69', 4);
    const client = spans.find((s) => s.service === 'servicea' && s.span.name === 'post') as Stored;
    const server = spans.find((s) => s.service === 'serviceb' && s.span.name === 'post') as Stored;
    expect(hex(client.span.span_id)).toBe('74280ae0c10d8062');
    expect(hex(server.span.span_id)).not.toBe('74280ae0c10d8062');
    expect(hex(server.span.parent_span_id)).toBe('74280ae0c10d8062');
    expect(typed(server.span.attributes)['tracehouse.warning']?.[1]).toContain(`was given the derived span id ${hex(server.span.span_id)}, with 74280ae0c10d8062 as its parent.`);
    expect(new Set(spans.map((s) => hex(s.span.span_id))).size).toBe(4);
  });

  it('keeps five consumer halves of one message as five spans', async () => {
    const message = { traceId: '463ac35c9f6413ad48485a3953bb6124', id: 'a2fb4a1d1a96d312', parentId: '0020000000000001', kind: 'CONSUMER', name: 'poll orders' };
    const services = ['billing', 'shipping', 'audit', 'email', 'search'];
    await postZipkin(JSON.stringify(services.map((serviceName, i) => ({ ...message, timestamp: 1700000000000000 + i * 1000, duration: 250, localEndpoint: { serviceName } }))));
    const spans = await spansOf(message.traceId, 5);
    expect(spans.map((s) => s.service).sort()).toEqual([...services].sort());
    expect(new Set(spans.map((s) => hex(s.span.span_id))).size).toBe(5);
    expect(spans.every((s) => hex(s.span.parent_span_id) === message.id && hex(s.span.span_id) !== message.id)).toBe(true);
    // Counted by reason, not only said on the spans.
    const metrics = await (await fetch(`${collector.urls.admin}/metrics`)).text();
    expect(metrics).toMatch(/collector_spans_repaired_total\{[^}]*protocol="zipkin_json"[^}]*reason="half_reidentified"[^}]*\} [5-9]/);
  });

  it('merges kind-less parts of one span sent in one request', async () => {
    const part = { traceId: '5b8efff798038103d269b633813fc60c', id: 'eee19b7ec3c1b174', parentId: 'eee19b7ec3c1b173', localEndpoint: { serviceName: 'frontend' } };
    await postZipkin(
      JSON.stringify([
        { ...part, kind: 'CLIENT', name: 'get', timestamp: 1700000000000000, duration: 2000 },
        { ...part, annotations: [{ timestamp: 1700000000000500, value: 'ws' }], tags: { 'http.status_code': '200' } },
        { ...part, annotations: [{ timestamp: 1700000000000100, value: 'wr' }] },
      ]),
    );
    const [{ span }] = await spansOf(part.traceId, 1);
    expect(hex(span.span_id)).toBe(part.id);
    expect(span.name).toBe('get');
    expect(span.events?.map((e) => e.name)).toEqual(['wr', 'ws']);
    expect(typed(span.attributes)).toEqual({ 'http.status_code': ['string', '200'] });
  });
});

describe('Zipkin JSON translation (OpenTelemetry Collector zipkinv2)', () => {
  it('marks error="Non-basic error message" (otelcol receiver sample4.json) ERROR and keeps the message', async () => {
    await postZipkin(zipkinTestdata('otelcol-zipkinreceiver-sample4.json'));
    const [{ span }] = await spansOf('4d1e00c0db9010db86154a4ba6e91385', 1);
    expect(span.status?.code).toBe(2);
    expect(span.status?.message).toBe('Non-basic error message');
    expect(typed(span.attributes)).not.toHaveProperty('error');
  });

  it('marks error="401" ERROR with "401" as the status description, and no error attribute', async () => {
    await postZipkin(JSON.stringify([{ traceId: '0af7651916cd43dd8448eb211c80319c', id: 'b7ad6b7169203331', kind: 'CLIENT', name: 'get', timestamp: 1700000000000000, duration: 10, tags: { error: '401' } }]));
    const [{ span }] = await spansOf('0af7651916cd43dd8448eb211c80319c', 1);
    expect(span.status?.code).toBe(2);
    expect(span.status?.message).toBe('401');
    expect(typed(span.attributes)).not.toHaveProperty('error');
  });

  it('accepts a span without timestamp or duration and carries it with start time 0', async () => {
    await postZipkin(JSON.stringify([{ traceId: '0af7651916cd43dd8448eb211c80319d', id: 'b7ad6b7169203332', name: 'no clock', localEndpoint: { serviceName: 'legacy' } }]));
    const [{ span }] = await spansOf('0af7651916cd43dd8448eb211c80319d', 1);
    expect(String(span.start_time_unix_nano ?? 0)).toBe('0');
    expect(String(span.end_time_unix_nano ?? 0)).toBe('0');
    expect(typed(span.attributes)['otel.zipkin.absentField.startTime']).toEqual(['bool', true]);
  });
});

describe('Zipkin JSON times Zipkin tolerates', () => {
  it('accepts a request with a negative timestamp and keeps its other spans, instead of answering 400 for all of them', async () => {
    const trace = '0af7651916cd43dd8448eb211c80319e';
    await postZipkin(
      JSON.stringify([
        { traceId: trace, id: 'b7ad6b7169203333', name: 'bad clock', timestamp: -5, duration: 3, localEndpoint: { serviceName: 'legacy' } },
        { traceId: trace, id: 'b7ad6b7169203334', name: 'good clock', timestamp: 1700000000000000, duration: 3, localEndpoint: { serviceName: 'legacy' } },
      ]),
    );
    const spans = await spansOf(trace, 2);
    const bad = spans.find((s) => s.span.name === 'bad clock') as Stored;
    expect(String(bad.span.start_time_unix_nano ?? 0)).toBe('0');
    expect(typed(bad.span.attributes)['tracehouse.warning']?.[1]).toBe('Zipkin span b7ad6b7169203333 (span[0]) had timestamp -5, negative: it was kept as absent (0).');
  });
});

describe('Jaeger typed tags and references', () => {
  it('keeps the tag types of jaeger thrift_batch_01.json sent over Thrift HTTP', async () => {
    const r = await post(collector.ports.jaegerHttp, '/api/traces', thriftBatchFromJson(jaegerFixture('jaeger-thrift-batch-01.json')), { 'Content-Type': 'application/x-thrift' });
    expect(r.status).toBe(202);
    const [{ span, service }] = await spansOf('000000000000000052969a8955571a3f', 1);
    expect(service).toBe('api');
    expect(typed(span.attributes)).toEqual({
      'http.url': ['string', 'http://127.0.0.1:15598/client_transactions'],
      'peer.port': ['int', '53931'],
      'haproxy.sa': ['bool', true],
      someDouble: ['double', 129.8],
      'peer.service': ['string', 'rtapi'],
      'peer.ipv4': ['int', '3224716605'],
    });
    expect(span.events?.map((e) => e.name ?? '')).toEqual(['', 'nothing']);
  });

  it('keeps the BINARY tag of jaeger span_tags_trace.json sent over gRPC as bytes', async () => {
    const r = await grpcCall(collector.ports.jaegerGrpc, GRPC_METHODS.jaegerPostSpans, postSpansRequestFromModelJson(jaegerFixture('jaeger-span-tags-trace.json') as { spans: Record<string, unknown>[] }));
    expect(r.code).toBe(0);
    const [{ span }] = await spansOf('00000000000000000000000000000001', 1);
    expect(typed(span.attributes)).toEqual({
      sameplacetag1: ['string', 'sameplacevalue'],
      sameplacetag2: ['int', '123'],
      sameplacetag4: ['bool', true],
      sameplacetag3: ['double', 72.5],
      blob: ['bytes', '00003039'],
    });
  });

  it('turns a FOLLOWS_FROM to the parent into a link, a self-reference into a warning, and reads otel.scope.name over Thrift', async () => {
    const trace = 0x77n;
    const body = thriftBatchFromJson({
      process: { serviceName: 'worker', tags: [] },
      spans: [
        {
          traceIdLow: trace,
          spanId: 7,
          parentSpanId: 3,
          operationName: 'consume',
          startTime: 1_700_000_000_000_000,
          duration: 10,
          references: [
            { refType: 'FOLLOWS_FROM', traceIdLow: trace, spanId: 3 },
            { refType: 'FOLLOWS_FROM', traceIdLow: trace, spanId: 7 },
          ],
          tags: [
            { key: 'otel.scope.name', vType: 'STRING', vStr: 'io.opentelemetry.kafka' },
            { key: 'w3c.tracestate', vType: 'STRING', vStr: 'rojo=1' },
          ],
        },
      ],
    });
    expect((await post(collector.ports.jaegerHttp, '/api/traces', body, { 'Content-Type': 'application/x-thrift' })).status).toBe(202);
    const [{ span, scope }] = await spansOf('00000000000000000000000000000077', 1);
    expect(hex(span.parent_span_id)).toBe('0000000000000003');
    expect(span.links?.map((l) => hex(l.span_id))).toEqual(['0000000000000003']);
    expect(typed(span.attributes)['tracehouse.warning']?.[1]).toBe('Jaeger span 0000000000000007 referenced itself (1 reference): the self-reference was dropped.');
    expect(scope.name).toBe('io.opentelemetry.kafka');
    expect(span.trace_state).toBe('rojo=1');
  });
});
