import {
  formatGoDuration,
  parseBoolean,
  parseAnnotationQuery,
  parseGoDuration,
  parseJaegerTags,
  parseLimit,
  parseMicros,
  parseMicrosDuration,
  parseMillis,
  parseMillisDuration,
  parseRfc3339,
  parseTraceId,
  QueryInputError,
} from './params';
import { v3Search } from './routes/api-v3';
import { jaegerSearch } from './routes/jaeger';

const MS = 1_000_000n;
const S = 1_000n * MS;

function errorOf(fn: () => unknown): QueryInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof QueryInputError) return err;
    throw err;
  }
  throw new Error('expected a QueryInputError');
}

describe('parseGoDuration (Go time.ParseDuration)', () => {
  it.each([
    ['0', 0n],
    ['100ms', 100n * MS],
    ['1.5s', 1_500n * MS],
    ['2h45m', (2n * 3600n + 45n * 60n) * S],
    ['1h30m15.5s', 5_415_500n * MS],
    ['300ns', 300n],
    ['20us', 20_000n],
    ['20µs', 20_000n],
    ['20μs', 20_000n],
    ['.5s', 500n * MS],
    ['1.s', S],
    ['+3m', 180n * S],
    ['0.000000001s', 1n],
    ['1.0000000009s', S],
  ])('%s is %d ns', (text, ns) => {
    expect(parseGoDuration(text, 'minDuration')).toBe(ns);
  });

  it.each([
    ['100', 'has a number without a unit'],
    ['1.5', 'has a number without a unit'],
    ['10 ms', 'is not a duration'],
    ['1d', 'is not a duration'],
    ['ms', 'is not a duration'],
    ['.s', 'is not a duration'],
    ['abc', 'is not a duration'],
    ['-1s', 'must not be negative'],
    ['', 'is empty'],
    ['9999999999h', 'is too large'],
  ])('%j is refused: %s', (text, why) => {
    const err = errorOf(() => parseGoDuration(text, 'minDuration'));
    expect(err.param).toBe('minDuration');
    expect(err.status).toBe(400);
    expect(err.message).toBe(`minDuration: ${why} (got ${JSON.stringify(text)}); use a Go duration such as 100ms, 1.5s, 2m or 1h30m`);
  });

  it('formats durations as Go does, so a parsed value prints back the same', () => {
    expect([0n, 999n, 1_500n, 100n * MS, 1_500n * MS, 90n * S, 3_723_500n * MS].map(formatGoDuration)).toEqual(['0s', '999ns', '1.5µs', '100ms', '1.5s', '1m30s', '1h2m3.5s']);
    for (const text of ['100ms', '1.5s', '1h2m3.5s', '1m30s']) expect(formatGoDuration(parseGoDuration(text, 'd'))).toBe(text);
  });
});

describe('times and lengths', () => {
  it('reads microseconds and milliseconds since the epoch as nanoseconds', () => {
    expect(parseMicros('1736942400000000', 'start')).toBe(1_736_942_400_000_000_000n);
    expect(parseMillis('1736942400000', 'endTs')).toBe(1_736_942_400_000_000_000n);
    expect(parseMillisDuration('86400000', 'lookback')).toBe(86_400n * S);
    expect(parseMicrosDuration('1500', 'minDuration')).toBe(1_500_000n);
  });

  it.each([
    [() => parseMicros('yesterday', 'start'), 'start: must be a whole number of microseconds since the epoch (got "yesterday")'],
    [() => parseMicros('-5', 'end'), 'end: must be a whole number of microseconds since the epoch (got "-5")'],
    [() => parseMicros('1.5', 'end'), 'end: must be a whole number of microseconds since the epoch (got "1.5")'],
    [() => parseMicros('9999999999999999999', 'end'), 'end: is too large (got "9999999999999999999")'],
    [() => parseMillis('2025-01-15', 'endTs'), 'endTs: must be a whole number of milliseconds since the epoch (got "2025-01-15")'],
    [() => parseMillisDuration('1h', 'lookback'), 'lookback: must be a whole number of milliseconds (got "1h")'],
    [() => parseMicrosDuration('100ms', 'minDuration'), 'minDuration: must be a whole number of microseconds (got "100ms")'],
  ])('refuses bad input with a message naming the parameter (%#)', (fn, message) => {
    expect(errorOf(fn).message).toBe(message);
  });

  it('reads RFC 3339 times to the nanosecond', () => {
    expect(parseRfc3339('2025-01-15T12:00:00Z', 't')).toBe(1_736_942_400_000_000_000n);
    expect(parseRfc3339('2025-01-15T12:00:00.123456789Z', 't')).toBe(1_736_942_400_123_456_789n);
    expect(parseRfc3339('2025-01-15T13:00:00.5+01:00', 't')).toBe(1_736_942_400_500_000_000n);
    expect(errorOf(() => parseRfc3339('1736942400', 'query.start_time_min')).message).toBe(
      'query.start_time_min: must be an RFC 3339 time such as 2025-01-15T12:00:00.000Z (got "1736942400")',
    );
    expect(errorOf(() => parseRfc3339('2025-13-45T12:00:00Z', 't')).param).toBe('t');
  });
});

