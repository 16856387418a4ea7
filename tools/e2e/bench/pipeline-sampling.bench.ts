// Pipeline CPU per ingested span with tail sampling on and off (issue 15: "the pipeline's CPU per
// ingested span falls in proportion to what is dropped; report it at 10% keep rate"). Not a test:
// runs the pipeline benchmark (pipeline.bench.ts: fresh Kafka and PostgreSQL, the five apps as
// processes) twice at one offered rate, keep-all and then with a policy of errors + 10% of the rest,
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
/** The policy of the sampled run: every error trace, and `percentage` percent of the rest. */
const POLICY = {
  default: {
    rules: [
      { name: 'errors', when: { type: 'error' } },
      { name: 'rest', when: { type: 'probabilistic', percentage: CONFIG.percentage } },
    ],
    otherwise: 'drop',
  },
};
const RUNS = [
  { label: 'keep all', report: 'pipeline-sampling-bench-off', policy: false },
  { label: `errors + ${CONFIG.percentage}%`, report: 'pipeline-sampling-bench-on', policy: true },
] as const;

/** The parts of a pipeline-bench report this comparison reads. */
interface PipelineReport {
  generatedAt: string;
  machine: { cpus: number; cpuModel?: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
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
  const results: Array<{ label: string; report: string; step: PipelineReport['steps'][number]; generatedAt: string }> = [];
  try {
    for (const run of RUNS) {
      console.log(`\n=== pipeline sampling bench: ${run.label} at ${CONFIG.rate} spans/s ===`);
      await runBench({
        BENCH_RATES: String(CONFIG.rate),
        BENCH_STEP_SECONDS: String(CONFIG.stepSeconds),
        BENCH_WARMUP_SECONDS: String(CONFIG.warmupSeconds),
        BENCH_DRAIN_SECONDS: '30',
        BENCH_DEADLINE_MINUTES: '8',
        // No freshness polling in either run: the same query load (none) on both sides.
        BENCH_SAMPLES_PER_SECOND: '0',
        BENCH_REPORT_NAME: run.report,
        ...(run.policy ? { BENCH_SAMPLING_POLICY_FILE: policyFile } : {}),
      });
      const report = JSON.parse(readFileSync(join(REPO_ROOT, 'reports', `${run.report}.json`), 'utf8')) as PipelineReport;
      const step = report.steps[0];
      if (!step) throw new Error(`reports/${run.report}.json has no step`);
      results.push({ label: run.label, report: run.report, step, generatedAt: report.generatedAt });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();
  const [off, on] = results as [(typeof results)[number], (typeof results)[number]];
  const keepShare = (s: PipelineReport['steps'][number]): number => (s.accepted > 0 ? s.storedWholeStep / s.accepted : 0);
  const processes = Object.keys(off.step.cpuMicrosPerAcceptedSpanByProcess).filter((p) => !p.startsWith('bench'));
  const summary = {
    generatedAt: new Date().toISOString(),
    command: 'npm run bench:pipeline-sampling',
    script: 'tools/e2e/bench/pipeline-sampling.bench.ts',
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageBefore: loadBefore.map((v) => round(v, 2)), loadAverageAfter: loadAfter.map((v) => round(v, 2)) },
    settings: { ...CONFIG, policy: POLICY },
    runs: results.map((r) => ({
      label: r.label,
      report: `reports/${r.report}.{json,md}`,
      offeredSpansPerSecond: r.step.offeredTarget,
      acknowledgedSpansPerSecond: r.step.accepted,
      storedSpansPerSecond: r.step.storedWholeStep,
      sampledOutSpansPerSecond: r.step.sampledOutWholeStep,
      keptShareOfSpans: round(keepShare(r.step), 3),
      sustained: r.step.sustained,
      reasons: r.step.reasons,
      pipelineCpuSeconds: r.step.cpuSecondsPipeline,
      stepSeconds: r.step.seconds,
      cpuMicrosPerAcknowledgedSpan: r.step.cpuMicrosPerAcceptedSpan,
      cpuMicrosPerAcknowledgedSpanByProcess: r.step.cpuMicrosPerAcceptedSpanByProcess,
      loadAverageAtStepEnd: r.step.loadAverage,
    })),
    ratio: {
      pipelineCpuPerAcknowledgedSpan: off.step.cpuMicrosPerAcceptedSpan > 0 ? round(on.step.cpuMicrosPerAcceptedSpan / off.step.cpuMicrosPerAcceptedSpan, 3) : undefined,
      keptShareOfSpans: round(keepShare(on.step), 3),
      byProcess: Object.fromEntries(processes.map((p) => [p, (off.step.cpuMicrosPerAcceptedSpanByProcess[p] ?? 0) > 0 ? round((on.step.cpuMicrosPerAcceptedSpanByProcess[p] ?? 0) / (off.step.cpuMicrosPerAcceptedSpanByProcess[p] ?? 1), 3) : undefined])),
    },
  };
  writeFileSync(join(REPO_ROOT, 'reports', 'pipeline-sampling-bench.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const row = (name: string): string =>
    `| ${name} | ${off.step.cpuMicrosPerAcceptedSpanByProcess[name] ?? '–'} | ${on.step.cpuMicrosPerAcceptedSpanByProcess[name] ?? '–'} | ${summary.ratio.byProcess[name] ?? '–'} |`;
  const lines = [
    '# Pipeline CPU per ingested span, tail sampling off and on',
    '',
    `Generated ${summary.generatedAt} by \`npm run bench:pipeline-sampling\` (tools/e2e/bench/pipeline-sampling.bench.ts): the pipeline benchmark run twice at ${CONFIG.rate.toLocaleString('en-US')} spans/s offered (${CONFIG.warmupSeconds} s warm-up, one ${CONFIG.stepSeconds} s step, no freshness polling), keep-all and then with the grouper's policy \`${JSON.stringify(POLICY)}\`. Each run's full report: ${results.map((r) => `[${r.report}.md](${r.report}.md)`).join(', ')}.`,
    `Machine: ${summary.machine.cpus} cores (${summary.machine.cpuModel ?? '?'}), **shared** with other work running at the same time (1-minute load average ${summary.machine.loadAverageBefore[0]} before, ${summary.machine.loadAverageAfter[0]} after), so the figures are CPU-seconds per span (what contention changes least), from one short run each: read them as rough.`,
    '',
    '| run | acknowledged spans/s | stored spans/s | sampled out spans/s | stored share | pipeline CPU µs per acknowledged span | sustained |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...summary.runs.map((r) => `| ${r.label} | ${r.acknowledgedSpansPerSecond.toLocaleString('en-US')} | ${r.storedSpansPerSecond.toLocaleString('en-US')} | ${r.sampledOutSpansPerSecond.toLocaleString('en-US')} | ${(r.keptShareOfSpans * 100).toFixed(1)}% | ${r.cpuMicrosPerAcknowledgedSpan} | ${r.sustained ? 'yes' : `no: ${r.reasons.join('; ')}`} |`),
    '',
    `Pipeline CPU per acknowledged span, sampled / keep-all: **${summary.ratio.pipelineCpuPerAcknowledgedSpan ?? '–'}** with ${(summary.ratio.keptShareOfSpans * 100).toFixed(1)}% of the spans kept. "Pipeline" is the five apps, Kafka and PostgreSQL (not the load generator).`,
    '',
    '## Per process (µs CPU per acknowledged span)',
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
