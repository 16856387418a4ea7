// RawSpanFragment (the `raw-spans` value, format versions 2 and 3): round trips, agreement with the
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

  it('writes the bytes the generated protobufjs code writes (format 3: a group per resource and scope), and reads what it writes', () => {
    const fragment = threeSpanFragment();
    // The reference: each span as the reference codec writes it, its tenant and trace id left out and
    // its resource and scope moved to a group, one group per run of spans with equal ones.
    const groups: Array<{ resource: pb.SpanResource; spans: pb.RawSpan[] }> = [];
    for (const s of fragment.spans) {
      const span = pb.RawSpan.decode(referenceEncodeRawSpan(s));
      const resource = pb.SpanResource.create({ service_name: span.service_name, resource_attributes: span.resource_attributes, scope_name: span.scope_name, scope_version: span.scope_version });
      for (const field of ['tenant_id', 'trace_id', 'service_name', 'resource_attributes', 'scope_name', 'scope_version'] as const) delete (span as unknown as Record<string, unknown>)[field];
      for (const field of ['service_name', 'scope_name', 'scope_version'] as const) if (resource[field] === '') delete (resource as unknown as Record<string, unknown>)[field];
      const last = groups[groups.length - 1];
      if (last && JSON.stringify(last.resource.toJSON()) === JSON.stringify(resource.toJSON())) last.spans.push(span);
      else groups.push({ resource, spans: [span] });
    }
    const reference = pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), groups }).finish();
    expect(Buffer.from(encodeRawSpanFragment(fragment)).toString('hex')).toBe(Buffer.from(reference).toString('hex'));
    expect(decodeRawSpanFragment(reference).spans).toEqual(fragment.spans);
  });

  it('reads a format-2 fragment (every span whole, in `spans`) to the same spans and span bytes as format 3', () => {
    const fragment = threeSpanFragment();
    const format2 = pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), spans: fragment.spans.map((s) => pb.RawSpan.decode(referenceEncodeRawSpan(s))) }).finish();
    const fromFormat2 = decodeRawSpanFragment(format2);
    const fromFormat3 = decodeRawSpanFragment(encodeRawSpanFragment(fragment));
    expect(fromFormat2.spans).toEqual(fragment.spans);
    expect(fromFormat3.spans).toEqual(fragment.spans);
    const hex = (bytes: Uint8Array[]) => bytes.map((b) => Buffer.from(b).toString('hex'));
    expect(hex(fromFormat3.spanBytes)).toEqual(hex(fromFormat2.spanBytes));
  });

  it("gives each span's bytes exactly as encodeRawSpan writes the span (a format-1 record value)", () => {
    const fragment = threeSpanFragment();
    const { spanBytes } = decodeRawSpanFragment(encodeRawSpanFragment(fragment));
    expect(spanBytes.map((b) => Buffer.from(b).toString('hex'))).toEqual(fragment.spans.map((s) => Buffer.from(encodeRawSpan(s)).toString('hex')));
    expect(spanBytes.map((b) => decodeRawSpan(b))).toEqual(fragment.spans);
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
  const a = { 'service.name': 'cart', 'host.name': 'cart-0', 'k8s.pod.uid': 'f'.repeat(200) };
  const b = { 'service.name': 'checkout', 'process.pid': 42n };
  const ids = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004', '0000000000000005'];
  const resources = [a, a, b, a, a];
  const spans = (): RawSpan[] => ids.map((spanId, i) => ({ ...httpServerSpanFull(), tenantId: TENANT, traceId: TRACE_ID, spanId, parentSpanId: i === 0 ? '' : (ids[0] as string), resourceAttributes: resources[i] as RawSpan['resourceAttributes'] }));

  it('are written in one group per run of spans with that resource, the resource once per group', () => {
    const fragment = { tenantId: TENANT, traceId: TRACE_ID, spans: spans() };
    const bytes = encodeRawSpanFragment(fragment);
    const wire = pb.RawSpanFragment.decode(bytes);
    expect(wire.spans).toEqual([]);
    expect(wire.groups.map((g) => (g.spans ?? []).map((s) => Buffer.from(s.span_id as Uint8Array).toString('hex')))).toEqual([ids.slice(0, 2), ids.slice(2, 3), ids.slice(3)]);
    expect(wire.groups.map((g) => g.resource?.resource_attributes?.length)).toEqual([3, 2, 3]);
    for (const g of wire.groups) for (const s of g.spans ?? []) expect([s.tenant_id, s.service_name, s.resource_attributes?.length, s.trace_id?.length]).toEqual(['', '', 0, 0]);
    const decoded = decodeRawSpanFragment(bytes);
    expect(decoded.spans).toEqual(fragment.spans);
    expect(decoded.spanBytes.map((x) => Buffer.from(x).toString('hex'))).toEqual(fragment.spans.map((s) => Buffer.from(encodeRawSpan(s)).toString('hex')));
    // The 200-byte pod uid is written twice (two groups of resource a), not four times as a format-2
    // fragment (each span whole) would.
    const format2Size = fragment.spans.reduce((n, s) => n + encodeRawSpan(s).length + 3, 0);
    expect(bytes.length).toBeLessThan(format2Size - 2 * 200);
    // Equal resources in separate objects group the same way.
    const copies = { ...fragment, spans: fragment.spans.map((s) => ({ ...s, resourceAttributes: { ...s.resourceAttributes } })) };
    expect(Buffer.from(encodeRawSpanFragment(copies)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('read back sharing one resource object per group', () => {
    const decoded = decodeRawSpanFragment(encodeRawSpanFragment({ tenantId: TENANT, traceId: TRACE_ID, spans: spans() }));
    const [s0, s1, s2, s3] = decoded.spans as [RawSpan, RawSpan, RawSpan, RawSpan];
    expect(s0.resourceAttributes).toBe(s1.resourceAttributes);
    expect(s3.resourceAttributes).not.toBe(s2.resourceAttributes);
  });
});

describe('malformed format-3 groups', () => {
  const group = (span: Record<string, unknown>, resource: Record<string, unknown> = { service_name: 'cart' }) =>
    pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), groups: [{ resource, spans: [{ span_id: hexToBytes(ROOT_SPAN_ID), name: 'n' }, { span_id: hexToBytes(CHILD_SPAN_ID), name: 'm', ...span }] }] }).finish();

  it('reads a group that has no resource as spans without one', () => {
    const bytes = pb.RawSpanFragment.encode({ tenant_id: TENANT, trace_id: hexToBytes(TRACE_ID), groups: [{ spans: [{ span_id: hexToBytes(ROOT_SPAN_ID), name: 'n' }] }] }).finish();
    const [span] = decodeRawSpanFragment(bytes).spans;
    expect([span?.serviceName, span?.resourceAttributes, span?.name]).toEqual(['', {}, 'n']);
  });

  it('rejects a span in a group that carries its own resource, scope, tenant or trace id, naming the span and the field', () => {
    expect(decodeErrorOf(() => decodeRawSpanFragment(group({ service_name: 'other' }))).message).toBe(
      "RawSpanFragment.spans[1].service_name is written once per group in a format-3 fragment (the fragment's tenant and trace id, the group's resource), not in its spans.",
    );
    expect(decodeErrorOf(() => decodeRawSpanFragment(group({ scope_name: 's' }))).field).toBe('spans[1].scope_name');
    expect(decodeErrorOf(() => decodeRawSpanFragment(group({ tenant_id: TENANT }))).field).toBe('spans[1].tenant_id');
    expect(decodeErrorOf(() => decodeRawSpanFragment(group({ trace_id: hexToBytes(TRACE_ID) }))).field).toBe('spans[1].trace_id');
  });

  it('rejects a truncated group', () => {
    const bytes = group({});
    expect(() => decodeRawSpanFragment(bytes.subarray(0, bytes.length - 3))).toThrow(ModelDecodeError);
  });
});
