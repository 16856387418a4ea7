import type { Counter, Histogram } from 'prom-client';
import type { Logger, Metrics } from '@tracehouse/observability';
import type { RejectReason } from './reasons';
import type { ConnectionCloseReason } from './transport/connection-guard';

/**
 * The wire format a request came in: the `protocol` label of every collector metric. The labels
 * are the `protocols` of the receivers in RECEIVERS (receivers/index.ts, which also derives the
 * literal `Protocol` type); this layer sits below the list, so it takes them as strings.
 */
export type ProtocolLabel = string;

/** The tenant label of a request refused before its tenant was known (e.g. a bad API key). */
export const UNKNOWN_TENANT = 'unknown';

interface DropTally {
  requests: number;
  spans: number;
  example: string;
}

/**
 * The collector's counters and the periodic log of rejections: a rejection is counted with its
 * reason and summed into one log line per interval, never logged per request or per span.
 */
export class CollectorTelemetry {
  private readonly received: Counter<'protocol' | 'tenant'>;
  private readonly accepted: Counter<'protocol' | 'tenant'>;
  private readonly rejectedSpans: Counter<'protocol' | 'tenant' | 'reason'>;
  private readonly rejectedRequests: Counter<'protocol' | 'tenant' | 'reason'>;
  private readonly sampledOut: Counter<'protocol' | 'tenant'>;
  private readonly logsReceived: Counter<'protocol' | 'tenant'>;
  private readonly logsAccepted: Counter<'protocol' | 'tenant'>;
  private readonly repaired: Counter<'protocol' | 'tenant' | 'reason'>;
  private readonly latency: Histogram<'protocol' | 'outcome'>;
  private readonly datagrams: Counter<'protocol' | 'outcome'>;
  private readonly datagramsRejected: Counter<'protocol' | 'reason'>;
  private readonly datagramsDropped: Counter<'protocol' | 'reason'>;
  private readonly batchMessages: Histogram;
  private readonly batchSeconds: Histogram;
  private readonly closedConnections: Counter<'receiver' | 'reason'>;
  private readonly drops = new Map<string, DropTally>();
  private readonly closes = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    metrics: Metrics,
    private readonly logger: Logger,
    private readonly logIntervalMs = 10_000,
  ) {
    this.received = metrics.counter('collector_spans_received_total', 'Spans received, before validation and sampling', ['protocol', 'tenant']);
    this.accepted = metrics.counter('collector_spans_accepted_total', 'Spans written to Kafka and acknowledged', ['protocol', 'tenant']);
    this.rejectedSpans = metrics.counter('collector_spans_rejected_total', 'Spans not written, by reason (invalid ids, too large, Kafka unavailable, ...)', ['protocol', 'tenant', 'reason']);
    this.rejectedRequests = metrics.counter('collector_requests_rejected_total', 'Requests refused as a whole or in part, by reason', ['protocol', 'tenant', 'reason']);
    this.repaired = metrics.counter('collector_spans_repaired_total', 'Spans whose identity the receiver repaired by ARCHITECTURE.md\'s rules (Zipkin parts merged, halves sharing an id re-identified), by reason', ['protocol', 'tenant', 'reason']);
    this.sampledOut = metrics.counter('collector_spans_sampled_out_total', 'Spans of traces the consistent sampler dropped', ['protocol', 'tenant']);
    this.logsReceived = metrics.counter('collector_log_records_received_total', 'OTLP log records received in requests that decoded', ['protocol', 'tenant']);
    this.logsAccepted = metrics.counter('collector_log_records_accepted_total', 'OTLP log records written to Kafka (otlp-logs) and acknowledged', ['protocol', 'tenant']);
    this.latency = metrics.histogram('collector_request_duration_seconds', 'Time from receiving a request to answering it', ['protocol', 'outcome']);
    // UDP has no acknowledgement: every datagram is counted where it ends, since the sender never learns.
    this.datagrams = metrics.counter('collector_udp_datagrams_total', 'UDP datagrams by stage reached: received, decoded (spans handed to Kafka)', ['protocol', 'outcome']);
    this.datagramsRejected = metrics.counter('collector_udp_datagrams_rejected_total', 'UDP datagrams refused as bad input, by reason', ['protocol', 'reason']);
    this.datagramsDropped = metrics.counter('collector_udp_datagrams_dropped_total', 'UDP datagrams lost while valid, by reason (queue full, Kafka unavailable, shutting down)', ['protocol', 'reason']);
    this.batchMessages = metrics.histogram('collector_kafka_batch_messages', 'Records per produce request to Kafka', [], [1, 5, 10, 50, 100, 500, 1000, 5000, 10000]);
    this.closedConnections = metrics.counter('collector_connections_closed_total', 'Connections (or gRPC calls) the collector closed on its own, by receiver and reason (header, request or idle timeout, too many connections, body too large, ...)', ['receiver', 'reason']);
    this.batchSeconds = metrics.histogram('collector_kafka_batch_duration_seconds', 'Time from sending a batch to Kafka to its acknowledgement');
  }

  /** Starts the periodic rejection log (the timer does not keep the process alive). */
  start(): void {
    this.timer ??= setInterval(() => this.flushDropLog(), this.logIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.flushDropLog();
  }

  spansReceived(protocol: ProtocolLabel, tenant: string, n: number): void {
    if (n > 0) this.received.inc({ protocol, tenant }, n);
  }

  spansAccepted(protocol: ProtocolLabel, tenant: string, n: number): void {
    if (n > 0) this.accepted.inc({ protocol, tenant }, n);
  }

  logRecordsReceived(protocol: ProtocolLabel, tenant: string, n: number): void {
    if (n > 0) this.logsReceived.inc({ protocol, tenant }, n);
  }

  logRecordsAccepted(protocol: ProtocolLabel, tenant: string, n: number): void {
    if (n > 0) this.logsAccepted.inc({ protocol, tenant }, n);
  }

  /** Counts spans a receiver repaired, by reason; each repaired span also carries a warning. */
  spansRepaired(protocol: ProtocolLabel, tenant: string, repairs: Readonly<Partial<Record<string, number>>>): void {
    for (const [reason, n] of Object.entries(repairs)) if (n) this.repaired.inc({ protocol, tenant, reason }, n);
  }

  spansSampledOut(protocol: ProtocolLabel, tenant: string, n: number): void {
    if (n > 0) this.sampledOut.inc({ protocol, tenant }, n);
  }

  /** Counts a refused request, or the refused part of one (`spans` when known), and tallies it for the log. */
  rejected(protocol: ProtocolLabel, tenant: string, reason: RejectReason, spans: number, message: string): void {
    this.rejectedRequests.inc({ protocol, tenant, reason });
    if (spans > 0) this.rejectedSpans.inc({ protocol, tenant, reason }, spans);
    const key = `${protocol}\u0000${tenant}\u0000${reason}`;
    const tally = this.drops.get(key);
    if (tally) {
      tally.requests++;
      tally.spans += spans;
    } else this.drops.set(key, { requests: 1, spans, example: message });
  }

  /** Counts a UDP datagram reaching `outcome`: `received` on arrival, `decoded` once its spans went to the writer. */
  datagram(protocol: ProtocolLabel, outcome: 'received' | 'decoded'): void {
    this.datagrams.inc({ protocol, outcome });
  }

  /** Counts a UDP datagram refused as bad input (it is also counted as a rejected request, for the log). */
  datagramRejected(protocol: ProtocolLabel, reason: string): void {
    this.datagramsRejected.inc({ protocol, reason });
  }

  /** Counts a valid UDP datagram the collector could not keep (queue full, Kafka down, shutting down). */
  datagramDropped(protocol: ProtocolLabel, reason: string, n = 1): void {
    this.datagramsDropped.inc({ protocol, reason }, n);
  }

  /** Counts a connection (or gRPC call) the collector closed, and tallies it for the periodic log line. */
  connectionClosed(receiver: string, reason: ConnectionCloseReason): void {
    this.closedConnections.inc({ receiver, reason });
    const key = `${receiver}\u0000${reason}`;
    this.closes.set(key, (this.closes.get(key) ?? 0) + 1);
  }

  /** Records how long a request took; `outcome` is `ok` or the reject reason. */
  observeRequest(protocol: ProtocolLabel, outcome: RejectReason | 'ok', startedNs: bigint): void {
    this.latency.observe({ protocol, outcome }, Number(process.hrtime.bigint() - startedNs) / 1e9);
  }

  /** One line per interval naming why connections were closed, with counts (never one line per connection). */
  private flushCloseLog(): void {
    if (this.closes.size === 0) return;
    const closed = [...this.closes].map(([key, count]) => {
      const [receiver, reason] = key.split('\u0000');
      return { receiver, reason, count };
    });
    this.closes.clear();
    const total = closed.reduce((a, c) => a + c.count, 0);
    this.logger.warn({ closed, intervalMs: this.logIntervalMs }, `closed ${total} connection${total === 1 ? '' : 's'} or call${total === 1 ? '' : 's'} in the last interval: ${closed.map((c) => `${c.count} ${c.reason} on ${c.receiver}`).join(', ')}`);
  }

  kafkaBatch(stats: { messages: number; seconds: number }): void {
    this.batchMessages.observe(stats.messages);
    this.batchSeconds.observe(stats.seconds);
  }

  private flushDropLog(): void {
    this.flushCloseLog();
    if (this.drops.size === 0) return;
    const rejections = [...this.drops].map(([key, t]) => {
      const [protocol, tenant, reason] = key.split('\u0000');
      return { protocol, tenant, reason, requests: t.requests, spans: t.spans, example: t.example };
    });
    this.drops.clear();
    const requests = rejections.reduce((a, r) => a + r.requests, 0);
    this.logger.warn({ rejections, intervalMs: this.logIntervalMs }, `rejected ${requests} request${requests === 1 ? '' : 's'} (in whole or in part) in the last interval`);
  }
}
