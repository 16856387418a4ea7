import { spanProjection } from '@tracehouse/model';
import type { ApiBudget } from '../entities';
import type { Enricher } from '../registry';
import { apiEnricher } from './api';
import { BACKEND_ATTRIBUTE_KEYS, backendEnricher } from './backend';
import { boundaryEnricher } from './boundary';
import { calleeEnricher } from './callee';
import { GRPC_STATUS_KEY, ROLE_ATTRIBUTE_KEYS, roleEnricher } from './role';
import { serviceEnricher } from './service';
import { statusEnricher } from './status';
import { traceAttributesEnricher } from './trace-attributes';

/** The enrichers of the trace-enricher, in registration order (the registry orders them by dependency). */
export function defaultEnrichers(budget: ApiBudget): Enricher[] {
  return [roleEnricher, serviceEnricher, boundaryEnricher, apiEnricher(budget), backendEnricher, statusEnricher, calleeEnricher, traceAttributesEnricher];
}

/**
 * What the enrichers read of a span: every field but the attributes, of which only these keys, no
 * resource attributes, and event names. The handler decodes spans through it and writes them on
 * from their bytes (a projected span is never encoded), so an enricher reading another attribute
 * must add its key here: enrichers.projection.spec.ts checks that every enricher gives the same
 * result on projected and fully decoded spans.
 */
export const ENRICHER_SPAN_PROJECTION = spanProjection([...ROLE_ATTRIBUTE_KEYS, ...BACKEND_ATTRIBUTE_KEYS, GRPC_STATUS_KEY]);
