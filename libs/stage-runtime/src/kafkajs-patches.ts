import { encodeProduceRequest, type ProduceArgs } from './kafkajs-produce';

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

/** What the produce patch touches of kafkajs: the Produce request definitions and the Encoder class. */
export interface KafkajsProduceInternals {
  produce: { protocol(args: { version: number | string }): (args: ProduceArgs) => { request: { encode(): Promise<unknown> } } } & { [PRODUCE_PATCHED]?: true };
  Encoder: new (initialSize?: number) => KafkajsEncoder;
  Long: Parameters<typeof encodeProduceRequest>[2];
}

/** The kafkajs Encoder as far as the patch touches it. */
interface KafkajsEncoder {
  buf: Buffer;
  offset: number;
}

const PRODUCE_PATCHED = Symbol.for('tracehouse.kafkajs.produce-encoder-patched');

/**
 * Room left in front of an encoded Produce body for what kafkajs writes before it: the request
 * header (api key, version, correlation id, client id) and the size prefix. A longer client id
 * only means the header is copied the usual way.
 */
const PRODUCE_HEADROOM = 256;

/**
 * Buffers of encoded Produce bodies, each with the offset of its first byte in use: the bytes
 * before it are free for the encoders that wrap the body (see the writeEncoder patch).
 */
const framable = new WeakMap<ArrayBufferLike, number>();

function produceInternals(): KafkajsProduceInternals {
  // Deep imports of kafkajs internals (the package exports no entry point for them).
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    produce: require('kafkajs/src/protocol/requests/produce') as KafkajsProduceInternals['produce'],
    Encoder: require('kafkajs/src/protocol/encoder') as KafkajsProduceInternals['Encoder'],
    Long: require('kafkajs/src/utils/long') as KafkajsProduceInternals['Long'],
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * Makes kafkajs 2.2.4 encode Produce requests (versions 3 to 7, uncompressed) with
 * {@link encodeProduceRequest}: one exactly sized buffer, records written once, a slicing-by-16
 * CRC-32C, the same bytes as kafkajs' own encoder (which it falls back to for anything the fast
 * encoder does not handle). kafkajs looks the request definition up through
 * `requests.Produce.protocol` at every produce, which is the hook used here.
 *
 * Also makes kafkajs' Encoder grow into uninitialised memory instead of a zero-filled Buffer: an
 * Encoder exposes only the bytes it wrote (`buffer` is `buf.slice(0, offset)` and every write is at
 * `offset`), so the zeroing was pure cost, paid for every copy of every request; and lets the
 * request framing write its header in front of an encoded Produce body instead of copying the body
 * twice (see `writeEncoder` below).
 * Idempotent; applies to every kafkajs client in the process. Returns whether the patch is in place.
 */
export function patchKafkajsProduceEncoder(load: () => KafkajsProduceInternals = produceInternals): boolean {
  let internals: KafkajsProduceInternals;
  try {
    internals = load();
  } catch {
    return false; // another kafkajs layout: nothing to patch, and nothing breaks
  }
  const { produce, Encoder, Long } = internals;
  if (produce[PRODUCE_PATCHED]) return true;
  const originalProtocol = produce.protocol;
  const encoderProto = Encoder.prototype as { ensureAvailable?: (length: number) => void };
  if (typeof originalProtocol !== 'function' || typeof encoderProto.ensureAvailable !== 'function') return false;
  produce.protocol = function protocol(this: unknown, options: { version: number | string }) {
    const make = originalProtocol.call(this, options);
    if (Number(options.version) < 3) return make;
    return (args: ProduceArgs) => {
      const built = make(args);
      const kafkajsEncode = built.request.encode;
      built.request.encode = async () => {
        const bytes = encodeProduceRequest(args, Date.now(), Long, PRODUCE_HEADROOM);
        if (!bytes) return kafkajsEncode();
        framable.set(bytes.buffer, bytes.byteOffset);
        const encoder = new Encoder(0);
        encoder.buf = bytes;
        encoder.offset = bytes.length;
        return encoder;
      };
      return built;
    };
  };
  encoderProto.ensureAvailable = function ensureAvailable(this: { buf: Buffer; offset: number }, length: number): void {
    if (this.offset + length <= this.buf.length) return;
    // Doubling, as kafkajs does (nextPowerOfTwo), so appends stay amortised O(1).
    const grown = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(this.offset + length)));
    this.buf.copy(grown, 0, 0, this.offset);
    this.buf = grown;
  };
  // kafkajs frames a request by writing the body encoder into a new encoder after the request
  // header, then that one into another after the size: two more copies of every Produce body.
  // When the body was encoded with room in front of it, the wrapping encoder's few bytes go into
  // that room instead and it adopts the body's buffer, so the bytes written to the socket are the
  // ones the body encoder wrote. Any other write is kafkajs' own.
  const encoderWrites = Encoder.prototype as { writeEncoder?: (this: KafkajsEncoder, value: KafkajsEncoder) => KafkajsEncoder };
  const kafkajsWriteEncoder = encoderWrites.writeEncoder;
  if (typeof kafkajsWriteEncoder === 'function') {
    encoderWrites.writeEncoder = function writeEncoder(this: KafkajsEncoder, value: KafkajsEncoder): KafkajsEncoder {
      const src = value?.buf;
      const firstUsed = Buffer.isBuffer(src) ? framable.get(src.buffer) : undefined;
      if (firstUsed === undefined || src.byteOffset !== firstUsed || this.offset > firstUsed || value.offset > src.length) return kafkajsWriteEncoder.call(this, value);
      const start = firstUsed - this.offset;
      const framed = Buffer.from(src.buffer, src.byteOffset - this.offset, this.offset + value.offset);
      this.buf.copy(framed, 0, 0, this.offset);
      framable.set(src.buffer, start);
      this.buf = framed;
      this.offset = framed.length;
      return this;
    };
  }
  produce[PRODUCE_PATCHED] = true;
  return true;
}
