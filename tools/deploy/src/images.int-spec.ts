import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { freePort } from '@tracehouse/infra';
import { pollUntil, startScript, type TestProcess } from '@tracehouse/testing';
import { ROOT, appNames, appVariables, composeEnv, ensureTools, parseDockerfile, runTool, type ComposeService, type ImageStage } from './deploy-files';

// Each app started exactly as its image starts it: the Dockerfile target's CMD (run from WORKDIR,
// here the repository root, which holds the same dist/ and node_modules/), the target's ENV, and the
// environment docker-compose gives the service (as `docker-compose config` resolves it). What differs
// is only where things are: compose's service addresses become the test's Kafka and PostgreSQL, and
// every port gets a free one (this machine is shared, the standard ports may be taken).

const stages = parseDockerfile();
let composeServices: Record<string, ComposeService> = {};
const started: TestProcess[] = [];

beforeAll(() => {
  const { dockerCompose } = ensureTools();
  const result = runTool(dockerCompose, ['-f', 'docker-compose.yml', 'config']);
  if (result.code !== 0) throw new Error(`docker-compose config failed: ${result.stderr}`);
  composeServices = (parse(result.stdout) as { services: Record<string, ComposeService> }).services;
}, 15 * 60_000);

afterAll(async () => {
  await Promise.all(started.map((p) => p.kill9()));
});

/**
 * Compose's addresses of the dependencies, as this test reaches them. ClickHouse and MongoDB have no
 * server here: their URLs (and the ClickHouse server's user and password) are dropped, so the
 * view-generator uses its embedded engine (chdb) in a folder of its own, and the enricher the
 * PostgreSQL store its DOCUMENT_STORE names.
 */
function localise(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const clickhouseServer = Object.values(env).some((v) => /\/\/clickhouse:8123\b/.test(v));
  for (const [name, value] of Object.entries(env)) {
    if (/\bkafka:9092\b/.test(value)) out[name] = process.env.KAFKA_BROKERS ?? '';
    else if (/@postgres:5432\//.test(value)) out[name] = process.env.DATABASE_URL ?? '';
    else if (clickhouseServer && ['CLICKHOUSE_URL', 'CLICKHOUSE_USER', 'CLICKHOUSE_PASSWORD'].includes(name)) continue;
    else if (/\/\/mongodb:27017\b/.test(value)) continue;
    else if (/\b(kafka|postgres|clickhouse|mongodb):\d+/.test(value)) throw new Error(`${name}=${value} names a compose service this test cannot map`);
    else out[name] = value;
  }
  if (clickhouseServer) out.CLICKHOUSE_DATA_PATH = mkdtempSync(resolve(tmpdir(), 'deploy-chdb-'));
  return out;
}

/** The entry point, relative to dist/, of an exec-form `node <script>` command (the form startScript runs). */
function scriptOf(cmd: readonly string[] | undefined, what: string): string {
  if (cmd?.length !== 2 || cmd[0] !== 'node' || !cmd[1]?.startsWith('dist/')) throw new Error(`${what} is not "node dist/…": ${JSON.stringify(cmd)}`);
  return cmd[1].replace(/^dist\//, '');
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

  it.each(appNames())('%s: becomes ready, its HEALTHCHECK passes, and it stops cleanly on SIGTERM', async (app) => {
    const stage = stages.get(app);
    if (!stage) throw new Error(`the Dockerfile has no target ${app}`);
    const env = { ...stage.env, ...localise(composeEnv(composeServices[app] ?? {})) };
    for (const variable of appVariables(app).names) if (/(^|_)PORT$/.test(variable)) env[variable] = String(await freePort());
    const p = startScript(scriptOf(stage.cmd, `CMD of ${app}`), env);
    started.push(p);
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
});

/** Package names a compiled file reaches through require(), following the workspace's own files. */
function requiredPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        const target = [base, `${base}.js`, resolve(base, 'index.js')].find((f) => existsSync(f) && f.endsWith('.js'));
        if (target) visit(target);
        else if (!existsSync(base)) throw new Error(`${file} requires ${spec}, which is not in dist/`);
      } else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
      }
    }
  };
  visit(resolve(ROOT, 'dist', entry));
  return packages;
}

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
    const needed = new Set(entries.flatMap((e) => [...requiredPackages(e)]));
    expect(needed.size).toBeGreaterThan(3);
    expect([...needed].filter((n) => !(n in pkg.dependencies))).toEqual([]);
    if (stage?.ancestors.includes('runtime-slim')) {
      expect(removedFromSlim).toEqual(['chdb', '@chdb']);
      const reached = withDependencies(needed);
      expect([...reached].filter((n) => removedFromSlim.some((r) => n === r || n.startsWith(`${r}/`)))).toEqual([]);
    }
  });
});
