import { decodeRawSpan, encodeRawSpan, type RawSpan } from '@tracehouse/model';
import { STRUCTURED_TRACES } from '@tracehouse/topics';
import { structuredTrace } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';
import { generateTraces, rawSpan, TENANT } from './testdata/traces';

const MARKS = { isFragment: true, fragmentSeq: 3, truncated: true, overflowSpanCount: 2, emittedAtMs: 1_700_000_005_000 };

describe('encodeTraceRecord', () => {
  it('splices the spans as read and decodes exactly like the contract encoder', () => {
    const [generated] = generateTraces({ count: 1, seed: 3, minSpans: 150, maxSpans: 150 });
    // Decoded from their record bytes, as the grouper holds them; one span is bigger than 127 B
    // of varint length and one is over 16 KiB, so multi-byte lengths are exercised.
    const spans = (generated?.spans ?? []).map((s) => decodeRawSpan(encodeRawSpan(s)));
    spans[1] = { ...(spans[1] as RawSpan), attributes: { blob: 'x'.repeat(20_000) } };
    const trace = structuredTrace(TENANT, spans[0]?.traceId ?? '', spans, MARKS);
    const spliced = encodeTraceRecord(trace, spans.map((s) => encodeRawSpan(s)));
    expect(STRUCTURED_TRACES.decode(spliced)).toEqual(STRUCTURED_TRACES.decode(STRUCTURED_TRACES.encode(trace)));
    expect(STRUCTURED_TRACES.decode(spliced)).toEqual(trace);
  });

  it('encodes through the contract when the span bytes are missing or do not match the spans', () => {
    const spans = [rawSpan('a', ''), rawSpan('b', 'a')];
    const trace = structuredTrace(TENANT, spans[0]?.traceId ?? '', spans, MARKS);
    expect(encodeTraceRecord(trace)).toEqual(STRUCTURED_TRACES.encode(trace));
    expect(encodeTraceRecord(trace, [encodeRawSpan(spans[0] as RawSpan)])).toEqual(STRUCTURED_TRACES.encode(trace));
  });
});
