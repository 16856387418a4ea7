// A one-pass encoder for kafkajs' Produce request (versions 3 to 7 share the v3 body:
// https://kafka.apache.org/protocol#The_Messages_Produce, record batch magic 2:
// https://kafka.apache.org/documentation/#recordbatch), and the patch that makes kafkajs use it.
//
// kafkajs 2.2.4 encodes each record into its own zero-filled Buffer (with a Buffer per varint and
// BigInt arithmetic for the timestamp delta), then copies the whole payload about six more times
// while wrapping it in batch, partition, topic and request encoders, each grown by doubling a
// zero-filled Buffer. That was the largest share of the collector's CPU. This encoder sizes the
// request first and writes every byte once; the output is byte for byte what kafkajs writes (the
// spec compares them), and whatever it does not handle is left to kafkajs.
import { crc32c } from './kafka-hash';

/** The kafkajs Long (BigInt-backed) as far as int64 fields need it. */
interface KafkajsLong {
  getHighBits(): number;
  getLowBits(): number;
}
interface LongClass {
  fromValue(value: unknown): KafkajsLong;
}

type HeaderValue = Buffer | string;

/** A message as kafkajs' producer hands it to the Produce request. */
export interface ProduceMessage {
  readonly key?: Buffer | string | null;
  readonly value: Buffer | string | null;
  readonly headers?: Readonly<Record<string, HeaderValue | HeaderValue[] | undefined>>;
  readonly timestamp?: string | number;
}

/** The arguments kafkajs passes to a Produce request of version 3 and above. */
export interface ProduceArgs {
  readonly acks: number;
  readonly timeout: number;
  readonly compression?: number;
  readonly transactionalId?: string | null;
  readonly producerId?: unknown;
  readonly producerEpoch?: number;
  readonly topicData: ReadonlyArray<{
    readonly topic: string;
    readonly partitions: ReadonlyArray<{ readonly partition: number; readonly firstSequence?: number; readonly messages: readonly ProduceMessage[] }>;
  }>;
}

const MAGIC_BYTE = 2;
const TRANSACTIONAL_MASK = 16;
/** Record batch fields from attributes to first sequence, plus the int32 record count. */
const BATCH_BODY_FIXED = 2 + 4 + 8 + 8 + 8 + 2 + 4 + 4;
/** First offset, length, partition leader epoch, magic and CRC. */
const BATCH_HEAD = 8 + 4 + 4 + 1 + 4;

const zigzag = (v: number): number => (v << 1) ^ (v >> 31);

/** Size of a zigzag varint of a 32-bit value, as kafkajs writes it. */
function varintSize(v: number): number {
  let u = zigzag(v) >>> 0;
  let n = 1;
  while (u >= 0x80) {
    u >>>= 7;
    n++;
  }
  return n;
}

function writeVarint(buf: Buffer, pos: number, v: number): number {
  let u = zigzag(v) >>> 0;
  while (u >= 0x80) {
    buf[pos++] = (u & 0x7f) | 0x80;
    u >>>= 7;
  }
  buf[pos++] = u;
  return pos;
}

/** Byte length of a key, value or header value (-1 for null), or undefined when kafkajs would not take it as one. */
function bytesLength(v: unknown): number | undefined {
  if (v === null || v === undefined) return -1;
  if (Buffer.isBuffer(v)) return v.length;
  if (typeof v === 'string') return Buffer.byteLength(v, 'utf8');
  return undefined;
}

function writeBytes(buf: Buffer, pos: number, v: Buffer | string | null | undefined, length: number): number {
  pos = writeVarint(buf, pos, length);
  if (length <= 0) return pos;
  if (typeof v === 'string') return pos + buf.write(v, pos, length, 'utf8');
  (v as Buffer).copy(buf, pos);
  return pos + length;
}

/**
 * The encoded header array of a record (count, then key and value of each), as kafkajs' Record v0
 * writes it: `Object.keys` order, an array value as one header per element. Undefined for what
 * kafkajs rejects or encodes differently (null or other non-string values), left to kafkajs.
 */
function encodeHeaders(headers: ProduceMessage['headers']): Buffer | undefined {
  const pairs: Array<[string, HeaderValue]> = [];
  if (headers !== undefined) {
    if (headers === null || typeof headers !== 'object') return undefined;
    for (const k of Object.keys(headers)) {
      const v = headers[k];
      if (Array.isArray(v)) for (const e of v) pairs.push([k, e]);
      else pairs.push([k, v as HeaderValue]);
    }
  }
  let size = varintSize(pairs.length);
  const lengths: number[] = [];
  for (const [k, v] of pairs) {
    const kl = Buffer.byteLength(k, 'utf8');
    const vl = bytesLength(v);
    if (vl === undefined || vl < 0) return undefined;
    lengths.push(kl, vl);
    size += varintSize(kl) + kl + varintSize(vl) + vl;
  }
  const out = Buffer.allocUnsafe(size);
  let pos = writeVarint(out, 0, pairs.length);
  pairs.forEach(([k, v], i) => {
    pos = writeVarint(out, pos, lengths[2 * i]);
    pos += out.write(k, pos, lengths[2 * i], 'utf8');
    pos = writeBytes(out, pos, v, lengths[2 * i + 1]);
  });
  return out;
}

/**
 * Encodes the body of a Produce request (version 3 to 7) with uncompressed record batches, as
 * kafkajs does with `Date.now()` = `now`. Returns undefined when the request holds something this
 * encoder leaves to kafkajs: compression, message timestamps, an empty partition, or a key, value
 * or header kafkajs would reject or convert. With `headroom`, the result is a view that starts
 * `headroom` bytes into a buffer of its own, so the request header can be written in front of it.
 */
