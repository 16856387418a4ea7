import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { processesUsing, removePidFile, stopLeftover, writePidFile } from './pid-file';
import { freePort, run, spawnTied, stopChild, untilExit, waitFor, which } from './process';

/** A running local Kafka broker (combined broker + controller, KRaft mode). */
export interface LocalKafka {
  /** `host:port` of the PLAINTEXT listener. */
  readonly brokers: string;
  readonly dataDir: string;
  readonly pid: number | undefined;
  /** Stops the broker (SIGTERM, then SIGKILL); idempotent. */
  stop(): Promise<void>;
}

export interface StartKafkaOptions {
  /** Repository root (holds tools/infra/kafka/pom.xml and the .cache folder). */
  readonly repoRoot: string;
  /** Folder for the broker's log segments and its log file; wiped when `fresh`. */
  readonly dataDir: string;
  /** PLAINTEXT port; a free one when omitted. */
  readonly port?: number;
  /** KRaft controller port; a free one when omitted. */
  readonly controllerPort?: number;
  /** Aborting stops a broker that is still starting and rejects. */
  readonly signal?: AbortSignal;
  /** JVM heap, e.g. '512m'; {@link KAFKA_HEAP} when absent. */
  readonly heap?: string;
  /** Default partitions for auto-created topics. */
  readonly defaultPartitions?: number;
  /** JVM flags besides the heap, replacing {@link KAFKA_JVM_OPTIONS} (benchmarks weigh other GC settings with it). */
  readonly jvmOptions?: readonly string[];
}

/**
 * The broker's JVM flags besides the heap size. The serial collector, not G1: a single dev broker
 * keeps little live data, and G1's own structures (remembered sets, its concurrent threads) cost
 * RSS beside the heap. In bench:pipeline's 10,000 spans/s step (issue 13, two alternating pairs on
 * the shared 2 cores) the broker peaked at 426 and 487 MB with this and a 256 MB heap against 584
 * and 650 MB with G1 and 512 MB, for the same CPU over the run (21.3 s against 21.5 s, 19.4 s
 * against 19.1 s). Idle, native memory tracking shows 256 MB heap, 36 MB metaspace, 12 MB code,
 * 10 MB thread stacks (98 threads).
 */
export const KAFKA_JVM_OPTIONS: readonly string[] = ['-XX:+UseSerialGC'];

/** The broker's fixed JVM heap (-Xms = -Xmx) when {@link StartKafkaOptions.heap} is not given; why in startKafka. */
export const KAFKA_HEAP = '256m';

const POM = 'tools/infra/kafka/pom.xml';

function kafkaVersion(repoRoot: string): string {
  const pom = readFileSync(join(repoRoot, POM), 'utf8');
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${POM} has no <kafka.version> property`);
  return match[1];
}

/**
 * Resolves the pinned Kafka jars with Maven into `.cache/kafka/<version>/lib` (git-ignored) and
 * returns that folder. A completed resolution leaves a marker file, so later calls cost nothing.
 */
export async function resolveKafkaJars(repoRoot: string, log: (line: string) => void = () => undefined): Promise<string> {
  const version = kafkaVersion(repoRoot);
  const libDir = resolve(repoRoot, '.cache/kafka', version, 'lib');
  const marker = join(libDir, '.resolved');
  if (existsSync(marker)) return libDir;
  if (!(await which('mvn'))) throw new Error('Maven (mvn) is not installed: it resolves the Kafka broker jars from Maven Central. Install it with `apt-get install maven`.');
  if (!(await which('java'))) throw new Error('Java is not installed: the local Kafka broker needs Java 17 or later.');
  log(`resolving Apache Kafka ${version} from Maven Central into ${libDir} ...`);
  mkdirSync(libDir, { recursive: true });
  await run('mvn', ['-B', '-q', '-f', join(repoRoot, POM), 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'], { cwd: repoRoot });
  if (!readdirSync(libDir).some((f) => f.startsWith(`kafka_2.13-${version}`))) throw new Error(`Maven finished but ${libDir} holds no kafka_2.13-${version} jar`);
  writeFileSync(marker, `${version}\n`);
  return libDir;
}

function serverProperties(dataDir: string, port: number, controllerPort: number, partitions: number): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `log.dirs=${join(dataDir, 'logs')}`,
    `num.partitions=${partitions}`,
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=12',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // Consumers join at once instead of waiting 3 s for more members: tests and restarts are quicker.
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
    'message.max.bytes=16777216',
    // The log cleaner's dedupe map is allocated on the heap at start-up, 128 MB by default: half of
    // the broker's 256 MB heap (KAFKA_HEAP). On a data folder with thousands of partitions the rest
    // did not hold their state and the broker exited with OutOfMemoryError while starting. Only the
    // compacted internal topics (__consumer_offsets, __transaction_state) are cleaned here; 16 MB
    // holds about 700,000 keys per pass.
    'log.cleaner.dedupe.buffer.size=16777216',
    // Threads and socket buffers for one broker on a laptop-sized machine rather than the defaults
    // for a dedicated server (3 network, 8 I/O and 10 background threads, 100 KB socket buffers):
    // one network thread, two I/O threads, two background threads, and socket buffers the kernel
    // sizes itself (-1). In alternated 60 s runs of bench:pipeline at 15,000 spans/s on 2 cores the
    // broker used 12.1 and 12.4 CPU-s against 13.5 and 13.2 with the defaults (-8%), the stages and
    // freshness unchanged. A production cluster is sized by its operator, not by this file.
    'num.network.threads=1',
    'num.io.threads=2',
    'background.threads=2',
    'socket.receive.buffer.bytes=-1',
    'socket.send.buffer.bytes=-1',
    '',
  ].join('\n');
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolveCheck) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveCheck(true);
    });
    socket.once('error', () => resolveCheck(false));
  });
}

/** The pid file of the broker of a data folder (pid-file.ts). */
export const kafkaPidFile = (dataDir: string): string => join(resolve(dataDir), 'kafka.pid');

/**
 * Makes sure no broker of an earlier run still holds the folder: one its pid file names is stopped;
 * one no pid file names (started by an older version, or by hand) is reported with how to stop it.
 */
async function releaseDataDir(dataDir: string, propsFile: string, log: (line: string) => void): Promise<void> {
  await stopLeftover(kafkaPidFile(dataDir), { graceMs: 30_000, log: (line) => log(`Kafka: ${line}`) });
  const holders = processesUsing(propsFile);
  if (holders.length > 0) {
    const list = holders.map((h) => `pid ${h.pid} (${h.argv.slice(0, 3).join(' ')} ... ${h.argv.slice(-2).join(' ')})`).join(', ');
    throw new Error(`Kafka's data folder ${dataDir} is in use by ${list}, which no pid file of this folder names: stop it with \`kill ${holders.map((h) => h.pid).join(' ')}\` and start again.`);
  }
}

