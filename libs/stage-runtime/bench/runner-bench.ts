// StageRunner overhead benchmark (not a test): the fixed cost of the consume -> handle -> produce ->
// commit loop through a real broker, with a pass-through handler, so that what it measures is the
// runtime and kafkajs, not a stage's logic. Starts a local Kafka broker (or uses KAFKA_BROKERS) and
// runs one StageRunner in this process, with the production defaults of `stageSchema`:
//
// - saturated: BENCH_RECORDS records (~700 B, like RawSpans, keyed `tenant/traceId` with several
//   records per trace, the pipeline's headers) are produced first; the runner then reads them all
//   and writes each to an output topic. Messages per CPU-second of this process (the runner alone:
//   the pre-produce is over before the measure starts) and wall msgs/s.
// - idle: the runner joined on an empty topic, nothing arriving: CPU per second of doing nothing.
// - paced: a producer in a child process (its CPU is not counted) offers BENCH_RATE msgs/s in small
//   bursts every BENCH_PACE_TICK_MS while the runner consumes: CPU per message far below saturation,
//   where the per-fetch, per-batch and per-tick costs show; and the delay from the producer's
//   timestamp to the handler, p50/p99, so a cheaper setting that adds latency shows too.
//
// Writes reports/runner-bench.{json,md}. BENCH_PROFILE_DIR=<dir> writes a .cpuprofile of each
// measured phase (inspector, this process only).
//
//   npm run bench:runner
//   BENCH_RECORDS=100000 BENCH_RATE=5000 BENCH_PACED_SECONDS=20 BENCH_MODES=paced npm run bench:runner
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel, type Consumer, type Message, type Producer } from 'kafkajs';
import { loadConfig, stageSchema } from '@tracehouse/config';
// Benchmarks are tooling, like the specs: they may start local infrastructure (eslint.config.mjs
// exempts only spec paths, so the exemption is stated here).
// eslint-disable-next-line no-restricted-imports, @nx/enforce-module-boundaries
import { startKafka, type LocalKafka } from '@tracehouse/infra';
import { createLogger, Metrics, Readiness } from '@tracehouse/observability';
import { z } from 'zod';
import { createKafka } from '../src/kafka-client';
import type { InboundMessage, OutboundMessage } from '../src/messages';
import { StageRunner, stageRunnerSettings } from '../src/stage-runner';
import type { StageHandler } from '../src/stage-handler';
import { ensureTopics } from '../src/topics-admin';

const ROOT = resolve(__dirname, '../../../..');
const RECORDS = Number(process.env.BENCH_RECORDS ?? 300_000);
const RECORD_BYTES = Number(process.env.BENCH_RECORD_BYTES ?? 700);
const SPANS_PER_TRACE = Number(process.env.BENCH_SPANS_PER_TRACE ?? 10);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 3);
const RATE = Number(process.env.BENCH_RATE ?? 2_500);
const PACE_TICK_MS = Number(process.env.BENCH_PACE_TICK_MS ?? 20);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 30);
const PACED_WARMUP_SECONDS = Number(process.env.BENCH_PACED_WARMUP_SECONDS ?? 5);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 10);
const MODES = (process.env.BENCH_MODES ?? 'saturated,idle,paced').split(',');
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const REPORT = process.env.BENCH_REPORT ?? 'runner-bench';
const quiet = (clientId: string, brokers: string): Kafka => new Kafka({ clientId, brokers: [brokers], logLevel: logLevel.NOTHING });

/** A pool of distinct ~RawSpan-sized values; records reuse them (the runner never looks inside). */
const VALUES = Array.from({ length: 1024 }, () => randomBytes(RECORD_BYTES));

/** Record n: trace n / SPANS_PER_TRACE, so several consecutive records share a key, as a trace's spans do. */
function record(n: number, now: number): Message {
  const trace = Math.floor(n / SPANS_PER_TRACE);
  return {
    key: `acme/${trace.toString(16).padStart(32, '0')}`,
    value: VALUES[n % VALUES.length] as Buffer,
    headers: { 'tenant-id': 'acme', 'received-at': String(now) },
  };
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};
const round = (v: number, digits = 0): number => Math.round(v * 10 ** digits) / 10 ** digits;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * Counts the instructions this process retires until the returned function is called, with
 * `perf stat` when it is installed and allowed (undefined otherwise). Unlike CPU time, an
 * instruction count hardly moves when other work competes for the cores and caches.
 */
