import { errorPaths, httpFanOut, span, trace } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { boundaryEnricher } from './boundary';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';
import { statusEnricher } from './status';

const run = (t: Parameters<typeof runEnrichers>[0]) => runEnrichers(t, [roleEnricher, serviceEnricher, boundaryEnricher, statusEnricher]);

describe('status enricher', () => {
  it('decides SUCCESS or FAIL from the HTTP status, the gRPC code and the OpenTelemetry status', () => {
    const ctx = run(errorPaths());
    expect(ctx.of('gateway GET /profile').apiStatus).toBe('FAIL'); // 500 on a server span
    expect(ctx.of('gateway GET users').apiStatus).toBe('FAIL'); // 404 on a client span
    expect(ctx.of('users GET /users/:id').apiStatus).toBe('SUCCESS'); // 404 on a server span: the caller's fault
    expect(ctx.of('recs client').apiStatus).toBe('FAIL'); // gRPC UNAVAILABLE
    expect(ctx.of('gateway assemble').apiStatus).toBe('FAIL'); // status ERROR
    expect(ctx.of('users load').apiStatus).toBe('SUCCESS'); // status OK
    expect(run(httpFanOut()).enrichment.every((e) => e.apiStatus === 'SUCCESS')).toBe(true);
  });

  it('lets an explicit OK status win over an error HTTP code, and fails a server gRPC span only on server-side codes', () => {
    const t = trace([
      span(1, { name: 'ok-override', serviceName: 's', kind: 'SERVER', statusCode: 'OK', http: { method: 'GET', statusCode: 503 } }),
      span(2, { name: 'grpc-not-found', serviceName: 's', kind: 'SERVER', rpc: { system: 'grpc', statusCode: 5 } }),
      span(3, { name: 'grpc-internal', serviceName: 's', kind: 'SERVER', rpc: { system: 'grpc', statusCode: 13 } }),
    ]);
    const ctx = run(t);
    expect(ctx.of('ok-override').apiStatus).toBe('SUCCESS');
    expect(ctx.of('grpc-not-found').apiStatus).toBe('SUCCESS');
    expect(ctx.of('grpc-internal').apiStatus).toBe('FAIL');
  });

  it('counts errors and exceptions per span and rolls them up per API call on the entry span', () => {
    const ctx = run(errorPaths());
    expect(ctx.of('gateway assemble')).toMatchObject({ errorCount: 1, exceptionCount: 2 });
    expect(ctx.of('gateway GET users')).toMatchObject({ errorCount: 1, exceptionCount: 0 });
    // gateway's call: itself (1 error, 1 exception) + users client (1) + recs client (1) + assemble (1, 2 exceptions).
    expect(ctx.of('gateway GET /profile')).toMatchObject({ errorCount: 4, exceptionCount: 3 });
    // users' call: its server span and `users load` succeeded.
    expect(ctx.of('users GET /users/:id')).toMatchObject({ errorCount: 0, exceptionCount: 0 });
  });
});
