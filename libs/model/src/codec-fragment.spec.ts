// RawSpanFragment (the `raw-spans` value, format version 2): round trips, agreement with the
// protobufjs code generated from model.proto, splitting to a size limit, and malformed bytes.
import { decodeRawSpan, decodeRawSpanFragment, decodeWholeSpan, encodeRawSpan, encodeRawSpanFragment, encodeRawSpanFragments, isProjectedSpan, spanProjection } from './codec';
import { ModelDecodeError, ModelEncodeError } from './errors';
import { tracehouse } from './generated/model';
import { hexToBytes } from '@tracehouse/identity';
import { type RawSpan, type RawSpanFragment } from './types';
import { CHILD_SPAN_ID, GRANDCHILD_SPAN_ID, ROOT_SPAN_ID, TENANT, TRACE_ID, everyFieldSetSpan, httpServerSpanFull, minimalSpan } from './testdata/fixtures';
import { referenceEncodeRawSpan } from './testdata/reference-codec';

import pb = tracehouse.model.v1;

/** Three spans of one trace and tenant: an every-field span, a full HTTP span and a minimal one. */
function threeSpanFragment(): RawSpanFragment {
  const spans: RawSpan[] = [
    { ...everyFieldSetSpan(), tenantId: TENANT, traceId: TRACE_ID, spanId: ROOT_SPAN_ID },
    { ...httpServerSpanFull(), tenantId: TENANT, traceId: TRACE_ID, spanId: CHILD_SPAN_ID, parentSpanId: ROOT_SPAN_ID },
    minimalSpan({ tenantId: TENANT, traceId: TRACE_ID, spanId: GRANDCHILD_SPAN_ID, parentSpanId: CHILD_SPAN_ID }),
  ];
  return { tenantId: TENANT, traceId: TRACE_ID, spans };
}

function decodeErrorOf(fn: () => unknown): ModelDecodeError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ModelDecodeError);
    return err as ModelDecodeError;
  }
  throw new Error('expected a ModelDecodeError, but nothing was thrown');
}

