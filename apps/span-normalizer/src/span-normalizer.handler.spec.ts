import { createLogger, Metrics } from '@tracehouse/observability';
import { PermanentError, type InboundMessage } from '@tracehouse/stage-runtime';
import { MAX_RECORD_BYTES, OTLP_SPANS, PIPELINE_HEADERS, RAW_SPANS } from '@tracehouse/topics';
import { SpanNormalizerHandler, STAGE } from './span-normalizer.handler';
import { SpanNormalizer } from './span-normalizer.processor';
import { CHILD_SPAN_ID, hex, otlpSpan, RECEIVED_AT_MS, ROOT_SPAN_ID, TRACE_ID, tracesData } from './testdata/otlp-fixtures';

const OUT = 'raw-spans-test';

function setup(dropRules: ConstructorParameters<typeof SpanNormalizer>[0]['dropRules'] = []) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('span-normalizer', { destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  const metrics = new Metrics('span-normalizer');
  const handler = new SpanNormalizerHandler({
    normalizer: new SpanNormalizer({ dropRules, redactKeys: [], redactQueryParams: [], dbStatementMaxLength: 100 }),
    outputTopic: OUT,
    logger,
    metrics,
    dropLogIntervalMs: 1000,
  });
  return { handler, lines, metrics };
}

function inbound(value: Buffer, headers: Record<string, string> = { [PIPELINE_HEADERS.tenant]: 'acme', [PIPELINE_HEADERS.receivedAt]: String(RECEIVED_AT_MS) }): InboundMessage {
  return { topic: 'otlp-spans', partition: 0, offset: '41', key: Buffer.from(TRACE_ID), value, headers, timestamp: 1_700_000_009_999 };
}

describe('SpanNormalizerHandler', () => {
  it('writes one raw-spans record per span, keyed tenant/traceId, with the pipeline headers', () => {
    const { handler } = setup();
    const value = OTLP_SPANS.encode(tracesData([otlpSpan({ span_id: hex(ROOT_SPAN_ID), parent_span_id: new Uint8Array(0) }), otlpSpan()]));
    const out = handler.handle(inbound(value));
    expect(out).toHaveLength(2);
    for (const record of out) {
      expect(record.topic).toBe(OUT);
      expect(record.key).toBe(`acme/${TRACE_ID}`);
      expect(record.headers).toEqual({ [PIPELINE_HEADERS.tenant]: 'acme', [PIPELINE_HEADERS.receivedAt]: String(RECEIVED_AT_MS) });
    }
    const spans = out.map((r) => RAW_SPANS.decode(r.value));
    expect(spans.map((s) => [s.spanId, s.parentSpanId, s.tenantId, s.receivedAtMs])).toEqual([
      [ROOT_SPAN_ID, '', 'acme', RECEIVED_AT_MS],
      [CHILD_SPAN_ID, ROOT_SPAN_ID, 'acme', RECEIVED_AT_MS],
    ]);
  });

  it('falls back to the default tenant and the broker timestamp without pipeline headers', () => {
    const { handler } = setup();
    const [record] = handler.handle(inbound(OTLP_SPANS.encode(tracesData([otlpSpan()])), {}));
    expect(record?.key).toBe(`default/${TRACE_ID}`);
    const span = RAW_SPANS.decode((record as { value: Buffer }).value);
    expect([span.tenantId, span.receivedAtMs]).toEqual(['default', 1_700_000_009_999]);
  });

  it('rejects undecodable bytes as permanent (dead-lettered), saying what it tried to decode', () => {
    const { handler } = setup();
    const bad = () => handler.handle(inbound(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01])));
    expect(bad).toThrow(PermanentError);
    expect(bad).toThrow(/could not decode an otlp-spans record \(OTLP TracesData protobuf\)/);
  });

  it('rejects a span with a malformed id as permanent, naming the span and the offset', () => {
    const { handler } = setup();
    const bad = () => handler.handle(inbound(OTLP_SPANS.encode(tracesData([otlpSpan({ span_id: new Uint8Array(8) })]))));
    expect(bad).toThrow(PermanentError);
    expect(bad).toThrow(/offset 41 .*spans\[0\] \(name "span"\): span id is all zeros/);
  });

  it('counts dropped spans by stage, reason and tenant, and logs them once per interval as a count', async () => {
    const { handler, lines, metrics } = setup([{ spanName: 'GET /healthz' }]);
    const value = OTLP_SPANS.encode(tracesData([otlpSpan({ name: 'GET /healthz' }), otlpSpan({ name: 'GET /healthz' }), otlpSpan({ name: 'GET /users' })]));
    for (let i = 0; i < 3; i++) expect(handler.handle(inbound(value))).toHaveLength(1);
    const t0 = Date.now();
    handler.flushDue(t0 + 1000);
    handler.flushDue(t0 + 1500);
    const dropLines = lines.filter((l) => Array.isArray(l.drops));
    expect(dropLines).toHaveLength(1);
    expect(dropLines[0]?.drops).toEqual([{ reason: 'drop_rule', tenant: 'acme', count: 6 }]);
    const text = await metrics.render();
    expect(text).toContain(`tracehouse_spans_dropped_total{stage="${STAGE}",reason="drop_rule",tenant="acme",service="span-normalizer"} 6`);
    expect(text).toContain('tracehouse_normalizer_spans_out_total{tenant="acme",service="span-normalizer"} 3');
  });

  it('makes a span over the record limit smaller instead of failing the produce', () => {
    const { handler, lines } = setup();
    const events = Array.from({ length: 40 }, (_, i) => ({ name: `e${i}`, attributes: [{ key: 'payload', value: { string_value: 'z'.repeat(30_000) } }] }));
    const [record] = handler.handle(inbound(OTLP_SPANS.encode(tracesData([otlpSpan({ events })]))));
    expect(record?.value.length).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    const span = RAW_SPANS.decode((record as { value: Buffer }).value);
    expect(span.events).toEqual([]);
    expect(span.droppedEventsCount).toBe(40);
    expect(lines.some((l) => l.msg === 'span over the record size limit was made smaller')).toBe(true);
  });
});
