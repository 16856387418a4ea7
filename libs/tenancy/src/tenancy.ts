import { z } from 'zod';
import { DEFAULT_TENANT } from '@tracehouse/topics';

/** How the tenant of a request is found (ARCHITECTURE.md "Identity"). */
export interface TenancyRules {
  /** Header (lowercase) naming the tenant; unset: every request is the default tenant. */
  readonly tenantHeader?: string;
  /** API key -> tenant; when set, every request must carry a known key. */
  readonly apiKeys?: ReadonlyMap<string, string>;
  /** Header (lowercase) carrying the API key; a `Bearer ` prefix is ignored. */
  readonly apiKeyHeader: string;
  /** With mTLS: the verified client certificate names the tenant; see {@link resolveTenant} for precedence. */
  readonly clientCertificate?: ClientCertificateTenancy;
}

/** Where in a client certificate the tenant is read (`<P>_TLS_CLIENT_TENANT_FROM`). */
export const CLIENT_CERT_TENANT_FIELDS = ['cn', 'dns', 'uri', 'email'] as const;

/** One of {@link CLIENT_CERT_TENANT_FIELDS}: the subject CN, or the DNS, URI or email SANs. */
export type ClientCertTenantField = (typeof CLIENT_CERT_TENANT_FIELDS)[number];

/** How a verified client certificate maps to a tenant. */
export interface ClientCertificateTenancy {
  readonly from: ClientCertTenantField;
  /** Certificate identity -> tenant; without it the identity itself is the tenant id. */
  readonly tenants?: ReadonlyMap<string, string>;
}

/**
 * The parts of a verified peer certificate the tenancy rules read: Node's `PeerCertificate` has this
 * shape (`subject.CN`, and `subjectaltname` as `DNS:a, URI:b, email:c, IP Address:d`).
 */
export interface PeerCertificateLike {
  readonly subject?: { readonly CN?: string | readonly string[] } | null;
  readonly subjectaltname?: string;
}

/** The tenant of a request, or why it has none (`unauthorized`: HTTP 401; `invalid_tenant`: HTTP 400). */
export type TenantResult = { ok: true; tenant: string } | { ok: false; reason: 'unauthorized' | 'invalid_tenant'; message: string };

/**
 * Request headers: a lookup by lowercase name (gRPC metadata, a custom transport), or Node's
 * `IncomingHttpHeaders`-like record whose keys are lowercase.
 */
export type HeaderSource = ((name: string) => string | undefined) | Readonly<Record<string, string | readonly string[] | undefined>>;

/** What a tenant id may look like: 1-128 of A-Z a-z 0-9 . _ - */
export const TENANT_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

function first(headers: HeaderSource, name: string): string | undefined {
  if (typeof headers === 'function') return headers(name);
  const v = headers[name];
  return typeof v === 'string' ? v : v?.[0];
}

/**
 * Resolves the tenant of a request, in this order (README "Tenants"):
 * 1. with `clientCertificate` rules (mTLS on): the tenant the verified client certificate names; a
 *    request whose certificate names none is refused, and headers and API keys are not consulted
 *    (the handshake already authenticated the sender);
 * 2. with API keys configured: the key's tenant (a missing or unknown key is refused);
 * 3. the tenant header, when configured and present;
 * 4. `default`.
 * `peer` is the verified client certificate of the connection (undefined without one). Pure.
 */
export function resolveTenant(headers: HeaderSource, rules: TenancyRules, peer?: PeerCertificateLike): TenantResult {
  if (rules.clientCertificate) return clientCertificateTenant(peer, rules.clientCertificate);
  if (rules.apiKeys) {
    const raw = first(headers, rules.apiKeyHeader)?.trim();
    if (!raw) return { ok: false, reason: 'unauthorized', message: `An API key is required: send it in the ${rules.apiKeyHeader} header.` };
    const key = raw.replace(/^bearer\s+/i, '');
    const tenant = rules.apiKeys.get(key);
    if (tenant === undefined) return { ok: false, reason: 'unauthorized', message: `The API key in the ${rules.apiKeyHeader} header is not known.` };
    return { ok: true, tenant };
  }
  if (rules.tenantHeader) {
    const value = first(headers, rules.tenantHeader)?.trim();
    if (value === undefined || value === '') return { ok: true, tenant: DEFAULT_TENANT };
    if (!TENANT_PATTERN.test(value)) {
      return { ok: false, reason: 'invalid_tenant', message: `The ${rules.tenantHeader} header must be a tenant id of 1-128 characters A-Z a-z 0-9 . _ - (got ${JSON.stringify(value.slice(0, 40))}).` };
    }
    return { ok: true, tenant: value };
  }
  return { ok: true, tenant: DEFAULT_TENANT };
}

