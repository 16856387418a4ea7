// LogQL selections (libs/logql) and tracehouse's own log filters as SQL conditions over `logs`.
// Every value a caller gives travels as a query parameter ({pN:Type}); only fixed column names and
// this file's own SQL reach the statement text, so no input can change a statement's shape.
import type { LabelMatcher, LabelPredicate, LineFilter, LogSelection } from '@tracehouse/logql';

/** Query parameters collected while building one statement. */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private n = 0;

  /** A placeholder for the value, typed for ClickHouse. */
  add(value: unknown, type: 'String' | 'Int64' | 'UInt64' | 'UInt8' | 'UInt32' | 'Array(String)' | 'Array(UInt64)'): string {
    const name = `p${this.n++}`;
    this.values[name] = value;
    return `{${name}:${type}}`;
  }
}

/** Label names that are columns of `logs` (Loki's names for them). */
const COLUMN_LABELS: Readonly<Record<string, string>> = {
  service_name: 'service_name',
  level: 'level',
  detected_level: 'level',
  trace_id: 'trace_id',
  span_id: 'span_id',
  severity_text: 'severity_text',
  severity_number: 'toString(severity_number)',
  scope_name: 'scope_name',
  event_name: 'event_name',
};

/** Ids are stored in lower case; a filter on them compares that way. */
const LOWERCASE_VALUES = new Set(['trace_id', 'span_id']);

/**
 * The SQL value of a label. In a stream selector a label is a column or a resource attribute
 * (under its Loki name, `resource_labels`); in a label filter it is a column, else the record's
 * attribute (named as given, or with underscores read as dots: `http_method` finds `http.method`),
 * else a resource attribute. A missing label is '' (Loki: a missing label equals "").
 */
export function labelSql(name: string, p: SqlParams, context: 'stream' | 'filter'): string {
  const column = COLUMN_LABELS[name];
  if (column !== undefined) return column;
  const key = p.add(name, 'String');
  if (context === 'stream') return `resource_labels[${key}]`;
  const dotted = name.includes('_') ? p.add(name.replace(/_/g, '.'), 'String') : undefined;
  return dotted
    ? `multiIf(mapContains(attributes, ${key}), attributes[${key}], mapContains(attributes, ${dotted}), attributes[${dotted}], resource_labels[${key}])`
    : `if(mapContains(attributes, ${key}), attributes[${key}], resource_labels[${key}])`;
}

/** A Loki regex is anchored at both ends; ClickHouse's match() is not. */
function anchored(regex: string): string {
  return regex.startsWith('(?i)') ? `(?i)^(?:${regex.slice(4)})$` : `^(?:${regex})$`;
}

/** A matcher as a condition. */
export function matcherSql(m: LabelMatcher, p: SqlParams, context: 'stream' | 'filter'): string {
  const value = labelSql(m.name, p, context);
  const given = LOWERCASE_VALUES.has(m.name) && (m.op === '=' || m.op === '!=') ? m.value.toLowerCase() : m.value;
  switch (m.op) {
    case '=':
      return `${value} = ${p.add(given, 'String')}`;
    case '!=':
      return `${value} != ${p.add(given, 'String')}`;
    case '=~':
      return `match(${value}, ${p.add(anchored(m.value), 'String')})`;
    case '!~':
      return `NOT match(${value}, ${p.add(anchored(m.value), 'String')})`;
  }
}

/** `text` as a LIKE pattern matching it anywhere (the body's text index serves LIKE). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A line filter as a condition on the body (case-sensitive, as Loki's). */
export function lineFilterSql(f: LineFilter, p: SqlParams): string {
  switch (f.op) {
    case '|=':
      return `body LIKE ${p.add(likeContains(f.value), 'String')}`;
    case '!=':
      return `body NOT LIKE ${p.add(likeContains(f.value), 'String')}`;
    case '|~':
      return `match(body, ${p.add(f.value, 'String')})`;
    case '!~':
      return `NOT match(body, ${p.add(f.value, 'String')})`;
  }
}

/** A label filter stage as a condition. */
export function predicateSql(pred: LabelPredicate, p: SqlParams): string {
  switch (pred.kind) {
    case 'label':
      return matcherSql(pred.matcher, p, 'filter');
    case 'line':
      return lineFilterSql(pred.filter, p);
    case 'const':
      return pred.value ? '1' : '0';
    case 'and':
    case 'or':
      return `(${pred.operands.map((o) => predicateSql(o, p)).join(pred.kind === 'and' ? ' AND ' : ' OR ')})`;
  }
}

/** Every condition of a selection (stream matchers, line filters, label filters), ANDed; [] when none. */
export function selectionSql(selection: LogSelection, p: SqlParams): string[] {
  return [
    ...selection.streams.map((m) => matcherSql(m, p, 'stream')),
    ...selection.lineFilters.map((f) => lineFilterSql(f, p)),
    ...selection.predicates.map((pred) => predicateSql(pred, p)),
  ];
}
