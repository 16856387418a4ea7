import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, pollUntil, startScript, type TestProcess } from '@tracehouse/testing';
import { PIPELINE_APPS } from './apps';
import { freePort } from './process';

async function readyz(port: number): Promise<{ status: number; body: { checks?: Array<{ name: string; ok: boolean }> } }> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: response.status, body: (await response.json()) as { checks?: Array<{ name: string; ok: boolean }> } };
}

describe('every app, started as its container would start it', () => {
  const started: TestProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-apps-test-'));
  afterAll(async () => {
    await Promise.all(started.map((p) => p.kill9()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(PIPELINE_APPS.map((a) => [a.name, a] as const))('%s becomes ready against the real broker and stops cleanly on SIGTERM', async (_name, app) => {
    const port = await freePort();
    // Every listening port free too (the collector's receivers, the embedded query API), so the test
    // never collides with a pipeline already running on the standard ports.
    const listenPorts = {
      QUERY_PORT: String(await freePort()),
      COLLECTOR_OTLP_GRPC_PORT: String(await freePort()),
      COLLECTOR_OTLP_HTTP_PORT: String(await freePort()),
      COLLECTOR_JAEGER_GRPC_PORT: String(await freePort()),
      COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(await freePort()),
      COLLECTOR_ZIPKIN_PORT: String(await freePort()),
      COLLECTOR_JAEGER_AGENT_COMPACT_PORT: String(await freePort()),
      COLLECTOR_JAEGER_AGENT_BINARY_PORT: String(await freePort()),
    };
    const p = startScript(app.main.replace(/^dist\//, ''), { ...listenPorts, ADMIN_PORT: String(port), KAFKA_GROUP_ID: `apps-test-${app.name}-${port}`, CLICKHOUSE_DATA_PATH: join(dataDir, String(port)), LOG_LEVEL: 'info' });
    started.push(p);
    await pollUntil(`${app.name} /readyz = 200`, async () => (await readyz(port)).status === 200, 90_000, 250);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain(`tracehouse_process_cpu_user_seconds_total{service="${app.name}"}`);
    // Nest's shutdown hooks re-raise the signal once everything is closed (exit by SIGTERM is the
    // clean ending); the last log line says the shutdown hooks all ran.
    expect([0, 'SIGTERM']).toContain(await p.terminate());
    expect(p.output()).toContain(`${app.name} shut down cleanly`);
  });

  it('an app started with an IPC channel, as the launcher starts it, shuts down cleanly when the channel closes (its launcher is gone, even by SIGKILL)', async () => {
    const app = PIPELINE_APPS.find((a) => a.name === 'span-normalizer');
    if (!app) throw new Error('span-normalizer is not in PIPELINE_APPS');
    const port = await freePort();
    const child = spawn(process.execPath, [join(REPO_ROOT, app.main)], {
      env: { ...process.env, ADMIN_PORT: String(port), KAFKA_GROUP_ID: `apps-test-ipc-${port}`, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | string>((res) => child.once('exit', (code, signal) => res(code ?? signal ?? 'unknown')));
    try {
      await pollUntil(`${app.name} /readyz = 200`, async () => (await readyz(port)).status === 200, 90_000, 250);
      // What a launcher's death looks like from the app: its end of the channel closes.
      child.disconnect();
      await pollUntil(`${app.name} to exit once its channel closed`, () => child.exitCode !== null || child.signalCode !== null, 30_000, 100);
      expect([0, 'SIGTERM']).toContain(await exited);
      expect(output).toContain(`${app.name} shut down cleanly`);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it.each(PIPELINE_APPS.map((a) => [a.name, a] as const))('%s refuses a bad config value at start-up, naming the variable', async (_name, app) => {
    const p = startScript(app.main.replace(/^dist\//, ''), { ADMIN_PORT: 'eighty', KAFKA_BROKERS: 'no-port-here' });
    started.push(p);
    expect(await p.exited).toBe(1);
    expect(p.output()).toContain('ADMIN_PORT: must be');
    expect(p.output()).toContain('(got "eighty")');
    expect(p.output()).toContain('KAFKA_BROKERS: must be host:port[,host:port] (got "no-port-here")');
  });
});
