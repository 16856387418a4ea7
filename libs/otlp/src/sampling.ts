// Mirrors the OpenTelemetry Collector probabilistic sampler processor in `hash_seed` mode
// (opentelemetry-collector-contrib processor/probabilisticsamplerprocessor: fnvhasher.go and
// sampler_mode.go), so a tracehouse collector and an OpenTelemetry Collector configured with the
// same seed and percentage keep exactly the same traces:
//
//   1. hash = FNV-1a 32-bit over the 4 seed bytes, least significant byte first (i32tob), then
//      over the 16 trace id bytes in order;
//   2. bucket = hash & 0x3fff (the low 14 bits; numHashBuckets = 2^14);
//   3. scaled = uint32(float32(percentage) * float32(2^14 / 100)) — the multiplication is done in
//      float32 and truncated toward zero, which the processor keeps for backward compatibility;
//      percentages above 100 count as 100; a scaled rate of 0 never samples;
//   4. keep the trace when bucket < scaled.
// (The processor now expresses step 4 as a W3C threshold comparison, T' = 2^14 - scaled against
// R' = 2^14 - 1 - bucket in the top 14 of 56 bits; T' <= R' holds exactly when bucket < scaled.)

const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;
const NUM_HASH_BUCKETS = 0x4000;
const BUCKET_MASK = NUM_HASH_BUCKETS - 1;
const PERCENTAGE_SCALE = Math.fround(NUM_HASH_BUCKETS / 100);

function fnv1a32Step(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV32_PRIME) >>> 0;
}

/** FNV-1a 32-bit hash of the little-endian seed bytes followed by `bytes`, as the sampler computes it. */
export function samplingHash(bytes: Uint8Array, seed: number): number {
  let hash = FNV32_OFFSET;
  const s = seed >>> 0;
  for (let i = 0; i < 4; i++) hash = fnv1a32Step(hash, (s >>> (8 * i)) & 0xff);
  for (let i = 0; i < bytes.length; i++) hash = fnv1a32Step(hash, bytes[i]);
  return hash;
}

/** The accept threshold out of 2^14 buckets for `percentage`, computed as the processor does (float32, truncated). */
export function scaledSamplingRate(percentage: number): number {
  if (!(percentage > 0)) return 0;
  const pct = Math.fround(Math.min(percentage, 100));
  return Math.trunc(Math.fround(pct * PERCENTAGE_SCALE));
}

/**
 * Whether the trace with id `traceIdBytes` is kept by a consistent probabilistic sampler keeping
 * `percentage` percent of traces with hash seed `seed` (an unsigned 32-bit integer), with the same
 * decision as the OpenTelemetry Collector's probabilistic sampler in `hash_seed` mode. Every span
 * of a trace gets the same decision, on any collector replica configured alike.
 */
export function consistentSample(traceIdBytes: Uint8Array, seed: number, percentage: number): boolean {
  const scaled = scaledSamplingRate(percentage);
  if (scaled === 0) return false;
  return (samplingHash(traceIdBytes, seed) & BUCKET_MASK) < scaled;
}
