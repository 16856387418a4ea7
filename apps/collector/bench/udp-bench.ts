// Jaeger agent UDP benchmark (not a test): starts a local Kafka broker (or uses KAFKA_BROKERS) and
// one collector process with its default UDP configuration, then sends `Agent.emitBatch` datagrams
// at a fixed rate (default 50,000 spans/s) to the compact port (6831's protocol), then to the
// binary port (6832's), each datagram a copy of realistic synthetic spans with new trace ids. It
// reports, per phase, what was sent, what the collector received, decoded, rejected and dropped
// (its /metrics), what the kernel dropped on the socket (/proc/net/udp), the spans Kafka
// acknowledged, and the collector's CPU per span. Writes reports/udp-bench.{json,md}. Loopback only.
//
//   npm run bench:udp
//   BENCH_UDP_SPANS_PER_SECOND=80000 BENCH_SECONDS=20 BENCH_UDP_SPANS_PER_DATAGRAM=200 npm run bench:udp
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
// Benchmarks are tooling, like the specs: they may start local infrastructure (eslint.config.mjs
// exempts only spec paths, so the exemption is stated here).
// eslint-disable-next-line no-restricted-imports, @nx/enforce-module-boundaries
import { freePort, startKafka, type LocalKafka } from '@tracehouse/infra';
import { binaryEmitBatch, binaryToCompact } from '../src/receivers/thrift/testdata/transcode';
import { kernelDropsOf } from '../src/transport/udp-receiver';
import { procStat, waitReady } from './collector-bench';
import { makeTraces, toJaegerThrift, type SynthSpan } from './synthetic';

const ROOT = resolve(__dirname, '../../../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const RATE = Number(process.env.BENCH_UDP_SPANS_PER_SECOND ?? 50_000);
const SPANS_PER_DATAGRAM = Number(process.env.BENCH_UDP_SPANS_PER_DATAGRAM ?? 100);
const TRACES = Number(process.env.BENCH_TRACES ?? 400);
const ENCODINGS = (process.env.BENCH_UDP_ENCODINGS ?? 'compact,binary').split(',') as Array<'compact' | 'binary'>;
const MAX_DATAGRAM = 65_000;

/** One template datagram, with where each template trace's low id half sits in it. */
interface Template {
  readonly bytes: Buffer;
  readonly spans: number;
  /** Per entry: the template trace index and the offsets of its id in `bytes`. */
  readonly ids: ReadonlyArray<{ trace: number; offsets: number[] }>;
}

/**
 * Low trace-id halves with the top two bits `10`: as signed i64 they lie in [-2^63, -2^62), whose
 * zigzag varint is always 10 bytes, so a new id can be written over an old one in a compact
 * datagram as in a binary one (8 bytes, big-endian). Real ids are random 64-bit values; these are
 * as valid.
 */
function lowId(random30: number, counter: number): bigint {
  return (1n << 63n) | (BigInt(random30 & 0x3fffffff) << 32n) | BigInt(counter >>> 0);
}

function compactVarint(low: bigint): Buffer {
  const signed = BigInt.asIntN(64, low);
  let n = BigInt.asUintN(64, (signed << 1n) ^ (signed >> 63n));
  const out: number[] = [];
  do {
    let b = Number(n & 0x7fn);
    n >>= 7n;
    if (n > 0n) b |= 0x80;
    out.push(b);
  } while (n > 0n);
  return Buffer.from(out);
}

function idBytes(low: bigint, encoding: 'compact' | 'binary'): Buffer {
  if (encoding === 'compact') return compactVarint(low);
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(low);
  return b;
}

/** Builds datagrams of one service's spans, at most SPANS_PER_DATAGRAM each, as jaeger-client batches them. */
function buildTemplates(encoding: 'compact' | 'binary'): Template[] {
  const random30 = Math.floor(Math.random() * 2 ** 30);
  const traces = makeTraces(TRACES).map((t, i) => {
    const id = lowId(random30, i).toString(16).padStart(16, '0');
    return t.map((s): SynthSpan => ({ ...s, traceId: `${s.traceId.slice(0, 16)}${id}` }));
  });
  const byService = new Map<string, SynthSpan[]>();
  for (const s of traces.flat()) byService.set(s.service, [...(byService.get(s.service) ?? []), s]);
  const templates: Template[] = [];
  for (const spans of byService.values()) {
    for (let i = 0; i < spans.length; i += SPANS_PER_DATAGRAM) {
      const chunk = spans.slice(i, i + SPANS_PER_DATAGRAM);
      const [batch] = toJaegerThrift(chunk);
      const binary = binaryEmitBatch(batch);
      const bytes = encoding === 'compact' ? binaryToCompact(binary, { message: true }) : binary;
      if (bytes.length > MAX_DATAGRAM) throw new Error(`a datagram of ${bytes.length} bytes: lower BENCH_UDP_SPANS_PER_DATAGRAM`);
      const ids = [...new Set(chunk.map((s) => s.traceId))].map((traceId) => {
        const needle = idBytes(BigInt(`0x${traceId.slice(16)}`), encoding);
        const offsets: number[] = [];
        for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) offsets.push(at);
        const expected = chunk.filter((s) => s.traceId === traceId).length;
        if (offsets.length !== expected) throw new Error(`trace ${traceId}: its id found ${offsets.length} times in a datagram holding ${expected} of its spans`);
        return { trace: traces.findIndex((t) => t[0]?.traceId === traceId), offsets };
      });
      templates.push({ bytes, spans: chunk.length, ids });
    }
  }
  return templates;
}

