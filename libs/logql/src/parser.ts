// A parser for tracehouse's LogQL subset (see README "Logs"): stream selectors with = != =~ !~,
// line filters |= != |~ !~, label filters on labels, attributes, trace_id and span_id (with and/or
// and parentheses), `drop __error__`, the `label_format` + `contains __line__` form of Grafana's
// trace-to-logs link, and the metric queries count_over_time / rate, optionally inside
// `sum [by|without] (...)`. Anything else is a LogQLError naming the unsupported part, which the
// query API answers with 400. Grammar: https://grafana.com/docs/loki/latest/query/ (log queries,
// metric queries); Loki's own parser is a goyacc grammar (pkg/logql/syntax/expr.y), from which the
// token shapes (Go strings, raw strings, Prometheus durations) are taken.
import type { LabelMatcher, LabelPredicate, LineFilter, LineFilterOp, LogQLQuery, LogSelection, MatchOp, RangeFunction } from './ast';

/** Why a query was refused: bad syntax or a part outside the subset. */
export const LOGQL_ERROR_REASONS = ['syntax', 'unsupported'] as const;

/** A query the subset cannot run; `kind: 'permanent'` makes the query API answer 400 with the message. */
export class LogQLError extends Error {
  readonly kind = 'permanent' as const;
  readonly field = 'query' as const;
  constructor(
    readonly reason: (typeof LOGQL_ERROR_REASONS)[number],
    message: string,
    /** 0-based offset in the query. */
    readonly position: number,
  ) {
    super(message);
    this.name = 'LogQLError';
  }
}

/** Limits that keep one query's parse and SQL bounded. */
export const LOGQL_LIMITS = { maxQueryLength: 16_384, maxMatchers: 64, maxFilters: 64, maxDepth: 16 } as const;

type TokenType = 'ident' | 'string' | 'op' | 'punct' | 'duration' | 'number' | 'eof';
interface Token {
  readonly type: TokenType;
  readonly text: string;
  /** The value of a string (unquoted), else the text. */
  readonly value: string;
  readonly pos: number;
}

// Longest first, so `!=` is not read as `!` then `=`.
const OPERATORS = ['|=', '|~', '!=', '!~', '=~', '==', '>=', '<=', '=', '>', '<', '|'] as const;
const PUNCT = '{}(),[]';
const GO_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const syntax = (message: string, pos: number): LogQLError => new LogQLError('syntax', `parse error at column ${pos + 1}: ${message}`, pos);
  while (i < query.length) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= query.length) throw syntax('unterminated string', start);
        const d = query[i] as string;
        if (d === '"') break;
        if (d === '\\') {
          const e = query[i + 1];
          if (e === undefined) throw syntax('unterminated string', start);
          if (e === 'x' || e === 'u' || e === 'U') {
            const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = query.slice(i + 2, i + 2 + len);
            if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw syntax(`bad escape \\${e}${hex}`, i);
            value += String.fromCodePoint(parseInt(hex, 16));
            i += 2 + len;
            continue;
          }
          const mapped = GO_ESCAPES[e];
          if (mapped === undefined) throw syntax(`unknown escape \\${e} in a string`, i);
          value += mapped;
          i += 2;
          continue;
        }
        value += d;
        i++;
      }
      i++;
      tokens.push({ type: 'string', text: query.slice(start, i), value, pos: start });
      continue;
    }
    if (c === '`') {
      const end = query.indexOf('`', i + 1);
      if (end < 0) throw syntax('unterminated raw string', start);
      i = end + 1;
      tokens.push({ type: 'string', text: query.slice(start, i), value: query.slice(start + 1, end), pos: start });
      continue;
    }
    if (PUNCT.includes(c)) {
      i++;
      tokens.push({ type: 'punct', text: c, value: c, pos: start });
      continue;
    }
    const op = OPERATORS.find((o) => query.startsWith(o, i));
    if (op) {
      i += op.length;
      tokens.push({ type: 'op', text: op, value: op, pos: start });
      continue;
    }
    // Grafana replaces its variables before sending; one left over means a panel was copied as is.
    if (c === '$') {
      const m = /^\$\{?[A-Za-z_][A-Za-z0-9_.]*\}?/.exec(query.slice(i));
      throw new LogQLError('unsupported', `the Grafana variable ${m ? m[0] : '$'} at column ${start + 1} was not replaced: send the query with its variables resolved`, start);
    }
    const duration = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d|w|y))+/.exec(query.slice(i));
    if (duration) {
      i += duration[0].length;
      tokens.push({ type: 'duration', text: duration[0], value: duration[0], pos: start });
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(query.slice(i));
    if (number) {
      i += number[0].length;
      tokens.push({ type: 'number', text: number[0], value: number[0], pos: start });
      continue;
    }
    // Label names: Loki's [A-Za-z_][A-Za-z0-9_]*; dots are accepted too (Grafana's trace-to-logs
    // builds `{service.name="x"}` from unmapped span tags) and read as underscores.
    const ident = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(query.slice(i));
    if (ident) {
      i += ident[0].length;
      tokens.push({ type: 'ident', text: ident[0], value: ident[0], pos: start });
      continue;
    }
    throw syntax(`unexpected character ${JSON.stringify(c)}`, start);
  }
  tokens.push({ type: 'eof', text: '', value: '', pos: query.length });
  return tokens;
}

