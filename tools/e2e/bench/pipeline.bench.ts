// Pipeline benchmark (not a test): starts a fresh Kafka broker and PostgreSQL in
// .data/bench-<pid>/, the five apps as separate processes (embedded ClickHouse, the query API in the
// view-generator), and drives the collector's OTLP/HTTP protobuf receiver with a generated
// 13-service workload at increasing offered rates. Per step it measures what the collector
// acknowledged, what reached ClickHouse, the committed lag of every consumer group, the freshness
// of sampled traces (collector acknowledgement -> `/api/traces/{id}` returns all their spans), and
// the CPU and RSS of every process (Kafka's and PostgreSQL's too). Writes
// reports/pipeline-bench.{json,md,svg}. Bounded in time (BENCH_DEADLINE_MINUTES); loopback only.
//
//   npm run bench:pipeline
//   BENCH_RATES=5000,10000,20000 BENCH_STEP_SECONDS=60 npm run bench:pipeline
//   BENCH_APP_ENV='{"COLLECTOR_BATCH_LINGER_MS":"10"}' npm run bench:pipeline   (tuning for every app)
//   BENCH_KAFKA_HEAP=256m npm run bench:pipeline   (the broker's fixed JVM heap; default KAFKA_HEAP of @tracehouse/infra)
//   BENCH_KAFKA_JVM_OPTS="-XX:+UseG1GC" npm run bench:pipeline   (the broker's other JVM flags, replacing KAFKA_JVM_OPTIONS)
//   BENCH_SAMPLING_POLICY_FILE=policy.json BENCH_REPORT_NAME=pipeline-bench-sampled npm run bench:pipeline
//     (the grouper's tail sampling on with that policy; the stored-rate check then expects only what
//     the grouper kept, freshness is not sampled by default, and the reports get their own name)
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { KAFKA_HEAP, KAFKA_JVM_OPTIONS, startKafka, startPostgres, type LocalKafka, type LocalPostgres } from '@tracehouse/infra';
import { REPO_ROOT, startPipeline, type RunningPipeline } from '../src';
import { renderChart, type ChartStep } from './chart';
import { TraceIdStamper, buildWorkload, type RequestTemplate, type WorkloadStats } from './workload';

