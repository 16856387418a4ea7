import { errorPaths, grpcCall, httpFanOut, indexOf, lateFragment, producerConsumer } from '../../testdata/traces';
import { runEnrichers } from '../../testdata/run';
import { boundaryEnricher } from './boundary';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';

const run = (t: Parameters<typeof runEnrichers>[0]) => runEnrichers(t, [roleEnricher, serviceEnricher, boundaryEnricher]);

describe('boundary enricher', () => {
  it('makes an entry span an API entry unless its parent is an entry span of the same service', () => {
    const t = httpFanOut();
    const ctx = run(t);
    expect(ctx.of('frontend GET /checkout').apiEntry).toBe(true);
    expect(ctx.of('cart GET /cart').apiEntry).toBe(true);
    expect(ctx.of('pricing POST /v1/quotes').apiEntry).toBe(true);
    expect(ctx.of('pricing middleware').apiEntry).toBe(false);
    expect(ctx.of('frontend render').apiEntry).toBe(false);
    // The nested server span belongs to the outer API call.
    expect(ctx.entryOf[indexOf(t, 'pricing middleware')]).toBe(indexOf(t, 'pricing POST /v1/quotes'));
    expect(ctx.entryOf[indexOf(t, 'frontend GET cart')]).toBe(indexOf(t, 'frontend GET /checkout'));
  });

  it('makes the outermost client span of a call out an API exit and finds the entry span it called', () => {
    const t = grpcCall();
    const ctx = run(t);
    expect(ctx.of('shop.Cart/AddItem client').apiExit).toBe(true);
    expect(ctx.calleeEntry[indexOf(t, 'shop.Cart/AddItem client')]).toBe(indexOf(t, 'shop.Cart/AddItem'));
    const mq = producerConsumer();
    const m = run(mq);
    expect(m.of('orders publish').apiExit).toBe(true);
    expect(m.of('orders process').apiEntry).toBe(true);
    expect(m.entryOf[indexOf(mq, 'billing charge')]).toBe(indexOf(mq, 'orders process'));
  });

  it('leaves an exit whose callee sends no spans without a callee entry', () => {
    const t = errorPaths();
    expect(run(t).calleeEntry[indexOf(t, 'recs client')]).toBe(-1);
  });

  it('treats an entry span whose parent is in another message as an API entry, and spans above it as ungoverned', () => {
    const t = lateFragment();
    const ctx = run(t);
    expect(ctx.of('cart GET /cart (late)').apiEntry).toBe(true);
    expect(ctx.entryOf[indexOf(t, 'cart load')]).toBe(indexOf(t, 'cart GET /cart (late)'));
    expect(ctx.of('frontend GET ads (late)').apiExit).toBe(true);
    expect(ctx.entryOf[indexOf(t, 'frontend GET ads (late)')]).toBe(-1);
  });
});
