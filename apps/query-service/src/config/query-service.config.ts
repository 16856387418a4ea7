import { z } from 'zod';
import { loadConfig, serviceSchema, type Env } from '@tracehouse/config';
import { entityReadConfigSchema, queryApiConfigSchema } from '@tracehouse/query-api';
import { tlsConfigIssues } from '@tracehouse/tls';
import { traceStoreConfigSchema } from '@tracehouse/trace-store';

/** Every environment variable the query-service reads, with its default and validation. */
export const queryServiceConfigSchema = z
  .object({
    ...serviceSchema('query-service'),
    ...traceStoreConfigSchema,
    ...queryApiConfigSchema,
    ...entityReadConfigSchema,
  })
  .superRefine((config, ctx) => {
    // The embedded engine binds its data folder to one process, the view-generator, which serves the
    // query API itself in that mode (ARCHITECTURE.md "Storage"): a second process must not open it.
    if (!config.CLICKHOUSE_URL) {
      ctx.addIssue({ code: 'custom', path: ['CLICKHOUSE_URL'], message: 'is required: the query-service reads a ClickHouse server; with the embedded engine the view-generator serves the query API (QUERY_EMBEDDED)' });
    }
    if (config.DOCUMENT_STORE === 'mongodb' && !config.MONGODB_URL) {
      ctx.addIssue({ code: 'custom', path: ['MONGODB_URL'], message: 'is required when DOCUMENT_STORE=mongodb: set it to mongodb://host:port/database' });
    }
    for (const issue of tlsConfigIssues('QUERY', config)) ctx.addIssue({ code: 'custom', path: [issue.variable], message: issue.message });
  });

/** The validated configuration of the query-service. */
export type QueryServiceConfig = z.infer<typeof queryServiceConfigSchema>;

/** Reads and validates the query-service's configuration; throws a ConfigError naming every bad variable. */
export function loadQueryServiceConfig(env: Env = process.env): QueryServiceConfig {
  return loadConfig('query-service', queryServiceConfigSchema, env);
}
