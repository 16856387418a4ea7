import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { processesUsing, removePidFile, stopLeftover, writePidFile } from './pid-file';
import { freePort, run, spawnTied, stopChild, untilExit, waitFor } from './process';

/** A PostgreSQL cluster started by the project in its own folder, on its own port. */
export interface LocalPostgres {
  /** `postgres://tracehouse@127.0.0.1:<port>/tracehouse` */
  readonly url: string;
  readonly dataDir: string;
  /** The postmaster's pid. */
  readonly pid: number | undefined;
  /** Stops the cluster (SIGINT: fast shutdown; SIGKILL after a bound); idempotent. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Cluster folder; initialised when empty. */
  readonly dataDir: string;
  /** A free one when omitted. */
  readonly port?: number;
  /** Aborting stops a server that is still starting and rejects. */
  readonly signal?: AbortSignal;
}

const DB = 'tracehouse';

/** Finds the newest Debian PostgreSQL binaries folder (`/usr/lib/postgresql/<major>/bin`). */
function findPgBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const majors = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(base, majors[0], 'bin') : undefined;
}

/**
 * Returns the PostgreSQL server binaries folder, installing Debian's `postgresql` package first when
 * it is missing (needs root, as on the project's machines and CI).
 */
export async function ensurePostgresInstalled(log: (line: string) => void = () => undefined): Promise<string> {
  const found = findPgBin();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('PostgreSQL is not installed and this is not root: run `sudo apt-get install -y postgresql`, or set DATABASE_URL to an existing server.');
  log('installing PostgreSQL from Debian packages (apt-get) ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-q'], { env });
  await run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], { env });
  const bin = findPgBin();
  if (!bin) throw new Error('apt-get installed postgresql but no /usr/lib/postgresql/<major>/bin/initdb was found');
  return bin;
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster folder belongs to the `postgres` user
 * (created by the Debian package) and the server binaries run as that user.
 */
function asServerUser(bin: string, args: string[]): [string, string[]] {
  if (process.getuid?.() === 0) return ['runuser', ['-u', 'postgres', '--', bin, ...args]];
  return [bin, args];
}

function chownToPostgres(path: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(path, uid, gid);
}

/** The pid file of the postmaster of a data folder (pid-file.ts; PostgreSQL's own postmaster.pid is in the cluster folder). */
export const postgresPidFile = (dataDir: string): string => join(resolve(dataDir), 'postgres.pid');

/**
 * Makes sure no postmaster of an earlier run still holds the cluster: one our pid file names is
 * stopped (fast shutdown); one it does not name is reported with how to stop it.
 */
async function releaseCluster(dataDir: string, clusterDir: string, log: (line: string) => void): Promise<void> {
  await stopLeftover(postgresPidFile(dataDir), { graceMs: 30_000, log: (line) => log(`PostgreSQL: ${line}`) });
  const holders = processesUsing(clusterDir).filter((h) => h.argv.includes('-D'));
  if (holders.length > 0) {
    throw new Error(
      `PostgreSQL's cluster ${clusterDir} is in use by pid ${holders.map((h) => h.pid).join(', ')} (${holders[0]?.argv.join(' ')}), which no pid file of this folder names: ` +
        `stop it with \`kill -INT ${holders.map((h) => h.pid).join(' ')}\` (a fast shutdown) and start again.`,
    );
  }
}

function logTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-5).join('\n');
  } catch {
    return '';
  }
}

/**
 * Initialises (once) and starts a cluster on loopback with trust auth, and creates the `tracehouse`
 * database. The postmaster runs in the foreground as this process's child, tied to it (spawnTied):
 * it gets SIGINT, its fast shutdown, when this process dies. (`pg_ctl start` would detach it, and a
 * detached server outlives whoever started it.) One an earlier run left is stopped first.
 */
export async function startPostgres(options: StartPostgresOptions, log: (line: string) => void = () => undefined): Promise<LocalPostgres> {
  const bin = await ensurePostgresInstalled(log);
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'cluster');
  const socketDir = join(dataDir, 'socket');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(socketDir, { recursive: true });
  // The server user must be able to reach the folder; the parents are the project's own folders.
  chmodSync(dataDir, 0o755);
  chownToPostgres(dataDir);
  chownToPostgres(socketDir);
  await releaseCluster(dataDir, clusterDir, log);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    const [cmd, args] = asServerUser(join(bin, 'initdb'), ['-D', clusterDir, '-U', DB, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await run(cmd, args);
  }
  options.signal?.throwIfAborted();
  const port = options.port ?? (await freePort());
  const logFile = join(dataDir, 'postgres.log');
  // The server writes its log to the file itself (an fd it inherits), not through this process.
  const logFd = openSync(logFile, 'a');
  const { child, argv } = spawnTied(
    join(bin, 'postgres'),
    ['-D', clusterDir, '-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    { cwd: dataDir, stdio: ['ignore', logFd, logFd], deathSignal: 'SIGINT', user: process.getuid?.() === 0 ? 'postgres' : undefined },
  );
  closeSync(logFd);
  const pidFile = postgresPidFile(dataDir);
  if (child.pid) writePidFile(pidFile, { name: 'postgres', pid: child.pid, argv, stopSignal: 'SIGINT', startedAt: new Date().toISOString() });
  let stopped: Promise<void> | undefined;
  // SIGINT is PostgreSQL's fast shutdown: open sessions are ended, a checkpoint is written.
  const stop = (): Promise<void> => (stopped ??= stopChild(child, 30_000, 'SIGINT').then(() => removePidFile(pidFile)));
  const psql = (sql: string, db = 'postgres'): Promise<string> => run(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', DB, '-d', db, '-tAc', sql]);
  try {
    await waitFor(`PostgreSQL on 127.0.0.1:${port}`, async () => (await psql('SELECT 1')).trim() === '1', 60_000, 250, untilExit(child, 'PostgreSQL', logFile, options.signal));
    if ((await psql(`SELECT 1 FROM pg_database WHERE datname = '${DB}'`)).trim() !== '1') await psql(`CREATE DATABASE ${DB}`);
  } catch (err) {
    await stop();
    const tail = logTail(logFile);
    throw tail && err instanceof Error ? new Error(`${err.message}; its log ends with:\n${tail}`, { cause: err }) : err;
  }
  log(`PostgreSQL on 127.0.0.1:${port}`);
  return { url: `postgres://${DB}@127.0.0.1:${port}/${DB}`, dataDir, pid: child.pid, stop };
}
