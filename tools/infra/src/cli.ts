// The project's own launcher (`npm start` runs `start`): local infrastructure plus every app, each
// in its own process, stopped together on Ctrl-C/SIGTERM so that no process is left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { SERVICE_NODE_OPTIONS } from '@tracehouse/config';
import { PIPELINE_APPS, endpointTable } from './apps';
import { startLocalInfra, type LocalInfra } from './local-infra';
import { stopChild, waitFor } from './process';

const repoRoot = resolve(__dirname, '../../../..');
/** Where the start command keeps broker, database and ClickHouse data (TRACEHOUSE_DATA_DIR overrides). */
const dataDir = resolve(process.env.TRACEHOUSE_DATA_DIR ?? join(repoRoot, '.data', 'dev'));
const log = (line: string): void => void process.stdout.write(`[tracehouse] ${line}\n`);

function portIsFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const server = createServer();
    server.once('error', () => res(false));
    server.listen(port, '127.0.0.1', () => server.close(() => res(true)));
  });
}

async function ready(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  let infra: LocalInfra | undefined;
  const children: Array<{ name: string; child: ChildProcess }> = [];
  let stopping: Promise<void> | undefined;
  const stopAll = (code: number): Promise<void> =>
    (stopping ??= (async () => {
      log('stopping ...');
      await Promise.all(children.map(({ child }) => stopChild(child, 30_000)));
      await infra?.stop();
      log('stopped; no process left running');
      process.exit(code);
    })());
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    infra = await startLocalInfra({
      repoRoot,
      dataDir,
      kafkaPort: (await portIsFree(9092)) ? 9092 : undefined,
      log,
    });
    for (const app of PIPELINE_APPS) {
      const child = spawn(process.execPath, ['--enable-source-maps', ...(SERVICE_NODE_OPTIONS[app.name] ?? []), join(repoRoot, app.main)], {
        cwd: repoRoot,
        env: { CLICKHOUSE_DATA_PATH: join(dataDir, 'clickhouse'), ...process.env, ...infra.env, ADMIN_PORT: process.env[`${app.name.toUpperCase().replace(/-/g, '_')}_ADMIN_PORT`] ?? String(app.adminPort) },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      children.push({ name: app.name, child });
      child.once('exit', (code, signal) => {
        if (stopping) return;
        log(`${app.name} exited unexpectedly (${code ?? signal}); stopping everything`);
        void stopAll(1);
      });
    }
    await Promise.all(PIPELINE_APPS.map((app) => waitFor(`${app.name} /readyz on :${app.adminPort}`, () => ready(app.adminPort), 180_000, 500)));
    log('the pipeline is ready:');
    for (const line of endpointTable(infra.env)) process.stdout.write(`${line}\n`);
    log('press Ctrl-C to stop');
  } catch (err) {
    log(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    await stopAll(1);
  }
}

async function infraOnly(): Promise<void> {
  const infra = await startLocalInfra({ repoRoot, dataDir, kafkaPort: (await portIsFree(9092)) ? 9092 : undefined, log });
  for (const [k, v] of Object.entries(infra.env)) process.stdout.write(`export ${k}=${v}\n`);
  log('infrastructure is up; press Ctrl-C to stop it');
  const stop = (): void => void infra.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const command = process.argv[2] ?? 'start';
if (command === 'start') void start();
else if (command === 'infra') void infraOnly();
else {
  process.stderr.write(`unknown command "${command}": use start or infra\n`);
  process.exitCode = 2;
}
