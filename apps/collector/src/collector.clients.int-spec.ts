// Real tracer clients from npm, each pointed at a collector process unchanged, against the real
// broker: every test reads `otlp-spans` back and compares ids, parents, names, kinds, timestamps,
// attributes, events, status and resource with what the client recorded.
import { join } from 'node:path';
import { credentials, loadPackageDefinition, type ServiceClientConstructor } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { initTracer } from 'jaeger-client';
import type { Consumer } from 'kafkajs';
import Long from 'long';
import { Annotation, BatchRecorder, ExplicitContext, InetAddress, Tracer as ZipkinTracer, jsonEncoder } from 'zipkin';
import { HttpLogger } from 'zipkin-transport-http';
import { bytesToHex } from '@tracehouse/identity';
import { type AnyValue, type InstrumentationScope, type KeyValue, type Resource, type Span } from '@tracehouse/otlp';
import { OTLP_SPANS, PIPELINE_HEADERS } from '@tracehouse/topics';
import { pollUntil, startScript, testKafka, uniqueName } from '@tracehouse/testing';
import { startCollector, type CollectorUnderTest } from './testdata/collector-process';
import type { SdkSpan } from './testdata/otel-client';

interface Stored {
  readonly span: Span;
  readonly resource: Resource;
  readonly scope: InstrumentationScope;
  readonly key: string;
  readonly headers: Record<string, string>;
}

const kafka = testKafka('collector-clients');
const topic = uniqueName('otlp-spans-clients');
let collector: CollectorUnderTest;
let consumer: Consumer;
/** Every span read from the topic, by span id (hex). */
const stored = new Map<string, Stored[]>();

