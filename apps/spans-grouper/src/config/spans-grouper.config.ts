import { z } from 'zod';
import { kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';

/** Every environment variable the spans-grouper reads, with its default and validation. */
export const spansGrouperConfigSchema = z.object({
  ...serviceSchema('spans-grouper'),
  ...kafkaSchema,
  ...topicSchema,
  ...stageSchema('spans-grouper'),
});

/** The validated configuration of the spans-grouper. */
export type SpansGrouperConfig = z.infer<typeof spansGrouperConfigSchema>;

/** Reads and validates the spans-grouper's configuration; throws a ConfigError naming every bad variable. */
export function loadSpansGrouperConfig(env: Env = process.env): SpansGrouperConfig {
  return loadConfig('spans-grouper', spansGrouperConfigSchema, env);
}
