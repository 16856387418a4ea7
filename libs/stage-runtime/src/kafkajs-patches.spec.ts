import { patchKafkajsIdleTimerLoop } from './kafkajs-patches';

// kafkajs's internal class, constructed directly: these tests pin the behaviour the patch relies on.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: Record<string, unknown>) => Queue;

interface Queue {
  pending: unknown[];
  inflight: Map<number, unknown>;
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  push(request: { entry: Entry; expectResponse: boolean; sendRequest: () => void }): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  checkPendingRequests(): void;
  destroy(): void;
}
interface Entry {
  correlationId: number;
  apiName: string;
  apiKey: number;
  apiVersion: number;
  resolve: () => void;
  reject: () => void;
}

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const queues: Queue[] = [];
function queue(maxInFlightRequests?: number): Queue {
  const q = new RequestQueue({ maxInFlightRequests, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'test', broker: 'localhost:9092', logger: quiet });
  queues.push(q);
  return q;
}
const entry = (correlationId: number): Entry => ({ correlationId, apiName: 'Produce', apiKey: 0, apiVersion: 3, resolve: () => undefined, reject: () => undefined });

afterEach(() => {
  for (const q of queues.splice(0)) q.destroy();
});

describe('kafkajs idle timer loop (tulios/kafkajs#1556)', () => {
  it('re-arms a timer after a response with nothing pending, unpatched (the bug this patch exists for)', () => {
    const q = queue();
    q.push({ entry: entry(1), expectResponse: true, sendRequest: () => undefined });
    q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(q.throttleCheckTimeoutId).not.toBeNull();
  });

  describe('patched', () => {
    beforeAll(() => {
      expect(patchKafkajsIdleTimerLoop()).toBe(true);
    });

    it('is idempotent', () => {
      expect(patchKafkajsIdleTimerLoop()).toBe(true);
    });

    it('arms no timer once a response leaves nothing pending', () => {
      const q = queue();
      q.push({ entry: entry(1), expectResponse: true, sendRequest: () => undefined });
      q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
      expect(q.throttleCheckTimeoutId).toBeNull();
      q.checkPendingRequests();
      expect(q.throttleCheckTimeoutId).toBeNull();
    });

    it('still sends a request that waited for the one in flight when that one is answered', () => {
      const q = queue(1);
      const sent: number[] = [];
      q.push({ entry: entry(1), expectResponse: true, sendRequest: () => sent.push(1) });
      q.push({ entry: entry(2), expectResponse: true, sendRequest: () => sent.push(2) });
      expect(sent).toEqual([1]);
      expect(q.pending).toHaveLength(1);
      q.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
      expect(sent).toEqual([1, 2]);
      expect(q.pending).toHaveLength(0);
    });

    it('still schedules a check for a request held back by broker throttling', () => {
      const q = queue();
      q.throttledUntil = Date.now() + 60_000;
      const sent: number[] = [];
      q.push({ entry: entry(1), expectResponse: true, sendRequest: () => sent.push(1) });
      expect(sent).toEqual([]);
      expect(q.pending).toHaveLength(1);
      expect(q.throttleCheckTimeoutId).not.toBeNull();
    });

    it('leaves kafkajs alone when its internals are not where expected', () => {
      expect(patchKafkajsIdleTimerLoop(() => { throw new Error('Cannot find module'); })).toBe(false);
    });
  });
});