function countInstructions(): () => Promise<number | undefined> {
  let output = '';
  let perf: ReturnType<typeof spawn> | undefined;
  try {
    perf = spawn('perf', ['stat', '-x', ',', '-e', process.env.BENCH_PERF_EVENTS ?? 'instructions', '-p', String(process.pid)], { stdio: ['ignore', 'ignore', 'pipe'] });
    perf.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    perf.on('error', () => (perf = undefined));
  } catch {
    perf = undefined;
  }
  return async () => {
    if (!perf || perf.exitCode !== null) return undefined;
    const exited = new Promise((r) => perf?.once('exit', r));
    perf.kill('SIGINT');
    await exited;
    if (process.env.BENCH_PERF_EVENTS) console.log(output.trim());
    const line = output.split('\n').find((l) => l.includes('instructions'));
    const n = Number(line?.split(',')[0]);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
}

/** Voluntary context switches of all this process's threads so far (0 where /proc is missing): how often it slept and woke. */
function wakeups(): number {
  try {
    return readdirSync('/proc/self/task').reduce((n, tid) => {
      const m = /voluntary_ctxt_switches:\s+(\d+)/.exec(readFileSync(`/proc/self/task/${tid}/status`, 'utf8'));
      return n + Number(m?.[1] ?? 0);
    }, 0);
  } catch {
    return 0;
  }
}

/** Profiles this process over `fn` when BENCH_PROFILE_DIR is set. */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return fn();
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> => new Promise((res, rej) => session.post(method, (err, result) => (err ? rej(err) : res(result))));
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** The pass-through handler: one output message per input, counted, with the delay since it was produced. */
class PassThrough implements StageHandler {
  handled = 0;
  firstAt: NodeJS.CpuUsage | undefined;
  delays: number[] | undefined;

  constructor(private readonly outputTopic: string) {}

  handle(message: InboundMessage): OutboundMessage[] {
    this.firstAt ??= process.cpuUsage();
    this.handled++;
    this.delays?.push(Date.now() - message.timestamp);
    return [{ topic: this.outputTopic, key: message.key ?? '', value: message.value, headers: message.headers }];
  }
}

interface Harness {
  readonly runner: StageRunner;
  readonly handler: PassThrough;
  readonly readiness: Readiness;
  readonly outAcked: () => Promise<number>;
  /** Kafka requests the runner's consumer and producer sent, by API, since the harness started. */
  readonly requests: Map<string, number>;
}

function harness(brokers: string, name: string): Harness {
  const config = loadConfig('runner-bench', z.object(stageSchema(`${name}-group`)), {});
  const logger = createLogger('runner-bench', { level: 'warn' });
  const metrics = new Metrics('runner-bench');
  const readiness = new Readiness();
  const handler = new PassThrough(`${name}-out`);
  const runner = new StageRunner({
    stage: 'bench',
    kafka: createKafka({ KAFKA_BROKERS: [brokers], KAFKA_CLIENT_ID: 'runner-bench', KAFKA_SSL: false }, logger),
    inputTopic: `${name}-in`,
    handler,
    logger,
    metrics,
    readiness,
    ...stageRunnerSettings(config),
    // Overrides for trying fetch settings; the runner's defaults otherwise.
    ...(process.env.BENCH_FETCH_MIN_BYTES ? { fetchMinBytes: Number(process.env.BENCH_FETCH_MIN_BYTES) } : {}),
    ...(process.env.BENCH_FETCH_MAX_WAIT_MS ? { fetchMaxWaitMs: Number(process.env.BENCH_FETCH_MAX_WAIT_MS) } : {}),
  });
  const outAcked = async (): Promise<number> => {
    const metric = metrics.registry.getSingleMetric('tracehouse_stage_messages_out_total');
    const values = metric ? (await metric.get()).values : [];
    return values.reduce((n, v) => n + v.value, 0);
  };
  // The runner's clients are private; their request events are read here only to explain the CPU.
  const requests = new Map<string, number>();
  const clients = runner as unknown as { consumer: Consumer; producer: Producer };
  const count = (e: { payload: { apiName: string } }): void => void requests.set(e.payload.apiName, (requests.get(e.payload.apiName) ?? 0) + 1);
  clients.consumer.on(clients.consumer.events.REQUEST, count);
  clients.producer.on(clients.producer.events.REQUEST, count);
  return { runner, handler, readiness, outAcked, requests };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

async function createBenchTopics(brokers: string, name: string): Promise<void> {
  const spec = (topic: string) => ({ name: topic, partitions: PARTITIONS, replicationFactor: 1 });
  await ensureTopics(quiet('runner-bench-admin', brokers), [spec(`${name}-in`), spec(`${name}-out`), spec(`${name}-in.dlq`)]);
}

interface SaturatedResult {
  records: number;
  produceSeconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  msgsPerSecond: number;
  msgsPerCpuSecond: number;
  cpuMicrosPerMsg: number;
  /** Instructions retired per message (perf stat), when perf is available. */
  instructionsPerMsg: number | undefined;
}

async function saturated(brokers: string): Promise<SaturatedResult> {
  const name = `sat-${Date.now().toString(36)}`;
  await createBenchTopics(brokers, name);
  console.log(`saturated: producing ${RECORDS.toLocaleString('en-US')} records of ${RECORD_BYTES} B over ${PARTITIONS} partitions ...`);
  const producedAt = Date.now();
  const producer = quiet('runner-bench-producer', brokers).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const chunk = 5_000;
  for (let n = 0; n < RECORDS; n += chunk) {
    const now = Date.now();
    await producer.send({ topic: `${name}-in`, acks: -1, messages: Array.from({ length: Math.min(chunk, RECORDS - n) }, (_, i) => record(n + i, now)) });
  }
  await producer.disconnect();
  const produceSeconds = (Date.now() - producedAt) / 1000;
  console.log(`  produced in ${round(produceSeconds, 1)} s; starting the runner`);

  const h = harness(brokers, name);
  const result = await profiled('saturated', async () => {
    await h.runner.start();
    await waitFor('the first message', () => h.handler.firstAt !== undefined, 60_000, 5);
    const cpu0 = h.handler.firstAt as NodeJS.CpuUsage;
    const wall0 = process.hrtime.bigint();
    const instructions = countInstructions();
    // 200 ms polls: the poll's own CPU is noise against the runner's.
    await waitFor(`all ${RECORDS} records produced to the output`, async () => (await h.outAcked()) >= RECORDS, 600_000, 200);
    const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
    const cpu = cpuSeconds(cpu0);
    return { wall, cpu, instructions: await instructions() };
  });
  await h.runner.stop();
  const r: SaturatedResult = {
    records: RECORDS,
    produceSeconds: round(produceSeconds, 1),
    wallSeconds: round(result.wall, 2),
    cpuSeconds: round(result.cpu, 2),
    msgsPerSecond: Math.round(RECORDS / result.wall),
    msgsPerCpuSecond: Math.round(RECORDS / result.cpu),
    cpuMicrosPerMsg: round((result.cpu * 1e6) / RECORDS, 1),
    instructionsPerMsg: result.instructions === undefined ? undefined : Math.round(result.instructions / RECORDS),
  };
  console.log(`  ${r.msgsPerSecond.toLocaleString('en-US')} msgs/s wall, ${r.msgsPerCpuSecond.toLocaleString('en-US')} msgs per CPU-second (${r.cpuMicrosPerMsg} µs CPU per message; CPU ${r.cpuSeconds} s / wall ${r.wallSeconds} s); ${r.instructionsPerMsg?.toLocaleString('en-US') ?? '?'} instructions per message`);
  return r;
}

interface PacedResult {
  offeredPerSecond: number;
  tickMs: number;
  seconds: number;
  messages: number;
  cpuSeconds: number;
  coreFraction: number;
  cpuMicrosPerMsg: number;
  msgsPerCpuSecond: number;
  delayMs: { p50: number; p90: number; p99: number; max: number };
  /** Instructions retired per message (perf stat), when perf is available. */
  instructionsPerMsg: number | undefined;
  /** Voluntary context switches per second, all threads: how often the process slept and woke. */
  wakeupsPerSecond: number;
  /** Share of the CPU spent in the kernel (system time). */
  systemShare: number;
  /** Kafka requests per second sent by the runner's consumer and producer, by API. */
  requestsPerSecond: Record<string, number>;
  idle: { seconds: number; cpuMillisPerSecond: number } | undefined;
}

async function paced(brokers: string, withIdle: boolean): Promise<PacedResult> {
  const name = `paced-${Date.now().toString(36)}`;
  await createBenchTopics(brokers, name);
  const h = harness(brokers, name);
  await h.runner.start();
  await waitFor('the runner to join its group', async () => (await h.readiness.status()).ready, 60_000, 100);

  let idle: PacedResult['idle'];
  if (withIdle) {
    console.log(`idle: ${IDLE_SECONDS} s joined, nothing arriving ...`);
    await sleep(2_000);
    const cpu = await profiled('idle', async () => {
      const cpu0 = process.cpuUsage();
      await sleep(IDLE_SECONDS * 1000);
      return cpuSeconds(cpu0);
    });
    idle = { seconds: IDLE_SECONDS, cpuMillisPerSecond: round((cpu * 1000) / IDLE_SECONDS, 1) };
    console.log(`  ${idle.cpuMillisPerSecond} ms CPU per second`);
  }

  console.log(`paced: ${RATE.toLocaleString('en-US')} msgs/s offered in bursts every ${PACE_TICK_MS} ms by a child process; ${PACED_WARMUP_SECONDS} s warm-up, then ${PACED_SECONDS} s measured ...`);
  const child = fork(__filename, ['paced-producer'], {
    env: { ...process.env, BENCH_BROKERS: brokers, BENCH_TOPIC: `${name}-in`, BENCH_SECONDS: String(PACED_WARMUP_SECONDS + PACED_SECONDS + 2) },
    stdio: 'inherit',
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  try {
    await sleep(PACED_WARMUP_SECONDS * 1000);
    const measured = await profiled('paced', async () => {
      h.handler.delays = [];
      const handled0 = h.handler.handled;
      const requests0 = new Map(h.requests);
      const cpu0 = process.cpuUsage();
      const wakeups0 = wakeups();
      const instructions = countInstructions();
      await sleep(PACED_SECONDS * 1000);
      const wakeupsPerSecond = round((wakeups() - wakeups0) / PACED_SECONDS);
      const split = process.cpuUsage(cpu0);
      const instructionCount = await instructions();
      const cpu = cpuSeconds(cpu0);
      const requestsPerSecond = Object.fromEntries([...h.requests].map(([api, n]) => [api, round((n - (requests0.get(api) ?? 0)) / PACED_SECONDS, 1)]));
      return { cpu, systemShare: split.system / (split.user + split.system), messages: h.handler.handled - handled0, delays: h.handler.delays, requestsPerSecond, instructionCount, wakeupsPerSecond };
    });
    h.handler.delays = undefined;
    const delays = [...measured.delays].sort((a, b) => a - b);
    const r: PacedResult = {
      offeredPerSecond: RATE,
      tickMs: PACE_TICK_MS,
      seconds: PACED_SECONDS,
      messages: measured.messages,
      cpuSeconds: round(measured.cpu, 2),
      coreFraction: round(measured.cpu / PACED_SECONDS, 3),
      cpuMicrosPerMsg: round((measured.cpu * 1e6) / Math.max(measured.messages, 1), 1),
      msgsPerCpuSecond: Math.round(measured.messages / measured.cpu),
      delayMs: { p50: quantile(delays, 0.5), p90: quantile(delays, 0.9), p99: quantile(delays, 0.99), max: delays[delays.length - 1] ?? NaN },
      instructionsPerMsg: measured.instructionCount === undefined ? undefined : Math.round(measured.instructionCount / Math.max(measured.messages, 1)),
      systemShare: round(measured.systemShare, 2),
      wakeupsPerSecond: measured.wakeupsPerSecond,
      requestsPerSecond: measured.requestsPerSecond,
      idle,
    };
    console.log(
      `  ${r.messages.toLocaleString('en-US')} messages handled in ${PACED_SECONDS} s: CPU ${r.cpuSeconds} s (${r.coreFraction} of a core), ${r.cpuMicrosPerMsg} µs per message (${r.msgsPerCpuSecond.toLocaleString('en-US')} per CPU-second), ${r.instructionsPerMsg?.toLocaleString('en-US') ?? '?'} instructions per message; delay producer -> handler p50 ${r.delayMs.p50} ms, p99 ${r.delayMs.p99} ms`,
    );
    console.log(`  system time ${Math.round(r.systemShare * 100)}% of it; ${r.wakeupsPerSecond} wakeups/s (voluntary context switches); Kafka requests per second: ${JSON.stringify(r.requestsPerSecond)}`);
    return r;
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await h.runner.stop();
  }
}

/** The child process of the paced mode: offers BENCH_RATE msgs/s until BENCH_SECONDS have passed. */
async function pacedProducer(): Promise<void> {
  const topic = process.env.BENCH_TOPIC as string;
  const producer = quiet('runner-bench-paced', process.env.BENCH_BROKERS as string).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const started = Date.now();
  const until = started + Number(process.env.BENCH_SECONDS) * 1000;
  let sent = 0;
  let stop = false;
  process.once('SIGTERM', () => (stop = true));
  while (!stop && Date.now() < until) {
    const now = Date.now();
    const due = Math.floor(((now - started) / 1000) * RATE) - sent;
    if (due > 0) {
      await producer.send({ topic, acks: -1, messages: Array.from({ length: due }, (_, i) => record(sent + i, now)) });
      sent += due;
    }
    await sleep(Math.max(0, started + Math.ceil(((sent + 1) / RATE) * 1000 / PACE_TICK_MS) * PACE_TICK_MS - Date.now()));
  }
  await producer.disconnect();
}

const LABEL = process.env.BENCH_LABEL ?? 'unlabelled run';

/** The one-line summaries of earlier runs, from the last report (so before/after figures stay side by side). */
function previousHistory(): string[] {
  try {
    return (JSON.parse(readFileSync(join(ROOT, `reports/${REPORT}.json`), 'utf8')) as Partial<Report>).history ?? [];
  } catch {
    return [];
  }
}

function historyLine(report: Report): string {
  const { saturated: s, paced: p } = report;
  const parts = [
    s ? `saturated ${s.msgsPerCpuSecond.toLocaleString('en-US')} msgs per CPU-second (${s.cpuMicrosPerMsg} µs/msg, ${s.instructionsPerMsg?.toLocaleString('en-US') ?? '?'} instructions/msg), ${s.msgsPerSecond.toLocaleString('en-US')} msgs/s wall` : undefined,
    p ? `paced ${p.offeredPerSecond.toLocaleString('en-US')}/s: ${p.cpuMicrosPerMsg} µs CPU per message (${p.coreFraction} core, ${p.instructionsPerMsg?.toLocaleString('en-US') ?? '?'} instructions/msg), delay p50 ${p.delayMs.p50} ms / p99 ${p.delayMs.p99} ms` : undefined,
    p?.idle ? `idle ${p.idle.cpuMillisPerSecond} ms CPU/s` : undefined,
  ].filter(Boolean);
  return `${report.generatedAt.slice(0, 16)} ${LABEL}: ${parts.join('; ')} (load ${report.machine.loadAverage1mBefore} -> ${report.machine.loadAverage1mAfter})`;
}

function markdown(report: Report): string {
  const { saturated: s, paced: p } = report;
  const lines = [
    '# StageRunner benchmark',
    '',
    `Generated ${report.generatedAt} by \`npm run bench:runner\` (libs/stage-runtime/bench/runner-bench.ts).`,
    `Machine: ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGb} GB, Node ${report.machine.node}; 1-minute load average ${report.machine.loadAverage1mBefore} before, ${report.machine.loadAverage1mAfter} after.`,
    'Other work shares these cores, so wall-clock figures are noisy; CPU per message is the steadier figure.',
    '',
    'One StageRunner in the benchmark process with a pass-through handler (one output message per input message, key, value and headers as read),',
    `the production defaults of \`stageSchema\`, against ${report.setup.kafka}. Input: ${report.setup.recordBytes} B values (like RawSpans),`,
    `keyed \`tenant/traceId\` with ${report.setup.spansPerTrace} records per key, headers \`tenant-id\` and \`received-at\`, ${report.setup.partitions} partitions.`,
    'CPU is this process\'s (`process.cpuUsage()`): the runner, kafkajs and the handler; producers feeding it are not counted.',
    '',
  ];
  if (s) {
    lines.push(
      '## Saturated',
      '',
      `${s.records.toLocaleString('en-US')} records produced beforehand, then read and written by the runner as fast as it can (from its first message to the last output acknowledged).`,
      '',
      '| msgs/s wall | msgs per CPU-second | µs CPU per message | instructions per message | CPU s / wall s |',
      '| ---: | ---: | ---: | ---: | ---: |',
      `| ${s.msgsPerSecond.toLocaleString('en-US')} | ${s.msgsPerCpuSecond.toLocaleString('en-US')} | ${s.cpuMicrosPerMsg} | ${s.instructionsPerMsg?.toLocaleString('en-US') ?? 'n/a'} | ${s.cpuSeconds} / ${s.wallSeconds} |`,
      '',
    );
  }
  if (p) {
    lines.push(
      '## Paced',
      '',
      `A producer in a child process offers ${p.offeredPerSecond.toLocaleString('en-US')} msgs/s in bursts every ${p.tickMs} ms while the runner consumes; measured over ${p.seconds} s after a warm-up.`,
      'Delay: the producer\'s record timestamp to the handler.',
      '',
      '| offered msgs/s | handled | CPU s | share of a core | µs CPU per message | msgs per CPU-second | instructions per message | delay p50 / p90 / p99 / max ms | idle CPU ms per s |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
      `| ${p.offeredPerSecond.toLocaleString('en-US')} | ${p.messages.toLocaleString('en-US')} | ${p.cpuSeconds} | ${p.coreFraction} | ${p.cpuMicrosPerMsg} | ${p.msgsPerCpuSecond.toLocaleString('en-US')} | ${p.instructionsPerMsg?.toLocaleString('en-US') ?? 'n/a'} | ${p.delayMs.p50} / ${p.delayMs.p90} / ${p.delayMs.p99} / ${p.delayMs.max} | ${p.idle?.cpuMillisPerSecond ?? 'n/a'} |`,
      '',
      `System (kernel) time: ${Math.round(p.systemShare * 100)}% of the CPU; ${p.wakeupsPerSecond} voluntary context switches per second (all threads). Kafka requests per second from the runner: ${Object.entries(p.requestsPerSecond).map(([api, n]) => `${api} ${n}`).join(', ')}.`,
      '',
    );
  }
  if (report.history.length > 0) lines.push('## Runs, oldest first (BENCH_LABEL names the code state)', '', ...report.history.map((h) => `- ${h}`), '');
  return `${lines.join('\n')}\n`;
}

interface Report {
  generatedAt: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; loadAverage1mBefore: number; loadAverage1mAfter: number };
  setup: { kafka: string; records: number; recordBytes: number; spansPerTrace: number; partitions: number };
  saturated: SaturatedResult | undefined;
  paced: PacedResult | undefined;
  history: string[];
}

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data', `bench-runner-${process.pid}`);
  let kafka: LocalKafka | undefined;
  const loadBefore = loadavg()[0] ?? 0;
  try {
    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      kafka = await startKafka({ repoRoot: ROOT, dataDir, heap: '512m' }, (l) => console.log(`[kafka] ${l}`));
      brokers = kafka.brokers;
    }
    const sat = MODES.includes('saturated') ? await saturated(brokers) : undefined;
    const pac = MODES.includes('paced') ? await paced(brokers, MODES.includes('idle')) : undefined;
    const report: Report = {
      generatedAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverage1mBefore: round(loadBefore, 2), loadAverage1mAfter: round(loadavg()[0] ?? 0, 2) },
      setup: { kafka: kafka ? 'a local single broker started by the benchmark (KRaft, 512 MB heap), same machine' : `KAFKA_BROKERS=${brokers}`, records: RECORDS, recordBytes: RECORD_BYTES, spansPerTrace: SPANS_PER_TRACE, partitions: PARTITIONS },
      saturated: sat,
      paced: pac,
      history: [],
    };
    report.history = [...previousHistory(), historyLine(report)];
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, `reports/${REPORT}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, `reports/${REPORT}.md`), markdown(report));
    console.log(`wrote reports/${REPORT}.json and reports/${REPORT}.md`);
  } finally {
    await kafka?.stop();
    if (kafka) rmSync(dataDir, { recursive: true, force: true });
  }
}

const entry = process.argv[2] === 'paced-producer' ? pacedProducer : main;
entry().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
