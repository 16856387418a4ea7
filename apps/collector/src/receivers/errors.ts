/**
 * A receiver could not decode a request body: malformed bytes or JSON, a missing required field
 * (trace id, span id), or an invalid id (wrong length, all zeros). The message names the span and
 * field, e.g. `span[2].traceId: "xyz" is not hex`, so the transport can return it to the sender.
 * It is permanent: the transport answers HTTP 400 / gRPC INVALID_ARGUMENT and never retries.
 */
export class ReceiverDecodeError extends Error {
  /** Always `permanent`: bad input, never a dependency failure. */
  readonly kind = 'permanent' as const;

  /** What was wrong: the body as a whole, or a trace/span id (missing, wrong length, all zeros). */
  readonly problem: 'malformed' | 'invalid_id';

  constructor(message: string, options?: { cause?: unknown; problem?: 'malformed' | 'invalid_id' }) {
    super(message, options);
    this.name = 'ReceiverDecodeError';
    this.problem = options?.problem ?? 'malformed';
  }
}
