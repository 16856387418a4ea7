// Collector benchmark (not a test): starts a local Kafka broker (or uses KAFKA_BROKERS) and one
// collector process, drives it with pre-built realistic batches over OTLP/HTTP protobuf,
// OTLP/gRPC, Zipkin JSON and Jaeger Thrift, one protocol after the other, and prints per protocol
// the spans/s the collector acknowledged (each one written to Kafka with acks=all), the CPU it
// used, and its peak RSS. Writes reports/collector-bench.{json,md}. Bounded in time; loopback only.
//
//   npm run build && npm run bench:collector
//   BENCH_SECONDS=20 BENCH_CONCURRENCY=16 BENCH_PROTOCOLS=otlp_http_protobuf,otlp_grpc npm run bench:collector
//   BENCH_TLS=1 npm run bench:collector   # plain vs TLS, one run: collector-tls-bench.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, credentials } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
// Benchmarks are tooling, like the specs: they may start local infrastructure (eslint.config.mjs
// exempts only spec paths, so the exemption is stated here).
// eslint-disable-next-line no-restricted-imports, @nx/enforce-module-boundaries
import { freePort, startKafka, type LocalKafka } from '@tracehouse/infra';
import { batchTraces, makeTraces, toJaegerThrift, toOtlpProtobuf, toZipkinJson, type SynthSpan } from './synthetic';

export const ROOT = resolve(__dirname, '../../../..');
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
export const SPANS_PER_BATCH = Number(process.env.BENCH_SPANS_PER_BATCH ?? 512);
export const TRACES = Number(process.env.BENCH_TRACES ?? 3000);
const ALL = ['otlp_http_protobuf', 'otlp_grpc', 'zipkin_json', 'jaeger_thrift'] as const;
export type BenchProtocol = (typeof ALL)[number];
const PROTOCOLS = (process.env.BENCH_PROTOCOLS ? process.env.BENCH_PROTOCOLS.split(',') : [...ALL]) as BenchProtocol[];
const CLK_TCK = 100;

/** One request body and what it carries. */
export interface Body {
  readonly bytes: Buffer;
  readonly spans: number;
  readonly traces: number;
  /** Per trace, where the low 8 bytes of its trace id sit in `bytes` (raw bytes, or 16 hex digits when `hexIds`). */
  readonly idOffsets: Uint32Array[];
  readonly hexIds: boolean;
}

/**
 * Finds, per trace of the batch, every place the low half of its trace id is written in `bytes`:
 * raw in OTLP protobuf (the id's last 8 bytes) and Jaeger Thrift (traceIdLow, big-endian), as hex
 * digits in Zipkin JSON. The sender rewrites them before each request so every request carries
 * new trace ids: a replayed span is deduplicated downstream and costs almost nothing, which would
 * flatter the figure.
 */
function idOffsetsOf(bytes: Buffer, spans: readonly SynthSpan[], hexIds: boolean): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (const traceId of new Set(spans.map((s) => s.traceId))) {
    const needle = hexIds ? Buffer.from(traceId.slice(16), 'latin1') : Buffer.from(traceId.slice(16), 'hex');
    const offsets: number[] = [];
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) offsets.push(at);
    const expected = spans.filter((s) => s.traceId === traceId).length;
    // Fewer places than spans would leave old ids in the body; more would mean a chance match elsewhere.
    if (offsets.length < expected) throw new Error(`trace id ${traceId} found ${offsets.length} times in a body holding ${expected} of its spans`);
    out.push(Uint32Array.from(offsets));
  }
  return out;
}

const makeBody = (bytes: Buffer, spans: readonly SynthSpan[], hexIds: boolean): Body => ({ bytes, spans: spans.length, traces: distinctTraces(spans), idOffsets: idOffsetsOf(bytes, spans, hexIds), hexIds });

