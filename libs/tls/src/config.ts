import { accessSync, constants, statSync } from 'node:fs';
import { z } from 'zod';
import { env } from '@tracehouse/config';
import { loadTlsMaterial, TlsMaterialError } from './material';

/** Default interval between two looks at the certificate files, ms. */
export const DEFAULT_TLS_RELOAD_INTERVAL_MS = 5_000;

/** A file path that must name a readable regular file at start-up (the message says why not). */
const readableFile = () =>
  z.string().superRefine((path, ctx) => {
    try {
      if (!statSync(path).isFile()) {
        ctx.addIssue({ code: 'custom', message: 'must name a file (it is a folder or a device)' });
        return;
      }
      accessSync(path, constants.R_OK);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `cannot be read: ${(err as Error).message}` });
    }
  });

function isReadableFile(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The zod fragment of {@link tlsSchema} for one prefix. */
export type TlsSchema<P extends string> = {
  [K in `${P}_TLS_CERT_FILE` | `${P}_TLS_KEY_FILE` | `${P}_TLS_CLIENT_CA_FILE`]: z.ZodOptional<ReturnType<typeof readableFile>>;
} & {
  [K in `${P}_TLS_RELOAD_INTERVAL_MS`]: z.ZodDefault<ReturnType<typeof env.int>>;
};

/** The parsed values of a {@link TlsSchema}. */
export type TlsConfig<P extends string> = {
  [K in `${P}_TLS_CERT_FILE` | `${P}_TLS_KEY_FILE` | `${P}_TLS_CLIENT_CA_FILE`]?: string;
} & {
  [K in `${P}_TLS_RELOAD_INTERVAL_MS`]: number;
};

/**
 * The TLS variables of a server, with one prefix (`COLLECTOR`, `QUERY`): `<P>_TLS_CERT_FILE` and
 * `<P>_TLS_KEY_FILE` (PEM; both or neither: TLS is off without them), `<P>_TLS_CLIENT_CA_FILE` (PEM
 * CA bundle: clients must present a certificate it signed, i.e. mTLS) and
 * `<P>_TLS_RELOAD_INTERVAL_MS` (how often the files are looked at for a new certificate). Spread it
 * into the service's schema and add {@link tlsConfigIssues} to its `superRefine`.
 */
export function tlsSchema<P extends string>(prefix: P): TlsSchema<P> {
  return {
    [`${prefix}_TLS_CERT_FILE`]: readableFile().optional(),
    [`${prefix}_TLS_KEY_FILE`]: readableFile().optional(),
    [`${prefix}_TLS_CLIENT_CA_FILE`]: readableFile().optional(),
    [`${prefix}_TLS_RELOAD_INTERVAL_MS`]: env.int(100, 3_600_000).default(DEFAULT_TLS_RELOAD_INTERVAL_MS),
  } as TlsSchema<P>;
}

/** Where TLS material is read from: the validated files of one server. */
export interface TlsSettings {
  /** The variable prefix, for messages (`COLLECTOR`). */
  readonly prefix: string;
  readonly certFile: string;
  readonly keyFile: string;
  /** Set: client certificates are required and verified against this CA bundle (mTLS). */
  readonly clientCaFile?: string;
  readonly reloadIntervalMs: number;
}

/** The {@link TlsSettings} of a parsed config, or undefined when TLS is off (no certificate configured). */
export function tlsSettings<P extends string>(prefix: P, config: TlsConfig<P>): TlsSettings | undefined {
  const c = config as Record<string, unknown>;
  const certFile = c[`${prefix}_TLS_CERT_FILE`] as string | undefined;
  const keyFile = c[`${prefix}_TLS_KEY_FILE`] as string | undefined;
  if (certFile === undefined || keyFile === undefined) return undefined;
  return { prefix, certFile, keyFile, clientCaFile: c[`${prefix}_TLS_CLIENT_CA_FILE`] as string | undefined, reloadIntervalMs: c[`${prefix}_TLS_RELOAD_INTERVAL_MS`] as number };
}

/** One problem of a TLS configuration: the variable and a sentence. */
export interface TlsConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/**
 * What is wrong across the TLS variables of one prefix (each file alone is checked by the schema):
 * a certificate without its key or the other way round, a client CA or certificate-to-tenant rule
 * without TLS, and a certificate and key that are not a usable pair (read and tried once, so a bad
 * pair stops the start with this message rather than at the first handshake).
 */
export function tlsConfigIssues(prefix: string, config: Readonly<Record<string, unknown>>): TlsConfigIssue[] {
  const v = (name: string) => config[`${prefix}_${name}`];
  const cert = v('TLS_CERT_FILE') as string | undefined;
  const key = v('TLS_KEY_FILE') as string | undefined;
  const ca = v('TLS_CLIENT_CA_FILE') as string | undefined;
  const issues: TlsConfigIssue[] = [];
  if (cert !== undefined && key === undefined) issues.push({ variable: `${prefix}_TLS_KEY_FILE`, message: `is required when ${prefix}_TLS_CERT_FILE is set: TLS needs the certificate's private key` });
  if (key !== undefined && cert === undefined) issues.push({ variable: `${prefix}_TLS_CERT_FILE`, message: `is required when ${prefix}_TLS_KEY_FILE is set: TLS needs the certificate of that key` });
  if (ca !== undefined && cert === undefined) issues.push({ variable: `${prefix}_TLS_CLIENT_CA_FILE`, message: `needs ${prefix}_TLS_CERT_FILE and ${prefix}_TLS_KEY_FILE: client certificates are verified only over TLS` });
  if (v('TLS_CLIENT_TENANT_FROM') !== undefined && ca === undefined) {
    issues.push({ variable: `${prefix}_TLS_CLIENT_TENANT_FROM`, message: `needs ${prefix}_TLS_CLIENT_CA_FILE: a tenant is read only from a client certificate the CA verified` });
  }
  if (v('TLS_CLIENT_TENANTS') !== undefined && v('TLS_CLIENT_TENANT_FROM') === undefined) {
    issues.push({ variable: `${prefix}_TLS_CLIENT_TENANTS`, message: `needs ${prefix}_TLS_CLIENT_TENANT_FROM (cn, dns, uri or email): which certificate field the identities are` });
  }
  // Only when each file is readable: the schema has already named one that is not.
  if (cert !== undefined && key !== undefined && [cert, key, ca].every((f) => f === undefined || isReadableFile(f))) {
    try {
      loadTlsMaterial({ prefix, certFile: cert, keyFile: key, clientCaFile: ca, reloadIntervalMs: DEFAULT_TLS_RELOAD_INTERVAL_MS });
    } catch (err) {
      if (!(err instanceof TlsMaterialError)) throw err;
      issues.push({ variable: err.variable, message: err.message });
    }
  }
  return issues;
}
