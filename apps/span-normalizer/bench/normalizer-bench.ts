// span-normalizer throughput, in-process: pre-built otlp-spans records (OTLP TracesData protobuf,
// realistic HTTP server/client, database and messaging spans with current and older semconv
// names) go through SpanNormalizerHandler.handle (decode, translate, redact, first-class fields,
// encode one raw-spans record per trace fragment) on one core. Prints spans/s and peak RSS, writes reports/span-normalizer-bench.{json,md}.
//
//   npm run bench:normalizer            (BENCH_SECONDS, BENCH_SPANS_PER_RECORD to change the run)
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Long from 'long';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { OTLP_SPANS, pipelineHeaders, RAW_SPANS } from '@tracehouse/topics';
import type { KeyValue, Span, TracesData } from '@tracehouse/otlp';
import { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS } from '../src/config/span-normalizer.config';
import { SpanNormalizerHandler } from '../src/span-normalizer.handler';
import { SpanNormalizer } from '../src/span-normalizer.processor';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SPANS_PER_RECORD = Number(process.env.BENCH_SPANS_PER_RECORD ?? 20);
const RECORDS = 2_000;
// Reports go to the working directory's reports/ (npm runs scripts from the repository root).
const ROOT = process.cwd();

const s = (key: string, value: string): KeyValue => ({ key, value: { string_value: value } });
const i = (key: string, value: number): KeyValue => ({ key, value: { int_value: Long.fromNumber(value) } });
const id = (n: number, bytes: number): Buffer => Buffer.from(n.toString(16).padStart(bytes * 2, '0').slice(-bytes * 2), 'hex');