beforeAll(async () => {
  collector = await startCollector({ KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', TOPIC_OTLP_SPANS: topic, KAFKA_TOPIC_PARTITIONS: '3' });
  consumer = kafka.consumer({ groupId: uniqueName('clients-reader'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      const key = message.key?.toString() ?? '';
      for (const rs of OTLP_SPANS.decode(message.value ?? Buffer.alloc(0)).resource_spans ?? []) {
        for (const ss of rs.scope_spans ?? []) {
          for (const span of ss.spans ?? []) {
            const id = bytesToHex(span.span_id as Uint8Array);
            stored.set(id, [...(stored.get(id) ?? []), { span, resource: rs.resource ?? {}, scope: ss.scope ?? {}, key, headers }]);
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

/** Waits until every span id is in the topic and returns what was stored for each (exactly one record each). */
async function readBack(spanIds: readonly string[]): Promise<Stored[]> {
  await pollUntil(`spans ${spanIds.join(', ')} in ${topic}`, () => spanIds.every((id) => stored.has(id)), 30_000);
  return spanIds.map((id) => {
    const found = stored.get(id) ?? [];
    expect(found).toHaveLength(1);
    const s = found[0];
    // Keyed by trace id, with the pipeline headers.
    expect(s.key).toBe(bytesToHex(s.span.trace_id as Uint8Array));
    expect(s.headers[PIPELINE_HEADERS.tenant]).toBe('default');
    expect(Number(s.headers[PIPELINE_HEADERS.receivedAt])).toBeGreaterThan(Date.now() - 120_000);
    return s;
  });
}

const hex = (b: Uint8Array | null | undefined): string => (b && b.length > 0 ? bytesToHex(b) : '');
const nanos = (l: Long | number | null | undefined): bigint => BigInt(Long.fromValue(l ?? 0).toUnsigned().toString());

function plain(v: AnyValue | null | undefined): unknown {
  if (!v) return undefined;
  if (v.string_value !== undefined && v.string_value !== null) return v.string_value;
  if (v.bool_value !== undefined && v.bool_value !== null) return v.bool_value;
  if (v.int_value !== undefined && v.int_value !== null) return Number(Long.fromValue(v.int_value).toString());
  if (v.double_value !== undefined && v.double_value !== null) return v.double_value;
  return v;
}
const attrs = (kvs: KeyValue[] | null | undefined): Record<string, unknown> => Object.fromEntries((kvs ?? []).map((kv) => [kv.key, plain(kv.value)]));

// ---- OpenTelemetry SDK clients ----

/** Runs testdata/otel-client.ts (the real SDK and exporter) in a child process; returns the SDK's spans. */
async function otelTrace(exporter: 'otlp-http-json' | 'otlp-http-proto' | 'otlp-grpc' | 'zipkin', url: string, service: string): Promise<SdkSpan[]> {
  const child = startScript('apps/collector/src/testdata/otel-client.js', {}, [exporter, url, service]);
  const code = await child.exited;
  if (code !== 0) throw new Error(`the ${exporter} client failed (${code}):\n${child.output()}`);
  const spans = JSON.parse(child.output().trim().split('\n').pop() ?? '[]') as SdkSpan[];
  expect(spans).toHaveLength(2);
  return spans;
}

/** Full-fidelity comparison (OTLP exporters): every field survives unchanged. */
function expectSameAsOtlp(sdk: SdkSpan, s: Stored): void {
  const { span } = s;
  expect(hex(span.trace_id)).toBe(sdk.traceId);
  expect(hex(span.parent_span_id)).toBe(sdk.parentSpanId);
  expect(span.name).toBe(sdk.name);
  expect(span.kind).toBe(sdk.kind + 1); // API kinds start at INTERNAL = 0, OTLP at UNSPECIFIED = 0
  expect(nanos(span.start_time_unix_nano)).toBe(BigInt(sdk.startNanos));
  expect(nanos(span.end_time_unix_nano)).toBe(BigInt(sdk.endNanos));
  expect(attrs(span.attributes)).toEqual(sdk.attributes);
  expect((span.events ?? []).map((e) => ({ name: e.name, time: nanos(e.time_unix_nano), attributes: attrs(e.attributes) }))).toEqual(
    sdk.events.map((e) => ({ name: e.name, time: BigInt(e.timeNanos), attributes: e.attributes })),
  );
  expect(span.status?.code ?? 0).toBe(sdk.status.code);
  expect(span.status?.message ?? '').toBe(sdk.status.message);
  expect(attrs(s.resource.attributes)).toEqual(sdk.resource);
  expect(s.scope.name).toBe('collector-int-spec');
  expect(s.scope.version).toBe('0.1.0');
}

describe('collector with real tracer clients', () => {
  it.each([
    ['@opentelemetry/exporter-trace-otlp-http (JSON)', 'otlp-http-json', () => collector.urls.otlpHttp],
    ['@opentelemetry/exporter-trace-otlp-proto', 'otlp-http-proto', () => collector.urls.otlpHttp],
    ['@opentelemetry/exporter-trace-otlp-grpc', 'otlp-grpc', () => collector.urls.otlpGrpc],
  ] as const)('stores what %s sends, unchanged', async (_name, exporter, url) => {
    const sdk = await otelTrace(exporter, url(), 'checkout');
    const back = await readBack(sdk.map((s) => s.spanId));
    sdk.forEach((s, i) => expectSameAsOtlp(s, back[i]));
  });

  it('stores what @opentelemetry/exporter-zipkin sends, translated as the OpenTelemetry Collector does', async () => {
    const sdk = await otelTrace('zipkin', collector.urls.zipkin, 'cart');
    const back = await readBack(sdk.map((s) => s.spanId));
    // The exporter converts [seconds, nanos] to µs in floating point (seconds * 1e6 + nanos / 1e3) and
    // rounds that, so a time within a few ns of a half µs can land on either side: mirror its arithmetic.
    const micros = (n: string): bigint => {
      const t = BigInt(n);
      return BigInt(Math.round(Number(t / 1_000_000_000n) * 1e6 + Number(t % 1_000_000_000n) / 1e3));
    };
    sdk.forEach((s, i) => {
      const { span, resource } = back[i];
      expect(hex(span.trace_id)).toBe(s.traceId);
      expect(hex(span.parent_span_id)).toBe(s.parentSpanId);
      expect(span.name).toBe(s.name);
      expect(span.kind).toBe(s.kind + 1);
      // Zipkin carries whole microseconds: start and duration, each rounded by the exporter.
      expect(nanos(span.start_time_unix_nano) / 1000n).toBe(micros(s.startNanos));
      expect(Number(nanos(span.end_time_unix_nano) - BigInt(s.endNanos))).toBeLessThan(3_000);
      // Zipkin tags are strings; the collector keeps them so (parse_string_tags off).
      expect(attrs(span.attributes)).toEqual(expect.objectContaining(Object.fromEntries(Object.entries(s.attributes).map(([k, v]) => [k, String(v)]))));
      expect((span.events ?? []).map((e) => [e.name, nanos(e.time_unix_nano) / 1000n])).toEqual(s.events.map((e) => [e.name, micros(e.timeNanos)]));
      // otel.status_code becomes the status; the exporter's `error` tag (the message) becomes its description.
      expect(span.status?.code ?? 0).toBe(s.status.code);
      if (s.status.message) expect(span.status?.message).toBe(s.status.message);
      expect(attrs(span.attributes)).not.toHaveProperty('error');
      // Resource tags the collector knows (semantic conventions 1.6.1) go back to the resource; others stay on the span.
      expect(attrs(resource.attributes)).toEqual({ 'service.name': 'cart', 'service.version': '1.2.3' });
      expect(attrs(span.attributes)['deployment.environment.name']).toBe('test');
    });
  });

  it('stores what zipkin-js with zipkin-transport-http sends', async () => {
    // zipkin-js stamps spans with the whole millisecond read when the tracer was built plus hrtime
    // since then, so a span can read up to 1 ms earlier than a clock read after the constructor.
    const before = Date.now() * 1000;
    const logger = new HttpLogger({ endpoint: collector.urls.zipkin, jsonEncoder: jsonEncoder.JSON_V2, httpInterval: 50 });
    const tracer = new ZipkinTracer({ ctxImpl: new ExplicitContext(), recorder: new BatchRecorder({ logger }), localServiceName: 'frontend', traceId128Bit: true });
    const id = tracer.createRootId();
    tracer.scoped(() => {
      tracer.setId(id);
      tracer.recordServiceName('frontend');
      tracer.recordRpc('get /api/orders');
      tracer.recordAnnotation(new Annotation.ClientSend());
      tracer.recordBinary('http.path', '/api/orders');
      tracer.recordMessage('retrying');
      tracer.recordAnnotation(new Annotation.ServerAddr({ serviceName: 'orders', host: new InetAddress('10.0.0.2'), port: 8080 }));
      tracer.recordBinary('error', 'true');
      tracer.recordAnnotation(new Annotation.ClientRecv());
    });
    const [s] = await readBack([id.spanId.padStart(16, '0')]);
    expect(hex(s.span.trace_id)).toBe(id.traceId.padStart(32, '0'));
      expect(hex(s.span.parent_span_id)).toBe('');
      expect(s.span.name).toBe('get /api/orders');
      expect(s.span.kind).toBe(3); // SPAN_KIND_CLIENT
      expect(nanos(s.span.start_time_unix_nano) / 1000n).toBeGreaterThanOrEqual(BigInt(before));
      expect(attrs(s.span.attributes)).toEqual(expect.objectContaining({ 'http.path': '/api/orders', 'net.peer.ip': '10.0.0.2', 'net.peer.port': 8080, 'peer.service': 'orders' }));
      expect((s.span.events ?? []).map((e) => e.name)).toEqual(['retrying']);
      expect(s.span.status?.code).toBe(2); // error=true
    expect(attrs(s.resource.attributes)['service.name']).toBe('frontend');
  });

  it('stores what jaeger-client sends over HTTP Thrift', async () => {
    const tracer = initTracer(
      { serviceName: 'billing', sampler: { type: 'const', param: 1 }, reporter: { collectorEndpoint: collector.urls.jaegerHttp, flushIntervalMs: 60_000 }, traceId128bit: true },
      { tags: { 'deployment.environment': 'test' }, logger: { info: () => undefined, error: () => undefined } },
    );
    const start = Date.now() - 5;
    const root = tracer.startSpan('POST /invoice', { tags: { 'span.kind': 'server', 'http.method': 'POST', 'http.status_code': 201 }, startTime: start });
    const child = tracer.startSpan('INSERT invoices', { childOf: root, tags: { 'span.kind': 'client', 'db.type': 'sql', ratio: 0.5 }, startTime: start + 1 });
    child.setTag('error', true);
    child.log({ event: 'error', message: 'deadlock' }, start + 2);
    child.finish(start + 3);
    root.finish(start + 4);
    await new Promise<void>((resolve) => tracer.close(resolve));
    const [r, c] = await readBack([root.context().toSpanId().padStart(16, '0'), child.context().toSpanId().padStart(16, '0')]);
    expect(hex(r.span.trace_id)).toBe(root.context().toTraceId().padStart(32, '0'));
    expect(hex(c.span.trace_id)).toBe(hex(r.span.trace_id));
    expect(hex(c.span.parent_span_id)).toBe(hex(r.span.span_id));
    expect([r.span.name, r.span.kind, c.span.name, c.span.kind]).toEqual(['POST /invoice', 2, 'INSERT invoices', 3]);
    expect(nanos(r.span.start_time_unix_nano)).toBe(BigInt(start) * 1_000_000n);
    expect(nanos(r.span.end_time_unix_nano)).toBe(BigInt(start + 4) * 1_000_000n);
    expect(attrs(r.span.attributes)).toEqual(expect.objectContaining({ 'http.method': 'POST', 'http.status_code': 201 }));
    expect(attrs(c.span.attributes)).toEqual(expect.objectContaining({ 'db.type': 'sql', ratio: 0.5 }));
    expect(c.span.status?.code).toBe(2);
    expect((c.span.events ?? []).map((e) => [e.name, nanos(e.time_unix_nano), attrs(e.attributes).message])).toEqual([['error', BigInt(start + 2) * 1_000_000n, 'deadlock']]);
    expect(attrs(r.resource.attributes)).toEqual(expect.objectContaining({ 'service.name': 'billing', 'deployment.environment': 'test' }));
  });

  it('stores what a Jaeger gRPC client built from the api_v2 protos with @grpc/grpc-js sends', async () => {
    const definition = loadSync(join(__dirname, 'receivers/jaeger/jaeger-api-v2.proto'), { keepCase: true, longs: String, enums: String, defaults: false });
    const api = loadPackageDefinition(definition) as unknown as { jaeger: { api_v2: { CollectorService: ServiceClientConstructor } } };
    const client = new api.jaeger.api_v2.CollectorService(collector.urls.jaegerGrpc, credentials.createInsecure());
    const traceId = Buffer.from('5a1b2c3d4e5f60718293a4b5c6d7e8f9', 'hex');
    const rootId = Buffer.from('1111222233334444', 'hex');
    const childId = Buffer.from('5555666677778888', 'hex');
    const seconds = Math.floor(Date.now() / 1000);
    const request = {
      batch: {
        process: { service_name: 'inventory', tags: [{ key: 'hostname', v_type: 'STRING', v_str: 'inv-1' }] },
        spans: [
          {
            trace_id: traceId,
            span_id: rootId,
            operation_name: 'Reserve',
            start_time: { seconds: String(seconds), nanos: 1000 },
            duration: { seconds: '0', nanos: 5_000_000 },
            tags: [
              { key: 'span.kind', v_type: 'STRING', v_str: 'server' },
              { key: 'items', v_type: 'INT64', v_int64: '3' },
            ],
          },
          {
            trace_id: traceId,
            span_id: childId,
            operation_name: 'UPDATE stock',
            references: [{ trace_id: traceId, span_id: rootId, ref_type: 'CHILD_OF' }],
            start_time: { seconds: String(seconds), nanos: 2000 },
            duration: { seconds: '0', nanos: 1_000_000 },
            tags: [
              { key: 'span.kind', v_type: 'STRING', v_str: 'client' },
              { key: 'error', v_type: 'BOOL', v_bool: true },
            ],
            logs: [{ timestamp: { seconds: String(seconds), nanos: 3000 }, fields: [{ key: 'event', v_type: 'STRING', v_str: 'lock timeout' }] }],
          },
        ],
      },
    };
    await new Promise<void>((resolve, reject) => (client as unknown as { PostSpans: (req: unknown, cb: (err: Error | null) => void) => void }).PostSpans(request, (err) => (err ? reject(err) : resolve())));
    client.close();
    const [r, c] = await readBack(['1111222233334444', '5555666677778888']);
    expect(hex(r.span.trace_id)).toBe('5a1b2c3d4e5f60718293a4b5c6d7e8f9');
    expect(hex(c.span.parent_span_id)).toBe('1111222233334444');
    expect([r.span.name, r.span.kind, c.span.name, c.span.kind]).toEqual(['Reserve', 2, 'UPDATE stock', 3]);
    expect(nanos(r.span.start_time_unix_nano)).toBe(BigInt(seconds) * 1_000_000_000n + 1000n);
    expect(nanos(r.span.end_time_unix_nano)).toBe(BigInt(seconds) * 1_000_000_000n + 1000n + 5_000_000n);
    expect(attrs(r.span.attributes)).toEqual({ items: 3 });
    expect(c.span.status?.code).toBe(2);
    expect((c.span.events ?? []).map((e) => [e.name, nanos(e.time_unix_nano)])).toEqual([['lock timeout', BigInt(seconds) * 1_000_000_000n + 3000n]]);
    expect(attrs(r.resource.attributes)).toEqual(expect.objectContaining({ 'service.name': 'inventory', 'host.name': 'inv-1' }));
  });
});
