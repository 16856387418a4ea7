// Pipeline CPU per ingested span with tail sampling on and off (issue 15: "the pipeline's CPU per
// ingested span falls in proportion to what is dropped; report it at 10% keep rate"). Not a test:
// runs the pipeline benchmark (pipeline.bench.ts: fresh Kafka and PostgreSQL, the five apps as
// processes) twice at one offered rate, keep-all and then with a policy keeping 10% of the traces,
// and compares the CPU of every process per span the collector acknowledged. Writes
// reports/pipeline-sampling-bench.{json,md} (and each run's own report beside them).
//
//   npm run bench:pipeline-sampling
//   SAMPLING_BENCH_RATE=5000 SAMPLING_BENCH_STEP_SECONDS=60 npm run bench:pipeline-sampling
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../src';

const num = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
  return v;
};
const CONFIG = {
  rate: num('SAMPLING_BENCH_RATE', 5_000),
  stepSeconds: num('SAMPLING_BENCH_STEP_SECONDS', 60),
  warmupSeconds: num('SAMPLING_BENCH_WARMUP_SECONDS', 15),
  percentage: num('SAMPLING_BENCH_PERCENTAGE', 10),
};
/**
 * The policy of the sampled run: `percentage` percent of the traces, by trace id. No error rule: the
 * benchmark's workload puts ERROR on 1% of spans across traces of up to 200 spans, so most of its
 * spans belong to a trace with an error, and an error rule would keep about 60% of them, not the
 * keep rate the issue asks to report (SAMPLING_BENCH_KEEP_ERRORS=1 adds it).
 */
const POLICY = {
  default: {
    rules: [
      ...(process.env.SAMPLING_BENCH_KEEP_ERRORS === '1' ? [{ name: 'errors', when: { type: 'error' } }] : []),
      { name: 'rest', when: { type: 'probabilistic', percentage: CONFIG.percentage } },
    ],
    otherwise: 'drop',
  },
};
const RUNS = [
  { label: 'keep all', report: 'pipeline-sampling-bench-off', policy: false },
  { label: `${process.env.SAMPLING_BENCH_KEEP_ERRORS === '1' ? 'errors + ' : ''}${CONFIG.percentage}% of traces`, report: 'pipeline-sampling-bench-on', policy: true },
] as const;

/** From the first load to the end of the drain (pipeline.bench.ts `results.loadToDrain`). */
interface LoadToDrain {
  seconds: number;
  spansAcknowledged: number;
  spanRowsWritten: number;
  spansSampledOut: number;
  drained: boolean;
  cpuSecondsPipeline: number;
  cpuMicrosPerAcknowledgedSpan: number;
  cpuMicrosPerAcknowledgedSpanByProcess: Record<string, number>;
}

