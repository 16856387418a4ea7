import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpansGrouperConfig } from './spans-grouper.config';

describe('spans-grouper configuration', () => {
  it('has the documented defaults', () => {
    expect(loadSpansGrouperConfig({})).toMatchObject({
      GROUPER_TRACE_QUIET_MS: 30_000,
      GROUPER_EARLY_COMPLETION: true,
      GROUPER_COMPLETE_QUIET_MS: 2_000,
      GROUPER_MAX_SPANS_PER_TRACE: 10_000,
      GROUPER_MAX_BUFFERED_SPANS: 200_000,
      GROUPER_REMEMBERED_TRACES: 100_000,
      KAFKA_GROUP_ID: 'spans-grouper',
    });
  });

  it('reads early completion as a boolean', () => {
    expect(loadSpansGrouperConfig({ GROUPER_EARLY_COMPLETION: 'false' }).GROUPER_EARLY_COMPLETION).toBe(false);
  });

  it('names every bad variable', () => {
    expect(() => loadSpansGrouperConfig({ GROUPER_TRACE_QUIET_MS: '10', GROUPER_MAX_SPANS_PER_TRACE: 'many' })).toThrow(
      /GROUPER_TRACE_QUIET_MS: must be an integer from 100 to 3600000 \(got "10"\)[\s\S]*GROUPER_MAX_SPANS_PER_TRACE: must be an integer from 1 to 1000000 \(got "many"\)/,
    );
  });

  it('rejects a completion quiet period longer than the quiet window', () => {
    expect(() => loadSpansGrouperConfig({ GROUPER_TRACE_QUIET_MS: '1000', GROUPER_COMPLETE_QUIET_MS: '2000' })).toThrow(/GROUPER_COMPLETE_QUIET_MS: must not exceed GROUPER_TRACE_QUIET_MS \(1000\)/);
  });

  it('has tail sampling off by default (no policy)', () => {
    expect(loadSpansGrouperConfig({}).samplingPolicy).toBeUndefined();
  });

  it('reads and validates the sampling policy file at start-up, naming the bad field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grouper-config-'));
    const good = join(dir, 'policy.json');
    writeFileSync(good, JSON.stringify({ default: { rules: [{ name: 'errors', when: { type: 'error' } }], otherwise: 'drop' } }));
    expect(loadSpansGrouperConfig({ GROUPER_SAMPLING_POLICY_FILE: good }).samplingPolicy?.default.otherwise).toBe('drop');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ default: { rules: [{ name: 'slow', when: { type: 'latency', thresholdMs: -1 } }] } }));
    expect(() => loadSpansGrouperConfig({ GROUPER_SAMPLING_POLICY_FILE: bad })).toThrow(/GROUPER_SAMPLING_POLICY_FILE: .*bad\.json: default\.rules\[0\]\.when\.thresholdMs: /);
  });

  it('reads a YAML policy file (.yaml/.yml) at start-up, naming the bad field the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grouper-config-'));
    const good = join(dir, 'policy.yml');
    writeFileSync(good, 'default:\n  rules:\n    - { name: errors, when: { type: error } }\n  otherwise: drop\n');
    expect(loadSpansGrouperConfig({ GROUPER_SAMPLING_POLICY_FILE: good }).samplingPolicy?.default).toEqual({ rules: [{ name: 'errors', action: 'keep', when: { type: 'error' } }], otherwise: 'drop' });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'default:\n  rules:\n    - name: slow\n      when: { type: latency, thresholdMs: -1 }\n');
    expect(() => loadSpansGrouperConfig({ GROUPER_SAMPLING_POLICY_FILE: bad })).toThrow(/GROUPER_SAMPLING_POLICY_FILE: .*bad\.yaml: default\.rules\[0\]\.when\.thresholdMs: /);
  });
});
