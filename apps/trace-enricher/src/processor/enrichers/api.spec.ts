import { entityId } from '@tracehouse/entity-store';
import { dbAndCache, errorPaths, grpcCall, httpFanOut, lateFragment, producerConsumer, span, trace } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { ApiBudget, OVERFLOW_API_NAME } from '../entities';
import { apiEnricher } from './api';
import { boundaryEnricher } from './boundary';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';

const run = (t: Parameters<typeof runEnrichers>[0], budget = new ApiBudget(100)) => runEnrichers(t, [roleEnricher, serviceEnricher, boundaryEnricher, apiEnricher(budget)]);

describe('api enricher', () => {
  it('names an HTTP API from http.route when present, else from the templated path', () => {
    const ctx = run(httpFanOut());
    expect(ctx.of('frontend GET /checkout').apiName).toBe('GET /checkout');
    expect(ctx.of('cart GET /cart').apiName).toBe('GET /cart/:id');
    expect(ctx.of('inventory GET').apiName).toBe('GET /items/{id}');
    expect(ctx.of('pricing POST /v1/quotes').apiName).toBe('POST /v1/quotes');
    expect(ctx.of('cart GET /cart').apiId).toBe(entityId('acme', 'API', { service: 'cart', name: 'GET /cart/:id' }));
  });

  it('gives every span of an API call its entry API, and no API to spans outside any call', () => {
    const ctx = run(httpFanOut());
    expect(ctx.of('frontend GET cart').entryApiName).toBe('GET /checkout');
    expect(ctx.of('pricing middleware').entryApiName).toBe('POST /v1/quotes');
    expect(ctx.of('pricing middleware').apiId).toBe('');
    expect(ctx.of('frontend GET cart').apiId).toBe('');
    const apis = ctx.entities.list().filter((e) => e.type === 'API');
    expect(apis.map((e) => e.name).sort()).toEqual(['GET /cart/:id', 'GET /checkout', 'GET /items/{id}', 'POST /v1/quotes']);
    expect(apis.find((e) => e.name === 'GET /checkout')?.attributes).toMatchObject({ service: 'frontend', name: 'GET /checkout', method: 'GET', protocol: 'HTTP' });
  });

  it('names a gRPC API from its service and method', () => {
    expect(run(grpcCall()).of('shop.Cart/AddItem').apiName).toBe('shop.Cart/AddItem');
  });

  it('names a consumer API from its destination and operation', () => {
    expect(run(producerConsumer()).of('orders process').apiName).toBe('orders process');
  });

  it('falls back to the span name with its path templated', () => {
    const t = trace([span(1, { name: 'GET /legacy/12345/view', serviceName: 'old', kind: 'SERVER' })]);
    expect(run(t).of('GET /legacy/12345/view').apiName).toBe('GET /legacy/{id}/view');
    expect(run(dbAndCache()).of('orders GET /orders/{id}').apiName).toBe('GET /orders/{id}');
    expect(run(errorPaths()).of('users GET /users/:id').apiName).toBe('GET /users/:id');
  });

  it('folds the APIs of a service past the cap into one, so a bad templater cannot explode the entity count', () => {
    const budget = new ApiBudget(3);
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      // Opaque word-like ids the templater keeps: each would be a new API without the cap.
      const t = trace([span(1, { name: `s${i}`, serviceName: 'leaky', kind: 'SERVER', http: { method: 'GET', path: `/report/word${'abcdef'[i]}` } })]);
      names.push(run(t, budget).of(`s${i}`).apiName);
    }
    expect(names).toEqual(['GET /report/worda', 'GET /report/wordb', 'GET /report/wordc', OVERFLOW_API_NAME, OVERFLOW_API_NAME, OVERFLOW_API_NAME]);
    // An admitted API stays itself; another service has its own budget.
    const again = trace([span(1, { name: 'a', serviceName: 'leaky', kind: 'SERVER', http: { method: 'GET', path: '/report/worda' } })]);
    expect(run(again, budget).of('a').apiName).toBe('GET /report/worda');
    const other = trace([span(1, { name: 'b', serviceName: 'tidy', kind: 'SERVER', http: { method: 'GET', path: '/report/wordz' } })]);
    expect(run(other, budget).of('b').apiName).toBe('GET /report/wordz');
  });

  it('names the API of a fragment entry whose caller is elsewhere', () => {
    expect(run(lateFragment()).of('cart load').entryApiName).toBe('GET /cart/:id');
  });
});
