import { criticalPath, type AnalysisSpan } from './index';

/** A span with fixed ids; times in µs. */
const span = (spanId: string, parentSpanId: string | undefined, startUs: number, endUs: number, service = 'svc'): AnalysisSpan => ({
  spanId,
  ...(parentSpanId ? { parentSpanId } : {}),
  service,
  operation: `op-${spanId}`,
  startUs,
  durationUs: endUs - startUs,
  error: false,
});
const path = (spans: AnalysisSpan[]) => criticalPath(spans).map((s) => [s.spanId, s.startUs, s.endUs]);

describe('criticalPath', () => {
  it('is the root alone when it has no children', () => {
    expect(path([span('a', undefined, 100, 200)])).toEqual([['a', 100, 200]]);
  });

  it('walks sequential children, with the parent self time before, between and after them', () => {
    // root 0..100; b 10..40; c 50..90: gaps 0..10, 40..50, 90..100 are the root's own time.
    expect(path([span('root', undefined, 0, 100), span('b', 'root', 10, 40), span('c', 'root', 50, 90)])).toEqual([
      ['root', 0, 10], ['b', 10, 40], ['root', 40, 50], ['c', 50, 90], ['root', 90, 100],
    ]);
  });

  it('takes back-to-back children without a zero-length parent segment between them', () => {
    expect(path([span('root', undefined, 0, 30), span('b', 'root', 0, 10), span('c', 'root', 10, 30)])).toEqual([
      ['b', 0, 10], ['c', 10, 30],
    ]);
  });

  it('follows the last-finishing of parallel children and the parent until it started', () => {
    // b 10..80 and c 20..60 run in parallel: only b (finishing last) is on the path.
    expect(path([span('root', undefined, 0, 100), span('b', 'root', 10, 80), span('c', 'root', 20, 60)])).toEqual([
      ['root', 0, 10], ['b', 10, 80], ['root', 80, 100],
    ]);
  });

  it('picks an earlier child that finished before a parallel sibling started', () => {
    // c 40..90 is last; b 30..60 overlaps it so is skipped; a 5..25 ended before c started.
    expect(path([span('r', undefined, 0, 100), span('a', 'r', 5, 25), span('b', 'r', 30, 60), span('c', 'r', 40, 90)])).toEqual([
      ['r', 0, 5], ['a', 5, 25], ['r', 25, 40], ['c', 40, 90], ['r', 90, 100],
    ]);
  });

  it('descends through grandchildren', () => {
    expect(path([span('r', undefined, 0, 100), span('b', 'r', 10, 90), span('g', 'b', 20, 70)])).toEqual([
      ['r', 0, 10], ['b', 10, 20], ['g', 20, 70], ['b', 70, 90], ['r', 90, 100],
    ]);
  });

  it('clips a child that outlives its parent and ignores one entirely after it', () => {
    // b runs 50..150 past the root's end at 100: only 50..100 counts; c starts after the root ended.
    expect(path([span('r', undefined, 0, 100), span('b', 'r', 50, 150), span('c', 'r', 120, 130)])).toEqual([
      ['r', 0, 50], ['b', 50, 100],
    ]);
  });

  it('clips a child that started before its parent (clock skew)', () => {
    expect(path([span('r', undefined, 100, 200), span('b', 'r', 80, 150)])).toEqual([
      ['b', 100, 150], ['r', 150, 200],
    ]);
  });

  it('takes the longest root when there are several, and orphans count as roots', () => {
    const spans = [span('short', undefined, 0, 10), span('orphan', 'not-here', 0, 500), span('c', 'orphan', 100, 200)];
    expect(path(spans)).toEqual([['orphan', 0, 100], ['c', 100, 200], ['orphan', 200, 500]]);
  });

  it('returns nothing for no spans and survives a parent cycle', () => {
    expect(criticalPath([])).toEqual([]);
    const cyc = path([span('a', 'b', 0, 100), span('b', 'a', 10, 50)]);
    expect(cyc.reduce((n, [, s, e]) => n + (e as number) - (s as number), 0)).toBe(100);
  });

  it('covers the root exactly, without overlaps, on a 10,000-span trace (wide and deep)', () => {
    const spans: AnalysisSpan[] = [span('root', undefined, 0, 1_000_000)];
    // 100 parallel branches, each a chain of 99 nested spans.
    for (let b = 0; b < 100; b++) {
      let parent = 'root';
      for (let d = 0; d < 99; d++) {
        const id = `s${b}-${d}`;
        spans.push(span(id, parent, 1000 + b * 10 + d, 900_000 + b * 100 - d));
        parent = id;
      }
    }
    expect(spans).toHaveLength(9_901);
    const started = Date.now();
    const segments = criticalPath(spans);
    const ms = Date.now() - started;
    // Not a timing assertion: a sanity bound far above the expected few ms, catching quadratic walks.
    expect(ms).toBeLessThan(2_000);
    let cursor = 0;
    for (const s of segments) {
      expect(s.startUs).toBe(cursor);
      cursor = s.endUs;
    }
    expect(cursor).toBe(1_000_000);
    // The branch finishing last (b = 99) is the one followed, down to its deepest span.
    expect(segments.some((s) => s.spanId === 's99-98')).toBe(true);
    expect(segments.some((s) => s.spanId.startsWith('s98-'))).toBe(false);
  });

  it('walks a 10,000-deep chain without overflowing the stack', () => {
    const spans: AnalysisSpan[] = [];
    for (let d = 0; d < 10_000; d++) spans.push(span(`d${d}`, d ? `d${d - 1}` : undefined, d, 30_000 - d));
    const segments = criticalPath(spans);
    expect(segments[0]).toEqual({ spanId: 'd0', startUs: 0, endUs: 1 });
    expect(segments).toHaveLength(2 * 10_000 - 1);
  });
});
