import { createLogger, Metrics } from '@tracehouse/observability';
import { DLQ_HEADERS, PermanentError, type InboundMessage } from '@tracehouse/stage-runtime';
import { PIPELINE_HEADERS, RAW_SPANS, STRUCTURED_TRACES } from '@tracehouse/topics';
import type { RawSpan } from '@tracehouse/model';
import { SpansGrouperHandler } from './spans-grouper.handler';
import { structuredTrace, TraceGrouper, type Emission } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';
import { rawSpan, RECEIVED_AT_MS, TENANT } from './testdata/traces';

const IN = 'raw-spans-test';
const OUT = 'structured-traces-test';

function setup(over: { maxRecordBytes?: number } = {}) {
  const metrics = new Metrics('spans-grouper');
  const grouper = new TraceGrouper({
    quietMs: 30_000,
    earlyCompletion: true,
    completeQuietMs: 2_000,
    maxSpansPerTrace: 100,
    maxBufferedSpans: 1_000,
    rememberedTraces: 100,
    maxRecordBytes: 1_000_000,
    encode: encodeTraceRecord,
  });
  const handler = new SpansGrouperHandler({ grouper, inputTopic: IN, outputTopic: OUT, maxRecordBytes: over.maxRecordBytes ?? 1_000_000, logger: createLogger('spans-grouper', { level: 'silent' }), metrics });
  return { handler, grouper, metrics };
}

let offset = 0;
function inbound(span: RawSpan | Buffer, partition = 0): InboundMessage {
  const value = Buffer.isBuffer(span) ? span : RAW_SPANS.encode(span);
  return { topic: IN, partition, offset: String(offset++), key: undefined, value, headers: { [PIPELINE_HEADERS.tenant]: 'from-header' }, timestamp: Date.now() };
}

