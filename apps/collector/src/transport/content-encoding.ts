// Request-body Content-Encodings, the set the OpenTelemetry Collector's confighttp accepts
// (config/confighttp/compression.go, defaultCompressionAlgorithms): gzip, deflate and zlib (both
// the zlib format, RFC 1950), zstd (RFC 8878 frames), snappy (the block format, or the framing
// format when the body starts with the framing stream identifier, as confighttp auto-detects),
// x-snappy-framed (google/snappy framing_format.txt) and lz4 (the LZ4 frame format,
// lz4/doc/lz4_Frame_format.md). Every decoder holds the inflated size to a bound and never lets
// a small body allocate past it: see each function for what its bound guarantees.
import { promisify } from 'node:util';
import { gunzip, inflate, type InputType, type ZlibOptions } from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';
import { uncompressSync as lz4BlockUncompress } from 'lz4-napi';
import { uncompressSync as snappyBlockUncompress } from 'snappy';

const gunzipAsync = promisify(gunzip) as (buf: InputType, options: ZlibOptions) => Promise<Buffer>;
const inflateAsync = promisify(inflate) as (buf: InputType, options: ZlibOptions) => Promise<Buffer>;

/** The Content-Encodings a receiver reads (lowercase), besides `identity` and no header. */
export const CONTENT_ENCODINGS = ['gzip', 'deflate', 'zlib', 'zstd', 'snappy', 'x-snappy-framed', 'lz4'] as const;

/** One of {@link CONTENT_ENCODINGS}. */
export type ContentEncoding = (typeof CONTENT_ENCODINGS)[number];

/** Why a body could not be decoded: the encoding is unknown, the body is corrupt, or it inflates past the bound. */
export const CONTENT_ENCODING_PROBLEMS = ['unsupported', 'corrupt', 'too_large'] as const;

/**
 * A body's Content-Encoding could not be undone. `problem` says what the sender should change:
 * `unsupported` (HTTP 415), `corrupt` (400) or `too_large` (413). The message names the encoding.
 */
export class ContentEncodingError extends Error {
  constructor(
    readonly problem: (typeof CONTENT_ENCODING_PROBLEMS)[number],
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ContentEncodingError';
  }
}

/** The encoding named by a Content-Encoding header value, `identity` for none; undefined when unknown. */
export function contentEncodingOf(header: string | undefined): ContentEncoding | 'identity' | undefined {
  const value = (header ?? '').trim().toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  return (CONTENT_ENCODINGS as readonly string[]).includes(value) ? (value as ContentEncoding) : undefined;
}

/**
 * Undoes `encoding` on `body`, refusing any body that inflates past `max` bytes.
 * @throws {ContentEncodingError} unknown encoding, corrupt body, or more than `max` bytes inflated.
 */
export async function decodeContentEncoding(body: Buffer, header: string | undefined, max: number): Promise<Buffer> {
  const encoding = contentEncodingOf(header);
  if (encoding === undefined) {
    throw new ContentEncodingError('unsupported', `Content-Encoding ${JSON.stringify((header ?? '').trim())} is not supported: send ${CONTENT_ENCODINGS.join(', ')} or an uncompressed body.`);
  }
  switch (encoding) {
    case 'identity':
      return body;
    case 'gzip':
    case 'deflate':
    case 'zlib':
      return inflateZlib(body, encoding, max);
    case 'zstd':
      return inflateZstd(body, max);
    case 'snappy':
      // confighttp reads `snappy` as the block format unless the body starts with the framing
      // format's stream identifier (older collectors sent framed data under this name).
      return startsWith(body, SNAPPY_STREAM_IDENTIFIER) ? inflateSnappyFramed(body, max, 'snappy') : inflateSnappyBlock(body, max);
    case 'x-snappy-framed':
      return inflateSnappyFramed(body, max, 'x-snappy-framed');
    case 'lz4':
      return inflateLz4Frames(body, max);
  }
}

