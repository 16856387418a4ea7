// Compiles every TypeScript source of the workspace (apps, libs, tools, bench, e2e; not the tests)
// with SWC into dist/, rewriting the @tracehouse/* path aliases into relative requires, and copies
// the generated protobuf .js files beside them. Type-checking is `npm run typecheck` (tsc --noEmit).
import { transformFile } from '@swc/core';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist');
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

function walk(dir, acc = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return acc;
  }
  for (const e of entries) {
    if (e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, acc);
    else acc.push(p);
  }
  return acc;
}

const isTest = (f) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(f);
const files = ['apps', 'libs', 'tools', 'bench', 'e2e'].flatMap((d) => walk(join(root, d)));

/**
 * Writes atomically and only when the content changed: other processes (a test run, `npm start`)
 * may be running from dist/ while this builds, and must never see a missing or half-written file.
 */
function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path).equals(Buffer.from(content))) return;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
const written = new Set();

const options = (file) => ({
  filename: file,
  sourceMaps: true,
  module: { type: 'commonjs', strictMode: true },
  jsc: {
    target: 'es2022',
    baseUrl: root,
    paths: tsconfig.compilerOptions.paths,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
});

let count = 0;
await Promise.all(
  files.map(async (file) => {
    const rel = relative(root, file);
    const target = join(outDir, rel);
    if (file.endsWith('.ts') && !file.endsWith('.d.ts') && !isTest(file)) {
      const { code, map } = await transformFile(file, options(file));
      const jsPath = target.replace(/\.ts$/, '.js');
      writeIfChanged(jsPath, `${code}\n//# sourceMappingURL=${jsPath.split('/').pop()}.map\n`);
      written.add(jsPath);
      if (map) {
        writeIfChanged(`${jsPath}.map`, map);
        written.add(`${jsPath}.map`);
      }
      count++;
    } else if (/\/generated\/.*\.js$/.test(rel) || rel.endsWith('.proto') || /\/(migrations|assets)\//.test(rel)) {
      writeIfChanged(target, readFileSync(file));
      written.add(target);
    }
  }),
);

// Outputs whose source is gone would otherwise linger and could be required by mistake.
for (const file of walk(outDir)) {
  if (!written.has(file) && !file.includes('.tmp-')) rmSync(file, { force: true });
}
console.log(`built ${count} files into dist/`);
