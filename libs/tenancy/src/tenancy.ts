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
 * Resolves the tenant of a request from its headers: with API keys configured, the key's tenant
 * (a missing or unknown key is refused); otherwise the tenant header when configured and present;
 * otherwise `default`. Pure: no I/O, no state.
 */
export function resolveTenant(headers: HeaderSource, rules: TenancyRules): TenantResult {
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

/** The zod fragment of {@link tenancySchema} for one prefix. */
export type TenancySchema<P extends string> = {
  [K in `${P}_TENANT_HEADER`]: z.ZodOptional<ReturnType<typeof headerName>>;
} & {
  [K in `${P}_API_KEYS`]: z.ZodOptional<ReturnType<typeof apiKeys>>;
} & {
  [K in `${P}_API_KEY_HEADER`]: z.ZodDefault<ReturnType<typeof headerName>>;
};

/** The parsed values of a {@link TenancySchema}. */
export type TenancyConfig<P extends string> = {
  [K in `${P}_TENANT_HEADER`]?: string;
} & {
  [K in `${P}_API_KEYS`]?: Map<string, string>;
} & {
  [K in `${P}_API_KEY_HEADER`]: string;
};

/**
 * The three tenancy variables of a service, with one prefix: `<P>_TENANT_HEADER` (optional header
 * naming the tenant), `<P>_API_KEYS` (`key=tenant[,key=tenant]`) and `<P>_API_KEY_HEADER`
 * (default `x-api-key`). Spread it into the service's config schema; {@link tenancyRules} turns the
 * parsed values into {@link TenancyRules}. The collector's rules (prefix `COLLECTOR`) are the model.
 */
export function tenancySchema<P extends string>(prefix: P): TenancySchema<P> {
  return {
    [`${prefix}_TENANT_HEADER`]: headerName().optional(),
    [`${prefix}_API_KEYS`]: apiKeys().optional(),
    [`${prefix}_API_KEY_HEADER`]: headerName().default('x-api-key'),
  } as TenancySchema<P>;
}

/** The {@link TenancyRules} of a parsed config holding a {@link tenancySchema} fragment. */
export function tenancyRules<P extends string>(prefix: P, config: TenancyConfig<P>): TenancyRules {
  const c = config as Record<string, unknown>;
  return {
    tenantHeader: c[`${prefix}_TENANT_HEADER`] as string | undefined,
    apiKeys: c[`${prefix}_API_KEYS`] as Map<string, string> | undefined,
    apiKeyHeader: c[`${prefix}_API_KEY_HEADER`] as string,
  };
}
