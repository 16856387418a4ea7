import { defaultEnrichers } from '.';
import { errorPaths, externalHttp, httpFanOut, lateFragment, producerConsumer, span, trace } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { ApiBudget } from '../entities';

const run = (t: Parameters<typeof runEnrichers>[0]) => runEnrichers(t, defaultEnrichers(new ApiBudget(100)));

describe('trace attributes enricher', () => {
  it('names the transaction after the root API and lists the services in order of first start', () => {
    expect(run(httpFanOut()).traceEnrichment).toEqual({
      transactionName: 'GET /checkout',
      rootServiceName: 'frontend',
      services: ['frontend', 'cart', 'inventory', 'pricing'],
      serviceCount: 4,
      spanCount: 9,
      errorCount: 0,
      exceptionCount: 0,
      apiEntryCount: 4,
    });
    expect(run(producerConsumer()).traceEnrichment).toMatchObject({ transactionName: 'POST /orders', services: ['orders', 'billing'], apiEntryCount: 2 });
  });

  it('adds up every span\'s own errors and exceptions once', () => {
    expect(run(errorPaths()).traceEnrichment).toMatchObject({ transactionName: 'GET /profile', errorCount: 4, exceptionCount: 3, spanCount: 6, serviceCount: 2 });
    expect(run(externalHttp()).traceEnrichment).toMatchObject({ errorCount: 0, services: ['checkout'] });
  });

  it('names a trace started by a client after the first API it entered, and one with no API after its root span', () => {
    const clientFirst = trace([
      span(1, { name: 'script', serviceName: 'loadgen', kind: 'CLIENT', http: { method: 'GET', url: 'http://shop/items/42' } }),
      span(2, { name: 'shop GET', serviceName: 'shop', kind: 'SERVER', parent: 1, http: { method: 'GET', route: '/items/:id' } }),
    ]);
    expect(run(clientFirst).traceEnrichment).toMatchObject({ transactionName: 'GET /items/:id', rootServiceName: 'loadgen' });
    const job = trace([span(1, { name: 'nightly /reports/2024-01-15', serviceName: 'batch', kind: 'INTERNAL' })]);
    expect(run(job).traceEnrichment.transactionName).toBe('nightly /reports/{id}');
  });

  it('describes a fragment by what it holds', () => {
    expect(run(lateFragment()).traceEnrichment).toMatchObject({ transactionName: 'GET /cart/:id', rootServiceName: 'cart', spanCount: 4, services: ['cart', 'frontend', 'unknown_service'] });
  });
});
