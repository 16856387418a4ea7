import { Gauge } from 'prom-client';
import type { Logger, ServiceContext } from '@tracehouse/observability';
import { createKafka, stageTopics } from '@tracehouse/stage-runtime';
import { tenancyRules } from '@tracehouse/tenancy';
import { TlsReloader, tlsSettings } from '@tracehouse/tls';
import type { CollectorConfig } from './config/collector.config';
import { InFlightBudget } from './inflight';
import { Ingest } from './ingest';
import { KafkaSpanWriter } from './kafka/span-writer';
import { RECEIVERS } from './receivers';
import { CollectorTelemetry } from './telemetry';
import { bindReceivers, type Listener } from './transport/bind';
import { UdpReceiver } from './transport/udp-receiver';

/**
 * Starts and stops the collector's parts in order: the Kafka writer connects in the background
 * (requests are answered 503 and /readyz is 503 until it has), then every receiver port listens;
 * at shutdown the ports stop taking requests and finish the ones in flight, then the writer sends
 * what it holds and disconnects. `onApplicationShutdown` is idempotent and safe before start.
 */
export class CollectorLifecycle {
  readonly writer: KafkaSpanWriter;
  /** The `otlp-logs` writer: its own producers, so a burst of logs never queues spans behind it. */
  readonly logWriter: KafkaSpanWriter;
  readonly telemetry: CollectorTelemetry;
  readonly receivers: readonly Listener[];
  /** The certificate of every port, reloaded when its files change; undefined without TLS. */
  readonly tls: TlsReloader | undefined;
  private readonly logger: Logger;
  private stopped: Promise<void> | undefined;

  constructor(config: CollectorConfig, context: ServiceContext) {
    this.logger = context.logger;
    this.telemetry = new CollectorTelemetry(context.metrics, context.logger);
    const kafka = createKafka(config, context.logger);
    // Spans and logs each get their own producers, batched alike.
    const writerFor = (topic: string): KafkaSpanWriter =>
      new KafkaSpanWriter({
        kafka,
        topic,
        logger: context.logger,
        producers: config.COLLECTOR_KAFKA_PRODUCERS,
        lingerMs: config.COLLECTOR_BATCH_LINGER_MS,
        maxBatchBytes: config.COLLECTOR_BATCH_MAX_BYTES,
        maxPartitionBatchBytes: config.COLLECTOR_BATCH_PARTITION_MAX_BYTES,
        maxBatchMessages: config.COLLECTOR_BATCH_MAX_MESSAGES,
        sendTimeoutMs: config.COLLECTOR_KAFKA_SEND_TIMEOUT_MS,
        topics: stageTopics([topic], config),
        onBatch: (stats) => this.telemetry.kafkaBatch(stats),
      });
    this.writer = writerFor(config.TOPIC_OTLP_SPANS);
    this.logWriter = writerFor(config.TOPIC_OTLP_LOGS);
    const budget = new InFlightBudget(config.COLLECTOR_MAX_INFLIGHT_BYTES);
    const ingest = new Ingest(this.writer, this.telemetry, {
      samplingPercentage: config.COLLECTOR_SAMPLING_PERCENTAGE,
      samplingSeed: config.COLLECTOR_SAMPLING_SEED,
      zipkinParseStringTags: config.COLLECTOR_ZIPKIN_PARSE_STRING_TAGS,
      receivers: RECEIVERS,
      logSink: this.logWriter,
    });
    const tenancy = tenancyRules('COLLECTOR', config);
    const settings = tlsSettings('COLLECTOR', config);
    this.tls = settings && new TlsReloader(settings, { logger: context.logger, metrics: context.metrics });
    const tls = this.tls && { reloader: this.tls, metrics: context.metrics };
    this.receivers = bindReceivers(RECEIVERS, config, { ingest, budget, tenancy, maxBodyBytes: config.COLLECTOR_MAX_BODY_BYTES, telemetry: this.telemetry, logger: context.logger, tls });
    // Ready while spans can be written: the logs writer's state is its own gauge and its requests'
    // 503s, so a missing `otlp-logs` topic never takes the collector out of service for spans.
    context.readiness.register('kafka', () => {
      if (this.writer.available) return true;
      throw new Error(this.writer.unavailableReason);
    });
    // Read when scraped (the Metrics helper makes plain gauges; these need a collect callback).
    const writer = this.writer;
    const logWriter = this.logWriter;
    new Gauge({
      name: 'tracehouse_collector_inflight_bytes',
      help: 'Bytes of requests being read, decoded or awaiting Kafka',
      registers: [context.metrics.registry],
      collect() {
        this.set(budget.inUse);
      },
    });
    // Datagrams lost in the kernel because a UDP socket's receive buffer was full never reach the
    // collector's counters; Linux counts them per socket, so they are read from there when scraped.
    const udp = this.receivers.filter((r): r is UdpReceiver => r instanceof UdpReceiver);
    new Gauge({
      name: 'tracehouse_collector_udp_receive_buffer_drops',
      help: 'Datagrams the kernel dropped on a UDP port because its receive buffer was full, since the port opened (Linux /proc/net/udp)',
      labelNames: ['protocol'],
      registers: [context.metrics.registry],
      collect() {
        for (const r of udp) {
          const drops = r.kernelDrops;
          if (drops !== undefined) this.set({ protocol: r.protocol }, drops);
        }
      },
    });
    new Gauge({
      name: 'tracehouse_collector_kafka_available',
      help: '1 while the Kafka producer takes writes, else 0',
      registers: [context.metrics.registry],
      collect() {
        this.set(writer.available ? 1 : 0);
      },
    });
    new Gauge({
      name: 'tracehouse_collector_logs_kafka_available',
      help: '1 while the otlp-logs producer takes writes, else 0',
      registers: [context.metrics.registry],
      collect() {
        this.set(logWriter.available ? 1 : 0);
      },
    });
  }

  async onModuleInit(): Promise<void> {
    this.telemetry.start();
    this.writer.start();
    this.logWriter.start();
    try {
      await Promise.all(this.receivers.map((r) => r.start()));
    } catch (err) {
      await this.onApplicationShutdown();
      throw err;
    }
    this.tls?.start();
    const tlsInfo = this.tls && { fingerprint: this.tls.current.fingerprint256, mutual: this.tls.settings.clientCaFile !== undefined };
    this.logger.info({ ports: this.receivers.map((r) => r.port), tls: tlsInfo ?? false }, 'collector receivers listening');
  }

  onApplicationShutdown(): Promise<void> {
    this.stopped ??= (async () => {
      this.tls?.stop();
      await Promise.all(this.receivers.map((r) => r.stop()));
      await Promise.all([this.writer.stop(), this.logWriter.stop()]);
      this.telemetry.stop();
    })();
    return this.stopped;
  }
}
