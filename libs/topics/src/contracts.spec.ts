import { OTLP_SPANS, RAW_SPANS, STRUCTURED_TRACES, tenantTraceKey } from './contracts';
import { readPipelineHeaders, pipelineHeaders } from './headers';

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
});
