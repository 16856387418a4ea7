import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { status } from '@grpc/grpc-js';
import { installGrpcZstd } from './grpc-zstd';

// The patched method is grpc-js's own (BaseServerInterceptingCall#decompressMessage), called here
// as grpc-js calls it: on the whole gRPC frame, with the server's receive limit on `this`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BaseServerInterceptingCall } = require('@grpc/grpc-js/build/src/server-interceptors') as {
  BaseServerInterceptingCall: { prototype: { decompressMessage(this: { maxReceiveMessageSize: number }, message: Buffer, encoding: string): Buffer | Promise<Buffer> } };
};
const decompress = (encoding: string, payload: Buffer, maxReceiveMessageSize: number): Promise<Buffer> =>
  Promise.resolve(BaseServerInterceptingCall.prototype.decompressMessage.call({ maxReceiveMessageSize }, Buffer.concat([Buffer.from([1, 0, 0, 0, 0]), payload]), encoding));

// Made by the zstd command-line tool from the OTLP JSON below (testdata/README.md).
const json = readFileSync(join(__dirname, '../receivers/otlp/testdata/two-services-one-trace.json'));
const zst = readFileSync(join(__dirname, 'testdata/two-services-one-trace.json.zst'));

describe('zstd in grpc-js', () => {
  it('installs on this grpc-js (fails the day an upgrade moves the method it extends)', () => {
    expect(installGrpcZstd()).toBe(true);
    expect(installGrpcZstd()).toBe(true);
  });

  it('reads a zstd message, and leaves gzip to grpc-js', async () => {
    installGrpcZstd();
    expect((await decompress('zstd', zst, 4 << 20)).equals(json)).toBe(true);
    expect((await decompress('gzip', gzipSync(json), 4 << 20)).equals(json)).toBe(true);
  });

  it('refuses a message over the receive limit as grpc-js refuses a gzip one, and a corrupt one as INTERNAL', async () => {
    installGrpcZstd();
    await expect(decompress('zstd', zst, json.length - 1)).rejects.toEqual({ code: status.RESOURCE_EXHAUSTED, details: `Received message that decompresses to a size larger than ${json.length - 1}` });
    await expect(decompress('zstd', Buffer.from('not zstd at all'), 4 << 20)).rejects.toMatchObject({ code: status.INTERNAL, details: expect.stringContaining('Failed to decompress message: ') });
  });
});
