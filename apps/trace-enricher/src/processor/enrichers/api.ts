import type { RawSpan, SpanEnrichment } from '@tracehouse/model';
import type { Enricher } from '../registry';
import { endMs, startMs } from '../context';
import { cleanName, type ApiBudget } from '../entities';
import { templateName, templatePath } from '../path-template';

/**
 * The API name of an entry span, better than the span name Hypertrace uses:
 * - gRPC and other RPC: `<service>/<method>` (`shop.Cart/AddItem`);
 * - HTTP: the method and the framework's route (`http.route`) when there is one, else the
 *   templated path of the request (`GET /users/{id}`);
 * - messaging: the destination and the operation (`orders process`), with an id-like destination
 *   (a reply queue per request) templated;
 * - otherwise the span name, with any path in it templated.
 */
export function apiNameOf(span: RawSpan, e: SpanEnrichment): string {
  if ((e.protocol === 'GRPC' || e.protocol === 'RPC') && span.rpc?.service && span.rpc.method) return `${span.rpc.service}/${span.rpc.method}`;
  if ((e.protocol === 'HTTP' || e.protocol === 'HTTPS') && span.http) {
    const http = span.http;
    const target = http.route || (http.path ? templatePath(http.path) : http.url ? templatePath(http.url) : undefined);
    if (target) return http.method ? `${http.method.toUpperCase()} ${target}` : target;
  }
  if (e.protocol === 'MESSAGING' && span.messaging?.destination) {
    const destination = templatePath(`/${span.messaging.destination}`).slice(1);
    return `${destination} ${span.messaging.operation || 'process'}`;
  }
  return templateName(span.name) || span.name || 'unnamed';
}

/**
 * An API entity for every API entry span (identified by `{service, name}`), capped per service by
 * the {@link ApiBudget}; every span governed by an entry gets that entry's API as `entryApi*`.
 */
export function apiEnricher(budget: ApiBudget): Enricher {
  return {
    name: 'api',
    dependsOn: ['boundary', 'service'],
    enrich(ctx) {
      const { enrichment: en } = ctx;
      for (let i = 0; i < en.length; i++) {
        const e = en[i];
        if (!e.apiEntry) continue;
        const span = ctx.spans[i];
        const name = budget.admit(ctx.tenant, e.serviceName, cleanName(apiNameOf(span, e)));
        const extra: Record<string, string> = { serviceId: e.serviceId, protocol: e.protocol };
        if (span.http?.method) extra.method = span.http.method.toUpperCase();
        e.apiName = name;
        e.apiId = ctx.entities.add(ctx.tenant, 'API', { service: e.serviceName, name }, name, extra, startMs(span), endMs(span));
      }
      for (let i = 0; i < en.length; i++) {
        const entry = ctx.entryOf[i];
        if (entry < 0) continue;
        en[i].entryApiId = en[entry].apiId;
        en[i].entryApiName = en[entry].apiName;
        // The API is seen for as long as any span of its call runs.
        if (entry !== i && en[entry].apiId) ctx.entities.widen(en[entry].apiId, startMs(ctx.spans[i]), endMs(ctx.spans[i]));
      }
    },
  };
}
