// Benchmark of the view-generator's write path and the read library on this machine (embedded chdb).
//
// Writes SPANS generated, enriched, realistic traces (default 5 million spans) as enriched-traces
// records through the real handler (protobuf decode, row building, TSV encoding, batched inserts
// into every view; generating and encoding the records is not timed), then measures get-trace and
// one-hour service search latency. Prints the figures and writes reports/views-bench.{json,md}.
// Figures, never assertions: the floors are compared in the report.
//
//   npm run bench:views                      # 5M spans
//   SPANS=200000 npm run bench:views         # a quick run
//   BENCH_REPORT_NAME=views-bench-x npm run bench:views   # reports/views-bench-x.{json,md}, the committed report untouched
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { RawSpan, SpanEnrichment, StructuredTrace } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { ClickHouseViewWriter, TraceReader, TraceStore } from '@tracehouse/trace-store';
import { ViewGeneratorHandler } from '../src/view-generator.handler';

// REPO_ROOT lets a copy of dist/ (safe from concurrent rebuilds) write into the checkout.
const ROOT = process.env.REPO_ROOT ?? resolve(__dirname, '../../../..');
const SPANS = Number(process.env.SPANS ?? 5_000_000);
const BATCH = Number(process.env.BATCH ?? 50_000);
const HOURS = Number(process.env.HOURS ?? 6);
const QUERIES = Number(process.env.QUERIES ?? 200);
const REPORT_NAME = process.env.BENCH_REPORT_NAME || 'views-bench';
if (!/^[a-z0-9][a-z0-9._-]*$/.test(REPORT_NAME)) throw new Error(`BENCH_REPORT_NAME must be a file name of a-z, 0-9, ".", "_" and "-" (got "${REPORT_NAME}")`);
const TENANT = 'bench';
const T0_NS = 1_767_225_600_000_000_000n; // 2026-01-01T00:00:00Z
const MS = 1_000_000n;

/** mulberry32: a small seeded PRNG, so every run writes the same data. */
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
const rand = rng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

const SERVICES = ['frontend', 'checkout', 'cart', 'catalog', 'payment', 'shipping', 'users', 'search', 'recommendation', 'inventory', 'pricing', 'notification', 'auth', 'orders', 'reviews', 'ads', 'currency', 'email', 'fraud', 'gateway'];
const ROUTES = ['/api/items/{id}', '/api/cart', '/api/checkout', '/api/users/{id}', '/api/search', '/api/orders/{id}', '/api/prices', '/api/stock/{id}', '/health', '/api/reviews/{id}'];
const BACKENDS = [
  { name: 'postgres/shop', type: 'postgresql', protocol: 'DB' as const, op: 'SELECT' },
  { name: 'redis', type: 'redis', protocol: 'CACHE' as const, op: 'GET' },
  { name: 'kafka/events', type: 'kafka', protocol: 'MESSAGING' as const, op: 'publish' },
  { name: 'mongodb/catalog', type: 'mongodb', protocol: 'DB' as const, op: 'find' },
];

let traceCounter = 0;

function baseSpan(traceId: string, id: string, parent: string, service: string, name: string, kind: RawSpan['kind'], start: bigint, durNs: bigint, e: SpanEnrichment): RawSpan {
  return {
    tenantId: TENANT,
    traceId,
    spanId: id,
    parentSpanId: parent,
    traceState: '',
    name,
    kind,
    startTimeUnixNano: start,
    endTimeUnixNano: start + durNs,
    statusCode: 'UNSET',
    statusMessage: '',
    serviceName: service,
    attributes: { 'thread.name': 'main', 'code.function': `handle${name.length}`, 'net.host.name': `${service}-0` },
    resourceAttributes: { 'service.name': service, 'service.version': '1.4.2', 'host.name': `${service}-${Math.floor(rand() * 4)}`, 'telemetry.sdk.name': 'opentelemetry', 'telemetry.sdk.language': 'nodejs', 'deployment.environment': 'prod' },
    scopeName: '@opentelemetry/instrumentation-http',
    scopeVersion: '0.57.0',
    events: [],
    links: [],
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
    flags: 1,
    receivedAtMs: Number(start / MS) + 500,
    enrichment: e,
  };
}

