// OTLP values (protobufjs plain objects: Long, snake_case oneofs) as the domain model's attribute
// values: one reading for every stage that takes OTLP in (spans in the span-normalizer, log records
// in the view-generator). Wire spec: opentelemetry-proto common/v1/common.proto.
import { setAttribute, type AttributeValue, type Attributes } from '@tracehouse/model';
import type { AnyValue, KeyValue } from './types';

/** A protobufjs 64-bit value: a Long, or a number when it fits. */
export type Int64 = number | { low: number; high: number; unsigned?: boolean } | null | undefined;

/** Reads an OTLP fixed64 (timestamps) as an unsigned bigint. */
export function uint64(v: Int64): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (v.high === 0) return BigInt(v.low >>> 0);
  return (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
}

/** Reads an OTLP int64 (attribute values) as a signed bigint. */
export function int64(v: Int64): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (v.high === 0 && v.low >= 0) return BigInt(v.low);
  return BigInt.asIntN(64, (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0));
}

/** One OTLP AnyValue as a domain attribute value; `undefined` for an empty AnyValue (OTLP's null). */
export function anyValue(v: AnyValue | null | undefined): AttributeValue | undefined {
  if (v === null || v === undefined) return undefined;
  // A decoded AnyValue names the case it holds: the last one on the wire, which protobuf keeps.
  // Its fields of an earlier case stay set (the generated oneofs do not delete them: see
  // tools/gen-proto.mjs), so the name decides; an object built by hand may lack it.
  switch (v.value) {
    case 'string_value':
      return v.string_value ?? undefined;
    case 'int_value':
      return int64(v.int_value);
    case 'bool_value':
      return v.bool_value ?? undefined;
    case 'double_value':
      return v.double_value ?? undefined;
    case 'array_value':
      return arrayValue(v.array_value?.values);
    case 'kvlist_value':
      return attributes(v.kvlist_value?.values);
    case 'bytes_value':
      return v.bytes_value ?? undefined;
  }
  if (v.string_value != null) return v.string_value;
  if (v.int_value != null) return int64(v.int_value);
  if (v.bool_value != null) return v.bool_value;
  if (v.double_value != null) return v.double_value;
  if (v.array_value != null) return arrayValue(v.array_value.values);
  if (v.kvlist_value != null) return attributes(v.kvlist_value.values);
  if (v.bytes_value != null) return v.bytes_value;
  return undefined;
}

function arrayValue(values: readonly AnyValue[] | null | undefined): AttributeValue[] {
  const out: AttributeValue[] = [];
  for (const item of values ?? []) {
    const value = anyValue(item);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** OTLP key-value pairs as domain attributes; a key with an empty value is left out. */
export function attributes(list: readonly KeyValue[] | null | undefined): Attributes {
  const out: Attributes = {};
  if (!list) return out;
  for (let i = 0; i < list.length; i++) {
    const kv = list[i];
    const value = anyValue(kv.value);
    const key = kv.key;
    if (value === undefined || !key) continue;
    // setAttribute only for the one key a plain assignment would mishandle: it is hot.
    if (key === '__proto__') setAttribute(out, key, value);
    else out[key] = value;
  }
  return out;
}
