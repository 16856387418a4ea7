import { fromLogJson, isErrorLog, logMarkers, logsOfSpan, logSummary, spansWithLogs, typedValue, type LogRecordJson, type UiLog } from './logs-model';

const record = (over: Partial<LogRecordJson>): LogRecordJson => ({
  id: 'x', timeUnixNano: '1772359200000000000', serviceName: 'payment', traceId: 't', spanId: 's1', severityNumber: 9, severityText: 'INFO', level: 'info', body: 'hello', ...over,
});

describe('fromLogJson', () => {
  it('keeps the record\'s time in µs (with the sub-µs part), its severity text or level, and typed attributes', () => {
    const log = fromLogJson(record({
      timeUnixNano: '1772359200123456789',
      severityText: '',
      level: 'error',
      attributes: [
        { key: 'order.id', value: { intValue: '1234' } },
        { key: 'big', value: { intValue: '9007199254740993' } },
        { key: 'retry', value: { boolValue: true } },
        { key: 'ratio', value: { doubleValue: 0.5 } },
        { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { intValue: '2' }] } } },
        { key: 'ctx', value: { kvlistValue: { values: [{ key: 'k', value: { stringValue: 'v' } }] } } },
      ],
    }));
    expect(log.timeUs).toBeCloseTo(1_772_359_200_123_456.789, 2);
    expect(log.severity).toBe('ERROR');
    expect(log.attributes).toEqual([
      { key: 'order.id', type: 'int64', value: 1234 },
      // Beyond 2^53: kept exact as a string.
      { key: 'big', type: 'int64', value: '9007199254740993' },
      { key: 'retry', type: 'bool', value: true },
      { key: 'ratio', type: 'float64', value: 0.5 },
      { key: 'tags', type: 'array', value: '["a",2]' },
      { key: 'ctx', type: 'map', value: '{"k":"v"}' },
    ]);
    expect(typedValue({ bytesValue: 'AQI=' })).toEqual({ type: 'binary', value: 'AQI=' });
  });

  it('calls a line an error from severity 17, or from its level when only a text was sent', () => {
    expect(isErrorLog({ severityNumber: 17, level: 'error' })).toBe(true);
    expect(isErrorLog({ severityNumber: 16, level: 'warn' })).toBe(false);
    expect(isErrorLog({ severityNumber: 0, level: 'fatal' })).toBe(true);
  });
});

describe('lines per span and on the waterfall', () => {
  const at = (id: string, spanId: string, timeUs: number): UiLog => fromLogJson(record({ id, spanId, timeUnixNano: `${timeUs}000` }));
  const logs = [at('c', 's2', 1_500), at('a', 's1', 1_000), at('b', 's1', 1_200), at('d', '', 1_100), at('e', 'elsewhere', 1_300)];

  it('filters by span, in time order; undefined means every line', () => {
    expect(logsOfSpan(logs, 's1').map((l) => l.id)).toEqual(['a', 'b']);
    expect(logsOfSpan(logs, undefined).map((l) => l.id)).toEqual(['a', 'd', 'b', 'e', 'c']);
    expect(logsOfSpan(logs, 'none')).toEqual([]);
  });

  it('lists the spans that logged, in the waterfall\'s order, with counts', () => {
    const spans = [{ spanId: 's2' }, { spanId: 's1' }, { spanId: 's3' }];
    expect(spansWithLogs(spans, logs).map((x) => [x.span.spanId, x.count])).toEqual([['s2', 1], ['s1', 2]]);
  });

  it('places each span\'s lines on the trace\'s time scale, clamped, leaving out lines of no span of the trace', () => {
    const marks = logMarkers({ startUs: 1_000, durationUs: 400 }, logs, new Set(['s1', 's2']));
    expect([...marks.keys()].sort()).toEqual(['s1', 's2']);
    expect(marks.get('s1')?.map((m) => [m.log.id, m.left])).toEqual([['a', 0], ['b', 0.5]]);
    // A line after the trace's end sits at its end.
    expect(marks.get('s2')?.map((m) => m.left)).toEqual([1]);
  });

  it('summarizes a line for tooltips, cutting long bodies', () => {
    expect(logSummary(fromLogJson(record({ severityText: 'ERROR', body: 'card declined' })))).toBe('ERROR payment: card declined');
    expect(logSummary(fromLogJson(record({ body: 'x'.repeat(300) })), 10)).toBe(`INFO payment: ${'x'.repeat(10)}…`);
  });
});
