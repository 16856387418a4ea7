// Find-in-trace: which spans match the text typed in the trace view's `trace-find` box.
import type { UiSpan } from './trace-model';

/**
 * The indexes of the spans that match `query`: every whitespace-separated term must occur
 * (case-insensitively) in the span's service, operation, span id, an attribute or resource key or
 * value, an event's name or fields, or its status message. `key=value` matches an attribute with
 * that key whose value contains `value`. An empty query matches nothing.
 */
export function findSpans(spans: readonly UiSpan[], query: string): number[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter((t) => t !== '');
  if (terms.length === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    let haystack: string | undefined;
    const matches = terms.every((term) => {
      const eq = term.indexOf('=');
      if (eq > 0) {
        const key = term.slice(0, eq);
        const value = term.slice(eq + 1);
        return [...s.attributes, ...s.resource].some((a) => a.key.toLowerCase() === key && String(a.value).toLowerCase().includes(value));
      }
      haystack ??= searchText(s);
      return haystack.includes(term);
    });
    if (matches) out.push(i);
  }
  return out;
}

function searchText(s: UiSpan): string {
  const parts = [s.service, s.operation, s.spanId, s.statusMessage, s.kind];
  for (const a of s.attributes) parts.push(a.key, String(a.value));
  for (const a of s.resource) parts.push(a.key, String(a.value));
  for (const e of s.events) {
    parts.push(e.name);
    for (const a of e.attributes) parts.push(a.key, String(a.value));
  }
  return parts.join('\n').toLowerCase();
}
