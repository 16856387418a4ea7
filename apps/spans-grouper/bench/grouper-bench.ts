// spans-grouper benchmark, in-process on one core:
// 1. throughput: pre-encoded raw-spans records of generated traces (1-200 spans, 20 services,
//    ~64 traces interleaved, spans shuffled within each trace, cut into fragments of 1-20 spans as
//    the normalizer writes them from collector requests) through SpansGrouperHandler.handle
//    and flushDue (decode, buffer, graph, encode StructuredTrace records): spans/s and peak RSS;
// 2. memory: heap and RSS with GROUPER_MAX_BUFFERED_SPANS (200,000) spans buffered;
// 3. emit delay: a simulated stream in virtual time (spans arrive when they end, plus a 0-1 s or
//    0-5 s exporter delay per service and trace; the runner's 250 ms tick), through the TraceGrouper with
//    early completion on and off: the distribution of the time from a trace's last span to its emission.
// Writes reports/spans-grouper-bench.{json,md}.
//
//   npm run bench:grouper            (BENCH_SECONDS to change the throughput run; BENCH_RAW_SPANS_FORMAT=1
//                                     feeds one bare RawSpan per record, as normalizers before fragments wrote)
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRawSpanFragment, encodeRawSpan, encodeRawSpanFragment, type RawSpan } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { MAX_RECORD_BYTES, pipelineHeaders, RAW_SPANS } from '@tracehouse/topics';
import { grouperProjection, SpansGrouperHandler } from '../src/spans-grouper.handler';
import { TraceGrouper, type TraceGrouperOptions } from '../src/spans-grouper.processor';
import { encodeTraceRecord } from '../src/structured-trace-record';
import { generateTraces, prng, shuffle } from '../src/testdata/traces';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The raw-spans value format fed: the current one (a fragment per record, what normalizers write) or 1 (a span per record). */
const FORMAT = Number(process.env.BENCH_RAW_SPANS_FORMAT ?? RAW_SPANS.formatVersion);
// Reports go to the working directory's reports/ (npm runs scripts from the repository root).
const ROOT = process.cwd();
const DEFAULTS: TraceGrouperOptions = {
  quietMs: 30_000,
  earlyCompletion: true,
  completeQuietMs: 2_000,
  maxSpansPerTrace: 10_000,
  maxBufferedSpans: 200_000,
  rememberedTraces: 100_000,
  maxRecordBytes: MAX_RECORD_BYTES,
  encode: encodeTraceRecord,
};

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/**
 * Fragments of `traces` in a stream order: each trace's spans shuffled and cut into runs of 1-20
 * (one collector request's worth), ~`window` traces interleaved.
 */
function streamFragments(traces: ReturnType<typeof generateTraces>, window: number, seed: number): RawSpan[][] {
  const random = prng(seed);
  const keyed: Array<{ at: number; spans: RawSpan[] }> = [];
  traces.forEach((t, i) => {
    const spans = shuffle([...t.spans], random);
    for (let at = 0; at < spans.length; ) {
      const size = 1 + Math.floor(random() * 20);
      keyed.push({ at: i + random() * window, spans: spans.slice(at, at + size) });
      at += size;
    }
  });
  return keyed.sort((a, b) => a.at - b.at).map((k) => k.spans);
}

/** The pre-encoded input; the generator's objects are left behind for the GC. */
function inputRecords(): { traces: number; spans: number; messages: InboundMessage[] } {
  const traces = generateTraces({ count: 2_000, seed: 1, maxSpans: 200, services: 20 });
  // Format 1 gets the same spans in the same order, one record each: only the format differs.
  const fragments = streamFragments(traces, 64, 2);
  const chunks = FORMAT === 1 ? fragments.flat().map((s) => [s]) : fragments;
  const messages: InboundMessage[] = chunks.map((spans, offset) => {
    const [s] = spans as [RawSpan];
    return {
      topic: 'raw-spans',
      partition: 0,
      offset: String(offset),
      key: Buffer.from(RAW_SPANS.key(s.tenantId, s.traceId)),
      value: FORMAT === 1 ? Buffer.from(encodeRawSpan(s)) : RAW_SPANS.encode({ tenantId: s.tenantId, traceId: s.traceId, spans }),
      headers: FORMAT === 1 ? pipelineHeaders(s.tenantId, s.receivedAtMs) : RAW_SPANS.headers(s.tenantId, s.receivedAtMs),
      timestamp: s.receivedAtMs,
    };
  });
  return { traces: traces.length, spans: chunks.reduce((n, c) => n + c.length, 0), messages };
}

