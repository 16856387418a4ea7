// What a parsed query of tracehouse's LogQL subset says, as plain data: the stream selector, the
// line filters and label filters of the log pipeline, and for a metric query its range function,
// range and grouping. The log store (trace-store's LogsReader) turns a LogSelection into
// parameterized SQL; nothing here knows SQL. LogQL reference: https://grafana.com/docs/loki/latest/query/

/** A label matcher's operator: equal, not equal, regex match, regex mismatch (regexes fully anchored, RE2). */
export const MATCH_OPS = ['=', '!=', '=~', '!~'] as const;
/** One of {@link MATCH_OPS}. */
export type MatchOp = (typeof MATCH_OPS)[number];

/** A line filter's operator: contains, does not contain, matches the regex, does not match it (unanchored, RE2). */
export const LINE_FILTER_OPS = ['|=', '!=', '|~', '!~'] as const;
/** One of {@link LINE_FILTER_OPS}. */
export type LineFilterOp = (typeof LINE_FILTER_OPS)[number];

/**
 * `name op "value"`. Names are Loki label names: `service_name`, `level`/`detected_level` (from
 * the severity), `trace_id`, `span_id`, `severity_text`, else a resource attribute (in a stream
 * selector) or a record attribute, then a resource attribute (in a label filter), its key's dots
 * written as underscores (`deployment_environment` for `deployment.environment`).
 */
export interface LabelMatcher {
  readonly name: string;
  readonly op: MatchOp;
  readonly value: string;
}

/** A filter on the log line (the body). */
export interface LineFilter {
  readonly op: LineFilterOp;
  readonly value: string;
}

/** A condition of a label filter stage, possibly combined with `and`/`or`. */
export type LabelPredicate =
  | { readonly kind: 'label'; readonly matcher: LabelMatcher }
  /** A label defined by `label_format x=`{{ contains "v" __line__ }}`` and then compared: a line filter. */
  | { readonly kind: 'line'; readonly filter: LineFilter }
  | { readonly kind: 'and' | 'or'; readonly operands: readonly LabelPredicate[] }
  /** Always true or false: `__error__=""` (no parser runs, so no record has an error). */
  | { readonly kind: 'const'; readonly value: boolean };

/** Which records a query reads: every condition must hold. */
export interface LogSelection {
  /** The stream selector's matchers (at least one, as Loki requires). */
  readonly streams: readonly LabelMatcher[];
  readonly lineFilters: readonly LineFilter[];
  /** Label filter stages, in pipeline order (all must hold). */
  readonly predicates: readonly LabelPredicate[];
}

/** A log query: the matching records as streams of lines. */
export interface LogQuery {
  readonly kind: 'log';
  readonly selection: LogSelection;
}

/** The range functions of the subset. */
export const RANGE_FUNCTIONS = ['count_over_time', 'rate'] as const;
/** One of {@link RANGE_FUNCTIONS}. */
export type RangeFunction = (typeof RANGE_FUNCTIONS)[number];

/**
 * A metric query: `fn(selection [range])`, optionally summed `by (labels)` (an empty list: one
 * series). Without an aggregation (`groupBy` undefined) there is one series per stream.
 */
export interface MetricQuery {
  readonly kind: 'metric';
  readonly selection: LogSelection;
  readonly fn: RangeFunction;
  /** The range of `[range]`, ns. */
  readonly rangeNs: bigint;
  readonly groupBy?: readonly string[];
}

/** A parsed query of the subset. */
export type LogQLQuery = LogQuery | MetricQuery;
