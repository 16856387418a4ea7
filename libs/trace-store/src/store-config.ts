import { z } from 'zod';
import { env, migrationSchema } from '@tracehouse/config';
import type { TraceStoreOptions } from './store';

/**
 * The variables of every service that opens the views' ClickHouse database (the view-generator and
 * the query API): a server by `CLICKHOUSE_URL`, or the embedded engine in `CLICKHOUSE_DATA_PATH`.
 */
export const traceStoreConfigSchema = {
  CLICKHOUSE_URL: env.url('http', 'https').optional(),
  CLICKHOUSE_DATA_PATH: z.string().min(1).default('.data/clickhouse'),
  CLICKHOUSE_DATABASE: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'must be a database name (letters, digits and _, not starting with a digit)').default('tracehouse'),
  CLICKHOUSE_USER: z.string().optional(),
  CLICKHOUSE_PASSWORD: z.string().optional(),
  CLICKHOUSE_REQUEST_TIMEOUT_MS: env.int(100, 600_000).default(30_000),
  ...migrationSchema,
};

/** The store options from validated configuration. */
export function traceStoreOptions(config: {
  CLICKHOUSE_URL?: string;
  CLICKHOUSE_DATA_PATH: string;
  CLICKHOUSE_DATABASE: string;
  CLICKHOUSE_USER?: string;
  CLICKHOUSE_PASSWORD?: string;
  CLICKHOUSE_REQUEST_TIMEOUT_MS: number;
  MIGRATION_LOCK_TIMEOUT_MS: number;
}): TraceStoreOptions {
  return {
    url: config.CLICKHOUSE_URL,
    dataPath: config.CLICKHOUSE_DATA_PATH,
    database: config.CLICKHOUSE_DATABASE,
    user: config.CLICKHOUSE_USER,
    password: config.CLICKHOUSE_PASSWORD,
    requestTimeoutMs: config.CLICKHOUSE_REQUEST_TIMEOUT_MS,
    migrationLockTimeoutMs: config.MIGRATION_LOCK_TIMEOUT_MS,
  };
}