/** The parts of a pipeline-bench report this comparison reads. */
interface PipelineReport {
  generatedAt: string;
  machine: { cpus: number; cpuModel?: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  results: { loadToDrain: LoadToDrain };
  steps: Array<{
    offeredTarget: number;
    seconds: number;
    accepted: number;
    storedWholeStep: number;
    sampledOutWholeStep: number;
    sustained: boolean;
    reasons: string[];
    cpuSeconds: Record<string, number>;
    cpuSecondsPipeline: number;
    cpuMicrosPerAcceptedSpan: number;
    cpuMicrosPerAcceptedSpanByProcess: Record<string, number>;
    loadAverage: number[];
  }>;
}

const round = (v: number, d = 1): number => Math.round(v * 10 ** d) / 10 ** d;

function runBench(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/tools/e2e/bench/pipeline.bench.js')], { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the pipeline benchmark exited with ${code ?? signal} (${JSON.stringify(env)})`))));
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-sampling-'));
  const policyFile = join(dir, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(POLICY));
  const loadBefore = loadavg();
  const results: Array<{ label: string; report: string; step: PipelineReport['steps'][number]; whole: LoadToDrain; machine: PipelineReport['machine']; generatedAt: string }> = [];
  try {
    for (const run of RUNS) {
      console.log(`\n=== pipeline sampling bench: ${run.label} at ${CONFIG.rate} spans/s ===`);
      await runBench({
        BENCH_RATES: String(CONFIG.rate),
        BENCH_STEP_SECONDS: String(CONFIG.stepSeconds),
        BENCH_WARMUP_SECONDS: String(CONFIG.warmupSeconds),
        // The drain ends as soon as every group caught up; a lagging keep-all run needs it to finish its work.
        BENCH_DRAIN_SECONDS: '120',
        BENCH_DEADLINE_MINUTES: '8',
        // No freshness polling in either run: the same query load (none) on both sides.
        BENCH_SAMPLES_PER_SECOND: '0',
        BENCH_REPORT_NAME: run.report,
        ...(run.policy ? { BENCH_SAMPLING_POLICY_FILE: policyFile } : {}),
      });
      const report = JSON.parse(readFileSync(join(REPO_ROOT, 'reports', `${run.report}.json`), 'utf8')) as PipelineReport;
      const step = report.steps[0];
      if (!step) throw new Error(`reports/${run.report}.json has no step`);
      results.push({ label: run.label, report: run.report, step, whole: report.results.loadToDrain, machine: report.machine, generatedAt: report.generatedAt });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();
  const [off, on] = results as [(typeof results)[number], (typeof results)[number]];
  const keepShare = (w: LoadToDrain): number => (w.spansAcknowledged > 0 ? w.spanRowsWritten / w.spansAcknowledged : 0);
  const processes = Object.keys(off.whole.cpuMicrosPerAcknowledgedSpanByProcess).filter((p) => !p.startsWith('bench'));
  const ratioOf = (a: number | undefined, b: number | undefined): number | undefined => (a !== undefined && b !== undefined && a > 0 ? round(b / a, 3) : undefined);
  const summary = {
    generatedAt: new Date().toISOString(),
    command: 'npm run bench:pipeline-sampling',
    script: 'tools/e2e/bench/pipeline-sampling.bench.ts',
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageBefore: loadBefore.map((v) => round(v, 2)), loadAverageAfter: loadAfter.map((v) => round(v, 2)) },
    settings: { ...CONFIG, policy: POLICY },
    runs: results.map((r) => ({
      label: r.label,
      report: `reports/${r.report}.{json,md}`,
      loadAverageBefore: r.machine.loadAverageBefore,
      loadAverageAfter: r.machine.loadAverageAfter,
      // The figure compared: warm-up start to drain end, so work a lagging stage did after the step counts too.
      loadToDrain: { ...r.whole, keptShareOfSpans: round(keepShare(r.whole), 3) },
      step: {
        offeredSpansPerSecond: r.step.offeredTarget,
        acknowledgedSpansPerSecond: r.step.accepted,
        storedSpansPerSecond: r.step.storedWholeStep,
        sampledOutSpansPerSecond: r.step.sampledOutWholeStep,
        sustained: r.step.sustained,
        reasons: r.step.reasons,
        pipelineCpuSeconds: r.step.cpuSecondsPipeline,
        seconds: r.step.seconds,
        cpuMicrosPerAcknowledgedSpan: r.step.cpuMicrosPerAcceptedSpan,
        loadAverageAtEnd: r.step.loadAverage,
      },
    })),
    ratio: {
      pipelineCpuPerAcknowledgedSpan: ratioOf(off.whole.cpuMicrosPerAcknowledgedSpan, on.whole.cpuMicrosPerAcknowledgedSpan),
      keptShareOfSpans: round(keepShare(on.whole), 3),
      byProcess: Object.fromEntries(processes.map((p) => [p, ratioOf(off.whole.cpuMicrosPerAcknowledgedSpanByProcess[p], on.whole.cpuMicrosPerAcknowledgedSpanByProcess[p])])),
    },
  };
  writeFileSync(join(REPO_ROOT, 'reports', 'pipeline-sampling-bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const row = (name: string): string =>
    `| ${name} | ${off.whole.cpuMicrosPerAcknowledgedSpanByProcess[name] ?? '–'} | ${on.whole.cpuMicrosPerAcknowledgedSpanByProcess[name] ?? '–'} | ${summary.ratio.byProcess[name] ?? '–'} |`;
  const n = (v: number): string => v.toLocaleString('en-US');
  const lines = [
    '# Pipeline CPU per ingested span, tail sampling off and on',
    '',
    `Generated ${summary.generatedAt} by \`npm run bench:pipeline-sampling\` (tools/e2e/bench/pipeline-sampling.bench.ts): the pipeline benchmark run twice at ${CONFIG.rate.toLocaleString('en-US')} spans/s offered (${CONFIG.warmupSeconds} s warm-up, one ${CONFIG.stepSeconds} s step, no freshness polling), keep-all and then with the grouper's policy \`${JSON.stringify(POLICY)}\`. Each run's full report: ${results.map((r) => `[${r.report}.md](${r.report}.md)`).join(', ')}.`,
    `Machine: ${summary.machine.cpus} cores (${summary.machine.cpuModel ?? '?'}), which other work may share (1-minute load average ${summary.runs.map((r) => `${r.loadAverageBefore[0]} before and ${r.loadAverageAfter[0]} after the ${r.label} run`).join(', ')}), so the figures are CPU-seconds per span (what contention changes least), from one short run each: read them as rough.`,
    '',
    'CPU is counted from the start of the warm-up to the end of the drain (every consumer group caught up), per span the collector acknowledged, so the work a stage that fell behind did after the step counts too. "Pipeline" is the five apps, Kafka and PostgreSQL (not the load generator).',
    '',
    '| run | seconds | spans acknowledged | span rows written | sampled out by the grouper | written share | drained | pipeline CPU s | **pipeline CPU µs per acknowledged span** |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...summary.runs.map((r) => {
      const w = r.loadToDrain;
      return `| ${r.label} | ${w.seconds} | ${n(w.spansAcknowledged)} | ${n(w.spanRowsWritten)} | ${n(w.spansSampledOut)} | ${(w.keptShareOfSpans * 100).toFixed(1)}% | ${w.drained ? 'yes' : 'no'} | ${w.cpuSecondsPipeline} | ${w.cpuMicrosPerAcknowledgedSpan} |`;
    }),
    '',
    `Pipeline CPU per acknowledged span, sampled / keep-all: **${summary.ratio.pipelineCpuPerAcknowledgedSpan ?? '–'}**, with ${(summary.ratio.keptShareOfSpans * 100).toFixed(1)}% of the spans written.`,
    '',
    'The step alone (its own CPU per acknowledged span misses work deferred past its end when a stage lags):',
    '',
    '| run | offered spans/s | acknowledged | stored | sampled out | step CPU µs per acknowledged span | sustained |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...summary.runs.map((r) => `| ${r.label} | ${n(r.step.offeredSpansPerSecond)} | ${n(r.step.acknowledgedSpansPerSecond)} | ${n(r.step.storedSpansPerSecond)} | ${n(r.step.sampledOutSpansPerSecond)} | ${r.step.cpuMicrosPerAcknowledgedSpan} | ${r.step.sustained ? 'yes' : `no: ${r.step.reasons.join('; ')}`} |`),
    '',
    '## Per process (µs CPU per acknowledged span, warm-up start to drain end)',
    '',
    '| process | keep all | sampled | ratio |',
    '| --- | ---: | ---: | ---: |',
    ...processes.map(row),
    '',
    'What to expect: the collector, the span-normalizer, the grouper and Kafka see every span (the decision is made on whole traces in the grouper), so their cost per ingested span stays; the trace-enricher, PostgreSQL (entities), the view-generator and Kafka\'s share for the structured and enriched topics see only the kept traces, so theirs falls about in proportion to what is dropped. The whole pipeline therefore falls by less than the drop share.',
    '',
  ];
  writeFileSync(join(REPO_ROOT, 'reports', 'pipeline-sampling-bench.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('pipeline sampling bench failed:', err);
    process.exit(1);
  },
);
