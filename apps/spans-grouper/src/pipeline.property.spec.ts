// Property: whatever span sets tracers send (duplicate ids with equal and different content,
// self-parents, parent cycles, parents in other traces or never arriving, times of 0, 1 ns, the
// far future, ends before starts, a 10,000-span trace), every span goes through the real
// normalizer, grouper, enricher and view-generator code, and the real topic codecs between them,
// and comes out exactly once (under its own id or a derived one) or is counted under a named
// reason; every record decodes in the next stage.
//
// fast-check is not installed and package.json is not ours to change here: cases come from the
// seeded PRNG of testdata/traces.ts, so a failing seed is reproduced exactly by its number.
//
// This spec imports the pure processors of the other stages on purpose: it tests the contract
// between them, which no single stage's spec can. Nothing outside tests does this.
/* eslint-disable @nx/enforce-module-boundaries */
import { encodeRawSpan, type RawSpan, type StructuredTrace } from '@tracehouse/model';
import { ENRICHED_TRACES, OTLP_SPANS, RAW_SPANS, STRUCTURED_TRACES } from '@tracehouse/topics';
import { SpanNormalizer } from '../../span-normalizer/src/span-normalizer.processor';
import { TraceEnricher } from '../../trace-enricher/src/processor/trace-enricher.processor';
import { buildViewRows } from '../../view-generator/src/view-generator.processor';
import { REPAIR_REASONS } from './span-identity';
import { TraceGrouper, type Emission } from './spans-grouper.processor';
import { encodeTraceRecord } from './structured-trace-record';
import { prng, rawSpan, shuffle, T0, TENANT, toTracesData } from './testdata/traces';
/* eslint-enable @nx/enforce-module-boundaries */

const YEAR_NS = 365n * 24n * 3_600n * 1_000_000_000n;

/** One generated case: spans as sent, in the order they reach the collector (one OTLP record per chunk). */
interface Case {
  readonly chunks: RawSpan[][];
  /** Every (trace id, span id) a tracer used. */
  readonly ids: Set<string>;
}

const hex = (random: () => number, digits: number): string => {
  let s = '';
  while (s.length < digits) s += Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  s = s.slice(0, digits);
  return /^0+$/.test(s) ? `1${s.slice(1)}` : s;
};

/** A random case: `traces` traces of up to `maxSpans` spans drawn from a small id pool, so ids collide. */
function generate(seed: number, options: { traces: number; minSpans: number; maxSpans: number }): Case {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const traceIds = Array.from({ length: options.traces }, () => hex(random, 32));
  const pools = traceIds.map(() => [] as string[]);
  const spansOf = traceIds.map(() => [] as RawSpan[]);
  const ids = new Set<string>();
  let serial = 0;
  traceIds.forEach((traceId, t) => {
    const n = options.minSpans + Math.floor(random() * (options.maxSpans - options.minSpans + 1));
    const pool = pools[t] as string[];
    for (let i = 0; i < Math.max(1, Math.ceil(n * 0.7)); i++) pool.push(hex(random, 16));
    for (let i = 0; i < n; i++) {
      const spanId = pick(pool);
      const roll = random();
      const parentSpanId =
        roll < 0.3 ? '' : roll < 0.7 ? pick(pool) : roll < 0.8 ? spanId : roll < 0.9 ? pick(pools[(t + 1) % pools.length] as string[]) || '' : hex(random, 16);
      // Beyond what a view's DateTime64(9) column holds too (after 2262, up to OTLP's largest
      // fixed64): the view-generator stores such a time clamped, keeping the value as sent.
      const start = pick([0n, 1n, T0 + BigInt(Math.floor(random() * 1e9)), T0 - 30n * YEAR_NS, T0 + 100n * YEAR_NS, 2n ** 63n + 7n, 2n ** 64n - 1n]);
      const endRoll = random();
      const later = start + BigInt(Math.floor(random() * 1e8));
      const end = endRoll < 0.1 ? 0n : endRoll < 0.2 && start > 5n ? start - 5n : endRoll < 0.25 ? T0 + 50n * YEAR_NS : later > 2n ** 64n - 1n ? 2n ** 64n - 1n : later;
      ids.add(`${traceId}/${spanId}`);
      (spansOf[t] as RawSpan[]).push(
        rawSpan('1', '', {
          traceId,
          spanId,
          parentSpanId,
          name: `op-${serial++}`,
          kind: pick(['SERVER', 'CLIENT', 'INTERNAL', 'UNSPECIFIED'] as const),
          serviceName: pick(['frontend', 'cart', 'payments']),
          startTimeUnixNano: start,
          endTimeUnixNano: end,
          attributes: { 'url.path': `/p/${serial}` },
        }),
      );
    }
    // Replays: exact copies of spans sent before (a retried request, a re-read record).
    const spans = spansOf[t] as RawSpan[];
    for (let i = 0, copies = Math.floor(spans.length * 0.15); i < copies; i++) spans.push({ ...pick(spans) });
  });
  // One OTLP record holds spans of one trace; records of different traces interleave.
  const chunks: RawSpan[][] = [];
  for (const spans of spansOf) {
    shuffle(spans, random);
    for (let at = 0; at < spans.length; ) {
      const size = 1 + Math.floor(random() * 8);
      chunks.push(spans.slice(at, at + size));
      at += size;
    }
  }
  return { chunks: shuffle(chunks, random), ids };
}