function throughput(): Record<string, number | boolean> {
  const { traces, spans: spansPerPass, messages } = inputRecords();
  (globalThis as { gc?: () => void }).gc?.();
  const inputRssMb = mb(process.memoryUsage().rss);
  const rawSpanBytes = messages.reduce((n, m) => n + m.value.length, 0) / spansPerPass;
  const handler = new SpansGrouperHandler({
    grouper: new TraceGrouper(DEFAULTS),
    inputTopic: 'raw-spans',
    outputTopic: 'structured-traces',
    maxRecordBytes: MAX_RECORD_BYTES,
    // As the module runs it with sampling off.
    projection: grouperProjection(undefined),
    logger: createLogger('spans-grouper', { level: 'warn' }),
    metrics: new Metrics('spans-grouper'),
  });

  /** One pass over the stream: handle every record, flush as the runner does after each batch. */
  const pass = (): { spansOut: number; records: number; outBytes: number } => {
    let spansOut = 0;
    let records = 0;
    let outBytes = 0;
    const take = (out: ReturnType<typeof handler.handle>): void => {
      for (const o of out) {
        records++;
        outBytes += o.value.length;
      }
    };
    for (let i = 0; i < messages.length; i++) {
      take(handler.handle(messages[i] as InboundMessage));
      // A fetched batch is ~500 records; the clock is pushed past the completion period so that
      // complete traces go out during the pass, as they would within seconds in a real stream.
      if (i % 500 === 499) {
        take(handler.flushDue(Date.now() + DEFAULTS.completeQuietMs));
        if (i % 10_000 === 9_999) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
    }
    take(handler.flushDue(Date.now() + DEFAULTS.quietMs));
    spansOut = spansPerPass;
    handler.reset();
    return { spansOut, records, outBytes };
  };

  let peakRss = 0;
  pass(); // warm-up
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(SECONDS * 1e9);
  let spansIn = 0;
  let records = 0;
  let outBytes = 0;
  while (process.hrtime.bigint() < deadline) {
    const r = pass();
    spansIn += spansPerPass;
    records += r.records;
    outBytes += r.outBytes;
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    traces,
    inputRssMb,
    spansPerPass,
    rawSpansFormat: FORMAT,
    rawSpansRecordsPerPass: messages.length,
    rawSpanBytes: Math.round(rawSpanBytes),
    spans: spansIn,
    records,
    meanRecordBytes: Math.round(outBytes / records),
    elapsedSeconds: Number(elapsed.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    spansPerSecond: Math.round(spansIn / elapsed),
    spansPerCpuSecond: Math.round(spansIn / cpuSeconds),
    peakRssDuringRunMb: mb(peakRss),
  };
}

function memoryAtCap(): Record<string, number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const grouper = new TraceGrouper({ ...DEFAULTS, maxBufferedSpans: DEFAULTS.maxBufferedSpans + 1 });
  const traces = generateTraces({ count: 6_000, seed: 5, maxSpans: 200, services: 20 });
  let offset = 0n;
  // As the stage holds them: decoded from the record bytes as the module decodes them (no
  // attributes: grouperProjection), plus a copy of those bytes.
  const projection = grouperProjection(undefined);
  outer: for (const t of traces) {
    for (const s of t.spans) {
      if (grouper.bufferedSpans >= DEFAULTS.maxBufferedSpans) break outer;
      const record = Buffer.from(encodeRawSpanFragment({ tenantId: s.tenantId, traceId: s.traceId, spans: [s] }));
      const { spans, spanBytes } = decodeRawSpanFragment(record, projection);
      grouper.add(spans[0] as RawSpan, 0, offset++, 0, spanBytes[0]);
    }
  }
  traces.length = 0;
  gc?.();
  const after = process.memoryUsage();
  const held = grouper.bufferedSpans;
  const used = after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers);
  return {
    bufferedSpans: held,
    heapMbAtCap: mb(after.heapUsed - before.heapUsed),
    spanBytesMbAtCap: mb(after.arrayBuffers - before.arrayBuffers),
    bytesPerBufferedSpan: Math.round(used / held),
    gcExposed: gc ? 1 : 0,
  };
}