/** Hands out copies of a body with fresh trace ids: 4 random bytes per run, then a counter per trace. */
export class IdStamper {
  private readonly low = Buffer.allocUnsafe(8);
  private readonly lowHex = Buffer.allocUnsafe(16);
  private counter = 0;
  constructor() {
    this.low.writeUInt32BE(Math.floor(Math.random() * 0xffffffff), 0);
  }
  stamp(b: Body): Buffer {
    const out = Buffer.allocUnsafe(b.bytes.length);
    b.bytes.copy(out);
    for (const offsets of b.idOffsets) {
      this.counter = (this.counter + 1) >>> 0;
      this.low.writeUInt32BE(this.counter, 4);
      const id = b.hexIds ? (this.lowHex.write(this.low.toString('hex'), 'latin1'), this.lowHex) : this.low;
      for (const off of offsets) id.copy(out, off);
    }
    return out;
  }
}

interface PhaseResult {
  protocol: BenchProtocol;
  seconds: number;
  requests: number;
  failedRequests: number;
  spans: number;
  spansPerSecond: number;
  bodyMBPerSecond: number;
  collectorCpuSeconds: number;
  spansPerCollectorCpuSecond: number;
  loadGeneratorCpuSeconds: number;
  collectorPeakRssMB: number;
  expectedRecords: number;
  meanSpansPerRequest: number;
  meanBodyBytes: number;
}

export function procStat(pid: number): { cpuSeconds: number; rssMB: number; hwmMB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { cpuSeconds, rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
}

/** The ports a benchmark's collector listens on (all free ones). */
export interface BenchCollectorPorts {
  readonly otlpGrpc: number;
  readonly otlpHttp: number;
  readonly jaegerGrpc: number;
  readonly jaegerHttp: number;
  readonly zipkin: number;
  readonly admin: number;
}

/**
 * Starts a collector process (default configuration, LOG_LEVEL=warn) on free ports, the Jaeger
 * agent's UDP ports included so several can run at once, and resolves once it is ready; a collector
 * that does not get ready is stopped before the error is thrown.
 */
export async function startBenchCollector(options: { brokers: string; topic: string; env?: Record<string, string>; nodeFlags?: readonly string[] }): Promise<{ child: ChildProcess; ports: BenchCollectorPorts }> {
  const ports: BenchCollectorPorts = { otlpGrpc: await freePort(), otlpHttp: await freePort(), jaegerGrpc: await freePort(), jaegerHttp: await freePort(), zipkin: await freePort(), admin: await freePort() };
  let output = '';
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), join(ROOT, 'dist/apps/collector/src/main.js')], {
    env: {
      ...process.env,
      KAFKA_BROKERS: options.brokers,
      TOPIC_OTLP_SPANS: options.topic,
      LOG_LEVEL: 'warn',
      ADMIN_PORT: String(ports.admin),
      COLLECTOR_HOST: '127.0.0.1',
      COLLECTOR_OTLP_GRPC_PORT: String(ports.otlpGrpc),
      COLLECTOR_OTLP_HTTP_PORT: String(ports.otlpHttp),
      COLLECTOR_JAEGER_GRPC_PORT: String(ports.jaegerGrpc),
      COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(ports.jaegerHttp),
      COLLECTOR_ZIPKIN_PORT: String(ports.zipkin),
      COLLECTOR_JAEGER_AGENT_COMPACT_PORT: String(await freePort()),
      COLLECTOR_JAEGER_AGENT_BINARY_PORT: String(await freePort()),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  try {
    await waitReady(ports.admin, child, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return { child, ports };
}

export async function waitReady(adminPort: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`collector exited with ${child.exitCode}:\n${output()}`);
    const status = await new Promise<number>((res) => {
      const req = request({ host: '127.0.0.1', port: adminPort, path: '/readyz' }, (r) => {
        r.resume();
        res(r.statusCode ?? 0);
      });
      req.on('error', () => res(0));
      req.end();
    });
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`collector not ready after 60 s:\n${output()}`);
}

function distinctTraces(spans: readonly SynthSpan[]): number {
  return new Set(spans.map((s) => s.traceId)).size;
}

export function buildBodies(protocol: BenchProtocol, batches: SynthSpan[][]): Body[] {
  switch (protocol) {
    case 'otlp_http_protobuf':
    case 'otlp_grpc':
      return batches.map((b) => {
        const bytes = toOtlpProtobuf(b);
        return makeBody(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), b, false);
      });
    case 'zipkin_json':
      return batches.map((b) => makeBody(toZipkinJson(b), b, true));
    case 'jaeger_thrift':
      return batches.flatMap((b) => {
        const byService = new Map<string, SynthSpan[]>();
        for (const s of b) byService.set(s.service, [...(byService.get(s.service) ?? []), s]);
        const bodies = toJaegerThrift(b);
        return [...byService.values()].map((spans, i) => makeBody(bodies[i], spans, false));
      });
  }
}

