import type { ApiBudget } from '../entities';
import type { Enricher } from '../registry';
import { apiEnricher } from './api';
import { backendEnricher } from './backend';
import { boundaryEnricher } from './boundary';
import { calleeEnricher } from './callee';
import { roleEnricher } from './role';
import { serviceEnricher } from './service';
import { statusEnricher } from './status';
import { traceAttributesEnricher } from './trace-attributes';

/** The enrichers of the trace-enricher, in registration order (the registry orders them by dependency). */
export function defaultEnrichers(budget: ApiBudget): Enricher[] {
  return [roleEnricher, serviceEnricher, boundaryEnricher, apiEnricher(budget), backendEnricher, statusEnricher, calleeEnricher, traceAttributesEnricher];
}