interface DelayStats {
  traces: number;
  spans: number;
  /** Traces whose first record held all their spans. */
  wholeAtFirstEmission: number;
  /** Traces that needed a follow-up fragment (a span came after the trace went out). */
  withLateFragments: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  byReason: Record<string, number>;
}

/** Emit delays in virtual time: nothing here waits for real time. */
function emitDelay(earlyCompletion: boolean, maxExportDelayMs: number): DelayStats {
  const random = prng(11);
  const traces = generateTraces({ count: 4_000, seed: 9, maxSpans: 200, services: 20 });
  const ratePerSecond = 50;
  type Arrival = { at: number; span: RawSpan };
  const arrivals: Arrival[] = [];
  traces.forEach((t, i) => {
    const startMs = (i / ratePerSecond) * 1000;
    const root = t.spans[0] as RawSpan;
    const exportDelay = new Map<string, number>();
    for (const span of t.spans) {
      // A span is exported when it ends, in its service's next batch (0 to maxExportDelayMs later).
      let delay = exportDelay.get(span.serviceName);
      if (delay === undefined) exportDelay.set(span.serviceName, (delay = random() * maxExportDelayMs));
      const endsAfterMs = Number(span.endTimeUnixNano - root.startTimeUnixNano) / 1e6;
      arrivals.push({ at: Math.round(startMs + endsAfterMs + delay), span });
    }
  });
  arrivals.sort((a, b) => a.at - b.at);
  const grouper = new TraceGrouper({ ...DEFAULTS, earlyCompletion });
  const sizes = new Map(traces.map((t) => [t.traceId, t.spans.length]));
  const firstEmission = new Map<string, { delayMs: number; spans: number }>();
  const fragments = new Set<string>();
  const byReason: Record<string, number> = {};
  const take = (emissions: ReturnType<TraceGrouper['due']>): void => {
    for (const e of emissions) {
      if (e.part > 0) continue;
      byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
      if (e.trace.isFragment) fragments.add(e.trace.traceId);
      else firstEmission.set(e.trace.traceId, { delayMs: e.delayMs, spans: e.trace.spanCount });
    }
  };
  const TICK_MS = 250;
  let nextTick = TICK_MS;
  let offset = 0n;
  for (const { at, span } of arrivals) {
    while (nextTick <= at) {
      take(grouper.due(nextTick));
      nextTick += TICK_MS;
    }
    take(grouper.add(span, 0, offset++, at).emissions);
  }
  for (let end = nextTick + 120_000; nextTick <= end; nextTick += TICK_MS) take(grouper.due(nextTick));

  const whole = [...firstEmission].filter(([traceId, e]) => e.spans === sizes.get(traceId) && !fragments.has(traceId)).map(([, e]) => e.delayMs).sort((a, b) => a - b);
  const q = (p: number): number => Number(((whole[Math.min(whole.length - 1, Math.floor(p * whole.length))] ?? NaN) / 1000).toFixed(2));
  return {
    traces: traces.length,
    spans: arrivals.length,
    wholeAtFirstEmission: whole.length,
    withLateFragments: fragments.size,
    p50: q(0.5),
    p90: q(0.9),
    p99: q(0.99),
    max: q(1),
    byReason,
  };
}

