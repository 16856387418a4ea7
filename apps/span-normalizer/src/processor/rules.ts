import { attrString, type Attributes } from '@tracehouse/model';
import { globsToRegExp } from '@tracehouse/redaction';

// Redaction moved to @tracehouse/redaction (the log path applies the same rules); re-exported so
// the normalizer's code and tests read it from where they always did.
export { globsToRegExp, REDACTED, Redactor, redactUrl, URL_KEYS, type RedactorOptions } from '@tracehouse/redaction';

/** A drop rule as configured (see `DropRule` in the config). */
export interface DropRuleSpec {
  readonly tenant?: string;
  readonly service?: string;
  readonly spanName?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** What a drop rule is matched against. */
export interface DropCandidate {
  readonly tenantId: string;
  readonly serviceName: string;
  readonly name: string;
  readonly attributes: Attributes;
  readonly resourceAttributes: Attributes;
}

interface CompiledRule {
  readonly tenant?: RegExp;
  readonly service?: RegExp;
  readonly spanName?: RegExp;
  readonly attributes: ReadonlyArray<readonly [key: string, value: RegExp]>;
}

/**
 * The configured drop rules: a span is dropped when any rule matches it, and a rule matches when
 * every condition it gives matches (globs, case-sensitive). An attribute condition reads the span's
 * attribute of that key, else its resource's.
 */
export class DropRules {
  private readonly rules: readonly CompiledRule[];

  constructor(specs: readonly DropRuleSpec[]) {
    const one = (g: string | undefined): RegExp | undefined => (g === undefined ? undefined : globsToRegExp([g], { caseInsensitive: false }));
    this.rules = specs.map((s) => ({
      tenant: one(s.tenant),
      service: one(s.service),
      spanName: one(s.spanName),
      attributes: Object.entries(s.attributes ?? {}).map(([key, value]) => [key, one(value) as RegExp] as const),
    }));
  }

  get size(): number {
    return this.rules.length;
  }

  /** The index of the first rule that matches, or -1. */
  match(span: DropCandidate): number {
    for (let i = 0; i < this.rules.length; i++) if (matches(this.rules[i], span)) return i;
    return -1;
  }
}

function matches(rule: CompiledRule, span: DropCandidate): boolean {
  if (rule.tenant && !rule.tenant.test(span.tenantId)) return false;
  if (rule.service && !rule.service.test(span.serviceName)) return false;
  if (rule.spanName && !rule.spanName.test(span.name)) return false;
  for (const [key, value] of rule.attributes) {
    const actual = attrString(span.attributes, key) ?? attrString(span.resourceAttributes, key);
    if (actual === undefined || !value.test(actual)) return false;
  }
  return true;
}