function enrichment(service: string, extra: Partial<SpanEnrichment>): SpanEnrichment {
  return { role: 'INTERNAL', protocol: 'HTTP', apiEntry: false, apiExit: false, serviceId: `svc:${service}`, serviceName: service, apiId: '', apiName: '', entryApiId: '', entryApiName: '', backendId: '', backendName: '', backendType: '', apiStatus: 'SUCCESS', errorCount: 0, exceptionCount: 0, ...extra };
}

/**
 * One realistic trace: a frontend API entry calling 1-3 downstream services over HTTP, each with its
 * own API entry, 1-3 backend calls and an internal span; about 10 spans, 2% of requests fail.
 */
function generateTrace(startNs: bigint): StructuredTrace {
  const n = traceCounter++;
  const traceId = hex(n + 1, 16) + hex(Math.floor(rand() * 2 ** 32), 8) + hex(Math.floor(rand() * 2 ** 32), 8);
  let spanNo = 0;
  const nextId = (): string => hex(n * 64 + ++spanNo, 16);
  const spans: RawSpan[] = [];
  const failed = rand() < 0.02;
  const route = pick(ROUTES);
  const rootApi = `GET ${route}`;
  const rootDur = BigInt(20 + Math.floor(rand() * 400)) * MS;
  const rootId = nextId();
  const root = baseSpan(traceId, rootId, '', 'frontend', rootApi, 'SERVER', startNs, rootDur, enrichment('frontend', { role: 'ENTRY', apiEntry: true, apiId: `api:frontend:${rootApi}`, apiName: rootApi, entryApiId: `api:frontend:${rootApi}`, entryApiName: rootApi, apiStatus: failed ? 'FAIL' : 'SUCCESS', errorCount: failed ? 1 : 0 }));
  root.http = { method: 'GET', url: `https://shop.example${route.replace('{id}', String(n % 9973))}?q=${n}`, host: 'shop.example', path: route.replace('{id}', String(n % 9973)), route, statusCode: failed ? 500 : 200 };
  root.attributes = { ...root.attributes, 'http.request.method': 'GET', 'url.full': root.http.url ?? '', 'http.response.status_code': BigInt(root.http.statusCode ?? 0), 'user.id': `u-${n % 5000}`, 'session.id': hex(n * 7919, 12) };
  if (failed) {
    root.statusCode = 'ERROR';
    root.error = { isError: true, type: 'HttpError', message: 'upstream failed' };
  }
  spans.push(root);
  const calls = 1 + Math.floor(rand() * 3);
  let offset = 2n * MS;
  for (let c = 0; c < calls; c++) {
    const service = SERVICES[1 + Math.floor(rand() * (SERVICES.length - 1))] as string;
    const api = `POST /${service}/${pick(['get', 'list', 'update', 'check'])}`;
    const dur = BigInt(5 + Math.floor(rand() * 80)) * MS;
    const clientId = nextId();
    const client = baseSpan(traceId, clientId, rootId, 'frontend', 'POST', 'CLIENT', startNs + offset, dur + 2n * MS, enrichment('frontend', { role: 'EXIT', apiExit: true, entryApiId: root.enrichment?.apiId, entryApiName: rootApi, callee: { calleeKind: 'SERVICE', calleeServiceId: `svc:${service}`, calleeServiceName: service, calleeApiId: `api:${service}:${api}`, calleeApiName: api, calleeBackendId: '', calleeBackendName: '' } }));
    client.http = { method: 'POST', url: `http://${service}:8080/${service}`, host: service, port: 8080, statusCode: 200 };
    spans.push(client);
    const serverId = nextId();
    const server = baseSpan(traceId, serverId, clientId, service, api, 'SERVER', startNs + offset + MS, dur, enrichment(service, { role: 'ENTRY', apiEntry: true, apiId: `api:${service}:${api}`, apiName: api, entryApiId: `api:${service}:${api}`, entryApiName: api }));
    server.http = { method: 'POST', url: `http://${service}:8080/${service}`, host: service, route: `/${service}`, statusCode: 200 };
    spans.push(server);
    const backends = 1 + Math.floor(rand() * 3);
    for (let b = 0; b < backends; b++) {
      const be = pick(BACKENDS);
      const bdur = BigInt(1 + Math.floor(rand() * 10)) * MS;
      const s = baseSpan(traceId, nextId(), serverId, service, `${be.op} ${be.name}`, 'CLIENT', startNs + offset + 2n * MS + BigInt(b) * MS, bdur, enrichment(service, { role: 'EXIT', protocol: be.protocol, apiExit: true, entryApiId: `api:${service}:${api}`, entryApiName: api, backendId: `backend:${be.name}`, backendName: be.name, backendType: be.type, callee: { calleeKind: 'BACKEND', calleeServiceId: '', calleeServiceName: '', calleeApiId: '', calleeApiName: '', calleeBackendId: `backend:${be.name}`, calleeBackendName: be.name } }));
      if (be.protocol === 'DB') s.db = { system: be.type, name: 'shop', operation: be.op, statement: `${be.op} * FROM items WHERE id = $1`, table: 'items' };
      else if (be.protocol === 'MESSAGING') s.messaging = { system: 'kafka', destination: 'events', operation: 'publish' };
      else s.db = { system: 'redis', operation: 'GET', statement: `GET item:${n % 1000}` };
      spans.push(s);
    }
    spans.push(baseSpan(traceId, nextId(), serverId, service, 'serialize', 'INTERNAL', startNs + offset + dur - MS, MS / 2n, enrichment(service, { entryApiId: `api:${service}:${api}`, entryApiName: api })));
    offset += dur + 3n * MS;
  }
  const index = new Map(spans.map((s, i) => [s.spanId, i]));
  return {
    tenantId: TENANT,
    traceId,
    spans,
    spanEdges: spans.flatMap((s, i) => (s.parentSpanId ? [{ parentIndex: index.get(s.parentSpanId) ?? 0, childIndex: i }] : [])),
    rootIndices: [0],
    startTimeUnixNano: startNs,
    endTimeUnixNano: startNs + rootDur,
    spanCount: spans.length,
    isFragment: false,
    fragmentSeq: 0,
    truncated: false,
    overflowSpanCount: 0,
    emittedAtMs: Number(startNs / MS) + 30_000,
    enrichment: { transactionName: rootApi, rootServiceName: 'frontend', services: [...new Set(spans.map((s) => s.serviceName))], serviceCount: 0, spanCount: spans.length, errorCount: failed ? 1 : 0, exceptionCount: 0, apiEntryCount: 1 + calls },
  };
}

