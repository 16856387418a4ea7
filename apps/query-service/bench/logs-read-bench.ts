// Benchmark of the logs view's reads on this machine (embedded chdb), for issue 16's figures: with
// RECORDS (default 10 million) log records stored, p50/p99 of
// - the logs of a trace (floor: p99 under 50 ms), and of one span (LogsReader.logsOfTrace);
// - a text search over one hour, newest 100 (floor: p99 under 500 ms) (LogsReader.search `text`);
// - a Loki query_range with a line filter over one hour, limit 1000 as Grafana sends it, over HTTP
//   through the query API (Loki subset route -> LogQL -> LogsReader -> JSON streams).
// Prints the figures and writes reports/logs-read.{json,md}. Figures, never assertions.
//
// The records are generated inside the engine (INSERT ... SELECT over numbers(), seeded by the row
// number, so every run stores the same data) rather than encoded in Node: the bench is about the
// reads, and writing 10 million rows through the TSV writer would take most of the run. The shapes
// follow what services log: 20 services, a trace touching up to 3 of them with up to 4 spans and
// 2-14 lines, 15% of lines outside any trace, severities mostly INFO/DEBUG with 8% WARN, 2% ERROR and
// 0.2% FATAL, bodies from 24 templates of words with ids and numbers, typed attributes and resource
// attributes, arrival a few ms after the record's time.
//
//   npm run bench:logs-read                    # 10M records
//   RECORDS=500000 npm run bench:logs-read     # a quick run
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { QueryApi } from '@tracehouse/query-api';
import { parseLogQL } from '@tracehouse/logql';
import { LogsReader, TraceReader, TraceStore } from '@tracehouse/trace-store';

// REPO_ROOT lets a copy of dist/ (safe from concurrent rebuilds) write into the checkout.
const ROOT = process.env.REPO_ROOT ?? resolve(__dirname, '../../../..');
const RECORDS = Number(process.env.RECORDS ?? 10_000_000);
const CHUNK = Number(process.env.CHUNK ?? 1_000_000);
const HOURS = Number(process.env.HOURS ?? 6);
const QUERIES = Number(process.env.QUERIES ?? 200);
const TENANT = 'bench';
const T0_NS = 1_767_225_600_000_000_000n; // 2026-01-01T00:00:00Z
const MS = 1_000_000n;
const HOUR_NS = 3_600_000n * MS;
/** Rows per slot of two traces (see generateSql). */
const SLOT = 16;

const SERVICES = ['frontend', 'checkout', 'cart', 'catalog', 'payment', 'shipping', 'users', 'search', 'recommendation', 'inventory', 'pricing', 'notification', 'auth', 'orders', 'reviews', 'ads', 'currency', 'email', 'fraud', 'gateway'];

/** Body templates: `{n}` a number, `{id}` a hex id, `{svc}` a service, `{w}` a word. */
const TEMPLATES = [
  'GET /api/items/{n} completed in {n} ms status=200',
  'POST /api/checkout completed in {n} ms status=201',
  'payment declined for order {n}: card_expired',
  'payment authorized order={n} amount={n}.{n} currency=EUR',
  'cache miss key=user:{n} ttl={n}s',
  'cache hit key=cart:{id}',
  'connection reset by peer while calling {svc}',
  'retrying request to {svc} attempt={n} backoff={n}ms',
  'timeout after {n} ms waiting for {svc}',
  'user {n} logged in from {w} client',
  'order {n} shipped via {w} carrier',
  'inventory reserved sku={id} quantity={n}',
  'price recalculated for sku={id}: {n}.{n}',
  'slow query on table {w}: {n} ms',
  'kafka message published topic={w} partition={n} offset={n}',
  'email queued template={w} recipient_id={n}',
  'fraud score {n} for session {id}',
  'recommendation model {w} served {n} items',
  'rate limit exceeded for client {id}',
  'NullPointerException in {w}Handler.handle at line {n}',
  'database deadlock detected, transaction {id} rolled back',
  'health check ok uptime={n}s',
  'feature flag {w} evaluated to true for user {n}',
  'search query "{w} {w}" returned {n} results in {n} ms',
];
const WORDS = ['orders', 'invoices', 'mobile', 'desktop', 'express', 'standard', 'ranking', 'welcome', 'reset', 'catalog', 'bestsellers', 'dhl', 'ups', 'pricing', 'events', 'audit', 'session', 'darkmode', 'winter', 'sale', 'shoes', 'jacket', 'lamp', 'coffee'];

