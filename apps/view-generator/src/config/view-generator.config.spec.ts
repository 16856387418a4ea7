import { join } from 'node:path';
import { tlsSettings } from '@tracehouse/tls';
import { loadViewGeneratorConfig } from './view-generator.config';

describe('view-generator config', () => {
  it('defaults to the embedded engine with batching and retention set', () => {
    const config = loadViewGeneratorConfig({});
    expect(config.CLICKHOUSE_URL).toBeUndefined();
    expect(config).toMatchObject({
      CLICKHOUSE_DATA_PATH: '.data/clickhouse',
      CLICKHOUSE_DATABASE: 'tracehouse',
      VIEW_BATCH_MAX_SPANS: 50_000,
      VIEW_BATCH_MAX_AGE_MS: 1_000,
      VIEW_RETENTION_SPANS_DAYS: 7,
      VIEW_RETENTION_API_CALLS_DAYS: 30,
      KAFKA_GROUP_ID: 'view-generator',
    });
  });

  it('names every bad variable', () => {
    expect(() => loadViewGeneratorConfig({ CLICKHOUSE_URL: 'ftp://x', CLICKHOUSE_DATABASE: 'a-b', VIEW_BATCH_MAX_SPANS: '0', VIEW_RETENTION_SPANS_DAYS: '-1' })).toThrow(
      /CLICKHOUSE_URL: must be a URL \(http, https\)[\s\S]*CLICKHOUSE_DATABASE: must be a database name[\s\S]*VIEW_BATCH_MAX_SPANS: must be an integer from 1 to 1000000[\s\S]*VIEW_RETENTION_SPANS_DAYS: must be an integer from 0 to 36500/,
    );
  });

  it('serves its query API over TLS only from a usable certificate and key (QUERY_TLS_*), off by default', () => {
    // libs/tls's fixtures (libs/tls/src/testdata/README.md).
    const fixture = (name: string) => join(__dirname, '../../../../libs/tls/src/testdata', name);
    expect(tlsSettings('QUERY', loadViewGeneratorConfig({}))).toBeUndefined();
    const config = loadViewGeneratorConfig({ ...{}, QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-a.key'), QUERY_TLS_CLIENT_CA_FILE: fixture('client-ca.crt'), QUERY_TLS_CLIENT_TENANT_FROM: 'cn' });
    expect(tlsSettings('QUERY', config)).toMatchObject({ certFile: fixture('server-a.crt'), clientCaFile: fixture('client-ca.crt') });
    expect(() => loadViewGeneratorConfig({ ...{}, QUERY_TLS_CERT_FILE: fixture('server-a.crt') })).toThrow('QUERY_TLS_KEY_FILE: is required when QUERY_TLS_CERT_FILE is set');
    expect(() => loadViewGeneratorConfig({ ...{}, QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-b.key') })).toThrow(/QUERY_TLS_KEY_FILE: .*is not the private key of the certificate/);
  });
});
