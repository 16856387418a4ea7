import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_NODE_OPTIONS } from '@tracehouse/config';
import { freePort, stopChild, waitFor } from '@tracehouse/infra';

/**
 * Extra Node flags for every app from PIPELINE_NODE_ARGS (space-separated), for profiling a run:
 * `PIPELINE_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' npm run bench:pipeline` (flags such
 * as --cpu-prof are refused in NODE_OPTIONS).
 */
function extraNodeArgs(): string[] {
  return (process.env.PIPELINE_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/** The repository root, from the sources (tools/e2e/src) or from their compiled copy (dist/tools/e2e/src). */
export const REPO_ROOT = resolve(__dirname, __dirname.split(/[\\/]/).includes('dist') ? '../../../..' : '../../..');

/** Where a running pipeline answers. */
export interface PipelineUrls {
  readonly otlpHttp: string;
  readonly otlpGrpc: string;
  readonly zipkin: string;
  readonly jaegerThrift: string;
  readonly jaegerGrpc: string;
  /** Jaeger agent UDP ports (Thrift compact, Thrift binary `emitBatch`) on 127.0.0.1. */
  readonly jaegerAgentCompactPort: number;
  readonly jaegerAgentBinaryPort: number;
  /** Query API base URL (Jaeger-compatible), served by the view-generator in the embedded default. */
  readonly query: string;
}

/** One app process of a running pipeline. */
export interface PipelineProcess {
  /** The app's name for its first replica (`spans-grouper`), with `-<n>` for the n-th (`spans-grouper-2`). */
  readonly name: string;
  readonly app: PipelineApp;
  readonly child: ChildProcess;
  readonly adminPort: number;
  /** Everything it wrote to stdout/stderr (JSON log lines). */
  output(): string;
  /** SIGTERM (SIGKILL after a grace period) and wait for the exit; idempotent. */
  stop(): Promise<void>;
}

/** A pipeline of five apps (consuming stages possibly in several replicas) against given Kafka and PostgreSQL, on free ports. */
export interface RunningPipeline {
  readonly urls: PipelineUrls;
  /** Every process started so far, replicas added by `addReplica` included (stopped ones stay listed). */
  readonly processes: readonly PipelineProcess[];
  /** The env every app got (topics, brokers, ...), for tests that start more members. */
  readonly env: Readonly<Record<string, string>>;
  /**
   * Starts one more member of a consuming stage's consumer group (same env, own admin port) and
   * resolves once its `/readyz` answers 200, as an operator scaling a Deployment up would.
   */
  addReplica(app: ScalableApp): Promise<PipelineProcess>;
  /**
   * Starts `app` again with the env and ports it had (the embedded view-generator on its own data
   * folder and query port), once its previous process has exited, as Kubernetes restarts a pod or a
   * supervisor a crashed service; resolves once `/readyz` answers 200.
   */
  restart(app: PipelineApp): Promise<PipelineProcess>;
  /** SIGTERM to every app (SIGKILL after a grace period); idempotent. */
  stop(): Promise<void>;
}

export interface StartPipelineOptions {
  readonly kafkaBrokers: string;
  readonly databaseUrl: string;
  /** Folder for the embedded ClickHouse data (one per pipeline). */
  readonly dataDir: string;
  /** Prefix of this pipeline's topic and group names, so several pipelines can share one broker. */
  readonly prefix: string;
  readonly partitions?: number;
  /**
   * Replicas per consuming stage (default 1 each), each a member of the stage's consumer group.
   * The view-generator is not among them: in the embedded default it owns its chdb data folder
   * and serves the query API from it, so a second one would need a folder of its own and the
   * query API would see only the traces of its half of the partitions.
   */
  readonly replicas?: Readonly<Partial<Record<ScalableApp, number>>>;
  /** Extra env for every app (e.g. tuning for a benchmark). */
  readonly env?: Readonly<Record<string, string>>;
  readonly logLevel?: string;
}

const APPS = ['span-normalizer', 'spans-grouper', 'trace-enricher', 'view-generator', 'collector'] as const;
/** An app of the pipeline. */
export type PipelineApp = (typeof APPS)[number];
/** The consuming stages that scale by adding members to their consumer group (see `StartPipelineOptions.replicas`). */
export const SCALABLE_APPS = ['span-normalizer', 'spans-grouper', 'trace-enricher'] as const;
/** A consuming stage that can run in several replicas. */
export type ScalableApp = (typeof SCALABLE_APPS)[number];

async function ready(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200;
  } catch {
    return false;
  }
}

/**
 * Starts the five apps as separate processes (as `npm start` and the Helm chart run them; a consuming
 * stage in `replicas` members of its group), each on
 * its own admin port, wired through topics named after `prefix`, and resolves once every `/readyz`
 * answers 200. The compiled apps in dist/ are used (the integration tier's global setup builds them).
 */
export async function startPipeline(options: StartPipelineOptions): Promise<RunningPipeline> {
  const p = options.prefix;
  const ports = {
    otlpGrpc: await freePort(),
    otlpHttp: await freePort(),
    zipkin: await freePort(),
    jaegerAgentCompact: await freePort(),
    jaegerAgentBinary: await freePort(),
    jaegerThrift: await freePort(),
    jaegerGrpc: await freePort(),
    query: await freePort(),
  };
  mkdirSync(options.dataDir, { recursive: true });
  const common: Record<string, string> = {
    KAFKA_BROKERS: options.kafkaBrokers,
    KAFKA_CLIENT_ID: p,
    KAFKA_TOPIC_PARTITIONS: String(options.partitions ?? 3),
    TOPIC_OTLP_SPANS: `${p}.otlp-spans`,
    TOPIC_OTLP_LOGS: `${p}.otlp-logs`,
    TOPIC_RAW_SPANS: `${p}.raw-spans`,
    TOPIC_STRUCTURED_TRACES: `${p}.structured-traces`,
    TOPIC_ENRICHED_TRACES: `${p}.enriched-traces`,
    STAGE_SESSION_TIMEOUT_MS: '6000',
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
  const perApp: Record<(typeof APPS)[number], Record<string, string>> = {
    collector: {
      COLLECTOR_HOST: '127.0.0.1',
      COLLECTOR_OTLP_GRPC_PORT: String(ports.otlpGrpc),
      COLLECTOR_OTLP_HTTP_PORT: String(ports.otlpHttp),
      COLLECTOR_ZIPKIN_PORT: String(ports.zipkin),
      COLLECTOR_JAEGER_AGENT_COMPACT_PORT: String(ports.jaegerAgentCompact),
      COLLECTOR_JAEGER_AGENT_BINARY_PORT: String(ports.jaegerAgentBinary),
      COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(ports.jaegerThrift),
      COLLECTOR_JAEGER_GRPC_PORT: String(ports.jaegerGrpc),
    },
    'span-normalizer': { KAFKA_GROUP_ID: `${p}.span-normalizer` },
    'spans-grouper': { KAFKA_GROUP_ID: `${p}.spans-grouper` },
    'trace-enricher': { KAFKA_GROUP_ID: `${p}.trace-enricher`, DATABASE_URL: options.databaseUrl, DOCUMENT_STORE: 'postgres', ENTITY_STORE_SCHEMA: p.replace(/[^a-z0-9_]/gi, '_').toLowerCase() },
    'view-generator': {
      KAFKA_GROUP_ID: `${p}.view-generator`,
      VIEW_LOGS_GROUP_ID: `${p}.view-generator-logs`,
      CLICKHOUSE_DATA_PATH: join(options.dataDir, 'clickhouse'),
      DATABASE_URL: options.databaseUrl,
      DOCUMENT_STORE: 'postgres',
      ENTITY_STORE_SCHEMA: p.replace(/[^a-z0-9_]/gi, '_').toLowerCase(),
      QUERY_PORT: String(ports.query),
      QUERY_HOST: '127.0.0.1',
    },
  };
  const processes: PipelineProcess[] = [];
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= Promise.all(processes.map((pp) => pp.stop())).then(() => undefined));
  const spawnApp = async (app: PipelineApp): Promise<PipelineProcess> => {
    const adminPort = await freePort();
    const child = spawn(process.execPath, [...(SERVICE_NODE_OPTIONS[app] ?? []), ...extraNodeArgs(), join(REPO_ROOT, 'dist/apps', app, 'src/main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...common, ...perApp[app], ...options.env, ADMIN_PORT: String(adminPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const replica = processes.filter((pp) => pp.app === app).length + 1;
    let stopped: Promise<void> | undefined;
    const pp: PipelineProcess = { name: replica === 1 ? app : `${app}-${replica}`, app, child, adminPort, output: () => output, stop: () => (stopped ??= stopChild(child, 30_000)) };
    processes.push(pp);
    return pp;
  };
  // Stops waiting as soon as an app exits, instead of polling a dead process until the timeout.
  const untilReady = (pp: PipelineProcess): Promise<void> =>
    waitFor(`${pp.name} /readyz (or its exit)`, async () => pp.child.exitCode !== null || (await ready(pp.adminPort)), 120_000, 250).then(() => {
      if (pp.child.exitCode !== null) throw new Error(`${pp.name} exited with ${pp.child.exitCode}: ${pp.output().slice(-2000)}`);
    });
  try {
    for (const app of APPS) {
      const count = (SCALABLE_APPS as readonly string[]).includes(app) ? (options.replicas?.[app as ScalableApp] ?? 1) : 1;
      if (!Number.isInteger(count) || count < 1) throw new Error(`replicas of ${app} must be a whole number of at least 1 (got ${count})`);
      for (let i = 0; i < count; i++) await spawnApp(app);
    }
    await Promise.all(processes.map(untilReady));
  } catch (err) {
    await stop();
    throw err;
  }
  const addReplica = async (app: ScalableApp): Promise<PipelineProcess> => {
    if (stopping) throw new Error(`cannot add a replica of ${app}: the pipeline is stopping`);
    const pp = await spawnApp(app);
    try {
      await untilReady(pp);
    } catch (err) {
      await pp.stop();
      throw err;
    }
    return pp;
  };
  return {
    urls: {
      otlpHttp: `http://127.0.0.1:${ports.otlpHttp}/v1/traces`,
      otlpGrpc: `http://127.0.0.1:${ports.otlpGrpc}`,
      zipkin: `http://127.0.0.1:${ports.zipkin}/api/v2/spans`,
      jaegerThrift: `http://127.0.0.1:${ports.jaegerThrift}/api/traces`,
      jaegerGrpc: `127.0.0.1:${ports.jaegerGrpc}`,
      jaegerAgentCompactPort: ports.jaegerAgentCompact,
      jaegerAgentBinaryPort: ports.jaegerAgentBinary,
      query: `http://127.0.0.1:${ports.query}`,
    },
    processes,
    env: { ...common, ...options.env },
    addReplica,
    restart: async (app: PipelineApp): Promise<PipelineProcess> => {
      if (stopping) throw new Error(`cannot restart ${app}: the pipeline is stopping`);
      const alive = processes.filter((pp) => pp.app === app && pp.child.exitCode === null && pp.child.signalCode === null);
      if (alive.length > 0) throw new Error(`cannot restart ${app}: ${alive.map((pp) => pp.name).join(', ')} still running`);
      const pp = await spawnApp(app);
      try {
        await untilReady(pp);
      } catch (err) {
        await pp.stop();
        throw err;
      }
      return pp;
    },
    stop,
  };
}
