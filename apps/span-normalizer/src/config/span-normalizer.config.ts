import { z } from 'zod';
import { env, kafkaSchema, loadConfig, serviceSchema, stageSchema, topicSchema, type Env } from '@tracehouse/config';
import { redactionConfigSchema } from '@tracehouse/redaction';

// The redaction defaults and variables live in @tracehouse/redaction (the log path reads the same ones).
export { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS } from '@tracehouse/redaction';

/**
 * One drop rule: a span is dropped when it matches every condition the rule gives. Values are
 * globs (`*` = any characters), compared case-sensitively.
 */
export interface DropRule {
  /** The span's tenant. */
  readonly tenant?: string;
  /** The span's service name (`unknown_service` when the sender gave none). */
  readonly service?: string;
  /** The span's name. */
  readonly spanName?: string;
  /** Attribute key -> value; the span's attribute, else its resource attribute, of that key. */
  readonly attributes?: Readonly<Record<string, string>>;
}

const glob = z.string({ error: 'must be a string (a glob, * = any characters)' }).min(1, 'must not be empty');
const dropRuleSchema = z
  .object({
    tenant: glob.optional(),
    service: glob.optional(),
    spanName: glob.optional(),
    attributes: z.record(z.string().min(1, 'attribute keys must not be empty'), glob, { error: 'must be an object of attribute key -> value glob' }).optional(),
  })
  .strict()
  .refine((r) => r.tenant !== undefined || r.service !== undefined || r.spanName !== undefined || (r.attributes !== undefined && Object.keys(r.attributes).length > 0), {
    message: 'a rule needs at least one condition (tenant, service, spanName or attributes); an empty rule would drop every span',
  });

/**
 * `NORMALIZER_DROP_RULES`: a JSON array of {@link DropRule}. Every problem is reported with the
 * rule's index, e.g. `rule 1: unknown field "servce" ...`.
 */
const dropRulesVariable = z.string().transform((text, ctx): DropRule[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `must be a JSON array of rules such as [{"service":"health-checker"},{"spanName":"GET /healthz"}] (${(err as Error).message})` });
    return z.NEVER;
  }
  if (!Array.isArray(parsed)) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON array of rules such as [{"service":"health-checker"}]' });
    return z.NEVER;
  }
  const rules: DropRule[] = [];
  parsed.forEach((raw: unknown, index) => {
    const result = dropRuleSchema.safeParse(raw);
    if (result.success) {
      rules.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      const message = issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: tenant, service, spanName, attributes)` : issue.message;
      ctx.addIssue({ code: 'custom', message: `rule ${index}: ${where}${message}` });
    }
  });
  return rules;
});

/** Every environment variable the span-normalizer reads, with its default and validation. */
export const spanNormalizerConfigSchema = z.object({
  ...serviceSchema('span-normalizer'),
  ...kafkaSchema,
  ...topicSchema,
  ...stageSchema('span-normalizer'),
  NORMALIZER_DB_STATEMENT_MAX_LENGTH: env.int(16, 1_000_000).default(4096),
  NORMALIZER_DROP_RULES: dropRulesVariable.default([]),
  ...redactionConfigSchema,
  NORMALIZER_DROP_LOG_INTERVAL_MS: env.int(100, 3_600_000).default(10_000),
});

/** The validated configuration of the span-normalizer. */
export type SpanNormalizerConfig = z.infer<typeof spanNormalizerConfigSchema>;

/** Reads and validates the span-normalizer's configuration; throws a ConfigError naming every bad variable. */
export function loadSpanNormalizerConfig(env: Env = process.env): SpanNormalizerConfig {
  return loadConfig('span-normalizer', spanNormalizerConfigSchema, env);
}