async function metricsText(adminPort: number): Promise<string> {
  return new Promise<string>((res, rej) => {
    const req = request({ host: '127.0.0.1', port: adminPort, path: '/metrics' }, (r) => {
      let body = '';
      r.on('data', (d: Buffer) => (body += d.toString()));
      r.on('end', () => res(body));
    });
    req.on('error', rej);
    req.end();
  });
}

/** Sum of a counter over the series whose labels contain every one of `labels`. */
function counter(text: string, name: string, labels: readonly string[]): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) || !labels.every((l) => line.includes(l))) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

interface Counts {
  received: number;
  decoded: number;
  rejected: number;
  dropped: number;
  droppedByReason: Record<string, number>;
  spansAccepted: number;
  kernelDrops: number;
}

async function counts(adminPort: number, protocol: string, udpPort: number): Promise<Counts> {
  const text = await metricsText(adminPort);
  const p = `protocol="${protocol}"`;
  const droppedByReason = Object.fromEntries(
    ['queue_full', 'kafka_unavailable', 'shutting_down'].map((r) => [r, counter(text, 'tracehouse_collector_udp_datagrams_dropped_total', [p, `reason="${r}"`])]),
  );
  return {
    received: counter(text, 'tracehouse_collector_udp_datagrams_total', [p, 'outcome="received"']),
    decoded: counter(text, 'tracehouse_collector_udp_datagrams_total', [p, 'outcome="decoded"']),
    rejected: counter(text, 'tracehouse_collector_udp_datagrams_rejected_total', [p]),
    dropped: Object.values(droppedByReason).reduce((a, b) => a + b, 0),
    droppedByReason,
    spansAccepted: counter(text, 'tracehouse_collector_spans_accepted_total', [p]),
    kernelDrops: kernelDropsOf(udpPort) ?? -1,
  };
}

const diff = (a: Counts, b: Counts): Counts => ({
  received: a.received - b.received,
  decoded: a.decoded - b.decoded,
  rejected: a.rejected - b.rejected,
  dropped: a.dropped - b.dropped,
  droppedByReason: Object.fromEntries(Object.entries(a.droppedByReason).map(([k, v]) => [k, v - (b.droppedByReason[k] ?? 0)])),
  spansAccepted: a.spansAccepted - b.spansAccepted,
  kernelDrops: a.kernelDrops - b.kernelDrops,
});

/** Sends copies of the templates at RATE spans/s for `seconds`; every round of the templates gets new trace ids. */
async function send(socket: Socket, port: number, templates: Template[], encoding: 'compact' | 'binary', seconds: number, state: { counter: number; random30: number }): Promise<{ datagrams: number; spans: number; sendErrors: number; seconds: number }> {
  let datagrams = 0;
  let spans = 0;
  let sendErrors = 0;
  let inFlight = 0;
  let roundIds: Buffer[] = [];
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
  let next = 0;
  while (elapsed() < seconds) {
    const due = elapsed() * RATE;
    while (spans < due) {
      if (next === 0) roundIds = Array.from({ length: TRACES }, () => idBytes(lowId(state.random30, state.counter++), encoding));
      const t = templates[next];
      next = (next + 1) % templates.length;
      const out = Buffer.from(t.bytes);
      for (const { trace, offsets } of t.ids) for (const off of offsets) roundIds[trace]?.copy(out, off);
      inFlight++;
      socket.send(out, port, '127.0.0.1', (err) => {
        inFlight--;
        if (err) sendErrors++;
      });
      datagrams++;
      spans += t.spans;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 5));
  return { datagrams, spans, sendErrors, seconds: elapsed() };
}

