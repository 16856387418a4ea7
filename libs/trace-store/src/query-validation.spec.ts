import { checkAttributes, checkLimit, checkRange, checkStep, checkTraceId, TraceQueryError } from './query-validation';

describe('read query validation', () => {
  it('accepts trace ids as ARCHITECTURE.md does: any case, short ids left-padded', () => {
    expect(checkTraceId('4BF92F3577B34DA6A3CE929D0E0E4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(checkTraceId('a3ce929d0e0e4736')).toBe('0000000000000000a3ce929d0e0e4736');
    expect(() => checkTraceId('000')).toThrow('traceId: must not be all zeros');
    expect(() => checkTraceId('xyz')).toThrow(TraceQueryError);
    expect(() => checkTraceId('1'.repeat(33))).toThrow('traceId: must be 1 to 32 hex digits');
  });

  it('names the bad parameter', () => {
    expect(() => checkRange({ fromUnixNano: 10n, toUnixNano: 5n })).toThrow('range.toUnixNano: must be after fromUnixNano (got 10 .. 5)');
    expect(() => checkRange({ fromUnixNano: 1, toUnixNano: 5 })).toThrow('range: must have fromUnixNano and toUnixNano as bigint nanoseconds');
    expect(() => checkLimit(1001)).toThrow('limit: must be an integer from 1 to 1000 (got 1001)');
    expect(checkLimit(undefined)).toBe(20);
    expect(() => checkAttributes({ '': 'x' })).toThrow('attributes: keys must have 1 to 256 characters');
    expect(() => checkAttributes({ k: 1 })).toThrow('attributes.k: must be a string');
    expect(() => checkStep(60, { fromUnixNano: 0n, toUnixNano: 60n * 1_000_000_000n * 10_001n })).toThrow('stepSeconds: gives 10001 buckets over the range; at most 10000');
    expect(checkStep(60, { fromUnixNano: 0n, toUnixNano: 60n * 1_000_000_000n * 10_000n })).toBe(60);
  });
});