describe('RawSpanFragment codec', () => {
  describe('with a projection', () => {
    it('reads the named attribute keys only, marks the spans, and decodes them whole again from their bytes', () => {
      const fragment = threeSpanFragment();
      const whole = decodeRawSpanFragment(encodeRawSpanFragment(fragment));
      const projected = decodeRawSpanFragment(encodeRawSpanFragment(fragment), spanProjection(['http.request.method']));

      expect(projected.spans.map((s) => s.spanId)).toEqual(whole.spans.map((s) => s.spanId));
      expect(projected.spans.map(isProjectedSpan)).toEqual([true, true, true]);
      expect(whole.spans.map(isProjectedSpan)).toEqual([false, false, false]);
      // Scalars are all read; attributes only as named; resources not at all.
      const [, http] = projected.spans as [RawSpan, RawSpan];
      expect({ ...http, attributes: {}, resourceAttributes: {}, events: [] }).toEqual({ ...(whole.spans[1] as RawSpan), attributes: {}, resourceAttributes: {}, events: [] });
      expect(Object.keys(http.attributes)).toEqual(Object.keys((whole.spans[1] as RawSpan).attributes).filter((k) => k === 'http.request.method'));
      expect(http.resourceAttributes).toEqual({});

      // A copy carries the mark, so neither it nor the span encodes field by field (it would lose the rest).
      expect(() => encodeRawSpan({ ...http, parentSpanId: '' })).toThrow(/decoded with a projection/);
      expect(() => encodeRawSpanFragment({ ...fragment, spans: [http] })).toThrow(ModelEncodeError);
      // From its bytes it reads whole, the fragment's tenant and trace id kept.
      const again = decodeWholeSpan(http, projected.spanBytes[1]);
      expect(again).toEqual(whole.spans[1]);
      expect(isProjectedSpan(again)).toBe(false);
      expect(decodeWholeSpan(whole.spans[0] as RawSpan, undefined)).toBe(whole.spans[0]);
      expect(decodeErrorOf(() => decodeWholeSpan(http, undefined)).message).toMatch(/bytes are gone/);
    });
  });

  it('round-trips the spans of one trace', () => {
    const fragment = threeSpanFragment();
    const decoded = decodeRawSpanFragment(encodeRawSpanFragment(fragment));
    expect({ tenantId: decoded.tenantId, traceId: decoded.traceId, spans: decoded.spans }).toEqual(fragment);
  });

  it('writes the bytes the generated protobufjs code writes, and reads what it writes', () => {
    const fragment = threeSpanFragment();
    const reference = pb.RawSpanFragment.encode({
      tenant_id: TENANT,
      trace_id: hexToBytes(TRACE_ID),
      spans: fragment.spans.map((s) => pb.RawSpan.decode(referenceEncodeRawSpan(s))),
    }).finish();
    expect(Buffer.from(encodeRawSpanFragment(fragment)).equals(Buffer.from(reference))).toBe(true);
    expect(decodeRawSpanFragment(reference).spans).toEqual(fragment.spans);
  });

  it("gives each span's bytes exactly as encodeRawSpan writes the span (a format-1 record value)", () => {
    const fragment = threeSpanFragment();
    const { spanBytes } = decodeRawSpanFragment(encodeRawSpanFragment(fragment));
    expect(spanBytes.map((b) => Buffer.from(b).toString('hex'))).toEqual(fragment.spans.map((s) => Buffer.from(encodeRawSpan(s)).toString('hex')));
    expect(spanBytes.map((b) => decodeRawSpan(b))).toEqual(fragment.spans);
  });

  it('frames already-encoded spans without encoding them again, to the same bytes', () => {
    const fragment = threeSpanFragment();
    const spanBytes = fragment.spans.map((s) => encodeRawSpan(s));
    expect(Buffer.from(encodeRawSpanFragment(fragment, spanBytes)).equals(Buffer.from(encodeRawSpanFragment(fragment)))).toBe(true);
  });

  it('gives spans that leave tenant and trace id out the fragment\'s', () => {
    const bytes = pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), spans: [{ span_id: hexToBytes(ROOT_SPAN_ID), name: 'n' }] }).finish();
    const [span] = decodeRawSpanFragment(bytes).spans;
    expect(span?.tenantId).toBe(TENANT);
    expect(span?.traceId).toBe(TRACE_ID);
  });

  it('refuses to encode a span of another trace or tenant, naming it', () => {
    const fragment = threeSpanFragment();
    (fragment.spans[1] as RawSpan).traceId = '1'.repeat(32);
    expect(() => encodeRawSpanFragment(fragment)).toThrow(new ModelEncodeError(`RawSpanFragment.spans[1].traceId is "${'1'.repeat(32)}" but the fragment's is "${TRACE_ID}".`, { messageType: 'RawSpanFragment' }));
    const other = threeSpanFragment();
    (other.spans[2] as RawSpan).tenantId = 'other';
    expect(() => encodeRawSpanFragment(other)).toThrow(/RawSpanFragment\.spans\[2\]\.tenantId is "other" but the fragment's is "acme"/);
    expect(() => encodeRawSpanFragment(threeSpanFragment(), [new Uint8Array(1)])).toThrow(/has 3 spans but 1 encoded spans were given/);
  });
});

