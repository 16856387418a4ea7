import { EnricherRegistry, type Enricher } from './registry';
import { buildContext } from './context';
import { EntityCollector } from './entities';
import { httpFanOut } from '../testdata/traces';

const step = (name: string, dependsOn: string[], log: string[], fail = false): Enricher => ({
  name,
  dependsOn,
  enrich() {
    log.push(name);
    if (fail) throw new Error(`${name} broke`);
  },
});

describe('EnricherRegistry', () => {
  it('runs enrichers in dependency order, registration order breaking ties', () => {
    const log: string[] = [];
    const registry = new EnricherRegistry([step('c', ['b'], log), step('a', [], log), step('b', ['a'], log), step('d', [], log)]);
    expect(registry.ordered.map((e) => e.name)).toEqual(['a', 'b', 'c', 'd']);
    registry.run(buildContext(httpFanOut(), 'acme', new EntityCollector()));
    expect(log).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects cycles, unknown dependencies and duplicate names, naming them', () => {
    expect(() => new EnricherRegistry([step('a', ['b'], []), step('b', ['a'], [])])).toThrow('enricher dependencies form a cycle: a -> b -> a');
    expect(() => new EnricherRegistry([step('a', ['nope'], [])])).toThrow('enricher "a" depends on "nope", which is not registered');
    expect(() => new EnricherRegistry([step('a', [], []), step('a', [], [])])).toThrow('two enrichers are named "a": names must be unique');
  });

  it('runs the others when one enricher fails, and reports the failure', () => {
    const log: string[] = [];
    const registry = new EnricherRegistry([step('a', [], log), step('b', ['a'], log, true), step('c', ['b'], log)]);
    const failures = registry.run(buildContext(httpFanOut(), 'acme', new EntityCollector()));
    expect(log).toEqual(['a', 'b', 'c']);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.enricher).toBe('b');
    expect(String(failures[0]?.error)).toBe('Error: b broke');
  });
});
