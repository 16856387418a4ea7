import { createLogger, Metrics } from '@tracehouse/observability';
import type { RawSpan } from '@tracehouse/model';
import { DLQ_HEADERS, PermanentError, type InboundMessage, type OutboundMessage } from '@tracehouse/stage-runtime';
import { MAX_RECORD_BYTES, OTLP_SPANS, PIPELINE_HEADERS, RAW_SPANS, RAW_SPANS_FORMAT } from '@tracehouse/topics';
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
  it('writes one raw-spans record per trace fragment (format 3), keyed tenant/traceId, with the pipeline headers and format-version 3', () => {
    const { handler } = setup();
    const value = OTLP_SPANS.encode(tracesData([otlpSpan({ span_id: hex(ROOT_SPAN_ID), parent_span_id: new Uint8Array(0) }), otlpSpan()]));
    const out = handler.handle(inbound(value));
    expect(out).toHaveLength(1);
    const [record] = out as [OutboundMessage];
    expect(record.topic).toBe(OUT);
    expect(record.key).toBe(`acme/${TRACE_ID}`);
    expect(record.headers).toEqual({ [PIPELINE_HEADERS.tenant]: 'acme', [PIPELINE_HEADERS.receivedAt]: String(RECEIVED_AT_MS), [RAW_SPANS_FORMAT.header]: '3' });
    const fragment = RAW_SPANS.decodeRecord(record.value, record.headers ?? {});
    expect([fragment.formatVersion, fragment.tenantId, fragment.traceId]).toEqual([3, 'acme', TRACE_ID]);
    expect(fragment.spans.map((s) => [s.spanId, s.parentSpanId, s.tenantId, s.receivedAtMs])).toEqual([
      [ROOT_SPAN_ID, '', 'acme', RECEIVED_AT_MS],
      [CHILD_SPAN_ID, ROOT_SPAN_ID, 'acme', RECEIVED_AT_MS],
    ]);
  });

  it('writes one fragment per trace when a record holds spans of several traces (not what the collector writes, but never mixed)', () => {
    const { handler } = setup();
    const other = '1'.repeat(32);
    const value = OTLP_SPANS.encode(tracesData([otlpSpan({ span_id: hex(ROOT_SPAN_ID) }), otlpSpan({ trace_id: hex(other) }), otlpSpan()]));
    const out = handler.handle(inbound(value));
    expect(out.map((r) => r.key)).toEqual([`acme/${TRACE_ID}`, `acme/${other}`]);
    expect(out.map((r) => RAW_SPANS.decode(r.value).spans.map((s) => s.spanId))).toEqual([[ROOT_SPAN_ID, CHILD_SPAN_ID], [CHILD_SPAN_ID]]);
  });

  it('splits a fragment over the record size limit into several records, each within it, none dropped', async () => {
    const { handler, metrics } = setup();
    // 40 spans of ~60 KB each: ~2.4 MB of spans, no single span over the limit.
    const spans = Array.from({ length: 40 }, (_, i) => otlpSpan({ span_id: hex((i + 1).toString(16).padStart(16, '0')), attributes: { payload: 'p'.repeat(60_000) } }));
    const out = handler.handle(inbound(OTLP_SPANS.encode(tracesData(spans))));
    expect(out.length).toBeGreaterThanOrEqual(3);
    for (const r of out) {
      expect(r.value.length).toBeLessThanOrEqual(MAX_RECORD_BYTES);
      expect(r.key).toBe(`acme/${TRACE_ID}`);
    }
    const ids = out.flatMap((r) => RAW_SPANS.decode(r.value).spans.map((s) => s.spanId));
    expect(ids).toEqual(spans.map((s) => Buffer.from(s.span_id as Uint8Array).toString('hex')));
    expect(await metrics.render()).toContain('tracehouse_normalizer_fragments_split_total{tenant="acme",service="span-normalizer"} 1');
  });

  it('falls back to the default tenant and the broker timestamp without pipeline headers', () => {
    const { handler } = setup();
    const [record] = handler.handle(inbound(OTLP_SPANS.encode(tracesData([otlpSpan()])), {}));
    expect(record?.key).toBe(`default/${TRACE_ID}`);
    const [span] = RAW_SPANS.decode((record as { value: Buffer }).value).spans as [RawSpan];
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

  it('makes a span over the record limit smaller instead of failing the produce, keeping the other spans of its fragment', () => {
    const { handler, lines } = setup();
    const events = Array.from({ length: 40 }, (_, i) => ({ name: `e${i}`, attributes: [{ key: 'payload', value: { string_value: 'z'.repeat(30_000) } }] }));
    const out = handler.handle(inbound(OTLP_SPANS.encode(tracesData([otlpSpan({ events }), otlpSpan({ span_id: hex(ROOT_SPAN_ID) })]))));
    expect(out.flatMap((r) => RAW_SPANS.decode(r.value).spans.map((s) => s.spanId))).toEqual([CHILD_SPAN_ID, ROOT_SPAN_ID]);
    const [record] = out;
    expect(record?.value.length).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    const [span] = RAW_SPANS.decode((record as { value: Buffer }).value).spans as [RawSpan];
    expect(span.events).toEqual([]);
    expect(span.droppedEventsCount).toBe(40);
    expect(lines.some((l) => l.msg === 'span over the record size limit was made smaller')).toBe(true);
  });

  it('dead-letters alone, as the collector wrote it, a span too big for a record even made smaller, and writes the rest of its trace', async () => {
    const { handler, metrics } = setup();
    // 60,000 distinct short attributes: no long value to cut, about 1.2 MB however it is shrunk.
    const attributes = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, `v${i}`]));
    const input = inbound(OTLP_SPANS.encode(tracesData([otlpSpan({ attributes }), otlpSpan({ span_id: hex(ROOT_SPAN_ID), parent_span_id: new Uint8Array(0), name: 'root' })])));
    const out = handler.handle(input);
    const dead = out.filter((r) => r.headers?.[DLQ_HEADERS.stage] !== undefined);
    const written = out.filter((r) => r.headers?.[DLQ_HEADERS.stage] === undefined);
    expect(written.flatMap((r) => RAW_SPANS.decode(r.value).spans.map((s) => s.spanId))).toEqual([ROOT_SPAN_ID]);
    expect(dead).toHaveLength(1);
    const [letter] = dead as [OutboundMessage];
    expect(letter.topic).toBe('otlp-spans.dlq');
    expect(letter.headers).toMatchObject({ [DLQ_HEADERS.stage]: STAGE, [DLQ_HEADERS.reason]: 'too-large', [DLQ_HEADERS.part]: `span ${CHILD_SPAN_ID}`, [DLQ_HEADERS.sourceOffset]: '41' });
    expect(letter.headers?.[DLQ_HEADERS.error]).toMatch(/even without its events, links and long values/);
    // The dead letter is an otlp-spans record of that one span with its resource and scope, every attribute kept.
    const alone = OTLP_SPANS.decode(letter.value);
    expect(alone.resource_spans).toHaveLength(1);
    const spans = alone.resource_spans?.[0]?.scope_spans?.[0]?.spans ?? [];
    expect(spans.map((s) => Buffer.from(s.span_id ?? []).toString('hex'))).toEqual([CHILD_SPAN_ID]);
    expect(spans[0]?.attributes).toHaveLength(60_000);
    expect(alone.resource_spans?.[0]?.resource?.attributes?.find((a) => a.key === 'service.name')?.value?.string_value).toBe('users-api');
    expect(await metrics.render()).toContain('tracehouse_normalizer_spans_out_total{tenant="acme",service="span-normalizer"} 1');
  });
});

