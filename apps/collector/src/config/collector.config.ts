import { z } from 'zod';
import { kafkaSchema, loadConfig, serviceSchema, topicSchema, type Env } from '@tracehouse/config';

/** Every environment variable the collector reads, with its default and validation. */
export const collectorConfigSchema = z.object({
  ...serviceSchema('collector'),
  ...kafkaSchema,
  ...topicSchema,
});

/** The validated configuration of the collector. */
export type CollectorConfig = z.infer<typeof collectorConfigSchema>;

/** Reads and validates the collector's configuration; throws a ConfigError naming every bad variable. */
export function loadCollectorConfig(env: Env = process.env): CollectorConfig {
  return loadConfig('collector', collectorConfigSchema, env);
}
