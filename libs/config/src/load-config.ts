import type { z } from 'zod';

/** One environment variable that failed validation. */
export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/**
 * A configuration that failed validation at start-up. Its message names every bad variable, so one
 * restart shows everything to fix.
 */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(
      `${service}: invalid configuration (${issues.length} variable${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Environment variables as Node gives them. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Validates the environment against a zod object whose keys are the variable names and returns the
 * typed configuration. Empty strings count as unset, so `FOO=` falls back to the default.
 * @throws ConfigError naming every invalid or missing variable.
 */
export function loadConfig<S extends z.ZodObject>(service: string, schema: S, env: Env = process.env): z.infer<S> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? '(environment)');
    const given = input[variable];
    const message = given === undefined && issue.code === 'invalid_type' ? 'is required but not set' : `${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
    return { variable, message };
  });
  throw new ConfigError(service, issues);
}
