// Kafka stopped mid-stream: the collector answers 503 + Retry-After / UNAVAILABLE, reports not
// ready, stays up, recovers by itself when the broker returns, and every span it answered success
// for is in Kafka afterwards. Uses its own broker (started, stopped and restarted on the same port
// and data folder), so the shared test broker is not disturbed.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { status as grpcStatus } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { bytesToHex } from '@tracehouse/identity';
import { decodeTracesData, encodeExportTraceServiceRequest, type Span } from '@tracehouse/otlp';
import { freePort, startKafka, type LocalKafka } from '@tracehouse/infra';
import { REPO_ROOT, pollUntil, readTopic, uniqueName } from '@tracehouse/testing';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { GRPC_METHODS, grpcCall, post } from './testdata/wire';

const dataDir = join(REPO_ROOT, '.data', uniqueName('collector-outage'));
const topic = 'otlp-spans';
let port: number;
let broker: LocalKafka | undefined;
let collector: CollectorUnderTest | undefined;

beforeAll(async () => {
  port = await freePort();
  broker = await startKafka({ repoRoot: REPO_ROOT, dataDir, port, heap: '384m', defaultPartitions: 3 });
  collector = await startCollector({ KAFKA_BROKERS: broker.brokers, KAFKA_TOPIC_PARTITIONS: '3', COLLECTOR_KAFKA_SEND_TIMEOUT_MS: '3000', COLLECTOR_RETRY_AFTER_SECONDS: '2' });
}, 120_000);

afterAll(async () => {
  await collector?.stop();
  await broker?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let seq = 1;
function span(): Span {
  const traceId = Buffer.alloc(16);
  traceId.writeUInt32BE(0xc0ffee, 0);
  traceId.writeUInt32BE(seq, 12);
  const spanId = Buffer.alloc(8);
  spanId.writeUInt32BE(seq++, 4);
  spanId[0] = 0x5a;
  return { trace_id: traceId, span_id: spanId, name: 'op', kind: 2 };
}
const body = (spans: Span[]): Uint8Array => encodeExportTraceServiceRequest({ resource_spans: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: 'svc' } }] }, scope_spans: [{ spans }] }] });

it('answers 503/UNAVAILABLE while Kafka is down, recovers by itself, and loses nothing it acknowledged', async () => {
  const c = collector as CollectorUnderTest;
  const acked = new Set<string>();
  const seen = { ok: 0, http503: 0, grpcUnavailable: 0, unexpected: [] as string[], retryAfter: new Set<string>() };
  let streaming = true;
  const pace = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

  const httpWorker = async (): Promise<void> => {
    while (streaming) {
      const spans = [span(), span()];
      const r = await post(c.ports.otlpHttp, '/v1/traces', body(spans), { 'Content-Type': 'application/x-protobuf' }).catch((err: Error) => ({ status: -1, text: err.message, headers: {} as Record<string, string> }));
      if (r.status === 200) {
        spans.forEach((s) => acked.add(bytesToHex(s.span_id as Uint8Array)));
        seen.ok++;
      } else if (r.status === 503) {
        seen.http503++;
        seen.retryAfter.add(String(r.headers['retry-after']));
      } else seen.unexpected.push(`HTTP ${r.status}: ${r.text}`);
      await pace();
    }
  };
  const grpcWorker = async (): Promise<void> => {
    while (streaming) {
      const spans = [span()];
      const r = await grpcCall(c.ports.otlpGrpc, GRPC_METHODS.otlpExport, body(spans));
      if (r.code === grpcStatus.OK) {
        spans.forEach((s) => acked.add(bytesToHex(s.span_id as Uint8Array)));
        seen.ok++;
      } else if (r.code === grpcStatus.UNAVAILABLE) seen.grpcUnavailable++;
      else seen.unexpected.push(`gRPC ${r.code}: ${r.details}`);
      await pace();
    }
  };
  const workers = [httpWorker(), httpWorker(), grpcWorker()];
  try {
    await pollUntil('spans accepted before the outage', () => seen.ok >= 20, 30_000);

    await (broker as LocalKafka).stop();
    await pollUntil('503 and UNAVAILABLE answers while Kafka is down', () => seen.http503 >= 5 && seen.grpcUnavailable >= 3, 60_000);
    const ready = await httpGet(c.ports.admin, '/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body).checks).toEqual([expect.objectContaining({ name: 'kafka', ok: false })]);
    expect(c.process.child.exitCode).toBeNull();
    expect((await httpGet(c.ports.admin, '/healthz')).status).toBe(200);
    const okWhileDown = seen.ok;

    broker = await startKafka({ repoRoot: REPO_ROOT, dataDir, port, heap: '384m', defaultPartitions: 3 });
    await pollUntil('the collector to be ready again', async () => (await httpGet(c.ports.admin, '/readyz')).status === 200, 90_000);
    await pollUntil('spans accepted after the broker returned', () => seen.ok >= okWhileDown + 20, 60_000);
  } finally {
    streaming = false;
    await Promise.all(workers);
  }

  expect(seen.unexpected).toEqual([]);
  expect([...seen.retryAfter]).toEqual(['2']);
  expect(c.process.child.exitCode).toBeNull();
  const metrics = (await httpGet(c.ports.admin, '/metrics')).body;
  expect(metrics).toMatch(/tracehouse_collector_requests_rejected_total\{[^}]*reason="kafka_unavailable"[^}]*\} [1-9]/);

  // Every acknowledged span is in the topic (a request that timed out may have been written too).
  const kafka = new Kafka({ clientId: 'outage-reader', brokers: [(broker as LocalKafka).brokers], logLevel: logLevel.NOTHING });
  const records = await readTopic(kafka, topic, { timeoutMs: 60_000 });
  const written = new Set<string>();
  for (const r of records) for (const rs of decodeTracesData(r.value).resource_spans ?? []) for (const ss of rs.scope_spans ?? []) for (const s of ss.spans ?? []) written.add(bytesToHex(s.span_id as Uint8Array));
  const missing = [...acked].filter((id) => !written.has(id));
  expect(missing).toEqual([]);
  expect(acked.size).toBeGreaterThan(40);
}, 240_000);
