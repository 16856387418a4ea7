import { encodeTracesData, otlpJsonToTracesData, OtlpDecodeError, tracesDataToOtlpJson } from './index';
import { opentelemetry } from './generated/otlp';
import { mixedBatch } from './testdata/batches';

const TracesDataType = opentelemetry.proto.trace.v1.TracesData;
/** Normal form for comparing messages: decode(encode(m)) as a plain object with string longs. */
const normal = (m: Parameters<typeof encodeTracesData>[0]) =>
  TracesDataType.toObject(TracesDataType.decode(encodeTracesData(m)), { longs: String, bytes: String });

const TRACE_HEX = '5b8efff798038103d269b633813fc60c';
const SPAN_HEX = 'eee19b7ec3c1b174';

function oneSpan(span: Record<string, unknown>): unknown {
  return { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: 'lib' }, spans: [span] }] }] };
}

function firstSpan(json: unknown) {
  const span = otlpJsonToTracesData(json).resource_spans?.[0].scope_spans?.[0].spans?.[0];
  if (!span) throw new Error('no span');
  return span;
}

describe('OTLP/JSON mapping', () => {
  it('round-trips a batch with every field set through canonical JSON text', () => {
    const batch = mixedBatch({ seed: 7, resources: 2, scopes: 2, spansPerScope: 2, traces: 3 });
    const text = JSON.stringify(tracesDataToOtlpJson(batch));
    expect(normal(otlpJsonToTracesData(JSON.parse(text)))).toEqual(normal(batch));
  });

  it('writes hex ids, lowerCamelCase names, int64 as strings and enums as numbers', () => {
    const batch = mixedBatch({ seed: 8, resources: 1, scopes: 1, spansPerScope: 1, traces: 1 });
    const json = tracesDataToOtlpJson(batch) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    const span = json.resourceSpans[0].scopeSpans[0].spans[0];
    expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(span.startTimeUnixNano).toBe('1700000000123456789');
    expect(span.kind).toBe(1);
    expect(span.status).toEqual({ code: 2, message: 'failed' });
    expect(span.attributes).toContainEqual({ key: 'big', value: { intValue: '-9007199254740993' } });
    expect(span.attributes).toContainEqual({ key: 'raw', value: { bytesValue: 'AAH+/w==' } });
    expect(span).not.toHaveProperty('parentSpanId');
  });

  it('reads the OTLP example payload (hex ids, int64 as strings, enum numbers)', () => {
    const span = firstSpan(
      oneSpan({
        traceId: TRACE_HEX,
        spanId: SPAN_HEX,
        parentSpanId: '',
        name: 'I am a span!',
        startTimeUnixNano: '1544712660000000000',
        endTimeUnixNano: '1544712661000000000',
        kind: 2,
        attributes: [{ key: 'my.span.attr', value: { stringValue: 'some value' } }],
      }),
    );
    expect(Buffer.from(span.trace_id as Uint8Array).toString('hex')).toBe(TRACE_HEX);
    expect(Buffer.from(span.span_id as Uint8Array).toString('hex')).toBe(SPAN_HEX);
    expect(span.parent_span_id).toHaveLength(0);
    expect(String(span.start_time_unix_nano)).toBe('1544712660000000000');
    expect(span.kind).toBe(2);
  });

  it('accepts base64 ids when their length says so (24 chars = 16 bytes, 12 chars = 8 bytes)', () => {
    const traceB64 = Buffer.from(TRACE_HEX, 'hex').toString('base64');
    const spanB64 = Buffer.from(SPAN_HEX, 'hex').toString('base64');
    expect(traceB64).toHaveLength(24);
    expect(spanB64).toHaveLength(12);
    const span = firstSpan(oneSpan({ traceId: traceB64, spanId: spanB64, parentSpanId: spanB64 }));
    expect(Buffer.from(span.trace_id as Uint8Array).toString('hex')).toBe(TRACE_HEX);
    expect(Buffer.from(span.span_id as Uint8Array).toString('hex')).toBe(SPAN_HEX);
    expect(Buffer.from(span.parent_span_id as Uint8Array).toString('hex')).toBe(SPAN_HEX);
  });

  it('accepts uppercase hex, int64 as numbers, enum names and snake_case names', () => {
    const json = {
      resource_spans: [
        {
          scope_spans: [
            {
              spans: [
                {
                  trace_id: TRACE_HEX.toUpperCase(),
                  span_id: SPAN_HEX,
                  start_time_unix_nano: 1544712660000000,
                  kind: 'SPAN_KIND_CLIENT',
                  status: { code: 'STATUS_CODE_ERROR' },
                  attributes: [{ key: 'n', value: { int_value: 42 } }, { key: 'd', value: { double_value: 'NaN' } }],
                },
              ],
            },
          ],
        },
      ],
    };
    const span = firstSpan(json);
    expect(Buffer.from(span.trace_id as Uint8Array).toString('hex')).toBe(TRACE_HEX);
    expect(String(span.start_time_unix_nano)).toBe('1544712660000000');
    expect(span.kind).toBe(3);
    expect(span.status?.code).toBe(2);
    expect(String(span.attributes?.[0].value?.int_value)).toBe('42');
    expect(span.attributes?.[1].value?.double_value).toBeNaN();
  });

  it('ignores unknown fields', () => {
    const span = firstSpan(oneSpan({ traceId: TRACE_HEX, spanId: SPAN_HEX, somethingNew: { deep: [1, 2] } }));
    expect(span.name).toBeUndefined();
  });

  it.each([
    [{ traceId: 'xyz' }, 'resourceSpans[0].scopeSpans[0].spans[0].traceId: expected 32 hex characters, got "xyz"'],
    [{ traceId: 'zz8efff798038103d269b633813fc60c' }, 'resourceSpans[0].scopeSpans[0].spans[0].traceId: expected 32 hex characters, got "zz8efff798038103d269b633813fc60c"'],
    [{ spanId: 'eee19b7ec3c1b1' }, 'resourceSpans[0].scopeSpans[0].spans[0].spanId: expected 16 hex characters, got "eee19b7ec3c1b1"'],
    [{ spanId: 42 }, 'resourceSpans[0].scopeSpans[0].spans[0].spanId: expected a string, got number 42'],
    [{ startTimeUnixNano: 'soon' }, 'resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano: expected an unsigned 64-bit integer (string or number), got "soon"'],
    [{ startTimeUnixNano: '-5' }, 'resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano: expected an unsigned 64-bit integer (string or number), got "-5"'],
    [{ endTimeUnixNano: '18446744073709551616' }, 'resourceSpans[0].scopeSpans[0].spans[0].endTimeUnixNano: expected an unsigned 64-bit integer (string or number), got "18446744073709551616"'],
    [{ kind: 'SERVERISH' }, 'resourceSpans[0].scopeSpans[0].spans[0].kind: expected a span kind number or name, got "SERVERISH"'],
    [{ attributes: [{ key: 'a', value: { intValue: '1.5' } }] }, 'resourceSpans[0].scopeSpans[0].spans[0].attributes[0].value.intValue: expected a 64-bit integer (string or number), got "1.5"'],
    [{ events: [{ timeUnixNano: true }] }, 'resourceSpans[0].scopeSpans[0].spans[0].events[0].timeUnixNano: expected an unsigned 64-bit integer (string or number), got boolean true'],
    [{ links: [{ traceId: 'abc' }] }, 'resourceSpans[0].scopeSpans[0].spans[0].links[0].traceId: expected 32 hex characters, got "abc"'],
    [{ events: {} }, 'resourceSpans[0].scopeSpans[0].spans[0].events: expected an array, got an object'],
  ])('names the JSON path of a bad value: %j', (span, message) => {
    expect(() => otlpJsonToTracesData(oneSpan(span))).toThrow(new OtlpDecodeError(message));
  });

  it('names nested paths beyond the first element', () => {
    const json = {
      resourceSpans: [
        { scopeSpans: [] },
        { scopeSpans: [{ spans: [] }, { spans: [{}, {}, {}, { traceId: 'xyz' }] }] },
      ],
    };
    expect(() => otlpJsonToTracesData(json)).toThrow('resourceSpans[1].scopeSpans[1].spans[3].traceId: expected 32 hex characters, got "xyz"');
  });

  it('rejects a document that is not an object', () => {
    expect(() => otlpJsonToTracesData([1])).toThrow('OTLP/JSON: expected an object with "resourceSpans", got an array');
    expect(() => otlpJsonToTracesData({ resourceSpans: 'x' })).toThrow('resourceSpans: expected an array, got "x"');
  });
});
