// Every input the fuzzing suite found a bug with, kept in testdata/regressions/<target>/ and run
// through the same harness: each must now be answered as the harness allows (here: refused with a
// 4xx naming the problem, where before it was acknowledged and then dead-lettered downstream).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuzzHarness } from './harness';
import { FUZZ_TARGETS } from './registry';

const DIR = join(__dirname, '../testdata/regressions');

/** What each kept input is answered with now. */
const EXPECTED: Record<string, RegExp> = {
  'otlp-protobuf/resource-attribute-key-length-past-end.bin': /^resource_spans\[0\]\.resource: field 1 at offset \d+ runs past the end of its message/,
  'otlp-protobuf/span-field-tag-wider-than-32-bits.bin': /: tag wider than 32 bits at offset \d+\.$/,
  'otlp-protobuf/resource-attribute-key-not-utf8.bin': /^resource_spans\[0\]\.resource: a string at offset \d+ is not valid UTF-8\.$/,
};

const cases = readdirSync(DIR).flatMap((target) => readdirSync(join(DIR, target)).map((file) => `${target}/${file}`));

describe('fuzz regressions', () => {
  const harness = new FuzzHarness();

  it('keeps an expectation for every kept input', () => {
    expect(cases.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)('%s is refused with a 4xx naming the problem, not acknowledged and dead-lettered downstream', async (name) => {
    const target = FUZZ_TARGETS.find((t) => t.name === name.split('/')[0]);
    if (!target) throw new Error(`No fuzz target named after the folder of ${name}`);
    const verdict = await harness.run(target.protocol, readFileSync(join(DIR, name)));
    expect(verdict).toEqual({ outcome: 'rejected', status: 400, message: expect.stringMatching(EXPECTED[name]), spans: 0 });
  });
});
