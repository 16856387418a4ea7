// Serving the built web UI: a temp folder holding index.html and a hashed bundle, served through
// the real Fastify server (inject). Cache headers, the history-API fallback, revalidation, the
// boundary with the API (tenancy and 404s unchanged), path traversal, and a UI that is not built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { uiDirBeside } from '../config';
import { createQueryServer } from '../server';
import type { TraceQueries } from '../ports';
import { isHashedAsset, uiFilePath, UI_CACHE } from './ui-assets';

const traces: TraceQueries = {
  getTrace: async () => undefined,
  searchTraces: async () => [],
  listServices: async () => ['svc'],
  listOperations: async () => [],
  dependencyGraph: async () => [],
  serviceMetrics: async () => [],
  apiMetrics: async () => [],
};
const INDEX = '<!doctype html><title>tracehouse</title><script type="module" src="/main-5XQ2ZK7A.js"></script>';
const BUNDLE = 'console.log("tracehouse");';
const keyed = { apiKeys: new Map([['k1', 'acme']]), apiKeyHeader: 'x-api-key' };

let root: string;
let ui: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ui-assets-'));
  ui = join(root, 'public');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), INDEX);
  writeFileSync(join(ui, 'main-5XQ2ZK7A.js'), BUNDLE);
  writeFileSync(join(ui, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'secret.txt'), 'not for the web');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function get(url: string, options: { uiDir?: string; headers?: Record<string, string> } = {}) {
  const app = createQueryServer({ traces, tenancy: keyed, ...(options.uiDir !== undefined ? { uiDir: options.uiDir } : {}) });
  try {
    return await app.inject({ method: 'GET', url, headers: options.headers ?? {} });
  } finally {
    await app.close();
  }
}

describe('the web UI at /', () => {
  it('serves index.html with no-cache at / and for every app route (history API), without an API key', async () => {
    for (const url of ['/', '/map?service=cart', '/services/cart', `/backends/${encodeURIComponent('redis://cache:6379')}`, '/trace/4bf92f3577b34da6a3ce929d0e0e4736', '/search?service=a&tags=error%3Dtrue']) {
      const res = await get(url, { uiDir: ui });
      expect([url, res.statusCode, res.headers['content-type'], res.headers['cache-control'], res.body]).toEqual([url, 200, 'text/html; charset=utf-8', UI_CACHE.revalidate, INDEX]);
    }
  });

  it('serves a hashed asset as immutable and other files as no-cache, with their types', async () => {
    const bundle = await get('/main-5XQ2ZK7A.js', { uiDir: ui });
    expect([bundle.statusCode, bundle.headers['content-type'], bundle.headers['cache-control'], bundle.body]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable', BUNDLE]);
    const icon = await get('/favicon.svg', { uiDir: ui });
    expect([icon.statusCode, icon.headers['content-type'], icon.headers['cache-control']]).toEqual([200, 'image/svg+xml', 'no-cache']);
  });

  it('sends text assets gzipped to a browser that accepts it, and plain otherwise', async () => {
    const big = `${BUNDLE}\n`.repeat(200);
    writeFileSync(join(ui, 'chunk-AB12CD34.js'), big);
    const zipped = await get('/chunk-AB12CD34.js', { uiDir: ui, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([zipped.headers['content-encoding'], zipped.headers.vary]).toEqual(['gzip', 'accept-encoding']);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(big);
    expect(zipped.rawPayload.length).toBeLessThan(big.length / 10);
    const plain = await get('/chunk-AB12CD34.js', { uiDir: ui });
    expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, big]);
  });

  it('answers 304 when the browser revalidates an unchanged index.html', async () => {
    const first = await get('/', { uiDir: ui });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/services/cart', { uiDir: ui, headers: { 'if-none-match': etag } });
    expect([again.statusCode, again.body]).toEqual([304, '']);
  });

  it('never serves a file outside the UI folder', async () => {
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await get(url, { uiDir: ui });
      expect([url, res.body]).toEqual([url, INDEX]);
    }
    expect(uiFilePath(ui, '/%2e%2e/secret.txt')).toBeUndefined();
    expect(uiFilePath(ui, '/a%00b')).toBeUndefined();
  });

  it('leaves the API as it was: tenancy first, then its own 404 in its family format', async () => {
    expect((await get('/api/services', { uiDir: ui })).statusCode).toBe(401);
    expect((await get('/api/nothing-here', { uiDir: ui })).statusCode).toBe(401);
    const missing = await get('/api/nothing-here', { uiDir: ui, headers: { 'x-api-key': 'k1' } });
    expect([missing.statusCode, missing.json()]).toEqual([404, { data: null, total: 0, limit: 0, offset: 0, errors: [{ code: 404, msg: "No endpoint GET /api/nothing-here; see the README's query API section." }] }]);
    const zipkin = await get('/api/v2/nothing', { uiDir: ui, headers: { 'x-api-key': 'k1' } });
    expect([zipkin.statusCode, zipkin.headers['content-type']]).toEqual([404, 'text/plain; charset=utf-8']);
    expect((await get('/metrics', { uiDir: ui, headers: { 'x-api-key': 'k1' } })).statusCode).toBe(404);
  });

  it('says how to build the UI when its folder is missing, and serves nothing at / without a uiDir', async () => {
    const res = await get('/services/cart', { uiDir: join(root, 'not-built') });
    expect([res.statusCode, res.headers['content-type']]).toEqual([404, 'text/plain; charset=utf-8']);
    expect(res.body).toContain('The tracehouse web UI is not built');
    expect(res.body).toContain('npm run build');
    expect((await get('/', { headers: { 'x-api-key': 'k1' } })).json()).toMatchObject({ errors: [{ code: 404, msg: "No endpoint GET /; see the README's query API section." }] });
  });
});

describe('isHashedAsset', () => {
  it('recognizes esbuild-style hashed names only', () => {
    expect(['main-5XQ2ZK7A.js', 'chunk-AB12CD34.css', 'main-5XQ2ZK7A.js.map'].map(isHashedAsset)).toEqual([true, true, true]);
    expect(['index.html', 'favicon.svg', 'service-worker.js', 'my-component.js'].map(isHashedAsset)).toEqual([false, false, false, false]);
  });
});

describe('uiDirBeside', () => {
  it('finds dist/apps/ui/public from a compiled app\'s folder, unless QUERY_UI_DIR says otherwise', () => {
    expect(uiDirBeside('/srv/app/dist/apps/query-service/src', undefined)).toBe('/srv/app/dist/apps/ui/public');
    expect(uiDirBeside('/srv/app/dist/apps/view-generator/src', undefined)).toBe('/srv/app/dist/apps/ui/public');
    expect(uiDirBeside('/srv/app/dist/apps/query-service/src', '/opt/ui')).toBe('/opt/ui');
  });
});
