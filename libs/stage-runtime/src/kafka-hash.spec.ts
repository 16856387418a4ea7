import { randomBytes } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { crc32c, keyPartition, murmur2, murmur2Partitioner } from './kafka-hash';

// kafkajs' own implementations, the reference these must equal.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C') as (buf: Buffer) => number;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (key: Buffer | string) => number;

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('crc32c', () => {
  it('gives the CRC-32C check value of "123456789" (0xE3069283)', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('equals kafkajs\' CRC-32C on 2,000 random buffers of 0 to 3,000 bytes', () => {
    const rand = rng(1);
    for (let n = 0; n < 2_000; n++) {
      const buf = randomBytes(Math.floor(rand() * 3_000));
      expect(crc32c(buf)).toBe(kafkajsCrc32c(buf));
    }
  });

  it('checksums only [start, end) of a larger buffer, at any alignment', () => {
    const rand = rng(2);
    const big = randomBytes(4_096);
    for (let n = 0; n < 500; n++) {
      const start = Math.floor(rand() * 2_000);
      const end = start + Math.floor(rand() * 2_000);
      expect(crc32c(big, start, end)).toBe(kafkajsCrc32c(big.subarray(start, end)));
    }
  });
});

describe('murmur2 and keyPartition', () => {
  it('equals kafkajs\' murmur2 on 20,000 hex trace ids and tenant/traceId keys', () => {
    for (let n = 0; n < 10_000; n++) {
      const traceId = randomBytes(16).toString('hex');
      expect(murmur2(traceId)).toBe(kafkajsMurmur2(traceId));
      const tenantKey = `tenant-${n % 7}/${traceId}`;
      expect(murmur2(tenantKey)).toBe(kafkajsMurmur2(tenantKey));
    }
  });

  it('equals kafkajs\' murmur2 on random Buffers of every length remainder and on non-ASCII strings', () => {
    const rand = rng(3);
    for (let n = 0; n < 5_000; n++) {
      const buf = randomBytes(Math.floor(rand() * 70));
      expect(murmur2(buf)).toBe(kafkajsMurmur2(buf));
    }
    for (const key of ['', 'a', 'ab', 'abc', 'abcd', 'ünïcødé', '租户/0af7651916cd43dd8448eb211c80319c', '😀x', 'x'.repeat(200)]) {
      expect(murmur2(key)).toBe(kafkajsMurmur2(key));
    }
  });

  it('gives the partition kafkajs\' DefaultPartitioner gives (Java-compatible) for 1 to 64 partitions', () => {
    const partitioner = Partitioners.DefaultPartitioner();
    for (const count of [1, 2, 3, 6, 12, 24, 50, 64]) {
      const partitionMetadata = Array.from({ length: count }, (_, i) => ({ partitionId: i, leader: 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));
      for (let n = 0; n < 2_000; n++) {
        const key = randomBytes(16).toString('hex');
        expect(keyPartition(key, count)).toBe(partitioner({ topic: 't', partitionMetadata, message: { key, value: null } }));
      }
    }
  });

  it('matches the Java client on known keys (values from kafka-clients Utils.murmur2)', () => {
    // Pinned so that a change of both implementations at once is noticed too.
    expect(murmur2('21')).toBe(kafkajsMurmur2('21'));
    expect(murmur2(Buffer.from('21'))).toBe(-973932308);
  });
});

describe('murmur2Partitioner', () => {
  const metadata = (count: number, leaderless: number[] = []) =>
    Array.from({ length: count }, (_, i) => ({ partitionId: i, leader: leaderless.includes(i) ? -1 : 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));

  it('gives every keyed record and every explicit partition the partition kafkajs\' DefaultPartitioner gives', () => {
    const ours = murmur2Partitioner();
    const kafkajs = Partitioners.DefaultPartitioner();
    for (const count of [1, 3, 12, 50]) {
      const partitionMetadata = metadata(count);
      for (let n = 0; n < 1_000; n++) {
        const key = n % 3 === 0 ? randomBytes(20) : `tenant/${randomBytes(16).toString('hex')}`;
        expect(ours({ topic: 't', partitionMetadata, message: { key } })).toBe(kafkajs({ topic: 't', partitionMetadata, message: { key, value: null } }));
      }
      expect(ours({ topic: 't', partitionMetadata, message: { key: 'k', partition: count - 1 } })).toBe(count - 1);
    }
  });

  it('sends keyless records round-robin over the partitions that have a leader', () => {
    const partition = murmur2Partitioner();
    const partitionMetadata = metadata(6, [1, 4]);
    const seen = Array.from({ length: 8 }, () => partition({ topic: 't', partitionMetadata, message: { key: null } }));
    expect(new Set(seen)).toEqual(new Set([0, 2, 3, 5]));
    // Consecutive records go to consecutive available partitions.
    const order = [0, 2, 3, 5];
    for (let i = 1; i < seen.length; i++) expect(order.indexOf(seen[i])).toBe((order.indexOf(seen[i - 1]) + 1) % order.length);
  });
});
