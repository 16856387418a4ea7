import { join } from 'node:path';
import { tlsSettings } from '@tracehouse/tls';
import { loadQueryServiceConfig } from './query-service.config';

describe('query-service config', () => {
  it('listens on 16686 with the collector-style tenancy defaults and the standard admin port', () => {
    const config = loadQueryServiceConfig({ CLICKHOUSE_URL: 'http://clickhouse:8123' });
    expect(config).toMatchObject({
      ADMIN_PORT: 8086,
      QUERY_HOST: '0.0.0.0',
      QUERY_PORT: 16686,
      QUERY_API_KEY_HEADER: 'x-api-key',
      CLICKHOUSE_DATABASE: 'tracehouse',
      DOCUMENT_STORE: 'postgres',
      ENTITY_STORE_SCHEMA: 'tracehouse',
    });
    expect(config.QUERY_API_KEYS).toBeUndefined();
    expect(config.QUERY_TENANT_HEADER).toBeUndefined();
  });

  it('parses API keys as the collector does', () => {
    expect(loadQueryServiceConfig({ CLICKHOUSE_URL: 'http://c:8123', QUERY_API_KEYS: 'k1=acme,k2=globex' }).QUERY_API_KEYS).toEqual(new Map([['k1', 'acme'], ['k2', 'globex']]));
  });

  it('names every bad variable, and refuses the embedded engine (the view-generator owns it)', () => {
    expect(() => loadQueryServiceConfig({ QUERY_PORT: '99999', QUERY_API_KEYS: 'oops', DOCUMENT_STORE: 'mongodb' })).toThrow(
      /QUERY_PORT: must be an integer from 1 to 65535[\s\S]*QUERY_API_KEYS: must be key=tenant/,
    );
    expect(() => loadQueryServiceConfig({ DOCUMENT_STORE: 'mongodb' })).toThrow(/CLICKHOUSE_URL: is required: the query-service reads a ClickHouse server[\s\S]*MONGODB_URL: is required when DOCUMENT_STORE=mongodb/);
  });

  it('serves its query API over TLS only from a usable certificate and key (QUERY_TLS_*), off by default', () => {
    // libs/tls's fixtures (libs/tls/src/testdata/README.md).
    const fixture = (name: string) => join(__dirname, '../../../../libs/tls/src/testdata', name);
    expect(tlsSettings('QUERY', loadQueryServiceConfig({ CLICKHOUSE_URL: 'http://c:8123' }))).toBeUndefined();
    const config = loadQueryServiceConfig({ ...{ CLICKHOUSE_URL: 'http://c:8123' }, QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-a.key'), QUERY_TLS_CLIENT_CA_FILE: fixture('client-ca.crt'), QUERY_TLS_CLIENT_TENANT_FROM: 'cn' });
    expect(tlsSettings('QUERY', config)).toMatchObject({ certFile: fixture('server-a.crt'), clientCaFile: fixture('client-ca.crt') });
    expect(() => loadQueryServiceConfig({ ...{ CLICKHOUSE_URL: 'http://c:8123' }, QUERY_TLS_CERT_FILE: fixture('server-a.crt') })).toThrow('QUERY_TLS_KEY_FILE: is required when QUERY_TLS_CERT_FILE is set');
    expect(() => loadQueryServiceConfig({ ...{ CLICKHOUSE_URL: 'http://c:8123' }, QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-b.key') })).toThrow(/QUERY_TLS_KEY_FILE: .*is not the private key of the certificate/);
  });
});