describe('SpansGrouperHandler', () => {
  it('buffers raw spans and writes the trace keyed tenant/traceId, with the earliest received-at', () => {
    const { handler } = setup();
    expect(handler.handle(inbound(rawSpan('b', 'a', { receivedAtMs: RECEIVED_AT_MS + 5 })))).toEqual([]);
    expect(handler.handle(inbound(rawSpan('a', '')))).toEqual([]);
    expect(handler.flushDue(Date.now())).toEqual([]);
    const out = handler.flushDue(Date.now() + 2_000);
    expect(out).toHaveLength(1);
    const [record] = out;
    expect(record?.topic).toBe(OUT);
    expect(record?.key).toBe(`${TENANT}/4bf92f3577b34da6a3ce929d0e0e4736`);
    expect(record?.headers).toEqual({ [PIPELINE_HEADERS.tenant]: TENANT, [PIPELINE_HEADERS.receivedAt]: String(RECEIVED_AT_MS) });
    const trace = STRUCTURED_TRACES.decode((record as { value: Buffer }).value);
    expect(trace.spans.map((s) => s.spanId)).toEqual(['000000000000000a', '000000000000000b']);
    expect(trace.spanEdges).toEqual([{ parentIndex: 0, childIndex: 1 }]);
  });

  it('reports the oldest offset it holds for its input topic only', () => {
    const { handler } = setup();
    const first = inbound(rawSpan('a', 'f'), 3);
    handler.handle(first);
    handler.handle(inbound(rawSpan('b', 'f'), 3));
    expect(handler.heldOffset(IN, 3)).toBe(first.offset);
    expect(handler.heldOffset(IN, 4)).toBeUndefined();
    expect(handler.heldOffset('other', 3)).toBeUndefined();
  });

  it('drops every buffer on reset (the partitions are re-read from the committed offsets)', () => {
    const { handler, grouper } = setup();
    handler.handle(inbound(rawSpan('a', 'f'), 0));
    handler.reset();
    expect(grouper.bufferedSpans).toBe(0);
    expect(handler.heldOffset(IN, 0)).toBeUndefined();
  });

  it('takes the tenant from the pipeline header when the span has none', () => {
    const { handler } = setup();
    handler.handle(inbound(rawSpan('a', '', { tenantId: '' })));
    expect(handler.flushDue(Date.now() + 2_000)[0]?.key).toBe('from-header/4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('rejects undecodable bytes as permanent (dead-lettered), saying what it tried to decode', () => {
    const { handler } = setup();
    const bad = () => handler.handle(inbound(Buffer.from([0xff, 0xff, 0xff])));
    expect(bad).toThrow(PermanentError);
    expect(bad).toThrow(/could not decode a raw-spans record \(RawSpan protobuf\)/);
  });

  it('rejects a span too big to fit in any structured-traces record, naming its size', () => {
    const { handler } = setup({ maxRecordBytes: 10_000 });
    const bad = () => handler.handle(inbound(rawSpan('a', '', { attributes: { blob: 'x'.repeat(2_000) } })));
    expect(bad).not.toThrow();
    const tooBig = () => handler.handle(inbound(rawSpan('b', '', { attributes: { blob: 'x'.repeat(7_000) } })));
    expect(tooBig).toThrow(PermanentError);
    expect(tooBig).toThrow(/is \d+ bytes: one span cannot exceed 5904 bytes/);
  });

  it('counts duplicates as dropped, and records the emit delay and the reason', async () => {
    const { handler, metrics } = setup();
    // The handler stamps arrivals with Date.now(): fix it, so the delay is exactly 2.7 s.
    jest.useFakeTimers({ now: 1_700_000_000_000 });
    try {
      handler.handle(inbound(rawSpan('a', '')));
      handler.handle(inbound(rawSpan('a', '')));
    } finally {
      jest.useRealTimers();
    }
    expect(handler.flushDue(1_700_000_001_999)).toEqual([]);
    expect(handler.flushDue(1_700_000_002_700)).toHaveLength(1);
    const text = await metrics.render();
    expect(text).toContain(`tracehouse_spans_dropped_total{stage="spans-grouper",reason="duplicate",tenant="${TENANT}",service="spans-grouper"} 1`);
    expect(text).toContain('tracehouse_grouper_traces_emitted_total{reason="complete",fragment="false",service="spans-grouper"} 1');
    expect(text).toContain('tracehouse_grouper_emit_delay_seconds_bucket{le="2.5",service="spans-grouper",reason="complete"} 0');
    expect(text).toContain('tracehouse_grouper_emit_delay_seconds_bucket{le="3",service="spans-grouper",reason="complete"} 1');
    expect(text).toContain('tracehouse_grouper_emit_delay_seconds_sum{service="spans-grouper",reason="complete"} 2.7');
  });

  it('counts repairs by reason and logs them once per record', async () => {
    const metrics = new Metrics('spans-grouper');
    const lines: string[] = [];
    const logger = createLogger('spans-grouper', { level: 'warn', destination: { write: (l: string) => { lines.push(l); } } });
    const grouper = new TraceGrouper({ quietMs: 30_000, earlyCompletion: true, completeQuietMs: 2_000, maxSpansPerTrace: 100, maxBufferedSpans: 1_000, rememberedTraces: 100, maxRecordBytes: 1_000_000, encode: encodeTraceRecord });
    const handler = new SpansGrouperHandler({ grouper, inputTopic: IN, outputTopic: OUT, maxRecordBytes: 1_000_000, logger, metrics });
    handler.handle(inbound(rawSpan('a', '')));
    handler.handle(inbound(rawSpan('b', 'b')));
    handler.handle(inbound(rawSpan('b', 'a', { name: 'other content' })));
    const out = handler.flushDue(Date.now() + 2_000);
    expect(out).toHaveLength(1);
    expect(STRUCTURED_TRACES.decode((out[0] as { value: Buffer }).value).spans).toHaveLength(3);
    const text = await metrics.render();
    expect(text).toContain(`tracehouse_spans_repaired_total{stage="spans-grouper",reason="self_parent_cleared",tenant="${TENANT}",service="spans-grouper"} 1`);
    expect(text).toContain(`tracehouse_spans_repaired_total{stage="spans-grouper",reason="duplicate_id_derived",tenant="${TENANT}",service="spans-grouper"} 1`);
    const warnings = lines.filter((l) => l.includes('repaired'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] as string)).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', repairs: { self_parent_cleared: 1, duplicate_id_derived: 1 } });
  });

  it('dead-letters a span the grouper could not make valid on its own, and still writes its trace', async () => {
    const { metrics } = setup();
    const good = rawSpan('a', '');
    const bad = rawSpan('b', 'a');
    const trace = structuredTrace(TENANT, good.traceId, [good], { isFragment: false, fragmentSeq: 0, truncated: false, overflowSpanCount: 0, emittedAtMs: 1 });
    const emission: Emission = {
      trace,
      bytes: STRUCTURED_TRACES.encode(trace),
      reason: 'quiet',
      delayMs: 0,
      receivedAtMs: RECEIVED_AT_MS,
      overflowSpans: 0,
      part: 0,
      repairs: new Map(),
      invalid: [{ span: bad, violation: { rule: 'duplicate_span_id', field: 'spans[1].span_id', detail: 'is 000000000000000b, the id of spans[0] too', spanIndex: 1 } }],
    };
    // A grouper that hands out that emission: the real one repairs everything it knows of.
    const stub = { due: () => [emission], bufferedSpans: 0, bufferedTraces: 0 } as unknown as TraceGrouper;
    const handler = new SpansGrouperHandler({ grouper: stub, inputTopic: IN, outputTopic: OUT, maxRecordBytes: 1_000_000, logger: createLogger('spans-grouper', { level: 'silent' }), metrics });
    const out = handler.flushDue(Date.now());
    expect(out.map((m) => m.topic)).toEqual([OUT, `${IN}.dlq`]);
    const dead = out[1] as { key: string; value: Buffer; headers: Record<string, string> };
    expect(RAW_SPANS.decode(dead.value)).toEqual(bad);
    expect(dead.key).toBe(`${TENANT}/${bad.traceId}`);
    expect(dead.headers).toMatchObject({ [DLQ_HEADERS.stage]: 'spans-grouper', [DLQ_HEADERS.errorKind]: 'permanent', [DLQ_HEADERS.sourceTopic]: IN });
    expect(dead.headers[DLQ_HEADERS.error]).toMatch(/StructuredTrace\.spans\[1\]\.span_id is 000000000000000b, the id of spans\[0\] too \(rule duplicate_span_id\)/);
    expect(await metrics.render()).toContain(`tracehouse_spans_dropped_total{stage="spans-grouper",reason="invalid",tenant="${TENANT}",service="spans-grouper"} 1`);
  });
});
