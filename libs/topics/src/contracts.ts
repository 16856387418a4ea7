import {
  decodeRawSpan,
  decodeRawSpanFragment,
  decodeStructuredTrace,
  decodeStructuredTraceSpans,
  encodeEnrichedTrace,
  encodeRawSpanFragment,
  encodeRawSpanFragments,
  encodeStructuredTrace,
  type DecodedRawSpanFragment,
  type DecodedStructuredTrace,
  type SpanProjection,
  type RawSpanFragment,
  type StructuredTrace,
} from '@tracehouse/model';
import { decodeLogsData, decodeTracesData, encodeLogsData, encodeTracesData, type LogsData, type TracesData } from '@tracehouse/otlp';
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
  readonly envVar: 'TOPIC_OTLP_SPANS' | 'TOPIC_OTLP_LOGS' | 'TOPIC_RAW_SPANS' | 'TOPIC_STRUCTURED_TRACES' | 'TOPIC_ENRICHED_TRACES';
  /** The record key: every message of one trace goes to one partition. */
  key(...parts: K): string;
  encode(value: T): Buffer;
  /** Decodes a record value; throws (the codec's error) on malformed bytes. */
  decode(bytes: Uint8Array): T;
  /** The format version producers write now, stamped in the {@link FORMAT_VERSION_HEADER} header. */
  readonly formatVersion: number;
  /**
   * The format versions a consumer reads: the current and the previous one, so that old and new
   * versions of a stage can run side by side during a rolling upgrade (see {@link readFormatVersion}).
   */
  readonly readableFormatVersions: readonly number[];
  /** The headers of a record written now: the pipeline headers plus {@link FORMAT_VERSION_HEADER}. */
  headers(tenant: string, receivedAtMs: number): Record<string, string>;
  /**
   * Decodes a record of any readable version, as its {@link FORMAT_VERSION_HEADER} header says.
   * Throws {@link UnsupportedFormatVersionError} for a version this reader does not know, else the
   * codec's error on malformed bytes.
   */
  decodeRecord(bytes: Uint8Array, headers: Readonly<Record<string, string>>): T;
}

/** The record header naming a record's format version, a decimal string, on every pipeline topic. */
export const FORMAT_VERSION_HEADER = 'format-version';

/**
 * The format version of a record that carries no {@link FORMAT_VERSION_HEADER}: every producer
 * before format versions existed wrote format 1, the original of each topic.
 */
export const ORIGINAL_FORMAT_VERSION = 1;

/**
 * A record written in a format version this reader cannot read (a newer producer, or a header that is
 * not a version at all). Permanent: no retry makes it readable; a newer consumer can replay it from
 * the dead-letter topic. `deadLetterReason` names the stage runtime's reason for it, so that
 * `decodeOrReject` dead-letters it as such rather than as undecodable bytes.
 */
export class UnsupportedFormatVersionError extends Error {
  readonly deadLetterReason = 'unsupported-format-version' as const;
  constructor(
    readonly topic: string,
    readonly header: string,
    readonly readable: readonly number[],
  ) {
    super(
      `the ${topic} record's ${FORMAT_VERSION_HEADER} header is ${JSON.stringify(header.slice(0, 40))}; this reader knows format ${readable.length > 1 ? `${readable.slice(0, -1).join(', ')} and ${readable[readable.length - 1]}` : readable.join('')}: a newer writer needs a newer reader`,
    );
    this.name = 'UnsupportedFormatVersionError';
  }
}

/**
 * The format version of a record from its headers: absent or empty is {@link ORIGINAL_FORMAT_VERSION};
 * anything not in `readable` (newer, or not a decimal version) throws {@link UnsupportedFormatVersionError}.
 */
export function readFormatVersion(topic: string, headers: Readonly<Record<string, string>>, readable: readonly number[]): number {
  const header = headers[FORMAT_VERSION_HEADER];
  const version = header === undefined || header === '' ? ORIGINAL_FORMAT_VERSION : /^[0-9]{1,9}$/.test(header) ? Number(header) : NaN;
  if (!readable.includes(version)) throw new UnsupportedFormatVersionError(topic, header ?? '', readable);
  return version;
}

