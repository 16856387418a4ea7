// Structure-aware generators at the wire level: protobuf messages and Thrift binary structs built
// from a schema of field numbers (the receivers' .proto and jaeger.thrift), mostly with the right
// wire types and sizes but sometimes not (a wrong wire type, an unknown field, a repeated
// singular field, a list header claiming a billion elements), and JSON shaped like a receiver's
// body whose values are sometimes of the wrong type. They reach the decoders' deeper paths that
// random bytes seldom do, and the corner cases that valid encoders never write.
import fc from 'fast-check';

// ---- protobuf ----

/** A protobuf field's kind in a generator schema. */
export type PbField = 'varint' | 'fixed64' | 'fixed32' | 'string' | 'bytes' | 'id8' | 'id16' | { readonly msg: PbSchema };
/** Field number -> kind. */
export type PbSchema = Readonly<Record<number, PbField>>;

function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}

const tag = (no: number, wireType: number): number[] => varint((BigInt(no) << 3n) | BigInt(wireType));
const lengthDelimited = (no: number, payload: Uint8Array): Uint8Array => Buffer.concat([Buffer.from(tag(no, 2)), Buffer.from(varint(BigInt(payload.length))), payload]);

const int64s = fc.oneof(fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), fc.constantFrom(0n, 1n, -1n, 1700000000000000000n, (1n << 63n) - 1n, 1n << 53n), fc.bigInt({ min: 0n, max: 10_000n }));
const text = fc.oneof(fc.string({ maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', 'service.name', 'http.method', 'error', 'span.kind', 'db.statement', '\u0000', '\ud800'));
const idBytes = (n: number): fc.Arbitrary<Uint8Array> =>
  fc.oneof({ weight: 6, arbitrary: fc.uint8Array({ minLength: n, maxLength: n }) }, fc.constant(new Uint8Array(n)), fc.uint8Array({ maxLength: 20 }));

function pbFieldValue(no: number, field: PbField, depth: number): fc.Arbitrary<Uint8Array> {
  if (typeof field === 'object') {
    return depth > 6 ? fc.constant(lengthDelimited(no, new Uint8Array(0))) : pbMessage(field.msg, depth + 1).map((m) => lengthDelimited(no, m));
  }
  switch (field) {
    case 'varint':
      return int64s.map((v) => Buffer.from([...tag(no, 0), ...varint(v)]));
    case 'fixed64':
      return int64s.map((v) => {
        const b = Buffer.alloc(8);
        b.writeBigUInt64LE(BigInt.asUintN(64, v));
        return Buffer.concat([Buffer.from(tag(no, 1)), b]);
      });
    case 'fixed32':
      return fc.nat().map((v) => {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(v);
        return Buffer.concat([Buffer.from(tag(no, 5)), b]);
      });
    case 'string':
      return text.map((s) => lengthDelimited(no, Buffer.from(s)));
    case 'bytes':
      return fc.uint8Array({ maxLength: 40 }).map((b) => lengthDelimited(no, b));
    case 'id8':
      return idBytes(8).map((b) => lengthDelimited(no, b));
    case 'id16':
      return idBytes(16).map((b) => lengthDelimited(no, b));
  }
}

/** A field the schema does not expect: unknown number, wrong wire type, or a length past the end. */
const pbNoise: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.record({ no: fc.integer({ min: 1, max: 40 }), wt: fc.integer({ min: 0, max: 7 }), tail: fc.uint8Array({ maxLength: 12 }) }).map(({ no, wt, tail }) => Buffer.concat([Buffer.from(tag(no, wt)), tail])),
  fc.record({ no: fc.integer({ min: 1, max: 20 }), len: fc.constantFrom(0x7fffffffn, 0xffffffffn, 1n << 40n, 1000n) }).map(({ no, len }) => Buffer.from([...tag(no, 2), ...varint(len)])),
);

/** Protobuf message bytes following `schema`, with occasional noise. */
export function pbMessage(schema: PbSchema, depth = 0): fc.Arbitrary<Uint8Array> {
  const fields = Object.entries(schema).map(([no, field]) => pbFieldValue(Number(no), field, depth));
  const field = fc.oneof({ weight: 12, arbitrary: fc.oneof(...fields) }, { weight: 1, arbitrary: pbNoise });
  return fc.array(field, { maxLength: depth === 0 ? 4 : 7 }).map((parts) => Buffer.concat(parts));
}

const ANY_VALUE: PbSchema = { 1: 'string', 2: 'varint', 3: 'varint', 4: 'fixed64', 7: 'bytes' };
const KEY_VALUE: PbSchema = { 1: 'string', 2: { msg: ANY_VALUE } };
const OTLP_SPAN: PbSchema = {
  1: 'id16', 2: 'id8', 3: 'string', 4: 'id8', 5: 'string', 6: 'varint', 7: 'fixed64', 8: 'fixed64', 9: { msg: KEY_VALUE }, 10: 'varint',
  11: { msg: { 1: 'fixed64', 2: 'string', 3: { msg: KEY_VALUE }, 4: 'varint' } }, 12: 'varint',
  13: { msg: { 1: 'id16', 2: 'id8', 3: 'string', 4: { msg: KEY_VALUE }, 5: 'varint', 6: 'fixed32' } }, 14: 'varint', 15: { msg: { 2: 'string', 3: 'varint' } }, 16: 'fixed32',
};
/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest. */
export const OTLP_REQUEST: PbSchema = {
  1: { msg: { 1: { msg: { 1: { msg: KEY_VALUE }, 2: 'varint' } }, 2: { msg: { 1: { msg: { 1: 'string', 2: 'string', 3: { msg: KEY_VALUE } } }, 2: { msg: OTLP_SPAN }, 3: 'string' } }, 3: 'string' } },
};
const JAEGER_KV: PbSchema = { 1: 'string', 2: 'varint', 3: 'string', 4: 'varint', 5: 'varint', 6: 'fixed64', 7: 'bytes' };
const TIMESTAMP: PbSchema = { 1: 'varint', 2: 'varint' };
const JAEGER_PROCESS: PbSchema = { 1: 'string', 2: { msg: JAEGER_KV } };
/** jaeger.api_v2.PostSpansRequest. */
export const JAEGER_POST_SPANS: PbSchema = {
  1: {
    msg: {
      1: { msg: { 1: 'id16', 2: 'id8', 3: 'string', 4: { msg: { 1: 'id16', 2: 'id8', 3: 'varint' } }, 5: 'varint', 6: { msg: TIMESTAMP }, 7: { msg: TIMESTAMP }, 8: { msg: JAEGER_KV }, 9: { msg: { 1: { msg: TIMESTAMP }, 2: { msg: JAEGER_KV } } }, 10: { msg: JAEGER_PROCESS }, 11: 'string', 12: 'string' } },
      2: { msg: JAEGER_PROCESS },
    },
  },
};
const ZIPKIN_ENDPOINT: PbSchema = { 1: 'string', 2: 'bytes', 3: 'bytes', 4: 'varint' };
/** zipkin.proto3.ListOfSpans. */
export const ZIPKIN_LIST_OF_SPANS: PbSchema = {
  1: { msg: { 1: 'id16', 2: 'id8', 3: 'id8', 4: 'varint', 5: 'string', 6: 'fixed64', 7: 'varint', 8: { msg: ZIPKIN_ENDPOINT }, 9: { msg: ZIPKIN_ENDPOINT }, 10: { msg: { 1: 'fixed64', 2: 'string' } }, 11: { msg: { 1: 'string', 2: 'string' } }, 12: 'varint', 13: 'varint' } },
};

// ---- Thrift binary ----

/** A Thrift field's type in a generator schema. */
export type ThriftField = 'bool' | 'i32' | 'i64' | 'double' | 'string' | { readonly struct: ThriftSchema } | { readonly list: ThriftField };
/** Field id -> type. */
export type ThriftSchema = Readonly<Record<number, ThriftField>>;

const TTYPE = { bool: 2, double: 4, i32: 8, i64: 10, string: 11, struct: 12, list: 15 } as const;
const typeCode = (f: ThriftField): number => (typeof f === 'string' ? TTYPE[f] : 'struct' in f ? TTYPE.struct : TTYPE.list);

function thriftValue(field: ThriftField, depth: number): fc.Arbitrary<Uint8Array> {
  if (typeof field === 'object') {
    if ('struct' in field) return depth > 5 ? fc.constant(Buffer.from([0])) : thriftStruct(field.struct, depth + 1);
    const element = field.list;
    const items = depth > 5 ? fc.constant([]) : fc.array(thriftValue(element, depth + 1), { maxLength: 5 });
    // Usually the true element count, sometimes a count the body cannot hold.
    return fc.tuple(items, fc.option(fc.constantFrom(-1, 0x7fffffff, 1_000_000, 65_536), { freq: 12 }), fc.option(fc.integer({ min: 0, max: 16 }), { freq: 15 })).map(([values, lie, wrongType]) => {
      const header = Buffer.alloc(5);
      header[0] = wrongType ?? typeCode(element);
      header.writeInt32BE(lie ?? values.length, 1);
      return Buffer.concat([header, ...values]);
    });
  }
  switch (field) {
    case 'bool':
      return fc.integer({ min: 0, max: 2 }).map((v) => Buffer.from([v]));
    case 'i32':
      return fc.oneof(fc.integer({ min: -2, max: 8 }), fc.integer()).map((v) => {
        const b = Buffer.alloc(4);
        b.writeInt32BE(v);
        return b;
      });
    case 'i64':
      return int64s.map((v) => {
        const b = Buffer.alloc(8);
        b.writeBigInt64BE(BigInt.asIntN(64, v));
        return b;
      });
    case 'double':
      return fc.double().map((v) => {
        const b = Buffer.alloc(8);
        b.writeDoubleBE(v);
        return b;
      });
    case 'string':
      return fc.oneof({ weight: 10, arbitrary: text.map((s) => Buffer.from(s)) }, fc.uint8Array({ maxLength: 16 })).chain((bytes) =>
        fc.option(fc.constantFrom(-1, 0x7fffffff, 100_000), { freq: 15 }).map((lie) => {
          const b = Buffer.alloc(4);
          b.writeInt32BE(lie ?? bytes.length);
          return Buffer.concat([b, bytes]);
        }),
      );
  }
}

/** A Thrift binary struct following `schema` (field headers, values, STOP), with occasional wrong types and unknown fields. */
export function thriftStruct(schema: ThriftSchema, depth = 0): fc.Arbitrary<Uint8Array> {
  const fields = Object.entries(schema).map(([id, field]) =>
    fc.tuple(thriftValue(field, depth), fc.option(fc.integer({ min: 0, max: 16 }), { freq: 20 })).map(([value, wrongType]) => {
      const header = Buffer.alloc(3);
      header[0] = wrongType ?? typeCode(field);
      header.writeInt16BE(Number(id), 1);
      return Buffer.concat([header, value]);
    }),
  );
  const unknown = fc.record({ id: fc.integer({ min: -5, max: 40 }), type: fc.constantFrom(2, 3, 4, 6, 8, 10, 11), value: fc.uint8Array({ maxLength: 8 }) }).map(({ id, type, value }) => {
    const header = Buffer.alloc(3);
    header[0] = type;
    header.writeInt16BE(id, 1);
    return Buffer.concat([header, value]);
  });
  return fc.array(fc.oneof({ weight: 12, arbitrary: fc.oneof(...fields) }, { weight: 1, arbitrary: unknown }), { maxLength: depth === 0 ? 4 : 8 }).map((parts) => Buffer.concat([...parts, Buffer.from([0])]));
}

const JAEGER_TAG: ThriftSchema = { 1: 'string', 2: 'i32', 3: 'string', 4: 'double', 5: 'bool', 6: 'i64', 7: 'string' };
/** jaeger.thrift Batch. */
export const JAEGER_THRIFT_BATCH: ThriftSchema = {
  1: { struct: { 1: 'string', 2: { list: { struct: JAEGER_TAG } } } },
  2: {
    list: {
      struct: {
        1: 'i64', 2: 'i64', 3: 'i64', 4: 'i64', 5: 'string', 6: { list: { struct: { 1: 'i32', 2: 'i64', 3: 'i64', 4: 'i64' } } }, 7: 'i32', 8: 'i64', 9: 'i64',
        10: { list: { struct: JAEGER_TAG } }, 11: { list: { struct: { 1: 'i64', 2: { list: { struct: JAEGER_TAG } } } } }, 12: 'bool',
      },
    },
  },
  3: 'i64',
};

// ---- JSON ----

/** A JSON body's shape: an object's keys and their shapes, an array of a shape, or a leaf with its usual values. */
export type JsonShape = { readonly obj: Readonly<Record<string, JsonShape>> } | { readonly arr: JsonShape } | { readonly leaf: fc.Arbitrary<unknown> };

const anyJson: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), fc.string({ maxLength: 12 }), fc.constant([]), fc.constant({}), fc.constant('9007199254740993'));

