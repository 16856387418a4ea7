// `npm run bench:fuzz`: the long fuzz run, FUZZ_INPUTS inputs (default one million) per decoder of
// tools/fuzz/src/registry.ts, one decoder at a time in a worker thread watched for hangs: an input
// whose index does not move for FUZZ_HANG_SECONDS is reported as a hang (reproducible from the
// seed and index) and the worker is ended. Writes reports/fuzz.md and reports/fuzz.json: inputs,
// accepted / partial / rejected counts, bugs (inputs kept under reports/fuzz-findings/), the
// slowest input, the outliers over FUZZ_SLOW_MS, and the process RSS sampled along the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FUZZ_TARGETS } from '../src/registry';
import { REPO_ROOT } from '../src/stages';
import { CHUNK, type WorkerInput, type WorkerResult } from './fuzz-worker';

const INPUTS = Number(process.env.FUZZ_INPUTS ?? 1_000_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const SLOW_MS = Number(process.env.FUZZ_SLOW_MS ?? 100);
const HANG_SECONDS = Number(process.env.FUZZ_HANG_SECONDS ?? 60);
const ONLY = process.env.FUZZ_TARGETS?.split(',');
/** The report's base name under reports/ (FUZZ_REPORT), so a run over some decoders does not replace the full run's. */
const REPORT = process.env.FUZZ_REPORT ?? 'fuzz';
const REPORTS = join(REPO_ROOT, 'reports');
const FINDINGS = join(REPORTS, 'fuzz-findings');

interface TargetReport extends Partial<WorkerResult> {
  readonly target: string;
  readonly hang?: { index: number; seed: number; chunk: number; inChunk: number };
  readonly error?: string;
}

function runTarget(target: string): Promise<TargetReport> {
  const progress = new SharedArrayBuffer(8);
  const view = new Int32Array(progress);
  const data: WorkerInput = { target, inputs: INPUTS, seed: SEED, progress, slowMs: SLOW_MS, findingsDir: FINDINGS };
  const worker = new Worker(join(__dirname, 'fuzz-worker.js'), { workerData: data });
  return new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const watch = setInterval(() => {
      const index = Atomics.load(view, 0);
      if (index !== last) {
        last = index;
        still = 0;
        return;
      }
      if (Atomics.load(view, 1) === 1 || ++still < HANG_SECONDS) return;
      clearInterval(watch);
      void worker.terminate();
      resolve({ target, hang: { index, seed: SEED + Math.floor(index / CHUNK), chunk: Math.floor(index / CHUNK), inChunk: index % CHUNK } });
    }, 1_000);
    worker.once('message', (message: WorkerResult | { error: string }) => {
      clearInterval(watch);
      void worker.terminate();
      resolve('error' in message ? { target, error: message.error } : message);
    });
    worker.once('error', (err) => {
      clearInterval(watch);
      resolve({ target, error: err.stack ?? err.message });
    });
  });
}

function markdown(reports: readonly TargetReport[], startedAt: string, seconds: number): string {
  const rows = reports.map((r) =>
    r.error || r.hang
      ? `| ${r.target} | ${r.hang ? `HANG at input ${r.hang.index} (fc.sample seed ${r.hang.seed}, index ${r.hang.inChunk})` : `harness error: ${String(r.error).split('\n')[0]}`} | | | | | | | |`
      : `| ${r.target} | ${r.inputs?.toLocaleString('en-US')} | ${r.accepted?.toLocaleString('en-US')} | ${r.partial?.toLocaleString('en-US')} | ${r.rejected?.toLocaleString('en-US')} | ${r.bugs} | ${r.meanUs?.toFixed(1)} µs | ${r.maxMs?.toFixed(1)} ms (input ${r.maxMsIndex}, ${r.maxMsBytes} B) | ${r.outliers?.length ?? 0} | ${Math.max(...(r.rssSamplesMb ?? [0]))} MB |`,
  );
  const bugs = reports.flatMap((r) => (r.bugExamples ?? []).map((b) => `- ${r.target} input ${b.index} (\`${b.file.replace(REPO_ROOT + '/', '')}\`): ${b.message}`));
  const outliers = reports.flatMap((r) => (r.outliers ?? []).map((o) => `- ${r.target} input ${o.index}: ${o.ms.toFixed(1)} ms, ${o.bytes} bytes`));
  return [
    '# Decoder fuzzing (long run)',
    '',
    `Generated ${startedAt} by \`npm run bench:fuzz\` (tools/fuzz/bench/fuzz-bench.ts) in ${(seconds / 60).toFixed(1)} min on ${cpus().length} shared CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    `Seed ${SEED}; input i of a decoder is \`fc.sample(inputsOf(target), { seed: ${SEED} + floor(i / ${CHUNK}), numRuns: ${CHUNK} })[i % ${CHUNK}]\`.`,
    'Each input goes through the collector\'s real ingest path (decode, split, sample, the records it would write) and each record through the span-normalizer\'s real handler.',
    `A bug is any other exception, a 5xx, a partial success without a message, or a record the normalizer refuses; an outlier is an input over ${SLOW_MS} ms; a hang is an input still running after ${HANG_SECONDS} s.`,
    '',
    '| decoder | inputs | accepted | partial success | rejected (4xx) | bugs | mean per input | slowest input | outliers | max RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Bugs',
    '',
    ...(bugs.length ? bugs : ['None.']),
    '',
    `## Outliers (over ${SLOW_MS} ms)`,
    '',
    ...(outliers.length ? outliers : ['None.']),
    '',
    'RSS is the whole process (main thread and the worker), sampled every 50,000 inputs; `reports/fuzz.json` has every sample.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const t0 = Date.now();
  const reports: TargetReport[] = [];
  for (const target of FUZZ_TARGETS) {
    if (ONLY && !ONLY.includes(target.name)) continue;
    const r = await runTarget(target.name);
    reports.push(r);
    console.log(JSON.stringify({ target: r.target, inputs: r.inputs, accepted: r.accepted, partial: r.partial, rejected: r.rejected, bugs: r.bugs, maxMs: r.maxMs, meanUs: r.meanUs, rssMaxMb: Math.max(...(r.rssSamplesMb ?? [0])), seconds: r.seconds, hang: r.hang, error: r.error }));
  }
  const seconds = (Date.now() - t0) / 1000;
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, `${REPORT}.json`), JSON.stringify({ generatedAt: startedAt, seed: SEED, inputsPerDecoder: INPUTS, slowMs: SLOW_MS, hangSeconds: HANG_SECONDS, seconds, node: process.version, cpus: cpus().length, decoders: reports }, null, 2) + '\n');
  writeFileSync(join(REPORTS, `${REPORT}.md`), markdown(reports, startedAt, seconds));
  console.log(`wrote reports/${REPORT}.md and reports/${REPORT}.json in ${(seconds / 60).toFixed(1)} min`);
  if (reports.some((r) => r.error || r.hang || (r.bugs ?? 0) > 0)) process.exitCode = 1;
}

void main();
