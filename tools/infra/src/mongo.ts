import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort, run, spawnTied, stopChild, waitFor, which } from './process';

/** A running MongoDB wire-protocol server (mongo-java-server, in-memory backend). */
export interface LocalMongoWireServer {
  /** `mongodb://127.0.0.1:<port>` (add a database name as the path). */
  readonly url: string;
  readonly port: number;
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM, then SIGKILL); idempotent. Its data is gone afterwards: it is in memory. */
  stop(): Promise<void>;
}

export interface StartMongoWireServerOptions {
  /** Repository root (holds tools/infra/mongo/ and the .cache folder). */
  readonly repoRoot: string;
  /** Folder for the server's log file (removed at stop; kept when the server fails to start); `.data/mongo-wire-server` when omitted. */
  readonly dataDir?: string;
  /** A free one when omitted. */
  readonly port?: number;
  /** JVM heap, e.g. '256m'. */
  readonly heap?: string;
}

const POM = 'tools/infra/mongo/pom.xml';
const MAIN = 'tools/infra/mongo/MongoMain.java';

function serverVersion(repoRoot: string): string {
  const pom = readFileSync(join(repoRoot, POM), 'utf8');
  const match = /<mongo-java-server\.version>([^<]+)<\/mongo-java-server\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${POM} has no <mongo-java-server.version> property`);
  return match[1];
}

/**
 * Resolves the pinned mongo-java-server jars with Maven into `.cache/mongo-java-server/<version>/lib`
 * (git-ignored) and returns that folder; a completed resolution leaves a marker file, so later calls
 * cost nothing.
 */
export async function resolveMongoWireServerJars(repoRoot: string, log: (line: string) => void = () => undefined): Promise<string> {
  const version = serverVersion(repoRoot);
  const libDir = resolve(repoRoot, '.cache/mongo-java-server', version, 'lib');
  const marker = join(libDir, '.resolved');
  if (existsSync(marker)) return libDir;
  if (!(await which('mvn'))) throw new Error('Maven (mvn) is not installed: it resolves mongo-java-server from Maven Central. Install it with `apt-get install maven`.');
  if (!(await which('java'))) throw new Error('Java is not installed: mongo-java-server needs Java 17 or later.');
  log(`resolving mongo-java-server ${version} from Maven Central into ${libDir} ...`);
  mkdirSync(libDir, { recursive: true });
  await run('mvn', ['-B', '-q', '-f', join(repoRoot, POM), 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'], { cwd: repoRoot });
  if (!readdirSync(libDir).some((f) => f.startsWith(`mongo-java-server-memory-backend-${version}`))) {
    throw new Error(`Maven finished but ${libDir} holds no mongo-java-server-memory-backend-${version} jar`);
  }
  writeFileSync(marker, `${version}\n`);
  return libDir;
}

/**
 * Starts mongo-java-server's in-memory backend on 127.0.0.1 from the Maven-resolved jars, running
 * tools/infra/mongo/MongoMain.java with Java's single-file source launcher, and resolves once it
 * has printed that it listens. A real MongoDB wire server for tests where no mongod is installable;
 * see MongoMain.java for the server version it advertises and why.
 */
export async function startMongoWireServer(options: StartMongoWireServerOptions, log: (line: string) => void = () => undefined): Promise<LocalMongoWireServer> {
  const libDir = await resolveMongoWireServerJars(options.repoRoot, log);
  const dataDir = resolve(options.dataDir ?? join(options.repoRoot, '.data', 'mongo-wire-server'));
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const logFile = join(dataDir, `mongo-wire-server-${port}.log`);
  const out = createWriteStream(logFile, { flags: 'a' });
  const heap = options.heap ?? '256m';
  // Tied to this process (spawnTied): a test run killed with SIGKILL leaves no server behind.
  const { child } = spawnTied(
    'java',
    [`-Xmx${heap}`, '-XX:+UseSerialGC', '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn', '-cp', `${libDir}/*`, resolve(options.repoRoot, MAIN), String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'], deathSignal: 'SIGTERM' },
  );
  let stdout = '';
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString();
    out.write(d);
  });
  child.stderr?.pipe(out);
  let exitInfo: string | undefined;
  child.once('exit', (code, signal) => (exitInfo = `exited with ${code ?? signal}`));
  await waitFor(
    `mongo-java-server on 127.0.0.1:${port}`,
    async () => {
      if (exitInfo) throw new Error(`mongo-java-server ${exitInfo}; see ${logFile}`);
      return stdout.includes('listening on');
    },
    60_000,
    100,
  ).catch(async (err: unknown) => {
    await stopChild(child, 5_000);
    throw err;
  });
  log(`mongo-java-server ${serverVersion(options.repoRoot)} on 127.0.0.1:${port}`);
  let stopped: Promise<void> | undefined;
  return {
    url: `mongodb://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    stop: () =>
      (stopped ??= stopChild(child, 10_000)
        .then(() => new Promise<void>((done) => out.end(() => done())))
        .then(() => rmSync(logFile, { force: true }))),
  };
}
