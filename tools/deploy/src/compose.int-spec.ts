import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT, appNames, composeEnv, ensureTools, readCompose, runTool, type ComposeService } from './deploy-files';

let dockerCompose = '';
beforeAll(() => {
  dockerCompose = ensureTools().dockerCompose;
}, 15 * 60_000);

describe('docker-compose.yml, as docker-compose reads it', () => {
  it('validates with `docker-compose config`, and compose resolves every app environment as the unit tests read it', () => {
    const result = runTool(dockerCompose, ['-f', 'docker-compose.yml', 'config']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const resolved = parse(result.stdout) as { services: Record<string, ComposeService> };
    const written = readCompose().services;
    expect(Object.keys(resolved.services).sort()).toEqual(Object.keys(written).sort());
    for (const app of appNames()) {
      // Same names; values only differ where compose interpolates `${VAR:-default}`.
      const env = composeEnv(resolved.services[app] ?? {});
      expect(Object.keys(env).sort()).toEqual(Object.keys(composeEnv(written[app] ?? {})).sort());
      expect(Object.values(env).some((v) => v.includes('${'))).toBe(false);
    }
    expect(composeEnv(resolved.services['trace-enricher'] ?? {}).DOCUMENT_STORE).toBe('postgres');
  });

  it('fails `docker-compose config` on a typo, naming the key', () => {
    const dir = resolve(ROOT, '.cache/deploy-test');
    mkdirSync(dir, { recursive: true });
    const text = readFileSync(resolve(ROOT, 'docker-compose.yml'), 'utf8').replace('  restart: unless-stopped\n  # package-lock', '  restrat: unless-stopped\n  # package-lock');
    expect(text).toContain('restrat');
    writeFileSync(resolve(dir, 'docker-compose.yml'), text);
    const result = runTool(dockerCompose, ['-f', resolve(dir, 'docker-compose.yml'), 'config', '-q']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`The Compose file '${resolve(dir, 'docker-compose.yml')}' is invalid because:\nUnsupported config option for services.collector: 'restrat'`);
  });
});
