/**
 * What the caller should do about an error, in one list: a `permanent` error is bad input (reject
 * it, dead-letter it); a `dependency` error means something we rely on is down (back off, pause,
 * retry, never skip); anything else is `unclassified`, retried a few times, then dead-lettered.
 */
export const ERROR_KINDS = ['permanent', 'dependency', 'unclassified'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Bad input that no retry can fix: the message goes to the dead-letter topic at once. */
export class PermanentError extends Error {
  readonly kind = 'permanent' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentError';
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

/** A one-line description of any thrown value, for logs and dead-letter headers. */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}
