// spans-grouper tail-sampling benchmark, in-process on one core: the same pre-encoded raw-spans
// stream (2,000 generated traces of 1-200 spans; 10% with an error span, 10% slow) through
// SpansGrouperHandler.handle and flushDue with sampling off, and on with the policy
// errors + slow + 10% of the rest. Passes alternate between the two so that other processes on
// shared cores weigh on both alike. Prints and writes reports/spans-grouper-sampling-bench.{json,md}:
// spans per CPU-second of the grouper, and what goes on downstream (records, spans, bytes).
//
//   node tools/build.mjs && node --expose-gc dist/apps/spans-grouper/bench/sampling-bench.js   (BENCH_SECONDS per mode, default 10)
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSpan } from '@tracehouse/model';
import { createLogger, Metrics } from '@tracehouse/observability';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { MAX_RECORD_BYTES, RAW_SPANS, STRUCTURED_TRACES } from '@tracehouse/topics';
import { parseSamplingPolicy } from '../src/sampling/sampling-policy';
import { TailSampler } from '../src/sampling/tail-sampler';
import { grouperProjection, SpansGrouperHandler } from '../src/spans-grouper.handler';
import { TraceGrouper, type TraceGrouperOptions } from '../src/spans-grouper.processor';
import { encodeTraceRecord } from '../src/structured-trace-record';
import { generateTraces, prng, shuffle } from '../src/testdata/traces';

