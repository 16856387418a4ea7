import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Metrics, createLogger } from '@tracehouse/observability';
import { tenancyRules } from '@tracehouse/tenancy';
import { pollUntil } from '@tracehouse/testing';
import { loadCollectorConfig } from '../config/collector.config';
import { InFlightBudget } from '../inflight';
import { Ingest, type SinkRecord, type SpanSink } from '../ingest';
import { RECEIVERS } from '../receivers';
import { binaryToCompact } from '../receivers/thrift/testdata/transcode';
import { CollectorTelemetry } from '../telemetry';
import { UdpReceiver, kernelDropsOf } from './udp-receiver';

const datagram = readFileSync(join(__dirname, '../receivers/jaeger/testdata/jaeger-client-node-emitbatch.udp.bin'));
const silent = createLogger('udp-spec', { level: 'silent' });

/** A sink whose writes wait until released (the Kafka port, faked: this is the unit tier). */
class GatedSink implements SpanSink {
  readonly records: SinkRecord[] = [];
  available = true;
  readonly unavailableReason = 'the broker is down';
  private gate: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;
  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.open();
  }
  async write(records: readonly SinkRecord[]): Promise<void> {
    await this.gate;
    this.records.push(...records);
  }
}

async function harness(options: { protocol: 'jaeger_agent_binary' | 'jaeger_agent_compact'; maxDatagramBytes?: number; maxInFlightDatagrams?: number; env?: Record<string, string>; tenant?: string }) {
  const metrics = new Metrics('udp-spec');
  const telemetry = new CollectorTelemetry(metrics, silent);
  const sink = new GatedSink();
  const ingest = new Ingest(sink, telemetry, { samplingPercentage: 100, samplingSeed: 0, zipkinParseStringTags: false, receivers: RECEIVERS });
  const receiver = new UdpReceiver({
    name: 'Jaeger agent', host: '127.0.0.1', port: 0, protocol: options.protocol, ingest, budget: new InFlightBudget(1 << 20),
    tenancy: tenancyRules('COLLECTOR', loadCollectorConfig(options.env ?? {})), tenant: options.tenant,
    receiveBufferBytes: 1 << 20, maxDatagramBytes: options.maxDatagramBytes ?? 65_000, maxInFlightDatagrams: options.maxInFlightDatagrams ?? 64, telemetry, logger: silent,
  });
  await receiver.start();
  const client = createSocket('udp4');
  const send = (bytes: Uint8Array) => new Promise<void>((resolve, reject) => client.send(bytes, receiver.port, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  const metric = async (name: string, labels: string) => {
    const line = (await metrics.render()).split('\n').find((l) => l.startsWith(`tracehouse_${name}{`) && l.includes(labels));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  const close = async () => {
    client.close();
    sink.release();
    await receiver.stop();
  };
  return { receiver, sink, send, metric, close };
}

describe('UdpReceiver', () => {
  it('takes a real jaeger-client datagram and counts it received and decoded; its spans reach the sink', async () => {
    const h = await harness({ protocol: 'jaeger_agent_binary' });
    try {
      await h.send(datagram);
      await pollUntil('the datagram decoded', async () => (await h.metric('collector_udp_datagrams_total', 'outcome="decoded"')) === 1, 5_000);
      expect(await h.metric('collector_udp_datagrams_total', 'outcome="received"')).toBe(1);
      expect(h.sink.records).toHaveLength(1);
      expect(await h.metric('collector_spans_accepted_total', 'protocol="jaeger_agent_binary",tenant="default"')).toBe(2);
    } finally {
      await h.close();
    }
  });

  it('counts malformed, wrong-protocol and oversize datagrams as rejected with their reason, and keeps serving', async () => {
    const h = await harness({ protocol: 'jaeger_agent_compact', maxDatagramBytes: 2_000 });
    try {
      await h.send(Buffer.from('not thrift at all'));
      await h.send(datagram); // binary on the compact port
      await h.send(Buffer.alloc(3_000, 0x82)); // over the 2,000-byte limit
      await h.send(binaryToCompact(datagram, { message: true }));
      await pollUntil('four datagrams settled', async () => (await h.metric('collector_udp_datagrams_rejected_total', 'reason="malformed"')) === 2 && (await h.metric('collector_udp_datagrams_total', 'outcome="decoded"')) === 1, 5_000);
      expect(await h.metric('collector_udp_datagrams_rejected_total', 'reason="body_too_large"')).toBe(1);
      expect(await h.metric('collector_udp_datagrams_total', 'outcome="received"')).toBe(4);
      expect(await h.metric('collector_requests_rejected_total', 'protocol="jaeger_agent_compact",tenant="default",reason="malformed"')).toBe(2);
    } finally {
      await h.close();
    }
  });

  it('drops (queue_full) what arrives while the in-flight cap is held, and (kafka_unavailable) while Kafka is down', async () => {
    const h = await harness({ protocol: 'jaeger_agent_binary', maxInFlightDatagrams: 1 });
    try {
      h.sink.hold();
      await h.send(datagram);
      await pollUntil('one datagram in flight', async () => h.receiver.inFlightDatagrams === 1, 5_000);
      await h.send(datagram);
      await h.send(datagram);
      await pollUntil('two dropped', async () => (await h.metric('collector_udp_datagrams_dropped_total', 'reason="queue_full"')) === 2, 5_000);
      h.sink.release();
      await pollUntil('the first decoded', async () => (await h.metric('collector_udp_datagrams_total', 'outcome="decoded"')) === 1, 5_000);
      h.sink.available = false;
      await h.send(datagram);
      await pollUntil('dropped while Kafka is down', async () => (await h.metric('collector_udp_datagrams_dropped_total', 'reason="kafka_unavailable"')) === 1, 5_000);
      expect(await h.metric('collector_udp_datagrams_total', 'outcome="received"')).toBe(4);
    } finally {
      await h.close();
    }
  });

  it('rejects every datagram (unauthorized) when API keys are required and no UDP tenant is set, and takes them into COLLECTOR_UDP_TENANT when it is', async () => {
    const env = { COLLECTOR_API_KEYS: 'k1=acme' };
    const refused = await harness({ protocol: 'jaeger_agent_binary', env });
    try {
      await refused.send(datagram);
      await pollUntil('rejected', async () => (await refused.metric('collector_udp_datagrams_rejected_total', 'reason="unauthorized"')) === 1, 5_000);
      expect(refused.sink.records).toHaveLength(0);
    } finally {
      await refused.close();
    }
    const taken = await harness({ protocol: 'jaeger_agent_binary', env, tenant: 'acme' });
    try {
      await taken.send(datagram);
      await pollUntil('accepted for acme', async () => (await taken.metric('collector_spans_accepted_total', 'tenant="acme"')) === 2, 5_000);
    } finally {
      await taken.close();
    }
  });

  it('reads the kernel drop counter of its own port', async () => {
    const h = await harness({ protocol: 'jaeger_agent_binary' });
    try {
      expect(kernelDropsOf(h.receiver.port)).toBe(0);
      expect(h.receiver.receiveBufferBytes).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });
});