/** What went through the pipeline, and what the views would hold. */
interface Outcome {
  readonly sent: number;
  /** Spans dropped or folded, by named reason. */
  readonly counted: Record<string, number>;
  /** The rows of the spans view: tenant/trace/span -> the span as enriched. */
  readonly rows: Array<{ key: string; span: RawSpan }>;
  /** Every repair the grouper made, by reason (merged parts are also in `counted`). */
  readonly repairs: Record<string, number>;
}

/** Repairs over every case of this file: the last test checks the cases exercised each rule. */
const exercised: Record<string, number> = {};

/** Runs a case through the real stage code, with each topic's codec between the stages. */
function runPipeline(c: Case, seed: number, grouperOptions: { maxSpansPerTrace: number }): Outcome {
  const random = prng(seed ^ 0x5eed);
  const normalizer = new SpanNormalizer({ dropRules: [], redactKeys: [], redactQueryParams: [], dbStatementMaxLength: 4096 });
  const grouper = new TraceGrouper({
    quietMs: 5_000,
    earlyCompletion: true,
    completeQuietMs: 1_000,
    maxSpansPerTrace: grouperOptions.maxSpansPerTrace,
    maxBufferedSpans: 1_000_000,
    rememberedTraces: 1_000,
    maxRecordBytes: 1_000_000,
    encode: encodeTraceRecord,
  });
  const enricher = new TraceEnricher({ maxApisPerService: 1_000 });
  const counted: Record<string, number> = {};
  const count = (reason: string, n = 1): void => {
    if (n > 0) counted[reason] = (counted[reason] ?? 0) + n;
  };
  const rows: Array<{ key: string; span: RawSpan }> = [];
  const repairs: Record<string, number> = {};
  const downstream = (emissions: Emission[]): void => {
    for (const e of emissions) {
      for (const [reason, n] of e.repairs) {
        repairs[reason] = (repairs[reason] ?? 0) + n;
        exercised[reason] = (exercised[reason] ?? 0) + n;
        if (reason === 'zipkin_parts_merged') count(reason, n);
      }
      count('invalid_dead_lettered', e.invalid.length);
      const structured: StructuredTrace = STRUCTURED_TRACES.decode(e.bytes);
      const { trace, failures } = enricher.enrich(structured, TENANT);
      expect(failures.map((f) => `${f.enricher}: ${String(f.error)}`)).toEqual([]);
      const enriched = ENRICHED_TRACES.decode(ENRICHED_TRACES.encode(trace));
      const view = buildViewRows(enriched, { headerTenant: TENANT });
      expect(view.spans).toHaveLength(enriched.spans.length);
      enriched.spans.forEach((span, i) => rows.push({ key: `${view.spans[i]?.tenant}/${view.spans[i]?.traceId}/${view.spans[i]?.spanId}`, span }));
    }
  };
  let now = 1_000;
  let offset = 0n;
  let sent = 0;
  c.chunks.forEach((chunk, chunkIndex) => {
    now += Math.floor(random() * 2_500);
    const data = OTLP_SPANS.decode(OTLP_SPANS.encode(toTracesData(chunk)));
    const { spans } = normalizer.normalize(data, { tenantId: TENANT, receivedAtMs: 1_700_000_000_000 + now });
    // raw-spans records as the normalizer writes them (a fragment per trace, split at the record
    // limit) and, for every third chunk, as old normalizers did (a span per record, format 1): a
    // rolling upgrade, read back through the contract's decoder for either format.
    const records: Array<{ value: Uint8Array; headers: Record<string, string> }> = [];
    if (chunkIndex % 3 === 2) {
      for (const span of spans) records.push({ value: encodeRawSpan(span), headers: {} });
    } else {
      const byTrace = new Map<string, RawSpan[]>();
      for (const span of spans) byTrace.set(span.traceId, [...(byTrace.get(span.traceId) ?? []), span]);
      for (const [traceId, group] of byTrace) {
        for (const value of RAW_SPANS.encodeRecords({ tenantId: TENANT, traceId, spans: group })) records.push({ value, headers: RAW_SPANS.headers(TENANT, 1) });
      }
    }
    for (const record of records) {
      const { spans: read, spanBytes } = RAW_SPANS.decodeRecord(record.value, record.headers);
      const at = offset++;
      read.forEach((span, i) => {
        sent++;
        const result = grouper.add(span, 0, at, now, spanBytes[i]);
        if (result.duplicate) count('duplicate');
        downstream(result.emissions);
      });
    }
    downstream(grouper.due(now));
  });
  downstream(grouper.due(now + 3_600_000));
  expect(grouper.bufferedSpans).toBe(0);
  exercised.duplicate = (exercised.duplicate ?? 0) + (counted.duplicate ?? 0);
  return { sent, counted, rows, repairs };
}

