import { createLogger, Metrics } from '@tracehouse/observability';
import { DLQ_HEADERS, PermanentError, type InboundMessage } from '@tracehouse/stage-runtime';
import { PIPELINE_HEADERS, RAW_SPANS, STRUCTURED_TRACES } from '@tracehouse/topics';
import { encodeRawSpan, spanProjection, type RawSpan, type SpanProjection } from '@tracehouse/model';
import { SpansGrouperHandler } from './spans-grouper.handler';
import { structuredTrace, TraceGrouper, type Emission } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';
import { rawSpan, RECEIVED_AT_MS, TENANT } from './testdata/traces';

const IN = 'raw-spans-test';
const OUT = 'structured-traces-test';

function setup(over: { maxRecordBytes?: number; projection?: SpanProjection } = {}) {
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
  const handler = new SpansGrouperHandler({ grouper, inputTopic: IN, outputTopic: OUT, maxRecordBytes: over.maxRecordBytes ?? 1_000_000, projection: over.projection, logger: createLogger('spans-grouper', { level: 'silent' }), metrics });
  return { handler, grouper, metrics };
}

let offset = 0;
/** A record of the current format: the spans of one trace as one RawSpanFragment (format 3). */
function fragment(spans: RawSpan[], partition = 0): InboundMessage {
  const [first] = spans as [RawSpan];
  const value = RAW_SPANS.encode({ tenantId: first.tenantId, traceId: first.traceId, spans });
  return { topic: IN, partition, offset: String(offset++), key: undefined, value, headers: RAW_SPANS.headers(first.tenantId, RECEIVED_AT_MS), timestamp: Date.now() };
}

function inbound(span: RawSpan | Buffer, partition = 0): InboundMessage {
  // Format 1 (a bare RawSpan, no format-version header), as normalizers before fragments wrote.
  const value = Buffer.isBuffer(span) ? span : Buffer.from(encodeRawSpan(span));
  return { topic: IN, partition, offset: String(offset++), key: undefined, value, headers: { [PIPELINE_HEADERS.tenant]: 'from-header' }, timestamp: Date.now() };
}

