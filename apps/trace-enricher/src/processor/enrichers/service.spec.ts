import { httpFanOut, lateFragment, spanWithNoService } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { entityId } from '@tracehouse/entity-store';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';

const run = (t: Parameters<typeof runEnrichers>[0]) => runEnrichers(t, [roleEnricher, serviceEnricher]);

describe('service enricher', () => {
  it('gives every span its service and one SERVICE entity per service, with a deterministic id', () => {
    const ctx = run(httpFanOut());
    expect(ctx.of('cart GET /cart').serviceName).toBe('cart');
    expect(ctx.of('cart GET /cart').serviceId).toBe(entityId('acme', 'SERVICE', { name: 'cart' }));
    const services = ctx.entities.list().filter((e) => e.type === 'SERVICE');
    expect(services.map((e) => e.name).sort()).toEqual(['cart', 'frontend', 'inventory', 'pricing']);
    const frontend = services.find((e) => e.name === 'frontend');
    // Seen from the first frontend span's start (T0+1ms) to the last one's end (T0+7ms+10ms).
    expect(frontend).toMatchObject({ tenant: 'acme', attributes: { name: 'frontend' }, firstSeen: 1_736_942_400_001, lastSeen: 1_736_942_400_017 });
  });

  it('lets an exit span with no service inherit the service of its nearest non-exit ancestor', () => {
    const ctx = run(spanWithNoService());
    expect(ctx.of('library client').serviceName).toBe('web');
    // The server it called has no service either: the caller named it with peer.service.
    expect(ctx.of('profile GET /api/me').serviceName).toBe('profile');
    // And the database client below that server inherits the server's service.
    expect(ctx.of('profile db').serviceName).toBe('profile');
    expect(ctx.entities.list().map((e) => e.name).sort()).toEqual(['profile', 'web']);
  });

  it('keeps unknown_service for a span of a fragment with no ancestor to inherit from', () => {
    const ctx = run(lateFragment());
    expect(ctx.of('orphan without service').serviceName).toBe('unknown_service');
    expect(ctx.of('cart load').serviceName).toBe('cart');
  });
});
