import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { freePort } from '@tracehouse/infra';
import { pollUntil, startScript, type TestProcess } from '@tracehouse/testing';
import { ROOT, appNames, appVariables, composeEnv, ensureTools, parseDockerfile, requiresClickhouseServer, runTool, type ComposeService, type ImageStage } from './deploy-files';

// Each app started exactly as its image starts it: the Dockerfile target's CMD (run from WORKDIR,
// here the repository root, which holds the same dist/ and node_modules/), the target's ENV, and the
// environment docker-compose gives the service (as `docker-compose config` resolves it). What differs
// is only where things are: compose's service addresses become the test's Kafka and PostgreSQL, and
// every port gets a free one (this machine is shared, the standard ports may be taken). The apps of
// slim images run with chdb unresolvable, as it is in their image (runtime-slim deletes it).

const stages = parseDockerfile();
let composeServices: Record<string, ComposeService> = {};
const started: TestProcess[] = [];
const scratch = mkdtempSync(resolve(tmpdir(), 'deploy-images-'));
/** Loaded with --require into the apps of slim images: resolving chdb fails as in the image. */
const withoutChdb = resolve(scratch, 'without-chdb.js');

beforeAll(() => {
  const { dockerCompose } = ensureTools();
  const result = runTool(dockerCompose, ['-f', 'docker-compose.yml', 'config']);
  if (result.code !== 0) throw new Error(`docker-compose config failed: ${result.stderr}`);
  composeServices = (parse(result.stdout) as { services: Record<string, ComposeService> }).services;
  writeFileSync(
    withoutChdb,
    [
      "const Module = require('node:module');",
      'const resolveFilename = Module._resolveFilename;',
      'Module._resolveFilename = function (request, ...rest) {',
      "  if (/^(chdb|@chdb\\/)/.test(request)) throw Object.assign(new Error(`Cannot find module '${request}' (not in the slim image)`), { code: 'MODULE_NOT_FOUND' });",
      '  return resolveFilename.call(this, request, ...rest);',
      '};',
      '',
    ].join('\n'),
  );
}, 15 * 60_000);