/**
 * Starts a single-node Kafka broker in KRaft mode from the Maven-resolved jars: formats the storage
 * folder (once), launches `kafka.Kafka` and resolves once its PLAINTEXT port answers. A broker an
 * earlier run left on the folder is stopped first (its pid file); the broker is tied to this
 * process (spawnTied): it gets SIGTERM, its clean stop, when this process dies.
 */
export async function startKafka(options: StartKafkaOptions, log: (line: string) => void = () => undefined): Promise<LocalKafka> {
  const libDir = await resolveKafkaJars(options.repoRoot, log);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const propsFile = join(dataDir, 'server.properties');
  await releaseDataDir(dataDir, propsFile, log);
  options.signal?.throwIfAborted();
  const port = options.port ?? (await freePort());
  const controllerPort = options.controllerPort ?? (await freePort());
  writeFileSync(propsFile, serverProperties(dataDir, port, controllerPort, options.defaultPartitions ?? 12));
  const classpath = `${libDir}/*`;
  const logFile = join(dataDir, 'broker.log');
  const jvmLogArgs = [`-Dlog4j2.configurationFile=${resolve(options.repoRoot, 'tools/infra/kafka/log4j2.properties')}`, `-Dkafka.logs.file=${logFile}`];
  if (!existsSync(join(dataDir, 'logs', 'meta.properties'))) {
    const clusterId = (await run('java', [...jvmLogArgs, '-cp', classpath, 'kafka.tools.StorageTool', 'random-uuid'])).trim().split('\n').pop() ?? '';
    await run('java', [...jvmLogArgs, '-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile]);
  }
  // A single dev broker needs little heap: records go through the page cache, not the heap. 256 MB
  // with the serial collector (KAFKA_JVM_OPTIONS; was 512 MB with G1, 768 before) keeps the
  // embedded stack's RSS down (issue 13: the whole stack under 2 GB). Fixed, not growing from a
  // small start: in bench:pipeline a G1 heap starting at 128 MB doubled the broker's CPU per span
  // (young collections on a small heap).
  const heap = options.heap ?? KAFKA_HEAP;
  // The JVM writes to the file itself (not through a pipe to this process), so its output does not
  // depend on this process staying alive.
  const outFd = openSync(join(dataDir, 'broker.stdout.log'), 'a');
  const { child, argv } = spawnTied(
    'java',
    [`-Xms${heap}`, `-Xmx${heap}`, ...(options.jvmOptions ?? KAFKA_JVM_OPTIONS), '-Djava.awt.headless=true', ...jvmLogArgs, '-cp', classpath, 'kafka.Kafka', propsFile],
    { stdio: ['ignore', outFd, outFd], deathSignal: 'SIGTERM' },
  );
  closeSync(outFd);
  const pidFile = kafkaPidFile(dataDir);
  if (child.pid) writePidFile(pidFile, { name: 'kafka', pid: child.pid, argv, stopSignal: 'SIGTERM', startedAt: new Date().toISOString() });
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopped ??= stopChild(child, 20_000).then(() => removePidFile(pidFile)));
  try {
    await waitFor(`Kafka broker on 127.0.0.1:${port}`, () => portAnswers(port), 90_000, 250, untilExit(child, 'the Kafka broker', logFile, options.signal));
  } catch (err) {
    await stop();
    throw err;
  }
  log(`Kafka ${kafkaVersion(options.repoRoot)} (KRaft) on 127.0.0.1:${port}`);
  return { brokers: `127.0.0.1:${port}`, dataDir, pid: child.pid, stop };
}