function tooLarge(encoding: string, max: number): ContentEncodingError {
  return new ContentEncodingError('too_large', `The ${encoding} body inflates past the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
}

function corrupt(encoding: string, detail: string, cause?: unknown): ContentEncodingError {
  return new ContentEncodingError('corrupt', `Content-Encoding ${encoding}: the body is not valid ${encoding} data (${detail}).`, { cause });
}

function startsWith(body: Uint8Array, prefix: Uint8Array): boolean {
  if (body.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (body[i] !== prefix[i]) return false;
  return true;
}

/** Bound: zlib stops at `maxOutputLength`, so at most `max` bytes are ever produced. */
async function inflateZlib(body: Buffer, encoding: 'gzip' | 'deflate' | 'zlib', max: number): Promise<Buffer> {
  try {
    return await (encoding === 'gzip' ? gunzipAsync : inflateAsync)(body, { maxOutputLength: max });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooLarge(encoding, max);
    throw corrupt(encoding, err instanceof Error ? err.message : String(err), err);
  }
}

// ---- zstd ----

const ZSTD_MAGIC = 0xfd2fb528;
const isSkippableMagic = (magic: number): boolean => (magic & 0xfffffff0) >>> 0 === 0x184d2a50;

/**
 * Checks every frame header before decoding (fzstd allocates a frame's window, which the header
 * declares, up to 2 GB): a frame whose window or declared content size is over `max` is refused
 * unread. The frames are then decoded in a stream, counting output as it comes.
 * Bound: at most one window (<= `max`) plus `max` bytes of output plus one 128 KiB block.
 */
async function inflateZstd(body: Buffer, max: number): Promise<Buffer> {
  scanZstdFrames(body, max);
  const parts: Uint8Array[] = [];
  let total = 0;
  const decoder = new ZstdDecompress((data) => {
    total += data.length;
    if (total > max) throw tooLarge('zstd', max);
    if (data.length > 0) parts.push(data);
  });
  const step = 1 << 20;
  try {
    let offset = 0;
    do {
      const end = Math.min(body.length, offset + step);
      decoder.push(body.subarray(offset, end), end === body.length);
      offset = end;
      // Yield between megabytes of input so one large body does not hold the event loop.
      if (offset < body.length) await new Promise<void>((resolve) => setImmediate(resolve));
    } while (offset < body.length);
  } catch (err) {
    if (err instanceof ContentEncodingError) throw err;
    throw corrupt('zstd', err instanceof Error ? err.message : String(err), err);
  }
  return Buffer.concat(parts, total);
}

/** Walks the zstd frames of `body` (RFC 8878 section 3.1), refusing a window or content size over `max`. */
function scanZstdFrames(body: Buffer, max: number): void {
  let at = 0;
  if (body.length === 0) throw corrupt('zstd', 'the body is empty');
  while (at < body.length) {
    if (body.length - at < 8) throw corrupt('zstd', `a frame at byte ${at} is truncated`);
    const magic = body.readUInt32LE(at);
    if (isSkippableMagic(magic)) {
      at += 8 + body.readUInt32LE(at + 4);
      continue;
    }
    if (magic !== ZSTD_MAGIC) throw corrupt('zstd', `no zstd frame magic at byte ${at}`);
    const fhd = body[at + 4];
    if (fhd & 0x08) throw corrupt('zstd', `a reserved bit is set in the frame header at byte ${at}`);
    const singleSegment = (fhd >> 5) & 1;
    const checksum = (fhd >> 2) & 1;
    const dictBytes = [0, 1, 2, 4][fhd & 3];
    const fcsFlag = fhd >> 6;
    const fcsBytes = fcsFlag === 0 ? singleSegment : 1 << fcsFlag;
    let p = at + 5;
    let windowSize = 0;
    if (!singleSegment) {
      const wd = body[p++];
      const base = 2 ** (10 + (wd >> 3));
      windowSize = base + (base / 8) * (wd & 7);
    }
    p += dictBytes;
    if (p + fcsBytes > body.length) throw corrupt('zstd', `the frame header at byte ${at} is truncated`);
    let contentSize: number | undefined;
    if (fcsBytes === 1) contentSize = body[p];
    else if (fcsBytes === 2) contentSize = body.readUInt16LE(p) + 256;
    else if (fcsBytes === 4) contentSize = body.readUInt32LE(p);
    else if (fcsBytes === 8) {
      const big = body.readBigUInt64LE(p);
      if (big > BigInt(max)) throw new ContentEncodingError('too_large', `The zstd body declares ${big} bytes of content, over the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
      contentSize = Number(big);
    }
    p += fcsBytes;
    if (singleSegment) windowSize = contentSize ?? 0;
    if (contentSize !== undefined && contentSize > max) throw new ContentEncodingError('too_large', `The zstd body declares ${contentSize} bytes of content, over the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
    if (windowSize > max) throw new ContentEncodingError('too_large', `The zstd body asks for a ${windowSize}-byte window, over the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
    for (;;) {
      if (p + 3 > body.length) throw corrupt('zstd', `a block header at byte ${p} is truncated`);
      const header = body[p] | (body[p + 1] << 8) | (body[p + 2] << 16);
      const type = (header >> 1) & 3;
      if (type === 3) throw corrupt('zstd', `a block at byte ${p} has the reserved type`);
      p += 3 + (type === 1 ? 1 : header >>> 3);
      if (header & 1) break;
    }
    p += checksum * 4;
    if (p > body.length) throw corrupt('zstd', `the frame at byte ${at} is truncated`);
    at = p;
  }
}

