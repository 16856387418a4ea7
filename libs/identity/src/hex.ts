// Hex text <-> bytes, the one implementation every stage uses for trace and span ids. Hex
// conversion sits on the hot path of every stage (three ids per span), so both directions use
// lookup tables instead of toString(16)/parseInt/Buffer, and neither allocates more than its result.
//
// One contract for reading: either case is accepted, anything else (odd length, a non-hex
// character) throws InvalidHexError naming what and where; nothing is silently truncated or padded.
// Writing is always lowercase. Width checks (16 or 8 bytes, all zeros) are the caller's, through
// ids.ts, because what a wrong width means (reject, pad a 64-bit id) differs per protocol.

/** Two lowercase hex digits for every byte value. */
const BYTE_TO_HEX: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** The value of a hex digit by char code, or -1; both cases are accepted when reading. */
const HEX_TO_NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_TO_NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_TO_NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/**
 * InvalidHexError is thrown by {@link hexToBytes} and {@link writeHexInto} for a string that is not
 * hex. It is permanent: the input is bad, not a dependency, so callers reject or dead-letter it
 * (usually wrapped, with this error as `cause`, in their own error naming the field).
 */
export class InvalidHexError extends Error {
  /** Always `permanent`: bad input, never a dependency failure. */
  readonly kind = 'permanent' as const;

  constructor(message: string) {
    super(message);
    this.name = 'InvalidHexError';
  }
}

/** bytesToHex writes bytes as lowercase hex, two digits per byte (an empty array gives ''). */
export function bytesToHex(bytes: Uint8Array): string {
  return hexOfRange(bytes, 0, bytes.length);
}

/**
 * hexToBytes reads a hex string (either case) into a new array, two digits per byte; '' gives an
 * empty array. It checks no width: see traceIdProblem / spanIdProblem.
 *
 * @throws InvalidHexError when the length is odd or a character is not a hex digit (the message
 *   says which character and where).
 */
export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >>> 1);
  writeHexInto(hex, out, 0);
  return out;
}

/** hexOfRange writes `buf[start..end)` as lowercase hex without copying the bytes out first. */
export function hexOfRange(buf: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += BYTE_TO_HEX[buf[i]];
  return out;
}

/**
 * writeHexInto reads hex (either case) into `out` at `offset`, for writers that own a buffer and
 * want no intermediate array; the caller has made room for `hex.length / 2` bytes. Returns whether
 * every byte was 0 (an invalid id), so id writers need no second pass.
 *
 * @throws InvalidHexError when the length is odd or a character is not a hex digit; bytes before
 *   the bad character may already be written.
 */
export function writeHexInto(hex: string, out: Uint8Array, offset: number): boolean {
  const len = hex.length;
  if ((len & 1) !== 0) {
    throw new InvalidHexError(`Hex string has an odd length (${len}): every byte takes two hex digits.`);
  }
  let any = 0;
  for (let i = 0, j = offset; i < len; i += 2, j++) {
    const c1 = hex.charCodeAt(i);
    const c2 = hex.charCodeAt(i + 1);
    // Char codes >= 128 index past the table and read undefined, which `< 0` checks miss, so they
    // are tested explicitly.
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
