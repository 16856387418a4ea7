// The LogQL subset's parser over the query shapes Grafana's Loki data source sends (taken from
// Grafana's own source and tests, github.com/grafana/grafana), and the errors for everything else.
import { LogQLError, parseDuration, parseLogQL } from './parser';

const TRACE_ID = '7946b05c2e2e4e5a';
const SPAN_ID = '6605c7b08e715d6c';

describe('queries Grafana sends', () => {
  // Trace to logs, data link built by getQueryForLoki in
  // public/app/features/explore/TraceView/createSpanLink.tsx; expected exprs from its test
  // public/app/features/explore/TraceView/createSpanLink.test.ts ("filters by trace and span ID").
  it('the trace-to-logs query filtering the lines by trace and span id', () => {
    expect(parseLogQL(`{cluster="cluster1", hostname="hostname1"} |="${TRACE_ID}" |="${SPAN_ID}"`)).toEqual({
      kind: 'log',
      selection: {
        streams: [
          { name: 'cluster', op: '=', value: 'cluster1' },
          { name: 'hostname', op: '=', value: 'hostname1' },
        ],
        lineFilters: [
          { op: '|=', value: TRACE_ID },
          { op: '|=', value: SPAN_ID },
        ],
        predicates: [],
      },
    });
  });

  // createSpanLink.test.ts "handles renamed tags" / "handles incomplete renamed tags": mapped tag
  // names, and an unmapped OTel key with a dot, which Loki would refuse and tracehouse reads as
  // the label with underscores.
  it('the trace-to-logs query with mapped and unmapped tag names', () => {
    expect(parseLogQL('{service="serviceName", pod="podName"}')).toMatchObject({ selection: { streams: [{ name: 'service', value: 'serviceName' }, { name: 'pod', value: 'podName' }] } });
    expect(parseLogQL('{service.name="serviceName", pod="podName"}')).toMatchObject({ selection: { streams: [{ name: 'service_name', op: '=', value: 'serviceName' }, { name: 'pod' }] } });
  });

  // Newer getQueryForLoki (createSpanLink.tsx): the trace id is looked for in the line or in the
  // trace_id label (structured metadata of OTLP logs), through label_format ... contains __line__.
  it('the trace-to-logs query of newer Grafana (label_format contains __line__ or trace_id)', () => {
    const expr =
      `{service_name="checkout"}` +
      ` | label_format log_line_contains_trace_id=\`{{ contains "${TRACE_ID}" __line__  }}\` | log_line_contains_trace_id="true" OR trace_id="${TRACE_ID}"` +
      ` | label_format log_line_contains_span_id=\`{{ contains "${SPAN_ID}" __line__  }}\` | log_line_contains_span_id="true" OR span_id="${SPAN_ID}"`;
    expect(parseLogQL(expr)).toEqual({
      kind: 'log',
      selection: {
        streams: [{ name: 'service_name', op: '=', value: 'checkout' }],
        lineFilters: [],
        predicates: [
          { kind: 'or', operands: [{ kind: 'line', filter: { op: '|=', value: TRACE_ID } }, { kind: 'label', matcher: { name: 'trace_id', op: '=', value: TRACE_ID } }] },
          { kind: 'or', operands: [{ kind: 'line', filter: { op: '|=', value: SPAN_ID } }, { kind: 'label', matcher: { name: 'span_id', op: '=', value: SPAN_ID } }] },
        ],
      },
    });
  });

  // The logs volume histogram: getSupplementaryQuery in
  // public/app/plugins/datasource/loki/datasource.ts, expected in its datasource.test.ts
  // ("returns logs volume for query with no queryType"). Grafana replaces $__auto with the step
  // before sending (pkg/tsdb/loki), so the engine sees a duration.
  it('the logs volume query, sum by (level, detected_level)', () => {
    expect(parseLogQL('sum by (level, detected_level) (count_over_time({label="value"} | drop __error__[1m]))')).toEqual({
      kind: 'metric',
      fn: 'count_over_time',
      rangeNs: 60_000_000_000n,
      groupBy: ['level', 'detected_level'],
      selection: { streams: [{ name: 'label', op: '=', value: 'value' }], lineFilters: [], predicates: [] },
    });
    // Older Grafana: sum by (level), and the query builder's empty line filter |= ``.
    expect(parseLogQL('sum by (level) (count_over_time({service_name="load-generator"} |= `` | drop __error__[15s]))')).toMatchObject({ kind: 'metric', groupBy: ['level'], rangeNs: 15_000_000_000n, selection: { lineFilters: [] } });
  });

  it('the volume query with its variable left in is refused, naming the variable', () => {
    expect(() => parseLogQL('sum by (level) (count_over_time({label="value"} | drop __error__[$__auto]))')).toThrow(/\$__auto .*not replaced/);
  });

  it('stream selectors with every matcher and line filters with every operator', () => {
    expect(parseLogQL('{service_name="checkout", env=~"prod.*", team!="x", region!~"us-.*"} |= "error" != "timeout" |~ "code=5\\\\d\\\\d" !~ `(?i)health`')).toEqual({
      kind: 'log',
      selection: {
        streams: [
          { name: 'service_name', op: '=', value: 'checkout' },
          { name: 'env', op: '=~', value: 'prod.*' },
          { name: 'team', op: '!=', value: 'x' },
          { name: 'region', op: '!~', value: 'us-.*' },
        ],
        lineFilters: [
          { op: '|=', value: 'error' },
          { op: '!=', value: 'timeout' },
          { op: '|~', value: 'code=5\\d\\d' },
          { op: '!~', value: '(?i)health' },
        ],
        predicates: [],
      },
    });
  });

  it('label filters on attributes, trace_id and span_id, with and, or, commas and parentheses', () => {
    expect(parseLogQL(`{service_name="a"} | trace_id="${TRACE_ID}" | http_method="GET", level=~"error|warn" | (span_id="${SPAN_ID}" or level!="info") and user="u1"`).kind).toBe('log');
    const q = parseLogQL(`{service_name="a"} | trace_id="${TRACE_ID}" | http_method="GET", level=~"error|warn"`);
    expect(q.kind === 'log' && q.selection.predicates).toEqual([
      { kind: 'label', matcher: { name: 'trace_id', op: '=', value: TRACE_ID } },
      { kind: 'and', operands: [{ kind: 'label', matcher: { name: 'http_method', op: '=', value: 'GET' } }, { kind: 'label', matcher: { name: 'level', op: '=~', value: 'error|warn' } }] },
    ]);
  });

  it('__error__ filters are constants (no parser runs)', () => {
    const q = parseLogQL('{a="b"} | __error__="" | __error__!=""');
    expect(q.kind === 'log' && q.selection.predicates).toEqual([{ kind: 'const', value: true }, { kind: 'const', value: false }]);
  });

  it('metric queries: rate, plain sum, sum ... by after the expression', () => {
    expect(parseLogQL('rate({service_name="a"}[5m])')).toMatchObject({ kind: 'metric', fn: 'rate', rangeNs: 300_000_000_000n });
    expect(parseLogQL('rate({service_name="a"}[5m])')).not.toHaveProperty('groupBy');
    expect(parseLogQL('sum(count_over_time({service_name="a"} |= "x" [1h30m]))')).toMatchObject({ groupBy: [], rangeNs: 5_400_000_000_000n });
    expect(parseLogQL('sum(count_over_time({service_name="a"}[1m])) by (service_name)')).toMatchObject({ groupBy: ['service_name'] });
  });

  it('Go string escapes and raw strings', () => {
    const q = parseLogQL('{a="q\\"uote\\\\ \\u00e9"} |= `raw \\n stays`');
    expect(q.kind === 'log' && [q.selection.streams[0]?.value, q.selection.lineFilters[0]?.value]).toEqual(['q"uote\\ é', 'raw \\n stays']);
  });
});

