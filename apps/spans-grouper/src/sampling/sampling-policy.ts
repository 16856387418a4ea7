// The tail-sampling policy file: its schema, validation with errors naming the bad field, and the
// compiled form the decision engine (tail-sampler.ts) runs. JSON, or YAML for a file named
// `.yaml`/`.yml` (the issue asks for either): both parse to the same document, validated by the
// same schema, so a bad field is named by the same path whichever syntax it was written in.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ConfigError } from '@tracehouse/config';
import { parseDocument } from 'yaml';
import { z } from 'zod';

/** What a rule does with a trace it matches. */
export const SAMPLING_ACTIONS = ['keep', 'drop'] as const;
export type SamplingAction = (typeof SAMPLING_ACTIONS)[number];

/** The kinds of rule condition, in one list (see {@link SamplingCondition}). */
export const CONDITION_TYPES = ['error', 'latency', 'attribute', 'rate_limit', 'probabilistic', 'always'] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];

/** The rule name a trace gets when no rule matched and the policy's `otherwise` decided. */
export const OTHERWISE_RULE = 'otherwise';

/** The environment variable naming the policy file (named in validation errors). */
export const POLICY_FILE_VARIABLE = 'GROUPER_SAMPLING_POLICY_FILE';

const ruleName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/, 'must be 1-63 characters of a-z, 0-9, "_", "." and "-", starting with a letter or digit (it is a metrics label)')
  .refine((n) => n !== OTHERWISE_RULE, `"${OTHERWISE_RULE}" is reserved for traces no rule matched`);

/** Optional span filters shared by the span-level conditions: a span counts only when it matches both. */
const spanFilter = {
  /** The span's service name, exactly. */
  service: z.string().min(1).optional(),
  /** The span's name (operation), exactly or as a glob (`*` any characters, `?` one). */
  operation: z.string().min(1).optional(),
};

const errorCondition = z.strictObject({ type: z.literal('error'), ...spanFilter });

const latencyCondition = z.strictObject({
  type: z.literal('latency'),
  /** Matches when the duration is strictly over this, ms. */
  thresholdMs: z.number().nonnegative(),
  /** `trace`: the trace's duration (earliest start to latest end), filters on its root span; `span`: any one span's. */
  scope: z.enum(['trace', 'span']).default('trace'),
  ...spanFilter,
});

const attributeCondition = z
  .strictObject({
    type: z.literal('attribute'),
    /** Attribute key, looked up on the span, then on its resource. */
    key: z.string().min(1),
    /** Exact value: a string, a number (an integer attribute compares by value) or a boolean. */
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    /** Glob over a string value (`*` any characters, `?` one). */
    glob: z.string().min(1).optional(),
    /** Numeric range, inclusive; either bound may be left out. */
    min: z.number().optional(),
    max: z.number().optional(),
    ...spanFilter,
  })
  .superRefine((c, ctx) => {
    const kinds = [c.equals !== undefined, c.glob !== undefined, c.min !== undefined || c.max !== undefined].filter(Boolean).length;
    if (kinds !== 1) ctx.addIssue({ code: 'custom', message: 'needs exactly one of "equals", "glob", or a range ("min" and/or "max")' });
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['min'], message: `must not exceed max (${c.max})` });
  });

const rateLimitCondition = z.strictObject({
  type: z.literal('rate_limit'),
  /** At most this many traces per second of the trace's own start time, per key. */
  tracesPerSecond: z.number().int().positive(),
  /** `service`: key by the root span's service; `api`: by its service and operation (the API entry). */
  per: z.enum(['service', 'api']).default('service'),
});

const probabilisticCondition = z.strictObject({
  type: z.literal('probabilistic'),
  /** Percentage of traces kept, decided from the trace id as the collector's head sampler does. */
  percentage: z.number().gt(0).max(100),
  /** Hash seed (unsigned 32-bit), as COLLECTOR_SAMPLING_SEED. */
  seed: z.number().int().min(0).max(0xffffffff).default(0),
});

const alwaysCondition = z.strictObject({ type: z.literal('always') });

const condition = z.discriminatedUnion('type', [errorCondition, latencyCondition, attributeCondition, rateLimitCondition, probabilisticCondition, alwaysCondition]);

