// @tracehouse/logql: tracehouse's LogQL subset as pure logic: a parser from query text to plain
// data (stream selector, line and label filters, count_over_time/rate metric queries), which
// trace-store's LogsReader turns into parameterized SQL and the query API serves as Loki's HTTP API.
export {
  LINE_FILTER_OPS,
  MATCH_OPS,
  RANGE_FUNCTIONS,
  type LabelMatcher,
  type LabelPredicate,
  type LineFilter,
  type LineFilterOp,
  type LogQLQuery,
  type LogQuery,
  type LogSelection,
  type MatchOp,
  type MetricQuery,
  type RangeFunction,
} from './ast';
export { LOGQL_ERROR_REASONS, LOGQL_LIMITS, LogQLError, labelName, parseDuration, parseLogQL } from './parser';