const ROOT = REPO_ROOT;
const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number (got "${raw}")`);
  return v;
};
// Tail sampling (issue 15): the grouper's policy file, absolute, or '' for keep-all.
const SAMPLING_POLICY_FILE = process.env.BENCH_SAMPLING_POLICY_FILE ? resolve(process.env.BENCH_SAMPLING_POLICY_FILE) : '';
const CONFIG = {
  samplingPolicyFile: SAMPLING_POLICY_FILE,
  // The reports' file name (reports/<name>.{json,md,svg}), so a comparison run does not replace the main report.
  reportName: (() => {
    const name = process.env.BENCH_REPORT_NAME || 'pipeline-bench';
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new Error(`BENCH_REPORT_NAME must be a file name of a-z, 0-9, ".", "_" and "-" (got "${name}")`);
    return name;
  })(),
  rates: (process.env.BENCH_RATES || '2500,5000,7500,10000,15000,20000,30000,40000').split(',').map((r) => {
    const v = Number(r);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`BENCH_RATES must be a comma-separated list of spans/s (got "${r}")`);
    return v;
  }),
  stepSeconds: num('BENCH_STEP_SECONDS', 40),
  // 60 s, not 15: the steps are to show steady-state cost per span, and a freshly started broker
  // spends its first minutes compiling (four 40 s steps at 5,000 spans/s after 10 s of warm-up:
  // Kafka 7.2, 8.4, 5.5, 4.1 CPU-s; its C2 compiler thread was 1.9 of 3.9 CPU-s sampled at ~1 min).
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 60),
  // 3, not the production 12: each stage runs one consumer here, so more partitions add only fetch,
  // commit and produce round trips to a broker that shares the 2 cores (a 12-partition run did not
  // sustain 2,500 spans/s where a 3-partition run did; both are in the README).
  partitions: num('BENCH_PARTITIONS', 3),
  spansPerRequest: num('BENCH_SPANS_PER_REQUEST', 512),
  templateTraces: num('BENCH_TEMPLATE_TRACES', 3000),
  // 0 = the realistic 1-200 mix; 10 with BENCH_SPANS_PER_REQUEST=100 is issue 13's comparison shape.
  spansPerTrace: num('BENCH_SPANS_PER_TRACE', 0),
  errorRate: num('BENCH_ERROR_RATE', 0.01),
  maxInflightRequests: num('BENCH_MAX_INFLIGHT', 32),
  // Under sampling most sampled traces are dropped on purpose and would only time out: off unless asked.
  samplesPerSecond: num('BENCH_SAMPLES_PER_SECOND', SAMPLING_POLICY_FILE ? 0 : 2),
  pollConcurrency: num('BENCH_POLL_CONCURRENCY', 4),
  // No trace can be queryable sooner: the grouper holds a complete trace GROUPER_COMPLETE_QUIET_MS
  // (2 s) after its last span arrived, and the span arrived before the collector acknowledged it.
  firstPollMs: num('BENCH_FIRST_POLL_MS', 2000),
  // The shortest time between two polls of one sample, so the figure's resolution: 250 ms, not the
  // 500 of earlier runs, whose medians all fell on the third poll (3.0 s). About 2 more queries per
  // sample (2 samples/s), which the view-generator's CPU in the report includes.
  minPollIntervalMs: num('BENCH_MIN_POLL_INTERVAL_MS', 250),
  freshnessTimeoutSeconds: num('BENCH_FRESHNESS_TIMEOUT_SECONDS', 60),
  drainSeconds: num('BENCH_DRAIN_SECONDS', 90),
  sampleEveryMs: 2000,
  keepGoing: process.env.BENCH_KEEP_GOING === '1',
  deadlineMinutes: num('BENCH_DEADLINE_MINUTES', 14),
  // The broker's JVM heap (fixed: -Xms = -Xmx), to weigh its RSS against its CPU per span.
  kafkaHeap: process.env.BENCH_KAFKA_HEAP || KAFKA_HEAP,
  // The broker's other JVM flags (space-separated), replacing the launcher's KAFKA_JVM_OPTIONS.
  kafkaJvmOptions: process.env.BENCH_KAFKA_JVM_OPTS ? process.env.BENCH_KAFKA_JVM_OPTS.split(' ').filter(Boolean) : undefined,
  // "Bounded": see BOUNDED_RULE.
  maxLagGrowthSeconds: num('BENCH_MAX_LAG_GROWTH_SECONDS', 2),
  maxEndLagSeconds: num('BENCH_MAX_END_LAG_SECONDS', 15),
  appEnv: JSON.parse(process.env.BENCH_APP_ENV || '{}') as Record<string, string>,
};
/** Issue 13's floors for this benchmark. */
const FLOORS = { sustainedSpansPerSecond: 20_000, cpuMicrosPerSpan: 60, freshnessP50Seconds: 3, freshnessP99Seconds: 10, stackRssMB: 2048 } as const;
const BOUNDED_RULE =
  `A step's lag is bounded when, for every consumer group, (a) its committed lag at the step's end (mean of the last 3 samples, 2 s apart) ` +
  `is at most ${CONFIG.maxEndLagSeconds} s of its input (lag in records / the input topic's record rate during the step) and (b) it grew by at most ` +
  `${CONFIG.maxLagGrowthSeconds} s of input from the step's middle (mean of the 3 samples around it) to its end, i.e. over the second half the group ` +
  `consumed at least ${Math.round(100 * (1 - CONFIG.maxLagGrowthSeconds / (CONFIG.stepSeconds / 2)))}% of what arrived. (a) allows for what the ` +
  `stages hold by design before committing (the grouper's 2 s completion window, the view-generator's 1 s insert batches, 1 s commit interval); ` +
  `(b) catches a stage that falls behind. A step is sustained when its lag is bounded, the collector acknowledged at least 95% of the offered ` +
  `spans, and ClickHouse received at least 90% of the acknowledged span rate over the step's second half.`;
const STAGES = ['span-normalizer', 'spans-grouper', 'trace-enricher', 'view-generator'] as const;
const CLK_TCK = 100;
const t0 = performance.now();
const elapsed = (): number => (performance.now() - t0) / 1000;
const log = (line: string): void => console.log(`[${elapsed().toFixed(1).padStart(6)} s] ${line}`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const round = (v: number, d = 0): number => Math.round(v * 10 ** d) / 10 ** d;

// ---------- process statistics ----------

interface ProcSample {
  cpuSeconds: number;
  rssMB: number;
  hwmMB: number;
}

function readProc(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, and the waited-for children's cutime, cstime (PostgreSQL's exited backends).
    const cpuSeconds = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLK_TCK;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { cpuSeconds, rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/**
 * Resets the kernel's peak-RSS mark (VmHWM) of `pid` (clear_refs, Linux 4.0+), so that the next
 * reading is the peak since now: a step's own peak, spikes between two samples included. False when
 * the kernel refuses (not our process, an older kernel); the step then keeps its 1 s RSS samples.
 */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function childrenOf(ppid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === ppid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** A measured process: one pid, or PostgreSQL's postmaster with its backends (CPU summed, RSS of the largest). */
interface Measured {
  readonly name: string;
  readonly pid: number;
  readonly withChildren: boolean;
}

/** A measured process's pids: its own, and PostgreSQL's backends. */
const pidsOf = (m: Measured): number[] => (m.withChildren ? [m.pid, ...childrenOf(m.pid)] : [m.pid]);

/** {@link resetPeak} for a measured process (and PostgreSQL's backends); whether every reset took. */
function resetMeasuredPeak(m: Measured): boolean {
  return pidsOf(m).map(resetPeak).every(Boolean);
}

/**
 * A process's proportional set size (smaps_rollup's Pss), MB: its private pages plus each shared
 * page divided by the number of processes mapping it. Unlike RSS, it adds up across processes to
 * what they occupy together (the node binary's code, mapped by all five apps, counts once in the
 * sum instead of five times). Undefined when the kernel has no smaps_rollup (before Linux 4.14).
 */
function readPss(pid: number): number | undefined {
  try {
    const kb = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** {@link readPss} of a measured process, PostgreSQL's backends added (PSS sums exactly; a backend gone meanwhile adds 0). */
function pssOfMeasured(m: Measured): number | undefined {
  const pss = readPss(m.pid);
  return pss === undefined ? undefined : pidsOf(m).slice(1).reduce((sum, pid) => sum + (readPss(pid) ?? 0), pss);
}

/** The sum of {@link pssOfMeasured} over processes; undefined when one cannot be read. */
function pssSum(processes: readonly Measured[]): number | undefined {
  let sum = 0;
  for (const m of processes) {
    const pss = pssOfMeasured(m);
    if (pss === undefined) return undefined;
    sum += pss;
  }
  return sum;
}

function sampleMeasured(m: Measured): ProcSample | undefined {
  const own = readProc(m.pid);
  if (!own || !m.withChildren) return own;
  // Backends are kept open by the apps' connection pools, so summing them at step boundaries is
  // exact up to backends that exited and were not yet reaped (none in a steady run).
  for (const child of childrenOf(m.pid)) {
    const c = readProc(child);
    if (!c) continue;
    own.cpuSeconds += c.cpuSeconds;
    own.rssMB = Math.max(own.rssMB, c.rssMB);
    own.hwmMB = Math.max(own.hwmMB, c.hwmMB);
  }
  return own;
}

// ---------- metrics scraping ----------

async function scrape(port: number, metric: string, labelFilter?: string): Promise<number | undefined> {
  const text = await metricsText(port);
  return text === undefined ? undefined : metricValue(text, metric, labelFilter);
}

/** An app's `/metrics` page, or undefined when it does not answer. */
async function metricsText(port: number): Promise<string | undefined> {
  try {
    return await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(3_000) })).text();
  } catch {
    return undefined;
  }
}

/** The sum of a metric's series (those whose labels include `labelFilter`) on a `/metrics` page; undefined when it has none. */
function metricValue(text: string, metric: string, labelFilter?: string): number | undefined {
  let sum = 0;
  let found = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(metric)) continue;
    const rest = line.slice(metric.length);
    if (rest[0] !== '{' && rest[0] !== ' ') continue;
    if (labelFilter && !rest.includes(labelFilter)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
    found = true;
  }
  return found ? sum : undefined;
}

// ---------- load generator ----------

interface Sample {
  readonly traceId: string;
  readonly spans: number;
  readonly ackAt: number;
  readonly phase: string;
  nextPollAt: number;
  polls: number;
  freshnessMs?: number;
  /** Time since the poll before the successful one: how much the figure may overstate. */
  resolutionMs?: number;
  lastPollAt?: number;
  timedOut?: boolean;
}

interface PhaseCounters {
  requestsSent: number;
  requestsOk: number;
  requestsFailed: number;
  spansSent: number;
  spansAcked: number;
  statusCounts: Record<string, number>;
  ackLatencyMs: number[];
}

const newCounters = (): PhaseCounters => ({ requestsSent: 0, requestsOk: 0, requestsFailed: 0, spansSent: 0, spansAcked: 0, statusCounts: {}, ackLatencyMs: [] });

/**
 * Open-loop sender: earns `rate` spans of credit per second and sends the next pooled request when
 * the credit covers it and fewer than `maxInflight` requests are open. When the collector is slower
 * than the offered rate, the in-flight cap holds the excess back (credit is capped at one second's
 * worth), so the offered rate that was actually sent is reported next to the target.
 */
class LoadGenerator {
  rate = 0;
  phase = 'idle';
  counters = newCounters();
  /** Spans the collector acknowledged over the whole run, all phases. */
  totalSpansAcked = 0;
  readonly samples: Sample[] = [];
  private readonly agent: Agent;
  private readonly stamper = new TraceIdStamper();
  private inflight = 0;
  private credit = 0;
  private next = 0;
  private nextSampleAt = 0;
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly url: URL,
    private readonly templates: readonly RequestTemplate[],
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: CONFIG.maxInflightRequests });
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    const deadline = Date.now() + 30_000;
    while (this.inflight > 0 && Date.now() < deadline) await sleep(50);
    this.agent.destroy();
  }

  private async run(): Promise<void> {
    let last = performance.now();
    while (this.running) {
      const now = performance.now();
      this.credit = Math.min(this.credit + (this.rate * (now - last)) / 1000, Math.max(this.rate, CONFIG.spansPerRequest));
      last = now;
      for (let guard = 0; guard < 1000 && this.inflight < CONFIG.maxInflightRequests; guard++) {
        const template = this.templates[this.next % this.templates.length] as RequestTemplate;
        if (this.rate <= 0 || this.credit < template.spans) break;
        this.credit -= template.spans;
        this.next++;
        this.send(template);
      }
      await sleep(5);
    }
  }

  private send(template: RequestTemplate): void {
    const { body, traceIds } = this.stamper.stamp(template);
    const counters = this.counters;
    const phase = this.phase;
    counters.requestsSent++;
    counters.spansSent += template.spans;
    this.inflight++;
    const sentAt = performance.now();
    const done = (status: number): void => {
      this.inflight--;
      const ackAt = performance.now();
      counters.statusCounts[String(status)] = (counters.statusCounts[String(status)] ?? 0) + 1;
      if (status !== 200) {
        counters.requestsFailed++;
        return;
      }
      counters.requestsOk++;
      counters.spansAcked += template.spans;
      this.totalSpansAcked += template.spans;
      if (counters.ackLatencyMs.length < 200_000) counters.ackLatencyMs.push(ackAt - sentAt);
      if (CONFIG.samplesPerSecond > 0 && ackAt >= this.nextSampleAt) {
        this.nextSampleAt = ackAt + 1000 / CONFIG.samplesPerSecond;
        const k = Math.floor(Math.random() * traceIds.length);
        this.samples.push({ traceId: traceIds[k] as string, spans: template.traces[k]?.spans ?? 0, ackAt, phase, nextPollAt: ackAt + CONFIG.firstPollMs, polls: 0 });
      }
    };
    const req = request(
      { host: this.url.hostname, port: this.url.port, path: this.url.pathname, method: 'POST', agent: this.agent, headers: { 'Content-Type': 'application/x-protobuf', 'Content-Length': body.length } },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
        res.on('error', () => done(0));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => done(0));
    req.end(body);
  }
}

/** Polls `/api/traces/{id}` for each sample until it returns all the sample's spans, or the timeout. */
class FreshnessPoller {
  private running = false;
  private inflight = 0;
  private loop: Promise<void> | undefined;
  readonly queryLatencyMs: number[] = [];
  queries = 0;

  constructor(
    private readonly queryBase: string,
    private readonly samples: Sample[],
  ) {}

  pending(): number {
    return this.samples.filter((s) => s.freshnessMs === undefined && !s.timedOut).length;
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    const deadline = Date.now() + 15_000;
    while (this.inflight > 0 && Date.now() < deadline) await sleep(50);
  }

