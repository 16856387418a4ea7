// Logs beside traces (issue 16), end to end: the real OpenTelemetry JS logs SDK, beside the trace
// SDK, emits logs inside active spans through each OTLP exporter (HTTP JSON, HTTP protobuf, gRPC)
// -> collector -> Kafka `otlp-logs` -> view-generator (its log consumer group) -> ClickHouse (chdb)
// -> query API, read back by trace id, by span id and by text. Then a paced log load with the
// view-generator SIGKILLed mid-stream and restarted on its own data folder: every acknowledged
// record is read back exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pollUntil, startScript, uniqueName } from '@tracehouse/testing';
import { startPipeline, type RunningPipeline } from './pipeline';
import { running } from './load';
import type { EmittedLogs } from './testdata/otel-logs-client';

interface ApiLog {
  id: string;
  traceId: string;
  spanId: string;
  serviceName: string;
  severityNumber: number;
  severityText: string;
  body: string;
  bodyType: string;
  eventName: string;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}
interface Envelope<T> {
  data: T;
  total: number;
  nextCursor?: string;
}

describe('logs through the whole pipeline', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;

  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${pipeline.urls.query}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  };
  const attr = (log: ApiLog, key: string): unknown => {
    const v = log.attributes.find((a) => a.key === key)?.value;
    return v === undefined ? undefined : Object.values(v)[0];
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-logs-e2e-'));
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix: uniqueName('logs-e2e'),
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
    // The collector's /readyz follows its span writer; its otlp-logs writer connects beside it.
    const collector = pipeline.processes.find((pp) => pp.app === 'collector');
    await pollUntil('the otlp-logs writer connected', async () => /tracehouse_collector_logs_kafka_available\{[^}]*\} 1/.test(await (await fetch(`http://127.0.0.1:${collector?.adminPort}/metrics`)).text()), 30_000, 100);
  }, 240_000);

  afterAll(async () => {
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const httpBase = (): string => pipeline.urls.otlpHttp.replace(/\/v1\/traces$/, '');

  it.each([
    ['otlp-http-json', 'logs-json'],
    ['otlp-http-proto', 'logs-proto'],
    ['otlp-grpc', 'logs-grpc'],
  ])('reads back by trace, span and text what the logs SDK sent through %s inside active spans', async (exporter, service) => {
    const token = `tok${randomBytes(6).toString('hex')}`;
    const client = startScript('tools/e2e/src/testdata/otel-logs-client.js', {}, [exporter, exporter === 'otlp-grpc' ? pipeline.urls.otlpGrpc : httpBase(), service, token]);
    const code = await client.exited;
    if (code !== 0) throw new Error(`the logs client failed (${code}): ${client.output()}`);
    const sent = JSON.parse(client.output().trim().split('\n').pop() ?? '{}') as EmittedLogs;

    // By trace id: every record emitted inside the trace's spans, with their span ids.
    let inTrace: ApiLog[] = [];
    await pollUntil(`${sent.inTrace} logs of trace ${sent.traceId}`, async () => {
      inTrace = (await get<Envelope<ApiLog[]>>(`/api/traces/${sent.traceId}/logs`)).body.data ?? [];
      return inTrace.length >= sent.inTrace;
    }, 60_000, 250);
    expect(inTrace).toHaveLength(sent.inTrace);
    expect(inTrace.every((l) => l.traceId === sent.traceId && l.serviceName === service)).toBe(true);
    expect(inTrace.filter((l) => l.spanId === sent.rootSpanId).map((l) => l.body).sort()).toEqual([...sent.rootBodies].sort());
    const childLogs = inTrace.filter((l) => l.spanId === sent.childSpanId);
    expect(childLogs).toHaveLength(2);

    // By span id: only that span's records.
    const bySpan = (await get<Envelope<ApiLog[]>>(`/api/traces/${sent.traceId}/logs?spanId=${sent.childSpanId}`)).body.data;
    expect(bySpan.map((l) => l.spanId)).toEqual([sent.childSpanId, sent.childSpanId]);
    const error = bySpan.find((l) => l.severityNumber === 17);
    expect(error).toMatchObject({ body: sent.childBodies[0], severityText: 'ERROR', bodyType: 'string' });
    // The normalizer's redaction rules applied to log attributes and to a map body's fields.
    expect(attr(error as ApiLog, 'db.password')).toBe('REDACTED');
    expect(attr(error as ApiLog, 'http.url')).toBe('https://pay.example/charge?api_key=REDACTED&card=1');
    const structured = bySpan.find((l) => l.bodyType === 'map') as ApiLog;
    // The view writes a map body as JSON, an int64 as a decimal string (exact past 2^53).
    expect(JSON.parse(structured.body)).toEqual({ msg: `${token} retrying charge`, attempt: '2', request: { authorization: 'REDACTED' } });
    expect(structured.eventName).toBe('payment.retry');

    // By text: the trace's records and the one outside any span (keyed by service in Kafka).
    const byText = (await get<Envelope<ApiLog[]>>(`/api/logs?text=${token}&lookback=1h&limit=100`)).body.data;
    expect(byText.map((l) => l.body).filter((b) => !b.startsWith('{')).sort()).toEqual([...sent.rootBodies, ...sent.childBodies, sent.outsideBody].sort());
    expect(byText.find((l) => l.body === sent.outsideBody)).toMatchObject({ traceId: '', spanId: '' });
    // The spans went through the trace pipeline beside them.
    await pollUntil(`trace ${sent.traceId} in the trace views`, async () => (await get<{ data: Array<{ spans: unknown[] }> }>(`/api/traces/${sent.traceId}`)).body.data?.[0]?.spans.length === 2, 60_000, 250);
  }, 120_000);

  it('loses and doubles no acknowledged log record when the view-generator is SIGKILLed mid-stream and restarted', async () => {
    const run = `kill${randomBytes(6).toString('hex')}`;
    const acked: string[] = [];
    const failures: string[] = [];
    let n = 0;
    let streaming = true;
    // New trace ids in every request; a retry of an unacknowledged request resends the same records.
    const sendOne = async (): Promise<void> => {
      const bodies = [`${run} line ${n++}`, `${run} line ${n++}`, `${run} line ${n++}`];
      const traceId = randomBytes(16).toString('hex');
      const now = String(BigInt(Date.now()) * 1_000_000n);
      const request = JSON.stringify({
        resourceLogs: [
          {
            resource: { attributes: [{ key: 'service.name', value: { stringValue: 'kill-load' } }] },
            scopeLogs: [{ logRecords: bodies.map((b, i) => ({ timeUnixNano: now, severityNumber: 9, body: { stringValue: b }, ...(i < 2 ? { traceId, spanId: randomBytes(8).toString('hex') } : {}) })) }],
          },
        ],
      });
      for (let attempt = 0; attempt < 20; attempt++) {
        const r = await fetch(`${httpBase()}/v1/logs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request }).catch(() => undefined);
        if (r?.status === 200) {
          acked.push(...bodies);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      failures.push(`a request was never acknowledged: ${bodies[0]}`);
    };
    const load = (async () => {
      while (streaming) {
        await sendOne();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const victim = pipeline.processes.find((pp) => pp.app === 'view-generator');
    if (!victim) throw new Error('no view-generator in the pipeline');
    try {
      await pollUntil('records stored before the kill', async () => (await get<Envelope<ApiLog[]>>(`/api/logs?text=${run}&lookback=1h&limit=10`)).body.data?.length === 10, 60_000, 200);
      victim.child.kill('SIGKILL');
      await pollUntil('the view-generator gone', () => !running(victim), 10_000, 50);
      const atKill = acked.length;
      await pollUntil('records acknowledged while the view-generator is down', () => acked.length >= atKill + 60, 60_000, 100);
      await pipeline.restart('view-generator');
      const atRestart = acked.length;
      await pollUntil('records acknowledged after the restart', () => acked.length >= atRestart + 60, 60_000, 100);
    } finally {
      streaming = false;
      await load;
    }
    expect(failures).toEqual([]);
    expect(victim.child.signalCode).toBe('SIGKILL');
    const expected = new Set(acked);
    let stored: string[] = [];
    await pollUntil(`all ${expected.size} acknowledged records stored`, async () => {
      stored = [];
      let cursor: string | undefined;
      do {
        const { status, body: page } = await get<Envelope<ApiLog[]>>(`/api/logs?text=${run}&lookback=1h&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        if (status !== 200) throw new Error(`GET /api/logs answered ${status}: ${JSON.stringify(page).slice(0, 500)}`);
        stored.push(...page.data.map((l) => l.body));
        cursor = page.nextCursor;
      } while (cursor);
      return stored.length >= expected.size;
    }, 120_000, 500);
    expect([...expected].filter((b) => !stored.includes(b))).toEqual([]);
    expect(stored.length).toBe(expected.size);
    expect(new Set(stored).size).toBe(stored.length);
  }, 300_000);
});
