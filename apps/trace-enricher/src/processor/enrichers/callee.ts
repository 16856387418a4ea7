import type { Enricher } from '../registry';

/**
 * The callee of every API exit span, so the view-generator writes the service graph without
 * re-deriving it: the traced service (and API) whose entry span it called, else the backend.
 * An exit with neither (an HTTP call with no host, its server span in another message) gets no
 * edge rather than a guessed one.
 */
export const calleeEnricher: Enricher = {
  name: 'callee',
  dependsOn: ['boundary', 'api', 'backend'],
  enrich(ctx) {
    const { enrichment: en } = ctx;
    for (let i = 0; i < en.length; i++) {
      const e = en[i];
      if (!e.apiExit) continue;
      const c = ctx.calleeEntry[i];
      if (e.backendId) {
        e.callee = { calleeKind: 'BACKEND', calleeServiceId: '', calleeServiceName: '', calleeApiId: '', calleeApiName: '', calleeBackendId: e.backendId, calleeBackendName: e.backendName };
      } else if (c >= 0) {
        const callee = en[c];
        e.callee = {
          calleeKind: 'SERVICE',
          calleeServiceId: callee.serviceId,
          calleeServiceName: callee.serviceName,
          calleeApiId: callee.apiId || callee.entryApiId,
          calleeApiName: callee.apiName || callee.entryApiName,
          calleeBackendId: '',
          calleeBackendName: '',
        };
      }
    }
  },
};
