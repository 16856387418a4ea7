import { queryApiEmbedded, QueryApi, QueryApiLifecycle } from './query-api';
import type { TraceQueries } from './ports';

const noTraces: TraceQueries = {
  getTrace: async () => undefined,
  searchTraces: async () => [],
  listServices: async () => ['svc'],
  listOperations: async () => [],
  dependencyGraph: async () => [],
  serviceMetrics: async () => [],
  apiMetrics: async () => [],
};

describe('queryApiEmbedded', () => {
  it('serves the API in the view-generator exactly when it owns the embedded engine, unless forced', () => {
    expect(queryApiEmbedded('auto', undefined)).toBe(true);
    expect(queryApiEmbedded('auto', 'http://clickhouse:8123')).toBe(false);
    expect(queryApiEmbedded('true', 'http://clickhouse:8123')).toBe(true);
    expect(queryApiEmbedded('false', undefined)).toBe(false);
  });
});

describe('QueryApiLifecycle', () => {
  it('listens at module init, stops before the stores close, then runs afterClose once', async () => {
    const api = new QueryApi({ host: '127.0.0.1', port: 0, traces: noTraces, tenancy: { apiKeyHeader: 'x-api-key' } });
    const closed: string[] = [];
    const lifecycle = new QueryApiLifecycle(api, async () => void closed.push('stores'));
    await lifecycle.onModuleInit();
    const res = await fetch(`${api.url}/api/services`);
    expect(await res.json()).toEqual({ data: ['svc'], total: 1, limit: 0, offset: 0, errors: null });
    await lifecycle.beforeApplicationShutdown();
    await expect(fetch(`${api.url}/api/services`)).rejects.toThrow();
    expect(closed).toEqual([]);
    await Promise.all([lifecycle.onApplicationShutdown(), lifecycle.onApplicationShutdown()]);
    expect(closed).toEqual(['stores']);
  });

  it('closes safely before start', async () => {
    const lifecycle = new QueryApiLifecycle(new QueryApi({ host: '127.0.0.1', port: 0, traces: noTraces, tenancy: { apiKeyHeader: 'x-api-key' } }));
    await expect(lifecycle.onApplicationShutdown()).resolves.toBeUndefined();
  });
});
