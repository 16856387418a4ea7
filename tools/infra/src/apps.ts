import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS, type ServiceName } from '@tracehouse/config';

/** One process the start command runs. */
export interface AppProcess {
  readonly name: ServiceName;
  /** Compiled entry point, relative to the repository root. */
  readonly main: string;
  readonly adminPort: number;
}

/** Every app of the pipeline, in start order (the collector last, so tracers meet a ready pipeline). */
export const PIPELINE_APPS: readonly AppProcess[] = (['span-normalizer', 'spans-grouper', 'trace-enricher', 'view-generator', 'collector'] as const).map((name) => ({
  name,
  main: `dist/apps/${name}/src/main.js`,
  adminPort: DEFAULT_ADMIN_PORTS[name],
}));

/**
 * The lines the start command prints once everything is ready; `ports` are the ones this run
 * listens on (the standard ones unless taken or set by environment; port-plan.ts).
 */
export function endpointTable(env: Record<string, string>, ports: Readonly<Record<string, number>> = {}): string[] {
  const port = (key: keyof typeof DEFAULT_PORTS): number => ports[key] ?? DEFAULT_PORTS[key];
  const rows: Array<[string, string]> = [
    ['OTLP gRPC', `localhost:${port('otlpGrpc')}`],
    ['OTLP HTTP', `http://localhost:${port('otlpHttp')}/v1/traces`],
    ['Jaeger gRPC', `localhost:${port('jaegerGrpc')}`],
    ['Jaeger Thrift HTTP', `http://localhost:${port('jaegerThriftHttp')}/api/traces`],
    ['Zipkin', `http://localhost:${port('zipkin')}/api/v2/spans  (v1: /api/v1/spans)`],
    ['Jaeger agent (UDP)', `localhost:${port('jaegerAgentCompact')} compact, localhost:${port('jaegerAgentBinary')} binary`],
    // The query API lives in the process owning the views: the view-generator with embedded
    // ClickHouse; with a server, apps/query-service, which this command does not start.
    env.CLICKHOUSE_URL
      ? ['Query API', `not started here (CLICKHOUSE_URL is set): run node dist/apps/query-service/src/main.js for :${port('query')}`]
      : ['Query API', `http://localhost:${port('query')}  (Jaeger /api, /api/v3, Zipkin /api/v2; in the view-generator)`],
    ...PIPELINE_APPS.map((a): [string, string] => [`${a.name} admin`, `http://localhost:${ports[`admin:${a.name}`] ?? a.adminPort}/readyz  /healthz  /metrics`]),
    ['Kafka', env.KAFKA_BROKERS ?? ''],
    ['PostgreSQL', env.DATABASE_URL ?? ''],
    ['ClickHouse', env.CLICKHOUSE_URL ?? 'embedded (chdb) in the view-generator'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`);
}
