import type { Enricher } from '../registry';
import type { EnrichmentContext } from '../context';

/** How deep the search for an exit span's callee goes through nested client spans. */
const MAX_CALLEE_DEPTH = 8;

/**
 * The entry span an exit span called, when it is in this message: a child that is an entry span,
 * looking through nested exit spans of the same service (an SDK's client span around the HTTP
 * client span that actually went out). -1 when there is none.
 */
function findCalleeEntry(ctx: EnrichmentContext, exit: number): number {
  const service = ctx.enrichment[exit].serviceName;
  let level = ctx.children[exit];
  for (let depth = 0; depth < MAX_CALLEE_DEPTH && level.length > 0; depth++) {
    const next: number[] = [];
    for (const c of level) {
      const e = ctx.enrichment[c];
      if (e.role === 'ENTRY') return c;
      if (e.role === 'EXIT' && e.serviceName === service) next.push(...ctx.children[c]);
    }
    level = next;
  }
  return -1;
}

/**
 * API boundaries: a span is an API entry when it is an entry span whose parent is not an entry span
 * of the same service (nested server instrumentation is one API call); an API exit when it is an
 * exit span whose parent is not an exit span of the same service (the outermost client span of a
 * call out). Also links each span to the API entry that governs it and each exit to its callee.
 *
 * Fragments: an entry span whose parent is in another message counts as an API entry (its parent
 * is most often the caller's exit span), and spans whose governing entry is elsewhere get none.
 */
export const boundaryEnricher: Enricher = {
  name: 'boundary',
  dependsOn: ['role', 'service'],
  enrich(ctx) {
    const { enrichment: en, parent, entryOf } = ctx;
    for (const i of ctx.order) {
      const e = en[i];
      const p = parent[i];
      const sameServiceParent = p >= 0 && en[p].serviceName === e.serviceName;
      e.apiEntry = e.role === 'ENTRY' && !(sameServiceParent && en[p].role === 'ENTRY');
      e.apiExit = e.role === 'EXIT' && !(sameServiceParent && en[p].role === 'EXIT');
      entryOf[i] = e.apiEntry ? i : sameServiceParent ? entryOf[p] : -1;
    }
    for (let i = 0; i < en.length; i++) if (en[i].apiExit) ctx.calleeEntry[i] = findCalleeEntry(ctx, i);
  },
};
