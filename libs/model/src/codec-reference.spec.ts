// The hand-written wire codec (codec.ts) must agree with the protobufjs code generated from
// model.proto: same bytes out, same domain objects in. The fixtures are checked to set every
// field of every message, so a wrong field number or wire type anywhere fails here.
import { join } from 'node:path';
import { Root, Type } from 'protobufjs';
import { decodeRawSpan, decodeStructuredTrace, encodeRawSpan, encodeStructuredTrace } from './codec';
import { tracehouse } from './generated/model';
import { type RawSpan, type StructuredTrace } from './types';
import {
  everyFieldSetSpan,
  httpServerSpanFull,
  minimalSpan,
  threeSpanFragmentTrace,
} from './testdata/fixtures';
import {
  referenceDecodeRawSpan,
  referenceDecodeStructuredTrace,
  referenceEncodeRawSpan,
  referenceEncodeStructuredTrace,
} from './testdata/reference-codec';

import pb = tracehouse.model.v1;

// keepCase: the generated code keeps the proto's snake_case names, so the walk must too.
const root = new Root().loadSync(join(__dirname, '../proto/tracehouse/model/v1/model.proto'), { keepCase: true });
const messageType = (name: string): Type => root.lookupType(`tracehouse.model.v1.${name}`);

function isSet(v: unknown): boolean {
  if (v == null) return false;
  if (typeof v === 'string') return v !== '';
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'boolean') return v;
  if (v instanceof Uint8Array || Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && 'low' in v && 'high' in v) return (v as { low: number; high: number }).low !== 0 || (v as { high: number }).high !== 0;
  return true;
}

/**
 * Lists the fields (`Message.field`) that no message anywhere in the tree under `msg` sets;
 * a field of a recursive message (AnyValue) counts as set if it is set at any depth.
 */
function neverSet(type: Type, msg: object, skip: ReadonlySet<string> = new Set()): string[] {
  const setSomewhere = new Map<string, boolean>();
  const walk = (t: Type, msgs: object[]): void => {
    for (const f of t.fieldsArray) {
      const values = msgs
        .flatMap((m) => {
          const v = (m as Record<string, unknown>)[f.name];
          return f.repeated ? ((v as unknown[] | undefined) ?? []) : [v];
        })
        .filter(isSet);
      const key = `${t.name}.${f.name}`;
      setSomewhere.set(key, (setSomewhere.get(key) ?? false) || values.length > 0);
      f.resolve();
      if (values.length > 0 && f.resolvedType instanceof Type) walk(f.resolvedType, values as object[]);
    }
  };
  walk(type, [msg]);
  return [...setSomewhere.entries()].filter(([key, set]) => !set && !skip.has(key)).map(([key]) => key);
}

const spanFixtures: Record<string, () => RawSpan> = {
  'every field set': everyFieldSetSpan,
  'http server span, fully populated': httpServerSpanFull,
  'minimal span': () => minimalSpan(),
  'span with unicode and long strings': () =>
    minimalSpan({
      name: 'résumé ✓ 𝄞 — ' + 'x'.repeat(300),
      attributes: { 'ключ': 'значение', long: 'y'.repeat(70_000), nested: [[[['deep']]]] },
      events: [{ timeUnixNano: 1n, name: 'e', attributes: { s: 'z'.repeat(200) }, droppedAttributesCount: 0 }],
    }),
  'negative and extreme numbers': () =>
    minimalSpan({
      receivedAtMs: -1,
      flags: 0xffffffff,
      droppedAttributesCount: 0xffffffff,
      attributes: { neg: -1n, min: -(2n ** 63n), max: 2n ** 63n - 1n, two31: 2n ** 31n, d: -0.5, nan: Number.NaN, inf: -Infinity },
      http: { port: 65535, statusCode: 599, requestBodySize: -5, responseBodySize: 2 ** 53 - 1 },
      rpc: { statusCode: -3 },
    }),
};

