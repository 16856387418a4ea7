import { join } from 'node:path';
import { DEFAULT_PORTS } from '@tracehouse/config';
import { tenancyRules } from '@tracehouse/tenancy';
import { tlsSettings } from '@tracehouse/tls';
import { loadCollectorConfig } from './collector.config';

describe('collector configuration', () => {
  it('defaults to the standard receiver ports, keeping every trace, tenant default', () => {
    const config = loadCollectorConfig({});
    expect([config.COLLECTOR_OTLP_GRPC_PORT, config.COLLECTOR_OTLP_HTTP_PORT, config.COLLECTOR_JAEGER_GRPC_PORT, config.COLLECTOR_JAEGER_THRIFT_HTTP_PORT, config.COLLECTOR_ZIPKIN_PORT]).toEqual([
      DEFAULT_PORTS.otlpGrpc,
      DEFAULT_PORTS.otlpHttp,
      DEFAULT_PORTS.jaegerGrpc,
      DEFAULT_PORTS.jaegerThriftHttp,
      DEFAULT_PORTS.zipkin,
    ]);
    expect(config.COLLECTOR_SAMPLING_PERCENTAGE).toBe(100);
    expect(config.COLLECTOR_TENANT_HEADER).toBeUndefined();
    expect(config.COLLECTOR_API_KEYS).toBeUndefined();
  });

  it('reads API keys, a lowercased tenant header and the sampler settings', () => {
    const config = loadCollectorConfig({ COLLECTOR_API_KEYS: 'k1=acme, k2=globex', COLLECTOR_TENANT_HEADER: 'X-Tenant-Id', COLLECTOR_SAMPLING_PERCENTAGE: '12.5', COLLECTOR_SAMPLING_SEED: '4294967295' });
    expect(config.COLLECTOR_API_KEYS).toEqual(new Map([['k1', 'acme'], ['k2', 'globex']]));
    expect(config.COLLECTOR_TENANT_HEADER).toBe('x-tenant-id');
    expect([config.COLLECTOR_SAMPLING_PERCENTAGE, config.COLLECTOR_SAMPLING_SEED]).toEqual([12.5, 4294967295]);
  });

  it('defaults the Jaeger agent UDP ports to 6831/6832 with a 4 MiB receive buffer, 65,000-byte datagrams and no UDP tenant', () => {
    const config = loadCollectorConfig({});
    expect([config.COLLECTOR_JAEGER_AGENT_COMPACT_PORT, config.COLLECTOR_JAEGER_AGENT_BINARY_PORT]).toEqual([DEFAULT_PORTS.jaegerAgentCompact, DEFAULT_PORTS.jaegerAgentBinary]);
    expect([config.COLLECTOR_UDP_RECEIVE_BUFFER_BYTES, config.COLLECTOR_UDP_MAX_DATAGRAM_BYTES, config.COLLECTOR_UDP_MAX_INFLIGHT_DATAGRAMS, config.COLLECTOR_UDP_TENANT]).toEqual([4 * 1024 * 1024, 65_000, 1_024, undefined]);
    expect(() => loadCollectorConfig({ COLLECTOR_UDP_TENANT: 'acme corp', COLLECTOR_UDP_MAX_DATAGRAM_BYTES: '70000' })).toThrow(
      /COLLECTOR_UDP_MAX_DATAGRAM_BYTES: must be an integer from 1024 to 65535[\s\S]*COLLECTOR_UDP_TENANT: must be a tenant id of 1-128 characters/,
    );
  });

  it('names every bad variable in one error', () => {
    expect(() => loadCollectorConfig({ COLLECTOR_API_KEYS: 'nokey', COLLECTOR_SAMPLING_PERCENTAGE: '101', COLLECTOR_OTLP_HTTP_PORT: '99999', COLLECTOR_MAX_BODY_BYTES: '200000', COLLECTOR_MAX_INFLIGHT_BYTES: '100000' })).toThrow(
      /COLLECTOR_OTLP_HTTP_PORT: must be an integer from 1 to 65535[\s\S]*COLLECTOR_API_KEYS: must be key=tenant[\s\S]*COLLECTOR_SAMPLING_PERCENTAGE: must be a number from 0 to 100[\s\S]*COLLECTOR_MAX_BODY_BYTES: must not exceed/,
    );
    expect(() => loadCollectorConfig({ COLLECTOR_MAX_BODY_BYTES: '200000', COLLECTOR_MAX_INFLIGHT_BYTES: '100000' })).toThrow('COLLECTOR_MAX_BODY_BYTES: must not exceed COLLECTOR_MAX_INFLIGHT_BYTES (100000)');
  });

  describe('TLS', () => {
    // libs/tls's fixtures: a self-signed pair and a CA certificate (libs/tls/src/testdata/README.md).
    const fixture = (name: string) => join(__dirname, '../../../../libs/tls/src/testdata', name);
    const tls = { COLLECTOR_TLS_CERT_FILE: fixture('server-a.crt'), COLLECTOR_TLS_KEY_FILE: fixture('server-a.key') };

    it('is off by default', () => {
      expect(tlsSettings('COLLECTOR', loadCollectorConfig({}))).toBeUndefined();
      expect(tenancyRules('COLLECTOR', loadCollectorConfig({})).clientCertificate).toBeUndefined();
    });

    it('reads the certificate, key and client CA, and the certificate-to-tenant rule', () => {
      const config = loadCollectorConfig({ ...tls, COLLECTOR_TLS_CLIENT_CA_FILE: fixture('client-ca.crt'), COLLECTOR_TLS_CLIENT_TENANT_FROM: 'dns', COLLECTOR_TLS_CLIENT_TENANTS: 'orders.acme.example=acme' });
      expect(tlsSettings('COLLECTOR', config)).toEqual({ prefix: 'COLLECTOR', certFile: tls.COLLECTOR_TLS_CERT_FILE, keyFile: tls.COLLECTOR_TLS_KEY_FILE, clientCaFile: fixture('client-ca.crt'), reloadIntervalMs: 5_000 });
      expect(tenancyRules('COLLECTOR', config).clientCertificate).toEqual({ from: 'dns', tenants: new Map([['orders.acme.example', 'acme']]) });
    });

    it('names what is wrong with the TLS variables alongside the others', () => {
      expect(() => loadCollectorConfig({ COLLECTOR_TLS_CERT_FILE: fixture('server-a.crt'), COLLECTOR_SAMPLING_PERCENTAGE: '101' })).toThrow(
        /COLLECTOR_SAMPLING_PERCENTAGE: must be a number from 0 to 100[\s\S]*COLLECTOR_TLS_KEY_FILE: is required when COLLECTOR_TLS_CERT_FILE is set/,
      );
      expect(() => loadCollectorConfig({ ...tls, COLLECTOR_TLS_KEY_FILE: fixture('server-b.key') })).toThrow(/COLLECTOR_TLS_KEY_FILE: .*server-b.key is not the private key of the certificate in .*server-a.crt/);
      expect(() => loadCollectorConfig({ ...tls, COLLECTOR_TLS_CLIENT_TENANT_FROM: 'cn' })).toThrow('COLLECTOR_TLS_CLIENT_TENANT_FROM: needs COLLECTOR_TLS_CLIENT_CA_FILE');
      expect(() => loadCollectorConfig({ COLLECTOR_TLS_CERT_FILE: '/no/such/tls.crt', COLLECTOR_TLS_KEY_FILE: '/no/such/tls.key' })).toThrow(/invalid configuration \(2 variables\):\n  - COLLECTOR_TLS_CERT_FILE: cannot be read: ENOENT[^\n]*\n  - COLLECTOR_TLS_KEY_FILE: cannot be read: ENOENT[^\n]*$/);
    });
  });

  it('bounds slow and abusive clients by default, and refuses a headers timeout past the request timeout', () => {
    const config = loadCollectorConfig({});
    expect([config.COLLECTOR_HTTP_HEADERS_TIMEOUT_MS, config.COLLECTOR_HTTP_REQUEST_TIMEOUT_MS, config.COLLECTOR_HTTP_KEEPALIVE_TIMEOUT_MS, config.COLLECTOR_MAX_CONNECTIONS]).toEqual([30_000, 60_000, 30_000, 4_096]);
    expect([config.COLLECTOR_GRPC_MAX_CONNECTION_IDLE_MS, config.COLLECTOR_GRPC_MAX_CONNECTION_AGE_MS, config.COLLECTOR_GRPC_MAX_CONCURRENT_STREAMS, config.COLLECTOR_GRPC_CALL_TIMEOUT_MS]).toEqual([300_000, 1_800_000, 100, 60_000]);
    expect(() => loadCollectorConfig({ COLLECTOR_HTTP_HEADERS_TIMEOUT_MS: '5000', COLLECTOR_HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow('COLLECTOR_HTTP_HEADERS_TIMEOUT_MS: must not exceed COLLECTOR_HTTP_REQUEST_TIMEOUT_MS (1000)');
    expect(() => loadCollectorConfig({ COLLECTOR_MAX_CONNECTIONS: '0' })).toThrow(/COLLECTOR_MAX_CONNECTIONS: must be an integer from 1/);
  });
});