export type Sender = (body: Buffer) => Promise<boolean>;

function httpSender(port: number, path: string, contentType: string): { send: Sender; close: () => void } {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const send: Sender = (body) =>
    new Promise<boolean>((res) => {
      const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'Content-Type': contentType, 'Content-Length': body.length } }, (r) => {
        r.resume();
        r.on('end', () => res(r.statusCode === 200 || r.statusCode === 202));
      });
      req.on('error', () => res(false));
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

function grpcSender(port: number): { send: Sender; close: () => void } {
  const client = new Client(`127.0.0.1:${port}`, credentials.createInsecure(), { 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  const identity = (b: Buffer): Buffer => b;
  const send: Sender = (body) =>
    new Promise<boolean>((res) => {
      client.makeUnaryRequest('/opentelemetry.proto.collector.trace.v1.TraceService/Export', identity, identity, body, (err) => res(!err));
    });
  return { send, close: () => client.close() };
}

export async function drive(send: Sender, bodies: Body[], seconds: number): Promise<{ requests: number; failed: number; spans: number; bytes: number; traces: number }> {
  const until = Date.now() + seconds * 1000;
  let next = 0;
  const totals = { requests: 0, failed: 0, spans: 0, bytes: 0, traces: 0 };
  const stamper = new IdStamper();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const body = bodies[next++ % bodies.length];
        const ok = await send(stamper.stamp(body));
        totals.requests++;
        if (ok) {
          totals.spans += body.spans;
          totals.bytes += body.bytes.length;
          totals.traces += body.traces;
        } else totals.failed++;
      }
    }),
  );
  return totals;
}

async function runPhase(protocol: BenchProtocol, bodies: Body[], ports: BenchCollectorPorts, pid: number): Promise<PhaseResult> {
  const sender =
    protocol === 'otlp_grpc'
      ? grpcSender(ports.otlpGrpc)
      : protocol === 'otlp_http_protobuf'
        ? httpSender(ports.otlpHttp, '/v1/traces', 'application/x-protobuf')
        : protocol === 'zipkin_json'
          ? httpSender(ports.zipkin, '/api/v2/spans', 'application/json')
          : httpSender(ports.jaegerHttp, '/api/traces', 'application/x-thrift');
  try {
    const warm = await drive(sender.send, bodies, WARMUP_SECONDS);
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, procStat(pid).rssMB)), 50);
    const before = procStat(pid);
    const selfBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const totals = await drive(sender.send, bodies, SECONDS);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    const after = procStat(pid);
    const self = process.cpuUsage(selfBefore);
    const cpu = after.cpuSeconds - before.cpuSeconds;
    peakRss = Math.max(peakRss, after.rssMB);
    return {
      protocol,
      seconds: round(elapsed, 2),
      requests: totals.requests,
      failedRequests: totals.failed,
      spans: totals.spans,
      spansPerSecond: Math.round(totals.spans / elapsed),
      bodyMBPerSecond: round(totals.bytes / elapsed / 1e6, 1),
      collectorCpuSeconds: round(cpu, 2),
      spansPerCollectorCpuSecond: Math.round(totals.spans / Math.max(cpu, 0.01)),
      loadGeneratorCpuSeconds: round((self.user + self.system) / 1e6, 2),
      collectorPeakRssMB: Math.round(peakRss),
      expectedRecords: warm.traces + totals.traces,
      meanSpansPerRequest: Math.round(bodies.reduce((a, b) => a + b.spans, 0) / bodies.length),
      meanBodyBytes: Math.round(bodies.reduce((a, b) => a + b.bytes.length, 0) / bodies.length),
    };
  } finally {
    sender.close();
  }
}

