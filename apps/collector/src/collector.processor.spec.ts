import { bytesToHex } from '@tracehouse/identity';
import { consistentSample, decodeTracesData, encodeExportTraceServiceRequest, encodeTracesData, splitTracesDataByTrace, type Span } from '@tracehouse/otlp';
import { WireError } from '@tracehouse/wire';
import { chunkTrace, countSpans, prepareTraceRecords } from './collector.processor';
import { InFlightBudget } from './inflight';

const traceId = (n: number): Buffer => Buffer.from(`${n.toString(16).padStart(8, '0')}0000000000000000${n.toString(16).padStart(8, '0')}`, 'hex');
const spanId = (n: number): Buffer => Buffer.from(`ab${n.toString(16).padStart(14, '0')}`, 'hex');

/** A request with `traces` traces of `spansPerTrace` spans each, over two resources. */
function request(traces: number, spansPerTrace: number, name = 'op'): Uint8Array {
  const spans = (service: number): Span[] =>
    Array.from({ length: traces }, (_, t) => Array.from({ length: spansPerTrace }, (_, s) => ({ trace_id: traceId(t + 1), span_id: spanId(service * 100_000 + t * 100 + s + 1), name }))).flat();
  return encodeExportTraceServiceRequest({
    resource_spans: [0, 1].map((service) => ({
      resource: { attributes: [{ key: 'service.name', value: { string_value: `svc${service}` } }] },
      scope_spans: [{ scope: { name: 'lib' }, spans: spans(service) }],
    })),
  });
}

describe('prepareTraceRecords', () => {
  it('writes one record per trace and keeps everything at 100 %', () => {
    const prepared = prepareTraceRecords(splitTracesDataByTrace(request(5, 3)), { samplingPercentage: 100, samplingSeed: 0, maxRecordBytes: 1_000_000 });
    expect(prepared.records.map((r) => r.traceId)).toEqual([1, 2, 3, 4, 5].map((n) => bytesToHex(traceId(n))));
    expect(prepared.acceptedSpans).toBe(30);
    expect(prepared.records.map((r) => countSpans(r.value))).toEqual([6, 6, 6, 6, 6]);
    expect(prepared.sampledOutSpans).toBe(0);
  });

  it('keeps whole traces by the consistent sampler and counts the spans of the dropped ones', () => {
    const prepared = prepareTraceRecords(splitTracesDataByTrace(request(200, 2)), { samplingPercentage: 30, samplingSeed: 7, maxRecordBytes: 1_000_000 });
    const kept = Array.from({ length: 200 }, (_, i) => traceId(i + 1)).filter((id) => consistentSample(id, 7, 30));
    expect(prepared.records.map((r) => r.traceId).sort()).toEqual(kept.map(bytesToHex).sort());
    expect(prepared.sampledOutTraces).toBe(200 - kept.length);
    expect(prepared.sampledOutSpans).toBe((200 - kept.length) * 4);
    expect(prepared.acceptedSpans).toBe(kept.length * 4);
  });

  it('drops everything at 0 %', () => {
    const prepared = prepareTraceRecords(splitTracesDataByTrace(request(10, 1)), { samplingPercentage: 0, samplingSeed: 0, maxRecordBytes: 1_000_000 });
    expect(prepared.records).toEqual([]);
    expect(prepared.sampledOutSpans).toBe(20);
  });

  it('cuts a trace larger than a record into records under the limit, each with its resource and scope', () => {
    const body = request(1, 40, 'x'.repeat(200));
    const prepared = prepareTraceRecords(splitTracesDataByTrace(body), { samplingPercentage: 100, samplingSeed: 0, maxRecordBytes: 3_000 });
    expect(prepared.records.length).toBeGreaterThan(3);
    expect(prepared.records.every((r) => r.value.length <= 3_000)).toBe(true);
    expect(prepared.records.reduce((a, r) => a + countSpans(r.value), 0)).toBe(80);
    expect(prepared.acceptedSpans).toBe(80);
    for (const r of prepared.records) {
      for (const rs of decodeTracesData(r.value).resource_spans ?? []) {
        expect(rs.resource?.attributes?.[0]?.key).toBe('service.name');
        expect(rs.scope_spans?.[0]?.scope?.name).toBe('lib');
      }
    }
  });

  it('rejects a single span larger than a record and keeps the rest of its trace', () => {
    const data = { resource_spans: [{ scope_spans: [{ spans: [{ trace_id: traceId(1), span_id: spanId(1), name: 'x'.repeat(5_000) }, { trace_id: traceId(1), span_id: spanId(2), name: 'small' }] }] }] };
    const chunked = chunkTrace(encodeTracesData(data), 2_000);
    expect(chunked.oversizeSpans).toBe(1);
    expect(chunked.chunks.map((c) => decodeTracesData(c).resource_spans?.[0]?.scope_spans?.[0]?.spans?.map((s) => s.name))).toEqual([['small']]);
    const prepared = prepareTraceRecords(splitTracesDataByTrace(encodeExportTraceServiceRequest(data)), { samplingPercentage: 100, samplingSeed: 0, maxRecordBytes: 2_000 });
    expect([prepared.acceptedSpans, prepared.oversizeSpans]).toEqual([1, 1]);
    expect(prepared.firstRejectReason).toMatch(/a span of \d+ bytes is larger than the 2000-byte record limit/);
  });

  it('passes on the splitter\'s count and reason of invalid spans', () => {
    const body = encodeExportTraceServiceRequest({ resource_spans: [{ scope_spans: [{ spans: [{ trace_id: traceId(1), span_id: spanId(1) }, { trace_id: Buffer.alloc(16), span_id: spanId(2) }] }] }] });
    const prepared = prepareTraceRecords(splitTracesDataByTrace(body), { samplingPercentage: 100, samplingSeed: 0, maxRecordBytes: 1_000_000 });
    expect([prepared.acceptedSpans, prepared.invalidSpans]).toEqual([1, 1]);
    expect(prepared.firstRejectReason).toBe('resource_spans[0].scope_spans[0].spans[1]: trace id is all zeros');
  });
});