function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  const round = (v: number): number => Math.round(v * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(s[s.length - 1] ?? 0), mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)) };
}

/** The engine's cumulative counters that say where its write CPU went (system.events; chdb keeps no query_log). */
const ENGINE_EVENTS = ['InsertedRows', 'InsertedBytes', 'Merge', 'MergedRows', 'MergedUncompressedBytes', 'MergeTotalMilliseconds', 'MergesTimeMilliseconds', 'UserTimeMicroseconds', 'SystemTimeMicroseconds', 'MergeTreeDataWriterRows', 'MergeTreeDataWriterUncompressedBytes', 'MergeTreeDataWriterCompressedBytes', 'CompressedReadBufferBytes', 'OSCPUVirtualTimeMicroseconds'] as const;

async function engineEvents(store: TraceStore): Promise<Record<string, number>> {
  const rows = await (await store.client.query({ query: `SELECT event, value FROM system.events WHERE event IN {names:Array(String)}`, query_params: { names: [...ENGINE_EVENTS] }, format: 'JSONEachRow' })).json<{ event: string; value: string }>();
  return Object.fromEntries(rows.map((r) => [r.event, Number(r.value)]));
}

/** Marks where the hand-written notes of views-bench.md begin: a run keeps them below its figures. */
const NOTES_MARKER = '<!-- notes: written by hand, kept by every run -->';

