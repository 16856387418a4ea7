import { decodeRawSpan, decodeStructuredTrace, decodeStructuredTraceSpans, encodeEnrichedTrace, encodeRawSpan, encodeStructuredTrace, spanProjection } from './codec';
import { ModelDecodeError, ModelEncodeError } from './errors';
import { tracehouse } from './generated/model';
import { hexToBytes } from '@tracehouse/identity';
import {
  API_STATUSES,
  CALLEE_KINDS,
  PROTOCOLS,
  SPAN_KINDS,
  SPAN_ROLES,
  STATUS_CODES,
  type RawSpan,
  type StructuredTrace,
} from './types';
import {
  CHILD_SPAN_ID,
  INT_BEYOND_DOUBLE,
  ROOT_SPAN_ID,
  T0,
  TENANT,
  TRACE_ID,
  httpServerSpanFull,
  everyFieldSetSpan,
  minimalSpan,
  threeSpanFragmentTrace,
} from './testdata/fixtures';

import pb = tracehouse.model.v1;

/** The wire message of a minimal valid span, for tests that then break one field. */
function wireSpan(overrides: pb.RawSpan.$Properties = {}): pb.RawSpan.$Properties {
  return {
    tenant_id: 'default',
    trace_id: hexToBytes(TRACE_ID),
    span_id: hexToBytes(ROOT_SPAN_ID),
    name: 'work',
    ...overrides,
  };
}

function encodeWireSpan(overrides: pb.RawSpan.$Properties = {}): Uint8Array {
  return pb.RawSpan.encode(wireSpan(overrides)).finish();
}

/** Runs `fn`, expecting a ModelDecodeError, and returns it. */
function decodeErrorOf(fn: () => unknown): ModelDecodeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ModelDecodeError);
    return err as ModelDecodeError;
  }
  throw new Error('expected a ModelDecodeError, but nothing was thrown');
}

function encodeErrorOf(fn: () => unknown): ModelEncodeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ModelEncodeError);
    return err as ModelEncodeError;
  }
  throw new Error('expected a ModelEncodeError, but nothing was thrown');
}

describe('RawSpan round trip', () => {
  it('keeps every field of a fully populated http server span', () => {
    const span = httpServerSpanFull();
    const decoded = decodeRawSpan(encodeRawSpan(span));
    expect(decoded).toEqual(span);
  });

  it('keeps nanosecond timestamps beyond 2^53 exactly', () => {
    const span = minimalSpan({ startTimeUnixNano: T0, endTimeUnixNano: (1n << 64n) - 1n });
    const decoded = decodeRawSpan(encodeRawSpan(span));
    expect(decoded.startTimeUnixNano).toBe(1_700_000_000_123_456_789n);
    expect(decoded.endTimeUnixNano).toBe(18_446_744_073_709_551_615n);
    expect(decoded.events).toEqual([]);
  });

  it('keeps int64 attributes beyond 2^53 as bigint and doubles as number', () => {
    const decoded = decodeRawSpan(encodeRawSpan(httpServerSpanFull()));
    expect(decoded.attributes['app.big']).toBe(INT_BEYOND_DOUBLE);
    expect(decoded.attributes['app.int64_min']).toBe(-(2n ** 63n));
    expect(decoded.attributes['app.int64_max']).toBe(2n ** 63n - 1n);
    expect(decoded.attributes['app.negative']).toBe(-42n);
    expect(decoded.attributes['app.whole_double']).toBe(3);
    expect(decoded.attributes['http.response.status_code']).toBe(504n);
  });

  it('keeps a minimal span, with every optional group absent', () => {
    const span = minimalSpan();
    const decoded = decodeRawSpan(encodeRawSpan(span));
    expect(decoded).toEqual(span);
    expect(decoded.http).toBeUndefined();
    expect(decoded.enrichment).toBeUndefined();
    expect(decoded.parentSpanId).toBe('');
  });

  it('keeps an empty group present and 0 where 0 is a fact (gRPC OK, empty body)', () => {
    const span = minimalSpan({ http: { requestBodySize: 0 }, rpc: { statusCode: 0 }, db: {} });
    const decoded = decodeRawSpan(encodeRawSpan(span));
    expect(decoded.http?.requestBodySize).toBe(0);
    expect(decoded.http?.responseBodySize).toBeUndefined();
    expect(decoded.rpc?.statusCode).toBe(0);
    expect(decoded.db).toEqual({});
  });

  it('returns bytes attributes that do not share memory with the input buffer', () => {
    const bytes = encodeRawSpan(minimalSpan({ attributes: { b: new Uint8Array([1, 2, 3]) } }));
    const value = decodeRawSpan(bytes).attributes['b'] as Uint8Array;
    bytes.fill(0);
    expect(Array.from(value)).toEqual([1, 2, 3]);
    expect(value.constructor).toBe(Uint8Array);
  });

  it('keeps an attribute named __proto__ as an attribute, not a prototype', () => {
    const attributes = JSON.parse('{"__proto__": "x", "ok": "y"}') as Record<string, string>;
    const decoded = decodeRawSpan(encodeRawSpan(minimalSpan({ attributes })));
    expect(Object.getPrototypeOf(decoded.attributes)).toBe(Object.prototype);
    expect(Object.keys(decoded.attributes)).toEqual(['__proto__', 'ok']);
    expect(Object.getOwnPropertyDescriptor(decoded.attributes, '__proto__')?.value).toBe('x');
  });

  it('writes ids lowercase even when given uppercase hex', () => {
    const decoded = decodeRawSpan(encodeRawSpan(minimalSpan({ traceId: TRACE_ID.toUpperCase() })));
    expect(decoded.traceId).toBe(TRACE_ID);
  });

  it('reads an all-zero parent span id as a root span', () => {
    const decoded = decodeRawSpan(encodeWireSpan({ parent_span_id: new Uint8Array(8) }));
    expect(decoded.parentSpanId).toBe('');
  });

  it('reads enum numbers unknown to this version as the zero value', () => {
    const bytes = encodeWireSpan({ kind: 99 as pb.SpanKind, status_code: 7 as pb.StatusCode });
    const decoded = decodeRawSpan(bytes);
    expect(decoded.kind).toBe('UNSPECIFIED');
    expect(decoded.statusCode).toBe('UNSET');
  });
});

