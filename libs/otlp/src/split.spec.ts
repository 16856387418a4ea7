import Long from 'long';
import { bytesToHex } from '@tracehouse/identity';
import { encodeExportTraceServiceRequest, encodeTracesData, OtlpDecodeError, splitTracesDataByTrace, type Span, type TracesData } from './index';
import { opentelemetry } from './generated/otlp';
import { fullSpan, idBytes, mixedBatch, prng } from './testdata/batches';
import { referenceSplit } from './testdata/split-reference';

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

describe('splitTracesDataByTrace against the splitter before its fast path (testdata/split-reference.ts)', () => {
  type Outcome = { entries: Array<[string, string]>; accepted: number; rejected: number; reason?: string } | { error: string };
  const outcome = (split: () => Map<string, Uint8Array> & { acceptedSpans: number; rejectedSpans: number; firstRejectReason: string | undefined }): Outcome => {
    try {
      const m = split();
      return { entries: [...m].map(([k, v]) => [k, Buffer.from(v).toString('hex')]), accepted: m.acceptedSpans, rejected: m.rejectedSpans, reason: m.firstRejectReason };
    } catch (err) {
      return { error: `${(err as Error).name}: ${(err as Error).message}` };
    }
  };
  const same = (bytes: Uint8Array): void => {
    expect(outcome(() => splitTracesDataByTrace(bytes))).toEqual(outcome(() => referenceSplit(bytes)));
  };

  /** Batches whose spans have fields of 1-, 2- and 3-byte lengths, zero-length and invalid ids, repeated id fields. */
  function variedBatch(seed: number): Uint8Array {
    const rand = prng(seed);
    const traceIds = Array.from({ length: 4 }, (_, i) => idBytes(16, i + 1, rand));
    const spans = Array.from({ length: 1 + Math.floor(rand() * 12) }, (_, i) => {
      const span = fullSpan(traceIds[Math.floor(rand() * traceIds.length)], idBytes(8, i, rand), i);
      const r = rand();
      if (r < 0.1) return { ...span, trace_id: new Uint8Array(16) };
      if (r < 0.15) return { ...span, span_id: new Uint8Array(0) };
      if (r < 0.3) return { ...span, name: 'n'.repeat(100 + Math.floor(rand() * 300)) };
      if (r < 0.35) return { ...span, name: 'x'.repeat(17_000) };
      return span;
    });
    if (rand() < 0.2) {
      // A span with a second trace_id field after its other fields: the last occurrence wins.
      const span = Buffer.from(opentelemetry.proto.trace.v1.Span.encode(spans[0]).finish());
      const repeated = Buffer.concat([span, Buffer.from([0x0a, 0x10]), Buffer.from(traceIds[3])]);
      const ss = Buffer.concat([Buffer.from([0x12]), varint(repeated.length), repeated]);
      const rs = Buffer.concat([Buffer.from([0x12]), varint(ss.length), ss]);
      return Buffer.concat([Buffer.from([0x0a]), varint(rs.length), rs]);
    }
    return encodeTracesData({ resource_spans: [{ resource: { attributes: [] }, scope_spans: [{ scope: { name: 's' }, spans }] }] });
  }

  it('gives the same records, counters and reject reason on 300 valid batches', () => {
    for (let seed = 1; seed <= 300; seed++) same(variedBatch(seed));
    for (let seed = 1; seed <= 20; seed++) same(encodeTracesData(mixedBatch({ seed, resources: 3, scopes: 2, spansPerScope: 4, traces: 3 })));
  });

  it('gives the same result or error when a span\'s length cuts its last field by 1 to 12 bytes, whatever that field is', () => {
    const rand = prng(5);
    const ids = { trace_id: idBytes(16, 1, rand), span_id: idBytes(8, 2, rand) };
    const lastFields: Span[] = [
      { ...ids, start_time_unix_nano: Long.fromString('1700000000123456789', true) }, // fixed64
      { ...ids, kind: 3 }, // varint
      { ...ids, dropped_attributes_count: 300 }, // two-byte varint
      { ...ids, name: 'a'.repeat(5) }, // short LEN
      { ...ids, name: 'b'.repeat(200) }, // two-byte length
      { ...ids, flags: 0x101 }, // fixed32 with a two-byte tag
      { ...ids }, // the span id itself
    ];
    for (const span of lastFields) {
      const full = Buffer.from(opentelemetry.proto.trace.v1.Span.encode(span).finish());
      for (let cut = 0; cut <= 12; cut++) {
        const spanBytes = full.subarray(0, Math.max(0, full.length - cut));
        // The span's own length says what is left; the bytes after it in the scope are another span's start.
        const next = Buffer.from([0x12, 0x02, 0x08, 0x01]);
        const ss = Buffer.concat([Buffer.from([0x12]), varint(spanBytes.length), spanBytes, next]);
        const rs = Buffer.concat([Buffer.from([0x12]), varint(ss.length), ss]);
        same(Buffer.concat([Buffer.from([0x0a]), varint(rs.length), rs]));
      }
    }
  });

  it('gives the same result or the same error on 3,000 corrupted batches (flipped, cut and inserted bytes)', () => {
    const rand = prng(99);
    for (let n = 0; n < 3_000; n++) {
      const bytes = Buffer.from(variedBatch(1 + (n % 300)));
      const kind = n % 3;
      let mutated: Buffer;
      if (kind === 0) {
        mutated = Buffer.from(bytes);
        for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) mutated[Math.floor(rand() * mutated.length)] = Math.floor(rand() * 256);
      } else if (kind === 1) mutated = bytes.subarray(0, Math.floor(rand() * bytes.length));
      else {
        const at = Math.floor(rand() * bytes.length);
        mutated = Buffer.concat([bytes.subarray(0, at), Buffer.from([Math.floor(rand() * 256), Math.floor(rand() * 256)]), bytes.subarray(at)]);
      }
      same(mutated);
    }
  });
});
