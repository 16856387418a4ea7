import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PORTS } from '@tracehouse/config';
import { REPO_ROOT, pollUntil, startScript } from '@tracehouse/testing';
import { descendants } from '@tracehouse/infra';
import type { SentSpan } from './testdata/workload';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portAnswers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe("the README's start command (npm start)", () => {
  let start: ChildProcess;
  let output = '';
  let dataDir: string;

  afterAll(() => {
    try {
      if (start?.pid) process.kill(-start.pid, 'SIGKILL');
    } catch {
      // The group is already gone: nothing to clean up.
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('brings up the pipeline on the standard ports, takes traces from real clients, serves them back, and Ctrl-C leaves nothing behind', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-start-'));
    // PostgreSQL runs as its own user (never root), which must be able to enter the data folder.
    chmodSync(dataDir, 0o755);
    // As a person runs it: no server URLs given, so it starts its own Kafka, PostgreSQL and embedded
    // ClickHouse. Its own process group, so the test can send Ctrl-C (SIGINT) to all of it at once.
    const env: Record<string, string | undefined> = { ...process.env, TRACEHOUSE_DATA_DIR: dataDir };
    delete env.KAFKA_BROKERS;
    delete env.DATABASE_URL;
    delete env.CLICKHOUSE_URL;
    start = spawn('npm', ['start'], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    start.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    start.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await pollUntil('npm start to report the pipeline ready (or exit)', () => output.includes('the pipeline is ready') || start.exitCode !== null, 240_000, 500);
    if (start.exitCode !== null) throw new Error(`npm start exited with ${start.exitCode}: ${output.slice(-3000)}`);
    expect(output).toContain(`http://localhost:${DEFAULT_PORTS.otlpHttp}/v1/traces`);
    expect(output).toContain(`http://localhost:${DEFAULT_PORTS.query}`);

    const urls = {
      otlpHttp: `http://127.0.0.1:${DEFAULT_PORTS.otlpHttp}/v1/traces`,
      otlpGrpc: `http://127.0.0.1:${DEFAULT_PORTS.otlpGrpc}`,
      zipkin: `http://127.0.0.1:${DEFAULT_PORTS.zipkin}/api/v2/spans`,
      jaegerThrift: `http://127.0.0.1:${DEFAULT_PORTS.jaegerThriftHttp}/api/traces`,
    };
    const workload = startScript('tools/e2e/src/testdata/workload.js', {}, [JSON.stringify(urls)]);
    expect(await workload.exited).toBe(0);
    const sent = JSON.parse(workload.output().trim().split('\n').pop() ?? '[]') as SentSpan[];
    const traceIds = [...new Set(sent.map((s) => s.traceId))];
    expect(traceIds).toHaveLength(4);
    for (const traceId of traceIds) {
      const want = new Set(sent.filter((s) => s.traceId === traceId && !s.sharedServer).map((s) => s.spanId));
      await pollUntil(`trace ${traceId} served on :${DEFAULT_PORTS.query}`, async () => {
        const response = await fetch(`http://127.0.0.1:${DEFAULT_PORTS.query}/api/traces/${traceId}`);
        if (response.status !== 200) return false;
        const body = (await response.json()) as { data: Array<{ spans: Array<{ spanID: string }> }> };
        const got = new Set(body.data[0]?.spans.map((s) => s.spanID));
        return [...want].every((id) => got.has(id)) && got.size === sent.filter((s) => s.traceId === traceId).length;
      }, 120_000, 500);
    }

    // The web UI is served at / with no build step besides `npm start`'s own: index.html, and the
    // hashed script it names as an immutable asset.
    const page = await fetch(`http://127.0.0.1:${DEFAULT_PORTS.query}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script ?? '', `http://127.0.0.1:${DEFAULT_PORTS.query}/`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await asset.text()).length).toBeGreaterThan(1_000);

    // Ctrl-C: SIGINT to the whole foreground group, as a terminal sends it.
    const pid = start.pid ?? 0;
    const tree = descendants(pid);
    expect(tree.length).toBeGreaterThanOrEqual(6); // the launcher, five apps and the Kafka JVM at least
    const exited = new Promise<string>((resolve) => start.once('exit', (code, signal) => resolve(String(code ?? signal))));
    process.kill(-pid, 'SIGINT');
    // npm itself ends by the SIGINT (as in a terminal); the launcher stops everything and exits 0.
    expect(['0', 'SIGINT']).toContain(await exited);
    await pollUntil('every process the start command started to be gone', () => tree.every((p) => !alive(p)), 60_000, 250);
    await pollUntil('the launcher to report its clean stop', () => output.includes('stopped; no process left running'), 30_000);
    // PostgreSQL removes its own pid file once it has stopped.
    expect(existsSync(join(dataDir, 'postgres', 'cluster', 'postmaster.pid'))).toBe(false);
    for (const port of [DEFAULT_PORTS.otlpHttp, DEFAULT_PORTS.otlpGrpc, DEFAULT_PORTS.query]) expect(await portAnswers(port)).toBe(false);
  }, 600_000);
});
