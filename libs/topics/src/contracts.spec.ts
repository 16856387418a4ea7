import { encodeRawSpan, type RawSpan, type StructuredTrace } from '@tracehouse/model';
import {
  ENRICHED_TRACES,
  FORMAT_VERSION_HEADER,
  OTLP_LOGS,
  OTLP_SPANS,
  PIPELINE_TOPICS,
  RAW_SPANS,
  RAW_SPANS_FORMAT,
  readFormatVersion,
  STRUCTURED_TRACES,
  tenantTraceKey,
  UnsupportedFormatVersionError,
} from './contracts';
import { readPipelineHeaders, pipelineHeaders } from './headers';

const TRACE = '0af7651916cd43dd8448eb211c80319c';

function span(spanId: string, overrides: Partial<RawSpan> = {}): RawSpan {
  return {
    tenantId: 'acme', traceId: TRACE, spanId, parentSpanId: '', traceState: '', name: 'GET /cart', kind: 'SERVER',
    startTimeUnixNano: 1n, endTimeUnixNano: 2n, statusCode: 'UNSET', statusMessage: '', serviceName: 'checkout',
    attributes: {}, resourceAttributes: { 'service.name': 'checkout' }, scopeName: '', scopeVersion: '', events: [], links: [],
    droppedAttributesCount: 0, droppedEventsCount: 0, droppedLinksCount: 0, flags: 0, receivedAtMs: 1700000000123, ...overrides,
  };
}

