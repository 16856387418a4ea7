// The project's own launcher (`npm start` runs `start`): local infrastructure plus every app, each
// in its own process, stopped together so that no process is left behind, whatever stops the
// launcher:
// - SIGINT (Ctrl-C), SIGTERM, SIGHUP (the terminal closed, the SSH session dropped), a launcher
//   error, or its output gone (`npm start | tee log` interrupted, `| head` done): the launcher stops
//   the apps first (they flush into a broker that is still up), then Kafka and PostgreSQL, and exits;
// - SIGKILL or anything else no code survives: the apps see their IPC channel close and shut down
//   as on SIGTERM (libs/observability bootstrap), and the kernel sends Kafka SIGTERM and PostgreSQL
//   SIGINT (spawnTied in process.ts);
// - and whatever is still left (a launcher killed in the instant between starting a server and
//   tying it) is found by the next start through the pid files in the data folder, and stopped.
// The children run in their own sessions: Ctrl-C and a terminal's hang-up reach the launcher only,
// which then stops them in that order.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_NODE_OPTIONS } from '@tracehouse/config';
import { PIPELINE_APPS, endpointTable } from './apps';
import { kafkaPidFile } from './kafka';
import { startLocalInfra, type LocalInfra } from './local-infra';
import { acquireLock, pidFilesIn, processesUsing, readCmdline, readPidFile, removePidFile, stopLeftover, writePidFile, type ProcessRecord } from './pid-file';
import { LAUNCHER_PORTS, PortClaims, listenerEnv, planPorts, readSavedPorts, savePorts, type PortPlan, type PortSpec } from './port-plan';
import { postgresPidFile } from './postgres';
import { freePort, portIsFree, stopChild, udpPortIsFree, waitFor } from './process';

const repoRoot = resolve(__dirname, '../../../..');
/** Where the start command keeps broker, database and ClickHouse data (TRACEHOUSE_DATA_DIR overrides). */
const dataDir = resolve(process.env.TRACEHOUSE_DATA_DIR ?? join(repoRoot, '.data', 'dev'));
/** The launcher's lock and the apps' pid files (Kafka's and PostgreSQL's are in their own folders). */
const runDir = join(dataDir, 'run');
const lockFile = join(runDir, 'launcher.pid');
const launcherLog = join(dataDir, 'launcher.log');

// Output. Whoever reads it may go away (a closed terminal: EIO; a broken pipe: EPIPE): Node then
// emits 'error' on the stream, which would kill the launcher mid-way and orphan everything. Like a
// program that dies of SIGPIPE, the launcher ends at its next write after its reader left (any app
// line is one: their output goes through it), but by stopping everything first. Every line also
// goes to <data folder>/launcher.log, so a stop nobody could see is still on record.
let outputOpen = true;
let onOutputLost: (reason: string) => void = () => undefined;
const toLogFile = (line: string): void => {
  try {
    appendFileSync(launcherLog, `${new Date().toISOString()} ${line}\n`);
  } catch {
    // The data folder is not there yet, or not writable: the terminal still has the line.
  }
};
const outputLost = (err: NodeJS.ErrnoException): void => {
  if (!outputOpen) return;
  outputOpen = false;
  toLogFile(`[tracehouse] the launcher's output is gone (${err.code ?? err.message}): whoever read it went away`);
  onOutputLost(`output gone: ${err.code ?? err.message}`);
};
process.stdout.on('error', outputLost);
process.stderr.on('error', outputLost);
const write = (stream: NodeJS.WriteStream, data: string | Buffer): void => {
  if (outputOpen) stream.write(data);
};
const log = (line: string): void => {
  write(process.stdout, `[tracehouse] ${line}\n`);
  toLogFile(`[tracehouse] ${line}`);
};

const ownRecord = (): ProcessRecord => ({
  name: 'launcher',
  pid: process.pid,
  argv: readCmdline(process.pid) ?? process.argv,
  stopSignal: 'SIGTERM',
  startedAt: new Date().toISOString(),
});

