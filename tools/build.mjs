// Compiles every TypeScript source of the workspace (apps, libs, tools, bench, e2e; not the tests)
// with SWC into dist/, rewriting the @tracehouse/* path aliases into relative requires, and copies
// the generated protobuf .js files beside them. Type-checking is `npm run typecheck` (tsc --noEmit).
// The web UI (apps/ui, a browser app) is not compiled file by file: esbuild bundles it into
// dist/apps/ui/public/ with hashed file names and an index.html (see buildUi below).
import { transformFile } from '@swc/core';
import { build as esbuild } from 'esbuild';
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
const uiRoot = join(root, 'apps', 'ui');
const files = ['apps', 'libs', 'tools', 'bench', 'e2e'].flatMap((d) => walk(join(root, d))).filter((f) => !f.startsWith(uiRoot + '/'));

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

/**
 * Bundles the web UI: apps/ui/src/main.tsx (Preact, automatic JSX runtime) into
 * dist/apps/ui/public/ as ES modules split per lazy route, minified, with content-hashed names
 * (the query API serves them as immutable), plus the CSS (ours and uPlot's) and an index.html that
 * references the entry's hashed files. Outputs go through writeIfChanged like the rest of dist/.
 */
async function buildUi() {
  const entry = join(uiRoot, 'src', 'main.tsx');
  if (!existsSync(entry)) return 0;
  const publicDir = join(outDir, 'apps', 'ui', 'public');
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(uiRoot, 'tsconfig.json'),
    outdir: publicDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    metafile: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const f of result.outputFiles) {
    writeIfChanged(f.path, f.contents);
    written.add(f.path);
  }
  const [js, meta] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint && o.entryPoint.endsWith('main.tsx'));
  const href = (p) => '/' + relative(publicDir, join(root, p)).split('\\').join('/');
  const css = meta.cssBundle ? `\n    <link rel="stylesheet" href="${href(meta.cssBundle)}">` : '';
  // The entry's static imports, announced up front so the browser fetches them alongside the entry
  // instead of after parsing it (one round trip less before the first page renders).
  const preloads = meta.imports
    .filter((i) => i.kind === 'import-statement' && !i.external)
    .map((i) => `\n    <link rel="modulepreload" href="${href(i.path)}">`)
    .join('');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>tracehouse</title>
    <link rel="icon" href="data:,">${css}${preloads}
    <script type="module" src="${href(js)}"></script>
  </head>
  <body>
    <div id="app"></div>
    <noscript>tracehouse's UI needs JavaScript.</noscript>
  </body>
</html>
`;
  const indexPath = join(publicDir, 'index.html');
  writeIfChanged(indexPath, html);
  written.add(indexPath);
  return result.outputFiles.length + 1;
}
const uiFiles = await buildUi();

// Outputs whose source is gone would otherwise linger and could be required by mistake.
for (const file of walk(outDir)) {
  if (!written.has(file) && !file.includes('.tmp-')) rmSync(file, { force: true });
}
console.log(`built ${count} files into dist/${uiFiles > 0 ? ` and the web UI (${uiFiles} files) into dist/apps/ui/public/` : ''}`);