const DURATION_UNITS_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9, d: 86_400e9, w: 604_800e9, y: 31_536_000e9 };

/** A Prometheus/Loki duration (`5m`, `1h30m`, `250ms`) in ns. */
export function parseDuration(text: string): bigint {
  const parts = text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w|y)/g);
  let total = 0;
  let consumed = 0;
  for (const [whole, amount, unit] of parts) {
    total += Number(amount) * (DURATION_UNITS_NS[unit as string] as number);
    consumed += whole.length;
  }
  if (consumed !== text.length || consumed === 0) throw new LogQLError('syntax', `${JSON.stringify(text)} is not a duration (e.g. 5m, 1h30m, 250ms)`, 0);
  return BigInt(Math.round(total));
}

/** Normalizes a label name as stored (resource attribute keys with dots become underscores). */
export function labelName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

// What each stage or function outside the subset is, for the error message.
const PARSER_STAGES = new Set(['json', 'logfmt', 'regexp', 'pattern', 'unpack', 'line_format', 'decolorize', 'unwrap', 'keep', 'label_format', 'drop']);
const AGGREGATIONS = new Set(['sum', 'avg', 'min', 'max', 'count', 'stddev', 'stdvar', 'topk', 'bottomk', 'sort', 'sort_desc', 'approx_topk']);
const RANGE_FUNCS = new Set(['count_over_time', 'rate', 'bytes_over_time', 'bytes_rate', 'rate_counter', 'avg_over_time', 'sum_over_time', 'min_over_time', 'max_over_time', 'stdvar_over_time', 'stddev_over_time', 'quantile_over_time', 'first_over_time', 'last_over_time', 'absent_over_time']);
const CONTAINS_LINE = /^\{\{\s*contains\s+"((?:[^"\\]|\\.)*)"\s+__line__\s*\}\}$/;
const ERROR_LABELS = new Set(['__error__', '__error_details__']);
const COMPARISONS = new Set(['=', '!=', '=~', '!~', '==', '>', '>=', '<', '<=']);