const rule = z
  .strictObject({
    name: ruleName,
    action: z.enum(SAMPLING_ACTIONS).default('keep'),
    when: condition,
  })
  .superRefine((r, ctx) => {
    // A drop by chance or by rate would leave the kept traces' weight unknown to the rules after it.
    if (r.action === 'drop' && (r.when.type === 'probabilistic' || r.when.type === 'rate_limit')) {
      ctx.addIssue({ code: 'custom', path: ['action'], message: `"drop" cannot go with a ${r.when.type} condition: use a keep rule and "otherwise": "drop"` });
    }
  });

const tenantPolicy = z
  .strictObject({
    rules: z.array(rule).max(100),
    /** What happens to a trace no rule matched. */
    otherwise: z.enum(SAMPLING_ACTIONS).default('keep'),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.rules.forEach((r, i) => {
      if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'name'], message: `"${r.name}" is used by an earlier rule: rule names must be unique (they label the metrics)` });
      seen.add(r.name);
    });
  });

/** The schema of the policy file. */
export const samplingPolicySchema = z.strictObject({
  /** The policy of every tenant not listed in `tenants`. */
  default: tenantPolicy,
  /** Per-tenant policies, replacing the default (not merged with it). */
  tenants: z.record(z.string().min(1), tenantPolicy).default({}),
});

/** One rule condition, as validated. */
export type SamplingCondition = z.infer<typeof condition>;
/** One rule, as validated. */
export type SamplingRule = z.infer<typeof rule>;
/** The policy of one tenant, as validated. */
export type TenantSamplingPolicy = z.infer<typeof tenantPolicy>;
/** A validated policy file. */
export type SamplingPolicy = z.infer<typeof samplingPolicySchema>;

/**
 * Whether any rule of the policy reads span or resource attributes (an `attribute` condition):
 * then the grouper must decode every span whole; otherwise its rules read only fields a projected
 * decode keeps (status, HTTP and RPC codes, times, service, name).
 */
export function policyReadsAttributes(policy: SamplingPolicy): boolean {
  return [policy.default, ...Object.values(policy.tenants)].some((p) => p.rules.some((r) => r.when.type === 'attribute'));
}

/** `a.b[2].c`: a zod issue path as a reader of the file would write it. */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out === '' ? '(the top level)' : out;
}

/**
 * Validates a parsed policy document. `source` names it in errors (the file path).
 * @throws ConfigError naming `GROUPER_SAMPLING_POLICY_FILE`, with one line per bad field, each
 *   naming the field's path (`default.rules[1].when.percentage: ...`).
 */
export function parseSamplingPolicy(document: unknown, source: string): SamplingPolicy {
  const result = samplingPolicySchema.safeParse(document);
  if (result.success) return result.data;
  throw new ConfigError(
    'spans-grouper',
    result.error.issues.map((issue) => ({ variable: POLICY_FILE_VARIABLE, message: `${source}: ${fieldPath(issue.path)}: ${issue.message}` })),
  );
}

/**
 * A YAML policy document as plain data. YAML 1.2 core schema: `yes`/`no` stay strings, as in
 * JSON; a duplicate key or a syntax error is an error (the first one, with its line and column),
 * never a silently merged document.
 */
function parseYaml(text: string, path: string): unknown {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const [first] = doc.errors;
  if (first !== undefined) {
    const at = first.linePos?.[0];
    throw new ConfigError('spans-grouper', [{ variable: POLICY_FILE_VARIABLE, message: `${path} is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${first.message.split('\n')[0]}` }]);
  }
  return doc.toJS({ maxAliasCount: 100 });
}

/**
 * Reads and validates the policy file at `path`: YAML when it is named `.yaml` or `.yml`, else JSON.
 * @throws ConfigError when the file cannot be read, does not parse, or breaks the schema.
 */
export function loadSamplingPolicyFile(path: string): SamplingPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError('spans-grouper', [{ variable: POLICY_FILE_VARIABLE, message: `cannot read the sampling policy file ${path}: ${(err as Error).message}` }]);
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return parseSamplingPolicy(parseYaml(text, path), path);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    throw new ConfigError('spans-grouper', [{ variable: POLICY_FILE_VARIABLE, message: `${path} is not valid JSON: ${(err as Error).message}` }]);
  }
  return parseSamplingPolicy(document, path);
}
