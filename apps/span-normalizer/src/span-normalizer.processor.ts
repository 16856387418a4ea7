import { UNKNOWN_SERVICE } from '@tracehouse/identity';
import { attrString, setAttribute, type Attributes, type RawSpan } from '@tracehouse/model';
import type { TracesData } from '@tracehouse/otlp';
import { firstClassFields } from './processor/first-class-fields';
import { attributes, translateSpan } from './processor/otlp-translate';
import { DropRules, Redactor, type DropRuleSpec } from './processor/rules';

/** Why the normalizer leaves a span out, in one list (the `reason` label of `spans_dropped_total`). */
export const DROP_REASONS = ['drop_rule'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Options of {@link SpanNormalizer}. */
export interface SpanNormalizerOptions {
  readonly dropRules: readonly DropRuleSpec[];
  readonly redactKeys: readonly string[];
  readonly redactQueryParams: readonly string[];
  readonly dbStatementMaxLength: number;
}

/** Where a batch of spans came from: the pipeline headers of its record. */
export interface BatchContext {
  readonly tenantId: string;
  readonly receivedAtMs: number;
}

/** The outcome of normalizing one OTLP `TracesData`. */
export interface NormalizeResult {
  /** One RawSpan per kept span, in input order. */
  readonly spans: RawSpan[];
  /** Spans left out, by reason. */
  readonly dropped: Partial<Record<DropReason, number>>;
  /** Attribute values redacted. */
  readonly redacted: number;
}

/**
 * The span-normalizer's logic: OTLP spans in, one {@link RawSpan} each out, with first-class
 * fields filled from the attributes (current and older semantic conventions, Zipkin and Jaeger
 * tags), sensitive values redacted and spans matching a drop rule left out. Pure: no I/O.
 */
export class SpanNormalizer {
  private readonly drop: DropRules;
  private readonly redactor: Redactor;

  constructor(private readonly options: SpanNormalizerOptions) {
    this.drop = new DropRules(options.dropRules);
    this.redactor = new Redactor({ keys: options.redactKeys, queryParams: options.redactQueryParams });
  }

  /**
   * Normalizes every span of `data`.
   * @throws {InvalidSpanError} when a span has a malformed id (the record is rejected as a whole).
   */
  normalize(data: TracesData, context: BatchContext): NormalizeResult {
    const spans: RawSpan[] = [];
    let dropped = 0;
    let redacted = 0;
    const resourceSpans = data.resource_spans ?? [];
    for (let r = 0; r < resourceSpans.length; r++) {
      const rs = resourceSpans[r];
      // One resource is shared by its spans: translated and redacted once.
      const resourceAttributes: Attributes = attributes(rs.resource?.attributes);
      redacted += this.redactor.redact(resourceAttributes);
      const resourceService = attrString(resourceAttributes, 'service.name');
      const scopeSpans = rs.scope_spans ?? [];
      for (let s = 0; s < scopeSpans.length; s++) {
        const ss = scopeSpans[s];
        const otlpSpans = ss.spans ?? [];
        for (let i = 0; i < otlpSpans.length; i++) {
          const t = translateSpan(otlpSpans[i], () => `resource_spans[${r}].scope_spans[${s}].spans[${i}]`);
          const serviceName = resourceService ?? attrString(t.attributes, 'service.name') ?? UNKNOWN_SERVICE;
          if (this.drop.size > 0 && this.drop.match({ tenantId: context.tenantId, serviceName, name: t.name, attributes: t.attributes, resourceAttributes }) >= 0) {
            dropped++;
            continue;
          }
          redacted += this.redactor.redact(t.attributes);
          for (const e of t.events) redacted += this.redactor.redact(e.attributes);
          for (const l of t.links) redacted += this.redactor.redact(l.attributes);
          const fields = firstClassFields(t, { dbStatementMaxLength: this.options.dbStatementMaxLength });
          const span: RawSpan = {
            tenantId: context.tenantId,
            traceId: t.traceId,
            spanId: t.spanId,
            parentSpanId: t.parentSpanId,
            traceState: t.traceState,
            name: t.name,
            kind: fields.kind,
            startTimeUnixNano: t.startTimeUnixNano,
            endTimeUnixNano: t.endTimeUnixNano,
            statusCode: t.statusCode,
            statusMessage: t.statusMessage,
            serviceName,
            attributes: t.attributes,
            resourceAttributes,
            scopeName: ss.scope?.name ?? '',
            scopeVersion: ss.scope?.version ?? '',
            events: t.events,
            links: t.links,
            droppedAttributesCount: t.droppedAttributesCount,
            droppedEventsCount: t.droppedEventsCount,
            droppedLinksCount: t.droppedLinksCount,
            flags: t.flags,
            receivedAtMs: context.receivedAtMs,
            error: fields.error,
          };
          if (t.warnings) span.warnings = t.warnings;
          if (fields.http) span.http = fields.http;
          if (fields.rpc) span.rpc = fields.rpc;
          if (fields.db) span.db = fields.db;
          if (fields.messaging) span.messaging = fields.messaging;
          if (fields.peer) span.peer = fields.peer;
          spans.push(span);
        }
      }
    }
    return { spans, dropped: dropped > 0 ? { drop_rule: dropped } : {}, redacted };
  }
}

/** The longest string attribute value kept when a span must shrink to fit in one record. */
export const SHRUNK_VALUE_LENGTH = 4096;

/**
 * Makes a span that encodes over the record limit smaller, step by step, until `fits` says it fits:
 * first its events go (counted in droppedEventsCount), then its links (droppedLinksCount), then
 * string attribute values longer than {@link SHRUNK_VALUE_LENGTH} are cut. Returns the steps taken,
 * or undefined when even the smallest form does not fit.
 */
export function shrinkSpan(span: RawSpan, fits: (span: RawSpan) => boolean): string[] | undefined {
  const steps: string[] = [];
  if (span.events.length > 0) {
    span.droppedEventsCount += span.events.length;
    span.events = [];
    steps.push('events dropped');
    if (fits(span)) return steps;
  }
  if (span.links.length > 0) {
    span.droppedLinksCount += span.links.length;
    span.links = [];
    steps.push('links dropped');
    if (fits(span)) return steps;
  }
  const cut = (attrs: Attributes): Attributes => {
    const out: Attributes = {};
    for (const [k, v] of Object.entries(attrs)) setAttribute(out, k, typeof v === 'string' && v.length > SHRUNK_VALUE_LENGTH ? v.slice(0, SHRUNK_VALUE_LENGTH) : v);
    return out;
  };
  span.attributes = cut(span.attributes);
  span.resourceAttributes = cut(span.resourceAttributes);
  if (span.db?.statement !== undefined && span.db.statement.length > SHRUNK_VALUE_LENGTH) span.db = { ...span.db, statement: span.db.statement.slice(0, SHRUNK_VALUE_LENGTH) };
  steps.push(`string attribute values cut to ${SHRUNK_VALUE_LENGTH} characters`);
  return fits(span) ? steps : undefined;
}
