import Long from 'long';
import { bytesToHex, encodeExportTraceServiceRequest, encodeTracesData, OtlpDecodeError, splitTracesDataByTrace, type TracesData } from './index';
import { opentelemetry } from './generated/otlp';
import { fullSpan, mixedBatch } from './testdata/batches';

const TracesDataType = opentelemetry.proto.trace.v1.TracesData;
const plain = (bytes: Uint8Array) => TracesDataType.toObject(TracesDataType.decode(bytes), { longs: String, bytes: String });

/** The reference: full protobufjs decode, then regroup by trace id, dropping spans with invalid ids. */
function regroupWithProtobufjs(bytes: Uint8Array): Map<string, TracesData> {
  const decoded = TracesDataType.decode(bytes);
  const out = new Map<string, TracesData>();
  const valid = (id: Uint8Array | null | undefined, n: number) => !!id && id.length === n && id.some((b) => b !== 0);
  for (const rs of decoded.resource_spans ?? []) {
    for (const ss of rs.scope_spans ?? []) {
      for (const span of ss.spans ?? []) {
        if (!valid(span.trace_id, 16) || !valid(span.span_id, 8)) continue;
        const key = bytesToHex(span.trace_id as Uint8Array);
        let td = out.get(key);
        if (!td) out.set(key, (td = { resource_spans: [] }));
        const rsList = td.resource_spans as NonNullable<TracesData['resource_spans']>;
        let outRs = rsList.find((r) => r.resource === rs.resource);
        if (!outRs) rsList.push((outRs = { resource: rs.resource, schema_url: rs.schema_url, scope_spans: [] }));
        const ssList = outRs.scope_spans as NonNullable<typeof outRs.scope_spans>;
        let outSs = ssList.find((s) => s.scope === ss.scope);
        if (!outSs) ssList.push((outSs = { scope: ss.scope, schema_url: ss.schema_url, spans: [] }));
        outSs.spans?.push(span);
      }
    }
  }
  return out;
}