describe('outside the subset: an error naming the part', () => {
  const cases: [string, RegExp][] = [
    ['{a="b"} | json', /\| json stage/],
    ['{a="b"} | logfmt | level="error"', /\| logfmt stage/],
    ['{a="b"} | line_format "{{.msg}}"', /line_format/],
    ['{a="b"} | label_format x=`{{ .level }}`', /label_format x=/],
    ['{a="b"} | drop level', /drop level/],
    ['{a="b"} | status >= 500', /numeric comparison status >=/],
    ['{a="b"} | status=500', /numeric comparison status = 500/],
    ['avg(count_over_time({a="b"}[1m]))', /aggregation avg/],
    ['topk(5, count_over_time({a="b"}[1m]))', /aggregation topk/],
    ['bytes_over_time({a="b"}[1m])', /range function bytes_over_time/],
    ['sum without (x) (count_over_time({a="b"}[1m]))', /without/],
    ['count_over_time({a="b"}[1m] offset 1h)', /offset/],
    ['sum(count_over_time({a="b"}[1m])) / 2', /parse error/],
    ['{a="b"} |= "x" or "y"', /"or" between line filters/],
  ];
  it.each(cases)('%s', (query, message) => {
    let error: unknown;
    try {
      parseLogQL(query);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LogQLError);
    expect((error as LogQLError).kind).toBe('permanent');
    expect((error as Error).message).toMatch(message);
  });
});

describe('syntax errors name the column', () => {
  it.each([
    ['', /empty/],
    ['{}', /at least one matcher/],
    ['{a=~".*"}', /does not match the empty value/],
    ['{a="b"', /column 7/],
    ['{a="b} |= "x"', /column 10: unexpected character|unterminated/],
    ['{a=b}', /column 4: expected a quoted value/],
    ['{a=~"(unclosed"}', /invalid regular expression/],
    ['count_over_time({a="b"})', /expected a range/],
    ['{a="b"} |= "x" garbage', /unexpected text/],
  ])('%j', (query, message) => {
    expect(() => parseLogQL(query)).toThrow(message);
  });

  it('bounds the query size and nesting', () => {
    expect(() => parseLogQL(`{a="${'x'.repeat(20_000)}"}`)).toThrow(/longer than/);
    expect(() => parseLogQL(`{a="b"} | ${'('.repeat(40)}c="d"${')'.repeat(40)}`)).toThrow(/nested too deeply/);
  });
});

describe('parseDuration', () => {
  it('reads Prometheus durations', () => {
    expect(parseDuration('250ms')).toBe(250_000_000n);
    expect(parseDuration('1h30m')).toBe(5_400_000_000_000n);
    expect(parseDuration('1d')).toBe(86_400_000_000_000n);
    expect(() => parseDuration('5 minutes')).toThrow(LogQLError);
  });
});