/** JSON text following `shape`: usually the usual values, sometimes a value of another type, a missing key or an extra one. */
export function shapedJson(shape: JsonShape): fc.Arbitrary<string> {
  return jsonValue(shape, 0).map((v) => JSON.stringify(v));
}

function jsonValue(shape: JsonShape, depth: number): fc.Arbitrary<unknown> {
  const wrong = { weight: 1, arbitrary: anyJson };
  if ('leaf' in shape) return fc.oneof({ weight: 10, arbitrary: shape.leaf }, wrong);
  if (depth > 6) return anyJson;
  if ('arr' in shape) return fc.oneof({ weight: 15, arbitrary: fc.array(jsonValue(shape.arr, depth + 1), { maxLength: 4 }) }, wrong);
  const keys = Object.keys(shape.obj);
  const entries = keys.map((k) => fc.option(jsonValue(shape.obj[k], depth + 1), { freq: 4 }).map((v) => [k, v] as const));
  return fc.oneof(
    { weight: 15, arbitrary: fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== null))) },
    wrong,
  );
}

const hexId = (n: number): fc.Arbitrary<string> =>
  fc.oneof({ weight: 8, arbitrary: fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('hex')) }, fc.constant('0'.repeat(n * 2)), fc.constantFrom('2', 'xyz', '', 'ABCDEF0123456789', '0'.repeat(n * 2 + 2)), fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('base64')));