  private async run(): Promise<void> {
    while (this.running) {
      const now = performance.now();
      for (const s of this.samples) {
        if (this.inflight >= CONFIG.pollConcurrency) break;
        if (s.freshnessMs !== undefined || s.timedOut || s.nextPollAt > now) continue;
        if (now - s.ackAt > CONFIG.freshnessTimeoutSeconds * 1000) {
          s.timedOut = true;
          continue;
        }
        s.nextPollAt = Number.POSITIVE_INFINITY; // in flight
        this.inflight++;
        void this.poll(s).finally(() => this.inflight--);
      }
      await sleep(50);
    }
  }

  private async poll(s: Sample): Promise<void> {
    const startedAt = performance.now();
    s.polls++;
    this.queries++;
    let complete = false;
    try {
      const res = await fetch(`${this.queryBase}/api/traces/${s.traceId}`, { signal: AbortSignal.timeout(10_000) });
      const text = await res.text();
      if (res.status === 200) {
        const body = JSON.parse(text) as { data?: Array<{ spans?: unknown[] }> };
        complete = (body.data?.[0]?.spans?.length ?? 0) >= s.spans;
      }
    } catch {
      // counted as not yet there; the timeout bounds the retries
    }
    const finishedAt = performance.now();
    if (this.queryLatencyMs.length < 100_000) this.queryLatencyMs.push(finishedAt - startedAt);
    if (complete) {
      // The trace was complete when this query ran: its start is the (conservative) time of visibility.
      s.freshnessMs = startedAt - s.ackAt;
      s.resolutionMs = s.lastPollAt === undefined ? startedAt - s.ackAt : startedAt - s.lastPollAt;
      return;
    }
    s.lastPollAt = startedAt;
    // Paced from the poll's start, not its end: when the query API is slow, the next poll follows
    // at once instead of a full interval later, which keeps the resolution near the interval.
    const age = finishedAt - s.ackAt;
    s.nextPollAt = startedAt + Math.max(CONFIG.minPollIntervalMs, age * 0.1);
  }
}

// ---------- Kafka lag ----------

interface LagSample {
  t: number;
  phase: string;
  /** Committed lag (records) per consumer group. */
  lag: Record<string, number>;
  /** Sum of the partitions' high watermarks per topic (records written so far). */
  written: Record<string, number>;
  storedSpans?: number;
  rssMB: Record<string, number>;
}

async function lagSnapshot(admin: Admin, groups: ReadonlyArray<{ stage: string; group: string; topic: string }>): Promise<{ lag: Record<string, number>; written: Record<string, number> }> {
  const lag: Record<string, number> = {};
  const written: Record<string, number> = {};
  for (const g of groups) {
    const ends = await admin.fetchTopicOffsets(g.topic);
    const high = new Map(ends.map((p) => [p.partition, Number(p.high)]));
    const low = new Map(ends.map((p) => [p.partition, Number(p.low)]));
    written[g.topic] = [...high.values()].reduce((a, b) => a + b, 0);
    const [committed] = await admin.fetchOffsets({ groupId: g.group, topics: [g.topic] });
    let total = 0;
    for (const [partition, h] of high) {
      const c = Number(committed?.partitions.find((p) => p.partition === partition)?.offset ?? -1);
      total += Math.max(0, h - (c >= 0 ? c : (low.get(partition) ?? 0)));
    }
    lag[g.stage] = total;
  }
  return { lag, written };
}

// ---------- statistics ----------

