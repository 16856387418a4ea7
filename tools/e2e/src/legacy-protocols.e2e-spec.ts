// The protocols older tracers still send, end to end: jaeger-client's UDP sender (Thrift binary
// emitBatch, the agent's port 6832 protocol) and zipkin-js with its v1 JSON encoder, into a whole
// pipeline (every stage its own process), read back through the query API's Jaeger endpoints.
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initTracer } from 'jaeger-client';
import { Annotation, BatchRecorder, ExplicitContext, Tracer as ZipkinTracer, jsonEncoder } from 'zipkin';
import { HttpLogger } from 'zipkin-transport-http';
import { REPO_ROOT, pollUntil, uniqueName } from '@tracehouse/testing';
import { startPipeline, type RunningPipeline } from './pipeline';

interface JaegerSpan {
  spanID: string;
  operationName: string;
  references: Array<{ refType: string; spanID: string }>;
  startTime: number;
  duration: number;
  tags: Array<{ key: string; value: unknown }>;
  processID: string;
}
interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string }>;
}

describe('older tracer protocols through the whole pipeline', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-e2e-legacy-'));
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix: uniqueName('e2e-legacy'),
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
  }, 240_000);

  afterAll(async () => {
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function traceOf(traceId: string, spans: number): Promise<JaegerTrace> {
    let found: JaegerTrace | undefined;
    await pollUntil(`trace ${traceId} with ${spans} spans in the query API`, async () => {
      const response = await fetch(`${pipeline.urls.query}/api/traces/${traceId}`);
      found = response.status === 200 ? ((await response.json()) as { data: JaegerTrace[] }).data[0] : undefined;
      return found?.spans.length === spans;
    }, 90_000, 500);
    if (!found) throw new Error('unreachable');
    return found;
  }

  it('serves what jaeger-client sent over UDP to the agent binary port', async () => {
    const tracer = initTracer(
      { serviceName: 'warehouse', sampler: { type: 'const', param: 1 }, reporter: { agentHost: '127.0.0.1', agentPort: pipeline.urls.jaegerAgentBinaryPort, flushIntervalMs: 60_000 } },
      { tags: { 'deployment.environment': 'e2e' }, logger: { info: () => undefined, error: (m: string) => process.stderr.write(`jaeger-client: ${m}\n`) } },
    );
    const base = Date.now() - 50;
    const root = tracer.startSpan('GET /pallets', { tags: { 'span.kind': 'server', 'http.method': 'GET', 'http.status_code': 200 }, startTime: base });
    const child = tracer.startSpan('SELECT pallets', { childOf: root, tags: { 'span.kind': 'client', 'db.type': 'sql' }, startTime: base + 2 });
    child.setTag('error', true);
    child.finish(base + 8);
    root.finish(base + 10);
    await new Promise<void>((resolve) => tracer.close(resolve));
    const traceId = root.context().toTraceId().padStart(32, '0');
    const t = await traceOf(traceId, 2);
    const byName = Object.fromEntries(t.spans.map((s) => [s.operationName, s]));
    const r = byName['GET /pallets'];
    const c = byName['SELECT pallets'];
    expect(r?.spanID).toBe(root.context().toSpanId().padStart(16, '0'));
    expect(c?.references.find((ref) => ref.refType === 'CHILD_OF')?.spanID).toBe(r?.spanID);
    expect([r?.startTime, r?.duration, c?.startTime, c?.duration]).toEqual([base * 1000, 10_000, (base + 2) * 1000, 6_000]);
    expect(t.processes[r?.processID ?? '']?.serviceName).toBe('warehouse');
    expect(c?.tags.find((tag) => tag.key === 'error')?.value).toBe(true);
  }, 180_000);

  it('serves a Thrift compact emitBatch datagram sent to the agent compact port', async () => {
    // jaeger-client for Node.js writes only Thrift binary; this is its captured datagram re-encoded
    // as compact (apps/collector/src/receivers/jaeger/testdata/README.md), as other jaeger-clients send.
    const datagram = readFileSync(join(REPO_ROOT, 'apps/collector/src/receivers/jaeger/testdata/jaeger-client-node-emitbatch.compact.bin'));
    const socket = createSocket('udp4');
    await new Promise<void>((resolve, reject) => socket.send(datagram, pipeline.urls.jaegerAgentCompactPort, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
    socket.close();
    // The capture's trace id: the first span's traceIdHigh/Low as the binary capture holds them.
    const binary = readFileSync(join(REPO_ROOT, 'apps/collector/src/receivers/jaeger/testdata/jaeger-client-node-emitbatch.udp.bin'));
    const at = binary.indexOf(Buffer.from([10, 0, 1]), binary.indexOf(Buffer.from([15, 0, 2])));
    const traceId = `${binary.subarray(at + 14, at + 22).toString('hex')}${binary.subarray(at + 3, at + 11).toString('hex')}`;
    const t = await traceOf(traceId, 2);
    expect(t.spans.map((s) => s.operationName).sort()).toEqual(['GET /stock', 'redis GET']);
    expect(Object.values(t.processes).map((p) => p.serviceName)).toContain('inventory');
  }, 180_000);

  it('serves what zipkin-js sent as Zipkin v1 JSON to /api/v1/spans', async () => {
    const url = pipeline.urls.zipkin.replace('/api/v2/spans', '/api/v1/spans');
    const tracer = new ZipkinTracer({
      ctxImpl: new ExplicitContext(),
      recorder: new BatchRecorder({ logger: new HttpLogger({ endpoint: url, jsonEncoder: jsonEncoder.JSON_V1, httpInterval: 50 }) }),
      localServiceName: 'legacy-web',
      traceId128Bit: true,
    });
    const id = tracer.createRootId();
    tracer.scoped(() => {
      tracer.setId(id);
      tracer.recordServiceName('legacy-web');
      tracer.recordRpc('get /catalog');
      tracer.recordAnnotation(new Annotation.ServerRecv());
      tracer.recordBinary('http.path', '/catalog');
      tracer.recordAnnotation(new Annotation.ServerSend());
    });
    const t = await traceOf(id.traceId.padStart(32, '0'), 1);
    const [span] = t.spans;
    expect(span?.operationName).toBe('get /catalog');
    expect(t.processes[span?.processID ?? '']?.serviceName).toBe('legacy-web');
    expect(span?.tags.find((tag) => tag.key === 'http.path')?.value).toBe('/catalog');
    expect(span?.tags.find((tag) => tag.key === 'span.kind')?.value).toBe('server');
  }, 180_000);
});
