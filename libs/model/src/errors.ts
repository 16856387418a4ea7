/** The model messages a codec reads or writes; named in errors and DLQ headers. */
export type ModelMessageType = 'RawSpan' | 'RawSpanFragment' | 'StructuredTrace';

/** Options of {@link ModelDecodeError} and {@link ModelEncodeError}. */
export interface ModelErrorOptions {
  /** The message being decoded or encoded. */
  messageType: ModelMessageType;
  /** The offending field as a path, e.g. `spans[2].span_id`; absent when the bytes as a whole are bad. */
  field?: string;
  /** The underlying error, e.g. protobufjs's "index out of range". */
  cause?: unknown;
}

/**
 * ModelDecodeError is thrown when bytes are not a valid model message: malformed protobuf, or
 * ids of the wrong length or all zero. It is permanent: retrying the same bytes fails again, so
 * the caller dead-letters the message and goes on.
 */
export class ModelDecodeError extends Error {
  /** The message type that could not be decoded. */
  readonly messageType: ModelMessageType;
  /** The offending field, when one field is to blame. */
  readonly field: string | undefined;

  constructor(message: string, options: ModelErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ModelDecodeError';
    this.messageType = options.messageType;
    this.field = options.field;
  }
}

/**
 * ModelEncodeError is thrown when a domain object cannot be written: an id that is not hex of
 * the right length, a timestamp outside uint64. It is permanent and points at a bug upstream of
 * the encoder; nothing is written, so no consumer ever sees what it would reject.
 */
export class ModelEncodeError extends Error {
  /** The message type that could not be encoded. */
  readonly messageType: ModelMessageType;
  /** The offending field, when one field is to blame. */
  readonly field: string | undefined;

  constructor(message: string, options: ModelErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ModelEncodeError';
    this.messageType = options.messageType;
    this.field = options.field;
  }
}
