// One decoder's long fuzz run, in a worker thread so the main thread can watch it: inputs are
// generated in chunks of CHUNK with the seed `seed + chunk`, so input i is reproducible from
// (seed, i) alone. The worker writes the index of the input it is on into shared memory before
// running it; if that index stops moving the main thread ends the worker and reports a hang.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { FuzzHarness } from '../src/harness';
import { FUZZ_TARGETS, inputsOf } from '../src/registry';

/** What the main thread sends. */
export interface WorkerInput {
  readonly target: string;
  readonly inputs: number;
  readonly seed: number;
  /** Int32Array over it: [current input index, finished flag]. */
  readonly progress: SharedArrayBuffer;
  /** Inputs slower than this are reported as outliers. */
  readonly slowMs: number;
  /** Where bug-finding inputs are written. */
  readonly findingsDir: string;
}

/** What the worker reports at the end. */
export interface WorkerResult {
  readonly target: string;
  readonly inputs: number;
  readonly accepted: number;
  readonly partial: number;
  readonly rejected: number;
  readonly bugs: number;
  readonly bugExamples: Array<{ index: number; file: string; message: string }>;
  readonly maxMs: number;
  readonly maxMsIndex: number;
  readonly maxMsBytes: number;
  readonly outliers: Array<{ index: number; ms: number; bytes: number }>;
  readonly meanUs: number;
  readonly maxInputBytes: number;
  readonly rssSamplesMb: number[];
  readonly seconds: number;
}

export const CHUNK = 1_000;

async function main(): Promise<void> {
  const input = workerData as WorkerInput;
  const target = FUZZ_TARGETS.find((t) => t.name === input.target);
  if (!target) throw new Error(`No fuzz target ${input.target}`);
  const progress = new Int32Array(input.progress);
  const harness = new FuzzHarness();
  const arbitrary = inputsOf(target);
  const result = { accepted: 0, partial: 0, rejected: 0, bugs: 0, maxMs: 0, maxMsIndex: -1, maxMsBytes: 0, maxInputBytes: 0 };
  const bugExamples: WorkerResult['bugExamples'] = [];
  const outliers: WorkerResult['outliers'] = [];
  const rssSamplesMb: number[] = [];
  const started = process.hrtime.bigint();
  let totalNs = 0n;
  for (let chunk = 0; chunk * CHUNK < input.inputs; chunk++) {
    const n = Math.min(CHUNK, input.inputs - chunk * CHUNK);
    const bodies = fc.sample(arbitrary, { seed: input.seed + chunk, numRuns: n });
    for (let j = 0; j < bodies.length; j++) {
      const index = chunk * CHUNK + j;
      Atomics.store(progress, 0, index);
      const body = bodies[j];
      if (body.length > result.maxInputBytes) result.maxInputBytes = body.length;
      const t0 = process.hrtime.bigint();
      const verdict = await harness.run(target.protocol, body);
      const ns = process.hrtime.bigint() - t0;
      totalNs += ns;
      const ms = Number(ns) / 1e6;
      if (ms > result.maxMs) Object.assign(result, { maxMs: ms, maxMsIndex: index, maxMsBytes: body.length });
      if (ms > input.slowMs && outliers.length < 20) outliers.push({ index, ms, bytes: body.length });
      if (verdict.outcome === 'bug') {
        result.bugs++;
        if (bugExamples.length < 20) {
          mkdirSync(input.findingsDir, { recursive: true });
          const file = join(input.findingsDir, `${target.name}-${index}.bin`);
          writeFileSync(file, body);
          bugExamples.push({ index, file, message: verdict.message ?? '' });
        }
      } else result[verdict.outcome]++;
    }
    if (chunk % 50 === 0) rssSamplesMb.push(Math.round(process.memoryUsage.rss() / 1e6));
  }
  rssSamplesMb.push(Math.round(process.memoryUsage.rss() / 1e6));
  Atomics.store(progress, 1, 1);
  const out: WorkerResult = {
    target: target.name,
    inputs: input.inputs,
    ...result,
    bugExamples,
    outliers,
    meanUs: Number(totalNs / BigInt(Math.max(1, input.inputs))) / 1e3,
    rssSamplesMb,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  parentPort?.postMessage(out);
}

void main().catch((err: unknown) => {
  // A crash of the harness itself (not of a decoder): the main thread reports it.
  parentPort?.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
});
