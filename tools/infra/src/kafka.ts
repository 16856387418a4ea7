import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { freePort, run, stopChild, waitFor, which } from './process';

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
  /** Largest JVM heap, e.g. '512m' (the default); the heap starts at 128 MB and grows only as needed. */
  readonly heap?: string;
  /** Default partitions for auto-created topics. */
  readonly defaultPartitions?: number;
}

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

/**
 * Starts a single-node Kafka broker in KRaft mode from the Maven-resolved jars: formats the storage
 * folder (once), launches `kafka.Kafka` and resolves once its PLAINTEXT port answers.
 */
export async function startKafka(options: StartKafkaOptions, log: (line: string) => void = () => undefined): Promise<LocalKafka> {
  const libDir = await resolveKafkaJars(options.repoRoot, log);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const controllerPort = await freePort();
  const propsFile = join(dataDir, 'server.properties');
  writeFileSync(propsFile, serverProperties(dataDir, port, controllerPort, options.defaultPartitions ?? 12));
  const classpath = `${libDir}/*`;
  const logFile = join(dataDir, 'broker.log');
  const jvmLogArgs = [`-Dlog4j2.configurationFile=${resolve(options.repoRoot, 'tools/infra/kafka/log4j2.properties')}`, `-Dkafka.logs.file=${logFile}`];
  if (!existsSync(join(dataDir, 'logs', 'meta.properties'))) {
    const clusterId = (await run('java', [...jvmLogArgs, '-cp', classpath, 'kafka.tools.StorageTool', 'random-uuid'])).trim().split('\n').pop() ?? '';
    await run('java', [...jvmLogArgs, '-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile]);
  }
  // A single dev broker needs little heap: records go through the page cache, not the heap. The
  // heap starts small and grows only when needed, so the embedded stack's RSS stays within budget
  // (issue 13: the whole stack under 2 GB; a fixed 768 MB heap alone made the broker ~890 MB RSS).
  const heap = options.heap ?? '512m';
  const out = createWriteStream(join(dataDir, 'broker.stdout.log'), { flags: 'a' });
  const child: ChildProcess = spawn(
    'java',
    ['-Xms128m', `-Xmx${heap}`, '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', '-Djava.awt.headless=true', ...jvmLogArgs, '-cp', classpath, 'kafka.Kafka', propsFile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let exitInfo: string | undefined;
  child.once('exit', (code, signal) => (exitInfo = `exited with ${code ?? signal}`));
  await waitFor(`Kafka broker on 127.0.0.1:${port}`, async () => {
    if (exitInfo) throw new Error(`Kafka broker ${exitInfo}; see ${logFile}`);
    return portAnswers(port);
  }, 90_000);
  log(`Kafka ${kafkaVersion(options.repoRoot)} (KRaft) on 127.0.0.1:${port}`);
  let stopped: Promise<void> | undefined;
  return {
    brokers: `127.0.0.1:${port}`,
    dataDir,
    pid: child.pid,
    stop: () => (stopped ??= stopChild(child, 20_000)),
  };
}
