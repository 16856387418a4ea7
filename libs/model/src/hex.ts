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
