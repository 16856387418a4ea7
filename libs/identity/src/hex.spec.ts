// The one hex contract (hex.ts), with the edge cases of both libraries it replaced: libs/model's
// (threw InvalidHexError) and libs/otlp's (returned undefined, which callers turned into their own
// errors). Reading accepts either case and throws on anything else; writing is lowercase.
import { InvalidHexError, bytesToHex, hexOfRange, hexToBytes, writeHexInto } from './index';

describe('bytesToHex / hexToBytes', () => {
  it('round-trips every byte value as two lowercase digits', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = bytesToHex(all);
    expect(hex).toBe(Buffer.from(all).toString('hex'));
    expect(hexToBytes(hex)).toEqual(all);
  });

  it('reads uppercase and mixed case, and writes lowercase', () => {
    expect(Array.from(hexToBytes('ABcd0F'))).toEqual([0xab, 0xcd, 0x0f]);
    expect(bytesToHex(hexToBytes('4BF92F3577B34DA6A3CE929D0E0E4736'))).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('handles empty input', () => {
    expect(bytesToHex(new Uint8Array(0))).toBe('');
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
  });

  it('keeps all-zero ids as bytes (whether zero is valid is the id checks\' call, not hex\'s)', () => {
    expect(hexToBytes('0'.repeat(32))).toEqual(new Uint8Array(16));
    expect(bytesToHex(new Uint8Array(8))).toBe('0'.repeat(16));
  });

  it('reads any even width: a wrong id width is for traceIdProblem / spanIdProblem to name', () => {
    expect(hexToBytes('00f067aa0ba902b7')).toHaveLength(8);
    expect(hexToBytes('00f067aa0ba902b700')).toHaveLength(9);
  });

  it('writes a Buffer (a subclass) the same as a Uint8Array', () => {
    expect(bytesToHex(Buffer.from('00ff10', 'hex'))).toBe('00ff10');
  });

  it.each([
    ['abc', 'Hex string has an odd length (3): every byte takes two hex digits.'],
    ['4bf92f3577b34da6a3ce929d0e0e473', 'Hex string has an odd length (31): every byte takes two hex digits.'],
    ['0g', 'Hex string has a non-hex character "g" at index 1.'],
    ['-1', 'Hex string has a non-hex character "-" at index 0.'],
    [' 0', 'Hex string has a non-hex character " " at index 0.'],
    ['0x12', 'Hex string has a non-hex character "x" at index 1.'],
    ['00é0', 'Hex string has a non-hex character "é" at index 2.'],
    ['0\u013000', 'Hex string has a non-hex character "İ" at index 1.'], // İ & 0x7f would be '0'
    ['12zz', 'Hex string has a non-hex character "z" at index 2.'], // Buffer.from(…, 'hex') would give [0x12]
  ])('rejects %j with an error naming what is wrong', (input, message) => {
    expect(() => hexToBytes(input)).toThrow(new InvalidHexError(message));
    expect(() => hexToBytes(input)).toThrow(InvalidHexError);
  });

  it('classifies its error as permanent (bad input, never retried)', () => {
    expect(() => hexToBytes('zz')).toThrow(expect.objectContaining({ kind: 'permanent', name: 'InvalidHexError' }));
  });
});

describe('hexOfRange', () => {
  it('writes a slice of a larger buffer without copying it out', () => {
    const buf = Uint8Array.of(1, 0xab, 0xcd, 2);
    expect(hexOfRange(buf, 1, 3)).toBe('abcd');
    expect(hexOfRange(buf, 2, 2)).toBe('');
  });
});

describe('writeHexInto', () => {
  it('writes at an offset and says whether every byte was zero', () => {
    const out = new Uint8Array(6).fill(0xee);
    expect(writeHexInto('00A0', out, 2)).toBe(false);
    expect(Array.from(out)).toEqual([0xee, 0xee, 0x00, 0xa0, 0xee, 0xee]);
    expect(writeHexInto('0000', out, 0)).toBe(true);
    expect(Array.from(out.subarray(0, 2))).toEqual([0, 0]);
  });

  it('throws the same errors as hexToBytes, odd length included', () => {
    expect(() => writeHexInto('abc', new Uint8Array(2), 0)).toThrow(new InvalidHexError('Hex string has an odd length (3): every byte takes two hex digits.'));
    expect(() => writeHexInto('a?', new Uint8Array(1), 0)).toThrow(new InvalidHexError('Hex string has a non-hex character "?" at index 1.'));
  });
});
