import { decodeRawSpan, decodeStructuredTrace, encodeRawSpan, encodeStructuredTrace, type RawSpan, type StructuredTrace } from '@tracehouse/model';
import { decodeTracesData, encodeTracesData, type TracesData } from '@tracehouse/otlp';

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

/** `raw-spans`: one RawSpan per record, keyed `tenant/traceId`. */
export const RAW_SPANS: TopicContract<RawSpan, [tenant: string, traceId: string]> = {
  defaultName: 'raw-spans',
  envVar: 'TOPIC_RAW_SPANS',
  key: tenantTraceKey,
  encode: (value) => asBuffer(encodeRawSpan(value)),
  decode: (bytes) => decodeRawSpan(bytes),
};

/** `structured-traces`: the spans of one trace (or a late fragment of it) with their graph. */
export const STRUCTURED_TRACES: TopicContract<StructuredTrace, [tenant: string, traceId: string]> = {
  defaultName: 'structured-traces',
  envVar: 'TOPIC_STRUCTURED_TRACES',
  key: tenantTraceKey,
  encode: (value) => asBuffer(encodeStructuredTrace(value)),
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
