import { z } from 'zod';
import { kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';

/** Every environment variable the span-normalizer reads, with its default and validation. */
export const spanNormalizerConfigSchema = z.object({
  ...serviceSchema('span-normalizer'),
  ...kafkaSchema,
  ...topicSchema,
  ...stageSchema('span-normalizer'),
});

/** The validated configuration of the span-normalizer. */
export type SpanNormalizerConfig = z.infer<typeof spanNormalizerConfigSchema>;

/** Reads and validates the span-normalizer's configuration; throws a ConfigError naming every bad variable. */
export function loadSpanNormalizerConfig(env: Env = process.env): SpanNormalizerConfig {
  return loadConfig('span-normalizer', spanNormalizerConfigSchema, env);
}
