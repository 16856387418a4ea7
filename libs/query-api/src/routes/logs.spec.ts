// The Loki API's parameter readers and answer shapes, as pure functions.
import type { ReadLog } from '../ports';
import { lokiLabels, lokiStreams, otlpJsonValue, parseLokiStep, parseLokiTime } from './logs';

const log = (fields: Partial<ReadLog>): ReadLog => ({
  timeUnixNano: 1_772_359_200_000_000_001n, observedTimeUnixNano: 0n, serviceName: 'checkout', traceId: '', spanId: '', traceFlags: 0, severityNumber: 9,
  severityText: '', level: 'info', body: 'line', bodyType: 'string', eventName: '', attributes: {}, resourceAttributes: {}, resourceLabels: { service_name: 'checkout' },
  scopeName: '', scopeVersion: '', id: 'x', ...fields,
});

describe('parseLokiTime', () => {
  it('reads ns, seconds (10 digits or fewer), fractional seconds and RFC 3339, as Loki does', () => {
    expect(parseLokiTime('1772359200000000001', 'start')).toBe(1_772_359_200_000_000_001n);
    expect(parseLokiTime('1772359200', 'start')).toBe(1_772_359_200_000_000_000n);
    expect(parseLokiTime('1772359200.25', 'start')).toBe(1_772_359_200_250_000_000n);
    expect(parseLokiTime('2026-03-01T10:00:00.123456789Z', 'start')).toBe(1_772_359_200_123_456_789n);
    expect(() => parseLokiTime('now-1h', 'start')).toThrow(/start/);
  });
});

describe('parseLokiStep', () => {
  it('reads the `<n>ms` Grafana sends, other durations, and seconds', () => {
    expect(parseLokiStep('60000ms')).toBe(60_000_000_000n);
    expect(parseLokiStep('1m')).toBe(60_000_000_000n);
    expect(parseLokiStep('15')).toBe(15_000_000_000n);
    expect(parseLokiStep('0.5')).toBe(500_000_000n);
    expect(() => parseLokiStep('soon')).toThrow(/step/);
  });
});

describe('lokiStreams', () => {
  it('groups records by their label set, keeping each stream\'s lines in the records\' order', () => {
    const a = log({ traceId: 'ab', spanId: 'cd', attributes: { 'http.method': 'GET', 'retry.count': 2n }, body: 'one' });
    const b = log({ level: 'error', body: 'two', timeUnixNano: 5n });
    const c = log({ traceId: 'ab', spanId: 'cd', attributes: { 'http.method': 'GET', 'retry.count': 2n }, body: 'three', timeUnixNano: 3n });
    expect(lokiLabels(a)).toEqual({ service_name: 'checkout', detected_level: 'info', trace_id: 'ab', span_id: 'cd', http_method: 'GET', retry_count: '2' });
    expect(lokiStreams([a, b, c])).toEqual([
      { stream: lokiLabels(a), values: [['1772359200000000001', 'one'], ['3', 'three']] },
      { stream: { service_name: 'checkout', detected_level: 'error' }, values: [['5', 'two']] },
    ]);
  });
});

describe('otlpJsonValue', () => {
  it('keeps every attribute type through JSON', () => {
    expect(otlpJsonValue(3n)).toEqual({ intValue: '3' });
    expect(otlpJsonValue(1.5)).toEqual({ doubleValue: 1.5 });
    expect(otlpJsonValue(true)).toEqual({ boolValue: true });
    expect(otlpJsonValue(new Uint8Array([1, 2]))).toEqual({ bytesValue: 'AQI=' });
    expect(otlpJsonValue(['a', { k: 1n }])).toEqual({ arrayValue: { values: [{ stringValue: 'a' }, { kvlistValue: { values: [{ key: 'k', value: { intValue: '1' } }] } }] } });
  });
});