export function encodeProduceRequest(args: ProduceArgs, now: number, long: LongClass, headroom = 0): Buffer | undefined {
  if ((args.compression ?? 0) !== 0) return undefined;
  const transactionalId = args.transactionalId ?? null;
  const producerId = long.fromValue(args.producerId ?? -1);
  const producerEpoch = args.producerEpoch ?? 0;
  const nowLong = long.fromValue(now);

  // Pass 1: sizes. Records of one request usually share one headers object: encode it once.
  const headerCache = new Map<object | undefined, Buffer>();
  const recordSizes: number[] = [];
  const keyLengths: number[] = [];
  const valueLengths: number[] = [];
  const recordHeaders: Buffer[] = [];
  const batchSizes: number[] = [];
  const topicLengths: number[] = [];
  const transactionalIdLength = transactionalId === null ? 0 : Buffer.byteLength(transactionalId, 'utf8');
  let total = 2 + transactionalIdLength + 2 + 4 + 4;
  for (const t of args.topicData) {
    const topicLength = Buffer.byteLength(t.topic, 'utf8');
    topicLengths.push(topicLength);
    total += 2 + topicLength + 4;
    for (const p of t.partitions) {
      if (p.messages.length === 0) return undefined;
      let records = 0;
      for (let i = 0; i < p.messages.length; i++) {
        const m = p.messages[i];
        if (m.timestamp !== undefined && m.timestamp !== null) return undefined;
        const kl = bytesLength(m.key);
        const vl = bytesLength(m.value);
        if (kl === undefined || vl === undefined) return undefined;
        let headers = headerCache.get(m.headers);
        if (!headers) {
          headers = encodeHeaders(m.headers);
          if (!headers) return undefined;
          headerCache.set(m.headers, headers);
        }
        // attributes (1) and timestamp delta (always 0: one varlong byte)
        const body = 2 + varintSize(i) + varintSize(kl) + Math.max(kl, 0) + varintSize(vl) + Math.max(vl, 0) + headers.length;
        const size = varintSize(body) + body;
        recordSizes.push(body);
        keyLengths.push(kl);
        valueLengths.push(vl);
        recordHeaders.push(headers);
        records += size;
      }
      const batch = BATCH_HEAD + BATCH_BODY_FIXED + records;
      batchSizes.push(batch);
      total += 4 + 4 + batch;
    }
  }

  // Pass 2: write every byte once.
  const buf = headroom > 0 ? Buffer.allocUnsafeSlow(headroom + total).subarray(headroom) : Buffer.allocUnsafe(total);
  let pos = buf.writeInt16BE(transactionalId === null ? -1 : transactionalIdLength, 0);
  if (transactionalId !== null) pos += buf.write(transactionalId, pos, transactionalIdLength, 'utf8');
  pos = buf.writeInt16BE(args.acks, pos);
  pos = buf.writeInt32BE(args.timeout, pos);
  pos = buf.writeInt32BE(args.topicData.length, pos);
  let record = 0;
  let partitionIndex = 0;
  args.topicData.forEach((t, ti) => {
    pos = buf.writeInt16BE(topicLengths[ti], pos);
    pos += buf.write(t.topic, pos, topicLengths[ti], 'utf8');
    pos = buf.writeInt32BE(t.partitions.length, pos);
    for (const p of t.partitions) {
      const batch = batchSizes[partitionIndex++];
      pos = buf.writeInt32BE(p.partition, pos);
      pos = buf.writeInt32BE(batch, pos);
      // RecordBatch: first offset (int64 0), length of what follows it
      pos = buf.writeInt32BE(0, pos);
      pos = buf.writeInt32BE(0, pos);
      pos = buf.writeInt32BE(batch - 12, pos);
      pos = buf.writeInt32BE(0, pos); // partition leader epoch
      pos = buf.writeInt8(MAGIC_BYTE, pos);
      const crcAt = pos;
      pos += 4;
      const bodyStart = pos;
      // kafkajs marks a batch transactional when the id is truthy (an empty id writes '' but is not).
      pos = buf.writeInt16BE(transactionalId ? TRANSACTIONAL_MASK : 0, pos);
      pos = buf.writeInt32BE(p.messages.length - 1, pos); // last offset delta
      pos = buf.writeInt32BE(nowLong.getHighBits(), pos); // first timestamp
      pos = buf.writeInt32BE(nowLong.getLowBits(), pos);
      pos = buf.writeInt32BE(nowLong.getHighBits(), pos); // max timestamp
      pos = buf.writeInt32BE(nowLong.getLowBits(), pos);
      pos = buf.writeInt32BE(producerId.getHighBits(), pos);
      pos = buf.writeInt32BE(producerId.getLowBits(), pos);
      pos = buf.writeInt16BE(producerEpoch, pos);
      pos = buf.writeInt32BE(p.firstSequence ?? 0, pos);
      pos = buf.writeInt32BE(p.messages.length, pos);
      for (let i = 0; i < p.messages.length; i++, record++) {
        const m = p.messages[i];
        pos = writeVarint(buf, pos, recordSizes[record]);
        buf[pos++] = 0; // attributes
        buf[pos++] = 0; // timestamp delta
        pos = writeVarint(buf, pos, i); // offset delta
        pos = writeBytes(buf, pos, m.key, keyLengths[record]);
        pos = writeBytes(buf, pos, m.value, valueLengths[record]);
        const headers = recordHeaders[record];
        headers.copy(buf, pos);
        pos += headers.length;
      }
      buf.writeUInt32BE(crc32c(buf, bodyStart, pos), crcAt);
    }
  });
  if (pos !== total) throw new Error(`Produce request encoder wrote ${pos} bytes, planned ${total} (a bug in encodeProduceRequest)`);
  return buf;
}