/** The notes section of the existing report (from its marker to the end), or none. */
function keptNotes(path: string): string[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(NOTES_MARKER);
  return at < 0 ? [] : [text.slice(at).trimEnd(), ''];
}

async function main(): Promise<void> {
  const dataDir = join(ROOT, '.data', `bench-views-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const store = TraceStore.open({ dataPath: dataDir, database: 'tracehouse' });
  await store.migrate();
  // BENCH_SQL: statements (`;`-separated, `{db}` for the database) run after the migrations, to
  // measure a setting before it becomes a migration.
  for (const statement of (process.env.BENCH_SQL ?? '').split(';').map((x) => x.trim()).filter(Boolean)) {
    await store.client.command({ query: statement.replaceAll('{db}', store.database) });
  }
  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const metrics = new Metrics('view-generator');
  const handler = new ViewGeneratorHandler({ writer: new ClickHouseViewWriter(store), logger: createLogger('view-generator', { level: 'warn' }), metrics, batchMaxSpans: BATCH, batchMaxAgeMs: 60_000, retryMaxMs: 1_000 });

  const spanWindowNs = BigInt(HOURS) * 3_600_000n * MS;
  const expectedTraces = Math.ceil(SPANS / 10);
  const stepNs = spanWindowNs / BigInt(expectedTraces);
  const sampleIds: string[] = [];
  let written = 0;
  let traces = 0;
  let offset = 0;
  let timedMs = 0;
  const cpu0 = process.cpuUsage();
  let untimedCpuUs = 0;
  const started = Date.now();
  let lastLog = started;
  while (written < SPANS) {
    // Generate and encode a chunk (not timed: that is the enricher's work and Kafka's).
    const g0 = process.cpuUsage();
    const chunk: InboundMessage[] = [];
    for (let i = 0; i < 2_000 && written < SPANS; i++) {
      const t = generateTrace(T0_NS + BigInt(traces) * stepNs);
      traces++;
      written += t.spans.length;
      if (traces % Math.max(1, Math.floor(expectedTraces / (QUERIES * 2))) === 0) sampleIds.push(t.traceId);
      chunk.push({ topic: 'enriched-traces', partition: 0, offset: String(offset++), key: Buffer.from(`${TENANT}/${t.traceId}`), value: ENRICHED_TRACES.encode(t), headers: pipelineHeaders(TENANT, 1), timestamp: 1 });
    }
    const g = process.cpuUsage(g0);
    untimedCpuUs += g.user + g.system;
    const t0 = performance.now();
    for (const m of chunk) await handler.handle(m);
    timedMs += performance.now() - t0;
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      console.log(`  ${written.toLocaleString('en')} spans written, ${Math.round(written / (timedMs / 1000)).toLocaleString('en')} spans/s so far, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
    }
  }
  const t0 = performance.now();
  await handler.drain();
  timedMs += performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const engine = await engineEvents(store);
  const writeCpuS = (cpu.user + cpu.system - untimedCpuUs) / 1e6;
  // Rows stored per table (before merges collapse any repeat), the call views included: ClickHouse
  // derives those from `spans` by materialized views.
  const rowsByTable: Record<string, number> = {};
  for (const table of ['spans', 'service_calls', 'backend_calls', 'api_calls', 'traces']) {
    const [{ n } = { n: '0' }] = await (await store.client.query({ query: `SELECT count() AS n FROM ${store.qualified(table)}`, format: 'JSONEachRow' })).json<{ n: string }>();
    rowsByTable[table] = Number(n);
  }
  const writeRssMb = Math.round(peakRss / 1e6);
  const spansPerSec = Math.round(written / (timedMs / 1000));
  console.log(`wrote ${written.toLocaleString('en')} spans in ${traces.toLocaleString('en')} traces: ${(timedMs / 1000).toFixed(1)} s => ${spansPerSec.toLocaleString('en')} spans/s (wall), ${Math.round(written / writeCpuS).toLocaleString('en')} spans per CPU-second; peak RSS ${writeRssMb} MB`);
  console.log(`rows per table: ${JSON.stringify(rowsByTable)}`);
  console.log(`engine events while writing: ${JSON.stringify(engine)}`);

  const reader = new TraceReader(store);
  const [{ stored } = { stored: '0' }] = await (await store.client.query({ query: `SELECT count() AS stored FROM ${store.qualified('spans')}`, format: 'JSONEachRow' })).json<{ stored: string }>();
  const [{ parts } = { parts: '0' }] = await (await store.client.query({ query: `SELECT count() AS parts FROM system.parts WHERE database = {db:String} AND table = 'spans' AND active`, query_params: { db: store.database }, format: 'JSONEachRow' })).json<{ parts: string }>();

  // get-trace: known trace ids spread over the data.
  const ids = sampleIds.slice(0, QUERIES);
  await reader.getTrace(TENANT, ids[0] ?? '1'); // warm-up
  const getTrace: number[] = [];
  // Process CPU per query (engine threads included): what serving reads costs beside writing.
  const getTraceCpu0 = process.cpuUsage();
  let spansRead = 0;
  for (const id of ids) {
    const q0 = performance.now();
    const trace = await reader.getTrace(TENANT, id);
    getTrace.push(performance.now() - q0);
    spansRead += trace?.spans.length ?? 0;
  }
  // One-hour service searches at random positions within the data.
  const getTraceCpu = process.cpuUsage(getTraceCpu0);
  const search: number[] = [];
  const searchCpu0 = process.cpuUsage();
  let found = 0;
  for (let i = 0; i < QUERIES; i++) {
    const from = T0_NS + BigInt(Math.floor(rand() * Math.max(1, HOURS - 1) * 3600)) * 1_000_000_000n;
    const q0 = performance.now();
    const result = await reader.searchTraces(TENANT, { service: pick(SERVICES.slice(1)), range: { fromUnixNano: from, toUnixNano: from + 3_600_000n * MS }, limit: 20 });
    search.push(performance.now() - q0);
    found += result.length;
  }
  const searchCpu = process.cpuUsage(searchCpu0);
  const cpuMsPer = (usage: NodeJS.CpuUsage, n: number): number => Math.round(((usage.user + usage.system) / 1000 / Math.max(1, n)) * 100) / 100;
  clearInterval(rssTimer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadavg: loadavg(), node: process.version },
    input: { spans: written, traces, hours: HOURS, batchMaxSpans: BATCH },
    write: { seconds: Math.round(timedMs / 100) / 10, spansPerSecond: spansPerSec, spansPerCpuSecond: Math.round(written / writeCpuS), rowsByTable, peakRssMb: writeRssMb, engineEvents: engine },
    storage: { spanRowsStored: Number(stored), activeSpanParts: Number(parts) },
    getTraceMs: { queries: getTrace.length, spansRead, ...percentiles(getTrace), cpuMsPerQuery: cpuMsPer(getTraceCpu, getTrace.length) },
    oneHourServiceSearchMs: { queries: search.length, tracesFound: found, ...percentiles(search), cpuMsPerQuery: cpuMsPer(searchCpu, search.length) },
    peakRssMb: Math.max(Math.round(peakRss / 1e6), maxRssMb),
    floors: {
      writeSpansPerSecond: { floor: 50_000, measured: spansPerSec, met: spansPerSec >= 50_000 },
      getTraceP99Ms: { floor: 100, measured: percentiles(getTrace).p99, met: percentiles(getTrace).p99 < 100 },
      searchP99Ms: { floor: 500, measured: percentiles(search).p99, met: percentiles(search).p99 < 500 },
    },
  };
  console.log(`get-trace (${getTrace.length} queries, ${spansRead} spans): ${JSON.stringify(report.getTraceMs)}`);
  console.log(`one-hour service search (${search.length} queries, ${found} traces): ${JSON.stringify(report.oneHourServiceSearchMs)}`);
  console.log(`peak RSS ${report.peakRssMb} MB; load average ${report.machine.loadavg.map((l) => l.toFixed(1)).join(' ')}`);
  const reports = join(ROOT, 'reports');
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, `${REPORT_NAME}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const row = (name: string, f: { floor: number; measured: number; met: boolean }, unit: string): string => `| ${name} | ${f.floor.toLocaleString('en')} ${unit} | ${f.measured.toLocaleString('en')} ${unit} | ${f.met ? 'met' : '**not met**'} |`;
  writeFileSync(
    join(reports, `${REPORT_NAME}.md`),
    [
      '# view-generator benchmark',
      '',
      `Run ${report.date} on ${report.machine.cpus} CPUs (load average at the end ${report.machine.loadavg.map((l) => l.toFixed(1)).join(', ')}: the machine is shared), Node ${report.machine.node}, embedded chdb. Command: \`SPANS=${SPANS} npm run bench:views\`.`,
      '',
      `Input: ${written.toLocaleString('en')} spans in ${traces.toLocaleString('en')} generated traces (about 10 spans each: a frontend API calling 1-3 services, each with backend calls) over ${HOURS} hours, written as enriched-traces records through the handler (protobuf decode, row building, TSV encoding, inserts of ${BATCH.toLocaleString('en')}-span batches into spans (trace_spans filled from the same staged file) and trace_fragments, from which ClickHouse's materialized views fill the other views). Generating and encoding the records is not timed.`,
      '',
      '| figure | floor | measured | |',
      '| --- | --- | --- | --- |',
      row('spans written per second (one process, wall)', report.floors.writeSpansPerSecond, 'spans/s'),
      row('get-trace p99', report.floors.getTraceP99Ms, 'ms'),
      row('one-hour service search p99 (limit 20)', report.floors.searchP99Ms, 'ms'),
      '',
      `- Write: ${report.write.seconds} s, ${report.write.spansPerCpuSecond.toLocaleString('en')} spans per CPU-second (engine threads included); rows ${JSON.stringify(rowsByTable)}.`,
      `- get-trace (${getTrace.length} queries): ${JSON.stringify(report.getTraceMs)} ms.`,
      `- one-hour service search (${search.length} queries): ${JSON.stringify(report.oneHourServiceSearchMs)} ms.`,
      `- ${report.storage.spanRowsStored.toLocaleString('en')} span rows stored in ${report.storage.activeSpanParts} active parts when reading (background merges still running).`,
      `- Peak RSS: ${report.write.peakRssMb} MB while writing, ${report.peakRssMb} MB overall.`,
      `- Engine while writing (system.events): ${engine.UserTimeMicroseconds !== undefined ? `${((engine.UserTimeMicroseconds + (engine.SystemTimeMicroseconds ?? 0)) / written).toFixed(1)} us CPU per span in its query and merge threads; ` : ''}${engine.Merge ?? 0} merges rewrote ${((engine.MergedUncompressedBytes ?? 0) / 1e9).toFixed(2)} GB (uncompressed) for ${((engine.InsertedBytes ?? 0) / 1e9).toFixed(2)} GB inserted. Process CPU per query: get-trace ${report.getTraceMs.cpuMsPerQuery} ms, search ${report.oneHourServiceSearchMs.cpuMsPerQuery} ms.`,
      '',
      ...keptNotes(join(reports, `${REPORT_NAME}.md`)),
    ].join('\n'),
  );
  console.log(`report written to reports/${REPORT_NAME}.{json,md}`);
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
