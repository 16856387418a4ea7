import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ADMIN_PORTS, DEFAULT_PORTS, SERVICE_NODE_OPTIONS, type ServiceName } from '@tracehouse/config';
import { ROOT, appNames, parseDockerfile, requiresClickhouseServer } from './deploy-files';

const stages = parseDockerfile();
const target = (app: string) => {
  const stage = stages.get(app);
  if (!stage) throw new Error(`the Dockerfile has no target ${app}`);
  return stage;
};
/** The TypeScript source a compiled `dist/<path>.js` comes from. */
const sourceOf = (distPath: string) => resolve(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

describe('Dockerfile', () => {
  it('has a target for every app and for no app that does not exist', () => {
    const appTargets = [...stages.values()].filter((s) => s.cmd?.at(-1)?.startsWith('dist/apps/')).map((s) => s.name);
    expect(appTargets.sort()).toEqual(appNames());
  });

  it.each(appNames())('%s: runs its compiled main.js with node and the Node options libs/config/src/ports.ts gives the service, as the non-root user node', (app) => {
    const stage = target(app);
    expect(stage.cmd).toEqual(['node', ...(SERVICE_NODE_OPTIONS[app as ServiceName] ?? []), `dist/apps/${app}/src/main.js`]);
    expect(existsSync(sourceOf(stage.cmd?.at(-1) ?? ''))).toBe(true);
    expect(stage.user).toBe('node');
    expect(stage.workdir).toBe('/app');
    expect(stage.env.NODE_ENV).toBe('production');
  });

  it.each(appNames())('%s: sets no NODE_OPTIONS, so an operator\'s own (e.g. --max-old-space-size) add to the service\'s', (app) => {
    expect(target(app).env.NODE_OPTIONS).toBeUndefined();
  });

  it.each(appNames())('%s: is based on node:20-bookworm-slim through the runtime stage', (app) => {
    const stage = target(app);
    const root = stages.get(stage.ancestors.at(-1) ?? '');
    expect(stage.ancestors).toContain('runtime');
    expect(root?.from).toBe('node:20-bookworm-slim');
  });

  it.each(appNames())('%s: ADMIN_PORT and EXPOSE are the standard ports of libs/config/src/ports.ts', (app) => {
    const stage = target(app);
    const adminPort = DEFAULT_ADMIN_PORTS[app as ServiceName];
    expect(stage.env.ADMIN_PORT).toBe(String(adminPort));
    const served: Record<string, number[]> = {
      collector: [DEFAULT_PORTS.otlpGrpc, DEFAULT_PORTS.otlpHttp, DEFAULT_PORTS.jaegerGrpc, DEFAULT_PORTS.jaegerThriftHttp, DEFAULT_PORTS.zipkin, DEFAULT_PORTS.jaegerAgentCompact, DEFAULT_PORTS.jaegerAgentBinary],
      'query-service': [DEFAULT_PORTS.query],
    };
    expect([...stage.expose].sort()).toEqual([...(served[app] ?? []), adminPort].sort());
  });

  it.each(appNames())('%s: its HEALTHCHECK runs the compiled health-check script (Node fetch on /readyz; slim images have no curl)', (app) => {
    const { healthcheck } = target(app);
    expect(healthcheck?.cmd).toEqual(['node', 'dist/tools/deploy/src/healthcheck.js']);
    expect(existsSync(sourceOf('dist/tools/deploy/src/healthcheck.js'))).toBe(true);
    expect(Object.keys(healthcheck?.options ?? {}).sort()).toEqual(['interval', 'retries', 'start-period', 'timeout']);
  });

  it('builds with npm ci and ships no dev dependencies', () => {
    const build = stages.get('build');
    expect(build?.runs).toContain('npm ci --no-audit --no-fund --loglevel=error');
    expect(build?.runs.some((r) => r.includes('npm run build') && r.includes('npm prune --omit=dev'))).toBe(true);
  });

  it('keeps the embedded ClickHouse engine (chdb) only in the images that may embed it', () => {
    const slim = stages.get('runtime-slim');
    expect(slim?.runs).toEqual(['rm -rf node_modules/chdb node_modules/@chdb']);
    expect(target('view-generator').ancestors).not.toContain('runtime-slim');
    for (const app of appNames().filter((a) => a !== 'view-generator')) expect(target(app).ancestors).toContain('runtime-slim');
    // The query-service reads the views too, but only from a ClickHouse server: it refuses to start
    // without CLICKHOUSE_URL, so it never opens the embedded engine.
    expect(appNames().filter(requiresClickhouseServer)).toEqual(['query-service']);
  });
});
