// The query API over HTTPS against the real engine (fixture views in embedded ClickHouse), configured
// from QUERY_TLS_* variables through the query-service's config as its module wires it, with
// certificates made by openssl for the test: a GET trusting the test CA; with a client CA, a client
// without a certificate refused in the handshake and each client certificate's CN scoping the reads
// to its tenant; a rotated certificate served to new connections.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { QueryApi } from '@tracehouse/query-api';
import { tenancyRules } from '@tracehouse/tenancy';
import { createTestPki, pollUntil, type TestCertificate, type TestPki } from '@tracehouse/testing';
import { tlsSettings } from '@tracehouse/tls';
import { ClickHouseViewWriter, TraceReader, TraceStore, ViewBatch } from '@tracehouse/trace-store';
import { loadQueryServiceConfig } from './config/query-service.config';
import { fixtureRows, T0 } from './testdata/views';

const NOW = T0 + 600_000_000_000n;
let dir: string;
let store: TraceStore;
let pki: TestPki;
let serving: TestCertificate;
let acme: TestCertificate;
let globex: TestCertificate;
const apis: QueryApi[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'query-api-tls-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_query_tls' });
  await store.migrate();
  const batch = new ViewBatch();
  batch.add(fixtureRows());
  await new ClickHouseViewWriter(store).write(batch);
  pki = createTestPki();
  serving = pki.issue('query', { cn: 'localhost', san: ['DNS:localhost', 'IP:127.0.0.1'], usage: 'server' });
  acme = pki.issue('client-acme', { cn: 'acme', usage: 'client' });
  globex = pki.issue('client-globex', { cn: 'globex', usage: 'client' });
});

afterAll(async () => {
  await Promise.all(apis.map((a) => a.close()));
  await store?.close();
  pki?.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** A query API started from these QUERY_* variables, as the query-service module builds it. */
async function startApi(env: Record<string, string>): Promise<QueryApi> {
  // CLICKHOUSE_URL only satisfies the query-service schema: the reads go to the embedded store above.
  const config = loadQueryServiceConfig({ CLICKHOUSE_URL: 'http://127.0.0.1:8123', QUERY_TLS_CERT_FILE: serving.certFile, QUERY_TLS_KEY_FILE: serving.keyFile, QUERY_TLS_RELOAD_INTERVAL_MS: '200', ...env });
  const api = new QueryApi({ host: '127.0.0.1', port: 0, traces: new TraceReader(store), now: () => NOW, tenancy: tenancyRules('QUERY', config), tls: tlsSettings('QUERY', config) });
  apis.push(api);
  await api.start();
  return api;
}

/** GET over HTTPS trusting the test CA; resolves with the status, body and the server certificate's fingerprint. */
function get(url: string, client?: TestCertificate, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca: pki.caCert, cert: client?.cert, key: client?.key, servername: 'localhost', headers, agent: false }, (res) => {
      const fingerprint = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown, fingerprint }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the query API over TLS', () => {
  it('answers a GET over HTTPS from the configured certificate, scoped by the tenant header', async () => {
    const api = await startApi({ QUERY_TENANT_HEADER: 'x-tenant-id' });
    expect(api.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const res = await get(`${api.url}/api/services`, undefined, { 'x-tenant-id': 'acme' });
    expect(res).toMatchObject({ status: 200, body: { data: ['cart', 'frontend', 'worker'] }, fingerprint: serving.fingerprint256 });
    // Plain HTTP on the TLS port gets no answer.
    await expect(fetch(api.url.replace('https:', 'http:') + '/api/services')).rejects.toThrow();
  });

  it('with a client CA, refuses a client without a certificate and reads the tenant from each certificate\'s CN', async () => {
    const api = await startApi({ QUERY_TLS_CLIENT_CA_FILE: pki.caFile, QUERY_TLS_CLIENT_TENANT_FROM: 'cn', QUERY_API_KEYS: 'k=initech' });
    await expect(get(`${api.url}/api/services`)).rejects.toThrow(/certificate required/);
    expect(await get(`${api.url}/api/services`, acme)).toMatchObject({ status: 200, body: { data: ['cart', 'frontend', 'worker'] } });
    // The certificate's tenant, not the API key's.
    expect(await get(`${api.url}/api/services`, globex, { 'x-api-key': 'k' })).toMatchObject({ status: 200, body: { data: ['frontend'] } });
  });

  it('serves a rotated certificate to new connections', async () => {
    const dirCert = pki.issue('query-rotating', { cn: 'localhost', san: ['DNS:localhost', 'IP:127.0.0.1'], usage: 'server' });
    const next = pki.issue('query-next', { cn: 'localhost', san: ['DNS:localhost', 'IP:127.0.0.1'], usage: 'server' });
    const api = await startApi({ QUERY_TLS_CERT_FILE: dirCert.certFile, QUERY_TLS_KEY_FILE: dirCert.keyFile, QUERY_TENANT_HEADER: 'x-tenant-id' });
    expect((await get(`${api.url}/api/services`)).fingerprint).toBe(dirCert.fingerprint256);
    pki.rotate(dirCert, next);
    await pollUntil('the rotated certificate on new connections', async () => (await get(`${api.url}/api/services`)).fingerprint === next.fingerprint256, 15_000);
  });
});
