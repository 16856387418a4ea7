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

  it('merges the TLS override docker-compose.tls.yml: the collector and the query-service get the TLS variables and the ./tls folder, nothing else changes', () => {
    const result = runTool(dockerCompose, ['-f', 'docker-compose.yml', '-f', 'docker-compose.tls.yml', 'config']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const merged = parse(result.stdout) as { services: Record<string, ComposeService & { volumes?: string[] }> };
    const plain = parse(runTool(dockerCompose, ['-f', 'docker-compose.yml', 'config']).stdout) as typeof merged;
    for (const [app, prefix] of [
      ['collector', 'COLLECTOR'],
      ['query-service', 'QUERY'],
    ] as const) {
      const env = composeEnv(merged.services[app] ?? {});
      const added = Object.keys(env).filter((k) => !(k in composeEnv(plain.services[app] ?? {})));
      expect(added.every((k) => k.startsWith(`${prefix}_TLS_`))).toBe(true);
      expect(env[`${prefix}_TLS_CERT_FILE`]).toBe('/etc/tracehouse/tls/server.crt');
      // docker-compose 1.x prints volumes in the short syntax, the host path made absolute.
      expect(merged.services[app]?.volumes).toContain(`${resolve(ROOT, 'tls')}:/etc/tracehouse/tls:ro`);
    }
    for (const app of appNames().filter((a) => a !== 'collector' && a !== 'query-service')) expect(merged.services[app]).toEqual(plain.services[app]);
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