/** The ports this launcher picked, claimed machine-wide until it stops (port-plan.ts). */
const claims = new PortClaims(ownRecord());

/** Removes the lock if it is this launcher's (a stop that came before the lock was taken leaves another's alone). */
function releaseLock(): void {
  claims.releaseAll();
  if (readPidFile(lockFile)?.pid === process.pid) removePidFile(lockFile);
}

async function ready(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Takes the data folder for this run: its lock (refusing, with the holder's pid and how to stop it,
 * when another launcher runs on it), then stops whatever an earlier run left running on it (apps
 * first, then Kafka and PostgreSQL, each checked against its pid file), then picks the ports.
 */
async function takeDataDir(specs: readonly PortSpec[]): Promise<PortPlan> {
  mkdirSync(dataDir, { recursive: true });
  acquireLock(lockFile, ownRecord(), `The data folder ${dataDir}`);
  const leftovers = { graceMs: 30_000, log };
  await Promise.all(pidFilesIn(runDir).filter((f) => f !== lockFile).map((f) => stopLeftover(f, leftovers)));
  await Promise.all([stopLeftover(kafkaPidFile(join(dataDir, 'kafka')), leftovers), stopLeftover(postgresPidFile(join(dataDir, 'postgres')), leftovers)]);
  const portsFile = join(dataDir, 'ports.json');
  const probe = {
    isFree: async (port: number, options?: { udp?: boolean }) => (await (options?.udp ? udpPortIsFree(port) : portIsFree(port))) && claims.tryClaim(port),
    anyFree: async () => {
      for (;;) {
        const port = await freePort();
        if (claims.tryClaim(port)) return port;
      }
    },
  };
  const { ports, moved } = await planPorts(specs, { env: process.env, saved: readSavedPorts(portsFile), probe });
  savePorts(portsFile, { ...readSavedPorts(portsFile), ...ports });
  for (const m of moved) log(`${m.label} on :${m.port} (:${m.standard} is taken, perhaps by another run)`);
  return ports;
}

/** Says whether anything of this run still runs after a stop (it should not), naming it. */
function leftoverReport(): string {
  const left = processesUsing(dataDir);
  if (left.length === 0) return 'stopped; no process left running';
  return `stopped, but these processes still use ${dataDir}: ${left.map((p) => `pid ${p.pid} (${p.argv.slice(0, 4).join(' ')} ...)`).join(', ')}`;
}

async function start(): Promise<void> {
  const abort = new AbortController();
  let infraStarting: Promise<LocalInfra> | undefined;
  let infra: LocalInfra | undefined;
  const children: Array<{ child: ChildProcess; pidFile: string }> = [];
  let stopping: Promise<void> | undefined;
  const stopAll = (code: number, why: string): Promise<void> =>
    (stopping ??= (async () => {
      log(`stopping (${why}) ...`);
      abort.abort(new Error(`the launcher is stopping (${why})`));
      // Apps first: they flush and commit into a broker that is still up.
      await Promise.all(children.map(({ child, pidFile }) => stopChild(child, 30_000).then(() => removePidFile(pidFile))));
      const started = await infraStarting?.catch(() => undefined);
      await (infra ?? started)?.stop();
      log(leftoverReport());
      releaseLock();
      process.exit(code);
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(0, signal));
  onOutputLost = (reason) => void stopAll(0, reason);
  process.on('uncaughtException', (err) => {
    log(`launcher error: ${err.stack ?? err.message}`);
    void stopAll(1, 'launcher error');
  });

  let ports: PortPlan;
  try {
    ports = await takeDataDir(LAUNCHER_PORTS);
  } catch (err) {
    log(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    releaseLock();
    process.exit(1);
  }
  try {
    infraStarting = startLocalInfra({
      repoRoot,
      dataDir,
      kafkaPort: ports.kafka,
      kafkaControllerPort: ports.kafkaController,
      postgresPort: ports.postgres,
      signal: abort.signal,
      log,
    });
    infra = await infraStarting;
    if (stopping) return;
    const appEnv = { CLICKHOUSE_DATA_PATH: join(dataDir, 'clickhouse'), ...process.env, ...infra.env, ...listenerEnv(ports) };
    for (const app of PIPELINE_APPS) {
      const adminPort = ports[`admin:${app.name}`] ?? app.adminPort;
      // The trailing argument marks the process as this data folder's (apps ignore it): `ps` and the
      // leftover scan can tell which run an app belongs to.
      const args = ['--enable-source-maps', ...(SERVICE_NODE_OPTIONS[app.name] ?? []), join(repoRoot, app.main), `--tracehouse-data-dir=${dataDir}`];
      // 'ipc': the app shuts down when this channel closes, i.e. when the launcher is gone.
      const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...appEnv, ADMIN_PORT: String(adminPort) }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true });
      const pidFile = join(runDir, `${app.name}.pid`);
      if (child.pid) writePidFile(pidFile, { name: app.name, pid: child.pid, argv: [process.execPath, ...args], stopSignal: 'SIGTERM', startedAt: new Date().toISOString() });
      children.push({ child, pidFile });
      child.stdout?.on('data', (d: Buffer) => write(process.stdout, d));
      child.stderr?.on('data', (d: Buffer) => write(process.stderr, d));
      child.once('exit', (code, signal) => {
        if (stopping) return;
        log(`${app.name} exited unexpectedly (${code ?? signal}); stopping everything`);
        void stopAll(1, `${app.name} exited`);
      });
    }
    await Promise.all(
      PIPELINE_APPS.map((app) => {
        const port = ports[`admin:${app.name}`] ?? app.adminPort;
        return waitFor(`${app.name} /readyz on :${port}`, () => ready(port), 180_000, 500, abort.signal);
      }),
    );
    log('the pipeline is ready:');
    for (const line of endpointTable(infra.env, ports)) write(process.stdout, `${line}\n`);
    log(`data in ${dataDir}; press Ctrl-C to stop`);
  } catch (err) {
    if (stopping) return;
    log(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    await stopAll(1, 'start failed');
  }
}

async function infraOnly(): Promise<void> {
  const abort = new AbortController();
  let infraStarting: Promise<LocalInfra> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (code: number, why: string): Promise<void> =>
    (stopping ??= (async () => {
      log(`stopping (${why}) ...`);
      abort.abort(new Error(`the launcher is stopping (${why})`));
      const infra = await infraStarting?.catch(() => undefined);
      await infra?.stop();
      log(leftoverReport());
      releaseLock();
      process.exit(code);
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0, signal));
  onOutputLost = (reason) => void stop(0, reason);
  try {
    // Only what this command starts: the apps' ports are not its to take.
    const ports = await takeDataDir(LAUNCHER_PORTS.filter((p) => ['kafka', 'kafkaController', 'postgres'].includes(p.key)));
    infraStarting = startLocalInfra({ repoRoot, dataDir, kafkaPort: ports.kafka, kafkaControllerPort: ports.kafkaController, postgresPort: ports.postgres, signal: abort.signal, log });
    const infra = await infraStarting;
    for (const [k, v] of Object.entries(infra.env)) write(process.stdout, `export ${k}=${v}\n`);
    log('infrastructure is up; press Ctrl-C to stop it');
  } catch (err) {
    if (stopping) return;
    log(`start failed: ${err instanceof Error ? err.message : String(err)}`);
    await stop(1, 'start failed');
  }
}

const command = process.argv[2] ?? 'start';
if (command === 'start') void start();
else if (command === 'infra') void infraOnly();
else {
  process.stderr.write(`unknown command "${command}": use start or infra\n`);
  process.exitCode = 2;
}