describe('StructuredTrace round trip', () => {
  it('keeps a three-span fragment with edges, roots and enrichment', () => {
    const trace = threeSpanFragmentTrace();
    const decoded = decodeStructuredTrace(encodeStructuredTrace(trace));
    expect(decoded).toEqual(trace);
    expect(decoded.isFragment).toBe(true);
    expect(decoded.fragmentSeq).toBe(2);
    expect(decoded.spans.map((s) => s.traceId)).toEqual([TRACE_ID, TRACE_ID, TRACE_ID]);
    expect(decoded.spans.map((s) => s.tenantId)).toEqual([TENANT, TENANT, TENANT]);
  });

  it('keeps a trace of fully populated spans', () => {
    const trace: StructuredTrace = { ...threeSpanFragmentTrace(), spans: [httpServerSpanFull()], spanEdges: [], spanCount: 1 };
    expect(decodeStructuredTrace(encodeStructuredTrace(trace))).toEqual(trace);
  });

  it('does not repeat the tenant and trace id on every span on the wire', () => {
    const wire = pb.StructuredTrace.decode(encodeStructuredTrace(threeSpanFragmentTrace()));
    for (const s of wire.spans) {
      expect(s.trace_id?.length ?? 0).toBe(0);
      expect(s.tenant_id ?? '').toBe('');
    }
  });

  it('accepts spans that do carry the trace id and tenant', () => {
    const bytes = pb.StructuredTrace.encode({
      tenant_id: TENANT,
      trace_id: hexToBytes(TRACE_ID),
      spans: [wireSpan({ tenant_id: TENANT })],
      root_indices: [0],
    }).finish();
    const decoded = decodeStructuredTrace(bytes);
    expect(decoded.spans[0].traceId).toBe(TRACE_ID);
    expect(decoded.spans[0].tenantId).toBe(TENANT);
  });

  it('returns mutable arrays even when repeated fields are absent', () => {
    const bytes = pb.StructuredTrace.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), enrichment: {} }).finish();
    const decoded = decodeStructuredTrace(bytes);
    decoded.spans.push(minimalSpan());
    decoded.rootIndices.push(0);
    decoded.enrichment?.services.push('x');
    expect(decoded.spans).toHaveLength(1);
    expect(decoded.enrichment?.services).toEqual(['x']);
  });

  it('keeps the tail-sampling rule and weight, and leaves the field out when sampling is off', () => {
    const trace: StructuredTrace = { ...threeSpanFragmentTrace(), sampling: { rule: 'ten-percent', weight: 10 } };
    expect(decodeStructuredTrace(encodeStructuredTrace(trace)).sampling).toEqual({ rule: 'ten-percent', weight: 10 });
    const off = decodeStructuredTrace(encodeStructuredTrace(threeSpanFragmentTrace()));
    expect('sampling' in off).toBe(false);
    expect(pb.StructuredTrace.decode(encodeStructuredTrace(threeSpanFragmentTrace())).sampling).toBeNull();
  });

  it('refuses a sampling weight below 1 or not finite, naming the field', () => {
    for (const weight of [0, 0.5, Number.NaN, Infinity]) {
      expect(() => encodeStructuredTrace({ ...threeSpanFragmentTrace(), sampling: { rule: 'r', weight } })).toThrow(/sampling\.weight/);
    }
  });
});

