import Long from 'long';
import { Metrics, createLogger } from '@tracehouse/observability';
import { decodeLogsData, encodeExportLogsServiceRequest, encodeExportTraceServiceRequest } from '@tracehouse/otlp';
import { Ingest, type SinkRecord, type SpanSink } from './ingest';
import { IngestError } from './reasons';
import { RECEIVERS } from './receivers';
import { CollectorTelemetry } from './telemetry';

class Sink implements SpanSink {
  readonly records: SinkRecord[] = [];
  available = true;
  readonly unavailableReason = 'broker 127.0.0.1:9092 refused the connection';
  async write(records: readonly SinkRecord[]): Promise<void> {
    if (!this.available) throw new Error(this.unavailableReason);
    this.records.push(...records);
  }
}

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
function setup(samplingPercentage = 100) {
  const spans = new Sink();
  const logs = new Sink();
  const ingest = new Ingest(spans, new CollectorTelemetry(new Metrics('collector-spec'), createLogger('collector-spec', { level: 'silent' })), { samplingPercentage, samplingSeed: 0, zipkinParseStringTags: false, receivers: RECEIVERS, logSink: logs });
  return { spans, logs, ingest };
}
const logsBody = encodeExportLogsServiceRequest({
  resource_logs: [
    {
      resource: { attributes: [{ key: 'service.name', value: { string_value: 'checkout' } }] },
      scope_logs: [{ log_records: [{ time_unix_nano: Long.fromNumber(1), body: { string_value: 'in trace' }, trace_id: Buffer.from(TRACE, 'hex'), span_id: Buffer.from('00f067aa0ba902b7', 'hex') }, { body: { string_value: 'outside' } }] }],
    },
  ],
});
const spansBody = encodeExportTraceServiceRequest({ resource_spans: [{ scope_spans: [{ spans: [{ trace_id: Buffer.from(TRACE, 'hex'), span_id: Buffer.from('00f067aa0ba902b7', 'hex'), name: 'op' }] }] }] });

describe('Ingest of OTLP logs', () => {
  it('writes one otlp-logs record per key to the log sink with the pipeline headers, none to the span sink', async () => {
    const { spans, logs, ingest } = setup();
    const outcome = await ingest.ingest('otlp_logs_http_protobuf', logsBody, 'acme', 1_700_000_000_000);
    expect(outcome.acceptedLogRecords).toBe(2);
    expect(spans.records).toEqual([]);
    expect(logs.records.map((r) => [r.key, r.headers['tenant-id'], r.headers['received-at'], decodeLogsData(r.value).resource_logs?.[0].scope_logs?.[0].log_records?.[0].body?.string_value])).toEqual([
      [TRACE, 'acme', '1700000000000', 'in trace'],
      ['checkout', 'acme', '1700000000000', 'outside'],
    ]);
  });

  it('keeps every log record of a trace the head sampler drops', async () => {
    const { spans, logs, ingest } = setup(0);
    expect((await ingest.ingest('otlp_http_protobuf', spansBody, 'acme', 1)).sampledOutSpans).toBe(1);
    await ingest.ingest('otlp_logs_grpc', logsBody, 'acme', 1);
    expect(spans.records).toEqual([]);
    expect(logs.records.map((r) => r.key)).toEqual([TRACE, 'checkout']);
  });

  it('refuses logs, not spans, while only the otlp-logs writer is down (and the reverse)', async () => {
    const { spans, logs, ingest } = setup();
    logs.available = false;
    expect(() => ingest.assertAvailable('otlp_logs_http_json')).toThrow(IngestError);
    expect(() => ingest.assertAvailable('otlp_http_protobuf')).not.toThrow();
    await expect(ingest.ingest('otlp_logs_grpc', logsBody, 'acme', 1)).rejects.toMatchObject({ reason: 'kafka_unavailable', httpStatus: 503 });
    logs.available = true;
    spans.available = false;
    expect(() => ingest.assertAvailable('otlp_logs_grpc')).not.toThrow();
    expect(() => ingest.assertAvailable('otlp_grpc')).toThrow('Kafka cannot take data right now (broker 127.0.0.1:9092 refused the connection); retry later.');
  });
});
