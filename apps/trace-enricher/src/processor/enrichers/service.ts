import type { Enricher } from '../registry';
import { UNKNOWN_SERVICE, isUnknownService } from '@tracehouse/identity';
import { endMs, startMs, type EnrichmentContext } from '../context';

/**
 * The effective service of span `i`: its own when it has one. Otherwise:
 * - an exit or internal span inherits the service of its nearest non-exit ancestor (a client span
 *   with no service of its own was made by the code that called it);
 * - an entry span takes the `peer.service` its caller's exit span named, if any (the caller knew
 *   whom it called);
 * - else it stays `unknown_service`. In a fragment whose ancestors are in another message, there
 *   is nothing to inherit from, so the span keeps `unknown_service` rather than guessing.
 */
function effectiveService(ctx: EnrichmentContext, i: number): string {
  const span = ctx.spans[i];
  if (!isUnknownService(span.serviceName)) return span.serviceName;
  const p = ctx.parent[i];
  if (ctx.enrichment[i].role === 'ENTRY') {
    const peer = p >= 0 ? ctx.spans[p].peer?.service : undefined;
    return peer && !isUnknownService(peer) ? peer : span.serviceName || UNKNOWN_SERVICE;
  }
  let a = p;
  while (a >= 0 && ctx.enrichment[a].role === 'EXIT') a = ctx.parent[a];
  return a >= 0 ? ctx.enrichment[a].serviceName : span.serviceName || UNKNOWN_SERVICE;
}

/** The effective service of every span, and a SERVICE entity (identified by `{name}`) for each. */
export const serviceEnricher: Enricher = {
  name: 'service',
  dependsOn: ['role'],
  enrich(ctx) {
    const ids = new Map<string, string>();
    // Parents before children: an inherited service is resolved before it is inherited again.
    for (const i of ctx.order) {
      const e = ctx.enrichment[i];
      const span = ctx.spans[i];
      e.serviceName = effectiveService(ctx, i);
      let id = ids.get(e.serviceName);
      if (id === undefined) {
        id = ctx.entities.add(ctx.tenant, 'SERVICE', { name: e.serviceName }, e.serviceName, {}, startMs(span), endMs(span));
        ids.set(e.serviceName, id);
      } else ctx.entities.widen(id, startMs(span), endMs(span));
      e.serviceId = id;
    }
  },
};