describe('an enriched trace spliced from the bytes its spans were read with', () => {
  /** A structured-traces record (no enrichment anywhere) and the same trace enriched. */
  function structuredAndEnriched(): { structured: Uint8Array; enriched: StructuredTrace } {
    const full = threeSpanFragmentTrace();
    full.spans[1] = { ...everyFieldSetSpan(), tenantId: full.tenantId, traceId: full.traceId, spanId: full.spans[1].spanId, parentSpanId: full.spans[1].parentSpanId };
    const bare: StructuredTrace = { ...full, enrichment: undefined, spans: full.spans.map((s) => ({ ...s, enrichment: undefined })) };
    return { structured: encodeStructuredTrace(bare), enriched: full };
  }

  it('decodes exactly as the trace encoded field by field', () => {
    const { structured, enriched } = structuredAndEnriched();
    const { trace, spanBytes } = decodeStructuredTraceSpans(structured);
    expect(trace.spans.every((s) => s.enrichment === undefined)).toBe(true);
    expect(spanBytes).toHaveLength(3);
    const spliced = encodeEnrichedTrace({ ...enriched, spans: enriched.spans }, spanBytes);
    expect(decodeStructuredTrace(spliced)).toEqual(decodeStructuredTrace(encodeStructuredTrace(enriched)));
    expect(decodeStructuredTrace(spliced).spans.map((s) => s.enrichment)).toEqual(enriched.spans.map((s) => s.enrichment));
  });

  it("passes the grouper's sampling rule and weight through", () => {
    const { enriched } = structuredAndEnriched();
    const sampled: StructuredTrace = { ...enriched, enrichment: undefined, sampling: { rule: 'slow', weight: 1 }, spans: enriched.spans.map((s) => ({ ...s, enrichment: undefined })) };
    const { trace, spanBytes } = decodeStructuredTraceSpans(encodeStructuredTrace(sampled));
    expect(trace.sampling).toEqual({ rule: 'slow', weight: 1 });
    // The enricher spreads the decoded trace into its output: the field rides along.
    expect(decodeStructuredTrace(encodeEnrichedTrace({ ...trace, enrichment: enriched.enrichment }, spanBytes)).sampling).toEqual({ rule: 'slow', weight: 1 });
  });

  it('returns each span as its bytes in the record', () => {
    const { structured } = structuredAndEnriched();
    const { trace, spanBytes } = decodeStructuredTraceSpans(structured);
    const wire = pb.StructuredTrace.decode(structured);
    expect(spanBytes.map((b) => Buffer.from(b).toString('hex'))).toEqual(wire.spans.map((s) => Buffer.from(pb.RawSpan.encode(s).finish()).toString('hex')));
    expect(decodeStructuredTrace(structured)).toEqual(trace);
  });

  it('writes a span without enrichment as it was read, and refuses span bytes that do not match the spans', () => {
    const { structured, enriched } = structuredAndEnriched();
    const { spanBytes } = decodeStructuredTraceSpans(structured);
    const partly: StructuredTrace = { ...enriched, spans: enriched.spans.map((s, i) => (i === 0 ? { ...s, enrichment: undefined } : s)) };
    expect(decodeStructuredTrace(encodeEnrichedTrace(partly, spanBytes)).spans[0]?.enrichment).toBeUndefined();
    expect(() => encodeEnrichedTrace(enriched, spanBytes.slice(1))).toThrow(ModelEncodeError);
  });
});

