import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { freePort, run, waitFor } from './process';

/** A PostgreSQL cluster started by the project in its own folder, on its own port. */
export interface LocalPostgres {
  /** `postgres://tracehouse@127.0.0.1:<port>/tracehouse` */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the cluster (`pg_ctl stop -m fast`); idempotent. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Cluster folder; initialised when empty. */
  readonly dataDir: string;
  /** A free one when omitted. */
  readonly port?: number;
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

/** Initialises (once) and starts a cluster on loopback with trust auth, and creates the `tracehouse` database. */
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
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    const [cmd, args] = asServerUser(join(bin, 'initdb'), ['-D', clusterDir, '-U', DB, '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await run(cmd, args);
  }
  const port = options.port ?? (await freePort());
  const serverOpts = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const [cmd, args] = asServerUser(join(bin, 'pg_ctl'), ['-D', clusterDir, '-l', join(dataDir, 'postgres.log'), '-o', serverOpts, '-w', '-t', '60', 'start']);
  await run(cmd, args);
  const psql = (sql: string, db = 'postgres'): Promise<string> => run(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', DB, '-d', db, '-tAc', sql]);
  await waitFor(`PostgreSQL on 127.0.0.1:${port}`, async () => (await psql('SELECT 1')).trim() === '1', 30_000);
  if ((await psql(`SELECT 1 FROM pg_database WHERE datname = '${DB}'`)).trim() !== '1') await psql(`CREATE DATABASE ${DB}`);
  log(`PostgreSQL on 127.0.0.1:${port}`);
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${DB}@127.0.0.1:${port}/${DB}`,
    dataDir,
    stop: () =>
      (stopped ??= (async () => {
        const [stopCmd, stopArgs] = asServerUser(join(bin, 'pg_ctl'), ['-D', clusterDir, '-m', 'fast', '-w', 'stop']);
        await run(stopCmd, stopArgs).catch(() => undefined);
      })()),
  };
}