/** One span of a realistic mix: HTTP server (current semconv), HTTP client (older), DB, messaging. */
function span(trace: number, n: number): Span {
  const start = 1_700_000_000_000_000_000n + BigInt(trace) * 1_000_000n + BigInt(n) * 1_000n;
  const base = {
    trace_id: id(trace + 1, 16),
    span_id: id(trace * 1000 + n + 1, 8),
    parent_span_id: n === 0 ? Buffer.alloc(0) : id(trace * 1000 + Math.floor(n / 2) + 1, 8),
    start_time_unix_nano: Long.fromString(start.toString(), true),
    end_time_unix_nano: Long.fromString((start + 2_500_000n).toString(), true),
    status: { code: n % 17 === 0 ? 2 : 0, message: n % 17 === 0 ? 'boom' : '' },
  };
  switch (n % 4) {
    case 0:
      return {
        ...base,
        name: 'GET /api/orders/{id}',
        kind: 2,
        attributes: [
          s('http.request.method', 'GET'), s('url.path', `/api/orders/${trace}`), s('url.query', 'expand=items&access_token=abc'), s('url.scheme', 'https'),
          s('server.address', 'shop.example.com'), i('server.port', 443), s('http.route', '/api/orders/{id}'), i('http.response.status_code', 200),
          s('user_agent.original', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36'), s('client.address', '10.1.2.3'), s('network.protocol.version', '1.1'),
          { key: 'http.request.header.authorization', value: { array_value: { values: [{ string_value: 'Bearer eyJhbGciOi' }] } } },
        ],
      };
    case 1:
      return {
        ...base,
        name: 'HTTP GET',
        kind: 3,
        attributes: [
          s('http.method', 'GET'), s('http.url', `http://inventory.svc:8080/items/${n}?sig=xyz`), i('http.status_code', 200), s('net.peer.name', 'inventory.svc'),
          i('net.peer.port', 8080), s('peer.service', 'inventory'), i('http.response_content_length', 1834),
        ],
      };
    case 2:
      return {
        ...base,
        name: 'SELECT shop.orders',
        kind: 3,
        attributes: [
          s('db.system', 'postgresql'), s('db.name', 'shop'), s('db.statement', 'SELECT id, customer_id, total, created_at FROM orders WHERE id = $1 AND tenant = $2'),
          s('db.operation', 'SELECT'), s('db.sql.table', 'orders'), s('server.address', 'pg.internal'), i('server.port', 5432), s('db.user', 'app'),
        ],
      };
    default:
      return {
        ...base,
        name: 'orders publish',
        kind: 4,
        attributes: [s('messaging.system', 'kafka'), s('messaging.destination.name', 'orders'), s('messaging.operation.type', 'publish'), s('server.address', 'kafka-0'), i('server.port', 9092)],
        events: [{ time_unix_nano: base.start_time_unix_nano, name: 'sent', attributes: [i('bytes', 512)] }],
      };
  }
}

function record(trace: number): InboundMessage {
  const data: TracesData = {
    resource_spans: [
      {
        resource: { attributes: [s('service.name', `service-${trace % 20}`), s('service.version', '1.4.2'), s('host.name', 'node-7'), s('telemetry.sdk.language', 'nodejs'), i('process.pid', 4242)] },
        scope_spans: [{ scope: { name: '@opentelemetry/instrumentation-http', version: '0.52.1' }, spans: Array.from({ length: SPANS_PER_RECORD }, (_, n) => span(trace, n)) }],
      },
    ],
  };
  return { topic: 'otlp-spans', partition: 0, offset: String(trace), key: Buffer.from(id(trace + 1, 16).toString('hex')), value: OTLP_SPANS.encode(data), headers: pipelineHeaders('acme', 1_700_000_001_000), timestamp: 1_700_000_001_000 };
}

function main(): void {
  const records = Array.from({ length: RECORDS }, (_, t) => record(t));
  const handler = new SpanNormalizerHandler({
    normalizer: new SpanNormalizer({ dropRules: [{ spanName: 'GET /healthz' }], redactKeys: DEFAULT_REDACT_KEYS, redactQueryParams: DEFAULT_REDACT_QUERY_PARAMS, dbStatementMaxLength: 4096 }),
    outputTopic: 'raw-spans',
    logger: createLogger('span-normalizer', { level: 'warn' }),
    metrics: new Metrics('span-normalizer'),
    dropLogIntervalMs: 10_000,
  });
  const inputBytes = records.reduce((n, r) => n + r.value.length, 0);

  // Warm-up: one pass, so the JIT has compiled the hot paths before timing.
  // It also counts what one pass writes: spans (in raw-spans fragments) and records.
  let outBytes = 0;
  let spansPerPass = 0;
  let recordsPerPass = 0;
  for (const r of records) {
    for (const o of handler.handle(r)) {
      outBytes += o.value.length;
      spansPerPass += RAW_SPANS.decodeRecord(o.value, o.headers ?? {}).spans.length;
      recordsPerPass++;
    }
  }
  const rawSpanBytes = outBytes / spansPerPass;

  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(SECONDS * 1e9);
  let spans = 0;
  let outRecords = 0;
  let passes = 0;
  while (process.hrtime.bigint() < deadline) {
    for (const r of records) handler.handle(r);
    spans += spansPerPass;
    outRecords += recordsPerPass;
    passes++;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const spansPerSecond = spans / elapsed;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const result = {
    benchmark: 'span-normalizer',
    generatedAt: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    setup: { seconds: SECONDS, records: RECORDS, spansPerRecord: SPANS_PER_RECORD, otlpRecordBytes: Math.round(inputBytes / RECORDS), rawSpanBytes: Math.round(rawSpanBytes) },
    spans,
    rawSpansRecords: outRecords,
    passes,
    elapsedSeconds: Number(elapsed.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    spansPerSecond: Math.round(spansPerSecond),
    spansPerCpuSecond: Math.round(spans / cpuSeconds),
    peakRssMb: Math.round(peakRssMb),
    floorSpansPerSecond: 50_000,
    meetsFloor: { spansPerSecond: spansPerSecond >= 50_000, spansPerCpuSecond: spans / cpuSeconds >= 50_000 },
  };
  const md = [
    '# span-normalizer benchmark',
    '',
    `Generated ${result.generatedAt} by \`npm run bench:normalizer\` (apps/span-normalizer/bench/normalizer-bench.ts).`,
    `Machine: ${result.machine.cores} cores (${result.machine.cpu}), ${result.machine.memoryGb} GB, Node ${result.machine.node}; other engineers' processes share these cores, so wall-clock`,
    'spans/s is bounded by how much of a core this process got (CPU s / wall s); spans per CPU-second is what one process does with a core of its own.',
    '',
    'In-process, one thread: `SpanNormalizerHandler.handle` on pre-built otlp-spans records (decode the OTLP TracesData, translate, drop rules, redaction with the default',
    'patterns, first-class fields, encode one RawSpanFragment per trace: one raw-spans record per input record). Kafka is not involved: this is the stage\'s own cost per span.',
    `Input: ${RECORDS} records of ${SPANS_PER_RECORD} spans (${result.setup.otlpRecordBytes} B each), a mix of HTTP server (current semconv), HTTP client (older semconv), database and messaging spans; raw-spans ~${result.setup.rawSpanBytes} B per span, ${(outRecords / passes).toLocaleString('en-US')} records per pass of ${spansPerPass.toLocaleString('en-US')} spans.`,
    '',
    '| spans/s per process | spans per CPU-second | CPU s / wall s | peak RSS MB | floor | meets floor (per CPU-second) |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${result.spansPerSecond.toLocaleString('en-US')} | ${result.spansPerCpuSecond.toLocaleString('en-US')} | ${result.cpuSeconds} / ${result.elapsedSeconds} | ${result.peakRssMb} | 50,000 | ${result.meetsFloor.spansPerCpuSecond ? 'yes' : 'NO'} (wall: ${result.meetsFloor.spansPerSecond ? 'yes' : 'no'}) |`,
    '',
  ].join('\n');
  const dir = join(ROOT, 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'span-normalizer-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'span-normalizer-bench.md'), md);
  process.stdout.write(`${md}\nwrote reports/span-normalizer-bench.{json,md}\n`);
}

main();
