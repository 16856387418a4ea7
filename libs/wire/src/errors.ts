/**
 * WireError says bytes are not well-formed protobuf: a truncated value, a varint longer than 10
 * bytes, field number 0, a wire type that does not exist or that the message never uses, a nested
 * message that overruns its length. The message says what and at which byte offset. It is
 * permanent (the bytes are bad, not a dependency); each codec turns it into its own error type
 * (ModelDecodeError, OtlpDecodeError) with this one as `cause`, naming the message it was reading.
 */
export class WireError extends Error {
  /** Always `permanent`: bad input, never a dependency failure. */
  readonly kind = 'permanent' as const;

  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}