const FIELD_NAMES: Readonly<Record<ClientCertTenantField, string>> = { cn: 'subject CN', dns: 'DNS SAN', uri: 'URI SAN', email: 'email SAN' };
const SAN_PREFIX: Readonly<Record<Exclude<ClientCertTenantField, 'cn'>, string>> = { dns: 'DNS', uri: 'URI', email: 'email' };

/**
 * The entries of Node's `subjectaltname` string (`DNS:a, URI:b`), as [type, value] pairs. Node
 * quotes a value holding a comma or quote as a JSON string (since the CVE-2021-44532 fix), so the
 * string is split on `, ` outside quotes.
 */
export function parseSubjectAltNames(text: string | undefined): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  if (!text) return out;
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(':', i);
    if (colon < 0) break;
    const type = text.slice(i, colon).trim();
    let value: string;
    let next: number;
    if (text[colon + 1] === '"') {
      // A JSON string: find its closing quote (a backslash escapes the next character).
      let j = colon + 2;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      try {
        value = JSON.parse(text.slice(colon + 1, j + 1)) as string;
      } catch {
        value = text.slice(colon + 2, j);
      }
      next = text.indexOf(',', j + 1);
    } else {
      next = text.indexOf(', ', colon + 1);
      value = text.slice(colon + 1, next < 0 ? text.length : next);
    }
    out.push([type, value]);
    if (next < 0) break;
    i = next + 1;
    while (text[i] === ' ') i++;
  }
  return out;
}

/** The identities of `field` in a certificate, in certificate order. */
export function certificateIdentities(peer: PeerCertificateLike, field: ClientCertTenantField): string[] {
  if (field === 'cn') {
    const cn = peer.subject?.CN;
    return cn === undefined ? [] : typeof cn === 'string' ? [cn] : [...cn];
  }
  const prefix = SAN_PREFIX[field];
  return parseSubjectAltNames(peer.subjectaltname)
    .filter(([type]) => type === prefix)
    .map(([, value]) => value);
}

/**
 * The tenant a verified client certificate names under `rule`: with a mapping, the first identity of
 * the field that the mapping knows; without one, the first identity, which must be a tenant id.
 */
export function clientCertificateTenant(peer: PeerCertificateLike | undefined, rule: ClientCertificateTenancy): TenantResult {
  const field = FIELD_NAMES[rule.from];
  if (!peer || (!peer.subject && !peer.subjectaltname)) {
    return { ok: false, reason: 'unauthorized', message: `A client certificate is required: the tenant is read from its ${field}.` };
  }
  const identities = certificateIdentities(peer, rule.from);
  if (identities.length === 0) return { ok: false, reason: 'unauthorized', message: `The client certificate has no ${field} to read the tenant from.` };
  if (rule.tenants) {
    for (const id of identities) {
      const tenant = rule.tenants.get(id);
      if (tenant !== undefined) return { ok: true, tenant };
    }
    return { ok: false, reason: 'unauthorized', message: `The client certificate's ${field} ${JSON.stringify(identities[0].slice(0, 80))} maps to no tenant.` };
  }
  const tenant = identities[0];
  if (!TENANT_PATTERN.test(tenant)) {
    return { ok: false, reason: 'invalid_tenant', message: `The client certificate's ${field} must be a tenant id of 1-128 characters A-Z a-z 0-9 . _ - (got ${JSON.stringify(tenant.slice(0, 40))}).` };
  }
  return { ok: true, tenant };
}

/** A header name as HTTP/2 and gRPC metadata carry it: lowercase token characters. */
const headerName = () =>
  z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .refine((v) => /^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(v), 'must be an HTTP header name, e.g. x-tenant-id');

/** `key=tenant[,key=tenant]`: API keys and the tenant each one maps to. */
const apiKeys = () =>
  z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((pairs) => pairs.every((p) => /^[^=\s]+=[A-Za-z0-9._-]{1,128}$/.test(p)), 'must be key=tenant[,key=tenant] (tenant: 1-128 of A-Z a-z 0-9 . _ -)')
    .transform((pairs) => new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const)))
    .refine((map) => map.size > 0, 'is empty: set it to key=tenant[,key=tenant] or leave it unset');

