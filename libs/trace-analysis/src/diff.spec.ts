import { diffTraces, type AnalysisSpan, type TraceDiffRow } from './index';

const span = (spanId: string, parentSpanId: string | undefined, service: string, operation: string, startUs: number, durationUs: number): AnalysisSpan => ({
  spanId, ...(parentSpanId ? { parentSpanId } : {}), service, operation, startUs, durationUs, error: false,
});
const rows = (r: TraceDiffRow[]) => r.map((x) => [x.path, x.depth, x.change, x.aDurationUs, x.bDurationUs]);

describe('diffTraces', () => {
  const a = [
    span('a1', undefined, 'web', 'GET /', 0, 10_000),
    span('a2', 'a1', 'api', 'list', 100, 5_000),
    span('a3', 'a2', 'db', 'SELECT', 200, 1_000),
    span('a4', 'a1', 'cache', 'GET', 6_000, 500),
  ];

  it('finds nothing changed between a trace and a copy of it with other ids and times', () => {
    const b = a.map((s) => ({ ...s, spanId: `b${s.spanId}`, parentSpanId: s.parentSpanId && `b${s.parentSpanId}`, startUs: s.startUs + 1e9 }));
    expect(diffTraces(a, b).map((r) => r.change)).toEqual(['same', 'same', 'same', 'same']);
  });

  it('marks spans added, missing, slower and faster, in tree order', () => {
    const b = [
      span('b1', undefined, 'web', 'GET /', 0, 20_000),
      span('b2', 'b1', 'api', 'list', 100, 15_000), // 3x slower
      span('b5', 'b2', 'auth', 'check', 150, 300), // new, before SELECT
      span('b3', 'b2', 'db', 'SELECT', 500, 100), // 10x faster, 0.9 ms faster: below 1 ms, same
    ];
    expect(rows(diffTraces(a, b))).toEqual([
      ['web:GET /#0', 0, 'slower', 10_000, 20_000],
      ['web:GET /#0 > api:list#0', 1, 'slower', 5_000, 15_000],
      ['web:GET /#0 > api:list#0 > auth:check#0', 2, 'added', undefined, 300],
      ['web:GET /#0 > api:list#0 > db:SELECT#0', 2, 'same', 1_000, 100],
      ['web:GET /#0 > cache:GET#0', 1, 'missing', 500, undefined],
    ]);
  });

  it('needs both 20% and 1 ms to call a span slower or faster', () => {
    const one = (d: number) => [span('x', undefined, 's', 'o', 0, d)];
    expect(diffTraces(one(100_000), one(110_000))[0].change).toBe('same'); // 10 ms but only 10%
    expect(diffTraces(one(1_000), one(1_900))[0].change).toBe('same'); // 90% but 0.9 ms
    expect(diffTraces(one(10_000), one(12_000))[0].change).toBe('slower');
    expect(diffTraces(one(12_000), one(10_000))[0].change).toBe('faster');
  });

  it('matches repeated siblings by their order and reports the extra repeat as added', () => {
    const calls = (n: number, d: number) => [
      span('r', undefined, 'web', 'GET /', 0, 100_000),
      ...Array.from({ length: n }, (_, i) => span(`q${i}`, 'r', 'db', 'SELECT', 1_000 + i * 10_000, i === 1 ? d : 2_000)),
    ];
    expect(rows(diffTraces(calls(2, 2_000), calls(3, 9_000)))).toEqual([
      ['web:GET /#0', 0, 'same', 100_000, 100_000],
      ['web:GET /#0 > db:SELECT#0', 1, 'same', 2_000, 2_000],
      ['web:GET /#0 > db:SELECT#1', 1, 'slower', 2_000, 9_000],
      ['web:GET /#0 > db:SELECT#2', 1, 'added', undefined, 2_000],
    ]);
  });

  it('lists every descendant of a missing subtree as missing', () => {
    expect(diffTraces(a, [a[0]]).map((r) => r.change)).toEqual(['same', 'missing', 'missing', 'missing']);
  });
});
