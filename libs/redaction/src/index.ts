export { REDACTED, URL_KEYS, Redactor, globsToRegExp, redactUrl, type RedactorOptions } from './redactor';
export { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS, redactionConfigSchema } from './config';
