// Runs the real OpenTelemetry JS logs SDK (npm @opentelemetry/sdk-logs and api-logs) beside the
// trace SDK, exporting both to a collector: logs emitted inside active spans carry the spans' ids,
// as an instrumented application's logger bridge writes them. Prints what it emitted as one JSON
// line. Runs as a child process: the exporters load their transports with dynamic import(), which
// Jest's module sandbox does not support.
//
// The exporters are the OpenTelemetry JS packages an application installs:
// @opentelemetry/exporter-logs-otlp-{http,proto,grpc} beside the trace exporters, and the Node
// context manager of @opentelemetry/context-async-hooks.
//   node dist/tools/e2e/src/testdata/otel-logs-client.js <otlp-http-json|otlp-http-proto|otlp-grpc> <http base url | grpc url> <service> <token>
import { context, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPLogExporter as OtlpGrpcLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as OtlpHttpJsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as OtlpHttpProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPTraceExporter as OtlpGrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpHttpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpHttpProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider, type LogRecordExporter } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';

/** What the client emitted, for the test to find in the logs view. */
export interface EmittedLogs {
  readonly traceId: string;
  readonly rootSpanId: string;
  readonly childSpanId: string;
  /** Bodies (string ones) of the records in the trace, by span: root, child. */
  readonly rootBodies: string[];
  readonly childBodies: string[];
  /** The body of the record emitted outside any span. */
  readonly outsideBody: string;
  /** Records in the trace (both spans). */
  readonly inTrace: number;
}

function exporters(kind: string, url: string): { logs: LogRecordExporter; spans: SpanExporter } {
  switch (kind) {
    case 'otlp-http-json':
      return { logs: new OtlpHttpJsonLogExporter({ url: `${url}/v1/logs` }), spans: new OtlpHttpJsonTraceExporter({ url: `${url}/v1/traces` }) };
    case 'otlp-http-proto':
      return { logs: new OtlpHttpProtoLogExporter({ url: `${url}/v1/logs` }), spans: new OtlpHttpProtoTraceExporter({ url: `${url}/v1/traces` }) };
    case 'otlp-grpc':
      return { logs: new OtlpGrpcLogExporter({ url }), spans: new OtlpGrpcTraceExporter({ url }) };
    default:
      throw new Error(`unknown exporter ${kind}: use otlp-http-json, otlp-http-proto or otlp-grpc`);
  }
}

/** Wraps an exporter so a failed export (the SDK only logs it) fails the client with its reason. */
function checked<T>(exporter: { export(items: T, done: (r: { code: number; error?: Error }) => void): void; shutdown(): Promise<void> }, failures: unknown[]) {
  return {
    export: (items: T, done: (r: { code: number; error?: Error }) => void) =>
      exporter.export(items, (result) => {
        if (result.code !== 0) failures.push(result.error ?? new Error(`export failed with code ${result.code}`));
        done(result);
      }),
    shutdown: () => exporter.shutdown(),
  };
}

async function main(): Promise<void> {
  const [kind = '', url = '', service = 'checkout', token = 'tok'] = process.argv.slice(2);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const { logs, spans } = exporters(kind, url);
  const failures: unknown[] = [];
  const resource = resourceFromAttributes({ 'service.name': service, 'service.version': '1.2.3' });
  const tracerProvider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(checked(spans, failures) as unknown as SpanExporter)] });
  const loggerProvider = new LoggerProvider({ resource, processors: [new BatchLogRecordProcessor({ exporter: checked(logs, failures) as unknown as LogRecordExporter })] });
  const tracer = tracerProvider.getTracer('logs-e2e', '0.1.0');
  const logger = loggerProvider.getLogger('logs-e2e', '0.1.0');

  const root = tracer.startSpan('POST /checkout', { kind: SpanKind.SERVER }, ROOT_CONTEXT);
  const rootBodies = [`${token} checkout started`, `${token} cart has 3 items`];
  const childBodies = [`${token} payment declined by issuer`];
  let childSpanId = '';
  context.with(trace.setSpan(ROOT_CONTEXT, root), () => {
    logger.emit({ severityNumber: SeverityNumber.INFO, severityText: 'INFO', body: rootBodies[0], attributes: { 'user.id': 'u-42' } });
    logger.emit({ severityNumber: SeverityNumber.DEBUG, severityText: 'DEBUG', body: rootBodies[1], attributes: { 'cart.items': 3 } });
    const child = tracer.startSpan('charge card', { kind: SpanKind.CLIENT });
    childSpanId = child.spanContext().spanId;
    context.with(trace.setSpan(context.active(), child), () => {
      logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: childBodies[0], attributes: { 'db.password': 'hunter2', 'http.url': 'https://pay.example/charge?api_key=k1&card=1' } });
      // A structured body: its fields are searchable and its secrets redacted like attributes.
      logger.emit({ severityNumber: SeverityNumber.WARN, body: { msg: `${token} retrying charge`, attempt: 2, request: { authorization: 'Bearer abc' } } as never, eventName: 'payment.retry' });
    });
    child.end();
  });
  root.end();
  const outsideBody = `${token} cache warmed outside any request`;
  logger.emit({ severityNumber: SeverityNumber.INFO, body: outsideBody });

  await tracerProvider.forceFlush();
  await loggerProvider.forceFlush();
  await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown()]);
  if (failures.length > 0) throw failures[0];
  const emitted: EmittedLogs = { traceId: root.spanContext().traceId, rootSpanId: root.spanContext().spanId, childSpanId, rootBodies, childBodies, outsideBody, inTrace: 4 };
  process.stdout.write(`${JSON.stringify(emitted)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
