// Kafka stopped while logs stream in (as collector.kafka-outage.int-spec.ts does for spans): the
// logs receivers answer 503 + Retry-After / UNAVAILABLE instead of acknowledging, the collector
// stays up and recovers by itself, and every log record it acknowledged is in `otlp-logs`
// afterwards. Its own broker (stopped and restarted on the same port and data folder), so the
// shared test broker is not disturbed.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { status as grpcStatus } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { decodeLogsData, encodeExportLogsServiceRequest } from '@tracehouse/otlp';
import { freePort, startKafka, type LocalKafka } from '@tracehouse/infra';
import { REPO_ROOT, pollUntil, readTopic, uniqueName } from '@tracehouse/testing';
import { httpGet, startCollector, type CollectorUnderTest } from './testdata/collector-process';
import { grpcCall, post } from './testdata/wire';

const dataDir = join(REPO_ROOT, '.data', uniqueName('collector-logs-outage'));
const LOGS_EXPORT = '/opentelemetry.proto.collector.logs.v1.LogsService/Export';
let port: number;
let broker: LocalKafka | undefined;
let collector: CollectorUnderTest | undefined;

beforeAll(async () => {
  port = await freePort();
  broker = await startKafka({ repoRoot: REPO_ROOT, dataDir, port, heap: '384m', defaultPartitions: 3 });
  collector = await startCollector({ KAFKA_BROKERS: broker.brokers, KAFKA_TOPIC_PARTITIONS: '3', COLLECTOR_KAFKA_SEND_TIMEOUT_MS: '3000', COLLECTOR_RETRY_AFTER_SECONDS: '2' });
  const c = collector;
  await pollUntil('the otlp-logs writer connected', async () => /tracehouse_collector_logs_kafka_available\{[^}]*\} 1/.test((await httpGet(c.ports.admin, '/metrics')).body), 30_000);
}, 120_000);

afterAll(async () => {
  await collector?.stop();
  await broker?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let seq = 1;
/** Two records, one in a new trace and one outside any: both keys of the topic. */
function records(): { bodies: string[]; body: Uint8Array } {
  const traceId = Buffer.alloc(16);
  traceId.writeUInt32BE(0xfeed, 0);
  traceId.writeUInt32BE(seq, 12);
  const bodies = [`outage ${seq}a`, `outage ${seq}b`];
  seq++;
  const body = encodeExportLogsServiceRequest({
    resource_logs: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: 'svc' } }] }, scope_logs: [{ log_records: [{ body: { string_value: bodies[0] }, trace_id: traceId, span_id: Buffer.from('00f067aa0ba902b7', 'hex') }, { body: { string_value: bodies[1] } }] }] }],
  });
  return { bodies, body };
}

it('answers 503/UNAVAILABLE for logs while Kafka is down, recovers by itself, and loses no acknowledged record', async () => {
  const c = collector as CollectorUnderTest;
  const acked = new Set<string>();
  const seen = { ok: 0, http503: 0, grpcUnavailable: 0, unexpected: [] as string[], retryAfter: new Set<string>() };
  let streaming = true;
  const pace = (): Promise<void> => new Promise((r) => setTimeout(r, 20));
  const httpWorker = async (): Promise<void> => {
    while (streaming) {
      const { bodies, body } = records();
      const r = await post(c.ports.otlpHttp, '/v1/logs', body, { 'Content-Type': 'application/x-protobuf' }).catch((err: Error) => ({ status: -1, text: err.message, headers: {} as Record<string, string> }));
      if (r.status === 200) {
        bodies.forEach((b) => acked.add(b));
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
      const { bodies, body } = records();
      const r = await grpcCall(c.ports.otlpGrpc, LOGS_EXPORT, body);
      if (r.code === grpcStatus.OK) {
        bodies.forEach((b) => acked.add(b));
        seen.ok++;
      } else if (r.code === grpcStatus.UNAVAILABLE) seen.grpcUnavailable++;
      else seen.unexpected.push(`gRPC ${r.code}: ${r.details}`);
      await pace();
    }
  };
  const workers = [httpWorker(), grpcWorker()];
  try {
    await pollUntil('logs accepted before the outage', () => seen.ok >= 20, 30_000);
    await (broker as LocalKafka).stop();
    await pollUntil('503 and UNAVAILABLE answers while Kafka is down', () => seen.http503 >= 5 && seen.grpcUnavailable >= 3, 60_000);
    // /readyz follows the span writer (no spans here); the logs writer says it is down.
    expect((await httpGet(c.ports.admin, '/metrics')).body).toMatch(/tracehouse_collector_logs_kafka_available\{[^}]*\} 0/);
    expect(c.process.child.exitCode).toBeNull();
    const okWhileDown = seen.ok;
    broker = await startKafka({ repoRoot: REPO_ROOT, dataDir, port, heap: '384m', defaultPartitions: 3 });
    await pollUntil('the otlp-logs writer back', async () => /tracehouse_collector_logs_kafka_available\{[^}]*\} 1/.test((await httpGet(c.ports.admin, '/metrics')).body), 90_000);
    await pollUntil('logs accepted after the broker returned', () => seen.ok >= okWhileDown + 20, 60_000);
  } finally {
    streaming = false;
    await Promise.all(workers);
  }
  expect(seen.unexpected).toEqual([]);
  expect([...seen.retryAfter]).toEqual(['2']);

  const kafka = new Kafka({ clientId: 'logs-outage-reader', brokers: [(broker as LocalKafka).brokers], logLevel: logLevel.NOTHING });
  const written = new Set<string>();
  for (const r of await readTopic(kafka, 'otlp-logs', { timeoutMs: 60_000 })) {
    for (const rl of decodeLogsData(r.value).resource_logs ?? []) for (const sl of rl.scope_logs ?? []) for (const lr of sl.log_records ?? []) written.add(lr.body?.string_value ?? '');
  }
  expect([...acked].filter((b) => !written.has(b))).toEqual([]);
  expect(acked.size).toBeGreaterThan(40);
}, 240_000);
