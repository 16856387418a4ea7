import { parseTraceFile, UploadError } from './upload';
import { fromJaegerTrace, toAnalysisSpans } from './trace-model';

const jaeger = {
  data: [
    {
      traceID: 'abc',
      spans: [
        { traceID: 'abc', spanID: 's1', operationName: 'GET /', references: [], startTime: 1_000, duration: 500, tags: [{ key: 'http.status_code', type: 'int64', value: 500 }, { key: 'error', type: 'bool', value: true }, { key: 'span.kind', type: 'string', value: 'server' }], logs: [{ timestamp: 1_100, fields: [{ key: 'event', type: 'string', value: 'exception' }, { key: 'exception.message', type: 'string', value: 'boom' }] }], processID: 'p1', warnings: ['clock skew adjusted'] },
        { traceID: 'abc', spanID: 's2', operationName: 'SELECT', references: [{ refType: 'CHILD_OF', traceID: 'abc', spanID: 's1' }, { refType: 'FOLLOWS_FROM', traceID: 'zzz', spanID: 'q' }], startTime: 1_100, duration: 100, tags: [], logs: [], processID: 'p2', warnings: null },
      ],
      processes: { p1: { serviceName: 'frontend', tags: [{ key: 'host.name', type: 'string', value: 'h1' }] }, p2: { serviceName: 'db', tags: [] } },
      warnings: null,
    },
  ],
};

const otlp = {
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
      scopeSpans: [
        {
          scope: { name: 'x' },
          spans: [
            { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', name: 'POST /pay', kind: 2, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000250000000', attributes: [{ key: 'retries', value: { intValue: '3' } }, { key: 'ok', value: { boolValue: false } }], status: { code: 2, message: 'declined' } },
            // base64 ids (protobuf canonical JSON) are accepted too
            { traceId: 'CvdlGRbNQ92ESOshHIAxnA==', spanId: 'AAAAAAAAAAE=', parentSpanId: 'b7ad6b7169203331', name: 'child', kind: 'SPAN_KIND_CLIENT', startTimeUnixNano: '1700000000100000000', endTimeUnixNano: '1700000000200000000' },
          ],
        },
      ],
    },
  ],
};

