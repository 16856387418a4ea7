// The generated protobuf code is committed (so type-checking and tests need no generation step);
// this test fails when someone edits a .proto and forgets `npm run gen:proto`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(__dirname, '../../..');
// Every library whose protobuf code tools/gen-proto.mjs generates.
const TARGET_OUTS = ['libs/model/src/generated/model', 'libs/otlp/src/generated/otlp'];

describe('generated protobuf code', () => {
  it.each(TARGET_OUTS)('%s is exactly what tools/gen-proto.mjs generates from proto/', (TARGET_OUT) => {
    const dir = mkdtempSync(join(tmpdir(), 'tracehouse-gen-'));
    try {
      const outBase = join(dir, 'out');
      // gen-proto.mjs is ESM and Jest runs CommonJS here, so it runs in a child process, the same
      // generate() the npm script calls, writing into a temp dir instead of the source tree.
      const script = [
        `const { generate, TARGETS } = await import(${JSON.stringify(pathToFileURL(join(root, 'tools/gen-proto.mjs')).href)});`,
        `const target = TARGETS.find((t) => t.out === ${JSON.stringify(TARGET_OUT)});`,
        `if (!target) throw new Error('tools/gen-proto.mjs has no target ${TARGET_OUT}');`,
        `generate(target, ${JSON.stringify(outBase)});`,
      ].join('\n');
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: 'pipe', timeout: 60_000 });

      for (const ext of ['.js', '.d.ts']) {
        const fresh = readFileSync(outBase + ext, 'utf8');
        const committed = readFileSync(join(root, TARGET_OUT + ext), 'utf8');
        // A boolean, not toBe: a 10,000-line diff would bury the one thing to do.
        const upToDate = fresh === committed;
        if (!upToDate) console.error(`${TARGET_OUT}${ext} is stale: run \`npm run gen:proto\` and commit the result.`);
        expect({ file: TARGET_OUT + ext, upToDate }).toEqual({ file: TARGET_OUT + ext, upToDate: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
