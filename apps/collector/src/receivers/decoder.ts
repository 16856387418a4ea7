// The decoding half of a receiver component, what the ingest path dispatches to. Kept apart from
// component.ts (which also names the transport binding) so ingest.ts depends on this leaf only
// and the transports, which call ingest, stay below the receivers that bind to them.
import { encodeTracesData, type LogSplit, type TraceSplit, type TracesData } from '@tracehouse/otlp';
import { splitOtlpProtobuf } from './otlp/decode';

/** What a decoder may need beyond the body: receiver options and the repair counter. */
export interface DecodeContext {
  /** COLLECTOR_ZIPKIN_PARSE_STRING_TAGS. */
  readonly zipkinParseStringTags: boolean;
  /** Counts spans whose identity the decoder repaired, by reason. */
  readonly onRepairs: (repairs: Readonly<Partial<Record<string, number>>>) => void;
  /** Largest `otlp-logs` record value (MAX_RECORD_BYTES): a log decoder cuts a larger key into parts. */
  readonly maxRecordBytes: number;
}

/**
 * What a decoder makes of a request body: spans split by trace (every trace receiver), or log
 * records split by their `otlp-logs` key (the OTLP logs receivers).
 */
export type DecodedBody = TraceSplit | LogSplit;

/** A receiver as the ingest path sees it; `P` is the union of protocol labels it produces. */
export interface ReceiverDecoder<P extends string = string> {
  /** For logs and errors, e.g. `OTLP/HTTP`. */
  readonly name: string;
  /** The `protocol` metric labels of requests this receiver takes (one per wire encoding). */
  readonly protocols: readonly P[];
  /** What it receives: spans (the default) or OTLP log records, which go to their own Kafka writer. */
  readonly signal?: 'logs';
  /**
   * Decodes one request body of `protocol` into the split the ingest path writes (a TraceSplit
   * for spans, a LogSplit for log records).
   * @throws {ReceiverDecodeError} the body is not valid for `protocol`.
   */
  decode(protocol: P, body: Uint8Array, context: DecodeContext): DecodedBody;
}

/**
 * Maps each protocol label of `receivers` to the receiver that decodes it.
 * @throws {Error} two receivers claim the same protocol label.
 */
export function receiversByProtocol(receivers: readonly ReceiverDecoder[]): ReadonlyMap<string, ReceiverDecoder> {
  const byProtocol = new Map<string, ReceiverDecoder>();
  for (const r of receivers) {
    for (const p of r.protocols) {
      const other = byProtocol.get(p);
      if (other) throw new Error(`Receivers ${other.name} and ${r.name} both claim protocol ${p}`);
      byProtocol.set(p, r);
    }
  }
  return byProtocol;
}

/** Encodes decoded `TracesData` once and splits it like an OTLP protobuf body. */
export function tracesDataSplit(data: TracesData): TraceSplit {
  return splitOtlpProtobuf(encodeTracesData(data));
}
