import { z } from 'zod';
import { kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';

/** Every environment variable the trace-enricher reads, with its default and validation. */
export const traceEnricherConfigSchema = z.object({
  ...serviceSchema('trace-enricher'),
  ...kafkaSchema,
  ...topicSchema,
  ...stageSchema('trace-enricher'),
});

/** The validated configuration of the trace-enricher. */
export type TraceEnricherConfig = z.infer<typeof traceEnricherConfigSchema>;

/** Reads and validates the trace-enricher's configuration; throws a ConfigError naming every bad variable. */
export function loadTraceEnricherConfig(env: Env = process.env): TraceEnricherConfig {
  return loadConfig('trace-enricher', traceEnricherConfigSchema, env);
}
