import { PermanentError } from './errors';

/**
 * Runs a decoder and turns whatever it throws into a PermanentError naming what was being decoded,
 * so a message that cannot be decoded is dead-lettered at once (reason `undecodable`) instead of retried.
 */
export function decodeOrReject<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    throw new PermanentError(`could not decode ${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err, reason: 'undecodable' });
  }
}
