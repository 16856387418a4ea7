// Attribute values (@tracehouse/model's AttributeValue: int64 as bigint, double as number, bool,
// string, bytes, arrays, maps) as each API writes them, following the OpenTelemetry Collector's
// exporters so that what an ingest translator read comes back out the same way:
// - Jaeger (pkg/translator/jaeger traces_to_jaegerproto.go, Jaeger's UI JSON converter): typed
//   tags; arrays and maps as a JSON string; int64 outside JavaScript's safe range as a decimal
//   string, as Jaeger's own UI converter writes it; bytes base64.
// - Zipkin (pkg/translator/zipkin/zipkinv2 from_translator.go): every value as pcommon's AsString.
// - OTLP/JSON (api_v3): typed AnyValues.
import Long from 'long';
import type { AnyValue, KeyValue } from '@tracehouse/otlp';
import type { AttributeValue } from '@tracehouse/model';

/** A Jaeger tag or log field (jaeger model/json KeyValue). */
export interface JaegerKeyValue {
  readonly key: string;
  readonly type: 'string' | 'bool' | 'int64' | 'float64' | 'binary';
  readonly value: string | boolean | number;
}

const isMap = (v: AttributeValue): v is { [key: string]: AttributeValue } => typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
const base64 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
const byKey = <T>([a]: [string, T], [b]: [string, T]): number => (a < b ? -1 : a > b ? 1 : 0);

/** Go's strconv.FormatFloat(d, 'f', -1, 64): the shortest digits, never an exponent. */
export function formatFloatF(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return '+Inf';
  if (d === -Infinity) return '-Inf';
  const s = String(d);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const digits = `${lead}${frac}`;
  const exp = Number(expText);
  if (exp >= 0) return `${sign}${digits.padEnd(exp + 1, '0')}`;
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/**
 * A value as JSON text the way Go's encoding/json writes pcommon's `AsRaw()` (what the collector
 * writes for arrays and maps in Jaeger and Zipkin, and for event and link attributes in Zipkin):
 * map keys sorted, int64 exact, bytes base64. JSON has no NaN or infinities; they are written as
 * the strings Go's FormatFloat gives them rather than failing the whole answer.
 */
export function goJson(v: AttributeValue): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : JSON.stringify(formatFloatF(v));
    default:
      break;
  }
  if (v instanceof Uint8Array) return JSON.stringify(base64(v));
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  return `{${Object.entries(v).sort(byKey).map(([k, item]) => `${JSON.stringify(k)}:${goJson(item)}`).join(',')}}`;
}

/** A value as one string, as pcommon's `Value.AsString()` writes it (Zipkin tags). */
export function valueString(v: AttributeValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloatF(v);
    default:
      return v instanceof Uint8Array ? base64(v) : goJson(v);
  }
}

const JS_SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** One attribute as a typed Jaeger tag (attributeToJaegerProtoTag, then Jaeger's UI JSON). */
export function jaegerKeyValue(key: string, v: AttributeValue): JaegerKeyValue {
  switch (typeof v) {
    case 'string':
      return { key, type: 'string', value: v };
    case 'boolean':
      return { key, type: 'bool', value: v };
    case 'bigint':
      // Jaeger's UI converter writes an int64 JavaScript cannot hold exactly as a decimal string.
      return { key, type: 'int64', value: v > JS_SAFE_MAX || v < -JS_SAFE_MAX ? v.toString() : Number(v) };
    case 'number':
      return { key, type: 'float64', value: Number.isFinite(v) ? v : formatFloatF(v) };
    default:
      break;
  }
  if (v instanceof Uint8Array) return { key, type: 'binary', value: base64(v) };
  return { key, type: 'string', value: goJson(v) };
}

/** One value as an OTLP AnyValue (typed; int64 kept exact). */
export function otlpAnyValue(v: AttributeValue): AnyValue {
  switch (typeof v) {
    case 'string':
      return { string_value: v };
    case 'boolean':
      return { bool_value: v };
    case 'bigint':
      return { int_value: Long.fromString(v.toString(), false) };
    case 'number':
      return { double_value: v };
    default:
      break;
  }
  if (v instanceof Uint8Array) return { bytes_value: v };
  if (Array.isArray(v)) return { array_value: { values: v.map(otlpAnyValue) } };
  return { kvlist_value: { values: Object.entries(v).map(([key, item]) => ({ key, value: otlpAnyValue(item) })) } };
}

/** Attributes as OTLP key-values, sorted by key. */
export function otlpKeyValues(m: Readonly<Record<string, AttributeValue>>): KeyValue[] {
  return sortedEntries(m).map(([key, v]) => ({ key, value: otlpAnyValue(v) }));
}

/** The entries of an attribute map sorted by key, so every answer is deterministic. */
export function sortedEntries<T>(m: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(m).sort(byKey);
}

/**
 * A text that is equal for two attribute maps exactly when they hold the same keys with the same
 * typed values (`1n` and `1` differ, as do `"1"` and `1n`): the key that groups spans into one
 * Jaeger process or one OTLP resource.
 */
export function canonicalKey(m: Readonly<Record<string, AttributeValue>>): string {
  const typed = (v: AttributeValue): string => {
    switch (typeof v) {
      case 'string':
        return `s${JSON.stringify(v)}`;
      case 'boolean':
        return `b${v}`;
      case 'bigint':
        return `i${v}`;
      case 'number':
        return `d${formatFloatF(v)}`;
      default:
        break;
    }
    if (v instanceof Uint8Array) return `x${base64(v)}`;
    if (Array.isArray(v)) return `a[${v.map(typed).join(',')}]`;
    return `m{${Object.entries(v).sort(byKey).map(([k, item]) => `${JSON.stringify(k)}:${typed(item)}`).join(',')}}`;
  };
  return typed(m as AttributeValue);
}

/** The strings a `tracehouse.warnings` value already holds (an array, or lines of a string). */
export function warningLines(v: AttributeValue | undefined): string[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v.map(valueString);
  if (typeof v === 'string') return v === '' ? [] : v.split('\n');
  return isMap(v) ? [goJson(v)] : [valueString(v)];
}
