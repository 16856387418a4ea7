import type { EnrichmentContext } from './context';

/**
 * Enricher is one small step of the enrichment: it reads what the enrichers named in `dependsOn`
 * wrote into the context and writes its own fields. It is pure over the context (no I/O).
 */
export interface Enricher {
  /** Unique name, used in `dependsOn`, metrics and logs. */
  readonly name: string;
  /** Enrichers that must have run before this one. */
  readonly dependsOn: readonly string[];
  enrich(ctx: EnrichmentContext): void;
}

/** One enricher that threw on one trace. */
export interface EnricherFailure {
  readonly enricher: string;
  readonly error: unknown;
}

/**
 * EnricherRegistry runs enrichers in dependency order. The order is fixed at construction, which
 * rejects unknown dependencies, duplicate names and cycles with a message naming them.
 *
 * One failing enricher does not stop the others: its failure is returned (the handler counts and
 * logs it) and the enrichers after it still run, reading the defaults (blank fields) wherever the
 * failed one would have written — e.g. with the API enricher down, spans keep their services and
 * backends and only lose their API ids.
 */
export class EnricherRegistry {
  /** The enrichers in the order they run. */
  readonly ordered: readonly Enricher[];

  constructor(enrichers: readonly Enricher[]) {
    const byName = new Map<string, Enricher>();
    for (const e of enrichers) {
      if (byName.has(e.name)) throw new Error(`two enrichers are named "${e.name}": names must be unique`);
      byName.set(e.name, e);
    }
    for (const e of enrichers) {
      for (const d of e.dependsOn) if (!byName.has(d)) throw new Error(`enricher "${e.name}" depends on "${d}", which is not registered`);
    }
    const ordered: Enricher[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (e: Enricher, path: string[]): void => {
      const s = state.get(e.name);
      if (s === 'done') return;
      if (s === 'visiting') throw new Error(`enricher dependencies form a cycle: ${[...path, e.name].join(' -> ')}`);
      state.set(e.name, 'visiting');
      for (const d of e.dependsOn) visit(byName.get(d) as Enricher, [...path, e.name]);
      state.set(e.name, 'done');
      ordered.push(e);
    };
    // Registration order breaks ties, so the run order is stable.
    for (const e of enrichers) visit(e, []);
    this.ordered = ordered;
  }

  /** Runs every enricher over the context; returns the ones that threw. */
  run(ctx: EnrichmentContext): EnricherFailure[] {
    const failures: EnricherFailure[] = [];
    for (const e of this.ordered) {
      try {
        e.enrich(ctx);
      } catch (error) {
        failures.push({ enricher: e.name, error });
      }
    }
    return failures;
  }
}
