import { detectTraceJson, fromJaegerTrace, fromOtlpJson, parseTraceJson, TraceJsonError } from './index';

const TRACE = '5b8efff798038103d269b633813fc60c';
const jaegerTrace = {
  traceID: TRACE,
  spans: [
    { traceID: TRACE, spanID: 'aaaaaaaaaaaaaaaa', operationName: 'GET /', references: [], startTime: 1_000, duration: 500, tags: [], processID: 'p1' },
    {
      traceID: TRACE, spanID: 'bbbbbbbbbbbbbbbb', operationName: 'SELECT', startTime: 1_100, duration: 200, processID: 'p2',
      references: [{ refType: 'CHILD_OF', traceID: TRACE, spanID: 'aaaaaaaaaaaaaaaa' }],
      tags: [{ key: 'error', type: 'bool', value: true }],
    },
    {
      traceID: TRACE, spanID: 'cccccccccccccccc', operationName: 'publish', startTime: 1_200, duration: 10, processID: 'p2',
      references: [{ refType: 'FOLLOWS_FROM', traceID: TRACE, spanID: 'bbbbbbbbbbbbbbbb' }],
      tags: [{ key: 'otel.status_code', type: 'string', value: 'ERROR' }],
    },
  ],
  processes: { p1: { serviceName: 'web', tags: [] }, p2: { serviceName: 'db', tags: [] } },
  warnings: null,
};

describe('fromJaegerTrace', () => {
  it('reads the parent from the first reference, the service from processes, errors from tags', () => {
    expect(fromJaegerTrace(jaegerTrace)).toEqual({
      traceId: TRACE,
      spans: [
        { spanId: 'aaaaaaaaaaaaaaaa', service: 'web', operation: 'GET /', startUs: 1_000, durationUs: 500, error: false },
        { spanId: 'bbbbbbbbbbbbbbbb', parentSpanId: 'aaaaaaaaaaaaaaaa', service: 'db', operation: 'SELECT', startUs: 1_100, durationUs: 200, error: true },
        { spanId: 'cccccccccccccccc', parentSpanId: 'bbbbbbbbbbbbbbbb', service: 'db', operation: 'publish', startUs: 1_200, durationUs: 10, error: true },
      ],
    });
  });

  it('names the span and field that is wrong', () => {
    const bad = { ...jaegerTrace, spans: [{ ...jaegerTrace.spans[0], processID: 'nope' }] };
    expect(() => fromJaegerTrace(bad)).toThrow(new TraceJsonError('trace.spans[0].processID: names no process with a serviceName ("nope")'));
    const noStart = { ...jaegerTrace, spans: [{ ...jaegerTrace.spans[0], startTime: 'soon' }] };
    expect(() => fromJaegerTrace(noStart)).toThrow('trace.spans[0].startTime: expected a non-negative number of microseconds, got "soon"');
  });
});

describe('fromOtlpJson', () => {
  const otlp = {
    resourceSpans: [{
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
      scopeSpans: [{
        spans: [
          { traceId: TRACE, spanId: '00f067aa0ba902b7', name: 'pay', startTimeUnixNano: '1700000000123456789', endTimeUnixNano: '1700000000124456789', status: {} },
          // base64 ids as protobuf's JSON mapping writes them; numbers for times; the enum by name.
          { traceId: 'W47/95gDgQPSabYzgT/GDA==', spanId: 'AAAAAAAAAAE=', parentSpanId: 'APBnqgupArc=', name: 'charge', startTimeUnixNano: 1700000000123500000, endTimeUnixNano: 1700000000123600000, status: { code: 'STATUS_CODE_ERROR' } },
        ],
      }],
    }],
  };

  it('groups spans by trace, converts ids to hex and nanoseconds to µs, reads status errors', () => {
    expect(fromOtlpJson({ result: otlp })).toEqual([{
      traceId: TRACE,
      spans: [
        { spanId: '00f067aa0ba902b7', service: 'checkout', operation: 'pay', startUs: 1_700_000_000_123_456, durationUs: 1_000, error: false },
        { spanId: '0000000000000001', parentSpanId: '00f067aa0ba902b7', service: 'checkout', operation: 'charge', startUs: 1_700_000_000_123_500, durationUs: 100, error: true },
      ],
    }]);
  });

  it('names the bad field', () => {
    const bad = { resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'xyz', spanId: '00f067aa0ba902b7' }] }] }] };
    expect(() => fromOtlpJson(bad)).toThrow('resourceSpans[0].scopeSpans[0].spans[0].traceId: expected 32 hex characters (or base64 of 16 bytes), got "xyz"');
  });
});

describe('parseTraceJson', () => {
  it('reads the Jaeger envelope, a bare trace, a list, and OTLP', () => {
    expect(parseTraceJson({ data: [jaegerTrace] }).traces[0].spans).toHaveLength(3);
    expect(parseTraceJson(jaegerTrace).format).toBe('jaeger');
    expect(parseTraceJson([jaegerTrace, jaegerTrace]).traces).toHaveLength(2);
    expect(detectTraceJson({ resourceSpans: [] })).toBe('otlp');
  });

  it('says what it expected for anything else', () => {
    expect(() => parseTraceJson({ hello: 1 })).toThrow(/not a trace file: expected Jaeger JSON/);
    expect(() => parseTraceJson({ data: [{ spans: 'x' }] })).toThrow('data[0].spans: expected an array of spans');
  });
});
