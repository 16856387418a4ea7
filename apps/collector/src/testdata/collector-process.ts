// Starts the compiled collector (dist/apps/collector/src/main.js) as a child process on free
// ports for integration tests, and waits until /readyz answers 200 (Kafka reachable, topic made).
import { request } from 'node:http';
import { freePort } from '@tracehouse/infra';
import { pollUntil, startScript, type TestProcess } from '@tracehouse/testing';

/** A collector child process and where its receivers answer. */
export interface CollectorUnderTest {
  readonly process: TestProcess;
  readonly ports: { otlpGrpc: number; otlpHttp: number; jaegerGrpc: number; jaegerHttp: number; zipkin: number; jaegerAgentCompact: number; jaegerAgentBinary: number; admin: number };
  readonly urls: { otlpHttp: string; otlpGrpc: string; zipkin: string; zipkinV1: string; jaegerHttp: string; jaegerGrpc: string; admin: string };
  /** SIGTERM and wait for the exit; idempotent. */
  stop(): Promise<void>;
}

/** GET on 127.0.0.1:port; resolves with the status and body (status 0 when nothing answers). */
export function httpGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

/** Starts a collector with `env` on top of free ports and the test's KAFKA_BROKERS; resolves once ready. */
export async function startCollector(env: Record<string, string>, options: { waitReady?: boolean } = {}): Promise<CollectorUnderTest> {
  const ports = { otlpGrpc: await freePort(), otlpHttp: await freePort(), jaegerGrpc: await freePort(), jaegerHttp: await freePort(), zipkin: await freePort(), jaegerAgentCompact: await freePort(), jaegerAgentBinary: await freePort(), admin: await freePort() };
  const child = startScript('apps/collector/src/main.js', {
    LOG_LEVEL: 'warn',
    ADMIN_PORT: String(ports.admin),
    COLLECTOR_HOST: '127.0.0.1',
    COLLECTOR_OTLP_GRPC_PORT: String(ports.otlpGrpc),
    COLLECTOR_OTLP_HTTP_PORT: String(ports.otlpHttp),
    COLLECTOR_JAEGER_GRPC_PORT: String(ports.jaegerGrpc),
    COLLECTOR_JAEGER_THRIFT_HTTP_PORT: String(ports.jaegerHttp),
    COLLECTOR_ZIPKIN_PORT: String(ports.zipkin),
    // UDP ports too: two collectors on the default 6831/6832 would collide.
    COLLECTOR_JAEGER_AGENT_COMPACT_PORT: String(ports.jaegerAgentCompact),
    COLLECTOR_JAEGER_AGENT_BINARY_PORT: String(ports.jaegerAgentBinary),
    ...env,
  });
  let stopped: Promise<void> | undefined;
  const collector: CollectorUnderTest = {
    process: child,
    ports,
    urls: {
      otlpHttp: `http://127.0.0.1:${ports.otlpHttp}/v1/traces`,
      otlpGrpc: `http://127.0.0.1:${ports.otlpGrpc}`,
      zipkin: `http://127.0.0.1:${ports.zipkin}/api/v2/spans`,
      zipkinV1: `http://127.0.0.1:${ports.zipkin}/api/v1/spans`,
      jaegerHttp: `http://127.0.0.1:${ports.jaegerHttp}/api/traces`,
      jaegerGrpc: `127.0.0.1:${ports.jaegerGrpc}`,
      admin: `http://127.0.0.1:${ports.admin}`,
    },
    stop: () => (stopped ??= child.terminate().then(() => undefined)),
  };
  try {
    await pollUntil(
      options.waitReady === false ? 'the collector admin port' : 'the collector to be ready',
      async () => {
        if (child.child.exitCode !== null) throw new Error(`the collector exited:\n${child.output()}`);
        const { status } = await httpGet(ports.admin, '/readyz');
        return options.waitReady === false ? status !== 0 : status === 200;
      },
      60_000,
    );
  } catch (err) {
    await collector.stop();
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n${child.output()}`);
  }
  return collector;
}
