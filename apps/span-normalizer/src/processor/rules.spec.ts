import type { Attributes } from '@tracehouse/model';
import { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS } from '../config/span-normalizer.config';
import { DropRules, globsToRegExp, Redactor, REDACTED, redactUrl, type DropCandidate } from './rules';

const candidate = (over: Partial<DropCandidate> = {}): DropCandidate => ({
  tenantId: 'acme',
  serviceName: 'users-api',
  name: 'GET /users/{id}',
  attributes: { 'http.route': '/users/{id}' },
  resourceAttributes: { 'deployment.environment': 'prod' },
  ...over,
});

describe('globsToRegExp', () => {
  it('matches the whole string, * as any run, everything else literal', () => {
    const re = globsToRegExp(['a.b*', '(x)'], { caseInsensitive: false });
    expect(re?.test('a.bcd')).toBe(true);
    expect(re?.test('aXbcd')).toBe(false);
    expect(re?.test('(x)')).toBe(true);
    expect(re?.test('z(x)')).toBe(false);
  });
  it('is undefined for no globs', () => {
    expect(globsToRegExp([], { caseInsensitive: true })).toBeUndefined();
  });
});

describe('DropRules', () => {
  const rows: Array<[string, ConstructorParameters<typeof DropRules>[0], Partial<DropCandidate>, number]> = [
    ['service, exact', [{ service: 'users-api' }], {}, 0],
    ['service, no match', [{ service: 'health' }], {}, -1],
    ['service, glob', [{ service: 'users-*' }], {}, 0],
    ['span name, glob', [{ spanName: 'GET /health*' }], { name: 'GET /healthz' }, 0],
    ['span name is case-sensitive', [{ spanName: 'get /healthz' }], { name: 'GET /healthz' }, -1],
    ['tenant', [{ tenant: 'acme' }], {}, 0],
    ['span attribute value', [{ attributes: { 'http.route': '/users/*' } }], {}, 0],
    ['attribute falls back to the resource', [{ attributes: { 'deployment.environment': 'prod' } }], {}, 0],
    ['attribute absent: no match', [{ attributes: { 'http.target': '*' } }], {}, -1],
    ['every condition of a rule must match', [{ service: 'users-api', spanName: 'POST *' }], {}, -1],
    ['any rule may match: the index of the first', [{ service: 'nope' }, { spanName: 'GET *' }, { service: 'users-api' }], {}, 1],
    ['a non-string attribute is compared in its text form', [{ attributes: { 'http.status_code': '200' } }], { attributes: { 'http.status_code': 200n } }, 0],
  ];
  it.each(rows)('%s', (_d, rules, over, expected) => {
    expect(new DropRules(rules).match(candidate(over))).toBe(expected);
  });
});

describe('Redactor with the default patterns', () => {
  const redactor = new Redactor({ keys: DEFAULT_REDACT_KEYS, queryParams: DEFAULT_REDACT_QUERY_PARAMS });

  it.each([
    ['http.request.header.authorization', ['Bearer abc'], [REDACTED]],
    ['http.request.header.proxy-authorization', 'Basic xyz', REDACTED],
    ['http.request.header.cookie', ['a=1', 'b=2'], [REDACTED, REDACTED]],
    ['http.response.header.set-cookie', 'sid=1', REDACTED],
    ['Authorization', 'Bearer x', REDACTED],
    ['db.password', 'hunter2', REDACTED],
    ['app.client_secret', 's', REDACTED],
    ['http.request.header.x-auth-token', 'tok', REDACTED],
    ['app.refresh_token', 'tok', REDACTED],
    ['app.api_key', 'k', REDACTED],
    ['http.request.header.x-api-key', 'k', REDACTED],
    ['aws.credentials', 'c', REDACTED],
    ['app.pin', 1234n, 1234n],
    ['gen_ai.usage.output_tokens', 42n, 42n],
    ['http.route', '/token/{id}', '/token/{id}'],
  ])('%s', (key, value, expected) => {
    const attrs: Attributes = { [key]: value };
    redactor.redact(attrs);
    expect(attrs[key]).toEqual(expected);
  });

  it('redacts keys inside nested maps and counts what it replaced', () => {
    const attrs: Attributes = { 'app.request': { headers: { Authorization: 'x', accept: 'json' } }, other: 'kept' };
    expect(redactor.redact(attrs)).toBe(1);
    expect(attrs).toEqual({ 'app.request': { headers: { Authorization: REDACTED, accept: 'json' } }, other: 'kept' });
  });

  it.each([
    ['url.full', 'https://api.example/x?access_token=abc&page=2#top', `https://api.example/x?access_token=${REDACTED}&page=2#top`],
    ['http.url', 'https://s3.example/b/k?X-Amz-Signature=sig1&X-Amz-Credential=cred&versionId=3', `https://s3.example/b/k?X-Amz-Signature=${REDACTED}&X-Amz-Credential=${REDACTED}&versionId=3`],
    ['url.query', 'sig=abc&q=shoes', `sig=${REDACTED}&q=shoes`],
    ['http.target', '/login?password=pw&user=bob', `/login?password=${REDACTED}&user=bob`],
    ['url.full', 'https://bob:pw@api.example/x', `https://${REDACTED}:${REDACTED}@api.example/x`],
    ['url.full', 'https://api.example/x?q=1', 'https://api.example/x?q=1'],
    ['url.full', 'https://api.example/x?API_KEY=1', `https://api.example/x?API_KEY=${REDACTED}`],
    ['app.note', 'https://api.example/x?token=kept-here', 'https://api.example/x?token=kept-here'],
  ])('%s %s', (key, value, expected) => {
    const attrs: Attributes = { [key]: value };
    redactor.redact(attrs);
    expect(attrs[key]).toBe(expected);
  });
});

describe('Redactor with configured patterns', () => {
  it('redacts only the configured keys and parameters', () => {
    const redactor = new Redactor({ keys: ['app.ssn'], queryParams: ['session'] });
    const attrs: Attributes = { 'app.ssn': '123-45-6789', 'db.password': 'not configured', 'url.full': 'https://x/?session=1&token=2' };
    expect(redactor.redact(attrs)).toBe(2);
    expect(attrs).toEqual({ 'app.ssn': REDACTED, 'db.password': 'not configured', 'url.full': `https://x/?session=${REDACTED}&token=2` });
  });

  it('redacts nothing with empty lists', () => {
    const redactor = new Redactor({ keys: [], queryParams: [] });
    const attrs: Attributes = { authorization: 'x', 'url.full': 'https://x/?token=1' };
    expect(redactor.redact(attrs)).toBe(0);
    expect(attrs).toEqual({ authorization: 'x', 'url.full': 'https://x/?token=1' });
  });
});

describe('redactUrl', () => {
  const params = globsToRegExp(['token'], { caseInsensitive: true }) as RegExp;
  it('matches percent-encoded parameter names', () => {
    expect(redactUrl('http://x/?%74oken=1', params, false)).toBe(`http://x/?%74oken=${REDACTED}`);
  });
  it('keeps a parameter without a value and a malformed escape as they are', () => {
    expect(redactUrl('http://x/?token&%zz=1', params, false)).toBe('http://x/?token&%zz=1');
  });
  it('leaves a URL without a query untouched', () => {
    expect(redactUrl('http://x/a/b', params, false)).toBe('http://x/a/b');
  });
});
