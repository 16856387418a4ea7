/** What the patch touches of kafkajs's internal RequestQueue (one per broker connection). */
interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  scheduleCheckPendingRequests(): void;
}

const PATCHED = Symbol.for('tracehouse.kafkajs.idle-timer-loop-patched');

/** kafkajs's RequestQueue class; loaded lazily, since it is an internal module of the package. */
function requestQueueClass(): { prototype: RequestQueueInternals } {
  // kafkajs exports no types or entry point for its internals; this is the only deep import of it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals };
}

/**
 * Stops kafkajs 2.2.4's idle timer loop (tulios/kafkajs#1556, #1604, #1704; the fix, #1667, is not
 * released). After its first response, every broker connection's RequestQueue re-arms a timer from
 * `checkPendingRequests` whether or not anything is pending, with a negative delay that Node turns
 * into 1 ms: about a thousand wake-ups a second per process, busy or not, which was most of the CPU
 * of a stage at a few thousand messages a second (reports/runner-bench.md).
 *
 * The guard only skips scheduling when there is nothing a timer could do: no request waiting and no
 * broker throttle in force. A request that has to wait is still checked on every response and, while
 * throttled, by kafkajs's own timer. Idempotent; applies to every kafkajs client in the process.
 * Returns whether the patch is (now) in place.
 */
export function patchKafkajsIdleTimerLoop(load: () => { prototype: RequestQueueInternals } = requestQueueClass): boolean {
  let proto: RequestQueueInternals & { [PATCHED]?: true };
  try {
    proto = load().prototype;
  } catch {
    return false; // another kafkajs layout: nothing to patch, and nothing breaks
  }
  if (proto[PATCHED]) return true;
  const original = proto.scheduleCheckPendingRequests;
  if (typeof original !== 'function') return false;
  proto.scheduleCheckPendingRequests = function scheduleCheckPendingRequests(this: RequestQueueInternals): void {
    if (this.pending.length === 0 && this.throttledUntil <= Date.now() && !this.throttleCheckTimeoutId) return;
    original.call(this);
  };
  proto[PATCHED] = true;
  return true;
}