function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function freshnessOf(samples: readonly Sample[]): { samples: number; returned: number; timedOut: number; pending: number; p50?: number; p90?: number; p99?: number; max?: number; p99Censored: boolean; meanResolutionS?: number; meanPolls?: number } {
  // Timed-out samples sort last (as +Infinity): a percentile that lands on one is only a lower bound.
  const values = samples.map((s) => (s.freshnessMs !== undefined ? s.freshnessMs / 1000 : Number.POSITIVE_INFINITY)).sort((a, b) => a - b);
  const pct = (p: number): number | undefined => {
    const v = percentile(values, p);
    return v === undefined ? undefined : Number.isFinite(v) ? round(v, 2) : CONFIG.freshnessTimeoutSeconds;
  };
  const returned = samples.filter((s) => s.freshnessMs !== undefined);
  const p99 = percentile(values, 99);
  return {
    samples: samples.length,
    returned: returned.length,
    timedOut: samples.filter((s) => s.timedOut).length,
    pending: samples.filter((s) => s.freshnessMs === undefined && !s.timedOut).length,
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
    max: pct(100),
    p99Censored: p99 !== undefined && !Number.isFinite(p99),
    meanResolutionS: returned.length ? round(returned.reduce((a, s) => a + (s.resolutionMs ?? 0), 0) / returned.length / 1000, 2) : undefined,
    meanPolls: samples.length ? round(samples.reduce((a, s) => a + s.polls, 0) / samples.length, 1) : undefined,
  };
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

// ---------- the run ----------

interface StepResult {
  phase: string;
  offeredTarget: number;
  seconds: number;
  offeredSent: number;
  accepted: number;
  acceptedSecondHalf: number;
  storedSecondHalf: number;
  storedWholeStep: number;
  requests: { sent: number; ok: number; failed: number; statuses: Record<string, number>; ackLatencyMs: { p50?: number; p99?: number } };
  lag: Record<string, { inputRecordsPerSecond: number; endRecords: number; endSeconds: number; growthSeconds: number; bounded: boolean }>;
  bounded: boolean;
  sustained: boolean;
  reasons: string[];
  freshness: ReturnType<typeof freshnessOf>;
  cpuSeconds: Record<string, number>;
  cpuSecondsPipeline: number;
  spansPerPipelineCpuSecond: number;
  /** Spans per second the grouper's tail sampling dropped during the step (0 with sampling off). */
  sampledOutWholeStep: number;
  /** Pipeline CPU (five apps, Kafka, PostgreSQL) per span the collector acknowledged: the cost of ingesting a span, whatever sampling keeps. */
  cpuMicrosPerAcceptedSpan: number;
  cpuMicrosPerAcceptedSpanByProcess: Record<string, number>;
  /** Each process's peak RSS during the step (the kernel's VmHWM, reset when the step began). */
  peakRssMB: Record<string, number>;
  /**
   * The pipeline's processes together at one moment: the largest sum of their RSS in the step's 1 s
   * samples, and the sum of their PSS (shared pages counted once) read at that sample; undefined
   * without a sample.
   */
  stackAtOnceMB: { rss: number; pss: number | undefined } | undefined;
  /** What each app's V8 heap (committed) and external memory held at the step's end, MB: how much of its RSS JavaScript accounts for. */
  jsMemoryMB: Record<string, { heap: number; external: number }>;
  loadAverage: number[];
}

async function main(): Promise<void> {
  const deadline = setTimeout(() => {
    console.error(`pipeline bench: deadline of ${CONFIG.deadlineMinutes} minutes passed; stopping everything`);
    void cleanup().finally(() => process.exit(3));
  }, CONFIG.deadlineMinutes * 60_000);
  deadline.unref();
  const loadBefore = loadavg();
  const dataDir = join(ROOT, '.data', `bench-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });

  log(`building the workload (${CONFIG.templateTraces} template traces) ...`);
  const built = performance.now();
  const { templates, stats: workload } = buildWorkload({ traces: CONFIG.templateTraces, spansPerRequest: CONFIG.spansPerRequest, errorRate: CONFIG.errorRate, seed: 7, ...(CONFIG.spansPerTrace > 0 ? { spansPerTrace: CONFIG.spansPerTrace } : {}) });
  log(`workload: ${JSON.stringify(workload)} in ${round((performance.now() - built) / 1000, 1)} s`);

  log('starting Kafka and PostgreSQL ...');
  const [kafkaResult, pgResult] = await Promise.allSettled([
    startKafka({ repoRoot: ROOT, dataDir: join(dataDir, 'kafka'), defaultPartitions: CONFIG.partitions, heap: CONFIG.kafkaHeap, jvmOptions: CONFIG.kafkaJvmOptions }, log),
    startPostgres({ dataDir: join(dataDir, 'postgres') }, log),
  ]);
  if (kafkaResult.status === 'fulfilled') state.kafka = kafkaResult.value;
  if (pgResult.status === 'fulfilled') state.postgres = pgResult.value;
  if (kafkaResult.status === 'rejected') throw kafkaResult.reason;
  if (pgResult.status === 'rejected') throw pgResult.reason;
  const kafka = kafkaResult.value;
  const postgres = pgResult.value;

  const prefix = `bench${process.pid}`;
  const appEnv: Record<string, string> = { GROUPER_EARLY_COMPLETION: 'true', ...(CONFIG.samplingPolicyFile ? { GROUPER_SAMPLING_POLICY_FILE: CONFIG.samplingPolicyFile } : {}), ...CONFIG.appEnv };
  log(`starting the pipeline (prefix ${prefix}, ${CONFIG.partitions} partitions, env ${JSON.stringify(appEnv)}) ...`);
  // The production session timeout (the e2e harness shortens it for quick test rebalances; under
  // benchmark load a stage busy with one batch for longer than that would lose its partitions).
  const pipeline = await startPipeline({ kafkaBrokers: kafka.brokers, databaseUrl: postgres.url, dataDir: join(dataDir, 'pipeline'), prefix, partitions: CONFIG.partitions, env: { STAGE_SESSION_TIMEOUT_MS: '30000', ...appEnv } });
  state.pipeline = pipeline;
  log(`pipeline ready: ${JSON.stringify(pipeline.urls)}`);

  const measured: Measured[] = pipeline.processes.flatMap((p) => (p.child.pid ? [{ name: p.name, pid: p.child.pid, withChildren: false }] : []));
  if (kafka.pid) measured.push({ name: 'kafka', pid: kafka.pid, withChildren: false });
  const postmasterPid = Number(readFileSync(join(postgres.dataDir, 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0]);
  if (postmasterPid > 0) measured.push({ name: 'postgresql', pid: postmasterPid, withChildren: true });
  measured.push({ name: 'bench (load generator, poller)', pid: process.pid, withChildren: false });
  const pipelineMeasured = measured.filter((m) => !m.name.startsWith('bench'));
  const PIPELINE_PROCS = pipelineMeasured.map((m) => m.name);
  // Each phase resets the peak-RSS marks, so the whole run's peak of a process is the largest of
  // what each phase saw and what came before the first reset and after the last.
  const runPeakMB: Record<string, number> = {};
  const notePeak = (name: string, mb: number): void => {
    runPeakMB[name] = Math.max(runPeakMB[name] ?? 0, mb);
  };
  const sampleAll = (): Record<string, ProcSample | undefined> => Object.fromEntries(measured.map((m) => [m.name, sampleMeasured(m)]));
  const cpuOf = (samples: Record<string, ProcSample | undefined>): Record<string, number> => Object.fromEntries(measured.map((m) => [m.name, samples[m.name]?.cpuSeconds ?? 0]));
  const cpuNow = (): Record<string, number> => cpuOf(sampleAll());

  const collector = pipeline.processes.find((p) => p.name === 'collector');
  const viewGenerator = pipeline.processes.find((p) => p.name === 'view-generator');
  if (!collector || !viewGenerator) throw new Error('startPipeline returned no collector or view-generator process');
  const storedSpans = (): Promise<number | undefined> => scrape(viewGenerator.adminPort, 'tracehouse_views_rows_written_total', 'table="spans"');
  const grouper = pipeline.processes.find((p) => p.name === 'spans-grouper');
  // Spans the grouper's tail sampling dropped (0 with sampling off): not expected in ClickHouse.
  const sampledOutSpans = async (): Promise<number> => (grouper ? ((await scrape(grouper.adminPort, 'tracehouse_spans_dropped_total', 'reason="sampled_out"')) ?? 0) : 0);

  const admin = new Kafka({ clientId: `${prefix}-bench-admin`, brokers: [kafka.brokers], logLevel: logLevel.NOTHING }).admin();
  state.admin = admin;
  await admin.connect();
  const env = pipeline.env;
  const groups = [
    { stage: 'span-normalizer', group: `${prefix}.span-normalizer`, topic: env.TOPIC_OTLP_SPANS ?? '' },
    { stage: 'spans-grouper', group: `${prefix}.spans-grouper`, topic: env.TOPIC_RAW_SPANS ?? '' },
    { stage: 'trace-enricher', group: `${prefix}.trace-enricher`, topic: env.TOPIC_STRUCTURED_TRACES ?? '' },
    { stage: 'view-generator', group: `${prefix}.view-generator`, topic: env.TOPIC_ENRICHED_TRACES ?? '' },
  ];

  const generator = new LoadGenerator(new URL(pipeline.urls.otlpHttp), templates);
  state.generator = generator;
  const poller = new FreshnessPoller(pipeline.urls.query, generator.samples);
  state.poller = poller;
  generator.start();
  poller.start();

  // Background sampler: lag, written records, stored spans and RSS every 2 s.
  const lagSamples: LagSample[] = [];
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const at = performance.now();
      try {
        const { lag, written } = await lagSnapshot(admin, groups);
        const rssMB = Object.fromEntries(measured.map((m) => [m.name, round(sampleMeasured(m)?.rssMB ?? 0)]));
        lagSamples.push({ t: elapsed(), phase: generator.phase, lag, written, storedSpans: await storedSpans(), rssMB });
      } catch (err) {
        log(`lag sample failed: ${(err as Error).message}`);
      }
      await sleep(Math.max(0, CONFIG.sampleEveryMs - (performance.now() - at)));
    }
  })();

  const steps: StepResult[] = [];
  const runPhase = async (phase: string, rate: number, seconds: number): Promise<StepResult> => {
    generator.phase = phase;
    generator.rate = rate;
    generator.counters = newCounters();
    const counters = generator.counters;
    const cpuStart = cpuNow();
    const tStart = elapsed();
    const storedStart = (await storedSpans()) ?? 0;
    const sampledOutStart = await sampledOutSpans();
    const peak: Record<string, number> = {};
    let stackAtOnce: StepResult['stackAtOnceMB'];
    // The peak-RSS marks start over here (what they held so far goes into the run's peaks first).
    const hwmReset: Record<string, boolean> = {};
    for (const m of measured) {
      notePeak(m.name, sampleMeasured(m)?.hwmMB ?? 0);
      hwmReset[m.name] = resetMeasuredPeak(m);
    }
    const end = performance.now() + seconds * 1000;
    let halfMark: { t: number; accepted: number; stored: number; sampledOut: number } | undefined;
    for (let guard = 0; performance.now() < end && guard < seconds * 10 + 10; guard++) {
      await sleep(Math.min(1000, Math.max(0, end - performance.now())));
      let rssNow = 0;
      for (const m of measured) {
        const rss = sampleMeasured(m)?.rssMB ?? 0;
        peak[m.name] = Math.max(peak[m.name] ?? 0, rss);
        if (PIPELINE_PROCS.includes(m.name)) rssNow += rss;
      }
      // PSS only at a new high of the RSS sum: reading smaps_rollup walks a process's page tables
      // under its mmap lock, about 2.4 ms of CPU per GB resident here, and PostgreSQL's backends
      // are found by a scan of /proc; every second, that would add to what the step measures.
      if (rssNow > (stackAtOnce?.rss ?? 0)) stackAtOnce = { rss: rssNow, pss: pssSum(pipelineMeasured) };
      if (!halfMark && elapsed() - tStart >= seconds / 2) halfMark = { t: elapsed(), accepted: counters.spansAcked, stored: (await storedSpans()) ?? 0, sampledOut: await sampledOutSpans() };
      const dead = pipeline.processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
      if (dead) throw new Error(`${dead.name} exited during ${phase}: ${dead.output().slice(-2000)}`);
    }
    const tEnd = elapsed();
    const storedEnd = (await storedSpans()) ?? 0;
    const sampledOutEnd = await sampledOutSpans();
    // One reading at the step's end gives its CPU and, where the mark was reset, its peak RSS. The
    // 1 s samples go into the run's peaks too: memory released by madvise lowers RSS without the
    // kernel updating the mark first, so a sample can exceed it.
    const endSample = sampleAll();
    const cpuEnd = cpuOf(endSample);
    for (const m of measured) {
      const hwm = endSample[m.name]?.hwmMB;
      if (hwmReset[m.name] && hwm !== undefined) peak[m.name] = Math.max(peak[m.name] ?? 0, hwm);
      notePeak(m.name, peak[m.name] ?? 0);
    }
    const half = halfMark ?? { t: tStart, accepted: 0, stored: storedStart, sampledOut: sampledOutStart };
    const wall = tEnd - tStart;
    const acceptedSecondHalf = (counters.spansAcked - half.accepted) / (tEnd - half.t);
    const storedSecondHalf = (storedEnd - half.stored) / (tEnd - half.t);
    const sampledOutSecondHalf = (sampledOutEnd - half.sampledOut) / (tEnd - half.t);
    // Lag over the step, from the background samples taken within it.
    const within = lagSamples.filter((s) => s.t >= tStart && s.t <= tEnd + 0.5);
    const lag: StepResult['lag'] = {};
    const reasons: string[] = [];
    for (const g of groups) {
      const first = within[0];
      const last = within[within.length - 1];
      const inputRate = first && last && last.t > first.t ? ((last.written[g.topic] ?? 0) - (first.written[g.topic] ?? 0)) / (last.t - first.t) : 0;
      const series = within.map((s) => s.lag[g.stage] ?? 0);
      const endRecords = mean(series.slice(-3));
      const midIndex = Math.floor(series.length / 2);
      const midRecords = mean(series.slice(Math.max(0, midIndex - 1), midIndex + 2));
      const perSecond = Math.max(inputRate, 1e-9);
      const endSeconds = endRecords / perSecond;
      const growthSeconds = (endRecords - midRecords) / perSecond;
      const bounded = series.length >= 6 && endSeconds <= CONFIG.maxEndLagSeconds && growthSeconds <= CONFIG.maxLagGrowthSeconds;
      if (!bounded) reasons.push(`${g.stage} lag ${round(endSeconds, 1)} s of input at the end, grew ${round(growthSeconds, 1)} s over the second half`);
      lag[g.stage] = { inputRecordsPerSecond: round(inputRate), endRecords: Math.round(endRecords), endSeconds: round(endSeconds, 2), growthSeconds: round(growthSeconds, 2), bounded };
    }
    const bounded = Object.values(lag).every((l) => l.bounded);
    const accepted = counters.spansAcked / wall;
    if (accepted < 0.95 * rate) reasons.push(`collector acknowledged ${Math.round(accepted)} of ${rate} offered spans/s`);
    // Under sampling ClickHouse is owed what the grouper kept: the acknowledged spans less those it sampled out.
    const owedSecondHalf = acceptedSecondHalf - sampledOutSecondHalf;
    if (storedSecondHalf < 0.9 * owedSecondHalf) {
      reasons.push(`ClickHouse received ${Math.round(storedSecondHalf)} spans/s of ${Math.round(owedSecondHalf)} ${sampledOutSecondHalf > 0 ? 'kept by sampling' : 'acknowledged'} over the second half`);
    }
    const jsMemoryMB: StepResult['jsMemoryMB'] = {};
    for (const p of pipeline.processes) {
      const text = await metricsText(p.adminPort);
      const heap = text === undefined ? undefined : metricValue(text, 'tracehouse_nodejs_heap_size_total_bytes');
      const external = text === undefined ? undefined : metricValue(text, 'tracehouse_nodejs_external_memory_bytes');
      if (heap !== undefined && external !== undefined) jsMemoryMB[p.name] = { heap: round(heap / 2 ** 20), external: round(external / 2 ** 20) };
    }
    const cpuSeconds = Object.fromEntries(measured.map((m) => [m.name, round((cpuEnd[m.name] ?? 0) - (cpuStart[m.name] ?? 0), 2)]));
    const cpuSecondsPipeline = round(PIPELINE_PROCS.reduce((a, n) => a + (cpuSeconds[n] ?? 0), 0), 2);
    const ack = [...counters.ackLatencyMs].sort((a, b) => a - b);
    const result: StepResult = {
      phase,
      offeredTarget: rate,
      seconds: round(wall, 1),
      offeredSent: Math.round(counters.spansSent / wall),
      accepted: Math.round(accepted),
      acceptedSecondHalf: Math.round(acceptedSecondHalf),
      storedSecondHalf: Math.round(storedSecondHalf),
      storedWholeStep: Math.round((storedEnd - storedStart) / wall),
      requests: { sent: counters.requestsSent, ok: counters.requestsOk, failed: counters.requestsFailed, statuses: counters.statusCounts, ackLatencyMs: { p50: round(percentile(ack, 50) ?? 0, 1), p99: round(percentile(ack, 99) ?? 0, 1) } },
      lag,
      bounded,
      sustained: bounded && reasons.length === 0,
      reasons,
      freshness: freshnessOf([]),
      cpuSeconds,
      cpuSecondsPipeline,
      spansPerPipelineCpuSecond: cpuSecondsPipeline > 0 ? Math.round((storedEnd - storedStart) / cpuSecondsPipeline) : 0,
      sampledOutWholeStep: Math.round((sampledOutEnd - sampledOutStart) / wall),
      cpuMicrosPerAcceptedSpan: counters.spansAcked > 0 ? round((cpuSecondsPipeline * 1e6) / counters.spansAcked, 1) : 0,
      cpuMicrosPerAcceptedSpanByProcess: Object.fromEntries(Object.entries(cpuSeconds).map(([name, sec]) => [name, counters.spansAcked > 0 ? round((sec * 1e6) / counters.spansAcked, 1) : 0])),
      peakRssMB: Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, round(v)])),
      stackAtOnceMB: stackAtOnce && { rss: round(stackAtOnce.rss), pss: stackAtOnce.pss === undefined ? undefined : round(stackAtOnce.pss) },
      jsMemoryMB,
      loadAverage: loadavg().map((v) => round(v, 2)),
    };
    log(
      `${phase}: offered ${rate} (sent ${result.offeredSent}), acked ${result.accepted}, stored ${result.storedSecondHalf} spans/s (2nd half); ` +
        `lag end s ${Object.entries(lag).map(([k, l]) => `${k}=${l.endSeconds}`).join(' ')}; ${result.sustained ? 'sustained' : `NOT sustained: ${reasons.join('; ')}`}; ` +
        `pipeline CPU ${cpuSecondsPipeline} s; load ${result.loadAverage.join(' ')}`,
    );
    return result;
  };

  // From the first load to the end of the drain: every span's whole cost, including the work a
  // lagging stage did after its step ended (a step's own CPU misses that).
  const atLoad = { t: elapsed(), cpu: cpuNow(), stored: (await storedSpans()) ?? 0, sampledOut: await sampledOutSpans() };
  const warmup = CONFIG.warmupSeconds > 0 ? await runPhase('warmup', Math.min(...CONFIG.rates) / 2, CONFIG.warmupSeconds) : undefined;
  for (const rate of CONFIG.rates) {
    const step = await runPhase(`step ${rate}`, rate, CONFIG.stepSeconds);
    steps.push(step);
    if (!step.sustained && !CONFIG.keepGoing) {
      log(`stopping the steps: ${rate} spans/s was not sustained (BENCH_KEEP_GOING=1 runs the rest)`);
      break;
    }
  }

  // Drain: no new load; wait for the sampled traces and for every group to catch up (bounded).
  generator.rate = 0;
  generator.phase = 'drain';
  const drainStart = elapsed();
  for (let guard = 0; guard < CONFIG.drainSeconds * 2; guard++) {
    const last = lagSamples[lagSamples.length - 1];
    const lagLeft = last ? Object.values(last.lag).reduce((a, b) => a + b, 0) : 1;
    if (poller.pending() === 0 && lagLeft === 0 && last && last.t > drainStart) break;
    await sleep(500);
  }
  const drainSeconds = round(elapsed() - drainStart, 1);
  const atDrainEnd = { t: elapsed(), cpu: cpuNow(), stored: (await storedSpans()) ?? 0, sampledOut: await sampledOutSpans() };
  const lastBeforeStop = lagSamples[lagSamples.length - 1];
  const loadCpu = Object.fromEntries(measured.map((m) => [m.name, round((atDrainEnd.cpu[m.name] ?? 0) - (atLoad.cpu[m.name] ?? 0), 2)]));
  const loadCpuPipeline = PIPELINE_PROCS.reduce((a, name) => a + (loadCpu[name] ?? 0), 0);
  const acked = generator.totalSpansAcked;
  const loadToDrain = {
    seconds: round(atDrainEnd.t - atLoad.t, 1),
    spansAcknowledged: acked,
    spanRowsWritten: atDrainEnd.stored - atLoad.stored,
    spansSampledOut: atDrainEnd.sampledOut - atLoad.sampledOut,
    drained: lastBeforeStop !== undefined && Object.values(lastBeforeStop.lag).every((l) => l === 0),
    cpuSeconds: loadCpu,
    cpuSecondsPipeline: round(loadCpuPipeline, 2),
    cpuMicrosPerAcknowledgedSpan: acked > 0 ? round((loadCpuPipeline * 1e6) / acked, 1) : 0,
    cpuMicrosPerAcknowledgedSpanByProcess: Object.fromEntries(Object.entries(loadCpu).map(([name, sec]) => [name, acked > 0 ? round((sec * 1e6) / acked, 1) : 0])),
  };
  await generator.stop();
  await poller.stop();
  sampling = false;
  await sampler;

  const logs = Object.fromEntries(
    pipeline.processes.map((p) => {
      const lines = p.output().split('\n').filter((l) => l.trim().startsWith('{'));
      const levels = lines.map((l) => {
        try {
          return JSON.parse(l) as { level?: number | string; msg?: string };
        } catch {
          return {};
        }
      });
      const isLevel = (e: { level?: number | string }, names: string[], min: number): boolean => (typeof e.level === 'number' ? e.level >= min && (min === 50 || e.level < 50) : names.includes(String(e.level)));
      const warns = levels.filter((e) => isLevel(e, ['warn'], 40));
      const errors = levels.filter((e) => isLevel(e, ['error', 'fatal'], 50));
      return [p.name, { warnings: warns.length, errors: errors.length, messages: [...new Set([...errors, ...warns].map((e) => e.msg ?? ''))].slice(0, 5) }];
    }),
  );
  const finalSample = sampleAll();
  const lastLag = lagSamples[lagSamples.length - 1];
  const stored = (await storedSpans()) ?? 0;
  const loadAfter = loadavg();

  // Freshness per phase.
  for (const s of [...(warmup ? [warmup] : []), ...steps]) s.freshness = freshnessOf(generator.samples.filter((x) => x.phase === s.phase));
  const sustainedSteps = steps.filter((s) => s.sustained);
  for (const name of Object.keys(finalSample)) notePeak(name, finalSample[name]?.hwmMB ?? 0);
  const stackPeakRssMB = Math.round(PIPELINE_PROCS.reduce((a, name) => a + (runPeakMB[name] ?? 0), 0));
  const best = sustainedSteps.reduce<StepResult | undefined>((b, s) => (!b || s.storedSecondHalf > b.storedSecondHalf ? s : b), undefined);
  // Issue 13's floor: the whole stack's RSS at the sustained rate, i.e. the sum of each process's
  // peak during the sustained step (the whole run's sum, overloaded step and drain included, is kept beside it).
  const stackRssAtSustainedMB = best ? Math.round(PIPELINE_PROCS.reduce((a, name) => a + (best.peakRssMB[name] ?? 0), 0)) : undefined;
  const cpuMicrosAtSustained = best && best.spansPerPipelineCpuSecond > 0 ? round(1e6 / best.spansPerPipelineCpuSecond, 1) : undefined;
  const pooledFreshness = freshnessOf(generator.samples.filter((x) => sustainedSteps.some((s) => s.phase === x.phase)));
  const spansAckedTotal = generator.totalSpansAcked;

  const report = {
    generatedAt: new Date().toISOString(),
    command: 'npm run bench:pipeline',
    script: 'tools/e2e/bench/pipeline.bench.ts',
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: round(totalmem() / 2 ** 30, 1), node: process.version, loadAverageBefore: loadBefore.map((v) => round(v, 2)), loadAverageAfter: loadAfter.map((v) => round(v, 2)) },
    settings: {
      ...CONFIG,
      appEnv: pipeline.env,
      note: `Every app runs with its production defaults except what appEnv lists (the launcher sets the topic names, group ids, KAFKA_TOPIC_PARTITIONS and LOG_LEVEL=warn). Kafka: one local KRaft broker (${CONFIG.kafkaHeap} heap, ${(CONFIG.kafkaJvmOptions ?? KAFKA_JVM_OPTIONS).join(' ')}), PostgreSQL local with fsync=off, ClickHouse embedded (chdb) in the view-generator, which serves the query API.`,
      transport: 'OTLP/HTTP protobuf (POST /v1/traces), keep-alive connections, one request = whole traces up to spansPerRequest spans, one ResourceSpans per service',
      freshness: `A sample is one trace of an acknowledged request, about ${CONFIG.samplesPerSecond} per second. Its freshness is the start time of the first /api/traces/{id} query that returns all its spans minus the time the collector's 200 arrived. Polls start ${CONFIG.firstPollMs} ms after the acknowledgement and repeat every max(${CONFIG.minPollIntervalMs / 1000} s, 10% of the sample's age), at most ${CONFIG.pollConcurrency} at once, so a figure overstates the true time by at most the interval before it (meanResolutionS). A sample not complete after ${CONFIG.freshnessTimeoutSeconds} s counts as timed out; a percentile that falls on one is reported as the timeout and flagged censored.`,
      bounded: BOUNDED_RULE,
    },
    workload,
    floors: FLOORS,
    results: {
      sustainedSpansPerSecond: best?.storedSecondHalf ?? 0,
      sustainedAtOfferedRate: best?.offeredTarget,
      firstNotSustained: steps.find((s) => !s.sustained)?.offeredTarget,
      freshnessAtSustained: best?.freshness,
      freshnessPooledOverSustainedSteps: pooledFreshness,
      spansPerPipelineCpuSecondAtSustained: best?.spansPerPipelineCpuSecond,
      cpuMicrosPerSpanAtSustained: cpuMicrosAtSustained,
      stackRssAtSustainedMB,
      stackAtOnceAtSustainedMB: best?.stackAtOnceMB,
      stackPeakRssMB,
      floorsMet: {
        sustained: (best?.storedSecondHalf ?? 0) >= FLOORS.sustainedSpansPerSecond,
        freshnessP50: best?.freshness.p50 !== undefined && best.freshness.p50 < FLOORS.freshnessP50Seconds,
        freshnessP99: best?.freshness.p99 !== undefined && !best.freshness.p99Censored && best.freshness.p99 < FLOORS.freshnessP99Seconds,
        cpuPerSpan: cpuMicrosAtSustained !== undefined && cpuMicrosAtSustained <= FLOORS.cpuMicrosPerSpan,
        stackRss: stackRssAtSustainedMB !== undefined && stackRssAtSustainedMB < FLOORS.stackRssMB,
      },
      queries: { count: poller.queries, latencyMs: (() => { const q = [...poller.queryLatencyMs].sort((a, b) => a - b); return { p50: round(percentile(q, 50) ?? 0, 1), p99: round(percentile(q, 99) ?? 0, 1) }; })() },
      kafkaBytesPerSpan: kafkaBytesPerSpan(join(dataDir, 'kafka', 'logs'), [env.TOPIC_OTLP_SPANS, env.TOPIC_RAW_SPANS, env.TOPIC_STRUCTURED_TRACES, env.TOPIC_ENRICHED_TRACES], spansAckedTotal),
      completeness: { spansAcknowledged: spansAckedTotal, spanRowsWritten: stored, lagAtEnd: lastLag?.lag, drainSeconds, note: 'span rows written counts every insert; more rows than acknowledged spans means messages were re-read (a rebalance), which ClickHouse collapses by (tenant, trace id, span id)' },
      loadToDrain,
    },
    warmup,
    steps,
    processes: Object.fromEntries(
      measured.map((m) => [m.name, { pid: m.pid, cpuSecondsTotal: round(finalSample[m.name]?.cpuSeconds ?? 0, 2), peakRssMB: round(runPeakMB[m.name] ?? 0), rssAtEndMB: round(finalSample[m.name]?.rssMB ?? 0) }]),
    ),
    appLogs: logs,
    lagSamples,
  };
  writeReports(report);

  log('stopping ...');
  clearTimeout(deadline);
  await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
  printSummary(report);
}

/**
 * Bytes per span each topic holds: the sizes of its partitions' log segments (the record batches as
 * the broker stored them, keys and headers included) over the spans acknowledged in the run. The
 * topics' names are the pipeline's (prefixed); the report names them without the prefix.
 */
function kafkaBytesPerSpan(logDir: string, topics: ReadonlyArray<string | undefined>, spans: number): Record<string, number> {
  const out: Record<string, number> = {};
  const dirs = readdirSync(logDir);
  for (const topic of topics) {
    if (!topic || spans <= 0) continue;
    let bytes = 0;
    for (const dir of dirs.filter((d) => d.startsWith(`${topic}-`) && /^\d+$/.test(d.slice(topic.length + 1)))) {
      for (const file of readdirSync(join(logDir, dir))) if (file.endsWith('.log')) bytes += statSync(join(logDir, dir, file)).size;
    }
    out[topic.slice(topic.indexOf('.') + 1)] = Math.round(bytes / spans);
  }
  return out;
}

// ---------- reports ----------

type Report = {
  generatedAt: string;
  machine: { cpus: number; cpuModel?: string; memoryGB: number; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  settings: typeof CONFIG & { appEnv: Readonly<Record<string, string>>; note: string; transport: string; freshness: string; bounded: string };
  workload: WorkloadStats;
  results: {
    sustainedSpansPerSecond: number;
    sustainedAtOfferedRate?: number;
    firstNotSustained?: number;
    freshnessAtSustained?: ReturnType<typeof freshnessOf>;
    freshnessPooledOverSustainedSteps: ReturnType<typeof freshnessOf>;
    spansPerPipelineCpuSecondAtSustained?: number;
    cpuMicrosPerSpanAtSustained?: number;
    stackRssAtSustainedMB?: number;
    /** The sustained step's {@link StepResult.stackAtOnceMB}. */
    stackAtOnceAtSustainedMB?: StepResult['stackAtOnceMB'];
    stackPeakRssMB: number;
    floorsMet: { sustained: boolean; freshnessP50: boolean; freshnessP99: boolean; cpuPerSpan: boolean; stackRss: boolean };
    queries: { count: number; latencyMs: { p50: number; p99: number } };
    kafkaBytesPerSpan: Record<string, number>;
    completeness: { spansAcknowledged: number; spanRowsWritten: number; lagAtEnd?: Record<string, number>; drainSeconds: number; note: string };
    /** From the first load (warm-up) to the end of the drain: CPU per acknowledged span including deferred work. */
    loadToDrain: {
      seconds: number;
      spansAcknowledged: number;
      spanRowsWritten: number;
      spansSampledOut: number;
      drained: boolean;
      cpuSeconds: Record<string, number>;
      cpuSecondsPipeline: number;
      cpuMicrosPerAcknowledgedSpan: number;
      cpuMicrosPerAcknowledgedSpanByProcess: Record<string, number>;
    };
  };
  warmup?: StepResult;
  steps: StepResult[];
  processes: Record<string, { pid: number; cpuSecondsTotal: number; peakRssMB: number; rssAtEndMB: number }>;
  appLogs: Record<string, { warnings: number; errors: number; messages: string[] }>;
};

const n = (v: number | undefined): string => (v === undefined ? '–' : v.toLocaleString('en-US'));

function writeReports(report: Report): void {
  const dir = join(ROOT, 'reports');
  mkdirSync(dir, { recursive: true });
  const name = report.settings.reportName;
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const chartSteps: ChartStep[] = report.steps.map((s) => ({
    offered: s.offeredTarget,
    accepted: s.accepted,
    stored: s.storedSecondHalf,
    sustained: s.sustained,
    freshnessP50: s.freshness.p50,
    freshnessP99: s.freshness.p99,
    p99Censored: s.freshness.p99Censored,
  }));
  const r = report.results;
  writeFileSync(
    join(dir, `${name}.svg`),
    renderChart(chartSteps, `tracehouse pipeline, ${report.generatedAt.slice(0, 16)}Z, ${report.machine.cpus} cores shared (load ${report.machine.loadAverageBefore[0]} before, ${report.machine.loadAverageAfter[0]} after); sustained ${n(r.sustainedSpansPerSecond)} spans/s`),
  );
  const f = r.freshnessAtSustained;
  const sustainedStep = report.steps.find((s) => s.sustained && s.offeredTarget === r.sustainedAtOfferedRate);
  /** CPU µs of one process per span stored during the step (same denominator as the pipeline figure). */
  const microsPerSpan = (s: StepResult, name: string): string => {
    const stored = s.storedWholeStep * s.seconds;
    return stored > 0 && s.cpuSeconds[name] !== undefined ? String(round((s.cpuSeconds[name] * 1e6) / stored, 1)) : '–';
  };
  const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const lines = [
    '# Pipeline benchmark',
    '',
    `Generated ${report.generatedAt} by \`npm run bench:pipeline\` (tools/e2e/bench/pipeline.bench.ts). Chart: [${name}.svg](${name}.svg); every figure and sample: ${name}.json.`,
    ...(report.settings.samplingPolicyFile
      ? [`Tail sampling on: the grouper ran the policy \`${JSON.stringify(JSON.parse(readFileSync(report.settings.samplingPolicyFile, 'utf8')))}\`. "Stored" counts only the kept spans; CPU per acknowledged span is in the steps' JSON (cpuMicrosPerAcceptedSpan).`]
      : []),
    `Machine: ${report.machine.cpus} cores (${report.machine.cpuModel ?? '?'}), ${report.machine.memoryGB} GB, Node ${report.machine.node}. Everything runs on these cores: the load generator, the five apps, Kafka and PostgreSQL, and other engineers' work (1-minute load average ${report.machine.loadAverageBefore[0]} before the run, ${report.machine.loadAverageAfter[0]} after), so spans per CPU-second is the steadier figure.`,
    '',
    '| figure | floor | measured | |',
    '| --- | --- | --- | --- |',
    `| sustained end-to-end spans/s | ${n(FLOORS.sustainedSpansPerSecond)} | ${n(r.sustainedSpansPerSecond)}${r.sustainedAtOfferedRate ? ` (step ${n(r.sustainedAtOfferedRate)})` : ''} | ${met(r.floorsMet.sustained)} |`,
    `| CPU per span at that step, whole pipeline (five apps, Kafka, PostgreSQL) | ≤ ${FLOORS.cpuMicrosPerSpan} µs | ${r.cpuMicrosPerSpanAtSustained ?? '–'} µs | ${met(r.floorsMet.cpuPerSpan)} |`,
    `| freshness p50 at that step | < ${FLOORS.freshnessP50Seconds} s | ${f?.p50 ?? '–'} s | ${met(r.floorsMet.freshnessP50)} |`,
    `| freshness p99 at that step | < ${FLOORS.freshnessP99Seconds} s | ${f ? `${f.p99Censored ? '≥ ' : ''}${f.p99} s` : '–'} | ${met(r.floorsMet.freshnessP99)} |`,
    `| whole stack RSS at that step (sum of each process's peak during it) | < ${n(FLOORS.stackRssMB)} MB | ${n(r.stackRssAtSustainedMB)} MB | ${met(r.floorsMet.stackRss)} |`,
    '',
    `Whole stack RSS over the whole run (sum of each process's peak from start-up to the end of the drain, the step not sustained included): ${n(r.stackPeakRssMB)} MB.`,
    ...(r.stackAtOnceAtSustainedMB
      ? [
          `The same processes together at one moment during the sustained step (its 1 s sample with the largest RSS sum; peaks of different processes need not coincide): RSS ${n(r.stackAtOnceAtSustainedMB.rss)} MB summed, PSS ${n(r.stackAtOnceAtSustainedMB.pss)} MB summed at that sample. ` +
            'PSS (proportional set size) counts a page shared by N processes 1/N in each, so the sum is the memory they occupy together: RSS counts the node binary\'s code once in each of the five apps. The floor row above is judged by the larger, per-process peak figure.',
        ]
      : []),
    `First step not sustained: ${r.firstNotSustained === undefined ? 'none (every step was sustained)' : `${n(r.firstNotSustained)} spans/s`}. Spans per pipeline CPU-second (five apps + Kafka + PostgreSQL) at the sustained step: ${n(r.spansPerPipelineCpuSecondAtSustained)}.`,
    `Freshness pooled over all sustained steps: p50 ${r.freshnessPooledOverSustainedSteps.p50 ?? '–'} s, p99 ${r.freshnessPooledOverSustainedSteps.p99 ?? '–'} s over ${r.freshnessPooledOverSustainedSteps.samples} samples.`,
    '',
    '## Steps',
    '',
    '| offered spans/s | sent | acknowledged | stored (2nd half) | lag at end, s of input (normalizer / grouper / enricher / views) | lag growth, 2nd half, s | sustained | freshness p50 / p90 / p99 / max s (samples, timed out) | pipeline CPU s / wall s | spans per pipeline CPU-s | load avg |',
    '| ---: | ---: | ---: | ---: | --- | --- | --- | --- | ---: | ---: | ---: |',
    ...[...(report.warmup ? [report.warmup] : []), ...report.steps].map((s) => {
      const lagEnd = STAGES.map((st) => s.lag[st]?.endSeconds ?? '–').join(' / ');
      const growth = STAGES.map((st) => s.lag[st]?.growthSeconds ?? '–').join(' / ');
      const fr = s.freshness;
      const fresh = fr.samples ? `${fr.p50} / ${fr.p90} / ${fr.p99Censored ? '≥' : ''}${fr.p99} / ${fr.max} (${fr.samples}, ${fr.timedOut})` : '–';
      const label = s.phase === 'warmup' ? `${n(s.offeredTarget)} (warm-up)` : n(s.offeredTarget);
      return `| ${label} | ${n(s.offeredSent)} | ${n(s.accepted)} | ${n(s.storedSecondHalf)} | ${lagEnd} | ${growth} | ${s.phase === 'warmup' ? '(not judged)' : s.sustained ? 'yes' : `no: ${s.reasons.join('; ')}`} | ${fresh} | ${s.cpuSecondsPipeline} / ${s.seconds} | ${n(s.spansPerPipelineCpuSecond)} | ${s.loadAverage[0]} |`;
    }),
    '',
    '## Processes',
    '',
    `CPU seconds per step and over the whole run; peak RSS (the kernel's VmHWM, reset as each step begins) during the sustained step and over the whole run. PostgreSQL: the postmaster and its backends (CPU summed, RSS of the largest).`,
    '',
    `| process | ${report.steps.map((s) => `CPU s @ ${n(s.offeredTarget)}`).join(' | ')} | µs CPU per stored span @ ${sustainedStep ? n(sustainedStep.offeredTarget) : '–'} | CPU s total | peak RSS MB @ ${sustainedStep ? n(sustainedStep.offeredTarget) : '–'} | JS heap / external MB at its end | peak RSS MB, whole run |`,
    `| --- | ${report.steps.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: |`,
    ...Object.entries(report.processes).map(([name, p]) => {
      const js = sustainedStep?.jsMemoryMB[name];
      return `| ${name} | ${report.steps.map((s) => s.cpuSeconds[name] ?? '–').join(' | ')} | ${sustainedStep ? microsPerSpan(sustainedStep, name) : '–'} | ${p.cpuSecondsTotal} | ${sustainedStep?.peakRssMB[name] ?? '–'} | ${js ? `${js.heap} / ${js.external}` : '–'} | ${p.peakRssMB} |`;
    }),
    '',
    '## Workload and settings',
    '',
    `- Workload: ${report.workload.traces} template traces, ${report.workload.services} services, ${report.workload.minSpansPerTrace}-${report.workload.maxSpansPerTrace} spans per trace (mean ${report.workload.meanSpansPerTrace}), fan-out up to ${report.workload.maxFanOut} calls from one span, depth up to ${report.workload.maxDepth}, ${round(report.workload.errorSpanShare * 100, 2)}% of spans with ERROR status; ${report.workload.requests} request bodies of ${n(report.workload.meanBodyBytes)} B on average (${report.workload.meanBytesPerSpan} B per span), resent with fresh trace ids so every sent trace is distinct.`,
    `- Transport: ${report.settings.transport}; at most ${report.settings.maxInflightRequests} requests in flight.`,
    `- Steps: ${report.settings.stepSeconds} s each after a ${report.settings.warmupSeconds} s warm-up at half the first rate; stepping stops at the first step not sustained.`,
    `- Apps: ${report.settings.note} Partitions per topic: ${report.settings.partitions}. Env given to every app: \`${JSON.stringify(Object.fromEntries(Object.entries(report.settings.appEnv).filter(([k]) => !k.startsWith('TOPIC_') && k !== 'KAFKA_BROKERS' && k !== 'KAFKA_CLIENT_ID')))}\`.`,
    `- Bounded: ${report.settings.bounded}`,
    `- Freshness: ${report.settings.freshness} Queries made: ${n(r.queries.count)} (latency p50 ${r.queries.latencyMs.p50} ms, p99 ${r.queries.latencyMs.p99} ms).`,
    `- App logs (LOG_LEVEL=warn): ${Object.entries(report.appLogs).map(([k, v]) => `${k} ${v.warnings} warnings, ${v.errors} errors${v.messages.length ? ` (${v.messages.map((m) => `"${m}"`).join(', ')})` : ''}`).join('; ')}.`,
    `- Kafka bytes per acknowledged span, as stored by the broker (record batches of each topic's log segments over the whole run, uncompressed: the stages produce without compression): ${Object.entries(r.kafkaBytesPerSpan).map(([t, v]) => `${t} ${n(v)} B`).join(', ')}.`,
    `- Completeness after the drain (${r.completeness.drainSeconds} s): ${n(r.completeness.spansAcknowledged)} spans acknowledged by the collector, ${n(r.completeness.spanRowsWritten)} span rows written to ClickHouse; committed lag left ${JSON.stringify(r.completeness.lagAtEnd ?? {})}.`,
    `- From the first load to the end of the drain (${r.loadToDrain.seconds} s, ${r.loadToDrain.drained ? 'drained' : '**not drained**'}): pipeline CPU ${r.loadToDrain.cpuSecondsPipeline} s, ${r.loadToDrain.cpuMicrosPerAcknowledgedSpan} µs per acknowledged span (${n(r.loadToDrain.spansAcknowledged)} acknowledged, ${n(r.loadToDrain.spanRowsWritten)} span rows written, ${n(r.loadToDrain.spansSampledOut)} sampled out by the grouper).`,
    '',
  ];
  writeFileSync(join(dir, `${name}.md`), lines.join('\n'));
}