describe('a projected decode (what a splicing stage reads of each span)', () => {
  const full = (): StructuredTrace => {
    const t = threeSpanFragmentTrace();
    t.spans[1] = { ...everyFieldSetSpan(), tenantId: t.tenantId, traceId: t.traceId, spanId: t.spans[1].spanId, parentSpanId: t.spans[1].parentSpanId, enrichment: undefined };
    return t;
  };

  it('reads every field but the attributes it does not name, the resource attributes and event attributes', () => {
    const t = full();
    const keys = Object.keys(t.spans[1].attributes);
    expect(keys.length).toBeGreaterThan(1);
    expect(t.spans[1].events.length).toBeGreaterThan(0);
    const projection = spanProjection([keys[0] as string, 'not.there']);
    const whole = decodeStructuredTrace(encodeStructuredTrace(t));
    const { trace: projected, spanBytes } = decodeStructuredTraceSpans(encodeStructuredTrace(t), projection);
    const strip = (s: RawSpan): RawSpan => ({ ...s, attributes: {}, resourceAttributes: {}, events: s.events.map((e) => ({ ...e, attributes: {} })) });
    expect({ ...projected, spans: projected.spans.map(strip) }).toEqual({ ...whole, spans: whole.spans.map(strip) });
    expect(projected.spans[1].attributes).toEqual({ [keys[0] as string]: whole.spans[1].attributes[keys[0] as string] });
    expect(projected.spans[1].resourceAttributes).toEqual({});
    expect(projected.spans[1].events.map((e) => e.name)).toEqual(whole.spans[1].events.map((e) => e.name));
    // The bytes are the whole span: written on, nothing the projection skipped is lost.
    expect(decodeStructuredTrace(encodeEnrichedTrace(projected, spanBytes))).toEqual(whole);
  });

  it('reads exactly the named keys among keys of the same length, and UTF-8 keys by their bytes', () => {
    const t = full();
    const attributes = { 'db.a': 'A', 'db.b': 'B', 'db.c': 'C', 'db.ab': 'AB', 'dé.a': 'E', 'd.é': 'F', 'db.': 'G' };
    const trace = { ...t, spans: t.spans.map((s, i) => (i === 1 ? { ...s, attributes } : s)) };
    const projection = spanProjection(['db.c', 'db.a', 'dé.a', 'db.']);
    const { trace: projected } = decodeStructuredTraceSpans(encodeStructuredTrace(trace), projection);
    expect(projected.spans[1].attributes).toEqual({ 'db.a': 'A', 'db.c': 'C', 'dé.a': 'E', 'db.': 'G' });
  });

  it('still refuses a span whose unread attributes are cut short', () => {
    const t = full();
    const bytes = encodeStructuredTrace({ ...t, spans: [t.spans[1]], spanEdges: [], rootIndices: [0], spanCount: 1 });
    const wire = pb.StructuredTrace.decode(bytes);
    const spanBytes = pb.RawSpan.encode(wire.spans[0] as pb.RawSpan).finish();
    // One more attribute (field 13) that claims 5 bytes where 2 follow: the span is the record's last field.
    const broken = Buffer.concat([spanBytes, Buffer.from([(13 << 3) | 2, 5, 0x0a, 0x01])]);
    const trace = pb.StructuredTrace.encode({ ...wire, spans: [] }).finish();
    const record = Buffer.concat([trace, Buffer.from([(3 << 3) | 2, ...varint(broken.length)]), broken]);
    expect(() => decodeStructuredTraceSpans(record, spanProjection([]))).toThrow(ModelDecodeError);
  });
});

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

