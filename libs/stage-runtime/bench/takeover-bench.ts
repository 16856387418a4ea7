// Consumer-group takeover benchmark (not a test): how long a stage's partitions go unserved when a
// member dies, with the production defaults of `stageSchema` (STAGE_SESSION_TIMEOUT_MS overrides).
// Three members of one group (StageRunner, an echo handler, each its own process) consume a paced
// stream on BENCH_PARTITIONS partitions; then one is killed with SIGKILL (an OOM kill, a lost node),
// and later another is stopped with SIGTERM (a rolling restart). For each partition the victim
// served: the time from the signal until a survivor writes output for it again ("takeover"); for
// the other partitions: the longest gap in their output around the event (an eager rebalance pauses
// every partition of the group).
// At the end: every record sent came out (lost must be 0), and how many came out twice (at-least-
// once: a partition that changes owner is re-read from its last commit).
//
// Writes reports/takeover-bench.{json,md}.
//
//   npm run bench:takeover
//   STAGE_SESSION_TIMEOUT_MS=30000 BENCH_REPORT=takeover-bench-30s npm run bench:takeover
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';
import { loadConfig, stageSchema } from '@tracehouse/config';
// Benchmarks are tooling, like the specs: they may start local infrastructure (eslint.config.mjs
// exempts only spec paths, so the exemption is stated here).
// eslint-disable-next-line no-restricted-imports, @nx/enforce-module-boundaries
import { startKafka, type LocalKafka } from '@tracehouse/infra';
import { createLogger, Metrics, Readiness } from '@tracehouse/observability';
import { z } from 'zod';
import { createKafka } from '../src/kafka-client';
import { groupTimings, StageRunner, stageRunnerSettings } from '../src/stage-runner';
import { ensureTopics } from '../src/topics-admin';

const ROOT = resolve(__dirname, '../../../..');
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 6);
/** Records per second, spread over the partitions. */
const RATE = Number(process.env.BENCH_RATE ?? 300);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 8);
const REPORT = process.env.BENCH_REPORT ?? 'takeover-bench';
const quiet = (clientId: string, brokers: string): Kafka => new Kafka({ clientId, brokers: [brokers], logLevel: logLevel.NOTHING });
const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** A member: one StageRunner with the production stage settings, echoing `{ n }` as `{ n, partition, pid }`. */
async function member(): Promise<void> {
  const [brokers = '', name = ''] = process.argv.slice(3);
  const config = loadConfig('takeover-bench', z.object(stageSchema(`${name}-group`)), process.env);
  const logger = createLogger('takeover-bench', { level: 'warn' });
  const runner = new StageRunner({
    ...stageRunnerSettings(config),
    stage: 'takeover-bench',
    kafka: createKafka({ KAFKA_BROKERS: [brokers], KAFKA_CLIENT_ID: 'takeover-bench', KAFKA_SSL: false }, logger),
    inputTopic: `${name}-in`,
    handler: {
      handle: (m) => [{ topic: `${name}-out`, key: m.key ?? m.value, value: Buffer.from(JSON.stringify({ n: Number(m.value.toString()), partition: m.partition, pid: process.pid })), headers: {} }],
    },
    logger,
    metrics: new Metrics('takeover-bench'),
    readiness: new Readiness(),
  });
  process.once('SIGTERM', () => void runner.stop().then(() => process.exit(0)));
  await runner.start();
}

interface Seen {
  /** When output for n was first read. */
  readonly first: Map<number, number>;
  readonly count: Map<number, number>;
  /** Per input partition: the read times and pids of its outputs, in order. */
  readonly byPartition: Map<number, Array<{ at: number; pid: number }>>;
}

interface EventResult {
  readonly signal: 'SIGKILL' | 'SIGTERM';
  readonly victimPid: number;
  readonly victimPartitions: number[];
  /** Per victim partition: ms from the signal until a survivor's first output for it. */
  readonly takeoverMs: Record<string, number>;
  readonly maxTakeoverMs: number;
  /** Longest gap in the output of the partitions the victim did not serve, around the event, ms: the eager rebalance pauses them too. */
  readonly longestGapOtherPartitionsMs: number;
}

/** Which pid served each partition last, from the output read so far. */
function owners(seen: Seen): Map<number, number> {
  const out = new Map<number, number>();
  for (const [p, list] of seen.byPartition) {
    const last = list[list.length - 1];
    if (last) out.set(p, last.pid);
  }
  return out;
}