// ---- snappy ----

/** The framing format's stream identifier chunk: type 0xff, length 6, "sNaPpY". */
const SNAPPY_STREAM_IDENTIFIER = Uint8Array.from([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]);
/** framing_format.txt: a chunk's uncompressed data is at most 65536 bytes. */
const SNAPPY_MAX_CHUNK = 65_536;

/** The uncompressed length a snappy block declares (its leading varint), or undefined when malformed. */
function snappyDeclaredLength(block: Uint8Array): number | undefined {
  let value = 0;
  for (let i = 0; i < 5 && i < block.length; i++) {
    value += (block[i] & 0x7f) * 2 ** (7 * i);
    if ((block[i] & 0x80) === 0) return value;
  }
  return undefined;
}

/** Bound: the block's varint-declared length is checked against `max` before anything is allocated; the decoder allocates exactly that length. */
function inflateSnappyBlock(body: Buffer, max: number): Buffer {
  const declared = snappyDeclaredLength(body);
  if (declared === undefined) throw corrupt('snappy', 'the length prefix is not a valid varint');
  if (declared > max) throw new ContentEncodingError('too_large', `The snappy body declares ${declared} bytes uncompressed, over the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
  try {
    return snappyBlockUncompress(body, { asBuffer: true }) as Buffer;
  } catch (err) {
    throw corrupt('snappy', err instanceof Error ? err.message : String(err), err);
  }
}

/**
 * The framing format, chunk by chunk, each chunk's checksum verified (masked CRC-32C).
 * Bound: a chunk is at most 64 KiB uncompressed (checked on its varint before decoding) and the
 * running total is checked before each chunk, so output never passes `max`.
 */
function inflateSnappyFramed(body: Buffer, max: number, encoding: string): Buffer {
  if (!startsWith(body, SNAPPY_STREAM_IDENTIFIER)) throw corrupt(encoding, 'it does not start with the framing format stream identifier');
  const parts: Buffer[] = [];
  let total = 0;
  let at = 0;
  while (at < body.length) {
    if (body.length - at < 4) throw corrupt(encoding, `a chunk header at byte ${at} is truncated`);
    const type = body[at];
    const length = body[at + 1] | (body[at + 2] << 8) | (body[at + 3] << 16);
    const start = at + 4;
    const end = start + length;
    if (end > body.length) throw corrupt(encoding, `the chunk at byte ${at} is truncated`);
    at = end;
    if (type === 0xff) {
      if (!startsWith(body.subarray(start - 4), SNAPPY_STREAM_IDENTIFIER)) throw corrupt(encoding, `a bad stream identifier at byte ${start - 4}`);
      continue;
    }
    if (type >= 0x80) continue; // padding (0xfe) and reserved skippable chunks
    if (type > 0x01) throw corrupt(encoding, `a reserved unskippable chunk type 0x${type.toString(16)} at byte ${start - 4}`);
    if (length < 4) throw corrupt(encoding, `the chunk at byte ${start - 4} has no checksum`);
    const expected = body.readUInt32LE(start);
    let data: Buffer;
    if (type === 0x01) {
      data = body.subarray(start + 4, end);
      if (data.length > SNAPPY_MAX_CHUNK) throw corrupt(encoding, `an uncompressed chunk of ${data.length} bytes at byte ${start - 4}, over 65536`);
    } else {
      const block = body.subarray(start + 4, end);
      const declared = snappyDeclaredLength(block);
      if (declared === undefined || declared > SNAPPY_MAX_CHUNK) throw corrupt(encoding, `the compressed chunk at byte ${start - 4} declares ${declared ?? 'no'} length (at most 65536)`);
      if (total + declared > max) throw tooLarge(encoding, max);
      try {
        data = snappyBlockUncompress(block, { asBuffer: true }) as Buffer;
      } catch (err) {
        throw corrupt(encoding, `the chunk at byte ${start - 4}: ${err instanceof Error ? err.message : String(err)}`, err);
      }
    }
    if (maskedCrc32c(data) !== expected) throw corrupt(encoding, `the checksum of the chunk at byte ${start - 4} does not match`);
    total += data.length;
    if (total > max) throw tooLarge(encoding, max);
    parts.push(data);
  }
  return Buffer.concat(parts, total);
}

const CRC32C_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32C (Castagnoli) masked as the snappy framing format stores it. */
function maskedCrc32c(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC32C_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  crc = ~crc >>> 0;
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}

// ---- lz4 ----

const LZ4_MAGIC = 0x184d2204;
const LZ4_BLOCK_MAX: Readonly<Record<number, number>> = { 4: 64 * 1024, 5: 256 * 1024, 6: 1024 * 1024, 7: 4 * 1024 * 1024 };

/**
 * LZ4 frames (lz4_Frame_format.md), block by block: a frame that declares a content size over
 * `max` is refused unread; each block is decoded into at most the frame's block maximum size
 * (64 KiB to 4 MiB, from the header) and the running total is checked after each block.
 * Bound: `max` plus one block (4 MiB at most). Linked blocks get the previous 64 KiB as their
 * dictionary. Checksums (xxHash32) are not verified: they guard integrity, not memory.
 */
function inflateLz4Frames(body: Buffer, max: number): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  let at = 0;
  if (body.length === 0) throw corrupt('lz4', 'the body is empty');
  while (at < body.length) {
    if (body.length - at < 7) throw corrupt('lz4', `a frame at byte ${at} is truncated`);
    const magic = body.readUInt32LE(at);
    if (isSkippableMagic(magic)) {
      at += 8 + body.readUInt32LE(at + 4);
      continue;
    }
    if (magic !== LZ4_MAGIC) throw corrupt('lz4', `no LZ4 frame magic at byte ${at}`);
    const flg = body[at + 4];
    const bd = body[at + 5];
    if (flg >> 6 !== 1) throw corrupt('lz4', `frame version ${flg >> 6} at byte ${at} (only 1 exists)`);
    if (flg & 0x02 || bd & 0x8f) throw corrupt('lz4', `a reserved bit is set in the frame descriptor at byte ${at}`);
    if (flg & 0x01) throw corrupt('lz4', 'frames with a dictionary id are not supported');
    const independent = (flg >> 5) & 1;
    const blockChecksum = (flg >> 4) & 1;
    const hasContentSize = (flg >> 3) & 1;
    const contentChecksum = (flg >> 2) & 1;
    const blockMax = LZ4_BLOCK_MAX[(bd >> 4) & 7];
    if (blockMax === undefined) throw corrupt('lz4', `block maximum size id ${(bd >> 4) & 7} at byte ${at}`);
    let p = at + 6;
    if (hasContentSize) {
      if (p + 8 > body.length) throw corrupt('lz4', `the frame descriptor at byte ${at} is truncated`);
      const declared = body.readBigUInt64LE(p);
      if (BigInt(total) + declared > BigInt(max)) throw new ContentEncodingError('too_large', `The lz4 body declares ${declared} bytes of content, over the ${max}-byte limit (COLLECTOR_MAX_BODY_BYTES).`);
      p += 8;
    }
    p += 1; // header checksum
    let frameTail: Buffer | undefined;
    for (;;) {
      if (p + 4 > body.length) throw corrupt('lz4', `a block size at byte ${p} is truncated`);
      const word = body.readUInt32LE(p);
      p += 4;
      if (word === 0) break;
      const size = word & 0x7fffffff;
      if (size > blockMax) throw corrupt('lz4', `a block of ${size} bytes at byte ${p - 4}, over the frame's ${blockMax}-byte block size`);
      if (p + size + blockChecksum * 4 > body.length) throw corrupt('lz4', `the block at byte ${p - 4} is truncated`);
      const data = body.subarray(p, p + size);
      p += size + blockChecksum * 4;
      let out: Buffer;
      if (word & 0x80000000) out = data;
      else {
        const framed = Buffer.allocUnsafe(4 + size);
        framed.writeUInt32LE(blockMax, 0);
        data.copy(framed, 4);
        try {
          out = independent || !frameTail ? lz4BlockUncompress(framed) : lz4BlockUncompress(framed, frameTail);
        } catch (err) {
          throw corrupt('lz4', `the block at byte ${p - size - 4}: ${err instanceof Error ? err.message : String(err)}`, err);
        }
      }
      total += out.length;
      if (total > max) throw tooLarge('lz4', max);
      parts.push(out);
      if (!independent) frameTail = Buffer.concat(frameTail ? [frameTail, out] : [out]).subarray(-64 * 1024);
    }
    p += contentChecksum * 4;
    if (p > body.length) throw corrupt('lz4', `the frame at byte ${at} is truncated`);
    at = p;
  }
  return Buffer.concat(parts, total);
}