describe('spans of one resource, decoded', () => {
  /** The three-span trace with these resources (one per span), through an encode and decode. */
  function roundTrip(resources: ReadonlyArray<Record<string, string>>): { sent: StructuredTrace; decoded: StructuredTrace } {
    const sent = threeSpanFragmentTrace();
    sent.spans = sent.spans.map((s, i) => ({ ...s, resourceAttributes: resources[i] as RawSpan['resourceAttributes'] }));
    return { sent, decoded: decodeStructuredTrace(encodeStructuredTrace(sent)) };
  }

  it('share one resource attributes object per run of equal bytes, and read every value', () => {
    const a = { 'service.name': 'cart', 'host.name': 'cart-0' };
    const b = { 'service.name': 'cart', 'host.name': 'cart-1' };
    const { sent, decoded } = roundTrip([a, a, b]);
    expect(decoded).toEqual(sent);
    expect(decoded.spans[1]?.resourceAttributes).toBe(decoded.spans[0]?.resourceAttributes);
    expect(decoded.spans[2]?.resourceAttributes).not.toBe(decoded.spans[1]?.resourceAttributes);
  });

  it('share the object of an earlier resource when the spans alternate between resources', () => {
    const a = { 'service.name': 'cart', 'host.name': 'cart-0' };
    const b = { 'service.name': 'checkout', 'host.name': 'checkout-0' };
    const { sent, decoded } = roundTrip([a, b, a]);
    expect(decoded).toEqual(sent);
    expect(decoded.spans[2]?.resourceAttributes).toBe(decoded.spans[0]?.resourceAttributes);
    expect(decoded.spans[1]?.resourceAttributes).not.toBe(decoded.spans[0]?.resourceAttributes);
  });

  it("stops a span's resource entries at the span's end, where the trace's own field 14 (its enrichment) may follow", () => {
    // Nothing between the span and the enrichment: the byte after the span is the trace's tag 14.
    const bytes = pb.StructuredTrace.encode({
      tenant_id: TENANT,
      trace_id: hexToBytes(TRACE_ID),
      spans: [{ span_id: hexToBytes(ROOT_SPAN_ID), name: 'a', service_name: 'cart', resource_attributes: [{ key: 'host.name', value: { string_value: 'h' } }] }],
      enrichment: { transaction_name: 'GET /x', root_service_name: 'cart' },
    }).finish();
    const decoded = decodeStructuredTrace(bytes);
    expect(decoded.spans.map((s) => s.resourceAttributes)).toEqual([{ 'host.name': 'h' }]);
    expect(decoded.enrichment?.transactionName).toBe('GET /x');
  });

  it('reads a second, separate run of resource entries in one span without touching the shared object', () => {
    const resource = [{ key: 'host.name', value: { string_value: 'h' } }];
    const span = (id: string, extra: string): Uint8Array =>
      Buffer.concat([
        pb.RawSpan.encode({ span_id: hexToBytes(id), name: 'a', service_name: 'cart', resource_attributes: resource, scope_name: 's' }).finish(),
        pb.RawSpan.encode({ resource_attributes: [{ key: extra, value: { string_value: 'x' } }] }).finish(),
      ]);
    const head = pb.StructuredTrace.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), span_count: 2 }).finish();
    const field = (b: Uint8Array): Buffer => Buffer.concat([Buffer.from([(3 << 3) | 2, b.length]), b]);
    const decoded = decodeStructuredTrace(Buffer.concat([head, field(span(ROOT_SPAN_ID, 'one')), field(span(CHILD_SPAN_ID, 'two'))]));
    expect(decoded.spans.map((s) => s.resourceAttributes)).toEqual([{ 'host.name': 'h', one: 'x' }, { 'host.name': 'h', two: 'x' }]);
  });
});

