// The trace-enricher's logic as plain functions over plain data: a StructuredTrace in, the same
// trace with every span's SpanEnrichment and the trace's TraceEnrichment filled in out, plus the
// entities (services, APIs, backends) it references. No Kafka, NestJS or store here.
//
// Fragments (`isFragment`: spans that arrived after their trace was emitted) are enriched the same
// way, over the spans they hold. Their parents may be in an earlier message, so the rules that look
// upwards degrade to what the fragment can tell (each rule's comment says how): an entry span with
// a missing parent is an API entry; a span with no service and no ancestor here keeps
// `unknown_service`; spans whose governing entry is elsewhere get no `entryApi`; an exit whose
// callee is elsewhere is an edge to its backend if it names a host, else no edge.
import type { RawSpan, SpanProjection, StructuredTrace } from '@tracehouse/model';
import type { Entity } from '@tracehouse/entity-store';
import { buildContext } from './context';
import { ApiBudget, EntityCollector, memoizedEntityShaper } from './entities';
import { defaultEnrichers, ENRICHER_SPAN_PROJECTION } from './enrichers';
import { EnricherRegistry, type Enricher, type EnricherFailure } from './registry';

/** Options of {@link TraceEnricher}. */
export interface TraceEnricherOptions {
  /** Distinct APIs per service before new ones fold into `{other}`. */
  readonly maxApisPerService: number;
  /** Services whose API count is remembered (least recently seen forgotten first). */
  readonly maxTrackedServices?: number;
  /** Replaces the default enrichers (tests). */
  readonly enrichers?: readonly Enricher[];
}

/** What {@link TraceEnricher.enrich} derived from one trace. */
export interface EnrichResult {
  /** The trace with `enrichment` set on it and on every span (new objects; the input is not changed). */
  readonly trace: StructuredTrace;
  /** Every entity the trace references, with the interval the trace saw it in. */
  readonly entities: Entity[];
  /** Enrichers that threw; the others ran. */
  readonly failures: EnricherFailure[];
}

/** Runs the registry of enrichers over traces; holds only the per-service API budget and an id memo between traces. */
export class TraceEnricher {
  readonly registry: EnricherRegistry;
  readonly budget: ApiBudget;
  /**
   * What the enrichers read of a span ({@link ENRICHER_SPAN_PROJECTION} for the default ones): the
   * handler decodes only that. Undefined with enrichers given in the options: spans are read whole.
   */
  readonly projection: SpanProjection | undefined;
  private readonly shape = memoizedEntityShaper();

  constructor(options: TraceEnricherOptions) {
    this.budget = new ApiBudget(options.maxApisPerService, options.maxTrackedServices);
    this.registry = new EnricherRegistry(options.enrichers ?? defaultEnrichers(this.budget));
    this.projection = options.enrichers === undefined ? ENRICHER_SPAN_PROJECTION : undefined;
  }

  /** Enriches one trace; `fallbackTenant` applies when the trace carries no tenant id. */
  enrich(trace: StructuredTrace, fallbackTenant: string): EnrichResult {
    const tenant = trace.tenantId || fallbackTenant;
    const entities = new EntityCollector(this.shape);
    const ctx = buildContext(trace, tenant, entities);
    const failures = this.registry.run(ctx);
    const spans: RawSpan[] = new Array(trace.spans.length);
    for (let i = 0; i < spans.length; i++) spans[i] = { ...trace.spans[i], enrichment: ctx.enrichment[i] };
    return { trace: { ...trace, spans, enrichment: ctx.traceEnrichment }, entities: entities.list(), failures };
  }
}
