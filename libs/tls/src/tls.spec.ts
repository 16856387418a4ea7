import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '@tracehouse/config';
import { Metrics, type Logger } from '@tracehouse/observability';
import { tenancySchema } from '@tracehouse/tenancy';
import { TlsReloader, handshakeFailureReason, tlsConfigIssues, tlsSchema, tlsServerOptions, tlsSettings } from './index';

const fixture = (name: string) => join(__dirname, 'testdata', name);
const schema = z.object({ ...tenancySchema('QUERY'), ...tlsSchema('QUERY') }).superRefine((c, ctx) => {
  for (const issue of tlsConfigIssues('QUERY', c)) ctx.addIssue({ code: 'custom', path: [issue.variable], message: issue.message });
});
const load = (env: Record<string, string>) => loadConfig('query-service', schema, env);

describe('tlsSchema and tlsConfigIssues', () => {
  it('is off by default', () => {
    const config = load({});
    expect(tlsSettings('QUERY', config)).toBeUndefined();
    expect(config.QUERY_TLS_RELOAD_INTERVAL_MS).toBe(5_000);
  });

  it('reads a certificate, its key and a client CA', () => {
    const config = load({ QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-a.key'), QUERY_TLS_CLIENT_CA_FILE: fixture('client-ca.crt'), QUERY_TLS_RELOAD_INTERVAL_MS: '250' });
    expect(tlsSettings('QUERY', config)).toEqual({ prefix: 'QUERY', certFile: fixture('server-a.crt'), keyFile: fixture('server-a.key'), clientCaFile: fixture('client-ca.crt'), reloadIntervalMs: 250 });
  });

  it('refuses a certificate without its key, and a key without its certificate', () => {
    expect(() => load({ QUERY_TLS_CERT_FILE: fixture('server-a.crt') })).toThrow('QUERY_TLS_KEY_FILE: is required when QUERY_TLS_CERT_FILE is set: TLS needs the certificate\'s private key');
    expect(() => load({ QUERY_TLS_KEY_FILE: fixture('server-a.key') })).toThrow('QUERY_TLS_CERT_FILE: is required when QUERY_TLS_KEY_FILE is set');
  });

  it('names a file that cannot be read, with the path and the reason', () => {
    expect(() => load({ QUERY_TLS_CERT_FILE: '/nonexistent/tls.crt', QUERY_TLS_KEY_FILE: fixture('server-a.key') })).toThrow(
      /QUERY_TLS_CERT_FILE: cannot be read: ENOENT: no such file or directory, stat '\/nonexistent\/tls.crt' \(got "\/nonexistent\/tls.crt"\)/,
    );
    expect(() => load({ QUERY_TLS_CERT_FILE: __dirname, QUERY_TLS_KEY_FILE: fixture('server-a.key') })).toThrow(/QUERY_TLS_CERT_FILE: must name a file/);
  });

  it('refuses a key that is not the certificate\'s, and files that hold no PEM', () => {
    expect(() => load({ QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-b.key') })).toThrow(
      new RegExp(`QUERY_TLS_KEY_FILE: ${fixture('server-b.key')} is not the private key of the certificate in ${fixture('server-a.crt')}`),
    );
    expect(() => load({ QUERY_TLS_CERT_FILE: fixture('README.md'), QUERY_TLS_KEY_FILE: fixture('server-a.key') })).toThrow(/QUERY_TLS_CERT_FILE: .*README.md holds no PEM certificate/);
    expect(() => load({ QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-a.key'), QUERY_TLS_CLIENT_CA_FILE: fixture('README.md') })).toThrow(/QUERY_TLS_CLIENT_CA_FILE: .*README.md holds no PEM certificate/);
  });

  it('refuses a client CA or a certificate tenant rule without TLS, and tenants without the field', () => {
    expect(() => load({ QUERY_TLS_CLIENT_CA_FILE: fixture('client-ca.crt') })).toThrow('QUERY_TLS_CLIENT_CA_FILE: needs QUERY_TLS_CERT_FILE and QUERY_TLS_KEY_FILE');
    const tls = { QUERY_TLS_CERT_FILE: fixture('server-a.crt'), QUERY_TLS_KEY_FILE: fixture('server-a.key') };
    expect(() => load({ ...tls, QUERY_TLS_CLIENT_TENANT_FROM: 'cn' })).toThrow('QUERY_TLS_CLIENT_TENANT_FROM: needs QUERY_TLS_CLIENT_CA_FILE');
    expect(() => load({ ...tls, QUERY_TLS_CLIENT_CA_FILE: fixture('client-ca.crt'), QUERY_TLS_CLIENT_TENANTS: 'a=b' })).toThrow('QUERY_TLS_CLIENT_TENANTS: needs QUERY_TLS_CLIENT_TENANT_FROM');
    expect(() => load({ ...tls, QUERY_TLS_CLIENT_CA_FILE: fixture('client-ca.crt'), QUERY_TLS_CLIENT_TENANT_FROM: 'subject' })).toThrow('QUERY_TLS_CLIENT_TENANT_FROM: must be one of cn, dns, uri, email');
  });

  it('asks for client certificates exactly when a client CA is configured', () => {
    const reloader = new TlsReloader({ prefix: 'QUERY', certFile: fixture('server-a.crt'), keyFile: fixture('server-a.key'), reloadIntervalMs: 100 });
    expect(tlsServerOptions(reloader.current)).toMatchObject({ requestCert: false, rejectUnauthorized: false, minVersion: 'TLSv1.2' });
    const mutual = new TlsReloader({ prefix: 'QUERY', certFile: fixture('server-a.crt'), keyFile: fixture('server-a.key'), clientCaFile: fixture('client-ca.crt'), reloadIntervalMs: 100 });
    expect(tlsServerOptions(mutual.current)).toMatchObject({ requestCert: true, rejectUnauthorized: true });
  });
});

describe('TlsReloader', () => {
  let dir: string;
  let settings: { prefix: string; certFile: string; keyFile: string; reloadIntervalMs: number };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tls-reloader-'));
    settings = { prefix: 'COLLECTOR', certFile: join(dir, 'tls.crt'), keyFile: join(dir, 'tls.key'), reloadIntervalMs: 100 };
    copyFileSync(fixture('server-a.crt'), settings.certFile);
    copyFileSync(fixture('server-a.key'), settings.keyFile);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const metricValue = async (metrics: Metrics, name: string) => (await metrics.registry.getSingleMetric(`tracehouse_${name}`)?.get())?.values[0]?.value;

  it('takes a new pair once the files read the same twice, and tells its listeners', async () => {
    const metrics = new Metrics('collector');
    const reloader = new TlsReloader(settings, { metrics });
    const a = reloader.current.fingerprint256;
    const seen: string[] = [];
    reloader.onReload((m) => seen.push(m.fingerprint256));
    expect(await reloader.check()).toBe('unchanged');
    copyFileSync(fixture('server-b.crt'), settings.certFile);
    copyFileSync(fixture('server-b.key'), settings.keyFile);
    expect(await reloader.check()).toBe('changing');
    expect(reloader.current.fingerprint256).toBe(a);
    expect(await reloader.check()).toBe('reloaded');
    expect(reloader.current.fingerprint256).not.toBe(a);
    expect(reloader.current.subject).toBe('CN=server-b.test');
    expect(seen).toEqual([reloader.current.fingerprint256]);
    expect(await reloader.check()).toBe('unchanged');
    expect(await metricValue(metrics, 'tls_certificate_reloads_total')).toBe(1);
    expect(await metricValue(metrics, 'tls_certificate_reload_failures_total')).toBe(0);
    expect(await metricValue(metrics, 'tls_certificate_expiry_timestamp_seconds')).toBe(reloader.current.notAfterMs / 1000);
  });

  it('keeps the pair in service when the new one is mismatched (a half-done rotation), counts it once, and takes the fixed pair', async () => {
    const metrics = new Metrics('collector');
    const errors: string[] = [];
    const logger = { info: () => undefined, error: (_o: unknown, msg: string) => errors.push(msg) } as unknown as Logger;
    const reloader = new TlsReloader(settings, { metrics, logger });
    const a = reloader.current.fingerprint256;
    copyFileSync(fixture('server-b.crt'), settings.certFile); // the key is still server-a's
    expect(await reloader.check()).toBe('changing');
    expect(await reloader.check()).toBe('failed');
    expect(await reloader.check()).toBe('failed');
    expect(reloader.current.fingerprint256).toBe(a);
    expect(await metricValue(metrics, 'tls_certificate_reload_failures_total')).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/is not the private key of the certificate.*the previous certificate stays in service/);
    copyFileSync(fixture('server-b.key'), settings.keyFile);
    expect(await reloader.check()).toBe('changing');
    expect(await reloader.check()).toBe('reloaded');
    expect(reloader.current.subject).toBe('CN=server-b.test');
  });

  it('keeps the pair in service while a file is missing or truncated', async () => {
    const reloader = new TlsReloader(settings);
    rmSync(settings.keyFile);
    expect(await reloader.check()).toBe('changing');
    expect(await reloader.check()).toBe('failed');
    writeFileSync(settings.keyFile, readFileSync(fixture('server-a.key')).subarray(0, 40));
    await reloader.check();
    expect(await reloader.check()).toBe('failed');
    expect(reloader.current.subject).toBe('CN=server-a.test');
    copyFileSync(fixture('server-a.key'), settings.keyFile);
    expect(await reloader.check()).toBe('unchanged');
  });

  it('refuses to start on a pair it cannot use', () => {
    copyFileSync(fixture('server-b.key'), settings.keyFile);
    expect(() => new TlsReloader(settings)).toThrow(/is not the private key of the certificate/);
  });
});

describe('handshakeFailureReason', () => {
  it('makes a short metric label of OpenSSL reasons and error codes', () => {
    expect(handshakeFailureReason(Object.assign(new Error('x'), { reason: 'peer did not return a certificate' }))).toBe('peer_did_not_return_a_certificate');
    expect(handshakeFailureReason(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBe('econnreset');
    expect(handshakeFailureReason(new Error('x'))).toBe('unknown');
  });
});