async function waitUntil(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function event(signal: 'SIGKILL' | 'SIGTERM', members: ChildProcess[], seen: Seen): Promise<EventResult> {
  const owner = owners(seen);
  // The victim: the member serving the most partitions.
  const counts = new Map<number, number>();
  for (const pid of owner.values()) counts.set(pid, (counts.get(pid) ?? 0) + 1);
  const victimPid = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const victim = members.find((m) => m.pid === victimPid);
  if (!victim) throw new Error(`no member with pid ${victimPid}`);
  const victimPartitions = [...owner.entries()].filter(([, pid]) => pid === victimPid).map(([p]) => p);
  const t0 = Date.now();
  victim.kill(signal);
  const takenAt = (p: number): number | undefined => seen.byPartition.get(p)?.find((o) => o.at >= t0 && o.pid !== victimPid)?.at;
  await waitUntil(`every partition of pid ${victimPid} served again after ${signal}`, () => victimPartitions.every((p) => takenAt(p) !== undefined), 120_000);
  // Let every partition settle, then measure the longest gap around the event.
  await new Promise((r) => setTimeout(r, 3_000));
  const takeoverMs = Object.fromEntries(victimPartitions.map((p) => [String(p), (takenAt(p) ?? t0) - t0]));
  let longestGap = 0;
  for (const [p, list] of seen.byPartition) {
    if (victimPartitions.includes(p)) continue;
    const times = list.map((o) => o.at).filter((at) => at >= t0 - 2_000);
    for (let i = 1; i < times.length; i++) longestGap = Math.max(longestGap, (times[i] ?? 0) - (times[i - 1] ?? 0));
  }
  members.splice(members.indexOf(victim), 1);
  return { signal, victimPid, victimPartitions, takeoverMs, maxTakeoverMs: Math.max(...Object.values(takeoverMs)), longestGapOtherPartitionsMs: longestGap };
}

interface Report {
  readonly generatedAt: string;
  readonly machine: { cores: number; cpu: string; node: string; loadAverage1m: number };
  readonly setup: { partitions: number; ratePerSecond: number; members: number; sessionTimeoutMs: number; heartbeatIntervalMs: number; commitIntervalMs: number; kafka: string };
  readonly events: EventResult[];
  readonly sent: number;
  readonly lost: number;
  readonly duplicated: number;
}

function markdown(r: Report): string {
  return [
    '# Consumer-group takeover benchmark',
    '',
    `Generated ${r.generatedAt} by \`npm run bench:takeover\` (libs/stage-runtime/bench/takeover-bench.ts) on ${r.machine.cores} cores (${r.machine.cpu}), Node ${r.machine.node}, load average ${r.machine.loadAverage1m}.`,
    `${r.setup.members} members of one group (StageRunner, echo handler, each its own process), ${r.setup.partitions} partitions, ${r.setup.ratePerSecond} records/s; ${r.setup.kafka}.`,
    `Session timeout ${r.setup.sessionTimeoutMs} ms, heartbeat every ${r.setup.heartbeatIntervalMs} ms, commits every ${r.setup.commitIntervalMs} ms (the production defaults unless STAGE_* variables were set).`,
    '',
    '| event | victim partitions | takeover per partition (ms) | longest takeover (ms) | longest output gap of the other partitions (ms) |',
    '| --- | --- | --- | --- | --- |',
    ...r.events.map((e) => `| ${e.signal} of one member | ${e.victimPartitions.join(', ')} | ${Object.entries(e.takeoverMs).map(([p, ms]) => `${p}: ${ms}`).join(', ')} | ${e.maxTakeoverMs} | ${e.longestGapOtherPartitionsMs} |`),
    '',
    `Records sent: ${r.sent}; lost: ${r.lost}; output more than once: ${r.duplicated}. At-least-once: every rebalance (kafkajs' are eager: all partitions move) re-reads, on each partition that changes owner, what was processed since its last commit (at most STAGE_COMMIT_INTERVAL_MS of it); a killed member's successor also redoes what the victim processed after its last commit.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data', `bench-takeover-${process.pid}`);
  let kafka: LocalKafka | undefined;
  const members: ChildProcess[] = [];
  let producer: Producer | undefined;
  let consumer: Consumer | undefined;
  let pacer: NodeJS.Timeout | undefined;
  try {
    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      kafka = await startKafka({ repoRoot: ROOT, dataDir, heap: '384m' }, (l) => console.log(`[kafka] ${l}`));
      brokers = kafka.brokers;
    }
    const name = `takeover-${process.pid}-${Date.now()}`;
    const spec = (topic: string): { name: string; partitions: number; replicationFactor: number } => ({ name: topic, partitions: PARTITIONS, replicationFactor: 1 });
    await ensureTopics(quiet('takeover-admin', brokers), [spec(`${name}-in`), spec(`${name}-out`), spec(`${name}-in.dlq`)]);
    const config = loadConfig('takeover-bench', z.object(stageSchema(`${name}-group`)), process.env);
    const timings = groupTimings(config.STAGE_SESSION_TIMEOUT_MS);

    const seen: Seen = { first: new Map(), count: new Map(), byPartition: new Map() };
    consumer = quiet('takeover-reader', brokers).consumer({ groupId: `${name}-reader`, maxWaitTimeInMs: 50 });
    await consumer.connect();
    await consumer.subscribe({ topics: [`${name}-out`], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const at = Date.now();
        const { n, partition, pid } = JSON.parse(message.value?.toString() ?? '{}') as { n: number; partition: number; pid: number };
        if (!seen.first.has(n)) seen.first.set(n, at);
        seen.count.set(n, (seen.count.get(n) ?? 0) + 1);
        let list = seen.byPartition.get(partition);
        if (!list) seen.byPartition.set(partition, (list = []));
        list.push({ at, pid });
      },
    });

    for (let i = 0; i < 3; i++) members.push(fork(__filename, ['member', brokers, name], { env: process.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));

    producer = quiet('takeover-writer', brokers).producer();
    await producer.connect();
    let sent = 0;
    const tickMs = 50;
    const perTick = Math.max(1, Math.round((RATE * tickMs) / 1000));
    const p = producer;
    pacer = setInterval(() => {
      const messages = Array.from({ length: perTick }, () => {
        const n = sent++;
        return { partition: n % PARTITIONS, key: String(n), value: String(n) };
      });
      void p.send({ topic: `${name}-in`, messages }).catch((err: unknown) => console.error('produce failed:', err));
    }, tickMs);

    // Steady state: every partition served, by all three members.
    await waitUntil('every partition served by the three members', () => seen.byPartition.size === PARTITIONS && new Set(owners(seen).values()).size === 3, 120_000);
    await new Promise((r) => setTimeout(r, STEADY_SECONDS * 1000));
    console.log('steady; SIGKILL of one member ...');
    const killed = await event('SIGKILL', members, seen);
    console.log(`SIGKILL: partitions ${killed.victimPartitions.join(',')} served again after ${JSON.stringify(killed.takeoverMs)} ms`);
    await new Promise((r) => setTimeout(r, STEADY_SECONDS * 1000));
    console.log('SIGTERM of one member ...');
    const terminated = await event('SIGTERM', members, seen);
    console.log(`SIGTERM: partitions ${terminated.victimPartitions.join(',')} served again after ${JSON.stringify(terminated.takeoverMs)} ms`);

    clearInterval(pacer);
    pacer = undefined;
    const total = sent;
    await waitUntil(`all ${total} records out`, () => seen.first.size >= total, 120_000).catch((err: unknown) => console.error(String(err)));
    let lost = 0;
    let duplicated = 0;
    for (let n = 0; n < total; n++) {
      const c = seen.count.get(n) ?? 0;
      if (c === 0) lost++;
      if (c > 1) duplicated++;
    }
    const report: Report = {
      generatedAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage1m: round(loadavg()[0] ?? 0) },
      setup: {
        partitions: PARTITIONS,
        ratePerSecond: RATE,
        members: 3,
        sessionTimeoutMs: timings.sessionTimeout,
        heartbeatIntervalMs: timings.heartbeatInterval,
        commitIntervalMs: config.STAGE_COMMIT_INTERVAL_MS,
        kafka: kafka ? 'a local single broker started by the benchmark (KRaft), same machine' : `KAFKA_BROKERS=${brokers}`,
      },
      events: [killed, terminated],
      sent: total,
      lost,
      duplicated,
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, `reports/${REPORT}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, `reports/${REPORT}.md`), markdown(report));
    console.log(markdown(report));
    console.log(`wrote reports/${REPORT}.json and reports/${REPORT}.md`);
  } finally {
    if (pacer) clearInterval(pacer);
    for (const m of members) m.kill('SIGTERM');
    await Promise.all(members.map((m) => new Promise((r) => (m.exitCode !== null || m.signalCode !== null ? r(undefined) : m.once('exit', r)))));
    await producer?.disconnect().catch(() => undefined);
    await consumer?.disconnect().catch(() => undefined);
    await kafka?.stop();
    if (kafka) rmSync(dataDir, { recursive: true, force: true });
  }
}

const entry = process.argv[2] === 'member' ? member : main;
entry().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
