// A receiver as one component, the way the OpenTelemetry Collector's receiver factories and
// Jaeger v2's component list describe them: the protocol labels it produces, the config key of
// its port, its transport binding and its decoder to OTLP. The collector's ingest dispatch, its
// ports and the `protocol` metric label are all derived from the RECEIVERS list (./index.ts), so a
// new wire format touches only its own folder and that list.
import type { CollectorConfig } from '../config/collector.config';
import type { GrpcMethod } from '../transport/grpc-receiver';
import type { HttpEndpoint } from '../transport/http-receiver';
import type { ReceiverDecoder } from './decoder';

export { tracesDataSplit, type DecodeContext } from './decoder';

/**
 * How a receiver is reached: a unary gRPC method, one or more HTTP POST paths (HTTP components
 * naming the same port key share one server, as Zipkin v1 and v2 share 9411), or UDP datagrams
 * of its one protocol.
 */
export type ReceiverBinding =
  | { readonly kind: 'grpc'; readonly method: GrpcMethod }
  | { readonly kind: 'http'; readonly endpoints: readonly HttpEndpoint[] }
  | { readonly kind: 'udp' };

/** The config keys that name a port (the section each receiver reads for its binding). */
export type PortConfigKey = { [K in keyof CollectorConfig]-?: K extends `COLLECTOR_${string}_PORT` ? K : never }[keyof CollectorConfig];

/** One receiver component: its decoder plus where it listens; `P` is the union of its protocol labels. */
export interface ReceiverComponent<P extends string = string> extends ReceiverDecoder<P> {
  /** The config key holding the port the receiver listens on. */
  readonly portKey: PortConfigKey;
  readonly binding: ReceiverBinding;
  /**
   * A signal added to another receiver's port (OTLP logs beside OTLP traces): the port keeps that
   * receiver's name, the `receiver` label of its connection metrics, as it was before.
   */
  readonly joinsPort?: true;
}

/** Types a component while keeping its protocol labels literal (so the Protocol type derives from them). */
export function defineReceiver<const P extends string>(component: ReceiverComponent<P>): ReceiverComponent<P> {
  return component;
}
