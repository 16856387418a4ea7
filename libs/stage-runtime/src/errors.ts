/**
 * What the caller should do about an error, in one list: a `permanent` error is bad input (reject
 * it, dead-letter it); a `dependency` error means something we rely on is down (back off, pause,
 * retry, never skip); anything else is `unclassified`, retried a few times, then dead-lettered.
 */
export const ERROR_KINDS = ['permanent', 'dependency', 'unclassified'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * Why a message was dead-lettered, in one bounded list: the `reason` label of
 * `stage_dead_lettered_total` and the `dlq-reason` header, so an operator can count, list and
 * replay dead letters by cause (never free text: the error message is in `dlq-error`).
 * - `undecodable`: the bytes are not the topic's schema (see {@link decodeOrReject}).
 * - `unsupported-format-version`: the record's `format-version` header names a format this
 *   consumer cannot read (a newer producer): replay it once consumers are upgraded.
 * - `invalid`: decoded, but breaks the topic's contract (ids, required fields); the default of a
 *   {@link PermanentError} that names no reason.
 * - `too-large`: over the record-size limit even once split.
 * - `refused-by-store`: a store (ClickHouse, the document store) refused the data as bad.
 * - `tenant-rejected`: the tenant is not one the pipeline admits.
 * - `retries-exhausted`: an unclassified error persisted through every attempt.
 * - `unknown`: read from a dead-letter record that names no reason (written before reasons
 *   existed); never written by the runtime.
 */
export const DEAD_LETTER_REASONS = ['undecodable', 'unsupported-format-version', 'invalid', 'too-large', 'refused-by-store', 'tenant-rejected', 'retries-exhausted', 'unknown'] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

/** Whether a string (a header, a flag) is one of {@link DEAD_LETTER_REASONS}. */
export function isDeadLetterReason(value: string | undefined): value is DeadLetterReason {
  return (DEAD_LETTER_REASONS as readonly (string | undefined)[]).includes(value);
}

/** Bad input that no retry can fix: the message goes to the dead-letter topic at once, under `reason` (default `invalid`). */
export class PermanentError extends Error {
  readonly kind = 'permanent' as const;
  readonly reason: DeadLetterReason;
  constructor(message: string, options?: { cause?: unknown; reason?: DeadLetterReason }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PermanentError';
    this.reason = options?.reason ?? 'invalid';
  }
}

/** A dependency (Kafka, document store, ClickHouse) is unreachable: the stage pauses and retries. */
export class DependencyUnavailableError extends Error {
  readonly kind = 'dependency' as const;
  constructor(
    readonly dependency: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DependencyUnavailableError';
  }
}

/** The kind of any thrown value (see {@link ERROR_KINDS}). */
export function errorKind(err: unknown): ErrorKind {
  if (err instanceof PermanentError) return 'permanent';
  if (err instanceof DependencyUnavailableError) return 'dependency';
  return 'unclassified';
}

/**
 * The dead-letter reason of a thrown value: a {@link PermanentError} names its own; another error
 * dead-lettered as `permanent` by its caller is `invalid`; anything else reached the dead-letter
 * topic only by exhausting its retries.
 */
export function deadLetterReason(err: unknown, kind: string = errorKind(err)): DeadLetterReason {
  if (err instanceof PermanentError) return err.reason;
  return kind === 'permanent' ? 'invalid' : 'retries-exhausted';
}

/** A one-line description of any thrown value, for logs and dead-letter headers. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    // decodeOrReject and others already quote their cause's message: do not say it twice.
    const cause = err.cause instanceof Error && !err.message.includes(err.cause.message) ? `: ${err.cause.message}` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}
