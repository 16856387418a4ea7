import Long from 'long';
import { OtlpDecodeError } from './errors';
import { otlpJsonToLogsData } from './json';
import { decodeExportLogsServiceRequest, decodeLogsData, encodeExportLogsServiceRequest, splitLogsByKey, type LogsData } from './logs';

const TRACE_A = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACE_B = '0af7651916cd43dd8448eb211c80319c';
const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const str = (s: string) => ({ string_value: s });
const resource = (service: string) => ({ attributes: [{ key: 'service.name', value: str(service) }] });
const record = (body: string, traceId?: string, spanId?: string) => ({
  time_unix_nano: Long.fromString('1700000000000000000', true),
  severity_number: 9,
  body: str(body),
  trace_id: traceId === undefined ? undefined : hex(traceId),
  span_id: spanId === undefined ? undefined : hex(spanId),
});

/** Two services; checkout logs in two traces and outside any; one all-zero trace id (SDK default outside a span). */
const twoServicesMixed: LogsData = {
  resource_logs: [
    {
      resource: resource('checkout'),
      scope_logs: [
        { scope: { name: 'pino' }, log_records: [record('a1', TRACE_A, '00f067aa0ba902b7'), record('b1', TRACE_B, '00f067aa0ba902b8'), record('n1'), record('a2', TRACE_A, '00f067aa0ba902b7')] },
        { scope: { name: 'winston' }, log_records: [record('z1', '00000000000000000000000000000000', '0000000000000000')] },
      ],
    },
    { resource: resource('billing'), scope_logs: [{ log_records: [record('a3', TRACE_A, '1111111111111111'), record('n2')] }] },
  ],
};

const bodies = (d: LogsData): string[][] => (d.resource_logs ?? []).map((rl) => (rl.scope_logs ?? []).flatMap((sl) => (sl.log_records ?? []).map((r) => r.body?.string_value ?? '')));