export const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data', `bench-collector-${process.pid}`);
  let kafka: LocalKafka | undefined;
  let collector: ChildProcess | undefined;
  try {
    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      kafka = await startKafka({ repoRoot: ROOT, dataDir, heap: '512m' }, (l) => console.log(`[kafka] ${l}`));
      brokers = kafka.brokers;
    }
    const topic = `otlp-spans-bench-${Date.now().toString(36)}`;
    const nodeFlags = (process.env.BENCH_COLLECTOR_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const started = await startBenchCollector({ brokers, topic, nodeFlags });
    collector = started.child;
    const { ports } = started;
    const pid = collector.pid as number;

    const loadBefore = loadavg()[0];
    console.log(`building ${TRACES} traces in batches of ~${SPANS_PER_BATCH} spans ...`);
    const batches = batchTraces(makeTraces(TRACES), SPANS_PER_BATCH);
    const results: PhaseResult[] = [];
    for (const protocol of PROTOCOLS) {
      const bodies = buildBodies(protocol, batches);
      console.log(`${protocol}: ${bodies.length} bodies, warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s with ${CONCURRENCY} requests in flight ...`);
      const r = await runPhase(protocol, bodies, ports, pid);
      results.push(r);
      console.log(
        `  ${r.spansPerSecond.toLocaleString('en-US')} spans/s (${r.requests} requests, ${r.failedRequests} failed), collector CPU ${r.collectorCpuSeconds} s => ${r.spansPerCollectorCpuSecond.toLocaleString('en-US')} spans per CPU-second, peak RSS ${r.collectorPeakRssMB} MB`,
      );
    }
    const overallPeak = procStat(pid).hwmMB;
    const kafkaBatches = await batchStats(ports.admin);
    console.log(`Kafka produce requests: ${kafkaBatches.batches}, mean ${kafkaBatches.meanRecords} records and ${kafkaBatches.meanMs} ms each`);

    // Every acknowledged span must be in Kafka: count the records against what was acknowledged.
    const admin = new Kafka({ clientId: 'bench', brokers: [brokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const records = offsets.reduce((a, p) => a + Number(p.high), 0);
    const expected = results.reduce((a, r) => a + r.expectedRecords, 0);

    const report = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        // The machine is shared: other work competing for the cores lowers the spans/s figures.
        loadAverage1mBefore: round(loadBefore, 2),
        loadAverage1mAfter: round(loadavg()[0], 2),
      },
      setup: {
        seconds: SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        concurrency: CONCURRENCY,
        spansPerBatch: SPANS_PER_BATCH,
        templateTraces: `${TRACES} traces encoded once; every request is a copy with new trace ids (the low 8 bytes rewritten per trace), so no span repeats`,
        kafka: kafka ? 'local single broker started by the benchmark (KRaft, 512 MB heap), same machine' : `KAFKA_BROKERS=${brokers}`,
        collector: 'one process, default configuration (linger 5 ms, produce requests up to 2 MiB and 1 MB per partition, 2 idempotent producers each with one request in flight, acks=all), LOG_LEVEL=warn',
      },
      results,
      collectorPeakRssOverallMB: Math.round(overallPeak),
      kafka: { topic, recordsAcknowledgedByCollector: expected, recordsInTopic: records, produceRequests: kafkaBatches },
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports/collector-bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, 'reports/collector-bench.md'), markdown(report));
    console.log(`collector peak RSS over the run: ${Math.round(overallPeak)} MB; records in Kafka ${records} (acknowledged: ${expected})`);
    console.log('wrote reports/collector-bench.json and reports/collector-bench.md');
    if (records < expected) throw new Error(`Kafka holds ${records} records but the collector acknowledged ${expected}`);
  } finally {
    if (collector && collector.exitCode === null) {
      const exited = new Promise((r) => collector?.once('exit', r));
      collector.kill('SIGTERM');
      await exited;
    }
    await kafka?.stop();
    if (kafka) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Mean records per produce request and its mean latency, from the collector's /metrics. */
export async function batchStats(adminPort: number): Promise<{ batches: number; meanRecords: number; meanMs: number }> {
  const text = await new Promise<string>((res, rej) => {
    const req = request({ host: '127.0.0.1', port: adminPort, path: '/metrics' }, (r) => {
      let body = '';
      r.on('data', (d: Buffer) => (body += d.toString()));
      r.on('end', () => res(body));
    });
    req.on('error', rej);
    req.end();
  });
  const value = (name: string): number => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? 0);
  const batches = value('tracehouse_collector_kafka_batch_messages_count');
  return {
    batches,
    meanRecords: Math.round(value('tracehouse_collector_kafka_batch_messages_sum') / Math.max(batches, 1)),
    meanMs: round((value('tracehouse_collector_kafka_batch_duration_seconds_sum') / Math.max(batches, 1)) * 1000, 1),
  };
}