/** `identity=tenant[,identity=tenant]`: client certificate identities and their tenants (split at the last `=`). */
const certTenants = () =>
  z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((pairs) => pairs.every((p) => p.lastIndexOf('=') > 0 && TENANT_PATTERN.test(p.slice(p.lastIndexOf('=') + 1).trim())), 'must be identity=tenant[,identity=tenant] (tenant: 1-128 of A-Z a-z 0-9 . _ -)')
    .transform((pairs) => new Map(pairs.map((p) => [p.slice(0, p.lastIndexOf('=')).trim(), p.slice(p.lastIndexOf('=') + 1).trim()] as const)))
    .refine((map) => map.size > 0, 'is empty: set it to identity=tenant[,identity=tenant] or leave it unset');

const certTenantFrom = () => z.enum(CLIENT_CERT_TENANT_FIELDS, { error: `must be one of ${CLIENT_CERT_TENANT_FIELDS.join(', ')}` });

/** The zod fragment of {@link tenancySchema} for one prefix. */
export type TenancySchema<P extends string> = {
  [K in `${P}_TLS_CLIENT_TENANT_FROM`]: z.ZodOptional<ReturnType<typeof certTenantFrom>>;
} & {
  [K in `${P}_TLS_CLIENT_TENANTS`]: z.ZodOptional<ReturnType<typeof certTenants>>;
} & {
  [K in `${P}_TENANT_HEADER`]: z.ZodOptional<ReturnType<typeof headerName>>;
} & {
  [K in `${P}_API_KEYS`]: z.ZodOptional<ReturnType<typeof apiKeys>>;
} & {
  [K in `${P}_API_KEY_HEADER`]: z.ZodDefault<ReturnType<typeof headerName>>;
};

/** The parsed values of a {@link TenancySchema}. */
export type TenancyConfig<P extends string> = {
  [K in `${P}_TLS_CLIENT_TENANT_FROM`]?: ClientCertTenantField;
} & {
  [K in `${P}_TLS_CLIENT_TENANTS`]?: Map<string, string>;
} & {
  [K in `${P}_TENANT_HEADER`]?: string;
} & {
  [K in `${P}_API_KEYS`]?: Map<string, string>;
} & {
  [K in `${P}_API_KEY_HEADER`]: string;
};

/**
 * The tenancy variables of a service, with one prefix: `<P>_TENANT_HEADER` (optional header
 * naming the tenant), `<P>_API_KEYS` (`key=tenant[,key=tenant]`), `<P>_API_KEY_HEADER`
 * (default `x-api-key`), and for mTLS `<P>_TLS_CLIENT_TENANT_FROM` (cn, dns, uri or email: where the
 * client certificate names the tenant) with the optional `<P>_TLS_CLIENT_TENANTS`
 * (`identity=tenant[,identity=tenant]`; without it the identity is the tenant id). That the last two
 * need `<P>_TLS_CLIENT_CA_FILE` is checked by @tracehouse/tls's `tlsConfigIssues`. Spread it into the service's config schema; {@link tenancyRules} turns the
 * parsed values into {@link TenancyRules}. The collector's rules (prefix `COLLECTOR`) are the model.
 */
export function tenancySchema<P extends string>(prefix: P): TenancySchema<P> {
  return {
    [`${prefix}_TENANT_HEADER`]: headerName().optional(),
    [`${prefix}_API_KEYS`]: apiKeys().optional(),
    [`${prefix}_API_KEY_HEADER`]: headerName().default('x-api-key'),
    [`${prefix}_TLS_CLIENT_TENANT_FROM`]: certTenantFrom().optional(),
    [`${prefix}_TLS_CLIENT_TENANTS`]: certTenants().optional(),
  } as TenancySchema<P>;
}

/** The {@link TenancyRules} of a parsed config holding a {@link tenancySchema} fragment. */
export function tenancyRules<P extends string>(prefix: P, config: TenancyConfig<P>): TenancyRules {
  const c = config as Record<string, unknown>;
  const from = c[`${prefix}_TLS_CLIENT_TENANT_FROM`] as ClientCertTenantField | undefined;
  return {
    tenantHeader: c[`${prefix}_TENANT_HEADER`] as string | undefined,
    apiKeys: c[`${prefix}_API_KEYS`] as Map<string, string> | undefined,
    apiKeyHeader: c[`${prefix}_API_KEY_HEADER`] as string,
    clientCertificate: from === undefined ? undefined : { from, tenants: c[`${prefix}_TLS_CLIENT_TENANTS`] as Map<string, string> | undefined },
  };
}
