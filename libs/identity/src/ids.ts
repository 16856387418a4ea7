// The identity rules of ARCHITECTURE.md "Identity" that are checked in more than one stage: the
// widths of trace and span ids, the all-zero invalid id, and the service name of a span that
// names none. Every stage asks here, so a change to one of these rules is made once.

/** A trace id is 16 bytes (32 lowercase hex digits when written as text). */
export const TRACE_ID_BYTES = 16;

/** A span id is 8 bytes (16 lowercase hex digits when written as text). */
export const SPAN_ID_BYTES = 8;

/**
 * The service name of a span whose sender named none: OpenTelemetry's default. A stored span never
 * has an empty service name.
 */
export const UNKNOWN_SERVICE = 'unknown_service';

/**
 * Whether a service name says "no service": empty, {@link UNKNOWN_SERVICE}, or the SDKs'
 * `unknown_service:<process>` (what OpenTelemetry SDKs send when only the executable is known).
 */
export function isUnknownService(name: string): boolean {
  return name === '' || name === UNKNOWN_SERVICE || name.startsWith(`${UNKNOWN_SERVICE}:`);
}

/** Whether every byte is 0 (the invalid trace or span id of W3C and OTLP); true for no bytes. */
export function isAllZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/**
 * Whether every byte of `buf[start..end)` is 0: {@link isAllZero} for an id still inside the
 * message it came in, without a subarray per id on the hot path.
 */
export function isAllZeroRange(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 0) return false;
  return true;
}

/**
 * Why `id` is not a valid trace id (16 bytes, not all zero), as a phrase for an error message
 * ("trace id has 8 bytes, expected 16"), or `undefined` when it is valid. Never throws.
 */
export function traceIdProblem(id: Uint8Array | undefined): string | undefined {
  return idProblem(id, TRACE_ID_BYTES, 'trace id');
}

/**
 * Why `id` is not a valid span id (8 bytes, not all zero), as a phrase for an error message
 * ("span id is all zeros"), or `undefined` when it is valid. Never throws.
 */
export function spanIdProblem(id: Uint8Array | undefined): string | undefined {
  return idProblem(id, SPAN_ID_BYTES, 'span id');
}

/** Why hex text is not an id of the asked width, in one list; callers word the message. */
export const HEX_ID_PROBLEMS = ['empty', 'too_long', 'not_hex', 'all_zeros'] as const;
export type HexIdProblem = (typeof HEX_ID_PROBLEMS)[number];

/**
 * Reads an id that a sender or a user wrote as hex text, as leniently as ARCHITECTURE.md
 * "Identity" allows: either case, 1 to `2 * bytes` digits, a shorter id left-padded with zeros (a
 * 64-bit Zipkin or Jaeger trace id, Zipkin's `"id": "2"`). Gives the id as stored (lowercase,
 * exactly `2 * bytes` digits) or what is wrong with the text; never throws. For ids that must
 * already be full width (OTLP), use hexToBytes and traceIdProblem / spanIdProblem instead.
 */
export function parseHexId(text: string, bytes: number): { id: string; problem?: undefined } | { id?: undefined; problem: HexIdProblem } {
  const width = bytes * 2;
  if (text.length === 0) return { problem: 'empty' };
  if (text.length > width) return { problem: 'too_long' };
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))) return { problem: 'not_hex' };
    if (c !== 0x30) any = true;
  }
  if (!any) return { problem: 'all_zeros' };
  return { id: text.toLowerCase().padStart(width, '0') };
}

function idProblem(id: Uint8Array | undefined, width: number, what: string): string | undefined {
  if (!id || id.length === 0) return `${what} is missing`;
  if (id.length !== width) return `${what} has ${id.length} bytes, expected ${width}`;
  if (isAllZero(id)) return `${what} is all zeros`;
  return undefined;
}
