// Hex conversion sits on the hot path of every stage (three ids per span), so both directions
// use lookup tables instead of toString(16)/parseInt, and neither allocates more than its result.

/** Two lowercase hex digits for every byte value. */
const BYTE_TO_HEX: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** The value of a hex digit by char code, or -1; both cases are accepted when reading. */
const HEX_TO_NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_TO_NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_TO_NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/**
 * InvalidHexError is thrown by {@link hexToBytes} for a string that is not hex. It is permanent:
 * the input is bad, not a dependency.
 */
export class InvalidHexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidHexError';
  }
}

/** bytesToHex writes bytes as lowercase hex, two digits per byte (an empty array gives ''). */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += BYTE_TO_HEX[bytes[i]];
  return out;
}

/**
 * hexToBytes reads a hex string (either case) into bytes, two digits per byte.
 *
 * @throws InvalidHexError when the length is odd or a character is not a hex digit.
 */
export function hexToBytes(hex: string): Uint8Array {
  const len = hex.length;
  if ((len & 1) !== 0) {
    throw new InvalidHexError(`Hex string has an odd length (${len}): every byte takes two hex digits.`);
  }
  const out = new Uint8Array(len >>> 1);
  for (let i = 0, j = 0; i < len; i += 2, j++) {
    const c1 = hex.charCodeAt(i);
    const c2 = hex.charCodeAt(i + 1);
    // Char codes >= 128 index past the table and read undefined, which `| -1` style checks miss,
    // so they are tested explicitly.
    const hi = c1 < 128 ? HEX_TO_NIBBLE[c1] : -1;
    const lo = c2 < 128 ? HEX_TO_NIBBLE[c2] : -1;
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? i : i + 1;
      throw new InvalidHexError(`Hex string has a non-hex character ${JSON.stringify(hex[at])} at index ${at}.`);
    }
    out[j] = (hi << 4) | lo;
  }
  return out;
}

/** isAllZero tells whether every byte is 0 (the invalid trace or span id of W3C and OTLP). */
export function isAllZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** hexOfRange writes `buf[start..end)` as lowercase hex without copying the bytes out first. */
export function hexOfRange(buf: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += BYTE_TO_HEX[buf[i]];
  return out;
}

/** isAllZeroRange tells whether every byte of `buf[start..end)` is 0. */
export function isAllZeroRange(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 0) return false;
  return true;
}

/**
 * writeHexInto reads hex (either case) into `out` at `offset`, for writers that own a buffer and
 * want no intermediate array; the caller has checked the length is even and fits. Returns whether
 * every byte was 0.
 *
 * @throws InvalidHexError when a character is not a hex digit.
 */
export function writeHexInto(hex: string, out: Uint8Array, offset: number): boolean {
  let any = 0;
  for (let i = 0, j = offset; i < hex.length; i += 2, j++) {
    const c1 = hex.charCodeAt(i);
    const c2 = hex.charCodeAt(i + 1);
    const hi = c1 < 128 ? HEX_TO_NIBBLE[c1] : -1;
    const lo = c2 < 128 ? HEX_TO_NIBBLE[c2] : -1;
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? i : i + 1;
      throw new InvalidHexError(`Hex string has a non-hex character ${JSON.stringify(hex[at])} at index ${at}.`);
    }
    const b = (hi << 4) | lo;
    out[j] = b;
    any |= b;
  }
  return any === 0;
}
