import {
  decodeRawSpan,
  decodeRawSpanFragment,
  decodeStructuredTrace,
  encodeRawSpanFragment,
  encodeRawSpanFragments,
  encodeStructuredTrace,
  type DecodedRawSpanFragment,
  type RawSpanFragment,
  type StructuredTrace,
} from '@tracehouse/model';
import { decodeTracesData, encodeTracesData, type TracesData } from '@tracehouse/otlp';
import { pipelineHeaders } from './headers';

/**
 * The largest record value a producer writes to any pipeline topic: Kafka's default
 * `message.max.bytes` is 1 MiB, and tracehouse must work on a cluster left at its defaults.
 * A producer with more splits it (the collector per trace, the grouper into fragments).
 */
export const MAX_RECORD_BYTES = 1_000_000;

/** One topic's contract, used by its producer and its consumer alike. */
export interface TopicContract<T, K extends unknown[]> {
  /** The default name; the environment variable `envVar` renames it. */
  readonly defaultName: string;
  readonly envVar: 'TOPIC_OTLP_SPANS' | 'TOPIC_RAW_SPANS' | 'TOPIC_STRUCTURED_TRACES' | 'TOPIC_ENRICHED_TRACES';
  /** The record key: every message of one trace goes to one partition. */
  key(...parts: K): string;
  encode(value: T): Buffer;
  /** Decodes a record value; throws (the codec's error) on malformed bytes. */
  decode(bytes: Uint8Array): T;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** `tenant/traceId`, the key of every topic after the collector's. */
export function tenantTraceKey(tenant: string, traceId: string): string {
  return `${tenant}/${traceId}`;
}

/** `otlp-spans`: OTLP `TracesData` holding only spans of one trace, keyed by the trace id (hex). */
export const OTLP_SPANS: TopicContract<TracesData, [traceIdHex: string]> = {
  defaultName: 'otlp-spans',
  envVar: 'TOPIC_OTLP_SPANS',
  key: (traceIdHex) => traceIdHex,
  encode: (value) => asBuffer(encodeTracesData(value)),
  decode: (bytes) => decodeTracesData(bytes),
};

/**
 * The value formats of `raw-spans`, told apart by the record header {@link RAW_SPANS_FORMAT}.header.
 * A reader takes both, so that normalizers of either version can run beside a new grouper during a
 * rolling upgrade; a writer writes the newest.
 */
export const RAW_SPANS_FORMAT = {
  /** The header naming the format, a decimal string. Absent means format 1. */
  header: 'format-version',
  /** Format 1: one bare `RawSpan` per record (normalizers before fragments; they set no header). */
  spanPerRecord: 1,
  /** Format 2: one `RawSpanFragment` per record, the spans of one trace from one `otlp-spans` record. */
  fragment: 2,
} as const;

/** A `raw-spans` record read by {@link RawSpansContract.decodeRecord}, whichever format it had. */
export interface RawSpansRecord extends DecodedRawSpanFragment {
  /** The format the record was written in. */
  readonly formatVersion: 1 | 2;
}

/** The `raw-spans` contract: the {@link TopicContract} of format 2, plus what both formats need. */
export interface RawSpansContract extends TopicContract<RawSpanFragment, [tenant: string, traceId: string]> {
  /** The format {@link encode} writes. */
  readonly formatVersion: typeof RAW_SPANS_FORMAT.fragment;
  /** The headers of a record written now: the pipeline headers plus the format version. */
  headers(tenant: string, receivedAtMs: number): Record<string, string>;
  /**
   * The record values of a fragment, each at most `maxBytes` (default {@link MAX_RECORD_BYTES}):
   * one value when it fits, else consecutive runs of its spans, none left out. `spanBytes`: each
   * span already encoded (`encodeRawSpan`), when the caller has them. Throws (naming the span) when
   * one span alone does not fit; the caller makes it smaller first.
   */
  encodeRecords(value: RawSpanFragment, maxBytes?: number, spanBytes?: readonly Uint8Array[]): Buffer[];
  /**
   * Decodes a record of either format, as its `format-version` header says: format 1 reads as a
   * fragment of one span. `spanBytes` are views into `bytes`. Throws (the codec's error, or one
   * naming the version) on malformed bytes or a format this reader does not know.
   */
  decodeRecord(bytes: Uint8Array, headers: Readonly<Record<string, string>>): RawSpansRecord;
}

/**
 * `raw-spans`: one record per trace fragment, keyed `tenant/traceId`: the spans of one trace from
 * one `otlp-spans` record as a `RawSpanFragment` (format 2, header `format-version: 2`), split into
 * several records only when over the record size limit. Keys, the `tenant-id` and `received-at`
 * headers, at-least-once delivery and idempotency (a span is (tenant, trace id, span id)) are as
 * for format 1, a RawSpan per record, which readers still accept.
 */
export const RAW_SPANS: RawSpansContract = {
  defaultName: 'raw-spans',
  envVar: 'TOPIC_RAW_SPANS',
  formatVersion: RAW_SPANS_FORMAT.fragment,
  key: tenantTraceKey,
  headers: (tenant, receivedAtMs) => ({ ...pipelineHeaders(tenant, receivedAtMs), [RAW_SPANS_FORMAT.header]: String(RAW_SPANS_FORMAT.fragment) }),
  encode: (value) => asBuffer(encodeRawSpanFragment(value)),
  encodeRecords: (value, maxBytes = MAX_RECORD_BYTES, spanBytes) => encodeRawSpanFragments(value, maxBytes, spanBytes).map(asBuffer),
  decode: (bytes) => decodeRawSpanFragment(bytes),
  decodeRecord(bytes, headers) {
    const version = headers[RAW_SPANS_FORMAT.header];
    if (version === undefined || version === '' || version === String(RAW_SPANS_FORMAT.spanPerRecord)) {
      const span = decodeRawSpan(bytes);
      return { formatVersion: RAW_SPANS_FORMAT.spanPerRecord, tenantId: span.tenantId, traceId: span.traceId, spans: [span], spanBytes: [bytes] };
    }
    if (version === String(RAW_SPANS_FORMAT.fragment)) return { formatVersion: RAW_SPANS_FORMAT.fragment, ...decodeRawSpanFragment(bytes) };
    throw new Error(
      `the record's ${RAW_SPANS_FORMAT.header} header is ${JSON.stringify(version.slice(0, 40))}; this reader knows ${RAW_SPANS_FORMAT.spanPerRecord} (a RawSpan) and ${RAW_SPANS_FORMAT.fragment} (a RawSpanFragment): a newer writer needs a newer reader`,
    );
  },
};

/** The `structured-traces` contract: the {@link TopicContract}, plus an encoder that reuses span bytes. */
export interface StructuredTracesContract extends TopicContract<StructuredTrace, [tenant: string, traceId: string]> {
  /**
   * The record of `value` with its spans copied from `spanBytes` (each span as read from its
   * raw-spans record) instead of encoded again; it decodes exactly like {@link encode}'s. Encodes
   * every span when `spanBytes` is missing or does not hold one entry per span.
   */
  encodeSpliced(value: StructuredTrace, spanBytes?: readonly Uint8Array[]): Buffer;
}

/** `structured-traces`: the spans of one trace (or a late fragment of it) with their graph. */
export const STRUCTURED_TRACES: StructuredTracesContract = {
  defaultName: 'structured-traces',
  envVar: 'TOPIC_STRUCTURED_TRACES',
  key: tenantTraceKey,
  encode: (value) => asBuffer(encodeStructuredTrace(value)),
  encodeSpliced: (value, spanBytes) =>
    asBuffer(spanBytes !== undefined && spanBytes.length === value.spans.length ? encodeStructuredTrace(value, spanBytes) : encodeStructuredTrace(value)),
  decode: (bytes) => decodeStructuredTrace(bytes),
};

/** `enriched-traces`: a StructuredTrace with entity ids and derived attributes filled in. */
export const ENRICHED_TRACES: TopicContract<StructuredTrace, [tenant: string, traceId: string]> = {
  defaultName: 'enriched-traces',
  envVar: 'TOPIC_ENRICHED_TRACES',
  key: tenantTraceKey,
  encode: (value) => asBuffer(encodeStructuredTrace(value)),
  decode: (bytes) => decodeStructuredTrace(bytes),
};

/** Every pipeline topic, in flow order. */
export const PIPELINE_TOPICS = [OTLP_SPANS, RAW_SPANS, STRUCTURED_TRACES, ENRICHED_TRACES] as const;
