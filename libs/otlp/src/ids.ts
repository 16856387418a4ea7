const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase hex of `bytes`: how trace and span ids are written everywhere (ARCHITECTURE "Identity"). */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]];
  return out;
}

/**
 * Bytes of a hex string (either case), or `undefined` when it is not an even-length hex string,
 * so callers can say in their own words what was wrong and where.
 */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

/** True when every byte is zero (an invalid trace or span id in W3C and OTLP). */
export function isAllZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** Why `id` is not a valid trace id (16 bytes, not all zero), or `undefined` when it is valid. */
export function traceIdProblem(id: Uint8Array | undefined): string | undefined {
  if (!id || id.length === 0) return 'trace id is missing';
  if (id.length !== 16) return `trace id has ${id.length} bytes, expected 16`;
  if (isAllZero(id)) return 'trace id is all zeros';
  return undefined;
}

/** Why `id` is not a valid span id (8 bytes, not all zero), or `undefined` when it is valid. */
export function spanIdProblem(id: Uint8Array | undefined): string | undefined {
  if (!id || id.length === 0) return 'span id is missing';
  if (id.length !== 8) return `span id has ${id.length} bytes, expected 8`;
  if (isAllZero(id)) return 'span id is all zeros';
  return undefined;
}