describe('parseLimit', () => {
  it('takes 1 to 1000', () => {
    expect(parseLimit('1')).toBe(1);
    expect(parseLimit('1000')).toBe(1000);
  });
  it.each(['0', '1001', '-1', '2.5', 'ten', '1e3'])('refuses %j', (v) => {
    expect(errorOf(() => parseLimit(v)).message).toBe(`limit: must be an integer from 1 to 1000 (got ${JSON.stringify(v)})`);
  });
});

describe('parseJaegerTags', () => {
  it('merges tag=key:value (values may hold colons) and tags JSON objects, later ones winning', () => {
    expect(parseJaegerTags(['http.url:https://x:8443/a', 'error:false'], ['{"error":"true","http.status_code":"500"}'])).toEqual({
      'http.url': 'https://x:8443/a',
      error: 'true',
      'http.status_code': '500',
    });
    expect(parseJaegerTags([], [])).toEqual({});
  });

  it.each([
    [['nocolon'], [], 'tag: must be key:value (got "nocolon")'],
    [[':v'], [], 'tag: must be key:value (got ":v")'],
    [[], ['["error"]'], 'tags: must be a JSON object of string values such as {"error":"true"} (got "[\\"error\\"]")'],
    [[], ['"error"'], 'tags: must be a JSON object of string values such as {"error":"true"} (got "\\"error\\"")'],
    [[], ['{"error":true}'], 'tags: the value of "error" must be a string (got true)'],
    [[], ['{"":"x"}'], 'tags: a tag key must not be empty'],
  ])('refuses %j %j', (tag, tags, message) => {
    expect(errorOf(() => parseJaegerTags(tag, tags)).message).toBe(message);
  });

  it('names JSON syntax errors', () => {
    expect(errorOf(() => parseJaegerTags([], ['{error:"true"}'])).message).toMatch(/^tags: must be a JSON object of string values such as \{"error":"true"\}; it is not JSON \(.+\)$/);
  });
});

describe('parseAnnotationQuery and parseTraceId', () => {
  it('reads key=value terms joined by and', () => {
    expect(parseAnnotationQuery('http.method=GET and http.status_code=500')).toEqual({ 'http.method': 'GET', 'http.status_code': '500' });
    expect(errorOf(() => parseAnnotationQuery('error and http.method=GET')).message).toBe('annotationQuery: only key=value terms joined by " and " are supported (got "error")');
  });

  it('left-pads short hex ids and lowercases them', () => {
    expect(parseTraceId('ABC')).toBe('00000000000000000000000000000abc');
    expect(parseTraceId('4bf92f3577b34da6a3ce929d0e0e4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(errorOf(() => parseTraceId('xyz')).message).toBe('traceID: must be a trace id of 1 to 32 hex digits (got "xyz")');
    expect(errorOf(() => parseTraceId('0000')).message).toBe('traceID: must not be all zeros');
    expect(errorOf(() => parseTraceId('a'.repeat(33), 'trace_id')).param).toBe('trace_id');
  });
});

describe('the "logged an error" trace search filter', () => {
  const NOW = 1_772_359_200_000_000_000n;

  it('parseBoolean takes true/false and 1/0 in any case and refuses anything else, naming the parameter', () => {
    expect(['true', 'TRUE', ' 1 ', 'True'].map((v) => parseBoolean(v, 'loggedError'))).toEqual([true, true, true, true]);
    expect(['false', 'FALSE', '0'].map((v) => parseBoolean(v, 'loggedError'))).toEqual([false, false, false]);
    for (const bad of ['', 'yes', 'on', '2', 'truee']) {
      const err = errorOf(() => parseBoolean(bad, 'loggedError'));
      expect(err.param).toBe('loggedError');
      expect(err.message).toBe(`loggedError: must be true or false (got ${JSON.stringify(bad)})`);
    }
  });

  it('Jaeger search (/api/traces, /api/trace-summaries) reads loggedError; absent or false means no filter', () => {
    expect(jaegerSearch({ service: 'checkout', loggedError: 'true' }, NOW).loggedError).toBe(true);
    expect(jaegerSearch({ service: 'checkout', loggedError: '1' }, NOW).loggedError).toBe(true);
    expect(jaegerSearch({ service: 'checkout', loggedError: 'false' }, NOW)).not.toHaveProperty('loggedError');
    expect(jaegerSearch({ service: 'checkout' }, NOW)).not.toHaveProperty('loggedError');
    expect(errorOf(() => jaegerSearch({ service: 'checkout', loggedError: 'error' }, NOW)).message).toBe('loggedError: must be true or false (got "error")');
  });

  it('api_v3 search reads query.loggedError and its snake_case alias, errors naming the spelling used', () => {
    const base = { 'query.startTimeMin': '2026-03-01T09:00:00Z', 'query.startTimeMax': '2026-03-01T10:00:00Z' };
    expect(v3Search({ ...base, 'query.loggedError': 'true' }).loggedError).toBe(true);
    expect(v3Search({ ...base, 'query.logged_error': '1' }).loggedError).toBe(true);
    expect(v3Search(base)).not.toHaveProperty('loggedError');
    expect(errorOf(() => v3Search({ ...base, 'query.logged_error': 'maybe' })).message).toBe('query.logged_error: must be true or false (got "maybe")');
  });
});
