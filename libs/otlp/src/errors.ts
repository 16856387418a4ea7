/**
 * Bad OTLP input: bytes that are not the protobuf they claim to be, or OTLP/JSON with a value of
 * the wrong shape. The message names what was wrong and where (a byte offset or a JSON path), so
 * it can be returned to the sender as is. It is permanent: retrying the same input cannot succeed,
 * so callers reject the request (HTTP 400 / gRPC INVALID_ARGUMENT) or dead-letter the message.
 */
export class OtlpDecodeError extends Error {
  /** Always `permanent`: bad input, never a dependency failure. */
  readonly kind = 'permanent' as const;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OtlpDecodeError';
  }
}
