// Issue 18, "no orphans, ever" and "start is idempotent": the launcher killed with SIGKILL, its
// output pipe broken, and SIGHUP; after each, no process of the run survives, and the next start on
// the same data folder comes up with what was stored before. Real launcher, Kafka, PostgreSQL and
// apps: four launches on one data folder, the fewest that cover the three ends and what follows each.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PIPELINE_APPS, descendants, freePort, pidFilesIn, processesUsing, readCmdline, readPidFile } from '@tracehouse/infra';
import { REPO_ROOT, pollUntil } from '@tracehouse/testing';

const TRACE_ID = '18000000000000000000000000000a01';
const ROOT_SPAN = '1800000000000a01';
const CHILD_SPAN = '1800000000000a02';

/** An OTLP/JSON request with one two-span trace. */
function traceBody(): string {
  const nowNs = BigInt(Date.now()) * 1_000_000n;
  const span = (spanId: string, parentSpanId: string, name: string): object => ({
    traceId: TRACE_ID,
    spanId,
    parentSpanId,
    name,
    kind: parentSpanId ? 3 : 2,
    startTimeUnixNano: String(nowNs),
    endTimeUnixNano: String(nowNs + 2_000_000n),
  });
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'launcher-e2e' } }] },
        scopeSpans: [{ scope: { name: 'launcher-e2e' }, spans: [span(ROOT_SPAN, '', 'GET /orders'), span(CHILD_SPAN, ROOT_SPAN, 'SELECT orders')] }],
      },
    ],
  });
}

const alive = (pid: number): boolean => readCmdline(pid) !== undefined;

interface Launch {
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<number | string>;
}