describe('splitTracesDataByTrace', () => {
  it.each([
    { seed: 11, resources: 1, scopes: 1, spansPerScope: 1, traces: 1 },
    { seed: 12, resources: 3, scopes: 2, spansPerScope: 5, traces: 4 },
    { seed: 13, resources: 5, scopes: 3, spansPerScope: 7, traces: 9 },
    { seed: 14, resources: 2, scopes: 4, spansPerScope: 40, traces: 2 },
  ])('matches a full protobufjs decode and regroup on %j', (shape) => {
    const bytes = encodeTracesData(mixedBatch(shape));
    const split = splitTracesDataByTrace(bytes);
    const expected = regroupWithProtobufjs(bytes);
    expect([...split.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [traceId, td] of expected) {
      expect(plain(split.get(traceId) as Uint8Array)).toEqual(plain(encodeTracesData(td)));
    }
    expect(split.acceptedSpans).toBe(shape.resources * shape.scopes * shape.spansPerScope);
    expect(split.rejectedSpans).toBe(0);
    expect(split.firstRejectReason).toBeUndefined();
  });

  it('reads ExportTraceServiceRequest bytes the same way', () => {
    const batch = mixedBatch({ seed: 15, resources: 2, scopes: 2, spansPerScope: 3, traces: 3 });
    const fromRequest = splitTracesDataByTrace(encodeExportTraceServiceRequest({ resource_spans: batch.resource_spans }));
    const fromTracesData = splitTracesDataByTrace(encodeTracesData(batch));
    expect(new Map(fromRequest)).toEqual(new Map(fromTracesData));
  });

  it('copies span bytes as they are, including fields it does not know', () => {
    const batch = mixedBatch({ seed: 16, resources: 1, scopes: 1, spansPerScope: 1, traces: 1 });
    const bytes = encodeTracesData(batch);
    // Append an unknown field 99 (varint 7) to the single span: ResourceSpans > ScopeSpans > Span.
    const span = opentelemetry.proto.trace.v1.Span.encode(batch.resource_spans?.[0].scope_spans?.[0].spans?.[0] ?? {}).finish();
    const spanWithUnknown = Buffer.concat([span, Buffer.from([0x98, 0x06, 0x07])]);
    const withUnknown = encodeTracesData({
      resource_spans: [{ ...batch.resource_spans?.[0], scope_spans: [{ ...batch.resource_spans?.[0].scope_spans?.[0], spans: [] }] }],
    });
    // Rebuild by hand so the unknown field survives (protobufjs would not encode it from a plain object).
    const scopeBytes = opentelemetry.proto.common.v1.InstrumentationScope.encode(batch.resource_spans?.[0].scope_spans?.[0].scope ?? {}).finish();
    const ss = Buffer.concat([Buffer.from([0x0a, scopeBytes.length]), scopeBytes, Buffer.from([0x12]), varint(spanWithUnknown.length), spanWithUnknown]);
    const rs = Buffer.concat([Buffer.from([0x12]), varint(ss.length), ss]);
    const td = Buffer.concat([Buffer.from([0x0a]), varint(rs.length), rs]);
    expect(withUnknown.length).toBeLessThan(bytes.length);
    const split = splitTracesDataByTrace(td);
    const [out] = [...split.values()];
    expect(Buffer.from(out).indexOf(spanWithUnknown)).toBeGreaterThan(0);
  });

  it('leaves out spans with invalid ids, counts them and names the first', () => {
    const good = fullSpan(new Uint8Array(16).fill(7), new Uint8Array(8).fill(1), 0);
    const spans = [
      good,
      { ...good, trace_id: new Uint8Array(16) },
      { ...good, span_id: new Uint8Array([1, 2, 3]) },
      { ...good, trace_id: new Uint8Array(8).fill(1) },
      { ...good, span_id: new Uint8Array(0) },
      { ...good, span_id: new Uint8Array(8) },
    ];
    const split = splitTracesDataByTrace(encodeTracesData({ resource_spans: [{ scope_spans: [{ spans }] }] }));
    expect([...split.keys()]).toEqual(['07070707070707070707070707070707']);
    expect(split.acceptedSpans).toBe(1);
    expect(split.rejectedSpans).toBe(5);
    expect(split.firstRejectReason).toBe('resource_spans[0].scope_spans[0].spans[1]: trace id is all zeros');
  });

  it.each([
    ['span id of wrong length', { span_id: new Uint8Array([1, 2, 3]) }, 'resource_spans[0].scope_spans[0].spans[0]: span id has 3 bytes, expected 8'],
    ['64-bit trace id', { trace_id: new Uint8Array(8).fill(1) }, 'resource_spans[0].scope_spans[0].spans[0]: trace id has 8 bytes, expected 16'],
    ['missing trace id', { trace_id: new Uint8Array(0) }, 'resource_spans[0].scope_spans[0].spans[0]: trace id is missing'],
    ['all-zero span id', { span_id: new Uint8Array(8) }, 'resource_spans[0].scope_spans[0].spans[0]: span id is all zeros'],
  ])('reports a %s', (_name, patch, reason) => {
    const span = { ...fullSpan(new Uint8Array(16).fill(7), new Uint8Array(8).fill(1), 0), ...patch };
    const split = splitTracesDataByTrace(encodeTracesData({ resource_spans: [{ scope_spans: [{ spans: [span] }] }] }));
    expect(split.size).toBe(0);
    expect(split.rejectedSpans).toBe(1);
    expect(split.firstRejectReason).toBe(reason);
  });

  it('returns an empty map for an empty batch', () => {
    expect(splitTracesDataByTrace(new Uint8Array(0)).size).toBe(0);
  });

  it('rejects truncated and malformed bytes with exact messages', () => {
    const bytes = encodeTracesData(mixedBatch({ seed: 17, resources: 1, scopes: 1, spansPerScope: 1, traces: 1 }));
    expect(() => splitTracesDataByTrace(bytes.subarray(0, 10))).toThrow(OtlpDecodeError);
    expect(() => splitTracesDataByTrace(bytes.subarray(0, 10))).toThrow(/^TracesData: field 1 at offset 0 runs past the end of its message \(needs \d+ bytes, 10 left\)\.$/);
    expect(() => splitTracesDataByTrace(new Uint8Array([0x0f, 0x00]))).toThrow('TracesData: invalid wire type 7 for field 1 at offset 0.');
    expect(() => splitTracesDataByTrace(new Uint8Array([0x00]))).toThrow('TracesData: field number 0 at offset 0 (not protobuf).');
    expect(() => splitTracesDataByTrace(new Uint8Array([0x08, 0xff]))).toThrow('TracesData: truncated varint at offset 2.');
    // A span whose own framing is broken: ResourceSpans(len 4) > ScopeSpans(len 2) > Span(len 5, but 0 bytes follow).
    expect(() => splitTracesDataByTrace(new Uint8Array([0x0a, 0x04, 0x12, 0x02, 0x12, 0x05]))).toThrow(
      'resource_spans[0].scope_spans[0]: field 2 at offset 4 runs past the end of its message (needs 7 bytes, 2 left).',
    );
  });

  it('keeps a 64-bit timestamp byte-exact', () => {
    const span = { ...fullSpan(new Uint8Array(16).fill(3), new Uint8Array(8).fill(4), 0), start_time_unix_nano: Long.fromString('18446744073709551615', true) };
    const split = splitTracesDataByTrace(encodeTracesData({ resource_spans: [{ scope_spans: [{ spans: [span] }] }] }));
    const decoded = plain(split.get('03030303030303030303030303030303') as Uint8Array);
    expect(decoded.resource_spans[0].scope_spans[0].spans[0].start_time_unix_nano).toBe('18446744073709551615');
  });
});

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}
