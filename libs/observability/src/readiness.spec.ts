import { Readiness } from './readiness';

describe('Readiness', () => {
  it('is ready only while every check passes', async () => {
    const r = new Readiness();
    let kafka = false;
    r.register('kafka', () => kafka);
    r.register('store', async () => true);
    expect((await r.status()).ready).toBe(false);
    kafka = true;
    expect(await r.status()).toEqual({ ready: true, checks: [{ name: 'kafka', ok: true }, { name: 'store', ok: true }] });
  });

  it('fails a check that throws or hangs, with the reason', async () => {
    const r = new Readiness();
    r.register('store', () => {
      throw new Error('connection refused');
    });
    r.register('slow', () => new Promise<boolean>(() => undefined));
    const status = await r.status(50);
    expect(status.ready).toBe(false);
    expect(status.checks).toEqual([
      { name: 'store', ok: false, detail: 'connection refused' },
      { name: 'slow', ok: false, detail: 'timed out after 50 ms' },
    ]);
  });

  it('reports not ready once shutting down', async () => {
    const r = new Readiness();
    r.markShuttingDown();
    expect((await r.status()).checks).toContainEqual({ name: 'shutdown', ok: false, detail: 'the service is shutting down' });
  });

  it('lists dead components for liveness', () => {
    const r = new Readiness();
    let alive = true;
    r.registerLiveness('kafka-consumer', () => alive);
    expect(r.deadComponents()).toEqual([]);
    alive = false;
    expect(r.deadComponents()).toEqual(['kafka-consumer']);
  });
});
