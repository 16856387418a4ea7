import Long from 'long';
import type { KeyValue, ResourceSpans, Span, TracesData } from '../types';

// Deterministic batch builders for this library's specs (fixed ids and timestamps, no randomness
// that differs between runs). Not exported from index.ts: they are test fixtures, not API.

/** A small deterministic PRNG (mulberry32), so "random" batches are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` bytes whose first byte is `tag` and rest come from `rand`, never all zero. */
export function idBytes(n: number, tag: number, rand: () => number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rand() * 256);
  b[0] = tag & 0xff;
  b[n - 1] |= 1;
  return b;
}

export function strAttr(key: string, value: string): KeyValue {
  return { key, value: { string_value: value } };
}

/** A span with every kind of field set, so round trips exercise the whole model. */
export function fullSpan(traceId: Uint8Array, spanId: Uint8Array, i: number): Span {
  return {
    trace_id: traceId,
    span_id: spanId,
    trace_state: i % 2 ? 'vendor=1' : '',
    parent_span_id: i % 3 ? new Uint8Array([9, 9, 9, 9, 9, 9, 9, i & 0xff]) : new Uint8Array(0),
    flags: 0x101,
    name: `op-${i}`,
    kind: (i % 5) + 1,
    start_time_unix_nano: Long.fromString('1700000000123456789', true).add(i),
    end_time_unix_nano: Long.fromString('1700000000223456789', true).add(i),
    attributes: [
      strAttr('http.method', 'GET'),
      { key: 'http.status_code', value: { int_value: Long.fromNumber(200 + i) } },
      { key: 'big', value: { int_value: Long.fromString('-9007199254740993') } },
      { key: 'ratio', value: { double_value: 0.25 } },
      { key: 'ok', value: { bool_value: true } },
      { key: 'raw', value: { bytes_value: new Uint8Array([0, 1, 254, 255]) } },
      { key: 'list', value: { array_value: { values: [{ string_value: 'a' }, { int_value: Long.fromNumber(1) }] } } },
      { key: 'map', value: { kvlist_value: { values: [strAttr('inner', 'x')] } } },
    ],
    dropped_attributes_count: 1,
    events: [{ time_unix_nano: Long.fromString('1700000000150000000', true), name: 'exception', attributes: [strAttr('exception.message', 'boom')], dropped_attributes_count: 2 }],
    dropped_events_count: 3,
    links: [{ trace_id: traceId, span_id: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), trace_state: 'a=b', attributes: [strAttr('link', 'y')], dropped_attributes_count: 4, flags: 1 }],
    dropped_links_count: 5,
    status: { code: 2, message: 'failed' },
  };
}

/**
 * A batch of `resources` resources x `scopes` scopes x `spansPerScope` spans whose spans are
 * spread over `traces` trace ids (so every trace appears under several resources and scopes).
 */
export function mixedBatch(opts: { seed: number; resources: number; scopes: number; spansPerScope: number; traces: number }): TracesData {
  const rand = prng(opts.seed);
  const traceIds = Array.from({ length: opts.traces }, (_, i) => idBytes(16, i + 1, rand));
  let n = 0;
  const resourceSpans: ResourceSpans[] = [];
  for (let r = 0; r < opts.resources; r++) {
    resourceSpans.push({
      resource: { attributes: [strAttr('service.name', `svc-${r}`)], dropped_attributes_count: r },
      schema_url: r % 2 ? `https://opentelemetry.io/schemas/1.${r}.0` : '',
      scope_spans: Array.from({ length: opts.scopes }, (_, s) => ({
        scope: { name: `lib-${s}`, version: `${s}.0`, attributes: [strAttr('scope.attr', `${r}/${s}`)] },
        schema_url: s % 2 ? 'https://example.test/scope' : '',
        spans: Array.from({ length: opts.spansPerScope }, () => {
          const i = n++;
          return fullSpan(traceIds[Math.floor(rand() * traceIds.length)], idBytes(8, i + 1, rand), i);
        }),
      })),
    });
  }
  return { resource_spans: resourceSpans };
}
