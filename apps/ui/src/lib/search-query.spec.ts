import { formatTags, fromSearchUrl, parseTags, SearchQueryError, toApiParams, toSearchUrl, type SearchQuery } from './search-query';

describe('search query', () => {
  it('round-trips through the URL, tags with spaces and quotes included', () => {
    const q: SearchQuery = { service: 'front end', operation: 'GET /a?b', tags: 'http.status_code=500 note="a b \\"c\\""', minDuration: '100ms', lookback: '6h', limit: '50' };
    const url = toSearchUrl(q);
    expect(url.startsWith('?service=front+end&operation=GET+%2Fa%3Fb&tags=')).toBe(true);
    expect(fromSearchUrl(url)).toEqual(q);
    expect(fromSearchUrl(Object.fromEntries(new URLSearchParams(url)))).toEqual(q);
  });

  it('leaves empty fields out of the URL', () => {
    expect(toSearchUrl({ service: '', operation: ' ' })).toBe('');
  });

  it('parses logfmt tags and formats them back', () => {
    const tags = parseTags('error=true  http.route="/a b" k=');
    expect(tags).toEqual({ error: 'true', 'http.route': '/a b', k: '' });
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });

  it('names a malformed tag', () => {
    expect(() => parseTags('a=1 oops')).toThrow('Tag "oops" is not key=value');
    expect(() => parseTags('a="unterminated')).toThrow('The quoted value of tag "a" has no closing quote.');
    expect(() => parseTags('=x')).toThrow(SearchQueryError);
  });

  it('turns the query into the API parameters, tags as a JSON object, with defaults', () => {
    expect(toApiParams({ service: 's', tags: 'a=1 b="x y"', maxDuration: '1.5s' })).toEqual({ service: 's', tags: '{"a":"1","b":"x y"}', maxDuration: '1.5s', lookback: '1h', limit: '20' });
    expect(toApiParams({ start: '1000', end: '2000', limit: '5' })).toEqual({ start: '1000', end: '2000', limit: '5' });
  });

  it('names the field that is wrong', () => {
    const field = (q: SearchQuery) => {
      try {
        toApiParams(q);
      } catch (err) {
        return (err as SearchQueryError).field;
      }
      return undefined;
    };
    expect(field({ minDuration: '100' })).toBe('minDuration');
    expect(field({ limit: '0' })).toBe('limit');
    expect(field({ start: '10' })).toBe('end');
    expect(field({ start: '10', end: '5' })).toBe('end');
    expect(field({ lookback: 'yesterday' })).toBe('lookback');
  });

  it('carries "logged an error" through the URL to the API, and only when checked', () => {
    const q = fromSearchUrl('?service=checkout&loggedError=true');
    expect(q).toEqual({ service: 'checkout', loggedError: 'true' });
    expect(toSearchUrl(q)).toBe('?service=checkout&loggedError=true');
    expect(toApiParams(q)).toEqual({ service: 'checkout', lookback: '1h', limit: '20', loggedError: 'true' });
    expect(toApiParams({ service: 'checkout', loggedError: 'false' })).not.toHaveProperty('loggedError');
    expect(() => toApiParams({ loggedError: 'yes' })).toThrow(/loggedError "yes" must be true or false/);
  });
});