describe('decoding malformed bytes', () => {
  it('rejects a truncated RawSpan, with the protobufjs error as cause', () => {
    const bytes = encodeRawSpan(httpServerSpanFull());
    const err = decodeErrorOf(() => decodeRawSpan(bytes.subarray(0, bytes.length - 10)));
    expect(err.message).toMatch(/^RawSpan could not be decoded from \d+ bytes: truncated: .* runs past the end/);
    expect(err.messageType).toBe('RawSpan');
    expect(err.cause).toBeInstanceOf(Error);
  });

  it('rejects a truncated StructuredTrace', () => {
    const bytes = encodeStructuredTrace(threeSpanFragmentTrace());
    const err = decodeErrorOf(() => decodeStructuredTrace(bytes.subarray(0, 50)));
    expect(err.message).toMatch(/^StructuredTrace could not be decoded from 50 bytes/);
  });

  it('rejects garbage bytes', () => {
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    expect(() => decodeRawSpan(garbage)).toThrow(ModelDecodeError);
    expect(() => decodeStructuredTrace(garbage)).toThrow(ModelDecodeError);
    expect(() => decodeRawSpan(new Uint8Array(32).fill(0xff))).toThrow(ModelDecodeError);
  });

  it('rejects bytes that are valid protobuf but not a span (no ids)', () => {
    const err = decodeErrorOf(() => decodeRawSpan(new Uint8Array(0)));
    expect(err.message).toBe('RawSpan.trace_id is missing; a trace id has 16 bytes.');
    expect(err.field).toBe('trace_id');
  });

  it.each([
    ['trace_id', { trace_id: new Uint8Array(15).fill(1) }, 'RawSpan.trace_id has 15 bytes; a trace id has 16.'],
    ['trace_id', { trace_id: new Uint8Array(16) }, 'RawSpan.trace_id is all zeros, which is not a valid trace id.'],
    ['span_id', { span_id: new Uint8Array(16).fill(1) }, 'RawSpan.span_id has 16 bytes; a span id has 8.'],
    ['span_id', { span_id: new Uint8Array(8) }, 'RawSpan.span_id is all zeros, which is not a valid span id.'],
    ['span_id', { span_id: new Uint8Array(0) }, 'RawSpan.span_id is missing; a span id has 8 bytes.'],
    ['parent_span_id', { parent_span_id: new Uint8Array(5).fill(1) }, 'RawSpan.parent_span_id has 5 bytes; a span id has 8.'],
    ['links[0].trace_id', { links: [{ trace_id: new Uint8Array(3).fill(1) }] }, 'RawSpan.links[0].trace_id has 3 bytes; a trace id has 16.'],
  ])('rejects a RawSpan whose %s is wrong', (field, overrides, message) => {
    const err = decodeErrorOf(() => decodeRawSpan(encodeWireSpan(overrides)));
    expect(err.message).toBe(message);
    expect(err.field).toBe(field);
  });

  it('names the span when a span inside a trace has a bad id', () => {
    const bytes = pb.StructuredTrace.encode({
      tenant_id: TENANT,
      trace_id: hexToBytes(TRACE_ID),
      spans: [wireSpan({ tenant_id: '' }), wireSpan({ tenant_id: '', span_id: new Uint8Array(8) })],
    }).finish();
    const err = decodeErrorOf(() => decodeStructuredTrace(bytes));
    expect(err.message).toBe('StructuredTrace.spans[1].span_id is all zeros, which is not a valid span id.');
    expect(err.field).toBe('spans[1].span_id');
  });

  it('rejects a trace whose own trace id is wrong', () => {
    const bytes = pb.StructuredTrace.encode({ tenant_id: TENANT, trace_id: new Uint8Array(8).fill(1) }).finish();
    expect(decodeErrorOf(() => decodeStructuredTrace(bytes)).message).toBe(
      'StructuredTrace.trace_id has 8 bytes; a trace id has 16.',
    );
  });

  it('rejects a span that belongs to another trace or tenant', () => {
    const other = hexToBytes('0af7651916cd43dd8448eb211c80319c');
    const base = { tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID) };
    const otherTrace = pb.StructuredTrace.encode({ ...base, spans: [wireSpan({ tenant_id: '', trace_id: other })] }).finish();
    expect(decodeErrorOf(() => decodeStructuredTrace(otherTrace)).message).toMatch(
      /^StructuredTrace\.spans\[0\]\.trace_id is 0af7651916cd43dd8448eb211c80319c but the trace's is 4bf9/,
    );
    const otherTenant = pb.StructuredTrace.encode({ ...base, spans: [wireSpan({ tenant_id: 'evil' })] }).finish();
    expect(decodeErrorOf(() => decodeStructuredTrace(otherTenant)).field).toBe('spans[0].tenant_id');
  });

  it('rejects edges and root indices that point outside the spans', () => {
    const base = { tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), spans: [wireSpan({ tenant_id: '' })] };
    const badEdge = pb.StructuredTrace.encode({ ...base, span_edges: [{ parent_index: 0, child_index: 3 }] }).finish();
    expect(decodeErrorOf(() => decodeStructuredTrace(badEdge)).message).toBe(
      'StructuredTrace.span_edges[0] is 0 -> 3 but the trace has 1 spans.',
    );
    const selfEdge = pb.StructuredTrace.encode({ ...base, span_edges: [{ parent_index: 0, child_index: 0 }] }).finish();
    expect(decodeErrorOf(() => decodeStructuredTrace(selfEdge)).message).toMatch(/own parent/);
    const badRoot = pb.StructuredTrace.encode({ ...base, root_indices: [1] }).finish();
    expect(decodeErrorOf(() => decodeStructuredTrace(badRoot)).message).toBe(
      'StructuredTrace.root_indices[0] is 1 but the trace has 1 spans.',
    );
  });
});

