// A copy of startPipeline (tools/e2e/src/pipeline.ts) for the compiled benchmark. That one finds the
// repository root as `__dirname/../../..`, which is right when Jest runs it from tools/e2e/src but
// points at dist/ once it runs compiled from dist/tools/e2e/src, so it looks for
// dist/dist/apps/*/src/main.js. It also keeps polling /readyz of an app that has already exited
// until its 120 s timeout. Until tools/e2e/src takes both fixes, the benchmark starts the apps
// through this copy: same env, ports and topics, except that it leaves STAGE_SESSION_TIMEOUT_MS at
// the production default (30 s) instead of the tests' 6 s: on a saturated 2-core machine a stage
// busy with one batch for over 6 s lost its group membership and re-read what it had not committed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, stopChild } from '@tracehouse/infra';
import type { PipelineProcess, RunningPipeline, StartPipelineOptions } from '../src';

/** The nearest folder above `from` holding tools/build.mjs: the repository root, from src or dist. */
export function findRepoRoot(from: string): string {
  for (let dir = from, guard = 0; guard < 20; dir = dirname(dir), guard++) {
    if (existsSync(join(dir, 'tools', 'build.mjs')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`No repository root (a folder with tools/build.mjs) above ${from}`);
}

const APPS = ['span-normalizer', 'spans-grouper', 'trace-enricher', 'view-generator', 'collector'] as const;

async function ready(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200;
  } catch {
    return false;
  }
}

/** startPipeline's behaviour (see tools/e2e/src/pipeline.ts), with the compiled apps of `repoRoot`/dist. */
export async function startBenchPipeline(options: StartPipelineOptions & { readonly repoRoot: string; readonly readyTimeoutMs?: number }): Promise<RunningPipeline> {
  const root = options.repoRoot;
  const p = options.prefix;
  const ports = { otlpGrpc: await freePort(), otlpHttp: await freePort(), zipkin: await freePort(), jaegerThrift: await freePort(), jaegerGrpc: await freePort(), query: await freePort() };
  mkdirSync(options.dataDir, { recursive: true });
  const schema = p.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  const common: Record<string, string> = {
    KAFKA_BROKERS: options.kafkaBrokers,
    KAFKA_CLIENT_ID: p,
    KAFKA_TOPIC_PARTITIONS: String(options.partitions ?? 3),
    TOPIC_OTLP_SPANS: `${p}.otlp-spans`,
    TOPIC_RAW_SPANS: `${p}.raw-spans`,
    TOPIC_STRUCTURED_TRACES: `${p}.structured-traces`,
    TOPIC_ENRICHED_TRACES: `${p}.enriched-traces`,
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
  const perApp: Record<(typeof APPS)[number], Record<string, string>> = {
    collector: {
      COLLECTOR_HOST: '127.0.0.1',
      COLLECTOR_OTLP_GRPC_PORT: String(ports.otlpGrpc),
      COLLECTOR_OTLP_HTTP_PORT: String(ports.otlpHttp),
      COLLECTOR_ZIPKIN_PORT: String(ports.zipkin),
      COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(ports.jaegerThrift),
      COLLECTOR_JAEGER_GRPC_PORT: String(ports.jaegerGrpc),
    },
    'span-normalizer': { KAFKA_GROUP_ID: `${p}.span-normalizer` },
    'spans-grouper': { KAFKA_GROUP_ID: `${p}.spans-grouper` },
    'trace-enricher': { KAFKA_GROUP_ID: `${p}.trace-enricher`, DATABASE_URL: options.databaseUrl, DOCUMENT_STORE: 'postgres', ENTITY_STORE_SCHEMA: schema },
    'view-generator': {
      KAFKA_GROUP_ID: `${p}.view-generator`,
      CLICKHOUSE_DATA_PATH: join(options.dataDir, 'clickhouse'),
      DATABASE_URL: options.databaseUrl,
      DOCUMENT_STORE: 'postgres',
      ENTITY_STORE_SCHEMA: schema,
      QUERY_PORT: String(ports.query),
      QUERY_HOST: '127.0.0.1',
    },
  };
  const processes: PipelineProcess[] = [];
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= Promise.all(processes.map((pp) => stopChild(pp.child, 30_000))).then(() => undefined));
  try {
    for (const app of APPS) {
      const adminPort = await freePort();
      const child = spawn(process.execPath, [join(root, 'dist/apps', app, 'src/main.js')], {
        cwd: root,
        env: { ...process.env, ...common, ...perApp[app], ...options.env, ADMIN_PORT: String(adminPort) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      // Keep the tail only: at LOG_LEVEL=warn the apps write little, but a long run must not grow memory.
      const append = (d: Buffer): void => {
        output = (output + d.toString()).slice(-64 * 1024);
      };
      child.stdout?.on('data', append);
      child.stderr?.on('data', append);
      processes.push({ name: app, child, adminPort, output: () => output });
    }
    const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
    const pending = new Set(processes);
    while (pending.size > 0) {
      for (const pp of [...pending]) {
        if (pp.child.exitCode !== null || pp.child.signalCode !== null) throw new Error(`${pp.name} exited with ${pp.child.exitCode ?? pp.child.signalCode} before it was ready: ${pp.output().slice(-2000)}`);
        if (await ready(pp.adminPort)) pending.delete(pp);
      }
      if (pending.size === 0) break;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for /readyz of ${[...pending].map((pp) => pp.name).join(', ')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    urls: {
      otlpHttp: `http://127.0.0.1:${ports.otlpHttp}/v1/traces`,
      otlpGrpc: `http://127.0.0.1:${ports.otlpGrpc}`,
      zipkin: `http://127.0.0.1:${ports.zipkin}/api/v2/spans`,
      jaegerThrift: `http://127.0.0.1:${ports.jaegerThrift}/api/traces`,
      jaegerGrpc: `127.0.0.1:${ports.jaegerGrpc}`,
      query: `http://127.0.0.1:${ports.query}`,
    },
    processes,
    env: { ...common, ...options.env },
    stop,
  };
}