function markdown(report: {
  generatedAt: string;
  machine: { cpus: number; cpuModel?: string; memoryGB: number; node: string; loadAverage1mBefore: number; loadAverage1mAfter: number };
  setup: Record<string, string | number>;
  results: PhaseResult[];
  collectorPeakRssOverallMB: number;
  kafka: { recordsAcknowledgedByCollector: number; recordsInTopic: number; produceRequests: { batches: number; meanRecords: number; meanMs: number } };
}): string {
  const rows = report.results.map(
    (r) =>
      `| ${r.protocol} | ${r.spansPerSecond.toLocaleString('en-US')} | ${r.spansPerCollectorCpuSecond.toLocaleString('en-US')} | ${r.collectorCpuSeconds} / ${r.seconds} | ${r.collectorPeakRssMB} | ${r.requests} (${r.failedRequests} failed) | ${r.meanSpansPerRequest} | ${r.meanBodyBytes.toLocaleString('en-US')} |`,
  );
  return [
    '# Collector benchmark',
    '',
    `Generated ${report.generatedAt} by \`npm run bench:collector\` (apps/collector/bench/collector-bench.ts).`,
    `Machine: ${report.machine.cpus} cores (${report.machine.cpuModel ?? 'unknown'}), ${report.machine.memoryGB} GB, Node ${report.machine.node}. The load generator, the collector and the Kafka broker share these cores; 1-minute load average ${report.machine.loadAverage1mBefore} before the run, ${report.machine.loadAverage1mAfter} after (other work on the machine competes for the cores).`,
    '',
    ...Object.entries(report.setup).map(([k, v]) => `- ${k}: ${v}`),
    '',
    'Spans/s counts only spans the collector answered success for, i.e. written to Kafka and acknowledged with acks=all.',
    '',
    '| protocol | spans/s | spans per collector CPU-second | collector CPU s / wall s | peak RSS MB | requests | spans/request | bytes/request |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Collector peak RSS over the whole run (VmHWM): ${report.collectorPeakRssOverallMB} MB.`,
    `Records in the topic: ${report.kafka.recordsInTopic} (the collector acknowledged ${report.kafka.recordsAcknowledgedByCollector}).`,
    `Kafka produce requests: ${report.kafka.produceRequests.batches}, mean ${report.kafka.produceRequests.meanRecords} records and ${report.kafka.produceRequests.meanMs} ms each.`,
    '',
  ].join('\n');
}

// Run as a script only (collector-tls-bench.ts imports the helpers above); BENCH_TLS=1 runs that mode.
if (require.main === module) {
  (process.env.BENCH_TLS === '1' ? import('./collector-tls-bench').then((m) => m.main()) : main()).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
