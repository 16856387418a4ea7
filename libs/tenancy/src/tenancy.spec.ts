import { z } from 'zod';
import { loadConfig } from '@tracehouse/config';
import { resolveTenant, tenancyRules, tenancySchema } from './index';

const schema = z.object({ ...tenancySchema('QUERY') });
const load = (env: Record<string, string>) => loadConfig('query-service', schema, env);

describe('tenancySchema', () => {
  it('reads the three prefixed variables with the collector defaults', () => {
    const config = load({});
    expect(config).toEqual({ QUERY_API_KEY_HEADER: 'x-api-key' });
    expect(tenancyRules('QUERY', config)).toEqual({ tenantHeader: undefined, apiKeys: undefined, apiKeyHeader: 'x-api-key' });
  });

  it('lowercases header names and maps API keys to tenants', () => {
    const config = load({ QUERY_TENANT_HEADER: 'X-Tenant-Id', QUERY_API_KEYS: 'k1=acme, k2=globex', QUERY_API_KEY_HEADER: 'Authorization' });
    expect(tenancyRules('QUERY', config)).toEqual({ tenantHeader: 'x-tenant-id', apiKeys: new Map([['k1', 'acme'], ['k2', 'globex']]), apiKeyHeader: 'authorization' });
  });

  it('names every bad variable with the collector wording', () => {
    expect(() => load({ QUERY_TENANT_HEADER: 'bad header', QUERY_API_KEYS: 'nokey', QUERY_API_KEY_HEADER: 'a b' })).toThrow(
      /QUERY_TENANT_HEADER: must be an HTTP header name[\s\S]*QUERY_API_KEYS: must be key=tenant\[,key=tenant\][\s\S]*QUERY_API_KEY_HEADER: must be an HTTP header name/,
    );
    expect(() => load({ QUERY_API_KEYS: 'k=bad/tenant' })).toThrow(/QUERY_API_KEYS: must be key=tenant/);
    expect(() => load({ QUERY_API_KEYS: ' , ' })).toThrow(/QUERY_API_KEYS: is empty/);
  });
});

describe('resolveTenant', () => {
  const keys = { apiKeys: new Map([['secret-1', 'acme']]), apiKeyHeader: 'x-api-key' };

  it('is tenant default when nothing is configured, whatever the headers say', () => {
    expect(resolveTenant({ 'x-tenant-id': 'acme' }, { apiKeyHeader: 'x-api-key' })).toEqual({ ok: true, tenant: 'default' });
  });

  it('takes the tenant header when configured, default when it is absent or empty', () => {
    const rules = { tenantHeader: 'x-tenant-id', apiKeyHeader: 'x-api-key' };
    expect(resolveTenant({ 'x-tenant-id': ' acme ' }, rules)).toEqual({ ok: true, tenant: 'acme' });
    expect(resolveTenant({ 'x-tenant-id': ['globex', 'acme'] }, rules)).toEqual({ ok: true, tenant: 'globex' });
    expect(resolveTenant({}, rules)).toEqual({ ok: true, tenant: 'default' });
    expect(resolveTenant({ 'x-tenant-id': '' }, rules)).toEqual({ ok: true, tenant: 'default' });
  });

  it('refuses a tenant header that is not a tenant id', () => {
    expect(resolveTenant({ 'x-tenant-id': 'a/b' }, { tenantHeader: 'x-tenant-id', apiKeyHeader: 'x-api-key' })).toEqual({
      ok: false,
      reason: 'invalid_tenant',
      message: 'The x-tenant-id header must be a tenant id of 1-128 characters A-Z a-z 0-9 . _ - (got "a/b").',
    });
  });

  it('maps a known API key (with or without Bearer) to its tenant, ignoring the tenant header', () => {
    expect(resolveTenant({ 'x-api-key': 'secret-1', 'x-tenant-id': 'globex' }, { ...keys, tenantHeader: 'x-tenant-id' })).toEqual({ ok: true, tenant: 'acme' });
    expect(resolveTenant((name) => (name === 'authorization' ? 'Bearer secret-1' : undefined), { ...keys, apiKeyHeader: 'authorization' })).toEqual({ ok: true, tenant: 'acme' });
  });

  it('refuses a missing or unknown API key as unauthorized', () => {
    expect(resolveTenant({}, keys)).toEqual({ ok: false, reason: 'unauthorized', message: 'An API key is required: send it in the x-api-key header.' });
    expect(resolveTenant({ 'x-api-key': 'nope' }, keys)).toEqual({ ok: false, reason: 'unauthorized', message: 'The API key in the x-api-key header is not known.' });
  });
});
