import { otlpJsonToTracesData } from '@tracehouse/otlp';
import { Metrics, createLogger } from '@tracehouse/observability';
import { tenancyRules } from '@tracehouse/tenancy';
import { loadCollectorConfig, type CollectorConfig } from '../config/collector.config';
import { InFlightBudget } from '../inflight';
import { Ingest, type SinkRecord, type SpanSink } from '../ingest';
import { IngestError } from '../reasons';
import { CollectorTelemetry } from '../telemetry';
import { bindReceivers } from '../transport/bind';
import { GrpcReceiver } from '../transport/grpc-receiver';
import { HttpReceiver, type HttpAnswer, type HttpEndpoint } from '../transport/http-receiver';
import { UdpReceiver } from '../transport/udp-receiver';
import { PROTOCOLS, RECEIVERS, receiversByProtocol } from '.';
import { defineReceiver, tracesDataSplit, type ReceiverComponent } from './component';

class RecordingSink implements SpanSink {
  readonly records: SinkRecord[] = [];
  readonly available = true;
  readonly unavailableReason = '';
  async write(records: readonly SinkRecord[]): Promise<void> {
    this.records.push(...records);
  }
}

const silent = createLogger('collector-spec', { level: 'silent' });
const baseConfig = (): CollectorConfig => ({ ...loadCollectorConfig({}), COLLECTOR_HOST: '127.0.0.1' });

function harness(receivers: readonly ReceiverComponent[]) {
  const metrics = new Metrics('collector-spec');
  const telemetry = new CollectorTelemetry(metrics, silent);
  const sink = new RecordingSink();
  const ingest = new Ingest(sink, telemetry, { samplingPercentage: 100, samplingSeed: 0, zipkinParseStringTags: false, receivers });
  const shared = { ingest, budget: new InFlightBudget(1 << 20), tenancy: tenancyRules('COLLECTOR', baseConfig()), maxBodyBytes: 1 << 16, telemetry, logger: silent };
  return { metrics, sink, ingest, shared };
}

/**
 * A receiver only this spec knows: its own path, media type, wire format ("<trace id> <span id>
 * <name>" as text) and translation to OTLP. It reuses the Zipkin port key because the config
 * schema is not part of the fake.
 */
const fakeReceiver = defineReceiver({
  name: 'Fake text',
  protocols: ['fake_text'],
  portKey: 'COLLECTOR_ZIPKIN_PORT',
  binding: {
    kind: 'http',
    endpoints: [
      {
        path: '/fake/spans',
        defaultProtocol: 'fake_text',
        acceptedMediaTypes: ['text/x-fake'],
        protocolFor: (mediaType: string) => (mediaType === 'text/x-fake' ? ('fake_text') : undefined),
        ok: (): HttpAnswer => ({ status: 202 }),
        error: (err: IngestError): HttpAnswer => ({ status: err.httpStatus, contentType: 'text/plain', body: err.message }),
      },
    ],
  },
  decode(_protocol, body) {
    const [traceId, spanId, name] = Buffer.from(body).toString('utf8').trim().split(' ');
    const span = { traceId, spanId, name, kind: 1, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000001000000' };
    return tracesDataSplit(otlpJsonToTracesData({ resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'fake' } }] }, scopeSpans: [{ spans: [span] }] }] }));
  },
});

