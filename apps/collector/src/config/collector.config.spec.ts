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
});