/** The last whole-pipeline comparison (pipeline-sampling.bench.ts), as one clause, or '' when there is none. */
function pipelineFigure(): string {
  const file = join(ROOT, 'reports', 'pipeline-sampling-bench.json');
  if (!existsSync(file)) return '';
  const r = JSON.parse(readFileSync(file, 'utf8')) as { generatedAt: string; runs: Array<{ label: string; loadToDrain: { cpuMicrosPerAcknowledgedSpan: number } }>; ratio: { pipelineCpuPerAcknowledgedSpan?: number } };
  return `: its last run (${r.generatedAt.slice(0, 16)}Z) gave ${r.runs.map((x) => `${x.loadToDrain.cpuMicrosPerAcknowledgedSpan} µs (${x.label})`).join(' and ')}, ratio ${r.ratio.pipelineCpuPerAcknowledgedSpan ?? '–'}`;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROOT = process.cwd();
const OPTIONS: TraceGrouperOptions = {
  quietMs: 30_000,
  earlyCompletion: true,
  completeQuietMs: 2_000,
  maxSpansPerTrace: 10_000,
  maxBufferedSpans: 200_000,
  rememberedTraces: 100_000,
  maxRecordBytes: MAX_RECORD_BYTES,
  encode: encodeTraceRecord,
};
const POLICY = parseSamplingPolicy(
  {
    default: {
      rules: [
        { name: 'errors', when: { type: 'error' } },
        { name: 'slow', when: { type: 'latency', thresholdMs: 1_000 } },
        { name: 'ten-percent', when: { type: 'probabilistic', percentage: 10 } },
      ],
      otherwise: 'drop',
    },
  },
  'bench',
);

/** The stream: each trace's spans shuffled and cut into fragments of 1-20, ~64 traces interleaved. */
function inputRecords(): { spans: number; messages: InboundMessage[] } {
  const random = prng(2);
  const traces = generateTraces({ count: 2_000, seed: 1, maxSpans: 200, services: 20 }).map((t, i) => {
    const [root, ...rest] = t.spans as [RawSpan, ...RawSpan[]];
    // 10% with an error on a random span, another 10% slow (the root lasts 1.5 s instead of 0.5 s).
    if (i % 10 === 3) {
      const at = Math.floor(random() * t.spans.length);
      return { ...t, spans: t.spans.map((s, k) => (k === at ? { ...s, statusCode: 'ERROR' as const } : s)) };
    }
    if (i % 10 === 7) return { ...t, spans: [{ ...root, endTimeUnixNano: root.startTimeUnixNano + 1_500_000_000n }, ...rest] };
    return t;
  });
  const keyed: Array<{ at: number; spans: RawSpan[] }> = [];
  traces.forEach((t, i) => {
    const spans = shuffle([...t.spans], random);
    for (let at = 0; at < spans.length; ) {
      const size = 1 + Math.floor(random() * 20);
      keyed.push({ at: i + random() * 64, spans: spans.slice(at, at + size) });
      at += size;
    }
  });
  const fragments = keyed.sort((a, b) => a.at - b.at).map((k) => k.spans);
  const messages = fragments.map((spans, offset): InboundMessage => {
    const [s] = spans as [RawSpan];
    return { topic: 'raw-spans', partition: 0, offset: String(offset), key: Buffer.from(RAW_SPANS.key(s.tenantId, s.traceId)), value: RAW_SPANS.encode({ tenantId: s.tenantId, traceId: s.traceId, spans }), headers: RAW_SPANS.headers(s.tenantId, s.receivedAtMs), timestamp: s.receivedAtMs };
  });
  return { spans: fragments.reduce((n, f) => n + f.length, 0), messages };
}

interface Mode {
  readonly name: string;
  readonly handler: SpansGrouperHandler;
  cpuSeconds: number;
  wallSeconds: number;
  spansIn: number;
  records: number;
  bytesOut: number;
}

function mode(name: string, sampled: boolean): Mode {
  const sampler = new TailSampler(POLICY);
  const grouper = new TraceGrouper(sampled ? { ...OPTIONS, sample: (tenant, traceId, spans) => sampler.decide(tenant, traceId, spans) } : OPTIONS);
  const handler = new SpansGrouperHandler({ grouper, inputTopic: 'raw-spans', outputTopic: 'structured-traces', maxRecordBytes: MAX_RECORD_BYTES, projection: grouperProjection(sampled ? POLICY : undefined), logger: createLogger('spans-grouper', { level: 'warn' }), metrics: new Metrics('spans-grouper') });
  return { name, handler, cpuSeconds: 0, wallSeconds: 0, spansIn: 0, records: 0, bytesOut: 0 };
}

/** One pass over the stream, as the runner drives the handler (flush after each ~500-record batch). */
function pass(m: Mode, messages: InboundMessage[], spans: number, measure: boolean): void {
  let records = 0;
  let bytes = 0;
  const take = (out: ReturnType<SpansGrouperHandler['handle']>): void => {
    for (const o of out) {
      records++;
      bytes += o.value.length;
    }
  };
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < messages.length; i++) {
    take(m.handler.handle(messages[i] as InboundMessage));
    if (i % 500 === 499) take(m.handler.flushDue(Date.now() + OPTIONS.completeQuietMs));
  }
  take(m.handler.flushDue(Date.now() + OPTIONS.quietMs));
  m.handler.reset();
  if (!measure) return;
  const used = process.cpuUsage(cpu);
  m.cpuSeconds += (used.user + used.system) / 1e6;
  m.wallSeconds += Number(process.hrtime.bigint() - started) / 1e9;
  m.spansIn += spans;
  m.records += records;
  m.bytesOut += bytes;
}

