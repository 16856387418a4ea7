import { z } from 'zod';
import { env, kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';
import { entityReadConfigSchema, queryApiConfigSchema, queryEmbeddedConfigSchema } from '@tracehouse/query-api';
import { tlsConfigIssues } from '@tracehouse/tls';
import { redactionConfigSchema } from '@tracehouse/redaction';
import { traceStoreConfigSchema } from '@tracehouse/trace-store';

const retentionDays = (days: number) => env.int(0, 36_500).default(days);

/** Every environment variable the view-generator reads, with its default and validation. */
export const viewGeneratorConfigSchema = z.object({
  ...serviceSchema('view-generator'),
  ...kafkaSchema,
  ...topicSchema,
  ...stageSchema('view-generator'),
  ...traceStoreConfigSchema,
  /** Insert once this many spans are buffered (also the buffer's cap while ClickHouse is down). */
  VIEW_BATCH_MAX_SPANS: env.int(1, 1_000_000).default(50_000),
  /**
   * Insert what is buffered once its oldest message is this old, ms. Every insert makes a part in
   * each view, and small parts cost merges. 1 s since the staged inserts' fixed cost fell to ~45 ms
   * (single-thread parsing, older analyzer for the views): in bench:pipeline at 10,000 spans/s the
   * view-generator used 27.2 CPU-s per 40 s step with 1 s batches against 28.5 with 2 s, and
   * freshness p50 fell from 3.35 s to 2.63 s (issue 13's floor is 3 s). (Before those changes, at
   * 2,500 spans/s, 2 s had cut its CPU from 25.5 to 16.4 s per step.)
   */
  VIEW_BATCH_MAX_AGE_MS: env.int(10, 600_000).default(1_000),
  /** Retention of each view in days (0 keeps rows forever). */
  VIEW_RETENTION_SPANS_DAYS: retentionDays(7),
  VIEW_RETENTION_TRACES_DAYS: retentionDays(7),
  VIEW_RETENTION_SERVICE_CALLS_DAYS: retentionDays(30),
  VIEW_RETENTION_BACKEND_CALLS_DAYS: retentionDays(30),
  VIEW_RETENTION_API_CALLS_DAYS: retentionDays(30),
  VIEW_RETENTION_OPERATIONS_DAYS: retentionDays(30),
  /** Retention of `logs` (OTLP log records), counted from arrival like the spans. */
  VIEW_RETENTION_LOGS_DAYS: retentionDays(7),
  /**
   * The consumer group of the log path (`otlp-logs` -> `logs`), its own so logs and traces are
   * consumed, committed and rebalanced apart: a backlog of one never delays the other.
   */
  VIEW_LOGS_GROUP_ID: z.string().min(1).default('view-generator-logs'),
  /** Insert log records once this many are buffered (also the buffer's cap while ClickHouse is down); VIEW_BATCH_MAX_AGE_MS bounds their wait. */
  VIEW_LOGS_BATCH_MAX_RECORDS: env.int(1, 1_000_000).default(20_000),
  /** Redaction of log attributes and map bodies: the span-normalizer's variables, so one setting governs spans and logs. */
  ...redactionConfigSchema,
  /** The query API, served in this process in the embedded default (QUERY_EMBEDDED=auto and no CLICKHOUSE_URL). */
  ...queryEmbeddedConfigSchema,
  ...queryApiConfigSchema,
  ...entityReadConfigSchema,
}).superRefine((config, ctx) => {
  // The embedded query API's TLS variables, checked across each other as the query-service does.
  for (const issue of tlsConfigIssues('QUERY', config)) ctx.addIssue({ code: 'custom', path: [issue.variable], message: issue.message });
});

/** The validated configuration of the view-generator. */
export type ViewGeneratorConfig = z.infer<typeof viewGeneratorConfigSchema>;

/** Reads and validates the view-generator's configuration; throws a ConfigError naming every bad variable. */
export function loadViewGeneratorConfig(env: Env = process.env): ViewGeneratorConfig {
  return loadConfig('view-generator', viewGeneratorConfigSchema, env);
}