describe('RECEIVERS is the single source of receivers', () => {
  it('gives the metric protocol labels: those from before the list existed, plus the OTLP logs ones', () => {
    expect([...PROTOCOLS].sort()).toEqual([
      'jaeger_agent_binary', 'jaeger_agent_compact', 'jaeger_grpc', 'jaeger_thrift_http', 'otlp_grpc', 'otlp_http_json', 'otlp_http_protobuf',
      'otlp_logs_grpc', 'otlp_logs_http_json', 'otlp_logs_http_protobuf',
      'zipkin_json', 'zipkin_proto3', 'zipkin_v1_json', 'zipkin_v1_thrift',
    ]);
  });

  it('maps every protocol to exactly one receiver, and refuses a list where two claim one', () => {
    const byProtocol = receiversByProtocol(RECEIVERS);
    expect([...byProtocol.keys()].sort()).toEqual([...PROTOCOLS].sort());
    expect(() => receiversByProtocol([...RECEIVERS, { ...fakeReceiver, name: 'Twin', protocols: ['zipkin_json'] }])).toThrow('Receivers Zipkin and Twin both claim protocol zipkin_json');
  });

  it('routes every protocol: one port per config key (HTTP, or gRPC, receivers on one key share it), each yielding its protocols', () => {
    const config = {
      ...baseConfig(),
      COLLECTOR_OTLP_GRPC_PORT: 1, COLLECTOR_OTLP_HTTP_PORT: 2, COLLECTOR_JAEGER_GRPC_PORT: 3, COLLECTOR_JAEGER_THRIFT_HTTP_PORT: 4, COLLECTOR_ZIPKIN_PORT: 5,
      COLLECTOR_JAEGER_AGENT_COMPACT_PORT: 6, COLLECTOR_JAEGER_AGENT_BINARY_PORT: 7,
    };
    const bound = bindReceivers(RECEIVERS, config, harness(RECEIVERS).shared);
    const keys = [...new Set(RECEIVERS.map((r) => r.portKey))];
    expect(bound.map((b) => (b as unknown as { options: { port: number } }).options.port)).toEqual(keys.map((k) => config[k]));
    const routed = new Set<string>();
    for (const r of RECEIVERS) {
      const listener = bound[keys.indexOf(r.portKey)];
      const b = r.binding;
      if (b.kind === 'grpc') {
        expect(listener).toBeInstanceOf(GrpcReceiver);
        expect((listener as unknown as { options: { methods: readonly unknown[] } }).options.methods).toContain(b.method);
        routed.add(b.method.protocol);
      } else if (b.kind === 'udp') {
        expect(listener).toBeInstanceOf(UdpReceiver);
        routed.add((listener as unknown as { options: { protocol: string } }).options.protocol);
      } else {
        expect(listener).toBeInstanceOf(HttpReceiver);
        const served = (listener as unknown as { options: { endpoints: readonly HttpEndpoint[] } }).options.endpoints;
        for (const e of b.endpoints) {
          expect(served).toContain(e);
          for (const t of e.acceptedMediaTypes) routed.add(e.protocolFor(t) ?? `unrouted ${t}`);
        }
      }
    }
    expect([...routed].sort()).toEqual([...PROTOCOLS].sort());
    // Zipkin v1 and v2 share 9411: one server with both paths.
    const zipkin = bound[keys.indexOf('COLLECTOR_ZIPKIN_PORT')] as unknown as { options: { name: string; endpoints: readonly HttpEndpoint[] } };
    expect(zipkin.options.endpoints.map((e) => e.path)).toEqual(['/api/v2/spans', '/api/v1/spans']);
    expect(zipkin.options.name).toBe('Zipkin + Zipkin v1');
    // OTLP traces and logs share 4317 (two gRPC services on one server) and 4318 (two paths).
    const otlpGrpc = bound[keys.indexOf('COLLECTOR_OTLP_GRPC_PORT')] as unknown as { options: { name: string; methods: ReadonlyArray<{ path: string }> } };
    // The ports keep the trace receivers' names (the `receiver` label of their connection metrics).
    expect(otlpGrpc.options.name).toBe('OTLP/gRPC');
    expect(otlpGrpc.options.methods.map((m) => m.path)).toEqual(['/opentelemetry.proto.collector.trace.v1.TraceService/Export', '/opentelemetry.proto.collector.logs.v1.LogsService/Export']);
    const otlpHttp = bound[keys.indexOf('COLLECTOR_OTLP_HTTP_PORT')] as unknown as { options: { name: string; endpoints: readonly HttpEndpoint[] } };
    expect(otlpHttp.options.name).toBe('OTLP/HTTP');
    expect(otlpHttp.options.endpoints.map((e) => e.path)).toEqual(['/v1/traces', '/v1/logs']);
  });

  it('refuses two UDP receivers on one port key, naming both', () => {
    const udp = RECEIVERS.find((r) => r.binding.kind === 'udp');
    if (!udp) throw new Error('no UDP receiver in RECEIVERS');
    expect(() => bindReceivers([udp, { ...udp, name: 'Twin UDP', protocols: ['twin'] }], baseConfig(), harness(RECEIVERS).shared)).toThrow(
      `Receivers ${udp.name} and Twin UDP both listen on ${udp.portKey}; only HTTP receivers, or gRPC receivers, can share a port.`,
    );
  });

  it.each([...PROTOCOLS])('decodes %s through its receiver (bad input is a 4xx IngestError, never "no receiver")', async (protocol) => {
    const { ingest } = harness(RECEIVERS);
    const attempt = ingest.ingest(protocol, Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 'default', Date.now());
    await expect(attempt).rejects.toBeInstanceOf(IngestError);
    await expect(attempt).rejects.toMatchObject({ httpStatus: 400 });
  });

  it('gives a receiver added to a list a route and a decode, with no other file touched', async () => {
    const list = [fakeReceiver] as const;
    const { shared, sink, metrics } = harness(list);
    const [port] = bindReceivers(list, { ...baseConfig(), COLLECTOR_ZIPKIN_PORT: 0 }, shared);
    await port.start();
    try {
      const res = await fetch(`http://127.0.0.1:${port.port}/fake/spans`, { method: 'POST', headers: { 'content-type': 'text/x-fake' }, body: '4bf92f3577b34da6a3ce929d0e0e4736 00f067aa0ba902b7 fake-op' });
      expect(res.status).toBe(202);
      expect(sink.records.map((r) => r.key)).toEqual(['4bf92f3577b34da6a3ce929d0e0e4736']);
      expect(await metrics.render()).toContain('tracehouse_collector_spans_accepted_total{protocol="fake_text",tenant="default",service="collector-spec"} 1');
    } finally {
      await port.stop();
    }
  });
});
