// The redaction variables, read by the span-normalizer (span attributes) and the view-generator
// (log attributes and bodies) alike, so one setting governs both.
import { env } from '@tracehouse/config';

/**
 * Attribute keys whose values are redacted by default (globs, `*` = any characters, case
 * insensitive): authorization headers, cookies, passwords, secrets, tokens and API keys.
 */
export const DEFAULT_REDACT_KEYS = [
  '*authorization*',
  '*cookie*',
  '*password*',
  '*passwd*',
  '*secret*',
  '*token',
  '*api-key*',
  '*api_key*',
  '*apikey*',
  '*credential*',
  '*private-key*',
  '*private_key*',
] as const;

/**
 * URL query parameters whose values are redacted by default (globs, case insensitive): tokens,
 * secrets, passwords, API keys and request signatures (the ones OpenTelemetry's semantic
 * conventions name for `url.query`).
 */
export const DEFAULT_REDACT_QUERY_PARAMS = ['*token*', '*secret*', '*password*', 'passwd', 'api_key', 'apikey', 'api-key', '*signature*', 'sig', 'AWSAccessKeyId', 'X-Amz-Credential'] as const;

/** A comma-separated list of globs (`*` = any characters); `none` for an empty list (an empty value means the default). */
const globList = () =>
  env
    .list()
    .transform((list) => (list.length === 1 && list[0]?.toLowerCase() === 'none' ? [] : list))
    .refine((list) => list.every((g) => g.replace(/\*/g, '') !== ''), 'a pattern of only `*` would redact everything; list the patterns, or set `none` to redact nothing');

/**
 * NORMALIZER_REDACT_KEYS and NORMALIZER_REDACT_QUERY_PARAMS: the attribute keys and URL query
 * parameters (globs, case insensitive) whose values are replaced with `REDACTED`.
 */
export const redactionConfigSchema = {
  NORMALIZER_REDACT_KEYS: globList().default([...DEFAULT_REDACT_KEYS]),
  NORMALIZER_REDACT_QUERY_PARAMS: globList().default([...DEFAULT_REDACT_QUERY_PARAMS]),
};
