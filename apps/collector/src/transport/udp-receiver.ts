// One UDP receiver port (the Jaeger agent's 6831/6832): each datagram is one request with no
// answer. UDP has no acknowledgement and no back-pressure, so everything here is counted where it
// ends (received, decoded, rejected with the reason, dropped with the reason) and memory is
// bounded by a cap on datagrams in flight toward Kafka plus the shared in-flight byte budget: a
// datagram that finds either full is dropped and counted, never queued without bound.
import { createSocket, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import type { Logger } from '@tracehouse/observability';
import { resolveTenant, type TenancyRules } from '@tracehouse/tenancy';
import type { InFlightBudget } from '../inflight';
import type { Ingest } from '../ingest';
import { IngestError } from '../reasons';
import type { CollectorTelemetry, ProtocolLabel } from '../telemetry';

/** Why a valid datagram was not kept: the `reason` label of `collector_udp_datagrams_dropped_total`. */
export const UDP_DROP_REASONS = [
  /** COLLECTOR_UDP_MAX_INFLIGHT_DATAGRAMS (or the in-flight byte budget) was full when it arrived. */
  'queue_full',
  /** Kafka could not take its spans (down, or did not acknowledge in time). */
  'kafka_unavailable',
  /** It arrived while the collector was shutting down. */
  'shutting_down',
] as const;

/** One of {@link UDP_DROP_REASONS}. */
export type UdpDropReason = (typeof UDP_DROP_REASONS)[number];

/** Options of {@link UdpReceiver}. */
export interface UdpReceiverOptions {
  /** For logs, e.g. `Jaeger agent (compact)`. */
  readonly name: string;
  readonly host: string;
  readonly port: number;
  /** The protocol label of every datagram on this port. */
  readonly protocol: ProtocolLabel;
  readonly ingest: Ingest;
  readonly budget: InFlightBudget;
  readonly tenancy: TenancyRules;
  /** The tenant of every datagram (UDP carries no headers); undefined: the tenancy rules' default. */
  readonly tenant?: string;
  /** SO_RCVBUF asked of the kernel, in bytes (the kernel caps it at net.core.rmem_max). */
  readonly receiveBufferBytes: number;
  /** Datagrams longer than this are rejected (`body_too_large`), as the Jaeger agent's 65,000-byte packet limit. */
  readonly maxDatagramBytes: number;
  /** Datagrams being decoded or awaiting Kafka, at most; past it arrivals are dropped (`queue_full`). */
  readonly maxInFlightDatagrams: number;
  readonly telemetry: CollectorTelemetry;
  readonly logger: Logger;
}

/**
 * A UDP port feeding the shared {@link Ingest} path, one datagram per request. Nothing thrown by a
 * datagram escapes: bad input is counted as rejected, valid input that cannot be kept as dropped.
 */
export class UdpReceiver {
  private socket: Socket | undefined;
  private closing = false;
  private inFlight = 0;
  private idle: (() => void) | undefined;
  private tenant: { ok: true; tenant: string } | { ok: false; reason: 'unauthorized' | 'invalid_tenant'; message: string } = { ok: true, tenant: 'default' };

  constructor(private readonly options: UdpReceiverOptions) {}

  /** The protocol label of every datagram on this port. */
  get protocol(): ProtocolLabel {
    return this.options.protocol;
  }

  /** The bound port (useful when configured as 0 in tests). */
  get port(): number {
    return this.socket?.address().port ?? this.options.port;
  }

  /** The receive buffer the kernel granted (Linux reports twice what it holds for data), 0 before start. */
  get receiveBufferBytes(): number {
    return this.socket?.getRecvBufferSize() ?? 0;
  }

  /** Datagrams being decoded or awaiting Kafka now. */
  get inFlightDatagrams(): number {
    return this.inFlight;
  }

  /** Datagrams the kernel dropped on this socket because its receive buffer was full (Linux /proc/net/udp), or undefined where unknown. */
  get kernelDrops(): number | undefined {
    return this.socket ? kernelDropsOf(this.port) : undefined;
  }

  /** Binds the port; resolves once bound, rejects when it cannot be (port in use). */
  async start(): Promise<void> {
    const o = this.options;
    this.tenant = o.tenant !== undefined ? { ok: true, tenant: o.tenant } : resolveTenant(() => undefined, o.tenancy);
    if (!this.tenant.ok) {
      o.logger.warn({ receiver: o.name, port: o.port }, `${o.name} rejects every datagram: ${this.tenant.message} UDP carries no headers; set COLLECTOR_UDP_TENANT to take UDP spans into one tenant.`);
    }
    const socket = createSocket({ type: o.host.includes(':') ? 'udp6' : 'udp4', recvBufferSize: o.receiveBufferBytes });
    socket.on('message', (msg) => this.onDatagram(msg));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(o.port, o.host, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    // After binding, a socket error (rare on UDP: ICMP, EMSGSIZE) is logged, never fatal.
    socket.on('error', (err) => o.logger.error({ err, receiver: o.name }, 'UDP socket error'));
    this.socket = socket;
    const granted = socket.getRecvBufferSize();
    // Linux doubles the value asked and reports the double; less than asked means rmem_max capped it.
    if (granted < o.receiveBufferBytes) {
      o.logger.warn({ receiver: o.name, asked: o.receiveBufferBytes, granted }, `${o.name}: the kernel granted a ${granted}-byte receive buffer, less than the ${o.receiveBufferBytes} bytes of COLLECTOR_UDP_RECEIVE_BUFFER_BYTES: raise net.core.rmem_max.`);
    }
  }

  /** Stops receiving and waits (up to `timeoutMs`) for datagrams in flight to reach Kafka. Idempotent. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const socket = this.socket;
    if (!socket || this.closing) return;
    this.closing = true;
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    if (this.inFlight > 0) {
      await Promise.race([new Promise<void>((resolve) => (this.idle = resolve)), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    }
  }

  private onDatagram(msg: Buffer): void {
    const o = this.options;
    const started = process.hrtime.bigint();
    o.telemetry.datagram(o.protocol, 'received');
    if (this.closing) return this.drop('shutting_down');
    if (!this.tenant.ok) return this.reject(new IngestError(this.tenant.reason, this.tenant.message), 'unknown', started);
    const tenant = this.tenant.tenant;
    if (msg.length > o.maxDatagramBytes) {
      return this.reject(new IngestError('body_too_large', `The datagram of ${msg.length} bytes is larger than the ${o.maxDatagramBytes}-byte limit (COLLECTOR_UDP_MAX_DATAGRAM_BYTES).`), tenant, started);
    }
    if (!o.ingest.available) return this.drop('kafka_unavailable');
    if (this.inFlight >= o.maxInFlightDatagrams) return this.drop('queue_full');
    const reservation = o.budget.tryReserve(msg.length);
    if (!reservation) return this.drop('queue_full');
    this.inFlight++;
    o.ingest
      .ingest(o.protocol, msg, tenant, Date.now())
      .then(() => {
        o.telemetry.datagram(o.protocol, 'decoded');
        o.telemetry.observeRequest(o.protocol, 'ok', started);
      })
      .catch((err: unknown) => {
        const e = err instanceof IngestError ? err : undefined;
        if (!e) o.logger.error({ err, receiver: o.name }, 'unexpected error ingesting a datagram');
        if (e?.reason === 'kafka_unavailable') {
          // Ingest raises this only from the Kafka write, after the datagram decoded.
          o.telemetry.datagram(o.protocol, 'decoded');
          o.telemetry.rejected(o.protocol, tenant, e.reason, e.spans, e.message);
          o.telemetry.observeRequest(o.protocol, e.reason, started);
          this.drop('kafka_unavailable');
        } else this.reject(e ?? new IngestError('malformed', 'The collector failed to process the datagram.'), tenant, started);
      })
      .finally(() => {
        reservation.release();
        if (--this.inFlight === 0) this.idle?.();
      });
  }

  private drop(reason: UdpDropReason): void {
    this.options.telemetry.datagramDropped(this.options.protocol, reason);
  }

  private reject(e: IngestError, tenant: string, started: bigint): void {
    const o = this.options;
    o.telemetry.datagramRejected(o.protocol, e.reason);
    o.telemetry.rejected(o.protocol, tenant, e.reason, e.spans, e.message);
    o.telemetry.observeRequest(o.protocol, e.reason, started);
  }
}

/** The `drops` column of the kernel's UDP socket table for a local port, summed over IPv4 and IPv6; undefined off Linux. */
export function kernelDropsOf(port: number): number | undefined {
  let total: number | undefined;
  for (const file of ['/proc/net/udp', '/proc/net/udp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    total ??= 0;
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      if (!local || parseInt(local.split(':').pop() ?? '', 16) !== port) continue;
      total += Number(cols[cols.length - 1]) || 0;
    }
  }
  return total;
}
