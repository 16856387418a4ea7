import { DEFAULT_PORTS } from '@tracehouse/config';
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

  it('names every bad variable in one error', () => {
    expect(() => loadCollectorConfig({ COLLECTOR_API_KEYS: 'nokey', COLLECTOR_SAMPLING_PERCENTAGE: '101', COLLECTOR_OTLP_HTTP_PORT: '99999', COLLECTOR_MAX_BODY_BYTES: '200000', COLLECTOR_MAX_INFLIGHT_BYTES: '100000' })).toThrow(
      /COLLECTOR_OTLP_HTTP_PORT: must be an integer from 1 to 65535[\s\S]*COLLECTOR_API_KEYS: must be key=tenant[\s\S]*COLLECTOR_SAMPLING_PERCENTAGE: must be a number from 0 to 100[\s\S]*COLLECTOR_MAX_BODY_BYTES: must not exceed/,
    );
    expect(() => loadCollectorConfig({ COLLECTOR_MAX_BODY_BYTES: '200000', COLLECTOR_MAX_INFLIGHT_BYTES: '100000' })).toThrow('COLLECTOR_MAX_BODY_BYTES: must not exceed COLLECTOR_MAX_INFLIGHT_BYTES (100000)');
  });

  it('bounds slow and abusive clients by default, and refuses a headers timeout past the request timeout', () => {
    const config = loadCollectorConfig({});
    expect([config.COLLECTOR_HTTP_HEADERS_TIMEOUT_MS, config.COLLECTOR_HTTP_REQUEST_TIMEOUT_MS, config.COLLECTOR_HTTP_KEEPALIVE_TIMEOUT_MS, config.COLLECTOR_MAX_CONNECTIONS]).toEqual([30_000, 60_000, 30_000, 4_096]);
    expect([config.COLLECTOR_GRPC_MAX_CONNECTION_IDLE_MS, config.COLLECTOR_GRPC_MAX_CONNECTION_AGE_MS, config.COLLECTOR_GRPC_MAX_CONCURRENT_STREAMS, config.COLLECTOR_GRPC_CALL_TIMEOUT_MS]).toEqual([300_000, 1_800_000, 100, 60_000]);
    expect(() => loadCollectorConfig({ COLLECTOR_HTTP_HEADERS_TIMEOUT_MS: '5000', COLLECTOR_HTTP_REQUEST_TIMEOUT_MS: '1000' })).toThrow('COLLECTOR_HTTP_HEADERS_TIMEOUT_MS: must not exceed COLLECTOR_HTTP_REQUEST_TIMEOUT_MS (1000)');
    expect(() => loadCollectorConfig({ COLLECTOR_MAX_CONNECTIONS: '0' })).toThrow(/COLLECTOR_MAX_CONNECTIONS: must be an integer from 1/);
  });
});
