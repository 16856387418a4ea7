import type { Enricher } from '../registry';
import { templateName } from '../path-template';

/**
 * Trace attributes: the transaction name (the API of the root span's call, else the first API
 * entered, else the root span's name), the root service, the services in order of first start,
 * and span, service, error, exception and API-entry counts.
 *
 * A fragment is described as what it holds: its root is its earliest span without a parent in
 * the message, and its counts are its own; the first emission of the trace names the transaction.
 */
export const traceAttributesEnricher: Enricher = {
  name: 'trace',
  dependsOn: ['service', 'api', 'status'],
  enrich(ctx) {
    const { enrichment: en, spans, order } = ctx;
    const t = ctx.traceEnrichment;
    t.spanCount = spans.length;
    if (spans.length === 0) return;
    // `order` starts with the roots, earliest first.
    const root = order[0];
    const entry = ctx.entryOf[root];
    let firstApi = '';
    for (const i of order) {
      if (en[i].apiEntry && en[i].apiName) {
        firstApi = en[i].apiName;
        break;
      }
    }
    t.transactionName = (entry >= 0 ? en[entry].apiName : '') || firstApi || templateName(spans[root].name);
    t.rootServiceName = en[root].serviceName;
    // Each service's earliest start; a stable sort keeps span order among equal starts.
    const firstStart = new Map<string, bigint>();
    for (let i = 0; i < spans.length; i++) {
      const name = en[i].serviceName;
      if (!name) continue;
      const start = spans[i].startTimeUnixNano;
      const known = firstStart.get(name);
      if (known === undefined || start < known) firstStart.set(name, start);
    }
    t.services = [...firstStart.keys()].sort((a, b) => {
      const x = firstStart.get(a) as bigint;
      const y = firstStart.get(b) as bigint;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    t.serviceCount = t.services.length;
    let errors = 0;
    let exceptions = 0;
    let entries = 0;
    for (let i = 0; i < spans.length; i++) {
      errors += ctx.ownErrors[i];
      exceptions += ctx.ownExceptions[i];
      if (en[i].apiEntry) entries++;
    }
    t.errorCount = errors;
    t.exceptionCount = exceptions;
    t.apiEntryCount = entries;
  },
};
