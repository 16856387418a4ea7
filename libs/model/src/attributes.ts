/**
 * AttributeValue is one attribute value as business logic sees it. OTLP int64 becomes `bigint`
 * and double becomes `number`, and the encoder writes them back the same way, so a round trip
 * is exact (`1n` and `1` stay different). Arrays and nested maps mirror OTLP's ArrayValue and
 * KeyValueList; bytes stay bytes.
 */
export type AttributeValue =
  | string
  | boolean
  | number
  | bigint
  | Uint8Array
  | AttributeValue[]
  | { [key: string]: AttributeValue };

/**
 * Attributes is a set of attributes by key. Read it with {@link attrString}, {@link attrInt} and
 * {@link attrBool}, which also try the older names of a semantic convention in one call.
 */
export type Attributes = Record<string, AttributeValue>;

/**
 * attrString returns the first of `keys` (in priority order) whose value can be read as a
 * non-empty string: strings as they are, numbers, bigints and booleans in their decimal or
 * `true`/`false` form. Bytes, arrays and maps are skipped.
 */
export function attrString(attrs: Attributes | undefined, ...keys: string[]): string | undefined {
  if (attrs === undefined) return undefined;
  for (let i = 0; i < keys.length; i++) {
    const v = attrs[keys[i]];
    // typeof dispatch also skips what a plain object inherits (`constructor`, `__proto__`).
    switch (typeof v) {
      case 'string':
        if (v !== '') return v;
        break;
      case 'number':
      case 'bigint':
        return v.toString();
      case 'boolean':
        return v ? 'true' : 'false';
    }
  }
  return undefined;
}

/**
 * attrInt returns the first of `keys` (in priority order) whose value is a safe integer: an
 * integral number, a bigint within ±2^53, or a string of decimal digits with an optional sign
 * (`"8080"`, as some tracers send ports and status codes). Other values are skipped.
 */
export function attrInt(attrs: Attributes | undefined, ...keys: string[]): number | undefined {
  if (attrs === undefined) return undefined;
  for (let i = 0; i < keys.length; i++) {
    const v = attrs[keys[i]];
    switch (typeof v) {
      case 'number':
        if (Number.isSafeInteger(v)) return v;
        break;
      case 'bigint':
        if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
        break;
      case 'string': {
        const n = parseDecimalInt(v);
        if (n !== undefined) return n;
        break;
      }
    }
  }
  return undefined;
}

/**
 * attrBool returns the first of `keys` (in priority order) whose value is a boolean or the
 * string `true`/`false` in any case. Other values are skipped.
 */
export function attrBool(attrs: Attributes | undefined, ...keys: string[]): boolean | undefined {
  if (attrs === undefined) return undefined;
  for (let i = 0; i < keys.length; i++) {
    const v = attrs[keys[i]];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && (v.length === 4 || v.length === 5)) {
      const lower = v.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
    }
  }
  return undefined;
}

/** Parses an optionally signed string of decimal digits into a safe integer, else undefined. */
function parseDecimalInt(s: string): number | undefined {
  const len = s.length;
  let i = 0;
  const first = s.charCodeAt(0);
  if (first === 43 /* + */ || first === 45 /* - */) i = 1;
  // 16 digits may exceed 2^53; the isSafeInteger check below catches those.
  if (len === i || len - i > 16) return undefined;
  for (let j = i; j < len; j++) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
  }
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * setAttribute stores one attribute. A plain `obj[key] = v` with the key `__proto__` would
 * replace the object's prototype instead of adding an attribute, and keys come from senders.
 */
export function setAttribute(attrs: Attributes, key: string, value: AttributeValue): void {
  if (key === '__proto__') {
    Object.defineProperty(attrs, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    attrs[key] = value;
  }
}
