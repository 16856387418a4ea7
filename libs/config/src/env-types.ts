import { z } from 'zod';

/**
 * Reusable zod types for environment variables. Each parses the string form and states what a valid
 * value looks like in its message, e.g. "must be an integer from 1 to 65535".
 */
export const env = {
  /** A TCP port. */
  port: () => z.coerce.number({ error: 'must be a port number' }).int('must be an integer from 1 to 65535').min(1, 'must be an integer from 1 to 65535').max(65535, 'must be an integer from 1 to 65535'),
  /** A positive integer, with optional bounds. */
  int: (min = 1, max = Number.MAX_SAFE_INTEGER) =>
    z.coerce.number({ error: `must be an integer from ${min} to ${max}` }).int(`must be an integer from ${min} to ${max}`).min(min, `must be an integer from ${min} to ${max}`).max(max, `must be an integer from ${min} to ${max}`),
  /** A number, with optional bounds. */
  number: (min = -Infinity, max = Infinity) =>
    z.coerce.number({ error: `must be a number from ${min} to ${max}` }).min(min, `must be a number from ${min} to ${max}`).max(max, `must be a number from ${min} to ${max}`),
  /** true/false, 1/0, yes/no. */
  bool: () =>
    z
      .string()
      .toLowerCase()
      .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'must be true or false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** A comma-separated list of `host:port`. */
  hostPorts: () =>
    z
      .string()
      .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
      .refine((list) => list.length > 0, 'is empty: set it to host:port[,host:port]')
      .refine((list) => list.every((hp) => /^[A-Za-z0-9_.\-[\]:]+:\d{1,5}$/.test(hp)), 'must be host:port[,host:port]'),
  /** A comma-separated list of non-empty strings. */
  list: () => z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  /** A URL with one of the given protocols. */
  url: (...protocols: string[]) =>
    z.string().refine((v) => {
      try {
        return protocols.length === 0 || protocols.includes(new URL(v).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    }, `must be a URL${protocols.length ? ` (${protocols.join(', ')})` : ''}`),
  /** A pino log level. */
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }),
};
