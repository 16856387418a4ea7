// Translates OTLP messages (protobufjs plain objects: snake_case, Long, Uint8Array) into the
// domain model, once, at the edge of the normalizer: nothing after this sees OTLP types.
// Wire spec: opentelemetry-proto trace/v1/trace.proto and common/v1/common.proto.
import { SPAN_KINDS, STATUS_CODES, type Attributes, type SpanEvent, type SpanKind, type SpanLink, type StatusCode } from '@tracehouse/model';
import { SPAN_ID_BYTES, bytesToHex, isAllZero, spanIdProblem, traceIdProblem } from '@tracehouse/identity';
import { attributes, uint64, type Span } from '@tracehouse/otlp';

// Read here and by the normalizer's processor and specs under their old home.
export { anyValue, attributes, int64, uint64 } from '@tracehouse/otlp';

/** A span the normalizer cannot represent (bad ids): the whole message is rejected, naming the span. */
export class InvalidSpanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSpanError';
  }
}

/** The parts of a RawSpan that come straight from the OTLP span (no first-class fields yet). */
export interface TranslatedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  traceState: string;
  name: string;
  kind: SpanKind;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  statusCode: StatusCode;
  statusMessage: string;
  attributes: Attributes;
  events: SpanEvent[];
  links: SpanLink[];
  droppedAttributesCount: number;
  droppedEventsCount: number;
  droppedLinksCount: number;
  flags: number;
  /** What a receiver repaired on the span (from the {@link WARNING_ATTRIBUTE} attribute); absent when nothing. */
  warnings?: string[];
}

/**
 * The span attribute in which the collector's receivers say what they repaired on a span (a
 * derived span id, a dropped self-reference): a string, or an array of strings. The normalizer
 * moves it into `RawSpan.warnings`, which the query API returns as Jaeger's span `warnings`.
 */
export const WARNING_ATTRIBUTE = 'tracehouse.warning';

/** Takes the receiver warnings out of `attrs`: the value of {@link WARNING_ATTRIBUTE} as a list of sentences. */
function takeWarnings(attrs: Attributes): string[] | undefined {
  const value = attrs[WARNING_ATTRIBUTE];
  if (value === undefined) return undefined;
  delete attrs[WARNING_ATTRIBUTE];
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
  return list.length > 0 ? list : undefined;
}

/**
 * Translates one OTLP span. `where` names it in errors ("resource_spans[0].scope_spans[1].spans[3]");
 * a function, so the hot path never builds the string.
 * @throws {InvalidSpanError} when its trace id, span id or parent span id is malformed.
 */
export function translateSpan(span: Span, where: () => string): TranslatedSpan {
  const invalid = (problem: string): InvalidSpanError => new InvalidSpanError(`${where()} (name "${span.name ?? ''}"): ${problem}`);
  const traceProblem = traceIdProblem(span.trace_id ?? undefined);
  if (traceProblem) throw invalid(traceProblem);
  const spanProblem = spanIdProblem(span.span_id ?? undefined);
  if (spanProblem) throw invalid(spanProblem);
  let parentSpanId = '';
  // OTLP writes "no parent" as an empty or all-zero parent span id.
  if (span.parent_span_id && !isAllZero(span.parent_span_id)) {
    const parent = span.parent_span_id as Uint8Array;
    if (parent.length !== SPAN_ID_BYTES) throw invalid(`parent span id has ${parent.length} bytes, expected ${SPAN_ID_BYTES}`);
    parentSpanId = bytesToHex(parent);
  }
  const events: SpanEvent[] = [];
  for (const e of span.events ?? []) {
    events.push({ timeUnixNano: uint64(e.time_unix_nano), name: e.name ?? '', attributes: attributes(e.attributes), droppedAttributesCount: e.dropped_attributes_count ?? 0 });
  }
  const links: SpanLink[] = [];
  for (const l of span.links ?? []) {
    links.push({
      traceId: l.trace_id && l.trace_id.length > 0 ? bytesToHex(l.trace_id) : '',
      spanId: l.span_id && l.span_id.length > 0 ? bytesToHex(l.span_id) : '',
      traceState: l.trace_state ?? '',
      attributes: attributes(l.attributes),
      droppedAttributesCount: l.dropped_attributes_count ?? 0,
      flags: l.flags ?? 0,
    });
  }
  const attrs = attributes(span.attributes);
  const warnings = attrs[WARNING_ATTRIBUTE] === undefined ? undefined : takeWarnings(attrs);
  return {
    traceId: bytesToHex(span.trace_id as Uint8Array),
    spanId: bytesToHex(span.span_id as Uint8Array),
    parentSpanId,
    traceState: span.trace_state ?? '',
    name: span.name ?? '',
    kind: SPAN_KINDS[span.kind ?? 0] ?? 'UNSPECIFIED',
    startTimeUnixNano: uint64(span.start_time_unix_nano),
    endTimeUnixNano: uint64(span.end_time_unix_nano),
    statusCode: STATUS_CODES[span.status?.code ?? 0] ?? 'UNSET',
    statusMessage: span.status?.message ?? '',
    attributes: attrs,
    events,
    links,
    droppedAttributesCount: span.dropped_attributes_count ?? 0,
    droppedEventsCount: span.dropped_events_count ?? 0,
    droppedLinksCount: span.dropped_links_count ?? 0,
    flags: span.flags ?? 0,
    ...(warnings === undefined ? {} : { warnings }),
  };
}
