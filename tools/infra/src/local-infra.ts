import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startKafka, type LocalKafka } from './kafka';
import { startPostgres, type LocalPostgres } from './postgres';

/** The infrastructure a run uses: the URLs to export, and how to stop what was started here. */
export interface LocalInfra {
  /** Environment to hand to the apps and tests: KAFKA_BROKERS, DATABASE_URL, and CLICKHOUSE_* when given. */
  readonly env: Record<string, string>;
  /** Stops only what this call started (not servers given by URL); idempotent. */
  stop(): Promise<void>;
}

export interface StartInfraOptions {
  readonly repoRoot: string;
  /** Folder for broker and database data (git-ignored `.data/<name>`). */
  readonly dataDir: string;
  /** Wipe the data folder first (tests start clean). */
  readonly fresh?: boolean;
  readonly kafkaPort?: number;
  readonly kafkaControllerPort?: number;
  readonly postgresPort?: number;
  /** Aborting stops what is still starting and rejects (Ctrl-C during start-up). */
  readonly signal?: AbortSignal;
  readonly needPostgres?: boolean;
  readonly log?: (line: string) => void;
  /** Environment that may point at existing servers (KAFKA_BROKERS, DATABASE_URL, CLICKHOUSE_URL). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Starts what is not given by environment: a local Kafka broker unless KAFKA_BROKERS is set, a local
 * PostgreSQL unless DATABASE_URL is set. ClickHouse needs nothing started: the embedded engine (chdb)
 * runs inside the process that owns the views, and CLICKHOUSE_URL points at a server instead.
 */
export async function startLocalInfra(options: StartInfraOptions): Promise<LocalInfra> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const wantPostgres = options.needPostgres !== false && !env.DATABASE_URL;
  // Both start in parallel (the JVM and initdb each take seconds); on any failure both are stopped.
  const results = await Promise.allSettled([
    env.KAFKA_BROKERS
      ? undefined
      : startKafka({ repoRoot: options.repoRoot, dataDir: join(dataDir, 'kafka'), port: options.kafkaPort, controllerPort: options.kafkaControllerPort, signal: options.signal }, log),
    wantPostgres ? startPostgres({ dataDir: join(dataDir, 'postgres'), port: options.postgresPort, signal: options.signal }, log) : undefined,
  ]);
  const started = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await Promise.all(started.map((s) => s.stop()));
    throw failure.reason;
  }
  const [kafka, postgres] = results.map((r) => (r.status === 'fulfilled' ? r.value : undefined)) as [LocalKafka | undefined, LocalPostgres | undefined];
  const out: Record<string, string> = {};
  out.KAFKA_BROKERS = kafka?.brokers ?? env.KAFKA_BROKERS ?? '';
  if (!kafka) log(`Kafka: using KAFKA_BROKERS=${out.KAFKA_BROKERS}`);
  if (postgres) out.DATABASE_URL = postgres.url;
  else if (env.DATABASE_URL) {
    out.DATABASE_URL = env.DATABASE_URL;
    log('PostgreSQL: using DATABASE_URL');
  }
  if (env.CLICKHOUSE_URL) out.CLICKHOUSE_URL = env.CLICKHOUSE_URL;
  writeFileSync(join(dataDir, 'infra.json'), `${JSON.stringify({ pid: process.pid, env: out }, null, 2)}\n`);
  let stopped: Promise<void> | undefined;
  return {
    env: out,
    stop: () => (stopped ??= Promise.all(started.map((s) => s.stop())).then(() => undefined)),
  };
}
