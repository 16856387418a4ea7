// Regenerates the protobufjs static code (CommonJS + .d.ts) for every proto library.
// Run after editing a .proto: `npm run gen:proto`. The generated files are committed so that
// type-checking and tests need no generation step; a unit test checks they are up to date.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One entry per library that owns .proto files: every .proto under `protoDir` goes into one module. */
export const TARGETS = [
  { protoDir: 'libs/model/proto', out: 'libs/model/src/generated/model' },
  { protoDir: 'libs/otlp/proto', out: 'libs/otlp/src/generated/otlp' },
];

function protoFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...protoFiles(p));
    else if (entry.name.endsWith('.proto')) out.push(p);
  }
  return out.sort();
}

/** Generates one target into `outBase` (.js and .d.ts); returns the two file paths. */
export function generate(target, outBase = join(root, target.out)) {
  const dir = join(root, target.protoDir);
  const files = protoFiles(dir).map((f) => relative(dir, f));
  mkdirSync(dirname(outBase), { recursive: true });
  const bin = join(root, 'node_modules/.bin');
  execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'commonjs', '--no-beautify', '--keep-case', '-p', dir, '-o', `${outBase}.js`, ...files], { cwd: dir, stdio: 'inherit' });
  execFileSync(join(bin, 'pbts'), ['--no-comments', '-o', `${outBase}.d.ts`, `${outBase}.js`], { stdio: 'inherit' });
  return [`${outBase}.js`, `${outBase}.d.ts`];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const target of TARGETS) {
    if (!existsSync(join(root, target.protoDir))) continue;
    generate(target);
    console.log(`generated ${target.out}.{js,d.ts}`);
  }
}