function main(): void {
  const t = throughput();
  // Peak RSS of the throughput run alone: the later phases hold their whole simulated streams.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (process.env.BENCH_THROUGHPUT_ONLY) {
    process.stdout.write(`${JSON.stringify({ ...t, peakRssMb })}\n`);
    return;
  }
  const memory = memoryAtCap();
  const on = emitDelay(true, 1_000);
  const off = emitDelay(false, 1_000);
  const onSlowExport = emitDelay(true, 5_000);
  const result = {
    benchmark: 'spans-grouper',
    generatedAt: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    throughput: t,
    peakRssMb,
    memory,
    emitDelaySeconds: { earlyCompletionOn: on, earlyCompletionOff: off, earlyCompletionOnWith5sExportDelay: onSlowExport },
    floors: { spansPerSecond: 50_000, medianEmitDelaySecondsWithEarlyCompletion: 3 },
    meetsFloors: { spansPerSecond: Number(t.spansPerSecond) >= 50_000, spansPerCpuSecond: Number(t.spansPerCpuSecond) >= 50_000, medianEmitDelay: on.p50 < 3 },
  };
  const row = (name: string, d: DelayStats): string =>
    `| ${name} | ${d.p50} | ${d.p90} | ${d.p99} | ${d.max} | ${d.wholeAtFirstEmission} of ${d.traces} | ${d.withLateFragments} | ${Object.entries(d.byReason).map(([k, v]) => `${k} ${v}`).join(', ')} |`;
  const md = [
    '# spans-grouper benchmark',
    '',
    `Generated ${result.generatedAt} by \`npm run bench:grouper\` (apps/spans-grouper/bench/grouper-bench.ts).`,
    `Machine: ${result.machine.cores} cores (${result.machine.cpu}), ${result.machine.memoryGb} GB, Node ${result.machine.node}; other engineers' processes share these cores, so wall-clock spans/s is`,
    'bounded by how much of a core this process got (CPU s / wall s); spans per CPU-second is what one process does with a core of its own.',
    '',
    '## Throughput (one process, in-process: handler + processor, no Kafka)',
    '',
    `${t.traces} generated traces (1-200 spans, 20 services, ~64 traces interleaved, spans shuffled within a trace), ${t.spansPerPass} spans in ${t.rawSpansRecordsPerPass} raw-spans records (format ${t.rawSpansFormat}), ~${t.rawSpanBytes} B per span,`,
    'through `SpansGrouperHandler.handle` (decode, buffer, completeness) and `flushDue` every 500 records (graph, encode, split), default limits, early completion on.',
    '',
    '| spans/s per process | spans per CPU-second | CPU s / wall s | records | mean record B | peak RSS MB (process) | RSS MB during the run / with only the input built | floor | meets floor (per CPU-second) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${Number(t.spansPerSecond).toLocaleString('en-US')} | ${Number(t.spansPerCpuSecond).toLocaleString('en-US')} | ${t.cpuSeconds} / ${t.elapsedSeconds} | ${t.records} | ${t.meanRecordBytes} | ${peakRssMb} | ${t.peakRssDuringRunMb} / ${t.inputRssMb} | 50,000 | ${result.meetsFloors.spansPerCpuSecond ? 'yes' : 'NO'} (wall: ${result.meetsFloors.spansPerSecond ? 'yes' : 'no'}) |`,
    '',
    'Peak RSS (process) is reached while the benchmark builds its input (the generated traces); the next column is the RSS sampled while the stage ran, then the RSS with only the pre-encoded input held.',
    '',
    '## Memory at the buffer cap',
    '',
    `${memory.bufferedSpans.toLocaleString('en-US')} spans buffered (GROUPER_MAX_BUFFERED_SPANS default): heap +${memory.heapMbAtCap} MB (decoded spans, trace buffers) and +${memory.spanBytesMbAtCap} MB of span record bytes, ${memory.bytesPerBufferedSpan} B per buffered span${memory.gcExposed ? '' : ' (run with --expose-gc for exact figures)'}.`,
    '',
    '## Emit delay (time from a trace\'s last span to its emission), simulated',
    '',
    `${on.traces} traces at 50 traces/s (${on.spans} spans); each span arrives when it ends plus an exporter delay per service and trace (uniform 0-1 s, or 0-5 s: the OpenTelemetry SDK's default batch delay); flush every 250 ms; quiet window 30 s, completion quiet period 2 s.`,
    'Percentiles over traces whose first record held all their spans; "late fragments" counts traces that needed a follow-up fragment.',
    '',
    '| early completion | p50 s | p90 s | p99 s | max s | whole at first emission | traces with late fragments | emissions by reason |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    row('on, 0-1 s export delay', on),
    row('off, 0-1 s export delay', off),
    row('on, 0-5 s export delay', onSlowExport),
    '',
    `Floor: median emit delay with early completion under 3 s: ${result.meetsFloors.medianEmitDelay ? 'met' : 'NOT met'} (${on.p50} s).`,
    '',
  ].join('\n');
  const dir = join(ROOT, 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'spans-grouper-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'spans-grouper-bench.md'), md);
  process.stdout.write(`${md}\nwrote reports/spans-grouper-bench.{json,md}\n`);
}

main();
