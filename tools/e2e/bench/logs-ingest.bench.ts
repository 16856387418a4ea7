// Log ingest benchmark (not a test): the five apps as separate processes (embedded ClickHouse in
// the view-generator), OTLP logs offered at BENCH_LOG_RATE records/s (default 20,000; OTLP/HTTP
// protobuf, 500 records per request: per request 40 new traces of 10 records each, 100 records
// outside any trace over 4 services) alongside BENCH_SPAN_RATE spans/s (default 5,000; the pipeline
// benchmark's workload, new trace ids in every request). Measures what the collector acknowledged,
// what the view-generator wrote to `logs` and `spans`, the log consumer group's lag, and the CPU of
// every process, per log record and per item (record or span). Writes reports/logs-ingest.{json,md}.
//
//   npm run bench:logs-ingest
//   BENCH_SECONDS=60 BENCH_LOG_RATE=20000 BENCH_SPAN_RATE=5000 npm run bench:logs-ingest
// Uses KAFKA_BROKERS and DATABASE_URL when set (the broker's CPU is then not measured), else
// starts a broker and PostgreSQL of its own under .data/.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Long from 'long';
import { Kafka, logLevel } from 'kafkajs';
import { startKafka, startPostgres, type LocalKafka, type LocalPostgres } from '@tracehouse/infra';
import { encodeExportLogsServiceRequest, type LogRecord } from '@tracehouse/otlp';
import { REPO_ROOT, startPipeline, type RunningPipeline } from '../src';
import { TraceIdStamper, buildWorkload } from './workload';