/** Waits until every datagram received has an outcome and the counters stay still for a second. */
async function settle(adminPort: number, protocol: string, udpPort: number): Promise<Counts> {
  let last = await counts(adminPort, protocol, udpPort);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = await counts(adminPort, protocol, udpPort);
    const done = now.received === now.decoded + now.rejected + now.dropped;
    if (done && now.received === last.received && now.spansAccepted === last.spansAccepted) return now;
    last = now;
  }
  return last;
}

const round = (n: number, digits = 0): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data', `bench-udp-${process.pid}`);
  let kafka: LocalKafka | undefined;
  let collector: ChildProcess | undefined;
  const socket = createSocket('udp4');
  try {
    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      kafka = await startKafka({ repoRoot: ROOT, dataDir, heap: '512m' }, (l) => console.log(`[kafka] ${l}`));
      brokers = kafka.brokers;
    }
    const topic = `otlp-spans-udp-bench-${Date.now().toString(36)}`;
    const ports = {
      otlpGrpc: await freePort(), otlpHttp: await freePort(), jaegerGrpc: await freePort(), jaegerHttp: await freePort(), zipkin: await freePort(),
      compact: await freePort(), binary: await freePort(), admin: await freePort(),
    };
    let output = '';
    collector = spawn(process.execPath, [join(ROOT, 'dist/apps/collector/src/main.js')], {
      env: {
        ...process.env,
        KAFKA_BROKERS: brokers,
        TOPIC_OTLP_SPANS: topic,
        LOG_LEVEL: 'warn',
        ADMIN_PORT: String(ports.admin),
        COLLECTOR_HOST: '127.0.0.1',
        COLLECTOR_OTLP_GRPC_PORT: String(ports.otlpGrpc),
        COLLECTOR_OTLP_HTTP_PORT: String(ports.otlpHttp),
        COLLECTOR_JAEGER_GRPC_PORT: String(ports.jaegerGrpc),
        COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(ports.jaegerHttp),
        COLLECTOR_ZIPKIN_PORT: String(ports.zipkin),
        COLLECTOR_JAEGER_AGENT_COMPACT_PORT: String(ports.compact),
        COLLECTOR_JAEGER_AGENT_BINARY_PORT: String(ports.binary),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    collector.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    collector.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    await waitReady(ports.admin, collector, () => output);
    const pid = collector.pid as number;
    const state = { counter: 0, random30: Math.floor(Math.random() * 2 ** 30) };
    const loadBefore = loadavg();
    const phases = [];
    for (const encoding of ENCODINGS) {
      const protocol = `jaeger_agent_${encoding}`;
      const port = encoding === 'compact' ? ports.compact : ports.binary;
      const templates = buildTemplates(encoding);
      const meanBytes = Math.round(templates.reduce((a, t) => a + t.bytes.length, 0) / templates.length);
      const meanSpans = round(templates.reduce((a, t) => a + t.spans, 0) / templates.length, 1);
      console.log(`${protocol}: ${templates.length} template datagrams (${meanSpans} spans, ${meanBytes} bytes on average); warm-up ${WARMUP_SECONDS} s, then ${SECONDS} s at ${RATE.toLocaleString('en-US')} spans/s ...`);
      if (WARMUP_SECONDS > 0) {
        await send(socket, port, templates, encoding, WARMUP_SECONDS, state);
        await settle(ports.admin, protocol, port);
      }
      const before = await counts(ports.admin, protocol, port);
      const cpuBefore = procStat(pid).cpuSeconds;
      const sent = await send(socket, port, templates, encoding, SECONDS, state);
      const after = await settle(ports.admin, protocol, port);
      const cpu = procStat(pid).cpuSeconds - cpuBefore;
      const got = diff(after, before);
      const phase = {
        protocol,
        seconds: round(sent.seconds, 2),
        sent: { datagrams: sent.datagrams, spans: sent.spans, spansPerSecond: Math.round(sent.spans / sent.seconds), sendErrors: sent.sendErrors },
        collector: got,
        lostBeforeTheCollector: sent.datagrams - got.received,
        meanDatagramBytes: meanBytes,
        meanSpansPerDatagram: meanSpans,
        collectorCpuSeconds: round(cpu, 2),
        collectorCpuMicrosPerSpan: round((cpu * 1e6) / Math.max(got.spansAccepted, 1), 2),
        collectorCoresUsed: round(cpu / sent.seconds, 2),
      };
      phases.push(phase);
      console.log(
        `  sent ${sent.datagrams} datagrams (${sent.spans} spans, ${phase.sent.spansPerSecond.toLocaleString('en-US')} spans/s); received ${got.received}, decoded ${got.decoded}, rejected ${got.rejected}, dropped ${got.dropped} ${JSON.stringify(got.droppedByReason)}, kernel drops ${got.kernelDrops}; spans acknowledged by Kafka ${got.spansAccepted}; collector CPU ${phase.collectorCpuSeconds} s = ${phase.collectorCpuMicrosPerSpan} µs/span (${phase.collectorCoresUsed} cores)`,
      );
    }
    const granted = /recv_buffer|receive buffer/.test(output) ? 'less than asked (see the collector log)' : 'as asked';
    const report = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        rmemMax: Number(readFileSync('/proc/sys/net/core/rmem_max', 'utf8').trim()),
        // The machine is shared: other work competing for the cores shows in the load average.
        loadAverageBefore: loadBefore.map((l) => round(l, 2)),
        loadAverageAfter: loadavg().map((l) => round(l, 2)),
      },
      setup: {
        rateSpansPerSecond: RATE,
        seconds: SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        spansPerDatagram: `at most ${SPANS_PER_DATAGRAM}, one service per datagram (as a jaeger-client process sends them)`,
        templateTraces: `${TRACES} synthetic traces encoded once per encoding; every round of the templates gets new trace ids, so no span repeats`,
        collector: `one process, default configuration (COLLECTOR_UDP_RECEIVE_BUFFER_BYTES 4 MiB, receive buffer ${granted}; COLLECTOR_UDP_MAX_INFLIGHT_DATAGRAMS 1024), LOG_LEVEL=warn`,
        kafka: kafka ? 'local single broker started by the benchmark (KRaft, 512 MB heap), same machine' : `KAFKA_BROKERS=${brokers}`,
        sender: 'one UDP socket in the benchmark process, paced in 1 ms steps, same machine (loopback)',
      },
      phases,
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports/udp-bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, 'reports/udp-bench.md'), markdown(report));
    console.log('wrote reports/udp-bench.json and reports/udp-bench.md');
  } finally {
    socket.close();
    if (collector && collector.exitCode === null) {
      const exited = new Promise((r) => collector?.once('exit', r));
      collector.kill('SIGTERM');
      await exited;
    }
    await kafka?.stop();
    if (kafka) rmSync(dataDir, { recursive: true, force: true });
  }
}

