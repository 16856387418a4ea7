// Runs enrichers over a fixture trace for the unit tests: only the ones given (with their
// dependencies listed first by the caller), so each enricher is tested on its own output.
import type { SpanEnrichment, StructuredTrace } from '@tracehouse/model';
import { buildContext, type EnrichmentContext } from '../processor/context';
import { EntityCollector } from '../processor/entities';
import { EnricherRegistry, type Enricher } from '../processor/registry';
import { indexOf, TENANT } from './traces';

/** The context after running `enrichers` over `trace`; throws if any enricher failed. */
export function runEnrichers(trace: StructuredTrace, enrichers: readonly Enricher[]): EnrichmentContext & { of(name: string): SpanEnrichment } {
  const ctx = buildContext(trace, trace.tenantId || TENANT, new EntityCollector());
  const failures = new EnricherRegistry(enrichers).run(ctx);
  if (failures.length > 0) throw new Error(`enrichers failed: ${failures.map((f) => `${f.enricher}: ${String(f.error)}`).join('; ')}`);
  return Object.assign(ctx, { of: (name: string) => ctx.enrichment[indexOf(trace, name)] as SpanEnrichment });
}
