import { isDeadLetterReason, PermanentError, type DeadLetterReason } from './errors';

/**
 * Runs a decoder and turns whatever it throws into a PermanentError naming what was being decoded,
 * so a message that cannot be decoded is dead-lettered at once instead of retried: under reason
 * `undecodable`, or under the reason the decoder's error names in a `deadLetterReason` property
 * (the topic contracts' error for a format version the consumer cannot read says
 * `unsupported-format-version`, without the contracts depending on the runtime).
 */
export function decodeOrReject<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    throw new PermanentError(`could not decode ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err, reason: namedReason(err) ?? 'undecodable' });
  }
}

/** The dead-letter reason an error names for itself, if it names a known one. */
function namedReason(err: unknown): DeadLetterReason | undefined {
  if (typeof err !== 'object' || err === null || !('deadLetterReason' in err)) return undefined;
  const reason = (err as { deadLetterReason: unknown }).deadLetterReason;
  return typeof reason === 'string' && isDeadLetterReason(reason) ? reason : undefined;
}