describe('SpansGrouperHandler', () => {
  describe('with a projection (attributes not decoded, as the module runs it)', () => {
    // Content a projected decode skips: every span carries it, and every repair must keep it.
    const rich = (id: string, parent: string, over: Partial<RawSpan> = {}): RawSpan =>
      rawSpan(id, parent, {
        attributes: { 'http.route': `/r/${id}`, n: 7n },
        resourceAttributes: { 'service.name': 'svc', 'host.name': 'h1' },
        events: [{ timeUnixNano: 5n, name: 'exception', attributes: { 'exception.type': 'E' }, droppedAttributesCount: 0 }],
        ...over,
      });
    /** Records exercising every identity repair: self parent, cycle, Zipkin parts, a taken id, a replay, a header tenant, an oversized span. */
    const records = (): InboundMessage[] => [
      fragment([rich('1', ''), rich('2', '2'), rich('3', '4'), rich('4', '3')]),
      fragment([rich('5', '1', { kind: 'UNSPECIFIED', startTimeUnixNano: 0n })]),
      fragment([rich('5', '1', { kind: 'CLIENT', attributes: { 'peer.service': 'db' } })]),
      fragment([rich('6', '1', { kind: 'CLIENT' })]),
      fragment([rich('6', '1', { kind: 'SERVER', name: 'other content' })]),
      fragment([rich('6', '1', { kind: 'SERVER', name: 'other content' })]),
      fragment([rich('7', '1', { tenantId: '' })]),
      fragment([rich('8', '1', { attributes: { big: 'x'.repeat(3_000) } }), rich('9', '1')]),
    ];
    const run = (projection: SpanProjection | undefined) => {
      // The same clock for both runs: records carry times of arrival and emission.
      jest.useFakeTimers({ now: 1_700_000_000_000 });
      const { handler } = setup({ projection, maxRecordBytes: 7_000 });
      const out = records().flatMap((m) => handler.handle(m));
      const all = [...out, ...handler.flushDue(Date.now() + 60_000)];
      jest.useRealTimers();
      return all;
    };

    it('writes exactly what it writes decoding every span whole, repaired spans and dead letters included', () => {
      offset = 0;
      const whole = run(undefined);
      offset = 0;
      const projected = run(spanProjection([]));

      expect(projected).toEqual(whole);
      // Not vacuous: the repairs happened, and the repaired spans kept what the projection skipped.
      const traces = whole.filter((r) => r.topic === OUT).map((r) => STRUCTURED_TRACES.decode(r.value as Buffer));
      const spans = traces.flatMap((t) => t.spans);
      const byId = new Map(spans.map((sp) => [sp.spanId, sp]));
      expect(byId.get('0000000000000002')?.parentSpanId).toBe(''); // self parent cleared
      expect([byId.get('0000000000000003')?.parentSpanId, byId.get('0000000000000004')?.parentSpanId]).toContain(''); // cycle broken
      const derived = spans.filter((sp) => !/^0{15}[0-9a-f]$/.test(sp.spanId)); // the taken id's other content
      expect(derived.map((sp) => [sp.name, sp.parentSpanId])).toEqual([['other content', '0000000000000006']]);
      expect(derived[0]?.attributes).toEqual({ 'http.route': '/r/6', n: 7n });
      for (const sp of spans) {
        expect(sp.resourceAttributes['host.name']).toBe('h1');
        expect(sp.events[0]?.attributes['exception.type']).toBe('E');
      }
      expect(spans.find((sp) => sp.spanId === '0000000000000005')?.attributes).toEqual({ 'http.route': '/r/5', n: 7n, 'peer.service': 'db' });
      expect(whole.filter((r) => r.topic === `${IN}.dlq`)).toHaveLength(1);
    });
  });

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
    expect(record?.headers).toEqual({ [PIPELINE_HEADERS.tenant]: TENANT, [PIPELINE_HEADERS.receivedAt]: String(RECEIVED_AT_MS), 'format-version': '2' });
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
    expect(bad).toThrow(/could not decode a raw-spans record \(a RawSpan, or a RawSpanFragment under format-version 2 or 3\)/);
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
    expect(RAW_SPANS.decodeRecord(dead.value, dead.headers).spans).toEqual([bad]);
    expect(dead.key).toBe(`${TENANT}/${bad.traceId}`);
    expect(dead.headers).toMatchObject({ [DLQ_HEADERS.stage]: 'spans-grouper', [DLQ_HEADERS.errorKind]: 'permanent', [DLQ_HEADERS.sourceTopic]: IN });
    expect(dead.headers[DLQ_HEADERS.error]).toMatch(/StructuredTrace\.spans\[1\]\.span_id is 000000000000000b, the id of spans\[0\] too \(rule duplicate_span_id\)/);
    expect(await metrics.render()).toContain(`tracehouse_spans_dropped_total{stage="spans-grouper",reason="invalid",tenant="${TENANT}",service="spans-grouper"} 1`);
  });

  describe('trace fragments (format 3) and a rolling upgrade', () => {
    it('groups the spans of fragment records, splicing each span as read, into the same trace record as per-span records give', () => {
      const spans = [rawSpan('b', 'a', { receivedAtMs: RECEIVED_AT_MS + 5 }), rawSpan('a', ''), rawSpan('c', 'a')];
      const viaFragments = setup();
      expect(viaFragments.handler.handle(fragment(spans.slice(0, 2)))).toEqual([]);
      expect(viaFragments.handler.handle(fragment(spans.slice(2)))).toEqual([]);
      const viaSpans = setup();
      for (const s of spans) viaSpans.handler.handle(inbound(s));
      const [a] = viaFragments.handler.flushDue(Date.now() + 2_000);
      const [b] = viaSpans.handler.flushDue(Date.now() + 2_000);
      const strip = (t: ReturnType<typeof STRUCTURED_TRACES.decode>) => ({ ...t, emittedAtMs: 0 });
      expect(strip(STRUCTURED_TRACES.decode((a as { value: Buffer }).value))).toEqual(strip(STRUCTURED_TRACES.decode((b as { value: Buffer }).value)));
      expect(STRUCTURED_TRACES.decode((a as { value: Buffer }).value).spans.map((s) => s.spanId)).toEqual(['000000000000000a', '000000000000000b', '000000000000000c']);
      expect(a?.headers).toEqual(b?.headers);
    });

    it('merges per-span records of old normalizers and fragment records of new ones into one trace, a replay across formats counted once', async () => {
      const { handler, metrics } = setup();
      handler.handle(inbound(rawSpan('a', '')));
      handler.handle(fragment([rawSpan('b', 'a'), rawSpan('a', '')]));
      handler.handle(inbound(rawSpan('c', 'b')));
      const out = handler.flushDue(Date.now() + 2_000);
      expect(out).toHaveLength(1);
      const trace = STRUCTURED_TRACES.decode((out[0] as { value: Buffer }).value);
      expect(trace.spans.map((s) => s.spanId)).toEqual(['000000000000000a', '000000000000000b', '000000000000000c']);
      expect(trace.spans.every((s) => s.warnings === undefined)).toBe(true);
      const text = await metrics.render();
      expect(text).toContain(`tracehouse_spans_dropped_total{stage="spans-grouper",reason="duplicate",tenant="${TENANT}",service="spans-grouper"} 1`);
      expect(text).toContain('tracehouse_grouper_records_in_total{format="1",service="spans-grouper"} 2');
      expect(text).toContain('tracehouse_grouper_records_in_total{format="3",service="spans-grouper"} 1');
    });

    it("holds a fragment's offset until every span of it went out, also when the span cap emits part of it early", () => {
      const metrics = new Metrics('spans-grouper');
      const grouper = new TraceGrouper({ quietMs: 30_000, earlyCompletion: true, completeQuietMs: 2_000, maxSpansPerTrace: 2, maxBufferedSpans: 1_000, rememberedTraces: 100, maxRecordBytes: 1_000_000, encode: encodeTraceRecord });
      const handler = new SpansGrouperHandler({ grouper, inputTopic: IN, outputTopic: OUT, maxRecordBytes: 1_000_000, logger: createLogger('spans-grouper', { level: 'silent' }), metrics });
      const record = fragment([rawSpan('a', ''), rawSpan('b', 'a'), rawSpan('c', 'a')], 2);
      const out = handler.handle(record);
      // The first two spans reached the cap and went out; the third is buffered under the same offset.
      expect(out).toHaveLength(1);
      expect(grouper.bufferedSpans).toBe(1);
      expect(handler.heldOffset(IN, 2)).toBe(record.offset);
      handler.flushDue(Date.now() + 2_000);
      expect(handler.heldOffset(IN, 2)).toBeUndefined();
    });

    it('dead-letters a span of a fragment too big for any trace record alone, and keeps the others', () => {
      const { handler } = setup({ maxRecordBytes: 10_000 });
      const big = rawSpan('b', 'a', { attributes: { blob: 'x'.repeat(7_000) } });
      const out = handler.handle(fragment([rawSpan('a', ''), big]));
      expect(out.map((m) => m.topic)).toEqual([`${IN}.dlq`]);
      const dead = out[0] as { value: Buffer; headers: Record<string, string> };
      expect(RAW_SPANS.decodeRecord(dead.value, dead.headers).spans).toEqual([big]);
      expect(dead.headers).toMatchObject({ [DLQ_HEADERS.reason]: 'too-large', [DLQ_HEADERS.stage]: 'spans-grouper' });
      expect(dead.headers[DLQ_HEADERS.error]).toMatch(/span 000000000000000b of the raw-spans record at offset \d+ is \d+ bytes: one span cannot exceed 5904 bytes/);
      const trace = STRUCTURED_TRACES.decode((handler.flushDue(Date.now() + 2_000)[0] as { value: Buffer }).value);
      expect(trace.spans.map((s) => s.spanId)).toEqual(['000000000000000a']);
    });

    it('rejects a record of an unknown format version as unsupported-format-version, naming the version', () => {
      const { handler } = setup();
      const record = { ...fragment([rawSpan('a', '')]), headers: { 'format-version': '9' } };
      expect(() => handler.handle(record)).toThrow(PermanentError);
      expect(() => handler.handle(record)).toThrow(expect.objectContaining({ reason: 'unsupported-format-version' }));
      expect(() => handler.handle(record)).toThrow(/format-version header is "9"/);
    });
  });
});