const sqlString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const sqlArray = (list: readonly string[]): string => `[${list.map(sqlString).join(', ')}]`;

/**
 * The INSERT ... SELECT generating records [from, from + count): row n is line n % SLOT of trace
 * slot n / SLOT, every value a hash of n (deterministic, no PRNG state across chunks).
 */
function generateSql(table: string, from: number, count: number): string {
  const slots = Math.ceil(RECORDS / SLOT);
  const slotNs = (BigInt(HOURS) * HOUR_NS) / BigInt(slots);
  // Per-row hashes: h(k) is a 64-bit hash of (n, k) so each field gets its own.
  const h = (k: number): string => `sipHash64(number, ${k})`;
  const slot = 'intDiv(number, ' + SLOT + ')';
  const hs = (k: number): string => `sipHash64(${slot}, ${k})`;
  // A slot holds two traces: its first 2-14 lines (by the slot's hash) are one, the rest another;
  // 15% of lines, picked per line, are outside any trace.
  const part = `toUInt64((number % ${SLOT}) >= 2 + ${hs(1)} % 13)`;
  const inTrace = `${h(2)} % 100 >= 15`;
  const sev = `multiIf(${h(3)} % 1000 < 2, 21, ${h(3)} % 1000 < 22, 17, ${h(3)} % 1000 < 102, 13, ${h(3)} % 1000 < 700, 9, 5)`;
  const svc = `${sqlArray(SERVICES)}[1 + (${hs(3)} + (${h(4)} % 3)) % ${SERVICES.length}]`;
  const word = (k: number): string => `${sqlArray(WORDS)}[1 + ${h(k)} % ${WORDS.length}]`;
  const template = `${sqlArray(TEMPLATES)}[1 + ${h(5)} % ${TEMPLATES.length}]`;
  // Fill the placeholders one occurrence at a time, each from its own hash.
  let body = template;
  for (let i = 0; i < 3; i++) body = `replaceRegexpOne(${body}, '\\\\{n\\\\}', toString(${h(10 + i)} % 10000))`;
  body = `replaceRegexpOne(${body}, '\\\\{id\\\\}', lower(hex(${h(14)})))`;
  body = `replaceRegexpOne(${body}, '\\\\{svc\\\\}', ${sqlArray(SERVICES)}[1 + ${h(15)} % ${SERVICES.length}])`;
  for (let i = 0; i < 2; i++) body = `replaceRegexpOne(${body}, '\\\\{w\\\\}', ${word(16 + i)})`;
  const time = `fromUnixTimestamp64Nano(toInt64(${T0_NS}) + toInt64(${slot}) * ${slotNs} + toInt64(number % ${SLOT}) * 3000000 + toInt64(${h(6)} % 1000000))`;
  return `INSERT INTO ${table} (tenant, service_name, timestamp, observed_timestamp, trace_id, span_id, trace_flags, severity_number, severity_text,
      body, body_type, event_name, attributes, attribute_types, resource_attributes, resource_attribute_types, scope_name, scope_version, dropped_attributes_count, received_at)
    SELECT ${sqlString(TENANT)}, svc, t, t, trace, if(trace = '', '', leftPad(lower(hex(${hs(4)} + ${part} * 8 + (${h(7)} % 4))), 16, '0')), 1, sev,
      ['', 'TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'][1 + intDiv(sev + 3, 4)],
      b, 'string', '',
      map('thread.name', concat('worker-', toString(${h(8)} % 16)), 'code.function', concat('handle', ${word(18)}), 'http.status_code', toString(if(sev >= 17, 500, 200))),
      map('http.status_code', 'int'),
      map('service.name', svc, 'host.name', concat(svc, '-', toString(${h(9)} % 4)), 'deployment.environment', 'prod', 'service.version', '2.3.1'),
      map(), 'app.logger', '1.0.0', 0,
      toDateTime64(t, 3) + toIntervalMillisecond(5)
    FROM (
      SELECT number, ${svc} AS svc, ${time} AS t, if(${inTrace}, leftPad(lower(hex(${hs(5)} + ${part})), 16, '0') || leftPad(lower(hex(${hs(6)} + ${part})), 16, '0'), '') AS trace, ${sev} AS sev, ${body} AS b
      FROM numbers(${from}, ${count})
    )`;
}

