import { summarizeTrace, type AnalysisSpan } from './index';

const span = (spanId: string, parentSpanId: string | undefined, service: string, startUs: number, durationUs: number, error = false): AnalysisSpan => ({
  spanId, ...(parentSpanId ? { parentSpanId } : {}), service, operation: `${service}-op-${spanId}`, startUs, durationUs, error,
});

describe('summarizeTrace', () => {
  it('names the root, spans the first start to the last end, and counts spans and errors per service', () => {
    const spans = [
      span('c', 'a', 'db', 1_050, 20, true),
      span('a', undefined, 'frontend', 1_000, 100),
      span('b', 'a', 'api', 1_010, 150, true),
      span('d', 'b', 'api', 1_020, 10, true),
    ];
    expect(summarizeTrace('t1', spans)).toEqual({
      traceId: 't1',
      rootService: 'frontend',
      rootOperation: 'frontend-op-a',
      startUs: 1_000,
      durationUs: 160,
      spanCount: 4,
      errorCount: 3,
      services: [
        { name: 'api', spanCount: 2, errorCount: 2 },
        { name: 'db', spanCount: 1, errorCount: 1 },
        { name: 'frontend', spanCount: 1, errorCount: 0 },
      ],
    });
  });

  it('names a trace whose root has not arrived after its earliest orphan', () => {
    const s = summarizeTrace('t2', [span('y', 'missing', 'late', 500, 5), span('x', 'missing', 'early', 100, 5)]);
    expect([s.rootService, s.rootOperation, s.startUs, s.durationUs]).toEqual(['early', 'early-op-x', 100, 405]);
  });

  it('summarizes an empty trace as empty', () => {
    expect(summarizeTrace('t3', [])).toEqual({ traceId: 't3', rootService: '', rootOperation: '', startUs: 0, durationUs: 0, spanCount: 0, errorCount: 0, services: [] });
  });
});
