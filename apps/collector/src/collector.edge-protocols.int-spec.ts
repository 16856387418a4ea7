// The protocols older tracers still send, against a collector process and the real broker: Zipkin
// v1 from the real zipkin-js client (JSON_V1) and as Thrift, Jaeger agent UDP from the real
// jaeger-client UDP sender (Thrift binary, port 6832's protocol) and as compact datagrams (6831),
// each read back from `otlp-spans`; bad input gets a 4xx naming the field (HTTP) or is counted as
// rejected in /metrics (UDP) while the collector keeps serving.
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initTracer } from 'jaeger-client';
import type { Consumer } from 'kafkajs';
import { Annotation, BatchRecorder, ExplicitContext, InetAddress, Tracer as ZipkinTracer, jsonEncoder } from 'zipkin';
import { HttpLogger } from 'zipkin-transport-http';
import { bytesToHex } from '@tracehouse/identity';
import type { KeyValue, Resource, Span } from '@tracehouse/otlp';
import { OTLP_SPANS } from '@tracehouse/topics';
import { pollUntil, testKafka, uniqueName } from '@tracehouse/testing';
import { readAgentDatagram } from './receivers/jaeger/agent';
import { binaryToCompact } from './receivers/thrift/testdata/transcode';
import { zipkinV1ThriftFromJson } from './receivers/zipkin/testdata/encode-v1-thrift';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';

interface Stored {
  readonly span: Span;
  readonly resource: Resource;
}

const kafka = testKafka('collector-edge-protocols');
const topic = uniqueName('otlp-spans-edge');
let collector: CollectorUnderTest;
let consumer: Consumer;
const stored = new Map<string, Stored[]>();