describe('encodeRawSpanFragments (split to a record size limit)', () => {
  const manySpans = (n: number): RawSpanFragment => ({
    tenantId: TENANT,
    traceId: TRACE_ID,
    spans: Array.from({ length: n }, (_, i) => minimalSpan({ tenantId: TENANT, traceId: TRACE_ID, spanId: (i + 1).toString(16).padStart(16, '0'), attributes: { pad: 'x'.repeat(200) } })),
  });

  it('writes one message when the fragment fits', () => {
    const fragment = manySpans(10);
    const out = encodeRawSpanFragments(fragment, 1_000_000);
    expect(out).toHaveLength(1);
    expect(Buffer.from(out[0] as Uint8Array).equals(Buffer.from(encodeRawSpanFragment(fragment)))).toBe(true);
  });

  it('splits a fragment over the limit into consecutive fragments, each within it, losing no span', () => {
    const fragment = manySpans(100);
    const limit = 5_000;
    const out = encodeRawSpanFragments(fragment, limit);
    expect(out.length).toBeGreaterThan(1);
    for (const b of out) expect(b.length).toBeLessThanOrEqual(limit);
    const spans = out.flatMap((b) => decodeRawSpanFragment(b).spans);
    expect(spans).toEqual(fragment.spans);
  });

  it('refuses a span that cannot fit alone, naming it', () => {
    const fragment = manySpans(3);
    (fragment.spans[1] as RawSpan).attributes = { big: 'y'.repeat(10_000) };
    expect(() => encodeRawSpanFragments(fragment, 5_000)).toThrow(/RawSpanFragment\.spans\[1\]\.spanId \(0000000000000002\) encodes to \d+ bytes: with the fragment's own fields that exceeds the 5000-byte limit/);
  });
});

describe('decoding malformed RawSpanFragment bytes', () => {
  it('rejects a truncated fragment', () => {
    const bytes = encodeRawSpanFragment(threeSpanFragment());
    const err = decodeErrorOf(() => decodeRawSpanFragment(bytes.subarray(0, bytes.length - 7)));
    expect(err.message).toMatch(/^RawSpanFragment could not be decoded from \d+ bytes: /);
    expect(err.messageType).toBe('RawSpanFragment');
  });

  it('rejects garbage and a fragment without a trace id', () => {
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff);
    expect(() => decodeRawSpanFragment(garbage)).toThrow(ModelDecodeError);
    expect(decodeErrorOf(() => decodeRawSpanFragment(new Uint8Array(0))).message).toBe('RawSpanFragment.trace_id is missing; a trace id has 16 bytes.');
  });

  it('rejects a bare RawSpan (a format-1 value read as format 2): its span id is no fragment field, so no trace id is found', () => {
    // RawSpan field 3 (span_id) has the tag of RawSpanFragment.spans: the 8 id bytes do not parse as a span.
    expect(() => decodeRawSpanFragment(encodeRawSpan(minimalSpan()))).toThrow(ModelDecodeError);
  });

  it('rejects a span of another trace or tenant, naming it', () => {
    const otherTrace = pb.RawSpanFragment.encode({
      tenant_id: TENANT,
      trace_id: hexToBytes(TRACE_ID),
      spans: [{ trace_id: hexToBytes('1'.repeat(32)), span_id: hexToBytes(ROOT_SPAN_ID) }],
    }).finish();
    const err = decodeErrorOf(() => decodeRawSpanFragment(otherTrace));
    expect(err.message).toBe(`RawSpanFragment.spans[0].trace_id is ${'1'.repeat(32)} but the fragment's is ${TRACE_ID}.`);
    expect(err.field).toBe('spans[0].trace_id');
    const otherTenant = pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), spans: [{ tenant_id: 'x', span_id: hexToBytes(ROOT_SPAN_ID) }] }).finish();
    expect(decodeErrorOf(() => decodeRawSpanFragment(otherTenant)).field).toBe('spans[0].tenant_id');
  });

  it('rejects a span with a bad id, naming the span', () => {
    const bytes = pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), spans: [{ span_id: hexToBytes(ROOT_SPAN_ID) }, { span_id: new Uint8Array(5).fill(1) }] }).finish();
    expect(decodeErrorOf(() => decodeRawSpanFragment(bytes)).field).toBe('spans[1].span_id');
  });
});

describe('spans sharing a resource object', () => {
  it('encode byte for byte as each span alone does, with resources interleaved and spans over 127 bytes', () => {
    const a = { 'service.name': 'cart', 'host.name': 'cart-0', 'k8s.pod.uid': 'f'.repeat(200) };
    const b = { 'service.name': 'checkout', 'process.pid': 42n };
    const ids = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004', '0000000000000005'];
    const resources = [a, a, b, a, a];
    const spans = ids.map((spanId, i) => ({ ...httpServerSpanFull(), tenantId: TENANT, traceId: TRACE_ID, spanId, parentSpanId: i === 0 ? '' : ids[0] as string, resourceAttributes: resources[i] as RawSpan['resourceAttributes'] }));
    const wire = pb.RawSpanFragment.decode(encodeRawSpanFragment({ tenantId: TENANT, traceId: TRACE_ID, spans }));
    expect(wire.spans.map((s) => Buffer.from(pb.RawSpan.encode(s).finish()).toString('hex'))).toEqual(spans.map((s) => Buffer.from(encodeRawSpan(s)).toString('hex')));
    expect(decodeRawSpanFragment(encodeRawSpanFragment({ tenantId: TENANT, traceId: TRACE_ID, spans })).spans).toEqual(spans);
  });
});