describe('the launcher never leaves a process behind, and the next start finds the data (issue 18)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-launcher-'));
  // PostgreSQL runs as its own user (never root), which must be able to enter the data folder.
  chmodSync(dataDir, 0o755);
  const env: Record<string, string | undefined> = { ...process.env, TRACEHOUSE_DATA_DIR: dataDir };
  // As a person runs it: no server URLs, so it starts its own Kafka, PostgreSQL and embedded ClickHouse.
  delete env.KAFKA_BROKERS;
  delete env.DATABASE_URL;
  delete env.CLICKHOUSE_URL;
  const launches: Launch[] = [];
  let queryPort = 0;
  let otlpHttpPort = 0;

  beforeAll(async () => {
    // Listeners on free ports, never the standard ones, so the test does not meet another pipeline
    // on this machine (the launcher uses these variables as given).
    otlpHttpPort = await freePort();
    queryPort = await freePort();
    Object.assign(env, {
      COLLECTOR_OTLP_HTTP_PORT: String(otlpHttpPort),
      QUERY_PORT: String(queryPort),
      COLLECTOR_OTLP_GRPC_PORT: String(await freePort()),
      COLLECTOR_JAEGER_GRPC_PORT: String(await freePort()),
      COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(await freePort()),
      COLLECTOR_ZIPKIN_PORT: String(await freePort()),
      COLLECTOR_JAEGER_AGENT_COMPACT_PORT: String(await freePort()),
      COLLECTOR_JAEGER_AGENT_BINARY_PORT: String(await freePort()),
    });
    for (const app of PIPELINE_APPS) env[`${app.name.toUpperCase().replace(/-/g, '_')}_ADMIN_PORT`] = String(await freePort());
  });

  afterAll(() => {
    // Whatever a failed test left: the launchers and every process naming the data folder.
    for (const l of launches) if (l.child.pid && alive(l.child.pid)) process.kill(l.child.pid, 'SIGKILL');
    for (const p of processesUsing(dataDir)) process.kill(p.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts the launcher as `npm start` ends up running it (scripts/start.sh execs this after building). */
  function launch(): Launch {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/tools/infra/src/cli.js'), 'start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | string>((res) => child.once('exit', (code, signal) => res(code ?? signal ?? 'unknown')));
    const l = { child, output: () => output, exited };
    launches.push(l);
    return l;
  }

  async function untilReady(l: Launch): Promise<void> {
    await pollUntil('the launcher to report the pipeline ready (or exit)', () => l.output().includes('the pipeline is ready') || l.child.exitCode !== null, 240_000, 250);
    if (l.child.exitCode !== null) throw new Error(`the launcher exited with ${l.child.exitCode}: ${l.output().slice(-3000)}`);
  }

  /** Every process of the current run: the pids its pid files record, its process tree, and every process naming the data folder. */
  function processesOfRun(l: Launch): number[] {
    const recorded = [...pidFilesIn(join(dataDir, 'run')), join(dataDir, 'kafka', 'kafka.pid'), join(dataDir, 'postgres', 'postgres.pid')].flatMap((f) => {
      const r = readPidFile(f);
      return r ? [r.pid] : [];
    });
    return [...new Set([...recorded, ...(l.child.pid ? descendants(l.child.pid) : []), ...processesUsing(dataDir).map((p) => p.pid)])];
  }

  async function noneSurvives(pids: number[], what: string): Promise<void> {
    await pollUntil(`every process of the run to be gone after ${what}`, () => pids.every((p) => !alive(p)) && processesUsing(dataDir).length === 0, 90_000, 250).catch((err: unknown) => {
      const left = pids.filter(alive).map((p) => `${p}: ${(readCmdline(p) ?? []).join(' ').slice(0, 160)}`);
      throw new Error(`${err instanceof Error ? err.message : String(err)}; still running: ${left.join(' | ')}`);
    });
  }

  async function traceServed(): Promise<boolean> {
    const response = await fetch(`http://127.0.0.1:${queryPort}/api/traces/${TRACE_ID}`);
    if (response.status !== 200) return false;
    const body = (await response.json()) as { data: Array<{ spans: Array<{ spanID: string }> }> };
    const ids = new Set(body.data[0]?.spans.map((s) => s.spanID));
    return ids.has(ROOT_SPAN) && ids.has(CHILD_SPAN) && ids.size === 2;
  }

  it('SIGKILL of the launcher: the apps, Kafka and PostgreSQL all stop on their own', async () => {
    const l = launch();
    await untilReady(l);
    const response = await fetch(`http://127.0.0.1:${otlpHttpPort}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: traceBody() });
    expect(response.status).toBe(200);
    await pollUntil(`trace ${TRACE_ID} served on :${queryPort}`, traceServed, 120_000, 500);
    const run = processesOfRun(l);
    // The launcher, five apps, the Kafka JVM and the postmaster with its backends at least.
    expect(run.length).toBeGreaterThanOrEqual(8);
    l.child.kill('SIGKILL');
    expect(await l.exited).toBe('SIGKILL');
    await noneSurvives(run, 'SIGKILL');
  }, 480_000);

  it("its output pipe broken during start-up (the reader, like `| head -1`, is gone): it stops what it started and exits", async () => {
    const l = launch();
    await pollUntil('the first line of output', () => l.output().includes('\n'), 120_000, 50);
    const run = processesOfRun(l);
    l.child.stdout?.destroy();
    expect(await l.exited).toBe(0);
    await noneSurvives([...run, ...processesOfRun(l)], 'a broken output pipe');
    expect(readFileSync(join(dataDir, 'launcher.log'), 'utf8')).toMatch(/the launcher's output is gone \(EPIPE\)[\s\S]*stopped; no process left running/);
  }, 300_000);

  it('the next start finds the data stored before the SIGKILL; a second launcher on the same folder is refused; SIGHUP stops everything', async () => {
    const l = launch();
    await untilReady(l);
    expect(await traceServed()).toBe(true);

    const second = launch();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is in use by another launcher (pid ${l.child.pid},`);
    expect(second.output()).toContain(`Stop it with \`kill ${l.child.pid}\``);

    const run = processesOfRun(l);
    l.child.kill('SIGHUP');
    expect(await l.exited).toBe(0);
    await noneSurvives(run, 'SIGHUP');
    expect(l.output()).toContain('stopping (SIGHUP)');
    expect(l.output()).toContain('stopped; no process left running');
    expect(existsSync(join(dataDir, 'run', 'launcher.pid'))).toBe(false);
  }, 480_000);

  it('after SIGHUP too, the next start comes up with the data', async () => {
    const l = launch();
    await untilReady(l);
    expect(await traceServed()).toBe(true);
    l.child.kill('SIGTERM');
    expect(await l.exited).toBe(0);
  }, 480_000);
});