/** The pipeline headers plus the format version, for a producer writing `formatVersion`. */
function versionedHeaders(formatVersion: number): (tenant: string, receivedAtMs: number) => Record<string, string> {
  return (tenant, receivedAtMs) => ({ ...pipelineHeaders(tenant, receivedAtMs), [FORMAT_VERSION_HEADER]: String(formatVersion) });
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** `tenant/traceId`, the key of every topic after the collector's. */
export function tenantTraceKey(tenant: string, traceId: string): string {
  return `${tenant}/${traceId}`;
}

/**
 * The format versions of `otlp-spans`. The value has only ever been OTLP `TracesData`; collectors
 * before format versions set no header. Format 1 is that, so the previous version a reader must take
 * is the current one written without the header (and without whatever optional OTLP fields an older
 * collector did not set, which protobuf readers skip).
 */
export const OTLP_SPANS_FORMAT = { current: 1, readable: [1] } as const;

/** `otlp-spans`: OTLP `TracesData` holding only spans of one trace, keyed by the trace id (hex). */
export const OTLP_SPANS: TopicContract<TracesData, [traceIdHex: string]> = {
  defaultName: 'otlp-spans',
  envVar: 'TOPIC_OTLP_SPANS',
  formatVersion: OTLP_SPANS_FORMAT.current,
  readableFormatVersions: OTLP_SPANS_FORMAT.readable,
  key: (traceIdHex) => traceIdHex,
  headers: versionedHeaders(OTLP_SPANS_FORMAT.current),
  encode: (value) => asBuffer(encodeTracesData(value)),
  decode: (bytes) => decodeTracesData(bytes),
  decodeRecord(bytes, headers) {
    readFormatVersion('otlp-spans', headers, OTLP_SPANS_FORMAT.readable);
    return decodeTracesData(bytes);
  },
};

/** The format versions of `otlp-logs`: OTLP `LogsData` since the topic exists (format 1). */
export const OTLP_LOGS_FORMAT = { current: 1, readable: [1] } as const;

/** What an `otlp-logs` record is keyed by: the trace id of its records, else their resource's service. */
export type LogsKey = { readonly traceId: string } | { readonly service: string };

/**
 * `otlp-logs`: OTLP `LogsData` holding only the log records of one key, with their resource and
 * scope. The key is the records' trace id (lowercase hex, as `otlp-spans` keys, so a trace's logs
 * land on the partition number its spans do) when they have one, else their resource's
 * `service.name` (ARCHITECTURE.md). Headers as every pipeline topic.
 */
export const OTLP_LOGS: TopicContract<LogsData, [key: LogsKey]> = {
  defaultName: 'otlp-logs',
  envVar: 'TOPIC_OTLP_LOGS',
  formatVersion: OTLP_LOGS_FORMAT.current,
  readableFormatVersions: OTLP_LOGS_FORMAT.readable,
  key: (key) => ('traceId' in key ? key.traceId : key.service),
  headers: versionedHeaders(OTLP_LOGS_FORMAT.current),
  encode: (value) => asBuffer(encodeLogsData(value)),
  decode: (bytes) => decodeLogsData(bytes),
  decodeRecord(bytes, headers) {
    readFormatVersion('otlp-logs', headers, OTLP_LOGS_FORMAT.readable);
    return decodeLogsData(bytes);
  },
};

/**
 * The value formats of `raw-spans`, told apart by the record header {@link RAW_SPANS_FORMAT}.header.
 * A reader takes both, so that normalizers of either version can run beside a new grouper during a
 * rolling upgrade; a writer writes the newest.
 */
export const RAW_SPANS_FORMAT = {
  /** The header naming the format, a decimal string. Absent means format 1. */
  header: FORMAT_VERSION_HEADER,
  /** Format 1: one bare `RawSpan` per record (normalizers before fragments; they set no header). */
  spanPerRecord: 1,
  /** Format 2: one `RawSpanFragment` per record, the spans of one trace from one `otlp-spans` record, each with its resource and scope. */
  fragment: 2,
  /** Format 3: a `RawSpanFragment` whose spans are grouped by resource and scope, each written once per group. */
  resourceGroups: 3,
} as const;

/** A `raw-spans` record read by {@link RawSpansContract.decodeRecord}, whichever format it had. */
export interface RawSpansRecord extends DecodedRawSpanFragment {
  /** The format the record was written in. */
  readonly formatVersion: 1 | 2 | 3;
}

/** The `raw-spans` contract: the {@link TopicContract} of format 3, plus what every readable format needs. */
export interface RawSpansContract extends TopicContract<RawSpanFragment, [tenant: string, traceId: string]> {
  /** The format {@link encode} writes. */
  readonly formatVersion: typeof RAW_SPANS_FORMAT.resourceGroups;
  /**
   * The record values of a fragment, each at most `maxBytes` (default {@link MAX_RECORD_BYTES}):
   * one value when it fits, else consecutive runs of its spans, none left out. `spanBytes`: each
   * span as `encodeRawSpan` writes it, when the caller has them (runs are cut by their sizes). Throws (naming the span) when
   * one span alone does not fit; the caller makes it smaller first.
   */
  encodeRecords(value: RawSpanFragment, maxBytes?: number, spanBytes?: readonly Uint8Array[]): Buffer[];
  /**
   * Decodes a record of any readable format, as its `format-version` header says: format 1 reads as a
   * fragment of one span. `spanBytes` hold each span as encodeRawSpan writes it, whatever the format. Throws (the codec's error, or one
   * naming the version) on malformed bytes or a format this reader does not know. With a
   * `projection`, fragment spans hold only what it names (see the model's decodeRawSpanFragment);
   * a format-1 span is read whole.
   */
  decodeRecord(bytes: Uint8Array, headers: Readonly<Record<string, string>>, projection?: SpanProjection): RawSpansRecord;
}

/**
 * `raw-spans`: one record per trace fragment, keyed `tenant/traceId`: the spans of one trace from
 * one `otlp-spans` record as a `RawSpanFragment` with each resource and scope written once (format
 * 3, header `format-version: 3`), split into several records only when over the record size limit.
 * Keys, the `tenant-id` and `received-at` headers, at-least-once delivery and idempotency (a span
 * is (tenant, trace id, span id)) are as for formats 1 (a RawSpan per record) and 2 (a fragment
 * with each span's resource), which readers still accept.
 */
export const RAW_SPANS: RawSpansContract = {
  defaultName: 'raw-spans',
  envVar: 'TOPIC_RAW_SPANS',
  formatVersion: RAW_SPANS_FORMAT.resourceGroups,
  readableFormatVersions: [RAW_SPANS_FORMAT.spanPerRecord, RAW_SPANS_FORMAT.fragment, RAW_SPANS_FORMAT.resourceGroups],
  key: tenantTraceKey,
  headers: versionedHeaders(RAW_SPANS_FORMAT.resourceGroups),
  encode: (value) => asBuffer(encodeRawSpanFragment(value)),
  encodeRecords: (value, maxBytes = MAX_RECORD_BYTES, spanBytes) => encodeRawSpanFragments(value, maxBytes, spanBytes).map(asBuffer),
  decode: (bytes) => decodeRawSpanFragment(bytes),
  decodeRecord(bytes, headers, projection) {
    const version = readFormatVersion('raw-spans', headers, RAW_SPANS.readableFormatVersions);
    if (version === RAW_SPANS_FORMAT.spanPerRecord) {
      const span = decodeRawSpan(bytes);
      return { formatVersion: RAW_SPANS_FORMAT.spanPerRecord, tenantId: span.tenantId, traceId: span.traceId, spans: [span], spanBytes: [bytes] };
    }
    // One reader for both fragment formats: a format-2 fragment holds `spans`, a format-3 one `groups`.
    return { formatVersion: version === RAW_SPANS_FORMAT.fragment ? RAW_SPANS_FORMAT.fragment : RAW_SPANS_FORMAT.resourceGroups, ...decodeRawSpanFragment(bytes, projection) };
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
  /**
   * {@link decodeRecord}, also returning each span's bytes as read (for
   * {@link EnrichedTracesContract.encodeEnriched}); with a `projection`, spans hold only what it
   * names and must be written from those bytes.
   */
  decodeRecordSpans(bytes: Uint8Array, headers: Readonly<Record<string, string>>, projection?: SpanProjection): DecodedStructuredTrace;
}

/** The `enriched-traces` contract: the {@link TopicContract}, plus an encoder that appends enrichment to span bytes. */
export interface EnrichedTracesContract extends TopicContract<StructuredTrace, [tenant: string, traceId: string]> {
  /**
   * The record of `value` with each span copied from `spanBytes` (as read from its structured-traces
   * record, holding no enrichment) and its enrichment appended, instead of encoded again; it
   * decodes exactly like {@link encode}'s.
   */
  encodeEnriched(value: StructuredTrace, spanBytes: readonly Uint8Array[]): Buffer;
}

/**
 * The format versions of `structured-traces` and `enriched-traces`, both a `StructuredTrace`.
 * Format 1 (no header): groupers and enrichers before format versions, whose spans never carry
 * `warnings` (RawSpan field 24). Format 2: spans may carry `warnings`, and a span's bytes may be
 * spliced from its raw-spans record. Both are the same protobuf message, so one decoder reads both;
 * a format-1 record reads as a trace without warnings.
 */
export const STRUCTURED_TRACE_FORMAT = { current: 2, readable: [1, 2] } as const;

/** `structured-traces`: the spans of one trace (or a late fragment of it) with their graph. */
export const STRUCTURED_TRACES: StructuredTracesContract = {
  defaultName: 'structured-traces',
  envVar: 'TOPIC_STRUCTURED_TRACES',
  formatVersion: STRUCTURED_TRACE_FORMAT.current,
  readableFormatVersions: STRUCTURED_TRACE_FORMAT.readable,
  key: tenantTraceKey,
  headers: versionedHeaders(STRUCTURED_TRACE_FORMAT.current),
  encode: (value) => asBuffer(encodeStructuredTrace(value)),
  encodeSpliced: (value, spanBytes) =>
    asBuffer(spanBytes !== undefined && spanBytes.length === value.spans.length ? encodeStructuredTrace(value, spanBytes) : encodeStructuredTrace(value)),
  decode: (bytes) => decodeStructuredTrace(bytes),
  decodeRecord(bytes, headers) {
    readFormatVersion('structured-traces', headers, STRUCTURED_TRACE_FORMAT.readable);
    return decodeStructuredTrace(bytes);
  },
  decodeRecordSpans(bytes, headers, projection) {
    readFormatVersion('structured-traces', headers, STRUCTURED_TRACE_FORMAT.readable);
    return decodeStructuredTraceSpans(bytes, projection);
  },
};

/** `enriched-traces`: a StructuredTrace with entity ids and derived attributes filled in (formats as {@link STRUCTURED_TRACE_FORMAT}). */
export const ENRICHED_TRACES: EnrichedTracesContract = {
  defaultName: 'enriched-traces',
  envVar: 'TOPIC_ENRICHED_TRACES',
  formatVersion: STRUCTURED_TRACE_FORMAT.current,
  readableFormatVersions: STRUCTURED_TRACE_FORMAT.readable,
  key: tenantTraceKey,
  headers: versionedHeaders(STRUCTURED_TRACE_FORMAT.current),
  encode: (value) => asBuffer(encodeStructuredTrace(value)),
  encodeEnriched: (value, spanBytes) => asBuffer(encodeEnrichedTrace(value, spanBytes)),
  decode: (bytes) => decodeStructuredTrace(bytes),
  decodeRecord(bytes, headers) {
    readFormatVersion('enriched-traces', headers, STRUCTURED_TRACE_FORMAT.readable);
    return decodeStructuredTrace(bytes);
  },
};

/** Every pipeline topic, in flow order. */
export const PIPELINE_TOPICS = [OTLP_SPANS, RAW_SPANS, STRUCTURED_TRACES, ENRICHED_TRACES] as const;

/** Every topic the log path uses, in flow order (beside the trace pipeline's {@link PIPELINE_TOPICS}). */
export const LOG_TOPICS = [OTLP_LOGS] as const;
