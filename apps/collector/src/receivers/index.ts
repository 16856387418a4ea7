// The one list of receivers: the Protocol type, the ingest dispatch, the ports the collector
// listens on and the `protocol` metric label all derive from it. Adding a receiver means adding
// its folder (component.ts exporting a ReceiverComponent) and one entry here.
import type { ReceiverComponent } from './component';
import { jaegerGrpcReceiver, jaegerThriftHttpReceiver } from './jaeger/component';
import { otlpGrpcReceiver, otlpHttpReceiver } from './otlp/component';
import { zipkinReceiver } from './zipkin/component';

/** Every receiver the collector runs, in the order their ports start. */
export const RECEIVERS = [otlpGrpcReceiver, otlpHttpReceiver, jaegerGrpcReceiver, jaegerThriftHttpReceiver, zipkinReceiver] as const;

/** The wire format a request came in: the `protocol` label of every collector metric. */
export type Protocol = (typeof RECEIVERS)[number]['protocols'][number];

/** Every protocol label of {@link RECEIVERS}, in list order. */
export const PROTOCOLS: readonly Protocol[] = RECEIVERS.flatMap((r) => r.protocols);

/**
 * Maps each protocol label of `receivers` to the component that decodes it.
 * @throws {Error} two receivers claim the same protocol label.
 */
export function receiversByProtocol<P extends string>(receivers: readonly ReceiverComponent<P>[]): ReadonlyMap<P, ReceiverComponent<P>> {
  const byProtocol = new Map<P, ReceiverComponent<P>>();
  for (const r of receivers) {
    for (const p of r.protocols) {
      const other = byProtocol.get(p);
      if (other) throw new Error(`Receivers ${other.name} and ${r.name} both claim protocol ${p}`);
      byProtocol.set(p, r);
    }
  }
  return byProtocol;
}