afterAll(async () => {
  await Promise.all(started.map((p) => p.kill9()));
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * Compose's addresses of the dependencies, as this test reaches them. ClickHouse and MongoDB have no
 * server here: their URLs (and the ClickHouse server's user and password) are dropped, so the
 * view-generator uses its embedded engine (chdb) in a folder of its own, and the enricher the
 * PostgreSQL store its DOCUMENT_STORE names. An app that refuses to start without a ClickHouse
 * server (the query-service) gets `clickhouseDown` instead, a URL where nothing listens.
 */
function localise(env: Record<string, string>, clickhouseDown?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const clickhouseServer = Object.values(env).some((v) => /\/\/clickhouse:8123\b/.test(v));
  for (const [name, value] of Object.entries(env)) {
    if (/\bkafka:9092\b/.test(value)) out[name] = process.env.KAFKA_BROKERS ?? '';
    else if (/@postgres:5432\//.test(value)) out[name] = process.env.DATABASE_URL ?? '';
    else if (clickhouseDown && name === 'CLICKHOUSE_URL') out[name] = clickhouseDown;
    else if (clickhouseServer && ['CLICKHOUSE_URL', 'CLICKHOUSE_USER', 'CLICKHOUSE_PASSWORD'].includes(name)) continue;
    else if (/\/\/mongodb:27017\b/.test(value)) continue;
    else if (/\b(kafka|postgres|clickhouse|mongodb):\d+/.test(value)) throw new Error(`${name}=${value} names a compose service this test cannot map`);
    else out[name] = value;
  }
  if (clickhouseServer && !clickhouseDown) out.CLICKHOUSE_DATA_PATH = mkdtempSync(resolve(tmpdir(), 'deploy-chdb-'));
  return out;
}

/**
 * The entry point, relative to dist/, of an exec-form `node [--flag ...] <script>` command (the form
 * startScript runs), and the Node flags before it (a service's V8 options, see SERVICE_NODE_OPTIONS).
 */
function commandOf(cmd: readonly string[] | undefined, what: string): { script: string; nodeArgs: string[] } {
  const script = cmd?.at(-1);
  const nodeArgs = cmd?.slice(1, -1) ?? [];
  if (cmd?.[0] !== 'node' || !script?.startsWith('dist/') || !nodeArgs.every((a) => a.startsWith('--'))) throw new Error(`${what} is not "node [--flag ...] dist/…": ${JSON.stringify(cmd)}`);
  return { script: script.replace(/^dist\//, ''), nodeArgs };
}

/** The entry point of such a command, relative to dist/. */
function scriptOf(cmd: readonly string[] | undefined, what: string): string {
  return commandOf(cmd, what).script;
}

/** Runs the image's HEALTHCHECK command with the container's environment; resolves with its exit code and stderr. */
function healthcheck(stage: ImageStage, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const [command, ...args] = stage.healthcheck?.cmd ?? [];
  if (command !== 'node') throw new Error(`HEALTHCHECK of ${stage.name} does not run node: ${JSON.stringify(stage.healthcheck)}`);
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolvePromise({ code, stderr }));
  });
}

describe('every image, started as its container starts it', () => {
  beforeAll(async () => {
    // Compose starts the apps only after kafka-topics has created the topics: do the same.
    const topics = composeServices['kafka-topics'];
    const p = startScript(scriptOf(topics?.command, 'the kafka-topics command'), localise(composeEnv(topics ?? {})));
    started.push(p);
    const code = await p.exited;
    if (code !== 0) throw new Error(`kafka-topics exited with ${code}: ${p.output()}`);
  }, 120_000);

  /** Starts the app with its image's CMD and ENV, compose's environment (localised), free ports, and no chdb in a slim image. */
  async function startAsImage(app: string, stage: ImageStage, clickhouseDown?: string): Promise<{ p: TestProcess; env: Record<string, string> }> {
    const env = { ...stage.env, ...localise(composeEnv(composeServices[app] ?? {}), clickhouseDown) };
    for (const variable of appVariables(app).names) if (/(^|_)PORT$/.test(variable)) env[variable] = String(await freePort());
    const slim = stage.ancestors.includes('runtime-slim');
    const { script, nodeArgs } = commandOf(stage.cmd, `CMD of ${app}`);
    const p = startScript(script, slim ? { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${withoutChdb}`.trim() } : env, [], nodeArgs);
    started.push(p);
    return { p, env };
  }

  it('a slim image\'s app cannot load chdb here, as in its image (so the starts below prove it does without)', async () => {
    const probe = resolve(scratch, 'probe.js');
    // Resolves chdb from the repository (the probe itself lives in a scratch folder), as the apps do.
    writeFileSync(probe, `const fromRoot = require('node:module').createRequire(${JSON.stringify(resolve(ROOT, 'package.json'))});\nrequire('node:fs').writeFileSync(process.argv[2], (() => { try { fromRoot.resolve('chdb'); return 'found'; } catch (err) { return err.code; } })());\n`);
    const result = resolve(scratch, 'probe-result');
    const run = (nodeOptions: string) =>
      new Promise<string>((resolvePromise) => {
        spawn(process.execPath, [probe, result], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: nodeOptions }, stdio: 'ignore' }).on('exit', () => resolvePromise(readFileSync(result, 'utf8')));
      });
    expect(await run('')).toBe('found');
    expect(await run(`--require ${withoutChdb}`)).toBe('MODULE_NOT_FOUND');
  });

  it.each(appNames().filter((app) => !requiresClickhouseServer(app)))('%s: becomes ready, its HEALTHCHECK passes, and it stops cleanly on SIGTERM', async (app) => {
    const stage = stages.get(app);
    if (!stage) throw new Error(`the Dockerfile has no target ${app}`);
    const { p, env } = await startAsImage(app, stage);
    const port = Number(env.ADMIN_PORT);
    const ready = pollUntil(`${app} /readyz = 200`, async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200, 90_000, 250);
    const exited = p.exited.then((code) => {
      throw new Error(`${app} exited (${code}) before it was ready: ${p.output().slice(-2000)}`);
    });
    await Promise.race([ready, exited]).catch((err: Error) => {
      throw new Error(`${err.message}\n--- ${app} output ---\n${p.output().slice(-2000)}`);
    });
    expect(await healthcheck(stage, env)).toEqual({ code: 0, stderr: '' });
    expect([0, 'SIGTERM']).toContain(await p.terminate());
    expect(p.output()).toContain(`${app} shut down cleanly`);
    const after = await healthcheck(stage, env);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(new RegExp(`^healthcheck: /readyz on port ${port} did not answer: fetch failed\\n$`));
  });

  // No ClickHouse server here, and the query-service needs one (it refuses the embedded engine): it
  // runs against a URL where nothing listens, which is what a pod sees while ClickHouse is down.
  it.each(appNames().filter(requiresClickhouseServer))('%s: with ClickHouse down it is alive but not ready (HEALTHCHECK fails), its API answers 503, and it stops cleanly on SIGTERM', async (app) => {
    const stage = stages.get(app);
    if (!stage) throw new Error(`the Dockerfile has no target ${app}`);
    const { p, env } = await startAsImage(app, stage, `http://127.0.0.1:${await freePort()}`);
    const port = Number(env.ADMIN_PORT);
    const exited = p.exited.then((code) => {
      throw new Error(`${app} exited (${code}): ${p.output().slice(-2000)}`);
    });
    const alive = pollUntil(`${app} /healthz = 200`, async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200, 90_000, 250);
    await Promise.race([alive, exited]);
    const readyz = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ status: 'not ready', checks: [{ name: 'clickhouse', ok: false, detail: 'the ClickHouse schema is not checked yet' }] });
    const api = await fetch(`http://127.0.0.1:${env.QUERY_PORT}/api/services`);
    expect(api.status).toBe(503);
    const check = await healthcheck(stage, env);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/^healthcheck: \/readyz answered 503: .*"name":"clickhouse","ok":false/);
    expect(p.output()).toContain('could not check the ClickHouse schema; retrying');
    expect(p.output()).not.toMatch(/chdb/i);
    expect([0, 'SIGTERM']).toContain(await p.terminate());
    expect(p.output()).toContain(`${app} shut down cleanly`);
  });
});

/** A package a compiled file requires: `lazy` when the require is inside a function (loaded only when that runs). */
interface PackageRequire {
  readonly pkg: string;
  /** The requiring file, relative to dist/. */
  readonly file: string;
  readonly lazy: boolean;
}

/**
 * The packages a compiled file reaches through require(), following the workspace's own files. SWC
 * writes a module's imports as unindented top-level statements; an indented require is in a function.
 */
function packageRequires(entry: string): PackageRequire[] {
  const found: PackageRequire[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^(.*?)require\(\s*["']([^"']+)["']\s*\)/gm)) {
      const spec = m[2] ?? '';
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const target = [base, `${base}.js`, resolve(base, 'index.js')].find((f) => existsSync(f) && f.endsWith('.js'));
        if (target) visit(target);
        else if (!existsSync(base)) throw new Error(`${file} requires ${spec}, which is not in dist/`);
      } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
        found.push({ pkg, file: file.replace(`${ROOT}/dist/`, ''), lazy: /^\s/.test(m[1] ?? '') });
      }
    }
  };
  visit(resolve(ROOT, 'dist', entry));
  return found;
}

