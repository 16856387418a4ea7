import { z } from 'zod';
import { loadConfig } from '@tracehouse/config';
import { certificateIdentities, clientCertificateTenant, parseSubjectAltNames, resolveTenant, tenancyRules, tenancySchema } from './index';

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

describe('client certificate tenants', () => {
  const cert = { subject: { CN: 'acme' }, subjectaltname: 'DNS:orders.acme.example, DNS:acme, URI:spiffe://prod.example/ns/acme/sa/orders, email:ops@acme.example, IP Address:10.0.0.1' };

  it('reads the subject CN or the first SAN of a kind', () => {
    expect(clientCertificateTenant(cert, { from: 'cn' })).toEqual({ ok: true, tenant: 'acme' });
    expect(clientCertificateTenant(cert, { from: 'dns' })).toEqual({ ok: true, tenant: 'orders.acme.example' });
    expect(certificateIdentities(cert, 'uri')).toEqual(['spiffe://prod.example/ns/acme/sa/orders']);
    expect(certificateIdentities(cert, 'email')).toEqual(['ops@acme.example']);
    expect(certificateIdentities({ subject: { CN: ['a', 'b'] } }, 'cn')).toEqual(['a', 'b']);
  });

  it('maps identities through the configured table, taking the first identity it knows', () => {
    const tenants = new Map([['acme', 'tenant-acme'], ['spiffe://prod.example/ns/acme/sa/orders', 'acme-orders']]);
    expect(clientCertificateTenant(cert, { from: 'dns', tenants })).toEqual({ ok: true, tenant: 'tenant-acme' });
    expect(clientCertificateTenant(cert, { from: 'uri', tenants })).toEqual({ ok: true, tenant: 'acme-orders' });
    expect(clientCertificateTenant(cert, { from: 'email', tenants })).toEqual({ ok: false, reason: 'unauthorized', message: 'The client certificate\'s email SAN "ops@acme.example" maps to no tenant.' });
  });

  it('refuses a request without a certificate, without the field, or whose identity is no tenant id', () => {
    expect(clientCertificateTenant(undefined, { from: 'cn' })).toEqual({ ok: false, reason: 'unauthorized', message: 'A client certificate is required: the tenant is read from its subject CN.' });
    expect(clientCertificateTenant({ subject: { CN: 'x' } }, { from: 'uri' })).toEqual({ ok: false, reason: 'unauthorized', message: 'The client certificate has no URI SAN to read the tenant from.' });
    expect(clientCertificateTenant(cert, { from: 'uri' })).toMatchObject({ ok: false, reason: 'invalid_tenant' });
  });

  it('takes precedence over API keys and the tenant header; without the rule the certificate is ignored', () => {
    const rules = { apiKeys: new Map([['secret-1', 'globex']]), apiKeyHeader: 'x-api-key', tenantHeader: 'x-tenant-id' };
    const headers = { 'x-api-key': 'secret-1', 'x-tenant-id': 'initech' };
    expect(resolveTenant(headers, { ...rules, clientCertificate: { from: 'cn' } }, cert)).toEqual({ ok: true, tenant: 'acme' });
    expect(resolveTenant(headers, { ...rules, clientCertificate: { from: 'cn' } }, undefined)).toMatchObject({ ok: false, reason: 'unauthorized' });
    expect(resolveTenant(headers, rules, cert)).toEqual({ ok: true, tenant: 'globex' });
  });

  it('splits Node\'s subjectaltname, including quoted values holding commas', () => {
    expect(parseSubjectAltNames('DNS:a.example, URI:"urn:x,y", email:b@c')).toEqual([
      ['DNS', 'a.example'],
      ['URI', 'urn:x,y'],
      ['email', 'b@c'],
    ]);
    expect(parseSubjectAltNames(undefined)).toEqual([]);
    expect(parseSubjectAltNames('')).toEqual([]);
  });

  it('reads the two variables into the rules, and names bad values', () => {
    const config = load({ QUERY_TLS_CLIENT_TENANT_FROM: 'uri', QUERY_TLS_CLIENT_TENANTS: 'spiffe://x/ns/a=acme, b.example = globex' });
    expect(tenancyRules('QUERY', config).clientCertificate).toEqual({ from: 'uri', tenants: new Map([['spiffe://x/ns/a', 'acme'], ['b.example', 'globex']]) });
    expect(tenancyRules('QUERY', load({})).clientCertificate).toBeUndefined();
    expect(() => load({ QUERY_TLS_CLIENT_TENANT_FROM: 'san' })).toThrow('QUERY_TLS_CLIENT_TENANT_FROM: must be one of cn, dns, uri, email');
    expect(() => load({ QUERY_TLS_CLIENT_TENANTS: 'nomapping' })).toThrow(/QUERY_TLS_CLIENT_TENANTS: must be identity=tenant/);
    expect(() => load({ QUERY_TLS_CLIENT_TENANTS: 'x=bad/tenant' })).toThrow(/QUERY_TLS_CLIENT_TENANTS: must be identity=tenant/);
  });
});
