import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLogsData } from '@tracehouse/otlp';
import { ReceiverDecodeError } from '../errors';
import { splitOtlpLogs } from './decode';

const capture = (name: string): Buffer => readFileSync(join(__dirname, 'testdata', name));
const bodies = (value: Uint8Array): string[] =>
  (decodeLogsData(value).resource_logs ?? []).flatMap((rl) => (rl.scope_logs ?? []).flatMap((sl) => (sl.log_records ?? []).map((r) => r.body?.string_value ?? (r.body?.kvlist_value ? 'map' : ''))));

describe('splitOtlpLogs on captures of the OpenTelemetry JS logs SDK', () => {
  it.each([
    ['otel-js-sdk-logs-in-spans.json', 'json'],
    ['otel-js-sdk-logs-in-spans.pb.bin', 'protobuf'],
  ] as const)('%s: the trace\'s four records under its trace id, the one outside any span under its service', (file, encoding) => {
    const split = splitOtlpLogs(capture(file), encoding, 1_000_000);
    expect(split.records).toBe(5);
    expect(split.parts.map((p) => [p.traceId === undefined ? `service:${p.service}` : 'trace', p.records])).toEqual([
      ['trace', 4],
      ['service:checkout', 1],
    ]);
    expect(split.parts[0].traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(bodies(split.parts[0].value)).toEqual(['tok0capture checkout started', 'tok0capture cart has 3 items', 'tok0capture payment declined by issuer', 'map']);
    expect(bodies(split.parts[1].value)).toEqual(['tok0capture cache warmed outside any request']);
  });

  it('names the record and field of a JSON capture whose trace id was cut short', () => {
    const json = JSON.parse(capture('otel-js-sdk-logs-in-spans.json').toString()) as { resourceLogs: Array<{ scopeLogs: Array<{ logRecords: Array<{ traceId?: string }> }> }> };
    const record = json.resourceLogs[0].scopeLogs[0].logRecords[2];
    record.traceId = record.traceId?.slice(0, 16);
    const attempt = (): unknown => splitOtlpLogs(Buffer.from(JSON.stringify(json)), 'json', 1_000_000);
    expect(attempt).toThrow(ReceiverDecodeError);
    expect(attempt).toThrow(`resourceLogs[0].scopeLogs[0].logRecords[2].traceId: expected 32 hex characters, got "${record.traceId}"`);
  });

  it('refuses bytes that are not an ExportLogsServiceRequest', () => {
    expect(() => splitOtlpLogs(Buffer.from([0x0a, 0xff, 0xff, 0x01]), 'protobuf', 1_000_000)).toThrow(/ExportLogsServiceRequest: the 4 bytes are not a valid ExportLogsServiceRequest protobuf/);
  });
});