/** The properties every outcome must have. */
function checkOutcome(c: Case, out: Outcome): void {
  // Exactly once: each span in the views once, and the views plus the named reasons account for every span sent.
  const keys = out.rows.map((r) => r.key);
  expect(new Set(keys).size).toBe(keys.length);
  const counted = Object.values(out.counted).reduce((a, b) => a + b, 0);
  expect(out.rows.length + counted).toBe(out.sent);
  expect(Object.keys(out.counted).every((r) => ['duplicate', 'invalid_dead_lettered', ...REPAIR_REASONS].includes(r))).toBe(true);
  // A bug if any: the identity rules repair everything a tracer can send.
  expect(out.counted.invalid_dead_lettered ?? 0).toBe(0);

  // Every id a tracer used is in the views under that id (the first span with it keeps it).
  const stored = new Set(out.rows.map((r) => `${r.span.traceId}/${r.span.spanId}`));
  expect([...c.ids].filter((id) => !stored.has(id))).toEqual([]);
  // Every other stored id was derived from one a tracer used, and says so.
  for (const { span } of out.rows) {
    if (c.ids.has(`${span.traceId}/${span.spanId}`)) continue;
    const original = /Span id ([0-9a-f]{16}) was already taken/.exec(span.warnings?.join(' ') ?? '')?.[1];
    expect(original !== undefined && c.ids.has(`${span.traceId}/${original}`)).toBe(true);
  }
  // No content twice: each generated span's name is stored at most once (replays and merged parts are counted above).
  const names = out.rows.map((r) => r.span.name);
  expect(new Set(names).size).toBe(names.length);

  // The graph as the query API will read it: no span its own parent, no parent cycle across all records of a trace.
  const parentOf = new Map(out.rows.map((r) => [`${r.span.traceId}/${r.span.spanId}`, r.span.parentSpanId === '' ? '' : `${r.span.traceId}/${r.span.parentSpanId}`]));
  for (const [id] of parentOf) {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && at !== ''; at = parentOf.get(at)) {
      expect(seen.has(at)).toBe(false);
      seen.add(at);
    }
  }
}

describe('pipeline property: every span comes out exactly once or is counted under a named reason', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('holds for random span sets (seed %i)', (seed) => {
    const c = generate(seed, { traces: 1 + (seed % 3), minSpans: 1, maxSpans: 40 });
    checkOutcome(c, runPipeline(c, seed, { maxSpansPerTrace: 1_000 }));
  });

  it('holds for small traces cut at a tiny span cap (fragments and overflow meet taken ids)', () => {
    for (let seed = 100; seed < 110; seed++) {
      const c = generate(seed, { traces: 2, minSpans: 10, maxSpans: 30 });
      checkOutcome(c, runPipeline(c, seed, { maxSpansPerTrace: 7 }));
    }
  });

  it('holds for a 10,000-span trace (span cap, record splits, long parent chains)', () => {
    const c = generate(424_242, { traces: 1, minSpans: 10_000, maxSpans: 10_000 });
    const out = runPipeline(c, 424_242, { maxSpansPerTrace: 10_000 });
    checkOutcome(c, out);
    expect(out.sent).toBeGreaterThan(10_000);
  }, 120_000);

  it('was not vacuous: the cases above made every kind of repair and dropped replays', () => {
    expect(Object.keys(exercised).sort()).toEqual(['duplicate', ...REPAIR_REASONS].sort());
    process.stdout.write(`pipeline property: repairs over all cases ${JSON.stringify(exercised)}\n`);
  });
});
