import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil, startScript, uniqueName } from '@tracehouse/testing';
import { startPipeline, type RunningPipeline } from './pipeline';
import type { SentSpan } from './testdata/workload';

interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  references: Array<{ refType: string; traceID: string; spanID: string }>;
  startTime: number;
  duration: number;
  tags: Array<{ key: string; type: string; value: unknown }>;
  processID: string;
}
interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string }>;
}
interface Envelope<T> {
  data: T;
  errors: unknown;
}

describe('the whole pipeline, every stage its own process, real tracer clients', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;
  let sent: SentSpan[];

  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${pipeline.urls.query}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-e2e-'));
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix: uniqueName('e2e'),
      // Short quiet windows and small batches: the test waits for traces, not for production timeouts.
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
    const workload = startScript('tools/e2e/src/testdata/workload.js', {}, [JSON.stringify(pipeline.urls)]);
    const code = await workload.exited;
    if (code !== 0) throw new Error(`the workload failed (${code}): ${workload.output()}`);
    sent = JSON.parse(workload.output().trim().split('\n').pop() ?? '[]') as SentSpan[];
  }, 240_000);

  afterAll(async () => {
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const traceIds = (): string[] => [...new Set(sent.map((s) => s.traceId))];

  /** Polls the Jaeger API until the trace has all the spans that were sent. */
  async function traceOf(traceId: string): Promise<JaegerTrace> {
    const want = sent.filter((s) => s.traceId === traceId).length;
    let found: JaegerTrace | undefined;
    await pollUntil(`trace ${traceId} with ${want} spans in the query API`, async () => {
      const { status, body } = await get<Envelope<JaegerTrace[]>>(`/api/traces/${traceId}`);
      found = status === 200 ? body.data[0] : undefined;
      return found?.spans.length === want;
    }, 90_000, 500);
    if (!found) throw new Error('unreachable');
    return found;
  }

  it('sent four traces over OTLP HTTP, OTLP gRPC, Zipkin and Jaeger Thrift', () => {
    expect(new Set(sent.map((s) => s.protocol))).toEqual(new Set(['otlp-http', 'otlp-grpc', 'zipkin', 'jaeger']));
    expect(traceIds()).toHaveLength(4);
  });

  it('returns every trace with exactly the spans sent: ids, parents, names, services, timings, attributes, errors', async () => {
    for (const traceId of traceIds()) {
      const t = await traceOf(traceId);
      expect(t.traceID).toBe(traceId);
      const serviceOf = (s: JaegerSpan): string => t.processes[s.processID]?.serviceName ?? '';
      const parentOf = (s: JaegerSpan): string => s.references.find((r) => r.refType === 'CHILD_OF')?.spanID ?? '';
      const tagsOf = (s: JaegerSpan): Record<string, unknown> => Object.fromEntries(s.tags.map((tag) => [tag.key, tag.value]));
      for (const want of sent.filter((s) => s.traceId === traceId)) {
        // A Zipkin shared server span gets a new id derived from the original, its client half as parent.
        const got = want.sharedServer
          ? t.spans.find((s) => serviceOf(s) === want.service && s.spanID !== want.spanId && parentOf(s) === want.spanId)
          : t.spans.find((s) => s.spanID === want.spanId && serviceOf(s) === want.service);
        expect(got).toBeDefined();
        if (!got) continue;
        expect([got.operationName, parentOf(got), serviceOf(got)]).toEqual([want.name, want.parentSpanId, want.service]);
        if (want.protocol !== 'zipkin') {
          expect([got.startTime, got.duration]).toEqual([want.startUs, want.durationUs]);
        }
        const tags = tagsOf(got);
        for (const [key, value] of Object.entries(want.tags)) expect([key, String(tags[key])]).toEqual([key, String(value)]);
        expect([want.name, tags.error === true]).toEqual([want.name, want.error]);
      }
    }
  }, 180_000);

  it('lists every service and operation', async () => {
    await traceOf(traceIds()[0] ?? '');
    const { body } = await get<Envelope<string[]>>('/api/services');
    expect(body.data).toEqual(expect.arrayContaining(['frontend', 'orders', 'shipping', 'checkout', 'payments', 'web', 'api', 'inventory']));
    const ops = await get<Envelope<string[]>>('/api/services/orders/operations');
    expect(ops.body.data).toEqual(expect.arrayContaining(['GET /orders/{id}', 'SELECT orders', 'order-events publish']));
  }, 120_000);

  it('finds the services, APIs and backends as entities', async () => {
    for (const traceId of traceIds()) await traceOf(traceId);
    const names = async (type: string): Promise<string[]> => (await get<Envelope<Array<{ name: string }>>>(`/api/entities/${type}?limit=1000`)).body.data.map((e) => e.name);
    expect(await names('services')).toEqual(expect.arrayContaining(['frontend', 'orders', 'shipping', 'checkout', 'payments', 'web', 'api', 'inventory']));
    const apis = await names('apis');
    expect(apis).toEqual(expect.arrayContaining(['GET /api/orders/{id}', 'GET /orders/{id}']));
    expect(apis.some((a) => a.includes('PaymentService') && a.includes('Charge'))).toBe(true);
    const backends = (await names('backends')).join(' | ');
    expect(backends).toContain('pg.internal');
    expect(backends).toContain('cache.internal');
    expect(backends).toContain('api.stripe.com');
    // A callee that is itself a traced service is an edge, never a backend.
    expect(backends).not.toMatch(/\borders:8080\b/);
  }, 120_000);

  it('draws the dependency graph edges', async () => {
    for (const traceId of traceIds()) await traceOf(traceId);
    const { body } = await get<Envelope<Array<{ parent: string; child: string; callCount: number }>>>(`/api/dependencies?endTs=${Date.now()}&lookback=3600000`);
    const edges = body.data.map((e) => `${e.parent}->${e.child}`);
    expect(edges).toEqual(expect.arrayContaining(['frontend->orders', 'checkout->payments', 'web->api']));
  }, 120_000);

  it('finds the error traces by tags={"error":"true"} and only those', async () => {
    for (const traceId of traceIds()) await traceOf(traceId);
    const search = async (service: string): Promise<string[]> =>
      (await get<Envelope<JaegerTrace[]>>(`/api/traces?service=${service}&tags=${encodeURIComponent('{"error":"true"}')}&lookback=1h&limit=20`)).body.data.map((t) => t.traceID);
    const paymentTrace = sent.find((s) => s.protocol === 'otlp-grpc')?.traceId;
    const jaegerTrace = sent.find((s) => s.protocol === 'jaeger')?.traceId;
    expect(paymentTrace).toMatch(/^[0-9a-f]{32}$/);
    expect(jaegerTrace).toMatch(/^[0-9a-f]{32}$/);
    expect(await search('payments')).toStrictEqual([paymentTrace]);
    expect(await search('inventory')).toStrictEqual([jaegerTrace]);
    expect(await search('orders')).toStrictEqual([]);
  }, 120_000);

  it('answers an unknown trace id with 404 and a malformed one with 400', async () => {
    expect((await get(`/api/traces/${'ab'.repeat(16)}`)).status).toBe(404);
    const bad = await get<{ errors: Array<{ msg: string }> }>('/api/traces/not-a-trace-id');
    expect(bad.status).toBe(400);
  });
});