/** Marks where the hand-written notes of logs-read.md begin: a run keeps them below its figures. */
const NOTES_MARKER = '<!-- notes: written by hand, kept by every run -->';

/** The notes section of the existing report (from its marker to the end), or none. */
function keptNotes(path: string): string[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(NOTES_MARKER);
  return at < 0 ? [] : [text.slice(at).trimEnd(), ''];
}

function percentiles(samples: readonly number[]): { p50: number; p95: number; p99: number; max: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  const round = (v: number): number => Math.round(v * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(s[s.length - 1] ?? 0), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

/** mulberry32: the queries' positions, the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function timed<T>(samples: number[], fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  samples.push(performance.now() - t0);
  return out;
}

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data', `bench-logs-read-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const store = TraceStore.open({ dataPath: dataDir, database: 'tracehouse' });
  let api: QueryApi | undefined;
  try {
    await store.migrate();
    const table = store.qualified('logs');
    const w0 = performance.now();
    for (let from = 0; from < RECORDS; from += CHUNK) {
      await store.client.command({ query: generateSql(table, from, Math.min(CHUNK, RECORDS - from)) });
      console.log(`  ${Math.min(RECORDS, from + CHUNK).toLocaleString('en')} records stored (${((performance.now() - w0) / 1000).toFixed(0)} s)`);
    }
    const writeSeconds = (performance.now() - w0) / 1000;
    const one = async <T>(query: string): Promise<T> => ((await (await store.client.query({ query, format: 'JSONEachRow' })).json<T>())[0] as T);
    const stored = await one<{ n: string; traces: string; errors: string; noTrace: string }>(
      `SELECT count() AS n, uniqExactIf(trace_id, trace_id != '') AS traces, countIf(severity_number >= 17) AS errors, countIf(trace_id = '') AS noTrace FROM ${table}`,
    );
    const parts = await one<{ parts: string; bytes: string }>(`SELECT count() AS parts, sum(bytes_on_disk) AS bytes FROM system.parts WHERE database = '${store.database}' AND table = 'logs' AND active`);
    console.log(`stored ${Number(stored.n).toLocaleString('en')} records (${Number(stored.traces).toLocaleString('en')} trace ids, ${Number(stored.errors).toLocaleString('en')} at ERROR+) in ${writeSeconds.toFixed(0)} s; ${parts.parts} active parts, ${(Number(parts.bytes) / 1e9).toFixed(2)} GB`);

    // Sample traces and spans spread over the data (the ids the queries ask for).
    const sample = await (
      await store.client.query({
        query: `SELECT trace_id, any(span_id) AS span_id FROM ${table} WHERE trace_id != '' AND cityHash64(trace_id) % ${Math.max(1, Math.floor(Number(stored.traces) / (QUERIES * 4)))} = 0 GROUP BY trace_id LIMIT ${QUERIES}`,
        format: 'JSONEachRow',
      })
    ).json<{ trace_id: string; span_id: string }>();

    const reader = new LogsReader(store);
    api = new QueryApi({ host: '127.0.0.1', port: 0, traces: new TraceReader(store), logs: reader, tenancy: { tenantHeader: 'x-scope-orgid', apiKeyHeader: 'x-api-key' } });
    await api.start();
    const rand = rng(7);
    await reader.logsOfTrace(TENANT, sample[0]?.trace_id ?? '1'); // warm-up

    console.log(`querying ${sample.length} traces and spans, then ${QUERIES} text searches and ${QUERIES} Loki queries`);
    const traceMs: number[] = [];
    let traceLines = 0;
    for (const s of sample) traceLines += (await timed(traceMs, () => reader.logsOfTrace(TENANT, s.trace_id))).length;
    const spanMs: number[] = [];
    let spanLines = 0;
    for (const s of sample) spanLines += (await timed(spanMs, () => reader.logsOfTrace(TENANT, s.trace_id, { spanId: s.span_id }))).length;

    const hourAt = (): { fromUnixNano: bigint; toUnixNano: bigint } => {
      const from = T0_NS + BigInt(Math.floor(rand() * Math.max(1, HOURS - 1) * 3600)) * 1_000_000_000n;
      return { fromUnixNano: from, toUnixNano: from + HOUR_NS };
    };
    // Text search: a common word (a template's), a rarer one (a filled-in word), an id-like token.
    const TEXTS = ['declined', 'deadlock', 'timeout', 'winter', 'NullPointerException', 'checkout'];
    const textMs: number[] = [];
    let textLines = 0;
    for (let i = 0; i < QUERIES; i++) {
      const range = hourAt();
      textLines += (await timed(textMs, () => reader.search(TENANT, { range, text: TEXTS[i % TEXTS.length] as string, limit: 100 }))).logs.length;
    }

    // Loki query_range as Grafana's backend sends it (limit 1000, ns times, backward).
    const LOKI = ['{service_name="payment"} |= "declined"', '{service_name="checkout", deployment_environment="prod"} |= "timeout" != "health"', '{service_name="orders"} |~ "dead(lock|line)"', '{service_name="frontend"} |= "status=200"'];
    for (const q of LOKI) parseLogQL(q); // every query is in the subset
    const lokiMs: number[] = [];
    let lokiLines = 0;
    for (let i = 0; i < QUERIES; i++) {
      const range = hourAt();
      const params = new URLSearchParams({ direction: 'backward', limit: '1000', query: LOKI[i % LOKI.length] as string, start: String(range.fromUnixNano), end: String(range.toUnixNano), step: '60000ms' });
      const body = await timed(lokiMs, async () => {
        const res = await fetch(`${api?.url}/loki/api/v1/query_range?${params}`, { headers: { 'X-Scope-OrgID': TENANT } });
        if (res.status !== 200) throw new Error(`query_range answered ${res.status}: ${await res.text()}`);
        return (await res.json()) as { data: { result: { values: unknown[] }[] } };
      });
      lokiLines += body.data.result.reduce((n, s) => n + s.values.length, 0);
    }

    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg(), node: process.version, shared: true },
      input: { records: Number(stored.n), traceIds: Number(stored.traces), errorRecords: Number(stored.errors), recordsWithoutTrace: Number(stored.noTrace), hours: HOURS, generatedInSeconds: Math.round(writeSeconds) },
      storage: { activeParts: Number(parts.parts), bytesOnDisk: Number(parts.bytes) },
      logsOfTraceMs: { queries: traceMs.length, linesRead: traceLines, ...percentiles(traceMs) },
      logsOfSpanMs: { queries: spanMs.length, linesRead: spanLines, ...percentiles(spanMs) },
      textSearchOneHourMs: { queries: textMs.length, texts: TEXTS, limit: 100, linesFound: textLines, ...percentiles(textMs) },
      lokiQueryRangeLineFilterMs: { queries: lokiMs.length, queriesUsed: LOKI, limit: 1000, linesFound: lokiLines, ...percentiles(lokiMs) },
      floors: {
        logsOfTraceP99Ms: { floor: 50, measured: percentiles(traceMs).p99, met: percentiles(traceMs).p99 < 50 },
        textSearchP99Ms: { floor: 500, measured: percentiles(textMs).p99, met: percentiles(textMs).p99 < 500 },
      },
    };
    const show = (name: string, r: { p50: number; p99: number }): string => `${name}: p50 ${r.p50} ms, p99 ${r.p99} ms`;
    console.log(show('logs of a trace', report.logsOfTraceMs));
    console.log(show('logs of a span', report.logsOfSpanMs));
    console.log(show('text search, one hour', report.textSearchOneHourMs));
    console.log(show('Loki query_range with a line filter, one hour', report.lokiQueryRangeLineFilterMs));

    const reports = join(ROOT, 'reports');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'logs-read.json'), `${JSON.stringify(report, null, 2)}\n`);
    const row = (what: string, f: { floor: number; measured: number; met: boolean }): string => `| ${what} | < ${f.floor} ms | ${f.measured} ms | ${f.met ? 'met' : 'NOT met'} |`;
    const line = (what: string, r: { queries: number; p50: number; p95: number; p99: number; max: number }, extra: string): string =>
      `| ${what} | ${r.queries} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${extra} |`;
    writeFileSync(
      join(reports, 'logs-read.md'),
      [
        '# Logs read benchmark (issue 16)',
        '',
        `Run ${report.date} on ${report.machine.cpus} CPUs, Node ${report.machine.node}, embedded chdb. Other work may share these 2 cores (load average at the end ${report.machine.loadavg.map((l) => l.toFixed(1)).join(', ')}), so the figures are upper bounds of what the reads cost alone. Command: \`${RECORDS === 10_000_000 ? '' : `RECORDS=${RECORDS} `}npm run bench:logs-read\` (apps/query-service/bench/logs-read-bench.ts).`,
        '',
        `Data: ${report.input.records.toLocaleString('en')} log records over ${HOURS} hours of one tenant, generated inside the engine in ${report.input.generatedInSeconds} s (INSERT ... SELECT, deterministic per row): 20 services, ${report.input.traceIds.toLocaleString('en')} trace ids (2-14 lines each, up to 3 services and 4 spans per trace), ${report.input.recordsWithoutTrace.toLocaleString('en')} lines outside any trace, ${report.input.errorRecords.toLocaleString('en')} at ERROR or above, bodies from 24 templates of words, ids and numbers, typed attributes and resource attributes. ${report.storage.activeParts} active parts, ${(report.storage.bytesOnDisk / 1e9).toFixed(2)} GB on disk, read while background merges may still run.`,
        '',
        '| floor (issue 16) | floor | measured p99 | |',
        '| --- | --- | --- | --- |',
        row('logs of a trace', report.floors.logsOfTraceP99Ms),
        row('text search over one hour', report.floors.textSearchP99Ms),
        '',
        '| query (ms) | queries | p50 | p95 | p99 | max | |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        line('logs of a trace (`GET /api/traces/{id}/logs`: LogsReader.logsOfTrace)', report.logsOfTraceMs, `${traceLines} lines`),
        line('logs of one span (`?spanId=`)', report.logsOfSpanMs, `${spanLines} lines`),
        line('text search over one hour, newest 100 (`/api/logs?text=`)', report.textSearchOneHourMs, `words ${TEXTS.join(', ')}; ${textLines} lines`),
        line('Loki `query_range` with a line filter, one hour, limit 1000 (HTTP)', report.lokiQueryRangeLineFilterMs, `${LOKI.map((q) => `\`${q}\``).join(', ')}; ${lokiLines} lines`),
        '',
        'How the reads find their rows: the logs of a trace through `log_traces` (schema version 10: the trace\'s services, each with its first and last time) and then the sort key (tenant, service, time) of `logs`; a text search through the body `text` index within the hour (the time minmax index), the page\'s identities first and then its rows whole; a Loki stream selector on the service through the sort key, its line filter through the text index (`|=`) or a scan of the selected rows (`|~`).',
        '',
        ...keptNotes(join(reports, 'logs-read.md')),
      ].join('\n'),
    );
    console.log('report written to reports/logs-read.{json,md}');
  } finally {
    await api?.close();
    await store.close();
    // KEEP_DATA=1 leaves the store for a look at the plans afterwards.
    if (process.env.KEEP_DATA !== '1') rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
