import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_PORTS, env, migrationSchema } from '@tracehouse/config';
import { tenancySchema } from '@tracehouse/tenancy';
import { tlsSchema } from '@tracehouse/tls';

/**
 * The built web UI of a compiled app: its main file runs from dist/apps/<app>/src/, and
 * tools/build.mjs bundles apps/ui into dist/apps/ui/public beside it. `QUERY_UI_DIR` overrides it.
 */
export function uiDirBeside(appSrcDir: string, configured: string | undefined): string {
  return configured ?? resolve(appSrcDir, '..', '..', 'ui', 'public');
}

/**
 * The variables of a process serving the query API (apps/query-service, or the view-generator in
 * the embedded default): where it listens, where the built web UI is, and the tenancy rules, `QUERY_TENANT_HEADER`,
 * `QUERY_API_KEYS`, `QUERY_API_KEY_HEADER`, `QUERY_TLS_CLIENT_TENANT_FROM`, `QUERY_TLS_CLIENT_TENANTS`, and
 * TLS, `QUERY_TLS_CERT_FILE`, `QUERY_TLS_KEY_FILE`, `QUERY_TLS_CLIENT_CA_FILE`, `QUERY_TLS_RELOAD_INTERVAL_MS`,
 * read exactly as the collector reads its own (the app's schema adds tlsConfigIssues to its superRefine).
 */
export const queryApiConfigSchema = {
  QUERY_HOST: z.string().min(1).default('0.0.0.0'),
  QUERY_PORT: env.port().default(DEFAULT_PORTS.query),
  /** The built web UI served at `/`; by default dist/apps/ui/public of the running workspace (see uiDirBeside). */
  QUERY_UI_DIR: z.string().min(1).optional(),
  ...tenancySchema('QUERY'),
  // HTTPS (and mTLS) from certificate files, off without them; cross-checked by tlsConfigIssues('QUERY', ...).
  ...tlsSchema('QUERY'),
};

/** The view-generator's switch of its embedded query API (see queryApiEmbedded). */
export const queryEmbeddedConfigSchema = {
  QUERY_EMBEDDED: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).default('auto'),
};

/**
 * The document-store variables of a process that reads entities, as the trace-enricher reads
 * them (same names, defaults and validation), so one environment serves both.
 */
export const entityReadConfigSchema = {
  DOCUMENT_STORE: z.enum(['postgres', 'mongodb'], { error: 'must be postgres or mongodb' }).default('postgres'),
  DATABASE_URL: env.url('postgres', 'postgresql').default('postgres://tracehouse@127.0.0.1:5432/tracehouse'),
  MONGODB_URL: env.url('mongodb', 'mongodb+srv').optional(),
  ENTITY_STORE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a plain PostgreSQL identifier (a-z, 0-9, _; up to 63)').default('tracehouse'),
  ENTITY_STORE_TIMEOUT_MS: env.int(100, 120_000).default(5_000),
  ...migrationSchema,
};