function printSummary(report: Report): void {
  const r = report.results;
  console.log('\n=== pipeline benchmark ===');
  const ok = (b: boolean): string => (b ? 'met' : 'NOT met');
  console.log(`sustained end-to-end: ${n(r.sustainedSpansPerSecond)} spans/s (floor ${n(FLOORS.sustainedSpansPerSecond)}: ${ok(r.floorsMet.sustained)}); first step not sustained: ${n(r.firstNotSustained)}`);
  console.log(`CPU per span at that step: ${r.cpuMicrosPerSpanAtSustained ?? '–'} µs (floor ${FLOORS.cpuMicrosPerSpan}: ${ok(r.floorsMet.cpuPerSpan)}); whole stack RSS at that step ${n(r.stackRssAtSustainedMB)} MB (floor ${n(FLOORS.stackRssMB)}: ${ok(r.floorsMet.stackRss)}; ${n(r.stackPeakRssMB)} MB over the whole run; at one moment of that step RSS ${n(r.stackAtOnceAtSustainedMB?.rss)} MB, PSS ${n(r.stackAtOnceAtSustainedMB?.pss)} MB)`);
  console.log(`freshness at that step: p50 ${r.freshnessAtSustained?.p50 ?? '–'} s (floor ${FLOORS.freshnessP50Seconds}: ${ok(r.floorsMet.freshnessP50)}), p99 ${r.freshnessAtSustained?.p99 ?? '–'} s (floor ${FLOORS.freshnessP99Seconds}: ${ok(r.floorsMet.freshnessP99)})`);
  console.log(`spans per pipeline CPU-second at that step: ${n(r.spansPerPipelineCpuSecondAtSustained)}; load average ${report.machine.loadAverageBefore.join(' ')} before, ${report.machine.loadAverageAfter.join(' ')} after`);
  for (const [name, p] of Object.entries(report.processes)) console.log(`  ${name.padEnd(32)} CPU ${String(p.cpuSecondsTotal).padStart(8)} s   peak RSS ${String(p.peakRssMB).padStart(6)} MB`);
  const name = report.settings.reportName;
  console.log(`wrote reports/${name}.json, reports/${name}.md, reports/${name}.svg`);
}

// ---------- lifecycle: stop everything, whatever happened ----------

const state: { kafka?: LocalKafka; postgres?: LocalPostgres; pipeline?: RunningPipeline; admin?: Admin; generator?: LoadGenerator; poller?: FreshnessPoller } = {};
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await state.generator?.stop().catch(() => undefined);
    await state.poller?.stop().catch(() => undefined);
    await state.admin?.disconnect().catch(() => undefined);
    await state.pipeline?.stop().catch((err: unknown) => console.error('stopping the pipeline failed:', err));
    await Promise.all([state.kafka?.stop(), state.postgres?.stop()].map((p) => p?.catch((err: unknown) => console.error('stopping infra failed:', err))));
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`pipeline bench: ${signal}; stopping the apps, Kafka and PostgreSQL ...`);
    void cleanup().finally(() => process.exit(130));
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('pipeline bench failed:', err);
    console.error(`pipeline bench: its data (broker and app logs) is kept in .data/bench-${process.pid}/ for inspection; delete it afterwards`);
    void cleanup().finally(() => process.exit(1));
  },
);
