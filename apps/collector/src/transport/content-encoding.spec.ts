import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { compressFrameSync as lz4Frame } from 'lz4-napi';
import { compressSync as snappyBlock, Compressor as SnappyFramer } from 'snappy';
import { CONTENT_ENCODINGS, ContentEncodingError, contentEncodingOf, decodeContentEncoding } from './content-encoding';

const json = readFileSync(join(__dirname, '../receivers/otlp/testdata/two-services-one-trace.json'));
const x100 = Buffer.concat(Array.from({ length: 100 }, () => json));
const fixture = (name: string): Buffer => readFileSync(join(__dirname, 'testdata', name));

async function snappyFramed(data: Buffer): Promise<Buffer> {
  const c = new SnappyFramer();
  const head = c.update(data);
  return Buffer.concat([head, await c.finish()]);
}

/** A zstd frame of `blocks` RLE blocks (of its window, at most 128 KiB each): four bytes per block that inflate to a block each. */
function zstdRleBomb(blocks: number, header: { windowLog?: number; contentSize?: number } = {}): Buffer {
  const blockSize = Math.min(128 * 1024, 2 ** (header.windowLog ?? 16));
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd])];
  if (header.contentSize !== undefined) {
    // Frame_Content_Size_flag 3 (8 bytes), Single_Segment 1.
    const fcs = Buffer.alloc(8);
    fcs.writeBigUInt64LE(BigInt(header.contentSize));
    parts.push(Buffer.from([0xe0]), fcs);
  } else {
    parts.push(Buffer.from([0x00, ((header.windowLog ?? 16) - 10) << 3]));
  }
  for (let i = 0; i < blocks; i++) {
    const h = (blockSize << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff, 0x61]));
  }
  return Buffer.concat(parts);
}

async function problemOf(body: Buffer, encoding: string, max: number): Promise<string> {
  try {
    await decodeContentEncoding(body, encoding, max);
    return 'decoded';
  } catch (err) {
    if (err instanceof ContentEncodingError) return `${err.problem}: ${err.message}`;
    throw err;
  }
}

describe('Content-Encoding decoding', () => {
  it('names every encoding confighttp accepts, and identity', () => {
    expect([...CONTENT_ENCODINGS].sort()).toEqual(['deflate', 'gzip', 'lz4', 'snappy', 'x-snappy-framed', 'zlib', 'zstd']);
    expect(contentEncodingOf(undefined)).toBe('identity');
    expect(contentEncodingOf(' ZSTD ')).toBe('zstd');
    expect(contentEncodingOf('br')).toBeUndefined();
  });

  it.each([
    ['gzip', () => gzipSync(json)],
    ['deflate', () => deflateSync(json)],
    ['zlib', () => deflateSync(json)],
    ['snappy (block)', () => snappyBlock(json)],
    ['snappy (framed, auto-detected)', () => snappyFramed(json)],
    ['x-snappy-framed', () => snappyFramed(json)],
    ['lz4', () => lz4Frame(json)],
    ['zstd (zstd -19 fixture)', () => fixture('two-services-one-trace.json.zst')],
    ['lz4 (content size and block checksums, lz4 CLI fixture)', () => fixture('two-services-one-trace.json.lz4')],
  ])('decodes %s back to the original body', async (name, encode) => {
    const encoding = name.split(' ')[0];
    expect((await decodeContentEncoding(await encode(), encoding, 1 << 20)).equals(json)).toBe(true);
  });

  it('decodes multi-block bodies: a zstd frame with a window, lz4 linked blocks, snappy framed over many chunks', async () => {
    expect((await decodeContentEncoding(fixture('two-services-x100.zst'), 'zstd', 1 << 20)).equals(x100)).toBe(true);
    expect((await decodeContentEncoding(fixture('two-services-x100.linked.lz4'), 'lz4', 1 << 20)).equals(x100)).toBe(true);
    expect((await decodeContentEncoding(await snappyFramed(x100), 'x-snappy-framed', 1 << 20)).equals(x100)).toBe(true);
  });

  it('refuses an unknown encoding, naming it and the accepted ones', async () => {
    expect(await problemOf(json, 'br', 1 << 20)).toBe('unsupported: Content-Encoding "br" is not supported: send gzip, deflate, zlib, zstd, snappy, x-snappy-framed, lz4 or an uncompressed body.');
  });

  it('refuses corrupt bodies of every encoding as corrupt, naming the encoding', async () => {
    for (const encoding of CONTENT_ENCODINGS) {
      expect(await problemOf(Buffer.from('not compressed at all, just text'), encoding, 1 << 20)).toMatch(new RegExp(`^corrupt: Content-Encoding ${encoding}: the body is not valid ${encoding} data \\(.+\\)\\.$`));
    }
    const framed = await snappyFramed(json);
    framed[framed.length - 1] ^= 0xff;
    expect(await problemOf(framed, 'x-snappy-framed', 1 << 20)).toMatch(/^corrupt: .*(checksum|chunk at byte)/);
  });

  describe('bombs: a small body that inflates past the limit is refused without inflating it', () => {
    const max = 64 * 1024;
    const big = Buffer.alloc(max * 1000, 'a');

    it.each([
      ['gzip', () => gzipSync(big)],
      ['deflate', () => deflateSync(big)],
      ['snappy', () => snappyBlock(big)],
      ['x-snappy-framed', () => snappyFramed(big)],
      ['lz4', () => lz4Frame(big)],
      ['zstd', () => zstdRleBomb(1000)],
    ])('%s', async (encoding, encode) => {
      const body = await encode();
      expect(body.length).toBeLessThan(big.length / 20);
      expect(await problemOf(body, encoding, max)).toMatch(new RegExp(`^too_large: The ${encoding} body (inflates past|declares \\d+ bytes uncompressed, over) the 65536-byte limit`));
    });

    it('zstd: a frame header asking for a window or content size over the limit is refused before any allocation', async () => {
      expect(await problemOf(zstdRleBomb(1, { windowLog: 31 }), 'zstd', max)).toBe('too_large: The zstd body asks for a 2147483648-byte window, over the 65536-byte limit (COLLECTOR_MAX_BODY_BYTES).');
      expect(await problemOf(zstdRleBomb(1, { contentSize: 2 ** 40 }), 'zstd', max)).toBe('too_large: The zstd body declares 1099511627776 bytes of content, over the 65536-byte limit (COLLECTOR_MAX_BODY_BYTES).');
    });

    it('snappy: the block declares its length; one over the limit is refused on the varint alone', async () => {
      // varint 2^32-1 followed by nothing: the decoder is never called.
      expect(await problemOf(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), 'snappy', max)).toBe('too_large: The snappy body declares 4294967295 bytes uncompressed, over the 65536-byte limit (COLLECTOR_MAX_BODY_BYTES).');
    });

    it('lz4: a frame declaring a content size over the limit is refused before its blocks are read', async () => {
      const header = Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x68, 0x40, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
      expect(await problemOf(header, 'lz4', max)).toMatch(/^too_large: The lz4 body declares 72057594037927936 bytes of content/);
    });

    it('accepts a body that inflates to exactly the limit', async () => {
      const exact = Buffer.alloc(max, 'b');
      for (const [encoding, body] of [['gzip', gzipSync(exact)], ['snappy', snappyBlock(exact)], ['lz4', lz4Frame(exact)], ['x-snappy-framed', await snappyFramed(exact)], ['zstd', zstdRleBomb(1)]] as const) {
        expect((await decodeContentEncoding(body, encoding, max)).length).toBe(max);
      }
    });
  });
});