/**
 * Where a slim image's app may require chdb lazily: the trace store opens the embedded engine only
 * without CLICKHOUSE_URL, so an app that refuses to start without it never runs that branch.
 */
const EMBEDDED_ENGINE_BRANCH = 'libs/trace-store/src/store.js';

/** Every package a package brings with it at run time, from package-lock.json. */
function withDependencies(names: Iterable<string>): Set<string> {
  const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> };
  const all = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop() ?? '';
    if (all.has(name)) continue;
    all.add(name);
    const entry = lock.packages[`node_modules/${name}`];
    queue.push(...Object.keys({ ...entry?.dependencies, ...entry?.optionalDependencies }));
  }
  return all;
}

describe('what each image runs needs only what the image holds', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const removedFromSlim = (stages.get('runtime-slim')?.runs.join(' ') ?? '').match(/node_modules\/(@[^/\s]+|[^@/\s]+)/g)?.map((p) => p.replace('node_modules/', '')) ?? [];

  it.each(appNames())('%s: its CMD, its HEALTHCHECK and the topic script require only production dependencies (npm prune --omit=dev)', (app) => {
    const stage = stages.get(app);
    const entries = [scriptOf(stage?.cmd, `CMD of ${app}`), scriptOf(stage?.healthcheck?.cmd, `HEALTHCHECK of ${app}`), 'tools/deploy/src/create-topics.js'];
    const requires = entries.flatMap((e) => packageRequires(e));
    const needed = new Set(requires.map((r) => r.pkg));
    expect(needed.size).toBeGreaterThan(3);
    expect([...needed].filter((n) => !(n in pkg.dependencies))).toEqual([]);
    if (stage?.ancestors.includes('runtime-slim')) {
      expect(removedFromSlim).toEqual(['chdb', '@chdb']);
      const removed = (n: string) => removedFromSlim.some((r) => n === r || n.startsWith(`${r}/`));
      // Lazy requires of the embedded engine are allowed only where they cannot run for this app.
      const excused = requires.filter((r) => r.lazy && removed(r.pkg) && r.file === EMBEDDED_ENGINE_BRANCH && requiresClickhouseServer(app));
      const loaded = new Set(requires.filter((r) => !excused.includes(r)).map((r) => r.pkg));
      expect([...withDependencies(loaded)].filter(removed)).toEqual([]);
    }
  });

  it('tells a require inside a function from a top-level one (what the exception above rests on)', () => {
    const store = packageRequires(EMBEDDED_ENGINE_BRANCH).filter((r) => r.file === EMBEDDED_ENGINE_BRANCH);
    expect(new Set(store.filter((r) => r.pkg === 'chdb').map((r) => r.lazy))).toEqual(new Set([true]));
    expect(store.find((r) => r.pkg === '@clickhouse/client')?.lazy).toBe(false);
  });
});
