// Runs a real OpenTelemetry JS SDK (npm @opentelemetry/sdk-trace-base) with one of the npm
// exporters pointed at a collector, records one trace (a SERVER root and a CLIENT child with an
// event and an error status), flushes, and prints the SDK's own view of the finished spans as one
// JSON line, for the collector's integration tests to compare with what reached Kafka. It runs as
// a child process because the exporters load their transports with dynamic import(), which Jest's
// module sandbox does not support.
//   node dist/apps/collector/src/testdata/otel-client.js <otlp-http-json|otlp-http-proto|otlp-grpc|zipkin> <url> <service>
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter as OtlpGrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpHttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpHttpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ZipkinExporter } from '@opentelemetry/exporter-zipkin';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';

/** The SDK's view of one finished span, as the tests compare it. */
export interface SdkSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  startNanos: string;
  endNanos: string;
  attributes: Record<string, unknown>;
  events: { name: string; timeNanos: string; attributes: Record<string, unknown> }[];
  status: { code: number; message: string };
  resource: Record<string, unknown>;
}

const nanos = ([s, n]: [number, number]): string => (BigInt(s) * 1_000_000_000n + BigInt(n)).toString();

function exporterFor(kind: string, url: string, service: string): SpanExporter {
  switch (kind) {
    case 'otlp-http-json':
      return new OtlpHttpJsonExporter({ url });
    case 'otlp-http-proto':
      return new OtlpHttpProtoExporter({ url });
    case 'otlp-grpc':
      return new OtlpGrpcExporter({ url });
    case 'zipkin':
      return new ZipkinExporter({ url, serviceName: service });
    default:
      throw new Error(`unknown exporter ${kind}: use otlp-http-json, otlp-http-proto, otlp-grpc or zipkin`);
  }
}

async function main(): Promise<void> {
  const [kind = '', url = '', service = 'checkout'] = process.argv.slice(2);
  const exporter = exporterFor(kind, url, service);
  let exportError: unknown;
  // Surface a failed export (the SDK only logs it) so the test fails with the reason.
  const checked: SpanExporter = {
    export: (spans, done) =>
      exporter.export(spans, (result) => {
        if (result.error) exportError = result.error;
        else if (result.code !== 0) exportError = new Error(`export failed with code ${result.code}`);
        done(result);
      }),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'service.version': '1.2.3', 'deployment.environment.name': 'test' }),
    spanProcessors: [new BatchSpanProcessor(checked), new SimpleSpanProcessor(memory)],
  });
  const tracer = provider.getTracer('collector-int-spec', '0.1.0');
  const root = tracer.startSpan('GET /checkout', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET', 'http.response.status_code': 200, 'feature.on': true, ratio: 0.25 } });
  const child = tracer.startSpan('SELECT orders', { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql', 'server.port': 5432 } }, trace.setSpan(ROOT_CONTEXT, root));
  child.addEvent('retry', { 'retry.attempt': 2 });
  child.setStatus({ code: SpanStatusCode.ERROR, message: 'connection reset' });
  child.end();
  root.end();
  await provider.forceFlush();
  const spans: SdkSpan[] = memory.getFinishedSpans().map((s) => ({
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext?.spanId ?? '',
    name: s.name,
    kind: s.kind,
    startNanos: nanos(s.startTime),
    endNanos: nanos(s.endTime),
    attributes: { ...s.attributes },
    events: s.events.map((e) => ({ name: e.name, timeNanos: nanos(e.time), attributes: { ...(e.attributes ?? {}) } })),
    status: { code: s.status.code, message: s.status.message ?? '' },
    resource: { ...s.resource.attributes },
  }));
  await provider.shutdown();
  if (exportError) throw exportError;
  process.stdout.write(`${JSON.stringify(spans)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
