import { z } from 'zod';
import { env, kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';
import { loadSamplingPolicyFile, type SamplingPolicy } from '../sampling/sampling-policy';

/** Every environment variable the spans-grouper reads, with its default and validation. */
export const spansGrouperConfigSchema = z
  .object({
    ...serviceSchema('spans-grouper'),
    ...kafkaSchema,
    ...topicSchema,
    ...stageSchema('spans-grouper'),
    GROUPER_TRACE_QUIET_MS: env.int(100, 3_600_000).default(30_000),
    GROUPER_EARLY_COMPLETION: env.bool().default(true),
    GROUPER_COMPLETE_QUIET_MS: env.int(0, 600_000).default(2_000),
    GROUPER_MAX_SPANS_PER_TRACE: env.int(1, 1_000_000).default(10_000),
    GROUPER_MAX_BUFFERED_SPANS: env.int(1, 100_000_000).default(200_000),
    GROUPER_REMEMBERED_TRACES: env.int(0, 100_000_000).default(100_000),
    // Tail sampling: unset = off, every trace is kept. The file is read and validated at start-up.
    GROUPER_SAMPLING_POLICY_FILE: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.GROUPER_EARLY_COMPLETION && c.GROUPER_COMPLETE_QUIET_MS > c.GROUPER_TRACE_QUIET_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['GROUPER_COMPLETE_QUIET_MS'],
        message: `must not exceed GROUPER_TRACE_QUIET_MS (${c.GROUPER_TRACE_QUIET_MS}): early completion would never come earlier than the quiet window`,
      });
    }
  });

/**
 * The validated configuration of the spans-grouper, with the tail-sampling policy read from
 * GROUPER_SAMPLING_POLICY_FILE (absent: sampling off).
 */
export type SpansGrouperConfig = z.infer<typeof spansGrouperConfigSchema> & { readonly samplingPolicy?: SamplingPolicy };

/**
 * Reads and validates the spans-grouper's configuration and its sampling policy file; throws a
 * ConfigError naming every bad variable (for the policy file, the path of every bad field in it).
 */
export function loadSpansGrouperConfig(env: Env = process.env): SpansGrouperConfig {
  const config = loadConfig('spans-grouper', spansGrouperConfigSchema, env);
  const file = config.GROUPER_SAMPLING_POLICY_FILE;
  return file === undefined ? config : { ...config, samplingPolicy: loadSamplingPolicyFile(file) };
}
