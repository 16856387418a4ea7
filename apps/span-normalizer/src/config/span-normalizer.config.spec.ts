import { ConfigError } from '@tracehouse/config';
import { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS, loadSpanNormalizerConfig } from './span-normalizer.config';

function errorOf(env: Record<string, string>): string {
  try {
    loadSpanNormalizerConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('span-normalizer configuration', () => {
  it('has defaults for every variable', () => {
    const config = loadSpanNormalizerConfig({});
    expect(config.NORMALIZER_DROP_RULES).toEqual([]);
    expect(config.NORMALIZER_REDACT_KEYS).toEqual([...DEFAULT_REDACT_KEYS]);
    expect(config.NORMALIZER_REDACT_QUERY_PARAMS).toEqual([...DEFAULT_REDACT_QUERY_PARAMS]);
    expect(config.NORMALIZER_DB_STATEMENT_MAX_LENGTH).toBe(4096);
    expect(config.KAFKA_GROUP_ID).toBe('span-normalizer');
  });

  it('reads drop rules from a JSON array', () => {
    const config = loadSpanNormalizerConfig({ NORMALIZER_DROP_RULES: '[{"service":"pinger"},{"spanName":"GET /health*","attributes":{"http.route":"/healthz"}}]' });
    expect(config.NORMALIZER_DROP_RULES).toEqual([{ service: 'pinger' }, { spanName: 'GET /health*', attributes: { 'http.route': '/healthz' } }]);
  });

  it.each([
    ['not JSON', '[{service:1}', /NORMALIZER_DROP_RULES: must be a JSON array of rules such as/],
    ['not an array', '{"service":"x"}', /NORMALIZER_DROP_RULES: must be a JSON array of rules/],
    ['an unknown field, with its index', '[{"service":"a"},{"servce":"b"}]', /NORMALIZER_DROP_RULES: rule 1: unknown field "servce" \(allowed: tenant, service, spanName, attributes\)/],
    ['an empty rule (it would drop everything)', '[{}]', /rule 0: a rule needs at least one condition/],
    ['a non-string value', '[{"service":7}]', /rule 0: service: must be a string/],
    ['an empty attribute value', '[{"attributes":{"http.route":""}}]', /rule 0: attributes.http.route: must not be empty/],
  ])('names the problem in NORMALIZER_DROP_RULES: %s', (_d, value, message) => {
    expect(errorOf({ NORMALIZER_DROP_RULES: value })).toMatch(message);
  });

  it('reads redaction patterns as comma-separated globs; `none` turns them off', () => {
    expect(loadSpanNormalizerConfig({ NORMALIZER_REDACT_KEYS: 'app.ssn, *pin*' }).NORMALIZER_REDACT_KEYS).toEqual(['app.ssn', '*pin*']);
    expect(loadSpanNormalizerConfig({ NORMALIZER_REDACT_QUERY_PARAMS: 'none' }).NORMALIZER_REDACT_QUERY_PARAMS).toEqual([]);
  });

  it('rejects a redaction pattern that would match every key', () => {
    expect(errorOf({ NORMALIZER_REDACT_KEYS: 'a,*' })).toMatch(/NORMALIZER_REDACT_KEYS: a pattern of only `\*` would redact everything/);
  });

  it('rejects a statement length out of range', () => {
    expect(errorOf({ NORMALIZER_DB_STATEMENT_MAX_LENGTH: '3' })).toMatch(/NORMALIZER_DB_STATEMENT_MAX_LENGTH: must be an integer from 16 to 1000000 \(got "3"\)/);
  });
});