describe('trace file upload', () => {
  it('reads Jaeger JSON: typed tags, error, kind, events, process as resource, parent and links, warnings', () => {
    const [trace] = parseTraceFile(JSON.stringify(jaeger));
    const [root, child] = trace!.spans;
    expect(root).toMatchObject({ service: 'frontend', error: true, statusCode: 'ERROR', kind: 'server', warnings: ['clock skew adjusted'] });
    expect(root!.attributes).toEqual([{ key: 'http.status_code', type: 'int64', value: 500 }]);
    expect(root!.events).toEqual([{ timeUs: 1_100, name: 'exception', attributes: [{ key: 'exception.message', type: 'string', value: 'boom' }] }]);
    expect(root!.resource).toEqual([{ key: 'host.name', type: 'string', value: 'h1' }]);
    expect(child).toMatchObject({ parentSpanId: 's1', links: [{ traceId: 'zzz', spanId: 'q', refType: 'FOLLOWS_FROM' }] });
    expect(toAnalysisSpans(trace!)[1]).toEqual({ spanId: 's2', parentSpanId: 's1', service: 'db', operation: 'SELECT', startUs: 1_100, durationUs: 100, error: false });
  });

  it('reads a bare Jaeger trace and a list of traces', () => {
    expect(parseTraceFile(JSON.stringify(jaeger.data[0]))).toHaveLength(1);
    expect(parseTraceFile(JSON.stringify(jaeger.data))).toHaveLength(1);
  });

  it('reads OTLP/JSON: hex and base64 ids, ns times as µs, typed attributes, status, kind', () => {
    const [trace] = parseTraceFile(JSON.stringify(otlp));
    expect(trace!.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    const [root, child] = trace!.spans;
    expect(root).toMatchObject({ service: 'checkout', kind: 'server', startUs: 1_700_000_000_000_000, durationUs: 250_000, error: true, statusMessage: 'declined' });
    expect(root!.attributes).toEqual([{ key: 'retries', type: 'int64', value: 3 }, { key: 'ok', type: 'bool', value: false }]);
    expect(child).toMatchObject({ spanId: '0000000000000001', parentSpanId: 'b7ad6b7169203331', kind: 'client', durationUs: 100_000 });
  });

  it('reads the api_v3 answer, OTLP/JSON wrapped in "result"', () => {
    const [trace] = parseTraceFile(JSON.stringify({ result: otlp }));
    expect(trace!.spans).toHaveLength(2);
  });

  it('shows the warnings the query API writes into OTLP/JSON (tracehouse.warnings) as span warnings, and arrays as JSON', () => {
    const withWarnings = JSON.parse(JSON.stringify(otlp));
    withWarnings.resourceSpans[0].scopeSpans[0].spans[0].attributes.push(
      { key: 'tracehouse.warnings', value: { arrayValue: { values: [{ stringValue: 'clock skew: start moved by 5ms' }, { stringValue: 'parent repaired' }] } } },
      { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { intValue: '2' }] } } },
    );
    const [trace] = parseTraceFile(JSON.stringify(withWarnings));
    expect(trace!.spans[0]!.warnings).toEqual(['clock skew: start moved by 5ms', 'parent repaired']);
    expect(trace!.spans[0]!.attributes.find((a) => a.key === 'tags')).toEqual({ key: 'tags', type: 'string', value: '["a",2]' });
    expect(trace!.spans[0]!.attributes.some((a) => a.key === 'tracehouse.warnings')).toBe(false);
  });

  it.each([
    ['not JSON', '{', /^\$ is not valid JSON/],
    ['an unknown shape', '{"foo":1}', '$ is neither Jaeger JSON'],
    ['a Jaeger span without spanID', JSON.stringify({ data: [{ traceID: 't', spans: [{ operationName: 'x', startTime: 1, duration: 1 }] }] }), '$.data[0].spans[0].spanID is missing'],
    ['a Jaeger span with a string duration', JSON.stringify({ traceID: 't', spans: [{ spanID: 'a', operationName: 'x', startTime: 1, duration: 'long' }] }), '$.spans[0].duration must be a number'],
    ['a Jaeger span naming an absent process', JSON.stringify({ traceID: 't', spans: [{ spanID: 'a', operationName: 'x', startTime: 1, duration: 1, processID: 'p9' }], processes: {} }), '$.spans[0].processID names process "p9"'],
    ['an OTLP span with a short trace id', JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'abc', spanId: 'b7ad6b7169203331', name: 'x', startTimeUnixNano: '1', endTimeUnixNano: '2' }] }] }] }), '$.resourceSpans[0].scopeSpans[0].spans[0].traceId must be 32 hex digits'],
    ['an OTLP span without an end time', JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', name: 'x', startTimeUnixNano: '1' }] }] }] }), 'spans[0].endTimeUnixNano is missing'],
    ['a file without spans', JSON.stringify({ data: [] }), '$ holds no spans'],
  ])('rejects %s with a message naming what is wrong', (_name, text, message) => {
    expect(() => parseTraceFile(text)).toThrow(UploadError);
    expect(() => parseTraceFile(text)).toThrow(message);
  });

  it('keeps the first reference as parent when there is no CHILD_OF', () => {
    const t = fromJaegerTrace({ traceID: 't', spans: [{ traceID: 't', spanID: 'b', operationName: 'x', startTime: 0, duration: 1, references: [{ refType: 'FOLLOWS_FROM', traceID: 't', spanID: 'a' }] }] });
    expect(t.spans[0]!.parentSpanId).toBe('a');
    expect(t.spans[0]!.service).toBe('unknown_service');
  });
});