const traceFixtures: Record<string, () => StructuredTrace> = {
  'three-span fragment': threeSpanFragmentTrace,
  'trace of every-field spans': () => {
    const t = threeSpanFragmentTrace();
    // The root at index 1, so that edge indices and root_indices hold non-zero values too.
    const root = everyFieldSetSpan();
    const child = { ...everyFieldSetSpan(), spanId: 'b7ad6b7169203331', parentSpanId: root.spanId };
    const grandchild = { ...everyFieldSetSpan(), spanId: 'c0ffee00deadbeef', parentSpanId: child.spanId };
    return {
      ...t,
      spans: [child, root, grandchild],
      spanEdges: [
        { parentIndex: 1, childIndex: 0 },
        { parentIndex: 0, childIndex: 2 },
      ],
      rootIndices: [1],
      spanCount: 3,
      enrichment: { ...t.enrichment!, errorCount: 1, exceptionCount: 4 },
      sampling: { rule: 'ten-percent', weight: 10 / 3 },
    };
  },
  'large trace (nested lengths over 2^14)': () => {
    const t = threeSpanFragmentTrace();
    const spans = Array.from({ length: 200 }, (_, i) => ({ ...httpServerSpanFull(), spanId: (i + 1).toString(16).padStart(16, '0') }));
    return { ...t, spans, spanEdges: [], rootIndices: Array.from({ length: 200 }, (_, i) => i), spanCount: 200 };
  },
};

describe('wire codec agrees with the generated protobufjs code', () => {
  it('the every-field fixtures set every field of every message', () => {
    const span = pb.RawSpan.decode(referenceEncodeRawSpan(everyFieldSetSpan()));
    expect(neverSet(messageType('RawSpan'), span)).toEqual([]);
    const trace = pb.StructuredTrace.decode(referenceEncodeStructuredTrace(traceFixtures['trace of every-field spans']()));
    // Spans inside a trace leave tenant and trace id to the trace, by design.
    expect(neverSet(messageType('StructuredTrace'), trace, new Set(['RawSpan.tenant_id', 'RawSpan.trace_id']))).toEqual([]);
  });

  it.each(Object.entries(spanFixtures))('RawSpan "%s": same bytes, same decoded span', (_name, make) => {
    const span = make();
    const bytes = encodeRawSpan(span);
    const reference = referenceEncodeRawSpan(span);
    expect(Buffer.from(bytes).equals(Buffer.from(reference))).toBe(true);
    expect(decodeRawSpan(reference)).toEqual(referenceDecodeRawSpan(reference));
    expect(decodeRawSpan(bytes)).toEqual(span);
  });

  it.each(Object.entries(traceFixtures))('StructuredTrace "%s": same bytes, same decoded trace', (_name, make) => {
    const trace = make();
    const bytes = encodeStructuredTrace(trace);
    const reference = referenceEncodeStructuredTrace(trace);
    expect(Buffer.from(bytes).equals(Buffer.from(reference))).toBe(true);
    expect(decodeStructuredTrace(reference)).toEqual(referenceDecodeStructuredTrace(reference));
    expect(decodeStructuredTrace(bytes)).toEqual(trace);
  });

  it('skips fields it does not know, as the generated code does', () => {
    const bytes = pb.RawSpan.encode({
      trace_id: Buffer.from('4bf92f3577b34da6a3ce929d0e0e4736', 'hex'),
      span_id: Buffer.from('00f067aa0ba902b7', 'hex'),
      name: 'n',
    }).finish();
    // Appends unknown fields 99 (varint), 100 (fixed64), 101 (bytes), 102 (fixed32).
    const unknown = Buffer.from([0x98, 0x06, 0x96, 0x01, 0xa1, 0x06, 1, 2, 3, 4, 5, 6, 7, 8, 0xaa, 0x06, 2, 9, 9, 0xb5, 0x06, 1, 2, 3, 4]);
    const withUnknown = Buffer.concat([bytes, unknown]);
    expect(decodeRawSpan(withUnknown)).toEqual(decodeRawSpan(bytes));
    expect(decodeRawSpan(withUnknown)).toEqual(referenceDecodeRawSpan(withUnknown));
  });

  it('reads root_indices whether packed or not', () => {
    const writer = pb.StructuredTrace.encode({
      tenant_id: 't',
      trace_id: Buffer.from('4bf92f3577b34da6a3ce929d0e0e4736', 'hex'),
      spans: [{ span_id: Buffer.from('00f067aa0ba902b7', 'hex') }, { span_id: Buffer.from('b7ad6b7169203331', 'hex') }],
    });
    const unpacked = Buffer.concat([writer.finish(), Buffer.from([0x28, 0x01, 0x28, 0x00])]);
    expect(decodeStructuredTrace(unpacked).rootIndices).toEqual([1, 0]);
  });
});
