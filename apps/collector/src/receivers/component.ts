// A receiver as one component, the way the OpenTelemetry Collector's receiver factories and
// Jaeger v2's component list describe them: the protocol labels it produces, the config key of
// its port, its transport binding and its decoder to OTLP. The collector's ingest dispatch, its
// ports and the `protocol` metric label are all derived from the RECEIVERS list (./index.ts), so a
// new wire format touches only its own folder and that list.
import { encodeTracesData, type TraceSplit, type TracesData } from '@tracehouse/otlp';
import type { CollectorConfig } from '../config/collector.config';
import type { GrpcMethod } from '../transport/grpc-receiver';
import type { HttpEndpoint } from '../transport/http-receiver';
import { splitOtlpProtobuf } from './otlp/decode';

/** What a decoder may need beyond the body: receiver options and the repair counter. */
export interface DecodeContext {
  /** COLLECTOR_ZIPKIN_PARSE_STRING_TAGS. */
  readonly zipkinParseStringTags: boolean;
  /** Counts spans whose identity the decoder repaired, by reason. */
  readonly onRepairs: (repairs: Readonly<Partial<Record<string, number>>>) => void;
}

/** How a receiver is reached: a unary gRPC method or one or more HTTP POST paths. */
export type ReceiverBinding = { readonly kind: 'grpc'; readonly method: GrpcMethod } | { readonly kind: 'http'; readonly endpoints: readonly HttpEndpoint[] };

/** The config keys that name a port (the section each receiver reads for its binding). */
export type PortConfigKey = { [K in keyof CollectorConfig]-?: K extends `COLLECTOR_${string}_PORT` ? K : never }[keyof CollectorConfig];

/** One receiver component; `P` is the tuple of protocol labels it produces. */
export interface ReceiverComponent<P extends string = string> {
  /** For logs, e.g. `OTLP/HTTP`. */
  readonly name: string;
  /** The `protocol` metric labels of requests this receiver takes (one per wire encoding). */
  readonly protocols: readonly P[];
  /** The config key holding the port the receiver listens on. */
  readonly portKey: PortConfigKey;
  readonly binding: ReceiverBinding;
  /**
   * Decodes one request body of `protocol` into the trace split the ingest path writes.
   * @throws {ReceiverDecodeError} the body is not valid for `protocol`.
   */
  decode(protocol: P, body: Uint8Array, context: DecodeContext): TraceSplit;
}

/** Types a component while keeping its protocol labels literal (so the Protocol type derives from them). */
export function defineReceiver<const P extends string>(component: ReceiverComponent<P>): ReceiverComponent<P> {
  return component;
}

/** Encodes decoded `TracesData` once and splits it like an OTLP protobuf body. */
export function tracesDataSplit(data: TracesData): TraceSplit {
  return splitOtlpProtobuf(encodeTracesData(data));
}