describe('splitLogsByKey', () => {
  it('gives one part per trace id, and per service for records without one, each with its resource and scope, in input order', () => {
    const split = splitLogsByKey(twoServicesMixed, { maxPartBytes: 1_000_000 });
    expect(split.records).toBe(7);
    expect(split.parts.map((p) => [p.traceId ?? `service:${p.service}`, p.records])).toEqual([
      [TRACE_A, 3],
      [TRACE_B, 1],
      ['service:checkout', 2],
      ['service:billing', 1],
    ]);
    const a = decodeLogsData(split.parts[0].value);
    expect(bodies(a)).toEqual([['a1', 'a2'], ['a3']]);
    expect(a.resource_logs?.map((rl) => rl.resource?.attributes?.[0].value?.string_value)).toEqual(['checkout', 'billing']);
    expect(a.resource_logs?.[0].scope_logs?.[0].scope?.name).toBe('pino');
    // The all-zero id is "not in a trace": with the checkout records outside any trace, each in its own scope.
    const checkout = decodeLogsData(split.parts[2].value);
    expect(checkout.resource_logs?.[0].scope_logs?.map((sl) => [sl.scope?.name, sl.log_records?.map((r) => r.body?.string_value)])).toEqual([
      ['pino', ['n1']],
      ['winston', ['z1']],
    ]);
  });

  it('reads an ExportLogsServiceRequest body (same field 1 as LogsData) and keys a resource without service.name as unknown_service', () => {
    const bytes = encodeExportLogsServiceRequest({ resource_logs: [{ scope_logs: [{ log_records: [record('x')] }] }] });
    const split = splitLogsByKey({ resource_logs: decodeExportLogsServiceRequest(bytes).resource_logs }, { maxPartBytes: 1_000_000 });
    expect(split.parts.map((p) => [p.traceId, p.service])).toEqual([[undefined, 'unknown_service']]);
  });

  it('cuts a key larger than a record may be into parts under the limit, none left out', () => {
    const many: LogsData = { resource_logs: [{ resource: resource('svc'), scope_logs: [{ log_records: Array.from({ length: 50 }, (_, i) => record(`line ${i} ${'x'.repeat(200)}`, TRACE_A, '00f067aa0ba902b7')) }] }] };
    const split = splitLogsByKey(many, { maxPartBytes: 2_000 });
    expect(split.parts.length).toBeGreaterThan(5);
    expect(split.parts.every((p) => p.value.length <= 2_000 && p.traceId === TRACE_A)).toBe(true);
    expect(split.parts.flatMap((p) => bodies(decodeLogsData(p.value)).flat())).toEqual(Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(200)}`));
  });

  it('refuses a request with a trace id of the wrong length, naming the record and field', () => {
    const bad: LogsData = { resource_logs: [{ scope_logs: [{ log_records: [record('ok'), { ...record('bad'), trace_id: hex('4bf92f3577b34da6') }] }] }] };
    expect(() => splitLogsByKey(bad, { maxPartBytes: 1_000_000 })).toThrow(new OtlpDecodeError('resource_logs[0].scope_logs[0].log_records[1].trace_id: expected 16 bytes (32 hex characters) or none, got 8 bytes.'));
  });

  it('refuses a span id of the wrong length, and names fields in camelCase for OTLP/JSON', () => {
    const bad: LogsData = { resource_logs: [{ scope_logs: [{ log_records: [{ ...record('bad', TRACE_A), span_id: hex('00f067aa') }] }] }] };
    expect(() => splitLogsByKey(bad, { maxPartBytes: 1_000_000, naming: 'camel' })).toThrow('resourceLogs[0].scopeLogs[0].logRecords[0].spanId: expected 8 bytes (16 hex characters) or none, got 4 bytes.');
  });

  it('refuses a single record larger than a record may be', () => {
    const huge: LogsData = { resource_logs: [{ scope_logs: [{ log_records: [record('y'.repeat(5_000), TRACE_A)] }] }] };
    expect(() => splitLogsByKey(huge, { maxPartBytes: 2_000 })).toThrow(/a log record of trace 4bf92f3577b34da6a3ce929d0e0e4736 is \d+ bytes with its resource and scope, larger than the 2000-byte record limit/);
  });
});

describe('otlpJsonToLogsData', () => {
  it('reads OTLP/JSON logs as the JS exporter writes them (hex ids, string nanos, kvlist body)', () => {
    const data = otlpJsonToLogsData({
      resourceLogs: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
          scopeLogs: [
            {
              scope: { name: 'app' },
              logRecords: [
                {
                  timeUnixNano: '1700000000000000001',
                  observedTimeUnixNano: 1700000000000000,
                  severityNumber: 'SEVERITY_NUMBER_ERROR',
                  severityText: 'ERROR',
                  body: { kvlistValue: { values: [{ key: 'msg', value: { stringValue: 'declined' } }] } },
                  attributes: [{ key: 'attempt', value: { intValue: '3' } }],
                  traceId: TRACE_A,
                  spanId: '00f067aa0ba902b7',
                  flags: 1,
                  eventName: 'payment.failed',
                },
              ],
            },
          ],
        },
      ],
    });
    const r = data.resource_logs?.[0].scope_logs?.[0].log_records?.[0];
    expect(r?.severity_number).toBe(17);
    expect(Long.fromValue(r?.time_unix_nano ?? 0).toString()).toBe('1700000000000000001');
    expect(Buffer.from(r?.trace_id ?? []).toString('hex')).toBe(TRACE_A);
    expect(r?.body?.kvlist_value?.values?.[0].key).toBe('msg');
    expect(r?.event_name).toBe('payment.failed');
  });

  it.each([
    ['a trace id of the wrong length', { traceId: 'abc' }, 'resourceLogs[0].scopeLogs[0].logRecords[0].traceId: expected 32 hex characters, got "abc"'],
    ['a time that is not an integer', { timeUnixNano: 'soon' }, 'resourceLogs[0].scopeLogs[0].logRecords[0].timeUnixNano: expected an unsigned 64-bit integer (string or number), got "soon"'],
    ['a severity that is not a severity', { severityNumber: true }, 'resourceLogs[0].scopeLogs[0].logRecords[0].severityNumber: expected a severity number or name, got boolean true'],
    ['attributes that are not an array', { attributes: { a: 1 } }, 'resourceLogs[0].scopeLogs[0].logRecords[0].attributes: expected an array, got an object'],
  ])('names the field of %s', (_what, fields, message) => {
    expect(() => otlpJsonToLogsData({ resourceLogs: [{ scopeLogs: [{ logRecords: [fields] }] }] })).toThrow(new OtlpDecodeError(message));
  });
});
