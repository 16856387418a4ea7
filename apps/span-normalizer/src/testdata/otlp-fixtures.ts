// Builders of OTLP TracesData for the normalizer's tests and benchmark, with fixed ids and
// timestamps so every run sees the same bytes.
import Long from 'long';
import type { AnyValue, KeyValue, Span, TracesData } from '@tracehouse/otlp';

export const TENANT = 'acme';
export const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
export const ROOT_SPAN_ID = '00f067aa0ba902b7';
export const CHILD_SPAN_ID = 'b7ad6b7169203331';
/** 2023-11-14T22:13:20.123456789Z in ns: beyond 2^53, so a trip through a double would show. */
export const T0 = 1_700_000_000_123_456_789n;
export const RECEIVED_AT_MS = 1_700_000_001_000;

/** Plain attribute values as a test writes them; bigint becomes int_value, number double_value. */
export type PlainValue = string | boolean | number | bigint | Uint8Array | PlainValue[] | { [key: string]: PlainValue };

export const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));

export function anyValue(v: PlainValue): AnyValue {
  if (typeof v === 'string') return { string_value: v };
  if (typeof v === 'boolean') return { bool_value: v };
  if (typeof v === 'number') return { double_value: v };
  if (typeof v === 'bigint') return { int_value: Long.fromString(v.toString()) };
  if (v instanceof Uint8Array) return { bytes_value: v };
  if (Array.isArray(v)) return { array_value: { values: v.map(anyValue) } };
  return { kvlist_value: { values: keyValues(v) } };
}

export function keyValues(attrs: Record<string, PlainValue>): KeyValue[] {
  return Object.entries(attrs).map(([key, value]) => ({ key, value: anyValue(value) }));
}

/** Nanoseconds as the unsigned Long protobufjs decodes a fixed64 into. */
export const nanos = (n: bigint): Long => Long.fromString(n.toString(), true);

/** One OTLP span with fixed ids; `attributes` as plain values. */
export function otlpSpan(overrides: Omit<Partial<Span>, 'attributes'> & { attributes?: Record<string, PlainValue> } = {}): Span {
  const { attributes, ...rest } = overrides;
  return {
    trace_id: hex(TRACE_ID),
    span_id: hex(CHILD_SPAN_ID),
    parent_span_id: hex(ROOT_SPAN_ID),
    name: 'span',
    kind: 0,
    start_time_unix_nano: nanos(T0),
    end_time_unix_nano: nanos(T0 + 5_000_000n),
    attributes: keyValues(attributes ?? {}),
    ...rest,
  };
}

/** A TracesData of one resource (with `service.name` unless `service` is undefined) and one scope. */
export function tracesData(spans: Span[], options: { service?: string; resource?: Record<string, PlainValue>; scope?: { name: string; version?: string } } = { service: 'users-api' }): TracesData {
  const resource: Record<string, PlainValue> = { ...(options.service !== undefined ? { 'service.name': options.service } : {}), ...(options.resource ?? {}) };
  return { resource_spans: [{ resource: { attributes: keyValues(resource) }, scope_spans: [{ scope: options.scope ?? { name: '@opentelemetry/instrumentation-http', version: '0.52.1' }, spans }] }] };
}