class Parser {
  private i = 0;
  private depth = 0;
  /** Labels defined by `label_format x=`{{ contains "v" __line__ }}``: name -> v. */
  private readonly lineLabels = new Map<string, string>();

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.i++;
    return t;
  }

  private is(type: TokenType, text?: string): boolean {
    const t = this.peek();
    return t.type === type && (text === undefined || t.text === text);
  }

  private fail(message: string, t: Token = this.peek()): never {
    throw new LogQLError('syntax', `parse error at column ${t.pos + 1}: ${message}${t.type === 'eof' ? ' (the query ended)' : `, found ${JSON.stringify(t.text)}`}`, t.pos);
  }

  private unsupported(part: string, why: string, t: Token = this.peek()): never {
    throw new LogQLError('unsupported', `unsupported LogQL at column ${t.pos + 1}: ${part} is not supported by tracehouse's LogQL subset (${why})`, t.pos);
  }

  private expect(type: TokenType, text?: string, what = text ?? type): Token {
    if (!this.is(type, text)) this.fail(`expected ${what}`);
    return this.next();
  }

  parse(): LogQLQuery {
    const query = this.is('punct', '{') ? ({ kind: 'log', selection: this.logExpr() } as const) : this.metricExpr();
    if (!this.is('eof')) {
      const t = this.peek();
      if (t.type === 'op' && ['==', '>', '<', '>=', '<='].includes(t.text)) this.unsupported(`the comparison ${t.text}`, 'binary operations are not supported');
      if (t.type === 'ident' && ['or', 'and', 'unless', 'offset'].includes(t.text.toLowerCase())) this.unsupported(`"${t.text}"`, 'binary operations and offsets are not supported');
      this.fail('unexpected text after the query');
    }
    return query;
  }

  private metricExpr(): LogQLQuery {
    if (++this.depth > LOGQL_LIMITS.maxDepth) this.fail('the query is nested too deeply');
    const t = this.peek();
    if (t.type === 'punct' && t.text === '(') this.unsupported('a parenthesized expression', 'write the metric query without outer parentheses');
    if (t.type !== 'ident') this.fail('expected a stream selector {...} or a metric query');
    if (AGGREGATIONS.has(t.text)) {
      if (t.text !== 'sum') this.unsupported(`the aggregation ${t.text}`, 'only sum is supported');
      this.next();
      let groupBy: string[] | undefined = this.grouping();
      this.expect('punct', '(');
      const inner = this.metricExpr();
      this.expect('punct', ')');
      const after = this.grouping();
      if (after !== undefined) {
        if (groupBy !== undefined) this.fail('a grouping is given twice');
        groupBy = after;
      }
      if (inner.kind !== 'metric') this.fail('sum takes a metric query such as count_over_time({...}[5m])', t);
      if (inner.groupBy !== undefined) this.unsupported('a sum of a sum', 'aggregate once');
      this.depth--;
      return { ...inner, groupBy: groupBy ?? [] };
    }
    if (RANGE_FUNCS.has(t.text)) {
      if (t.text !== 'count_over_time' && t.text !== 'rate') this.unsupported(`the range function ${t.text}`, 'only count_over_time and rate are supported');
      this.next();
      this.expect('punct', '(');
      const selection = this.logExpr();
      this.expect('punct', '[', 'a range such as [5m]');
      const d = this.expect('duration', undefined, 'a range such as [5m]');
      const rangeNs = parseDuration(d.text);
      if (rangeNs <= 0n) this.fail('the range must be positive', d);
      this.expect('punct', ']');
      if (this.is('ident', 'offset')) this.unsupported('offset', 'shift the query range instead');
      this.expect('punct', ')');
      if (this.is('ident', 'by') || this.is('ident', 'without')) this.unsupported(`"${this.peek().text}" after a range function`, 'group with sum by (...)');
      this.depth--;
      return { kind: 'metric', selection, fn: t.text as RangeFunction, rangeNs };
    }
    if (/^(vector|scalar|label_replace|absent|count_values|quantile)$/.test(t.text)) this.unsupported(`the function ${t.text}`, 'only count_over_time and rate, optionally inside sum, are supported');
    return this.fail('expected a stream selector {...} or a metric query');
  }

  /** `by (a, b)` or `without (...)` (refused), or nothing. */
  private grouping(): string[] | undefined {
    if (this.is('ident', 'without')) this.unsupported('without (...)', 'use by (...)');
    if (!this.is('ident', 'by')) return undefined;
    this.next();
    this.expect('punct', '(');
    const labels: string[] = [];
    while (!this.is('punct', ')')) {
      labels.push(labelName(this.expect('ident', undefined, 'a label name').text));
      if (!this.is('punct', ')')) this.expect('punct', ',');
    }
    this.next();
    return labels;
  }

  private logExpr(): LogSelection {
    const streams = this.selector();
    const lineFilters: LineFilter[] = [];
    const predicates: LabelPredicate[] = [];
    for (;;) {
      if (lineFilters.length + predicates.length > LOGQL_LIMITS.maxFilters) this.fail(`more than ${LOGQL_LIMITS.maxFilters} filters`);
      const t = this.peek();
      if (t.type === 'op' && (t.text === '|=' || t.text === '|~' || t.text === '!=' || t.text === '!~')) {
        this.next();
        if (this.is('ident', 'ip')) this.unsupported('ip(...) line filters', 'match the address as text');
        const value = this.expect('string', undefined, 'a string after the line filter').value;
        if (this.is('ident', 'or')) this.unsupported('"or" between line filters', 'use a regex line filter |~ "a|b"');
        // An empty contains filter (Grafana's query builder sends |= ``) keeps every line.
        if (!(t.text === '|=' && value === '')) lineFilters.push({ op: t.text as LineFilterOp, value });
        continue;
      }
      if (t.type === 'op' && t.text === '|') {
        this.next();
        const stage = this.stage();
        if (stage) predicates.push(stage);
        continue;
      }
      return { streams, lineFilters, predicates };
    }
  }

  private selector(): LabelMatcher[] {
    this.expect('punct', '{', 'a stream selector {...}');
    const matchers: LabelMatcher[] = [];
    while (!this.is('punct', '}')) {
      matchers.push(this.matcher());
      if (matchers.length > LOGQL_LIMITS.maxMatchers) this.fail(`more than ${LOGQL_LIMITS.maxMatchers} matchers`);
      if (!this.is('punct', '}')) this.expect('punct', ',', '"," or "}"');
    }
    const close = this.next();
    if (matchers.length === 0) this.fail('a stream selector needs at least one matcher, e.g. {service_name="checkout"}', close);
    // Loki refuses a selector whose every matcher matches the empty value, e.g. {a=~".*"}: it would read everything.
    if (matchers.every(matchesEmpty)) this.fail('the stream selector needs at least one matcher that does not match the empty value, e.g. {service_name="checkout"}', close);
    return matchers;
  }

  private matcher(): LabelMatcher {
    const name = this.expect('ident', undefined, 'a label name');
    const op = this.next();
    if (op.type !== 'op' || !['=', '!=', '=~', '!~'].includes(op.text)) this.fail('expected =, !=, =~ or !~ after the label name', op);
    const value = this.expect('string', undefined, 'a quoted value');
    if (op.text === '=~' || op.text === '!~') checkRegex(value.value, value.pos);
    return { name: labelName(name.text), op: op.text as MatchOp, value: value.value };
  }

  /** One pipeline stage after `|`: a label filter, `drop __error__`, or Grafana's label_format form. */
  private stage(): LabelPredicate | undefined {
    const t = this.peek();
    if (t.type === 'punct' && t.text === '(') return this.labelOr();
    if (t.type !== 'ident') this.fail('expected a pipeline stage after "|"');
    const followedByOp = this.peek(1).type === 'op' && COMPARISONS.has(this.peek(1).text);
    if (PARSER_STAGES.has(t.text) && !followedByOp) {
      if (t.text === 'drop') return this.drop();
      if (t.text === 'label_format') return this.labelFormat();
      this.unsupported(`the | ${t.text} stage`, 'filter on the record\'s attributes directly, e.g. | http_method="GET": OTLP attributes need no parser');
    }
    return this.labelOr();
  }

  private drop(): undefined {
    const t = this.next();
    for (;;) {
      const name = this.expect('ident', undefined, 'a label name after drop');
      if (!ERROR_LABELS.has(name.text)) this.unsupported(`drop ${name.text}`, 'only drop __error__, __error_details__ is accepted (no parser runs, so they are never set)', t);
      if (!this.is('punct', ',')) return undefined;
      this.next();
    }
  }

  private labelFormat(): undefined {
    const t = this.next();
    for (;;) {
      const name = this.expect('ident', undefined, 'a label name after label_format');
      this.expect('op', '=');
      const template = this.expect('string', undefined, 'a template');
      const m = CONTAINS_LINE.exec(template.value.trim());
      if (!m) this.unsupported(`label_format ${name.text}=${template.text}`, 'only the template {{ contains "text" __line__ }} of Grafana\'s trace-to-logs link is supported', t);
      this.lineLabels.set(labelName(name.text), (m[1] as string).replace(/\\(.)/g, '$1'));
      if (!this.is('punct', ',')) return undefined;
      this.next();
    }
  }

  private labelOr(): LabelPredicate {
    const operands = [this.labelAnd()];
    while (this.is('ident') && this.peek().text.toLowerCase() === 'or') {
      this.next();
      operands.push(this.labelAnd());
    }
    return operands.length === 1 ? (operands[0] as LabelPredicate) : { kind: 'or', operands };
  }

  private labelAnd(): LabelPredicate {
    const operands = [this.labelAtom()];
    for (;;) {
      if (this.is('ident') && this.peek().text.toLowerCase() === 'and') {
        this.next();
      } else if (this.is('punct', ',')) {
        this.next();
      } else if (!(this.is('ident') && this.peek(1).type === 'op' && this.peek().text.toLowerCase() !== 'or')) {
        break; // Loki also reads `a="1" b="2"` (space) as and
      }
      operands.push(this.labelAtom());
    }
    return operands.length === 1 ? (operands[0] as LabelPredicate) : { kind: 'and', operands };
  }

  private labelAtom(): LabelPredicate {
    if (++this.depth > LOGQL_LIMITS.maxDepth) this.fail('the label filter is nested too deeply');
    try {
      if (this.is('punct', '(')) {
        this.next();
        const inner = this.labelOr();
        this.expect('punct', ')');
        return inner;
      }
      const name = this.expect('ident', undefined, 'a label name');
      const op = this.next();
      if (op.type === 'op' && ['==', '>', '>=', '<', '<='].includes(op.text)) this.unsupported(`the numeric comparison ${name.text} ${op.text}`, 'label filters compare strings with =, !=, =~ or !~', op);
      if (op.type !== 'op' || !['=', '!=', '=~', '!~'].includes(op.text)) this.fail('expected =, !=, =~ or !~ after the label name', op);
      if (this.is('number') || this.is('duration')) this.unsupported(`the numeric comparison ${name.text} ${op.text} ${this.peek().text}`, 'quote the value to compare it as a string');
      const value = this.expect('string', undefined, 'a quoted value');
      if (op.text === '=~' || op.text === '!~') checkRegex(value.value, value.pos);
      const normalized = labelName(name.text);
      if (ERROR_LABELS.has(name.text)) {
        // No parser runs, so the error labels are always empty.
        return { kind: 'const', value: matchesEmpty({ name: normalized, op: op.text as MatchOp, value: value.value }) };
      }
      const contains = this.lineLabels.get(normalized);
      if (contains !== undefined) {
        if (op.text !== '=' && op.text !== '!=') this.unsupported(`${name.text} ${op.text}`, 'a label_format contains label compares with = or !=');
        if (value.value !== 'true' && value.value !== 'false') this.fail(`${name.text} is "true" or "false"`, value);
        const positive = (op.text === '=') === (value.value === 'true');
        return { kind: 'line', filter: { op: positive ? '|=' : '!=', value: contains } };
      }
      return { kind: 'label', matcher: { name: normalized, op: op.text as MatchOp, value: value.value } };
    } finally {
      this.depth--;
    }
  }

}

