import { consistentSample, samplingHash, scaledSamplingRate } from './index';

// Vectors computed with Go's hash/fnv exactly as processor/probabilisticsamplerprocessor's
// computeHash does it (fnv.New32a, Write(i32tob(seed)) with the seed little-endian, Write(traceID)),
// and the scaled rate as uint32(float32 pct * (0x4000 / 100.0)).
const VECTORS: [seed: number, traceId: string, hash: number][] = [
  [0, '0102030405060708090a0b0c0d0e0f10', 3743685157],
  [0, '4bf92f3577b34da6a3ce929d0e0e4736', 874528909],
  [0, '00000000000000000000000000000001', 3103711938],
  [0, 'ffffffffffffffffffffffffffffffff', 689575237],
  [1, '0102030405060708090a0b0c0d0e0f10', 108218324],
  [1, '4bf92f3577b34da6a3ce929d0e0e4736', 1350035128],
  [22, '0102030405060708090a0b0c0d0e0f10', 3630412867],
  [22, '4bf92f3577b34da6a3ce929d0e0e4736', 1443901547],
  [22, '00000000000000000000000000000001', 2034101552],
  [0xdeadbeef, '0102030405060708090a0b0c0d0e0f10', 1808482731],
  [0xdeadbeef, 'ffffffffffffffffffffffffffffffff', 2853776763],
];

const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'));

describe('consistentSample (OpenTelemetry Collector probabilistic sampler, hash_seed mode)', () => {
  it.each(VECTORS)('hashes seed %d and trace %s like the collector', (seed, traceId, hash) => {
    expect(samplingHash(hex(traceId), seed)).toBe(hash);
  });

  it.each([
    [0.001, 0],
    [0.01, 1],
    [1, 163],
    [10, 1638],
    [25, 4096],
    [33.3, 5455],
    [50, 8192],
    [99.99, 16382],
    [100, 16384],
    [150, 16384],
    [0, 0],
    [-5, 0],
  ])('scales %d%% to %d of 16384 buckets', (pct, scaled) => {
    expect(scaledSamplingRate(pct)).toBe(scaled);
  });

  it('keeps a trace exactly when the low 14 bits of the hash are below the scaled rate', () => {
    // seed 0, 4bf9...: hash 874528909, low 14 bits = 141. seed 22, 0102...: low 14 bits = 13379.
    expect(consistentSample(hex('4bf92f3577b34da6a3ce929d0e0e4736'), 0, 1)).toBe(true); // 141 < 163
    expect(consistentSample(hex('4bf92f3577b34da6a3ce929d0e0e4736'), 0, 0.5)).toBe(false); // 141 >= 81
    expect(consistentSample(hex('0102030405060708090a0b0c0d0e0f10'), 22, 81.6)).toBe(false); // 13379 >= 13369
    expect(consistentSample(hex('0102030405060708090a0b0c0d0e0f10'), 22, 81.7)).toBe(true); // 13379 < 13385
  });

  it('never samples at 0% and always at 100%', () => {
    for (const [seed, traceId] of VECTORS) {
      expect(consistentSample(hex(traceId), seed, 0)).toBe(false);
      expect(consistentSample(hex(traceId), seed, 100)).toBe(true);
    }
  });

  it('gives the same decision every time and keeps roughly the configured share', () => {
    let kept = 0;
    const id = new Uint8Array(16);
    for (let i = 0; i < 20000; i++) {
      id.set([i & 0xff, (i >> 8) & 0xff, 7, 9], 0);
      const decision = consistentSample(id, 42, 25);
      expect(consistentSample(id, 42, 25)).toBe(decision);
      if (decision) kept++;
    }
    expect(kept / 20000).toBeGreaterThan(0.23);
    expect(kept / 20000).toBeLessThan(0.27);
  });

  it('is monotonic in the percentage: a trace kept at p is kept at every higher p', () => {
    const id = hex('4bf92f3577b34da6a3ce929d0e0e4736');
    let seen = false;
    for (let p = 0; p <= 100; p += 0.5) {
      const d = consistentSample(id, 5, p);
      if (seen) expect(d).toBe(true);
      seen ||= d;
    }
  });
});
