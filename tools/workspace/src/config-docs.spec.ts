import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';

const root = resolve(__dirname, '../../..');

/** Every app's zod config schema, found by convention: apps/<app>/src/config/<app>.config.ts. */
function appSchemas(): Array<{ app: string; variables: string[] }> {
  return readdirSync(resolve(root, 'apps')).map((app) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by path on purpose: one schema per app folder
    const mod = require(resolve(root, 'apps', app, 'src/config', `${app}.config.ts`)) as Record<string, unknown>;
    const schema = Object.entries(mod).find(([k]) => k.endsWith('ConfigSchema'))?.[1] as z.ZodObject | undefined;
    if (!schema) throw new Error(`apps/${app}/src/config/${app}.config.ts exports no *ConfigSchema`);
    return { app, variables: Object.keys(schema.shape) };
  });
}

function readmeVariables(): Set<string> {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  return new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1] ?? ''));
}

describe('README configuration table', () => {
  it('documents every variable an app reads', () => {
    const documented = readmeVariables();
    const missing = appSchemas().flatMap(({ app, variables }) => variables.filter((v) => !documented.has(v)).map((v) => `${app}: ${v}`));
    expect(missing).toEqual([]);
  });

  it('documents no variable that no app reads', () => {
    const read = new Set(appSchemas().flatMap((s) => s.variables));
    expect([...readmeVariables()].filter((v) => !read.has(v))).toEqual([]);
  });
});