function main(): void {
  const { spans, messages } = inputRecords();
  const off = mode('sampling off', false);
  const on = mode('errors + slow + 10%', true);
  // Spans in the records each mode writes: one untimed pass each, decoding its output.
  const countPass = (m: Mode): number => {
    let n = 0;
    const count = (out: ReturnType<SpansGrouperHandler['handle']>) => {
      for (const o of out) if (o.topic === 'structured-traces') n += STRUCTURED_TRACES.decode(o.value).spanCount;
    };
    for (let i = 0; i < messages.length; i++) {
      count(m.handler.handle(messages[i] as InboundMessage));
      if (i % 500 === 499) count(m.handler.flushDue(Date.now() + OPTIONS.completeQuietMs));
    }
    count(m.handler.flushDue(Date.now() + OPTIONS.quietMs));
    m.handler.reset();
    return n;
  };
  const spansOutPerPass = { off: countPass(off), on: countPass(on) };
  (globalThis as { gc?: () => void }).gc?.();
  const deadline = process.hrtime.bigint() + BigInt(Math.round(2 * SECONDS * 1e9));
  let passes = 0;
  while (process.hrtime.bigint() < deadline) {
    pass(off, messages, spans, true);
    pass(on, messages, spans, true);
    passes++;
  }
  const perCpu = (m: Mode) => Math.round(m.spansIn / m.cpuSeconds);
  const cpuMicrosPerSpan = (m: Mode) => Number(((m.cpuSeconds / m.spansIn) * 1e6).toFixed(2));
  const summary = (m: Mode, spansOutPass: number) => ({
    spansPerCpuSecond: perCpu(m),
    spansPerSecond: Math.round(m.spansIn / m.wallSeconds),
    cpuMicrosecondsPerIngestedSpan: cpuMicrosPerSpan(m),
    recordsOut: m.records,
    bytesOut: m.bytesOut,
    spansOutPerPass: spansOutPass,
    keptSpanShare: Number((spansOutPass / spans).toFixed(4)),
  });
  const result = {
    benchmark: 'spans-grouper-sampling',
    generatedAt: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
    input: { traces: 2_000, spansPerPass: spans, recordsPerPass: messages.length, passesPerMode: passes },
    off: summary(off, spansOutPerPass.off),
    on: summary(on, spansOutPerPass.on),
    throughputRatioOnOverOff: Number((perCpu(on) / perCpu(off)).toFixed(3)),
    target: 'sampling on within 10% of sampling off (ratio >= 0.9)',
  };
  const row = (name: string, s: ReturnType<typeof summary>) =>
    `| ${name} | ${s.spansPerCpuSecond.toLocaleString('en-US')} | ${s.cpuMicrosecondsPerIngestedSpan} | ${s.spansOutPerPass.toLocaleString('en-US')} (${(s.keptSpanShare * 100).toFixed(1)}%) | ${Math.round(s.bytesOut / passes).toLocaleString('en-US')} |`;
  const md = [
    '# spans-grouper tail-sampling benchmark',
    '',
    `Generated ${result.generatedAt} by apps/spans-grouper/bench/sampling-bench.ts. Machine: ${result.machine.cores} cores (${result.machine.cpu}), Node ${result.machine.node}; cores shared with other processes, so per-CPU-second figures are the ones to compare.`,
    '',
    `Input: ${spans.toLocaleString('en-US')} spans of 2,000 traces (1-200 spans; 10% with an error span, 10% slow) in ${messages.length} raw-spans records, through the handler and processor in-process (no Kafka), ${passes} alternating passes per mode.`,
    '',
    '| mode | grouper spans per CPU-second | grouper CPU µs per ingested span | spans written downstream per pass | bytes written per pass |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('sampling off', result.off),
    row('on: errors + slow + 10% of the rest', result.on),
    '',
    `Throughput with sampling on / off: ${result.throughputRatioOnOverOff} (target: >= 0.9). Spans written downstream fall to ${(result.on.keptSpanShare * 100).toFixed(1)}% of the input; the stages after the grouper (enricher, view-generator, storage) work per written span, so their CPU falls with it. The whole pipeline's CPU per ingested span, keep-all against 10% kept, is measured by \`npm run bench:pipeline-sampling\` ([pipeline-sampling-bench.md](pipeline-sampling-bench.md))${pipelineFigure()}.`,
    '',
  ].join('\n');
  const dir = join(ROOT, 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'spans-grouper-sampling-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, 'spans-grouper-sampling-bench.md'), md);
  process.stdout.write(`${md}\nwrote reports/spans-grouper-sampling-bench.{json,md}\n`);
}

main();
