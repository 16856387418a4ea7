import { SPANS_ENCODING, TRACE_SPANS_COPY, ViewBatch } from './batch';
import { parseSpanDocument, SPAN_DOCUMENT_COLUMNS, SPAN_DOCUMENT_COLUMNS_V5, SPAN_DOCUMENT_COLUMNS_V8, SpanDocumentError } from './document';
import type { SpanRow } from './rows';
import { spanRow as row, T0 } from './testdata/span-rows';

/** Compares maps by content (parsed maps have a null prototype). */
const plain = (span: SpanRow): unknown => JSON.parse(JSON.stringify(span, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));

describe('span documents', () => {
  it('are the spans line: the columns are SPANS_ENCODING’s', () => {
    expect([...SPAN_DOCUMENT_COLUMNS_V8]).toEqual([...SPANS_ENCODING.columns]);
  });

  it('carry the sampling weight since schema version 8; one written at version 5-7 reads as weight 1', () => {
    const sampled = row({ samplingWeight: 10 });
    const v8 = SPANS_ENCODING.encode(sampled).split('\t');
    expect(v8[SPAN_DOCUMENT_COLUMNS_V8.indexOf('sampling_weight')]).toBe('10');
    expect(parseSpanDocument(v8.join('\t')).samplingWeight).toBe(10);
    expect(SPANS_ENCODING.encode(row()).split('\t')[SPAN_DOCUMENT_COLUMNS_V8.indexOf('sampling_weight')]).toBe('1');
    expect(parseSpanDocument(SPANS_ENCODING.encode(row())).samplingWeight).toBeUndefined();
    const v5 = [...v8.slice(0, SPAN_DOCUMENT_COLUMNS_V8.indexOf('sampling_weight')), v8[v8.length - 1]];
    expect(v5).toHaveLength(SPAN_DOCUMENT_COLUMNS_V5.length);
    const parsed = parseSpanDocument(v5.join('\t'));
    expect(parsed.samplingWeight).toBeUndefined();
    expect(plain(parsed)).toEqual(plain(row()));
    v8[SPAN_DOCUMENT_COLUMNS_V8.indexOf('sampling_weight')] = '0.5';
    expect(() => parseSpanDocument(v8.join('\t'))).toThrow(new SpanDocumentError('sampling_weight "0.5" is not a number >= 1'));
  });

  it('written at schema version 2 (no types, warnings or raw fields) still parse, their values as strings', () => {
    const v8 = SPANS_ENCODING.encode(row({ attributes: { 'http.status_code': 200n } })).split('\t');
    const v2 = [...v8.slice(0, SPAN_DOCUMENT_COLUMNS.indexOf('received_at') + 1), v8[v8.length - 1]];
    expect(v2).toHaveLength(SPAN_DOCUMENT_COLUMNS.length);
    const parsed = parseSpanDocument(v2.join('\t'));
    expect(parsed.attributes).toEqual({ 'http.status_code': '200' });
    expect(parsed.warnings).toBeUndefined();
    expect(parsed.version).toBe(1_736_942_401_000);
  });

  it('keep attribute types, warnings and raw fields (schema version 5)', () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    const typed = { s: 'x', i: -9_007_199_254_740_993n, d: 0.1, b: false, y: bytes, a: ['a', 1n, 2.5, true, [bytes]], m: { k: 1n, n: { deep: 'v' } } };
    const span = row({
      attributes: typed, resourceAttributes: { 'process.pid': 42n },
      events: [{ timeUnixNano: 1n, name: 'e', attributes: { n: 1.5 } }, { timeUnixNano: 2n, name: 'f', attributes: {} }],
      links: [{ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', attributes: { ok: true } }],
      warnings: ['start time 0 is missing or before 1971-01-01; stored as sent', "it's\ta tab"],
      rawFields: { start_time: '18446744073709551615' },
    });
    const parsed = parseSpanDocument(SPANS_ENCODING.encode(span));
    expect(parsed.attributes).toEqual(typed);
    expect(parsed.resourceAttributes).toEqual({ 'process.pid': 42n });
    expect(parsed.events.map((e) => e.attributes)).toEqual([{ n: 1.5 }, {}]);
    expect(parsed.links[0]?.attributes).toEqual({ ok: true });
    expect(parsed.warnings).toEqual(span.warnings);
    expect(parsed.rawFields).toEqual({ start_time: '18446744073709551615' });
  });

  it('parse back into the span that was encoded', () => {
    const span = row();
    expect(plain(parseSpanDocument(SPANS_ENCODING.encode(span)))).toEqual(plain(span));
  });

  it('keep every character a tracer may send: tabs, newlines, quotes, backslashes, braces, NUL and non-ASCII', () => {
    const nasty = "a\tb\nc\r'd'\\e\0{f}:[g],(h) \"i\" é漢🙂";
    const span = row({
      spanName: nasty, statusMessage: nasty, dbStatement: nasty, rpcStatusCode: 0, calleeKind: 'BACKEND', calleeBackendName: nasty,
      attributes: Object.assign(Object.create(null) as Record<string, string>, { [nasty]: nasty, empty: '', ['__proto__']: 'kept' }),
      events: [{ timeUnixNano: 5n, name: nasty, attributes: { [nasty]: nasty } }, { timeUnixNano: T0, name: '', attributes: {} }],
      links: [],
      receivedAtMs: 7,
    });
    const parsed = parseSpanDocument(SPANS_ENCODING.encode(span));
    expect(plain(parsed)).toEqual(plain(span));
    expect(parsed.attributes['__proto__']).toBe('kept');
    expect(parsed.rpcStatusCode).toBe(0);
  });

  it('refuse a line of another shape, naming what is wrong', () => {
    expect(() => parseSpanDocument('acme\tonly three\tfields')).toThrow(new SpanDocumentError(`a span document has ${SPAN_DOCUMENT_COLUMNS.length}, ${SPAN_DOCUMENT_COLUMNS_V5.length} or ${SPAN_DOCUMENT_COLUMNS_V8.length} fields, this one 3`));
    const fields = SPANS_ENCODING.encode(row()).split('\t');
    fields[SPAN_DOCUMENT_COLUMNS.indexOf('attributes')] = "{'k':'v'";
    expect(() => parseSpanDocument(fields.join('\t'))).toThrow(SpanDocumentError);
    fields[SPAN_DOCUMENT_COLUMNS.indexOf('attributes')] = '{}';
    fields[SPAN_DOCUMENT_COLUMNS.indexOf('start_time')] = 'yesterday';
    expect(() => parseSpanDocument(fields.join('\t'))).toThrow('"yesterday" is not a timestamp');
  });

  it('travel in CSV rows that double only their double quotes', () => {
    const span = row({ statusMessage: 'said "no"' });
    const line = SPANS_ENCODING.encode(span);
    expect(TRACE_SPANS_COPY.csv(line)).toBe(`"acme","${span.traceId}","${span.spanId}",1736942400.123456789,1736942400.500,${span.version},"${line.replace(/"/g, '""')}"`);
  });
});

describe('a batch of spans that share a resource object', () => {
  it('writes each line exactly as the span encodes alone, resources interleaved', () => {
    const a = { 'service.name': 'cart', 'process.pid': 42n };
    const b = { 'service.name': 'checkout' };
    const rows = [a, a, b, a].map((resourceAttributes, i) => row({ spanId: `00f067aa0ba902b${i}`, resourceAttributes }));
    const batch = new ViewBatch();
    batch.add({ spans: rows, traceFragments: [] });
    const [spans] = batch.tables();
    expect(spans?.lines).toEqual(rows.map((r) => SPANS_ENCODING.encode(r)));
    expect(parseSpanDocument(spans?.lines[3] as string).resourceAttributes).toEqual(a);
  });
});
