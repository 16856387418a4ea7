import { dbAndCache, errorPaths, grpcCall, httpFanOut, producerConsumer, span } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { protocolOf, roleEnricher, roleOf } from './role';

describe('role enricher', () => {
  it('marks server and consumer spans ENTRY, client and producer spans EXIT, the rest INTERNAL', () => {
    const fan = runEnrichers(httpFanOut(), [roleEnricher]);
    expect(fan.of('frontend GET /checkout').role).toBe('ENTRY');
    expect(fan.of('frontend render').role).toBe('INTERNAL');
    expect(fan.of('frontend GET cart').role).toBe('EXIT');
    const mq = runEnrichers(producerConsumer(), [roleEnricher]);
    expect(mq.of('orders publish').role).toBe('EXIT');
    expect(mq.of('orders process').role).toBe('ENTRY');
    expect(roleOf(span(1, { name: 'x', serviceName: 's', kind: 'UNSPECIFIED' }))).toBe('INTERNAL');
  });

  it('tells HTTP, HTTPS, gRPC, databases, caches and messaging apart', () => {
    const fan = runEnrichers(httpFanOut(), [roleEnricher]);
    expect(fan.of('frontend GET cart').protocol).toBe('HTTP');
    expect(fan.of('frontend POST pricing').protocol).toBe('HTTPS');
    expect(fan.of('pricing POST /v1/quotes').protocol).toBe('HTTPS');
    expect(runEnrichers(grpcCall(), [roleEnricher]).of('shop.Cart/AddItem').protocol).toBe('GRPC');
    const db = runEnrichers(dbAndCache(), [roleEnricher]);
    expect(db.of('SELECT orders').protocol).toBe('DB');
    expect(db.of('GET').protocol).toBe('CACHE');
    expect(runEnrichers(producerConsumer(), [roleEnricher]).of('orders publish').protocol).toBe('MESSAGING');
    expect(runEnrichers(errorPaths(), [roleEnricher]).of('gateway assemble').protocol).toBe('UNKNOWN');
  });

  it('prefers RPC over HTTP when a tracer tags both, and knows other RPC systems', () => {
    expect(protocolOf(span(1, { name: 'x', serviceName: 's', kind: 'CLIENT', rpc: { system: 'grpc' }, http: { method: 'POST' } }))).toBe('GRPC');
    expect(protocolOf(span(1, { name: 'x', serviceName: 's', kind: 'CLIENT', rpc: { system: 'java_rmi' } }))).toBe('RPC');
    expect(protocolOf(span(1, { name: 'x', serviceName: 's', kind: 'CLIENT', attributes: { 'rpc.grpc.status_code': 0n } }))).toBe('GRPC');
    expect(protocolOf(span(1, { name: 'x', serviceName: 's', kind: 'CLIENT', http: { url: 'http://h:443/x', port: 443 } }))).toBe('HTTPS');
  });
});
