import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';

const root = resolve(__dirname, '../../..');

/**
 * Every service's zod config schema, found by convention: apps/<app>/src/config/<app>.config.ts.
 * A service is an app with a Node entry point (src/main.ts); apps/ui is a browser bundle served by
 * the query API and reads no environment.
 */
function appSchemas(): Array<{ app: string; variables: string[] }> {
  const services = readdirSync(resolve(root, 'apps')).filter((app) => existsSync(resolve(root, 'apps', app, 'src/main.ts')));
  return services.map((app) => {
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