describe('topic contracts', () => {
  it('keys every topic after the collector by tenant/traceId and otlp-spans by trace id', () => {
    expect(RAW_SPANS.key('acme', '0af7651916cd43dd8448eb211c80319c')).toBe('acme/0af7651916cd43dd8448eb211c80319c');
    expect(STRUCTURED_TRACES.key('t', 'ab')).toBe(tenantTraceKey('t', 'ab'));
    expect(OTLP_SPANS.key('0af7651916cd43dd8448eb211c80319c')).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('round-trips an OTLP batch through the otlp-spans codec', () => {
    const traceId = Buffer.from('0af7651916cd43dd8448eb211c80319c', 'hex');
    const spanId = Buffer.from('b7ad6b7169203331', 'hex');
    const bytes = OTLP_SPANS.encode({
      resource_spans: [{ resource: { attributes: [{ key: 'service.name', value: { string_value: 'checkout' } }] }, scope_spans: [{ spans: [{ trace_id: traceId, span_id: spanId, name: 'GET /cart' }] }] }],
    });
    const decoded = OTLP_SPANS.decode(bytes);
    const span = decoded.resource_spans?.[0]?.scope_spans?.[0]?.spans?.[0];
    expect(span?.name).toBe('GET /cart');
    expect(Buffer.from(span?.trace_id ?? []).toString('hex')).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('rejects malformed bytes on every topic', () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(() => OTLP_SPANS.decode(garbage)).toThrow();
    expect(() => RAW_SPANS.decode(garbage)).toThrow();
    expect(() => STRUCTURED_TRACES.decode(garbage)).toThrow();
  });

  it('reads the pipeline headers with fallbacks', () => {
    expect(readPipelineHeaders(pipelineHeaders('acme', 1700000000123), 5)).toEqual({ tenant: 'acme', receivedAt: 1700000000123 });
    expect(readPipelineHeaders({}, 5)).toEqual({ tenant: 'default', receivedAt: 5 });
    expect(readPipelineHeaders({ 'received-at': 'soon' }, 5)).toEqual({ tenant: 'default', receivedAt: 5 });
  });

  describe('raw-spans formats', () => {
    const fragment = { tenantId: 'acme', traceId: TRACE, spans: [span('b7ad6b7169203331'), span('00f067aa0ba902b7', { parentSpanId: 'b7ad6b7169203331' })] };

    it('writes format 3 (one record per trace fragment, each resource once) with the pipeline headers and format-version 3', () => {
      expect(RAW_SPANS.headers('acme', 1700000000123)).toEqual({ ...pipelineHeaders('acme', 1700000000123), 'format-version': '3' });
      const record = RAW_SPANS.decodeRecord(RAW_SPANS.encode(fragment), RAW_SPANS.headers('acme', 1));
      expect(record.formatVersion).toBe(3);
      // The same bytes under the previous fragment header read the same: one decoder takes both layouts.
      expect(RAW_SPANS.decodeRecord(RAW_SPANS.encode(fragment), { ...RAW_SPANS.headers('acme', 1), 'format-version': '2' })).toEqual({ ...record, formatVersion: 2 });
      expect(record.spans).toEqual(fragment.spans);
      expect(record.spanBytes.map((b) => Buffer.from(b).toString('hex'))).toEqual(fragment.spans.map((s) => Buffer.from(encodeRawSpan(s)).toString('hex')));
    });

    it('reads format 1 (a bare RawSpan, no format-version header, as normalizers before fragments wrote) as a one-span fragment', () => {
      const bytes = encodeRawSpan(fragment.spans[0] as RawSpan);
      for (const headers of [pipelineHeaders('acme', 1), { ...pipelineHeaders('acme', 1), [RAW_SPANS_FORMAT.header]: '1' }]) {
        const record = RAW_SPANS.decodeRecord(bytes, headers);
        expect(record).toEqual({ formatVersion: 1, tenantId: 'acme', traceId: TRACE, spans: [fragment.spans[0]], spanBytes: [bytes] });
      }
    });

    it('names an unknown format version instead of guessing', () => {
      expect(() => RAW_SPANS.decodeRecord(RAW_SPANS.encode(fragment), { [RAW_SPANS_FORMAT.header]: '4' })).toThrow(
        'the raw-spans record\'s format-version header is "4"; this reader knows format 1, 2 and 3: a newer writer needs a newer reader',
      );
    });

    it('rejects a fragment read as format 1 and a span read as format 2', () => {
      expect(() => RAW_SPANS.decodeRecord(encodeRawSpan(fragment.spans[0] as RawSpan), RAW_SPANS.headers('acme', 1))).toThrow();
      expect(() => RAW_SPANS.decodeRecord(RAW_SPANS.encode(fragment), {})).toThrow();
    });

    it('splits a fragment over the limit into records within it, in span order', () => {
      const many = { ...fragment, spans: Array.from({ length: 50 }, (_, i) => span((i + 1).toString(16).padStart(16, '0'), { name: 'x'.repeat(100) })) };
      const values = RAW_SPANS.encodeRecords(many, 2_000);
      expect(values.length).toBeGreaterThan(1);
      for (const v of values) expect(v.length).toBeLessThanOrEqual(2_000);
      expect(values.flatMap((v) => RAW_SPANS.decode(v).spans)).toEqual(many.spans);
      expect(RAW_SPANS.encodeRecords(fragment)).toEqual([RAW_SPANS.encode(fragment)]);
    });
  });

  describe('format versions on every topic', () => {
    it('stamps each topic\'s current format version on the records producers write, beside the pipeline headers', () => {
      expect(PIPELINE_TOPICS.map((t) => [t.defaultName, t.headers('acme', 7)[FORMAT_VERSION_HEADER]])).toEqual([
        ['otlp-spans', '1'],
        ['raw-spans', '3'],
        ['structured-traces', '2'],
        ['enriched-traces', '2'],
      ]);
      for (const topic of PIPELINE_TOPICS) {
        expect(topic.headers('acme', 7)).toEqual({ ...pipelineHeaders('acme', 7), [FORMAT_VERSION_HEADER]: String(topic.formatVersion) });
        // Rolling upgrades: every consumer reads the version it writes and the one before it (1 where there is none
        // before), and no newer one; the grouper still takes format 1 too (per-span records cost it nothing extra).
        expect(topic.readableFormatVersions).toEqual(expect.arrayContaining(topic.formatVersion === 1 ? [1] : [topic.formatVersion - 1, topic.formatVersion]));
        expect(Math.max(...topic.readableFormatVersions)).toBe(topic.formatVersion);
      }
    });

    it('reads an absent or empty header as format 1, the original', () => {
      expect(readFormatVersion('t', {}, [1, 2])).toBe(1);
      expect(readFormatVersion('t', { [FORMAT_VERSION_HEADER]: '' }, [1, 2])).toBe(1);
      expect(readFormatVersion('t', { [FORMAT_VERSION_HEADER]: '2' }, [1, 2])).toBe(2);
    });

    it.each([['3'], ['2.0'], [' 2'], ['v2'], ['-1'], ['99999999999']])('refuses format-version %j with an error naming the topic, the header and what it reads', (header) => {
      const read = (): number => readFormatVersion('structured-traces', { [FORMAT_VERSION_HEADER]: header }, [1, 2]);
      expect(read).toThrow(UnsupportedFormatVersionError);
      expect(read).toThrow(`the structured-traces record's format-version header is ${JSON.stringify(header)}; this reader knows format 1 and 2`);
    });

    it('refuses a newer version on every topic instead of decoding it as if it were the current one', () => {
      const trace: StructuredTrace = {
        tenantId: 'acme', traceId: TRACE, spans: [span('b7ad6b7169203331')], spanEdges: [], rootIndices: [0], spanCount: 1, startTimeUnixNano: 1n, endTimeUnixNano: 2n,
        isFragment: false, fragmentSeq: 0, truncated: false, overflowSpanCount: 0, emittedAtMs: 1700000000200,
      };
      const otlp = OTLP_SPANS.encode({ resource_spans: [] });
      for (const [topic, bytes] of [[OTLP_SPANS, otlp], [STRUCTURED_TRACES, STRUCTURED_TRACES.encode(trace)], [ENRICHED_TRACES, ENRICHED_TRACES.encode(trace)]] as const) {
        const newer = { [FORMAT_VERSION_HEADER]: String(topic.formatVersion + 1) };
        expect(() => topic.decodeRecord(bytes, newer)).toThrow(expect.objectContaining({ deadLetterReason: 'unsupported-format-version', topic: topic.defaultName }));
        expect(topic.decodeRecord(bytes, {})).toEqual(topic.decode(bytes));
        expect(topic.decodeRecord(bytes, topic.headers('acme', 1))).toEqual(topic.decode(bytes));
      }
    });
  });
});

describe('OTLP_LOGS', () => {
  it('keys a record by its trace id, else by service, and round-trips LogsData with the pipeline headers and format 1', () => {
    expect(OTLP_LOGS.defaultName).toBe('otlp-logs');
    expect(OTLP_LOGS.key({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' })).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(OTLP_LOGS.key({ service: 'checkout' })).toBe('checkout');
    const headers = OTLP_LOGS.headers('acme', 7);
    expect(headers).toEqual({ 'tenant-id': 'acme', 'received-at': '7', [FORMAT_VERSION_HEADER]: '1' });
    const value = { resource_logs: [{ scope_logs: [{ log_records: [{ body: { string_value: 'hello' }, severity_number: 9 }] }] }] };
    expect(OTLP_LOGS.decodeRecord(OTLP_LOGS.encode(value), headers).resource_logs?.[0].scope_logs?.[0].log_records?.[0].body?.string_value).toBe('hello');
    expect(() => OTLP_LOGS.decodeRecord(OTLP_LOGS.encode(value), { [FORMAT_VERSION_HEADER]: '2' })).toThrow(UnsupportedFormatVersionError);
  });
});