const nanosText = fc.oneof(fc.bigInt({ min: 0n, max: 1n << 64n }).map(String), fc.constantFrom('0', '-1', '1700000000000000000', '18446744073709551615', '1e18', ''), fc.integer({ min: 0 }));
const attrs: JsonShape = { arr: { obj: { key: { leaf: text }, value: { obj: { stringValue: { leaf: text }, intValue: { leaf: nanosText }, boolValue: { leaf: fc.boolean() }, doubleValue: { leaf: fc.double() }, bytesValue: { leaf: fc.base64String({ maxLength: 12 }) }, arrayValue: { obj: { values: { arr: { obj: { stringValue: { leaf: text } } } } } }, kvlistValue: { obj: { values: { arr: { obj: { key: { leaf: text } } } } } } } } } } };

/** OTLP/JSON ExportTraceServiceRequest. */
export const OTLP_JSON: JsonShape = {
  obj: {
    resourceSpans: {
      arr: {
        obj: {
          resource: { obj: { attributes: attrs, droppedAttributesCount: { leaf: fc.nat() } } },
          scopeSpans: {
            arr: {
              obj: {
                scope: { obj: { name: { leaf: text }, version: { leaf: text }, attributes: attrs } },
                spans: {
                  arr: {
                    obj: {
                      traceId: { leaf: hexId(16) }, spanId: { leaf: hexId(8) }, parentSpanId: { leaf: hexId(8) }, traceState: { leaf: text }, name: { leaf: text },
                      kind: { leaf: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom('SPAN_KIND_SERVER', 'server')) }, startTimeUnixNano: { leaf: nanosText }, endTimeUnixNano: { leaf: nanosText },
                      attributes: attrs, droppedAttributesCount: { leaf: fc.nat() }, flags: { leaf: fc.nat() },
                      events: { arr: { obj: { timeUnixNano: { leaf: nanosText }, name: { leaf: text }, attributes: attrs } } },
                      links: { arr: { obj: { traceId: { leaf: hexId(16) }, spanId: { leaf: hexId(8) }, attributes: attrs } } },
                      status: { obj: { code: { leaf: fc.integer({ min: -1, max: 3 }) }, message: { leaf: text } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

const micros = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, -1, 1700000000000000, 1e300, 1.5), fc.constant('1700000000000000'));
const endpoint: JsonShape = { obj: { serviceName: { leaf: text }, ipv4: { leaf: fc.oneof(fc.ipV4(), text) }, ipv6: { leaf: fc.oneof(fc.ipV6(), text) }, port: { leaf: fc.integer({ min: -1, max: 70000 }) } } };

/** Zipkin JSON v2 ListOfSpans. */
export const ZIPKIN_JSON: JsonShape = {
  arr: {
    obj: {
      traceId: { leaf: fc.oneof(hexId(16), hexId(8)) }, id: { leaf: hexId(8) }, parentId: { leaf: hexId(8) }, name: { leaf: text },
      kind: { leaf: fc.constantFrom('CLIENT', 'SERVER', 'PRODUCER', 'CONSUMER', 'client', '') }, timestamp: { leaf: micros }, duration: { leaf: micros },
      localEndpoint: endpoint, remoteEndpoint: endpoint, annotations: { arr: { obj: { timestamp: { leaf: micros }, value: { leaf: text } } } },
      tags: { leaf: fc.dictionary(text, fc.oneof(text, fc.constantFrom('true', '401', '1.5'))) }, debug: { leaf: fc.boolean() }, shared: { leaf: fc.boolean() },
    },
  },
};
