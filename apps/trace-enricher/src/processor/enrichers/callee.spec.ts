import { dbAndCache, errorPaths, grpcCall, httpFanOut, producerConsumer } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { ApiBudget } from '../entities';
import { apiEnricher } from './api';
import { backendEnricher } from './backend';
import { boundaryEnricher } from './boundary';
import { calleeEnricher } from './callee';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';

const run = (t: Parameters<typeof runEnrichers>[0]) =>
  runEnrichers(t, [roleEnricher, serviceEnricher, boundaryEnricher, apiEnricher(new ApiBudget(100)), backendEnricher, calleeEnricher]);

describe('callee enricher', () => {
  it('points an exit span at the traced service and API it called', () => {
    const ctx = run(httpFanOut());
    expect(ctx.of('frontend GET cart').callee).toEqual({
      calleeKind: 'SERVICE',
      calleeServiceId: ctx.of('cart GET /cart').serviceId,
      calleeServiceName: 'cart',
      calleeApiId: ctx.of('cart GET /cart').apiId,
      calleeApiName: 'GET /cart/:id',
      calleeBackendId: '',
      calleeBackendName: '',
    });
    expect(ctx.of('frontend GET inventory').callee?.calleeApiName).toBe('GET /items/{id}');
    expect(run(grpcCall()).of('shop.Cart/AddItem client').callee).toMatchObject({ calleeKind: 'SERVICE', calleeServiceName: 'cart', calleeApiName: 'shop.Cart/AddItem' });
  });

  it('points an exit span that leaves the traced system at its backend', () => {
    const ctx = run(dbAndCache());
    expect(ctx.of('SELECT orders').callee).toMatchObject({ calleeKind: 'BACKEND', calleeBackendName: 'postgresql://orders-db:5432', calleeServiceId: '' });
    expect(ctx.of('SELECT orders').callee?.calleeBackendId).toBe(ctx.of('SELECT orders').backendId);
    expect(run(errorPaths()).of('recs client').callee).toMatchObject({ calleeKind: 'BACKEND', calleeBackendName: 'grpc://recs:9090' });
    expect(run(producerConsumer()).of('orders publish').callee).toMatchObject({ calleeKind: 'BACKEND', calleeBackendName: 'kafka' });
  });

  it('gives no callee to spans that are not API exits', () => {
    const ctx = run(httpFanOut());
    expect(ctx.enrichment.filter((e) => e.callee !== undefined)).toHaveLength(3);
    expect(ctx.of('cart GET /cart').callee).toBeUndefined();
  });
});