describe('encoding invalid spans', () => {
  it.each<[string, Partial<RawSpan>, string]>([
    ['traceId', { traceId: 'abc' }, 'RawSpan.traceId is "abc"; a trace id is 32 hex digits.'],
    ['traceId', { traceId: '0'.repeat(32) }, 'RawSpan.traceId is all zeros, which is not a valid trace id.'],
    ['spanId', { spanId: 'zz' + ROOT_SPAN_ID.slice(2) }, 'RawSpan.spanId is not hex (Hex string has a non-hex character "z" at index 0.).'],
    ['spanId', { spanId: '' }, 'RawSpan.spanId is ""; a span id is 16 hex digits.'],
    ['parentSpanId', { parentSpanId: '0'.repeat(16) }, 'RawSpan.parentSpanId is all zeros, which is not a valid span id.'],
    ['startTimeUnixNano', { startTimeUnixNano: -1n }, 'RawSpan.startTimeUnixNano is -1 (bigint); it must be a bigint in uint64 range.'],
    ['receivedAtMs', { receivedAtMs: 1.5 }, 'RawSpan.receivedAtMs is 1.5; it must be an integer.'],
  ])('rejects a bad %s', (field, overrides, message) => {
    const err = encodeErrorOf(() => encodeRawSpan(minimalSpan(overrides)));
    expect(err.message).toBe(message);
    expect(err.field).toBe(field);
  });

  it('rejects an attribute bigint outside int64', () => {
    const err = encodeErrorOf(() => encodeRawSpan(minimalSpan({ attributes: { huge: 2n ** 63n } })));
    expect(err.message).toMatch(/^RawSpan could not be encoded: attribute "huge" is 9223372036854775808, outside int64/);
    expect(err.cause).toBeInstanceOf(RangeError);
  });

  it('rejects a span inside a trace that has another trace id or tenant', () => {
    const trace = threeSpanFragmentTrace();
    trace.spans[1] = { ...trace.spans[1], traceId: '0af7651916cd43dd8448eb211c80319c' };
    expect(encodeErrorOf(() => encodeStructuredTrace(trace)).field).toBe('spans[1].traceId');
    const trace2 = threeSpanFragmentTrace();
    trace2.spans[2] = { ...trace2.spans[2], tenantId: 'other' };
    expect(encodeErrorOf(() => encodeStructuredTrace(trace2)).message).toBe(
      'StructuredTrace.spans[2].tenantId is "other" but the trace\'s is "acme".',
    );
  });

  it('names the span of a bad span id inside a trace', () => {
    const trace = threeSpanFragmentTrace();
    trace.spans[1] = { ...trace.spans[1], parentSpanId: CHILD_SPAN_ID.slice(1) };
    expect(encodeErrorOf(() => encodeStructuredTrace(trace)).message).toBe(
      `StructuredTrace.spans[1].parentSpanId is "${CHILD_SPAN_ID.slice(1)}"; a span id is 16 hex digits.`,
    );
  });
});

describe('enum tables', () => {
  it.each<[string, readonly string[], Record<string, string | number>]>([
    ['SPAN_KIND_', SPAN_KINDS, pb.SpanKind],
    ['STATUS_CODE_', STATUS_CODES, pb.StatusCode],
    ['SPAN_ROLE_', SPAN_ROLES, pb.SpanRole],
    ['PROTOCOL_', PROTOCOLS, pb.Protocol],
    ['API_STATUS_', API_STATUSES, pb.ApiStatus],
    ['CALLEE_KIND_', CALLEE_KINDS, pb.CalleeKind],
  ])('%s* lists every protobuf value at its number', (prefix, names, wire) => {
    const fromProto = Object.entries(wire)
      .filter(([, n]) => typeof n === 'number')
      .map(([name, n]) => [name.slice(prefix.length), n]);
    expect(fromProto).toEqual(names.map((name, i) => [name, i]));
  });
});
