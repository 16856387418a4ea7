// The API client against a stubbed fetch: envelopes unwrapped, the API's error message kept, the
// tenancy header sent once set, a 401 announced, and the fallbacks of older query APIs.
import { api, ApiError, getUiConfig, isUnavailable, onUnauthorized, setCredential } from './api';
import { searchSummaries } from './summaries';

type Handler = (url: string, init?: RequestInit) => { status: number; body: unknown };
let handler: Handler;
const calls: { url: string; headers: Record<string, string> }[] = [];

beforeEach(() => {
  calls.length = 0;
  globalThis.fetch = (async (input: string, init?: RequestInit) => {
    calls.push({ url: input, headers: (init?.headers ?? {}) as Record<string, string> });
    const { status, body } = handler(input, init);
    return new Response(body === undefined ? '' : JSON.stringify(body), { status });
  }) as typeof fetch;
});

describe('api client', () => {
  it('unwraps the envelope and passes window parameters, leaving empty ones out', async () => {
    handler = () => ({ status: 200, body: { data: [{ caller: 'a', callee: 'b' }], errors: null } });
    await expect(api.graph({ lookback: '15m', step: '30s' }, undefined)).resolves.toEqual([{ caller: 'a', callee: 'b' }]);
    expect(calls[0]!.url).toBe('/api/service-graph?lookback=15m&step=30s');
  });

  it('keeps the API’s own error message and status', async () => {
    handler = () => ({ status: 400, body: { data: null, errors: [{ code: 400, msg: 'lookback must be a duration' }] } });
    const err = await api.services().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(400);
    expect((err as ApiError).message).toBe('400: lookback must be a duration');
  });

  it('sends the credential in the configured header and announces a 401', async () => {
    const heard: number[] = [];
    const off = onUnauthorized(() => heard.push(1));
    setCredential('x-api-key', 'k1');
    handler = () => ({ status: 401, body: { data: null, errors: [{ code: 401, msg: 'The API key in the x-api-key header is not known.' }] } });
    await expect(api.services()).rejects.toThrow('401: The API key in the x-api-key header is not known.');
    expect(calls[0]!.headers['x-api-key']).toBe('k1');
    expect(heard).toEqual([1]);
    off();
  });

  it('reads the UI config, and takes a query API without the route as needing no auth', async () => {
    handler = () => ({ status: 200, body: { auth: 'tenant-header', header: 'x-tenant' } });
    await expect(getUiConfig()).resolves.toEqual({ auth: 'tenant-header', header: 'x-tenant' });
    handler = () => ({ status: 404, body: { data: null, errors: [{ code: 404, msg: 'No endpoint' }] } });
    await expect(getUiConfig()).resolves.toEqual({ auth: 'none' });
  });

  it('treats 404 and 501 as a missing endpoint, not other errors', () => {
    expect(isUnavailable(new ApiError(404, ''))).toBe(true);
    expect(isUnavailable(new ApiError(501, ''))).toBe(true);
    expect(isUnavailable(new ApiError(503, ''))).toBe(false);
    expect(isUnavailable(new Error('x'))).toBe(false);
  });
});

describe('searchSummaries', () => {
  it('summarizes Jaeger search results in the browser when /api/trace-summaries is missing', async () => {
    handler = (url) =>
      url.startsWith('/api/trace-summaries')
        ? { status: 404, body: { data: null, errors: [{ code: 404, msg: 'No endpoint' }] } }
        : {
            status: 200,
            body: {
              data: [
                {
                  traceID: 't1',
                  spans: [
                    { traceID: 't1', spanID: 'a', operationName: 'GET /', references: [], startTime: 1_000, duration: 500, tags: [], processID: 'p1' },
                    { traceID: 't1', spanID: 'b', operationName: 'SELECT', references: [{ refType: 'CHILD_OF', traceID: 't1', spanID: 'a' }], startTime: 1_100, duration: 100, tags: [{ key: 'error', type: 'bool', value: true }], processID: 'p2' },
                  ],
                  processes: { p1: { serviceName: 'web', tags: [] }, p2: { serviceName: 'db', tags: [] } },
                },
              ],
            },
          };
    const [summary] = await searchSummaries({ service: 'web', lookback: '1h', limit: '20' });
    expect(summary).toMatchObject({ traceId: 't1', rootService: 'web', rootOperation: 'GET /', spanCount: 2, errorCount: 1, durationUs: 500 });
    expect(calls.map((c) => c.url.split('?')[0])).toEqual(['/api/trace-summaries', '/api/traces']);
  });

  it('does not hide a failing /api/trace-summaries behind the fallback', async () => {
    handler = () => ({ status: 503, body: { data: null, errors: [{ code: 503, msg: 'ClickHouse is unreachable; retry later.' }] } });
    await expect(searchSummaries({ service: 'web' })).rejects.toThrow('503: ClickHouse is unreachable; retry later.');
  });
});