function markdown(report: {
  generatedAt: string;
  machine: { cpus: number; cpuModel?: string; memoryGB: number; node: string; rmemMax: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  setup: Record<string, string | number>;
  phases: Array<{
    protocol: string;
    seconds: number;
    sent: { datagrams: number; spans: number; spansPerSecond: number; sendErrors: number };
    collector: Counts;
    lostBeforeTheCollector: number;
    meanDatagramBytes: number;
    meanSpansPerDatagram: number;
    collectorCpuMicrosPerSpan: number;
    collectorCoresUsed: number;
  }>;
}): string {
  const rows = report.phases.map(
    (p) =>
      `| ${p.protocol} | ${p.sent.spansPerSecond.toLocaleString('en-US')} | ${p.sent.datagrams.toLocaleString('en-US')} (${p.meanSpansPerDatagram} spans, ${p.meanDatagramBytes.toLocaleString('en-US')} B) | ${p.collector.received.toLocaleString('en-US')} | ${p.collector.decoded.toLocaleString('en-US')} | ${p.collector.rejected} | ${p.collector.dropped} | ${p.collector.kernelDrops} | ${p.lostBeforeTheCollector} | ${p.collector.spansAccepted.toLocaleString('en-US')} / ${p.sent.spans.toLocaleString('en-US')} | ${p.collectorCpuMicrosPerSpan} | ${p.collectorCoresUsed} |`,
  );
  return [
    '# Jaeger agent UDP benchmark',
    '',
    `Generated ${report.generatedAt} by \`npm run bench:udp\` (apps/collector/bench/udp-bench.ts).`,
    `Machine: ${report.machine.cpus} cores (${report.machine.cpuModel ?? 'unknown'}), ${report.machine.memoryGB} GB, Node ${report.machine.node}, net.core.rmem_max ${report.machine.rmemMax}. The sender, the collector and the Kafka broker share these cores with other work; load average (1, 5, 15 min) ${report.machine.loadAverageBefore.join(', ')} before the run, ${report.machine.loadAverageAfter.join(', ')} after.`,
    '',
    ...Object.entries(report.setup).map(([k, v]) => `- ${k}: ${v}`),
    '',
    'Received, decoded, rejected and dropped are the collector\'s own counters over the measured window (after the warm-up); kernel drops are the socket\'s `drops` in /proc/net/udp (datagrams lost because the receive buffer was full); "lost before the collector" is sent minus received. Spans acknowledged are the spans Kafka acknowledged (acks=all).',
    '',
    '| protocol | spans/s sent | datagrams sent | received | decoded | rejected | dropped | kernel drops | lost before the collector | spans acknowledged / sent | collector CPU µs/span | collector cores |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