describe('countSpans', () => {
  it('counts the spans under every resource and scope, skipping the other fields', () => {
    const bytes = encodeTracesData({
      resource_spans: [
        { resource: { attributes: [{ key: 'service.name', value: { string_value: 'a' } }] }, scope_spans: [{ scope: { name: 'x' }, spans: [{ name: '1' }, { name: '2' }] }, { spans: [{ name: '3' }] }] },
        { scope_spans: [{ spans: [{ name: '4', start_time_unix_nano: 1_700_000_000_000_000_000 }] }], schema_url: 'https://opentelemetry.io/schemas/1.21.0' },
      ],
    });
    expect(countSpans(bytes)).toBe(4);
    expect(countSpans(new Uint8Array(0))).toBe(0);
  });

  // Its old hand-rolled varint reader had no end check: a length prefix cut off at the end read
  // `undefined` bytes forever. The shared wire scanner names the problem instead.
  it('throws a WireError on truncated bytes instead of reading past the end', () => {
    expect(() => countSpans(Uint8Array.of(0x0a))).toThrow(new WireError('TracesData: truncated varint at offset 1.'));
    expect(() => countSpans(Uint8Array.of(0x0a, 0x05, 0x12))).toThrow(WireError);
  });
});

describe('InFlightBudget', () => {
  it('refuses reservations past its capacity and frees them on release, once', () => {
    const budget = new InFlightBudget(100);
    const a = budget.tryReserve(60);
    expect(a).toBeDefined();
    expect(budget.tryReserve(50)).toBeUndefined();
    const b = budget.tryReserve(40);
    expect(b?.growTo(41)).toBe(false);
    a?.release();
    a?.release();
    expect(budget.inUse).toBe(40);
    expect(b?.growTo(90)).toBe(true);
    b?.release();
    expect(budget.inUse).toBe(0);
  });
});