const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number (got "${raw}")`);
  return v;
};
const CONFIG = {
  logRate: num('BENCH_LOG_RATE', 20_000),
  spanRate: num('BENCH_SPAN_RATE', 5_000),
  seconds: num('BENCH_SECONDS', 40),
  warmupSeconds: num('BENCH_WARMUP_SECONDS', 10),
  drainSeconds: num('BENCH_DRAIN_SECONDS', 60),
  recordsPerRequest: 500,
  spansPerRequest: 500,
  partitions: num('BENCH_PARTITIONS', 3),
  maxInflight: num('BENCH_MAX_INFLIGHT', 32),
};
/** Issue 16's figure for this benchmark. */
const FLOOR = { logRecordsPerSecond: 20_000, spansPerSecond: 5_000 } as const;
const SUSTAINED_RULE =
  'Sustained when the collector acknowledged at least 95% of the offered log records and spans in the measured window, the view-generator ' +
  'wrote at least 90% of the acknowledged log records into `logs` within the window, and the log consumer group caught up (lag 0) within ' +
  `${CONFIG.drainSeconds} s after the load stopped.`;
const CLK_TCK = 100;
const t0 = performance.now();
const log = (line: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const round = (v: number, d = 0): number => Math.round(v * 10 ** d) / 10 ** d;

function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / CLK_TCK;
  } catch {
    return undefined;
  }
}

async function scrape(port: number, metric: string, labelFilter?: string): Promise<number> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(3_000) })).text();
    let sum = 0;
    for (const line of text.split('\n')) {
      if (!line.startsWith(metric) || (line[metric.length] !== '{' && line[metric.length] !== ' ')) continue;
      if (labelFilter && !line.includes(labelFilter)) continue;
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
    return sum;
  } catch {
    return NaN;
  }
}

const SERVICES = ['checkout', 'payments', 'inventory', 'shipping'];
const LEVELS = [
  [9, 'INFO'],
  [5, 'DEBUG'],
  [13, 'WARN'],
  [17, 'ERROR'],
] as const;

/** One logs request: 40 new traces of 10 records (4 services) and 100 records outside any trace, new ids every call. */
function logsRequest(seq: number): Buffer {
  const now = Long.fromString(`${Date.now()}000000`, true);
  const byService = new Map<string, LogRecord[]>(SERVICES.map((s) => [s, []]));
  const inTraces = CONFIG.recordsPerRequest - 100;
  for (let t = 0; t < inTraces / 10; t++) {
    const traceId = randomBytes(16);
    for (let i = 0; i < 10; i++) {
      const [severity, text] = LEVELS[(t + i) % 4 === 3 && i === 9 ? 3 : i % 3];
      (byService.get(SERVICES[(t + i) % 4]) as LogRecord[]).push({
        time_unix_nano: now,
        observed_time_unix_nano: now,
        severity_number: severity,
        severity_text: text,
        body: { string_value: `request ${seq}.${t} step ${i}: order ${seq * 1000 + t} processed in ${(i * 7) % 50} ms by worker-${i}` },
        attributes: [
          { key: 'http.route', value: { string_value: '/api/orders/{id}' } },
          { key: 'attempt', value: { int_value: Long.fromNumber(i % 3) } },
          { key: 'user.id', value: { string_value: `u-${t}` } },
        ],
        trace_id: traceId,
        span_id: randomBytes(8),
        flags: 1,
      });
    }
  }
  for (let i = 0; i < 100; i++) {
    (byService.get(SERVICES[i % 4]) as LogRecord[]).push({
      time_unix_nano: now,
      severity_number: 9,
      severity_text: 'INFO',
      body: { string_value: `background job ${seq}.${i} flushed ${i * 3} cache entries` },
      attributes: [{ key: 'job', value: { string_value: 'cache-flush' } }],
    });
  }
  const bytes = encodeExportLogsServiceRequest({
    resource_logs: [...byService].map(([service, records]) => ({
      resource: { attributes: [{ key: 'service.name', value: { string_value: service } }, { key: 'host.name', value: { string_value: `node-${service}` } }] },
      scope_logs: [{ scope: { name: 'pino', version: '9.0.0' }, log_records: records }],
    })),
  });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function post(port: number, path: string, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function main(): Promise<void> {
  const dataDir = join(REPO_ROOT, '.data', `bench-logs-${process.pid}`);
  mkdirSync(dataDir, { recursive: true });
  let kafka: LocalKafka | undefined;
  let postgres: LocalPostgres | undefined;
  let pipeline: RunningPipeline | undefined;
  try {
    const shared = Boolean(process.env.KAFKA_BROKERS && process.env.DATABASE_URL);
    if (!shared) {
      [kafka, postgres] = await Promise.all([startKafka({ repoRoot: REPO_ROOT, dataDir: join(dataDir, 'kafka'), defaultPartitions: CONFIG.partitions, heap: '512m' }, log), startPostgres({ dataDir: join(dataDir, 'postgres') }, log)]);
    }
    const brokers = kafka?.brokers ?? (process.env.KAFKA_BROKERS as string);
    const prefix = `bench-logs-${randomBytes(3).toString('hex')}`;
    pipeline = await startPipeline({ kafkaBrokers: brokers, databaseUrl: postgres?.url ?? (process.env.DATABASE_URL as string), dataDir: join(dataDir, 'apps'), prefix, partitions: CONFIG.partitions });
    log(`pipeline up (${shared ? 'shared broker, its CPU not measured' : 'own broker'}); offering ${CONFIG.logRate} log records/s and ${CONFIG.spanRate} spans/s`);
    const httpPort = Number(new URL(pipeline.urls.otlpHttp).port);
    const { templates } = buildWorkload({ traces: 1500, spansPerRequest: CONFIG.spansPerRequest, errorRate: 0.01, seed: 16 });
    const stamper = new TraceIdStamper();
    const vg = pipeline.processes.find((p) => p.app === 'view-generator');
    if (!vg) throw new Error('no view-generator');
    const counts = { logsOffered: 0, logsAcked: 0, spansOffered: 0, spansAcked: 0, failed: 0, skipped: 0 };
    let inflight = 0;
    let seq = 0;
    let tplIndex = 0;
    const send = (path: string, body: Buffer, items: number, kind: 'logs' | 'spans'): void => {
      if (kind === 'logs') counts.logsOffered += items;
      else counts.spansOffered += items;
      if (inflight >= CONFIG.maxInflight) {
        counts.skipped++;
        return;
      }
      inflight++;
      void post(httpPort, path, body).then((status) => {
        inflight--;
        if (status !== 200) counts.failed++;
        else if (kind === 'logs') counts.logsAcked += items;
        else counts.spansAcked += items;
      });
    };
    // Paced in 100 ms ticks: whole requests per tick, the remainder carried.
    let logDebt = 0;
    let spanDebt = 0;
    const tick = setInterval(() => {
      logDebt += CONFIG.logRate / 10;
      spanDebt += CONFIG.spanRate / 10;
      while (logDebt >= CONFIG.recordsPerRequest) {
        logDebt -= CONFIG.recordsPerRequest;
        send('/v1/logs', logsRequest(seq++), CONFIG.recordsPerRequest, 'logs');
      }
      while (spanDebt >= CONFIG.spansPerRequest) {
        const tpl = templates[tplIndex++ % templates.length];
        spanDebt -= tpl.spans;
        send('/v1/traces', stamper.stamp(tpl).body, tpl.spans, 'spans');
      }
    }, 100);
    const measured = [...pipeline.processes.map((p) => ({ name: p.name, pid: p.child.pid })), ...(kafka ? [{ name: 'kafka', pid: kafka.pid }] : []), { name: 'load generator (this process)', pid: process.pid }];
    await sleep(CONFIG.warmupSeconds * 1000);
    const start = { at: performance.now(), counts: { ...counts }, cpu: measured.map((m) => cpuSeconds(m.pid)), logsWritten: await scrape(vg.adminPort, 'tracehouse_views_log_records_written_total'), spansWritten: await scrape(vg.adminPort, 'tracehouse_views_rows_written_total', 'table="spans"') };
    log('measuring');
    await sleep(CONFIG.seconds * 1000);
    const end = { at: performance.now(), counts: { ...counts }, cpu: measured.map((m) => cpuSeconds(m.pid)), logsWritten: await scrape(vg.adminPort, 'tracehouse_views_log_records_written_total'), spansWritten: await scrape(vg.adminPort, 'tracehouse_views_rows_written_total', 'table="spans"') };
    clearInterval(tick);
    const seconds = (end.at - start.at) / 1000;
    const logsAcked = end.counts.logsAcked - start.counts.logsAcked;
    const spansAcked = end.counts.spansAcked - start.counts.spansAcked;
    const logsOffered = end.counts.logsOffered - start.counts.logsOffered;
    const spansOffered = end.counts.spansOffered - start.counts.spansOffered;
    const logsWritten = end.logsWritten - start.logsWritten;
    const spansWritten = end.spansWritten - start.spansWritten;
    log(`window ${round(seconds, 1)} s: logs acked ${logsAcked}/${logsOffered}, written ${logsWritten}; spans acked ${spansAcked}/${spansOffered}, written ${spansWritten}`);
    // Drain: the log group's lag to 0.
    const admin = new Kafka({ clientId: 'bench-logs', brokers: [brokers], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const lag = async (): Promise<number> => {
      const topic = `${prefix}.otlp-logs`;
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: `${prefix}.view-generator-logs`, topics: [topic] });
      const byPartition = new Map(committed?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
      return ends.reduce((n, p) => n + Math.max(0, Number(p.high) - Math.max(0, byPartition.get(p.partition) ?? 0)), 0);
    };
    const lagAtEnd = await lag();
    let caughtUpAfter: number | undefined;
    const drainStart = performance.now();
    while ((performance.now() - drainStart) / 1000 < CONFIG.drainSeconds) {
      await sleep(1000);
      while (inflight > 0) await sleep(50);
      if ((await lag()) === 0) {
        caughtUpAfter = round((performance.now() - drainStart) / 1000, 1);
        break;
      }
    }
    await admin.disconnect();
    const processes = measured.map((m, i) => {
      const a = start.cpu[i];
      const b = end.cpu[i];
      const cpu = a === undefined || b === undefined ? undefined : b - a;
      return {
        name: m.name,
        cpuSeconds: cpu === undefined ? undefined : round(cpu, 2),
        cpuPercentOfOneCore: cpu === undefined ? undefined : round((100 * cpu) / seconds, 1),
        cpuMicrosPerLogRecord: cpu === undefined || logsAcked === 0 ? undefined : round((cpu * 1e6) / logsAcked, 1),
        cpuMicrosPerItem: cpu === undefined || logsAcked + spansAcked === 0 ? undefined : round((cpu * 1e6) / (logsAcked + spansAcked), 1),
      };
    });
    const apps = processes.filter((p) => !p.name.startsWith('load') && p.name !== 'kafka');
    const appCpu = apps.reduce((n, p) => n + (p.cpuSeconds ?? 0), 0);
    const sustained = logsAcked >= 0.95 * logsOffered && spansAcked >= 0.95 * spansOffered && logsWritten >= 0.9 * logsAcked && caughtUpAfter !== undefined;
    const report = {
      benchmark: 'logs-ingest',
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtEnd: loadavg().map((l) => round(l, 2)), shared: 'yes: 2 cores shared with other sessions running tests and builds; figures are upper bounds of the cost' },
      config: { ...CONFIG, brokerShared: shared },
      floor: FLOOR,
      sustainedRule: SUSTAINED_RULE,
      window: { seconds: round(seconds, 1), logsOffered, logsAcked, logsWritten, spansOffered, spansAcked, spansWritten, failedRequests: end.counts.failed - start.counts.failed, requestsSkippedAtInflightCap: end.counts.skipped - start.counts.skipped },
      rates: { logsAckedPerSecond: round(logsAcked / seconds), logsWrittenPerSecond: round(logsWritten / seconds), spansAckedPerSecond: round(spansAcked / seconds), spansWrittenPerSecond: round(spansWritten / seconds) },
      logLagAtLoadEnd: lagAtEnd,
      logLagCaughtUpAfterSeconds: caughtUpAfter,
      sustained,
      processes,
      appsCpuMicrosPerLogRecord: logsAcked === 0 ? undefined : round((appCpu * 1e6) / logsAcked, 1),
      appsCpuMicrosPerItem: logsAcked + spansAcked === 0 ? undefined : round((appCpu * 1e6) / (logsAcked + spansAcked), 1),
    };
    writeReports(report);
    log(`sustained: ${sustained}; apps' CPU ${report.appsCpuMicrosPerItem} µs per item (record or span), ${report.appsCpuMicrosPerLogRecord} µs per log record`);
  } finally {
    await pipeline?.stop();
    await kafka?.stop();
    await postgres?.stop();
    agent.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Report = Record<string, unknown> & { processes: Array<Record<string, unknown>>; window: Record<string, number>; rates: Record<string, number> };

function writeReports(report: Report): void {
  mkdirSync(join(REPO_ROOT, 'reports'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'reports/logs-ingest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const w = report.window;
  const r = report.rates;
  const cell = (v: unknown): string => (v === undefined ? 'n/a' : String(v));
  const md = [
    '# Log ingest benchmark (`npm run bench:logs-ingest`)',
    '',
    `Run ${String(report.date)}. 2 cores, which other work may share (load average at the end ${JSON.stringify((report.machine as { loadAverageAtEnd: number[] }).loadAverageAtEnd)}): CPU figures are upper bounds, from a short window.`,
    '',
    `Offered: ${cell((report.config as { logRate: number }).logRate)} OTLP log records/s (OTLP/HTTP protobuf, 500 per request, 80% in new traces of 10 records, 20% outside any trace) alongside ${cell((report.config as { spanRate: number }).spanRate)} spans/s (the pipeline benchmark's workload, new trace ids in every request), ${w.seconds} s measured after ${cell((report.config as { warmupSeconds: number }).warmupSeconds)} s of warm-up.`,
    '',
    '| | offered | acknowledged | written to ClickHouse | per second (acked / written) |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| log records | ${w.logsOffered} | ${w.logsAcked} | ${w.logsWritten} | ${r.logsAckedPerSecond} / ${r.logsWrittenPerSecond} |`,
    `| spans | ${w.spansOffered} | ${w.spansAcked} | ${w.spansWritten} | ${r.spansAckedPerSecond} / ${r.spansWrittenPerSecond} |`,
    '',
    `Failed requests: ${w.failedRequests}; requests not sent because ${cell((report.config as { maxInflight: number }).maxInflight)} were in flight: ${w.requestsSkippedAtInflightCap}. Log consumer lag when the load stopped: ${cell(report.logLagAtLoadEnd)} otlp-logs messages (each holds the records of one trace or service of a request); caught up after ${cell(report.logLagCaughtUpAfterSeconds)} s.`,
    '',
    `**Sustained: ${report.sustained ? 'yes' : 'no'}.** ${String(report.sustainedRule)}`,
    '',
    '| process | CPU s in window | % of one core | µs CPU per log record | µs CPU per item (record or span) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.processes.map((p) => `| ${String(p.name)} | ${cell(p.cpuSeconds)} | ${cell(p.cpuPercentOfOneCore)} | ${cell(p.cpuMicrosPerLogRecord)} | ${cell(p.cpuMicrosPerItem)} |`),
    `| **the five apps** | | | **${cell(report.appsCpuMicrosPerLogRecord)}** | **${cell(report.appsCpuMicrosPerItem)}** |`,
    '',
    `Per log record divides each process's CPU by the log records alone (the spans ran at the same time, so the span stages' CPU is not the logs' cost); per item divides by records plus spans. ${
      (report.config as { brokerShared: boolean }).brokerShared ? 'The broker was the shared test broker: its CPU is not in the table.' : ''
    }`,
    '',
  ].join('\n');
  writeFileSync(join(REPO_ROOT, 'reports/logs-ingest.md'), md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
