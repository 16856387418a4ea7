// How attribute values keep their OTLP type in the views (schema version 5). Every attribute map is
// stored twice over:
// - as `Map(String, String)` of every value's string form (strings as they are, ints and doubles in
//   decimal, booleans `true`/`false`, bytes base64, arrays and maps as JSON), which searches match
//   exactly: a tag filter `http.status_code=200` finds an int 200;
// - as a types map beside it holding only the keys whose value is not a string: a scalar's type
//   name (`int`, `double`, `bool`, `bytes`: the string form reads back exactly), or for an array or
//   a map its whole value as tagged JSON (`{"a":[{"i":"1"},{"s":"x"}]}`), since the JSON string
//   form loses the types inside. Most attributes are strings, so the usual cost is an empty map.
// A row written before version 5 has no types: its values read back as the strings they were.
import type { AttributeValue } from '@tracehouse/model';
import { tsvQuoted } from './tsv';

/** An attribute map as the views take and return it: OTLP-typed values by key. */
export type AttributeMap = Readonly<Record<string, AttributeValue>>;

/** The type name stored for a scalar that is not a string. */
export const SCALAR_TYPES = ['int', 'double', 'bool', 'bytes'] as const;

/** Bytes as base64. */
function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function toJsonable(value: AttributeValue): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return base64(value);
  if (Array.isArray(value)) return value.map(toJsonable);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = value[k];
      if (v !== undefined) Object.defineProperty(out, k, { value: toJsonable(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/**
 * One attribute value's string form, as searches match it: strings as they are, numbers and bigints
 * in decimal, booleans as `true`/`false`, bytes as base64, arrays and maps as JSON.
 */
export function attributeToString(value: AttributeValue): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return value instanceof Uint8Array ? base64(value) : JSON.stringify(toJsonable(value));
  }
}

/** A value as tagged JSON: one key naming its type (s, i, d, b, y, a, m), as OTLP's AnyValue does. */
function tagged(value: AttributeValue): unknown {
  switch (typeof value) {
    case 'string':
      return { s: value };
    case 'bigint':
      return { i: value.toString() };
    case 'number':
      // JSON has no NaN or Infinity: those go as their string form, which Number() reads back.
      return { d: Number.isFinite(value) ? value : String(value) };
    case 'boolean':
      return { b: value };
  }
  if (value instanceof Uint8Array) return { y: base64(value) };
  if (Array.isArray(value)) return { a: value.map(tagged) };
  const m: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (v !== undefined) Object.defineProperty(m, k, { value: tagged(v), enumerable: true, writable: true, configurable: true });
  }
  return { m };
}

/** The types-map entry of a value: undefined for a string (the string form is the value). */
export function attributeType(value: AttributeValue): string | undefined {
  switch (typeof value) {
    case 'string':
      return undefined;
    case 'bigint':
      return 'int';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
  }
  return value instanceof Uint8Array ? 'bytes' : JSON.stringify(tagged(value));
}

/**
 * An attribute map as the two TabSeparated map fields the views store (see the top of this file):
 * `[strings, types]`, in one pass over the keys.
 */
export function tsvAttributes(map: AttributeMap): [string, string] {
  let strings = '{';
  let types = '{';
  for (const key in map) {
    if (!Object.prototype.hasOwnProperty.call(map, key)) continue;
    const value = map[key];
    if (value === undefined) continue;
    const quotedKey = tsvQuoted(key);
    strings += `${strings.length > 1 ? ',' : ''}${quotedKey}:${tsvQuoted(attributeToString(value))}`;
    const type = typeof value === 'string' ? undefined : attributeType(value);
    if (type !== undefined) types += `${types.length > 1 ? ',' : ''}${quotedKey}:${tsvQuoted(type)}`;
  }
  return [`${strings}}`, `${types}}`];
}

/** Thrown for a types entry this build cannot read. */
export class AttributeTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttributeTypeError';
  }
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function untagged(json: unknown, key: string): AttributeValue {
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    if (typeof o.s === 'string') return o.s;
    if (typeof o.i === 'string' && /^-?\d+$/.test(o.i)) return BigInt(o.i);
    if (typeof o.d === 'number' || typeof o.d === 'string') return Number(o.d);
    if (typeof o.b === 'boolean') return o.b;
    if (typeof o.y === 'string') return fromBase64(o.y);
    if (Array.isArray(o.a)) return o.a.map((v) => untagged(v, key));
    if (o.m && typeof o.m === 'object') {
      const m = o.m as Record<string, unknown>;
      const out: Record<string, AttributeValue> = Object.create(null) as Record<string, AttributeValue>;
      for (const k of Object.keys(m)) out[k] = untagged(m[k], key);
      return out;
    }
  }
  throw new AttributeTypeError(`attribute ${JSON.stringify(key)} has a stored type this build cannot read: ${JSON.stringify(json).slice(0, 80)}`);
}

/** A value from its string form and its types-map entry (undefined: a string). */
export function typedValue(key: string, text: string, type: string | undefined): AttributeValue {
  switch (type) {
    case undefined:
      return text;
    case 'int':
      return /^-?\d+$/.test(text) ? BigInt(text) : text;
    case 'double':
      return Number(text);
    case 'bool':
      return text === 'true';
    case 'bytes':
      return fromBase64(text);
  }
  let json: unknown;
  try {
    json = JSON.parse(type);
  } catch {
    throw new AttributeTypeError(`attribute ${JSON.stringify(key)} has a stored type this build cannot read: ${JSON.stringify(type.slice(0, 80))}`);
  }
  return untagged(json, key);
}

/**
 * An attribute map from its two stored maps (null prototype: a `__proto__` key stays an ordinary
 * key). Without types (a row written before schema version 5) every value stays a string.
 */
export function typedAttributes(strings: Readonly<Record<string, string>>, types: Readonly<Record<string, string>> | undefined): Record<string, AttributeValue> {
  const hasTypes = types !== undefined && Object.keys(types).length > 0;
  if (!hasTypes && Object.getPrototypeOf(strings) === null) return strings as Record<string, AttributeValue>;
  const out: Record<string, AttributeValue> = Object.create(null) as Record<string, AttributeValue>;
  for (const key of Object.keys(strings)) {
    const text = strings[key] as string;
    out[key] = hasTypes ? typedValue(key, text, Object.prototype.hasOwnProperty.call(types, key) ? types[key] : undefined) : text;
  }
  return out;
}
