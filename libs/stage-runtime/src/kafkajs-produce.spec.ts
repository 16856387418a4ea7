import { randomBytes } from 'node:crypto';
import { encodeProduceRequest, type ProduceArgs, type ProduceMessage } from './kafkajs-produce';
import { patchKafkajsProduceEncoder } from './kafkajs-patches';

// kafkajs' own Produce v3 request (what versions 4 to 7 reuse) and its Long: the reference.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kafkajsProduceV3 = require('kafkajs/src/protocol/requests/produce/v3/request') as (args: ProduceArgs) => { encode(): Promise<{ buffer: Buffer }> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Long = require('kafkajs/src/utils/long') as Parameters<typeof encodeProduceRequest>[2];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const produceRequests = require('kafkajs/src/protocol/requests/produce') as {
  protocol(o: { version: number }): (args: ProduceArgs) => { request: { apiVersion: number; encode(): Promise<{ buffer: Buffer; buf: Buffer; offset: number }> } };
};

const NOW = 1_764_806_400_123;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function kafkajsBytes(args: ProduceArgs): Promise<Buffer> {
  const spy = jest.spyOn(Date, 'now').mockReturnValue(NOW);
  try {
    return Buffer.from((await kafkajsProduceV3(args).encode()).buffer);
  } finally {
    spy.mockRestore();
  }
}

/** Random requests shaped like the pipeline's (keys, shared header objects) and beyond it. */
function randomArgs(rand: () => number): ProduceArgs {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const sharedHeaders = { 'tenant-id': pick(['default', 'acme', 'ünï']), 'received-at': String(NOW - Math.floor(rand() * 1e6)) };
  const message = (): ProduceMessage => {
    const key = pick([randomBytes(16).toString('hex'), randomBytes(Math.floor(rand() * 40)), null, undefined, 'tenant/ключ']);
    const value = pick([randomBytes(Math.floor(rand() * (rand() < 0.1 ? 20_000 : 600))), 'text value', '', null]);
    const headers = pick<ProduceMessage['headers']>([sharedHeaders, undefined, {}, { a: ['1', Buffer.from([0, 255])], 'dlq-reason': 'x'.repeat(Math.floor(rand() * 300)) }]);
    return { key, value, headers };
  };
  return {
    acks: pick([-1, 1]),
    timeout: Math.floor(rand() * 60_000),
    transactionalId: pick([undefined, null, 'tx-1', '']),
    producerId: pick([undefined, -1, 4711, '9007199254740993', Long.fromValue(12)]),
    producerEpoch: pick([undefined, 0, 3]),
    topicData: Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, t) => ({
      topic: `otlp-spans-${t}`,
      partitions: Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, p) => ({
        partition: p * 2 + t,
        firstSequence: pick([undefined, 0, Math.floor(rand() * 2 ** 31)]),
        messages: Array.from({ length: 1 + Math.floor(rand() * (rand() < 0.2 ? 300 : 10)) }, message),
      })),
    })),
  };
}

describe('encodeProduceRequest', () => {
  it('writes the same bytes as kafkajs\' Produce v3 request on 300 random requests', async () => {
    const rand = rng(7);
    for (let n = 0; n < 300; n++) {
      const args = randomArgs(rand);
      const ours = encodeProduceRequest(args, NOW, Long);
      expect(ours).toBeDefined();
      expect(ours?.equals(await kafkajsBytes(args))).toBe(true);
    }
  });

  it.each<[string, Partial<ProduceMessage> & { compression?: number }]>([
    ['compression', { compression: 1 }],
    ['a message timestamp', { timestamp: String(NOW) }],
    ['a null header value', { headers: { a: null as unknown as string } }],
    ['a numeric key', { key: 5 as unknown as string }],
  ])('leaves a request with %s to kafkajs', (_, extra) => {
    const { compression, ...message } = extra;
    const args: ProduceArgs = { acks: -1, timeout: 1_000, compression, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [{ key: 'k', value: 'v', ...message }] }] }] };
    expect(encodeProduceRequest(args, NOW, Long)).toBeUndefined();
  });

  it('leaves a partition without messages to kafkajs', () => {
    expect(encodeProduceRequest({ acks: -1, timeout: 1_000, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [] }] }] }, NOW, Long)).toBeUndefined();
  });
});

describe('patchKafkajsProduceEncoder', () => {
  beforeAll(() => {
    expect(patchKafkajsProduceEncoder()).toBe(true);
  });

  it('is idempotent', () => {
    expect(patchKafkajsProduceEncoder()).toBe(true);
  });

  it.each([3, 5, 7])('makes Produce v%i requests encode to kafkajs\' bytes, with kafkajs\' api version', async (version) => {
    const args = randomArgs(rng(version));
    const request = produceRequests.protocol({ version })(args).request;
    expect(request.apiVersion).toBe(version);
    const spy = jest.spyOn(Date, 'now').mockReturnValue(NOW);
    let encoded: { buffer: Buffer; buf: Buffer; offset: number };
    try {
      encoded = await request.encode();
    } finally {
      spy.mockRestore();
    }
    // The one-pass encoder sizes its buffer exactly; kafkajs' grows to a power of two.
    expect(encoded.buf.length).toBe(encoded.offset);
    expect(Buffer.from(encoded.buffer).equals(await kafkajsBytes(args))).toBe(true);
  });

  it.each([
    ['a usual client id', 'collector'],
    ['a client id longer than the room left in front of the body', 'c'.repeat(400)],
  ])('frames a request with %s to the bytes kafkajs frames, writing the header in front of the body when it fits', async (_, clientId) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const createRequest = require('kafkajs/src/protocol/request') as (o: { correlationId: number; clientId: string; request: unknown }) => Promise<{ buf: Buffer; buffer: Buffer }>;
    const args = randomArgs(rng(11));
    const spy = jest.spyOn(Date, 'now').mockReturnValue(NOW);
    try {
      const ours = await createRequest({ correlationId: 42, clientId, request: produceRequests.protocol({ version: 7 })(args).request });
      const theirs = await createRequest({ correlationId: 42, clientId, request: { ...kafkajsProduceV3(args), apiKey: 0, apiVersion: 7 } });
      expect(Buffer.from(ours.buffer).equals(Buffer.from(theirs.buffer))).toBe(true);
      // Framed in place: the request is a view into the body's own buffer, after its free room.
      if (clientId.length < 100) expect(ours.buf.byteOffset).toBeGreaterThan(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('falls back to kafkajs for what the fast encoder leaves (a compressed request still encodes)', async () => {
    const args: ProduceArgs = { acks: -1, timeout: 1_000, compression: 1, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [{ key: 'k', value: 'v' }] }] }] };
    const encoded = await produceRequests.protocol({ version: 7 })(args).request.encode();
    expect(encoded.buffer.length).toBeGreaterThan(0);
  });

  it('keeps what an Encoder wrote when it grows (uninitialised growth exposes no stale bytes)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Encoder = require('kafkajs/src/protocol/encoder') as new (size?: number) => { writeBytes(b: Buffer): unknown; writeInt32(v: number): unknown; buffer: Buffer };
    const e = new Encoder(4);
    const payload = randomBytes(5_000);
    e.writeInt32(7);
    e.writeBytes(payload);
    expect(e.buffer).toEqual(Buffer.concat([Buffer.from([0, 0, 0, 7, 0, 0, 0x13, 0x88]), payload]));
  });
});