beforeAll(async () => {
  collector = await startCollector({ KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', TOPIC_OTLP_SPANS: topic, KAFKA_TOPIC_PARTITIONS: '3' });
  consumer = kafka.consumer({ groupId: uniqueName('edge-reader'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      for (const rs of OTLP_SPANS.decode(message.value ?? Buffer.alloc(0)).resource_spans ?? []) {
        for (const ss of rs.scope_spans ?? []) {
          for (const span of ss.spans ?? []) {
            const id = bytesToHex(span.span_id as Uint8Array);
            stored.set(id, [...(stored.get(id) ?? []), { span, resource: rs.resource ?? {} }]);
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

const hex = (b: Uint8Array | null | undefined): string => (b && b.length > 0 ? bytesToHex(b) : '');
const attrs = (kvs: KeyValue[] | null | undefined): Record<string, unknown> =>
  Object.fromEntries((kvs ?? []).map((kv) => [kv.key, kv.value?.string_value ?? kv.value?.bool_value ?? (kv.value?.int_value != null ? Number(String(kv.value.int_value)) : kv.value?.double_value)]));
const service = (s: Stored) => attrs(s.resource.attributes)['service.name'];

/** Waits until `count` spans of `traceId` are in the topic and returns them. */
async function spansOfTrace(traceId: string, count: number): Promise<Stored[]> {
  const find = () => [...stored.values()].flat().filter((s) => hex(s.span.trace_id) === traceId);
  await pollUntil(`${count} spans of trace ${traceId} in ${topic}`, () => find().length >= count, 30_000);
  const found = find();
  expect(found).toHaveLength(count);
  return found;
}

async function metric(name: string, labels: string): Promise<number> {
  const { body } = await httpGet(collector.ports.admin, '/metrics');
  const line = body.split('\n').find((l) => l.startsWith(`tracehouse_${name}{`) && l.includes(labels));
  return line ? Number(line.split(' ').pop()) : 0;
}

function sendUdp(port: number, datagrams: readonly Uint8Array[]): Promise<void> {
  const socket = createSocket('udp4');
  return datagrams
    .reduce((prev, d) => prev.then(() => new Promise<void>((resolve, reject) => socket.send(d, port, '127.0.0.1', (err) => (err ? reject(err) : resolve())))), Promise.resolve())
    .finally(() => socket.close());
}

describe('Zipkin v1 on the Zipkin port', () => {
  it('stores what zipkin-js sends with jsonEncoder.JSON_V1: the client half and the server half that joined its id', async () => {
    const tracerFor = (name: string) =>
      new ZipkinTracer({
        ctxImpl: new ExplicitContext(),
        recorder: new BatchRecorder({ logger: new HttpLogger({ endpoint: collector.urls.zipkinV1, jsonEncoder: jsonEncoder.JSON_V1, httpInterval: 50 }) }),
        localServiceName: name,
        traceId128Bit: true,
      });
    const frontend = tracerFor('frontend');
    const backend = tracerFor('backend');
    const id = frontend.createRootId();
    frontend.scoped(() => {
      frontend.setId(id);
      frontend.recordServiceName('frontend');
      frontend.recordRpc('get /api/orders');
      frontend.recordAnnotation(new Annotation.ClientSend());
      frontend.recordBinary('http.path', '/api/orders');
      frontend.recordAnnotation(new Annotation.ServerAddr({ serviceName: 'backend', host: new InetAddress('10.0.0.2'), port: 8080 }));
    });
    backend.scoped(() => {
      // zipkin-js's typings omit join(), which the server side of a call uses to share the client's span id.
      backend.setId((backend as unknown as { join(traceId: typeof id): typeof id }).join(id));
      backend.recordServiceName('backend');
      backend.recordRpc('get /api/orders');
      backend.recordAnnotation(new Annotation.ServerRecv());
      backend.recordBinary('error', 'database timeout');
      backend.recordAnnotation(new Annotation.ServerSend());
    });
    frontend.scoped(() => {
      frontend.setId(id);
      frontend.recordAnnotation(new Annotation.ClientRecv());
    });
    const spans = await spansOfTrace(id.traceId.padStart(32, '0'), 2);
    const client = spans.find((s) => service(s) === 'frontend');
    const server = spans.find((s) => service(s) === 'backend');
    expect(hex(client?.span.span_id)).toBe(id.spanId.padStart(16, '0'));
    expect(client?.span.kind).toBe(3); // CLIENT
    expect(attrs(client?.span.attributes)).toEqual({ 'http.path': '/api/orders', 'peer.service': 'backend', 'net.peer.ip': '10.0.0.2', 'net.peer.port': 8080 });
    // The server half keeps its own (derived) id under the client's.
    expect(server?.span.kind).toBe(2); // SERVER
    expect(hex(server?.span.parent_span_id)).toBe(id.spanId.padStart(16, '0'));
    expect(hex(server?.span.span_id)).not.toBe(id.spanId.padStart(16, '0'));
    expect(server?.span.status).toEqual({ code: 2, message: 'database timeout' });
  });

  it('stores a Thrift list<Span> (application/x-thrift) and answers 202', async () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, 'receivers/zipkin/testdata/otelcol-zipkin-v1-single-batch.json'), 'utf8')) as Record<string, unknown>[];
    // A trace id of this run, so a replay of the fixture by another test cannot be mistaken for it.
    const traceId = `${Date.now().toString(16).padStart(16, '0')}`;
    const body = zipkinV1ThriftFromJson(fixture.map((s) => ({ ...s, traceId })));
    const res = await fetch(collector.urls.zipkinV1, { method: 'POST', headers: { 'content-type': 'application/x-thrift' }, body });
    expect(res.status).toBe(202);
    const spans = await spansOfTrace(traceId.padStart(32, '0'), 5);
    expect(spans.map((s) => `${String(service(s))}/${s.span.name}`).sort()).toEqual([
      'front-proxy/checkAvailability', 'service1/checkAvailability', 'service1/checkStock', 'service2/checkStock', 'unknown_service/checkStock',
    ]);
  });

  it('refuses a bad v1 body with a 400 naming the field, and a v1 media type it does not read with a 415', async () => {
    const bad = await fetch(collector.urls.zipkinV1, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{"traceId":"1","id":"2"},{"traceId":"1","id":"xyz"}]' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('span[1].id: "xyz" is not hex.');
    const proto = await fetch(collector.urls.zipkinV1, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: 'x' });
    expect(proto.status).toBe(415);
    expect(await proto.text()).toBe('Content-Type "application/x-protobuf" is not supported on /api/v1/spans: send application/json or application/x-thrift.');
    // v2 still answers on the same port.
    const v2 = await fetch(collector.urls.zipkin, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
    expect(v2.status).toBe(202);
  });
});

describe('Jaeger agent UDP', () => {
  it('stores what jaeger-client sends with its UDP sender (Thrift binary emitBatch) to the binary port', async () => {
    const tracer = initTracer(
      { serviceName: 'inventory', sampler: { type: 'const', param: 1 }, reporter: { agentHost: '127.0.0.1', agentPort: collector.ports.jaegerAgentBinary, flushIntervalMs: 60_000 } },
      { tags: { 'deployment.environment': 'test' }, logger: { info: () => undefined, error: () => undefined } },
    );
    const start = Date.now() - 5;
    const root = tracer.startSpan('GET /stock', { tags: { 'span.kind': 'server', 'http.status_code': 200 }, startTime: start });
    const child = tracer.startSpan('redis GET', { childOf: root, tags: { 'span.kind': 'client', hit: false }, startTime: start + 1 });
    child.log({ event: 'cache miss' }, start + 2);
    child.finish(start + 3);
    root.finish(start + 4);
    await new Promise<void>((resolve) => tracer.close(resolve));
    const spans = await spansOfTrace(root.context().toTraceId().padStart(32, '0'), 2);
    const r = spans.find((s) => s.span.name === 'GET /stock');
    const c = spans.find((s) => s.span.name === 'redis GET');
    expect(hex(r?.span.span_id)).toBe(root.context().toSpanId().padStart(16, '0'));
    expect(hex(c?.span.parent_span_id)).toBe(hex(r?.span.span_id));
    expect([r?.span.kind, c?.span.kind]).toEqual([2, 3]);
    expect(String(r?.span.start_time_unix_nano)).toBe(String(BigInt(start) * 1_000_000n));
    expect(attrs(c?.span.attributes)).toEqual(expect.objectContaining({ hit: false }));
    expect((c?.span.events ?? []).map((e) => e.name)).toEqual(['cache miss']);
    expect(attrs(r?.resource.attributes)).toEqual(expect.objectContaining({ 'service.name': 'inventory', 'deployment.environment': 'test' }));
    expect(await metric('collector_udp_datagrams_total', 'protocol="jaeger_agent_binary",outcome="decoded"')).toBeGreaterThanOrEqual(1);
  });

  it('stores compact datagrams on the compact port, counts malformed ones as rejected, and keeps serving', async () => {
    const captured = readFileSync(join(__dirname, 'receivers/jaeger/testdata/jaeger-client-node-emitbatch.udp.bin'));
    const compact = binaryToCompact(captured, { message: true });
    const before = await metric('collector_udp_datagrams_rejected_total', 'protocol="jaeger_agent_compact",reason="malformed"');
    await sendUdp(collector.ports.jaegerAgentCompact, [Buffer.from('garbage'), captured, compact.subarray(0, compact.length - 10), compact]);
    const traceId = hex(readAgentDatagram(compact, 'compact').spans[0].traceId);
    const spans = await spansOfTrace(traceId, 2);
    expect(spans.map((s) => s.span.name).sort()).toEqual(['GET /stock', 'redis GET']);
    await pollUntil('three malformed datagrams counted', async () => (await metric('collector_udp_datagrams_rejected_total', 'protocol="jaeger_agent_compact",reason="malformed"')) - before === 3, 10_000);
    expect(await metric('collector_udp_datagrams_total', 'protocol="jaeger_agent_compact",outcome="received"')).toBeGreaterThanOrEqual(4);
    // The kernel's count of datagrams lost to a full receive buffer is exported per port.
    const { body } = await httpGet(collector.ports.admin, '/metrics');
    expect(body).toMatch(/^tracehouse_collector_udp_receive_buffer_drops\{protocol="jaeger_agent_compact"[^}]*\} 0$/m);
  });
});
