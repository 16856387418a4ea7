import { z } from 'zod';
import { env, kafkaSchema, loadConfig, migrationSchema, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';

/** Every environment variable the trace-enricher reads, with its default and validation. */
export const traceEnricherConfigSchema = z
  .object({
    ...serviceSchema('trace-enricher'),
    ...kafkaSchema,
    ...topicSchema,
    ...stageSchema('trace-enricher'),
    DOCUMENT_STORE: z.enum(['postgres', 'mongodb'], { error: 'must be postgres or mongodb' }).default('postgres'),
    DATABASE_URL: env.url('postgres', 'postgresql').default('postgres://tracehouse@127.0.0.1:5432/tracehouse'),
    MONGODB_URL: env.url('mongodb', 'mongodb+srv').optional(),
    ENTITY_STORE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a plain PostgreSQL identifier (a-z, 0-9, _; up to 63)').default('tracehouse'),
    ENTITY_STORE_TIMEOUT_MS: env.int(100, 120_000).default(5_000),
    ENTITY_STORE_BATCH: env.int(1, 10_000).default(500),
    ...migrationSchema,
    ENTITY_CACHE_MAX: env.int(100, 10_000_000).default(100_000),
    ENTITY_CACHE_TTL_MS: env.int(1_000, 86_400_000).default(600_000),
    ENTITY_TOUCH_INTERVAL_MS: env.int(100, 600_000).default(5_000),
    ENRICHER_MAX_APIS_PER_SERVICE: env.int(1, 1_000_000).default(1_000),
  })
  .superRefine((config, ctx) => {
    if (config.DOCUMENT_STORE === 'mongodb' && !config.MONGODB_URL) {
      ctx.addIssue({ code: 'custom', path: ['MONGODB_URL'], message: 'is required when DOCUMENT_STORE=mongodb: set it to mongodb://host:port/database' });
    }
  });

/** The validated configuration of the trace-enricher. */
export type TraceEnricherConfig = z.infer<typeof traceEnricherConfigSchema>;

/** Reads and validates the trace-enricher's configuration; throws a ConfigError naming every bad variable. */
export function loadTraceEnricherConfig(e: Env = process.env): TraceEnricherConfig {
  return loadConfig('trace-enricher', traceEnricherConfigSchema, e);
}
