// The short, seeded fuzz run of every decoder (the million-input run is `npm run bench:fuzz`):
// each input goes through the collector's real ingest path and, when accepted, through the
// span-normalizer's real handler. A failure names the input's target and the bug; fast-check
// shrinks it and prints the seed and path to replay it.
import fc from 'fast-check';
import { FuzzHarness } from './harness';
import { FUZZ_TARGETS, inputsOf } from './registry';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

describe('fuzzing every decoder (short seeded run)', () => {
  const harness = new FuzzHarness();

  it.each(FUZZ_TARGETS.map((t) => [t.name, t] as const))('%s: every input is refused with a 4xx and a message, or accepted and taken by the normalizer', async (_name, target) => {
    const seen = { accepted: 0, partial: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(inputsOf(target), async (body) => {
        const verdict = await harness.run(target.protocol, body);
        if (verdict.outcome === 'bug') throw new Error(`${target.name}: ${verdict.message}`);
        seen[verdict.outcome]++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The run exercised both sides of every decoder: some inputs accepted, some refused.
    expect(seen.accepted + seen.partial).toBeGreaterThan(RUNS / 50);
    expect(seen.rejected).toBeGreaterThan(RUNS / 50);
  }, 120_000);
});
