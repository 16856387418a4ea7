import { z } from 'zod';
import { kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';

/** Every environment variable the view-generator reads, with its default and validation. */
export const viewGeneratorConfigSchema = z.object({
  ...serviceSchema('view-generator'),
  ...kafkaSchema,
  ...topicSchema,
  ...stageSchema('view-generator'),
});

/** The validated configuration of the view-generator. */
export type ViewGeneratorConfig = z.infer<typeof viewGeneratorConfigSchema>;

/** Reads and validates the view-generator's configuration; throws a ConfigError naming every bad variable. */
export function loadViewGeneratorConfig(env: Env = process.env): ViewGeneratorConfig {
  return loadConfig('view-generator', viewGeneratorConfigSchema, env);
}
