// The one list of receivers: the Protocol type, the ingest dispatch, the ports the collector
// listens on and the `protocol` metric label all derive from it. Adding a receiver means adding
// its folder (component.ts exporting a ReceiverComponent) and one entry here.
import { jaegerAgentBinaryReceiver, jaegerAgentCompactReceiver, jaegerGrpcReceiver, jaegerThriftHttpReceiver } from './jaeger/component';
import { otlpGrpcReceiver, otlpHttpReceiver } from './otlp/component';
import { otlpLogsGrpcReceiver, otlpLogsHttpReceiver } from './otlp-logs/component';
import { zipkinReceiver, zipkinV1Receiver } from './zipkin/component';

/** Every receiver the collector runs, in the order their ports start. */
export const RECEIVERS = [
  otlpGrpcReceiver,
  otlpHttpReceiver,
  otlpLogsGrpcReceiver,
  otlpLogsHttpReceiver,
  jaegerGrpcReceiver,
  jaegerThriftHttpReceiver,
  zipkinReceiver,
  zipkinV1Receiver,
  jaegerAgentCompactReceiver,
  jaegerAgentBinaryReceiver,
] as const;

/** The wire format a request came in: the `protocol` label of every collector metric. */
export type Protocol = (typeof RECEIVERS)[number]['protocols'][number];

export { receiversByProtocol } from './decoder';

/** Every protocol label of {@link RECEIVERS}, in list order. */
export const PROTOCOLS: readonly Protocol[] = RECEIVERS.flatMap((r) => r.protocols);
