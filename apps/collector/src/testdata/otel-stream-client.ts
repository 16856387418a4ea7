// Keeps a real OpenTelemetry JS exporter exporting, one span per export, until SIGTERM, as a service
// under steady load would: the TLS tests rotate the collector's certificate meanwhile and expect no
// export to fail. The exporter reads its TLS files from the standard variables
// (OTEL_EXPORTER_OTLP_CERTIFICATE, _CLIENT_CERTIFICATE, _CLIENT_KEY) and keeps its connection open
// (the HTTP exporters' keep-alive agent, the gRPC exporter's channel). Prints `progress <n>` every
// 10 exports, then on SIGTERM one JSON line: exports, failures, the first errors and the span ids.
//   node dist/apps/collector/src/testdata/otel-stream-client.js <otlp-http-proto|otlp-grpc> <url> <service> [intervalMs]
import { OTLPTraceExporter as OtlpGrpcExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpHttpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, type ReadableSpan, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** What the client prints when it stops. */
export interface StreamResult {
  exports: number;
  failures: number;
  errors: string[];
  spanIds: string[];
}

async function main(): Promise<void> {
  const [kind = '', url = '', service = 'stream', interval = '25'] = process.argv.slice(2);
  const exporter: SpanExporter = kind === 'otlp-grpc' ? new OtlpGrpcExporter({ url }) : kind === 'otlp-http-proto' ? new OtlpHttpProtoExporter({ url }) : fail(kind);
  const finished: ReadableSpan[] = [];
  const collect: SpanProcessor = { onStart: () => undefined, onEnd: (s) => void finished.push(s), forceFlush: async () => undefined, shutdown: async () => undefined };
  const provider = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': service }), spanProcessors: [collect] });
  const tracer = provider.getTracer('collector-tls-int-spec', '0.1.0');
  const result: StreamResult = { exports: 0, failures: 0, errors: [], spanIds: [] };
  let stopping = false;
  process.once('SIGTERM', () => (stopping = true));
  while (!stopping) {
    tracer.startSpan(`op-${result.exports}`).end();
    const span = finished.shift();
    if (!span) throw new Error('the span did not end');
    const outcome = await new Promise<{ code: number; error?: Error }>((resolve) => exporter.export([span], resolve));
    result.exports++;
    if (outcome.code === 0) result.spanIds.push(span.spanContext().spanId);
    else {
      result.failures++;
      if (result.errors.length < 5) result.errors.push(outcome.error?.message ?? `code ${outcome.code}`);
    }
    if (result.exports % 10 === 0) process.stdout.write(`progress ${result.exports}\n`);
    await new Promise((r) => setTimeout(r, Number(interval)));
  }
  await exporter.shutdown();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function fail(kind: string): never {
  throw new Error(`unknown exporter ${kind}: use otlp-http-proto or otlp-grpc`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
