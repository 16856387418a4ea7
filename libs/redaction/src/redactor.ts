// Redaction of attribute values: the span-normalizer applies it to span attributes, the
// view-generator's log path to log attributes and structured (map) log bodies, with the same
// configuration (NORMALIZER_REDACT_KEYS, NORMALIZER_REDACT_QUERY_PARAMS), so a secret redacted in a
// span is redacted in the log line written beside it.
import { setAttribute, type AttributeValue, type Attributes } from '@tracehouse/model';

/** What replaces a redacted value (the word OpenTelemetry's semantic conventions use in URLs). */
export const REDACTED = 'REDACTED';

/** Compiles globs (`*` = any run of characters, everything else literal) into one anchored RegExp. */
export function globsToRegExp(globs: readonly string[], options: { caseInsensitive: boolean }): RegExp | undefined {
  if (globs.length === 0) return undefined;
  const alternatives = globs.map((g) => g.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&')).join('.*'));
  return new RegExp(`^(?:${alternatives.join('|')})$`, options.caseInsensitive ? 'is' : 's');
}

/** Attributes that hold a URL or a query string: their sensitive query parameters are redacted. */
export const URL_KEYS = new Set(['url.full', 'http.url', 'url.query', 'http.target', 'url.original']);

/** Options of {@link Redactor}. */
export interface RedactorOptions {
  /** Attribute keys (globs, case insensitive) whose values are replaced. */
  readonly keys: readonly string[];
  /** Query parameter names (globs, case insensitive) whose values are replaced in URL attributes. */
  readonly queryParams: readonly string[];
}

/**
 * Redacts attribute values in place: the value of every attribute whose key matches a configured
 * pattern (at any depth of nested maps) becomes `REDACTED` (each element, for arrays), and in URL
 * attributes ({@link URL_KEYS}) the values of matching query parameters and any user:password
 * become `REDACTED`. Returns how many values it replaced.
 */
export class Redactor {
  private readonly keys: RegExp | undefined;
  private readonly params: RegExp | undefined;
  /** Keys already seen, with their verdict: attribute keys repeat across spans. */
  private readonly verdicts = new Map<string, boolean>();
  /** The same for query parameter names as written. */
  private readonly paramVerdicts = new Map<string, boolean>();

  constructor(options: RedactorOptions) {
    this.keys = globsToRegExp(options.keys, { caseInsensitive: true });
    this.params = globsToRegExp(options.queryParams, { caseInsensitive: true });
  }

  /** Redacts `attrs` in place; returns the number of values replaced. */
  redact(attrs: Attributes): number {
    let count = 0;
    // Attributes are plain objects built by the translation: no inherited enumerable keys.
    for (const key in attrs) {
      const value = attrs[key];
      if (this.isSensitiveKey(key)) {
        setAttribute(attrs, key, redactValue(value));
        count++;
      } else if (typeof value === 'string') {
        if (this.params && URL_KEYS.has(key)) {
          const redacted = redactUrl(value, this.params, key === 'url.query', this.paramVerdicts);
          if (redacted !== value) {
            setAttribute(attrs, key, redacted);
            count++;
          }
        }
      } else if (isMap(value)) {
        count += this.redact(value);
      }
    }
    return count;
  }


  private isSensitiveKey(key: string): boolean {
    if (!this.keys) return false;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.keys.test(key);
      // Bounded: keys come from senders.
      if (this.verdicts.size < 10_000) this.verdicts.set(key, verdict);
    }
    return verdict;
  }
}

function isMap(v: AttributeValue): v is Attributes {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

function redactValue(value: AttributeValue): AttributeValue {
  return Array.isArray(value) ? value.map(() => REDACTED) : REDACTED;
}

/**
 * Replaces the values of matching query parameters with `REDACTED`, and `user:password@` in the
 * authority with `REDACTED:REDACTED@`. Leaves everything else byte for byte as it was. `verdicts`
 * caches the decision per parameter name as written (bounded), since names repeat across spans.
 */
export function redactUrl(url: string, params: RegExp, isQueryOnly: boolean, verdicts?: Map<string, boolean>): string {
  let out = url;
  if (!isQueryOnly && out.indexOf('@') !== -1) {
    const authority = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#@]*)@/.exec(out);
    if (authority) out = `${authority[1]}${REDACTED}${authority[2]?.includes(':') ? `:${REDACTED}` : ''}@${out.slice(authority[0].length)}`;
  }
  const start = isQueryOnly ? 0 : out.indexOf('?') + 1;
  if (!isQueryOnly && start === 0) return out;
  const hash = out.indexOf('#', start);
  const end = hash === -1 ? out.length : hash;
  let result = '';
  let copied = 0;
  // Walk the name=value pairs; build a new string only from the first redacted value on.
  for (let at = start; at < end; ) {
    let amp = out.indexOf('&', at);
    if (amp === -1 || amp > end) amp = end;
    const eq = out.indexOf('=', at);
    if (eq !== -1 && eq < amp) {
      const rawName = out.slice(at, eq);
      let sensitive = verdicts?.get(rawName);
      if (sensitive === undefined) {
        let name = rawName;
        try {
          name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        } catch {
          // A malformed escape: match the name as written.
        }
        sensitive = params.test(name);
        if (verdicts && verdicts.size < 10_000) verdicts.set(rawName, sensitive);
      }
      if (sensitive && out.slice(eq + 1, amp) !== REDACTED) {
        result += `${out.slice(copied, eq + 1)}${REDACTED}`;
        copied = amp;
      }
    }
    at = amp + 1;
  }
  return copied === 0 ? out : `${result}${out.slice(copied)}`;
}
