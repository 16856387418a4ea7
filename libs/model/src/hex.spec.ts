import { InvalidHexError, bytesToHex, hexToBytes, isAllZero } from './hex';

describe('bytesToHex / hexToBytes', () => {
  it('round-trips every byte value as two lowercase digits', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = bytesToHex(all);
    expect(hex).toBe(Buffer.from(all).toString('hex'));
    expect(hexToBytes(hex)).toEqual(all);
  });

  it('reads uppercase and mixed case', () => {
    expect(Array.from(hexToBytes('ABcd0F'))).toEqual([0xab, 0xcd, 0x0f]);
  });

  it('handles empty input', () => {
    expect(bytesToHex(new Uint8Array(0))).toBe('');
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
  });

  it.each([
    ['abc', 'Hex string has an odd length (3): every byte takes two hex digits.'],
    ['0g', 'Hex string has a non-hex character "g" at index 1.'],
    ['-1', 'Hex string has a non-hex character "-" at index 0.'],
    ['00é0', 'Hex string has a non-hex character "é" at index 2.'],
    ['0\u013000', 'Hex string has a non-hex character "İ" at index 1.'], // İ & 0x7f would be '0'
  ])('rejects %j', (input, message) => {
    expect(() => hexToBytes(input)).toThrow(new InvalidHexError(message));
    expect(() => hexToBytes(input)).toThrow(InvalidHexError);
  });
});

describe('isAllZero', () => {
  it('tells zero ids from others', () => {
    expect(isAllZero(new Uint8Array(16))).toBe(true);
    expect(isAllZero(Uint8Array.of(0, 0, 0, 1))).toBe(false);
  });
});
