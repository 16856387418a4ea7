import { entityId } from '@tracehouse/entity-store';
import { dbAndCache, externalHttp, grpcCall, httpFanOut, lateFragment, producerConsumer, spanWithNoService } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { backendEnricher } from './backend';
import { boundaryEnricher } from './boundary';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';

const run = (t: Parameters<typeof runEnrichers>[0]) => runEnrichers(t, [roleEnricher, serviceEnricher, boundaryEnricher, backendEnricher]);
const backends = (ctx: ReturnType<typeof run>) => ctx.entities.list().filter((e) => e.type === 'BACKEND');

describe('backend enricher', () => {
  it('makes a database and a cache backends identified by protocol, host and port, with default ports filled in', () => {
    const ctx = run(dbAndCache());
    expect(ctx.of('SELECT orders')).toMatchObject({ backendName: 'postgresql://orders-db:5432', backendType: 'postgresql' });
    expect(ctx.of('SELECT orders').backendId).toBe(entityId('acme', 'BACKEND', { protocol: 'postgresql', host: 'orders-db', port: '5432' }));
    // `Orders-DB` with port 5432 and `orders-db` without a port are one backend.
    expect(ctx.of('SELECT items').backendId).toBe(ctx.of('SELECT orders').backendId);
    expect(ctx.of('GET')).toMatchObject({ backendName: 'redis://cache:6379', backendType: 'redis' });
    expect(backends(ctx).map((b) => b.name).sort()).toEqual(['postgresql://orders-db:5432', 'redis://cache:6379']);
  });

  it('makes an external HTTPS endpoint a backend, `:443` or not', () => {
    const ctx = run(externalHttp());
    expect(ctx.of('stripe charge')).toMatchObject({ backendName: 'https://api.stripe.com', backendType: 'https' });
    expect(ctx.of('stripe refund').backendId).toBe(ctx.of('stripe charge').backendId);
    expect(backends(ctx)).toHaveLength(1);
    expect(backends(ctx)[0]?.attributes).toEqual({ protocol: 'https', host: 'api.stripe.com', port: '443', type: 'https' });
  });

  it('makes no backend of an HTTP or gRPC callee that is itself a traced service', () => {
    expect(backends(run(httpFanOut()))).toEqual([]);
    expect(backends(run(grpcCall()))).toEqual([]);
    expect(backends(run(spanWithNoService())).map((b) => b.name)).toEqual(['mysql://mysql-1:3306']);
  });

  it('makes the broker a backend of a message producer, named by its system when it records no address', () => {
    const ctx = run(producerConsumer());
    expect(ctx.of('orders publish')).toMatchObject({ backendName: 'kafka', backendType: 'kafka' });
    expect(ctx.of('orders process').backendId).toBe('');
  });

  it('makes a backend of an exit in a fragment whose callee is not in the message, when it names a host', () => {
    const ctx = run(lateFragment());
    expect(ctx.of('frontend GET ads (late)').backendName).toBe('http://ads');
  });
});