/** Whether a matcher holds for a missing (empty) label. */
function matchesEmpty(m: LabelMatcher): boolean {
  switch (m.op) {
    case '=':
      return m.value === '';
    case '!=':
      return m.value !== '';
    case '=~':
      return safeRegex(m.value).test('');
    case '!~':
      return !safeRegex(m.value).test('');
  }
}

function safeRegex(source: string): RegExp {
  return new RegExp(`^(?:${source.replace(/^\(\?i\)/, '')})$`, source.startsWith('(?i)') ? 'i' : '');
}

/**
 * Refuses a regex that cannot compile. JavaScript's syntax stands in for RE2's here: the common
 * subset agrees; RE2-only syntax that JavaScript refuses is a 400, not a 500 from the engine.
 */
function checkRegex(source: string, pos: number): void {
  try {
    safeRegex(source);
  } catch (err) {
    throw new LogQLError('syntax', `invalid regular expression ${JSON.stringify(source)} at column ${pos + 1}: ${err instanceof Error ? err.message : String(err)}`, pos);
  }
}

/**
 * Parses a query of tracehouse's LogQL subset. Throws {@link LogQLError} for bad syntax or a part
 * outside the subset; the message names the column and the part.
 */
export function parseLogQL(query: string): LogQLQuery {
  if (typeof query !== 'string' || query.trim() === '') throw new LogQLError('syntax', 'the query is empty: give a stream selector such as {service_name="checkout"}', 0);
  if (query.length > LOGQL_LIMITS.maxQueryLength) throw new LogQLError('syntax', `the query is longer than ${LOGQL_LIMITS.maxQueryLength} characters`, LOGQL_LIMITS.maxQueryLength);
  return new Parser(tokenize(query)).parse();
}
