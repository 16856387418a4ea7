import Long from 'long';
import { Redactor, REDACTED, DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS } from '@tracehouse/redaction';
import type { LogsData } from '@tracehouse/otlp';
import { buildLogRow, LogInputError, locateRecords, recordAlone } from './logs.processor';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';
const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const redactor = new Redactor({ keys: [...DEFAULT_REDACT_KEYS], queryParams: [...DEFAULT_REDACT_QUERY_PARAMS] });
const context = { tenant: 'acme', receivedAtMs: 1_700_000_000_123 };

/** A checkout service logging a declined payment inside a span, with secrets in its attributes and its map body. */
const paymentDeclined: LogsData = {
  resource_logs: [
    {
      resource: { attributes: [{ key: 'service.name', value: { string_value: 'checkout' } }, { key: 'host.name', value: { string_value: 'node-1' } }] },
      scope_logs: [
        {
          scope: { name: 'pino', version: '9.0.0' },
          log_records: [
            {
              time_unix_nano: Long.fromString('1700000000000000001', true),
              observed_time_unix_nano: Long.fromString('1700000000000000002', true),
              severity_number: 17,
              severity_text: 'ERROR',
              body: {
                kvlist_value: {
                  values: [
                    { key: 'msg', value: { string_value: 'payment declined' } },
                    { key: 'request', value: { kvlist_value: { values: [{ key: 'Authorization', value: { string_value: 'Bearer abc' } }, { key: 'url.full', value: { string_value: 'https://pay.example/charge?card=1&api_key=k1' } }] } } },
                  ],
                },
              },
              attributes: [
                { key: 'attempt', value: { int_value: Long.fromNumber(3) } },
                { key: 'db.password', value: { string_value: 'hunter2' } },
                { key: 'http.url', value: { string_value: 'https://u:p@api.example/x?token=t1&q=shoes' } },
              ],
              flags: 0x101,
              trace_id: hex(TRACE),
              span_id: hex(SPAN),
              event_name: 'payment.failed',
              dropped_attributes_count: 2,
            },
            { observed_time_unix_nano: Long.fromString('1700000000000000009', true), body: { string_value: 'password=hunter2 in free text stays' } },
            { body: { array_value: { values: [{ kvlist_value: { values: [{ key: 'session_token', value: { string_value: 's1' } }] } }, { string_value: 'plain' }] } } },
          ],
        },
      ],
    },
  ],
};

describe('buildLogRow', () => {
  const records = locateRecords(paymentDeclined);

  it('decodes a record into its row: times, ids as hex, flags low byte, severity, scope, resource, counts', () => {
    const { row } = buildLogRow(records[0], context, redactor);
    expect(row).toMatchObject({
      tenant: 'acme',
      serviceName: 'checkout',
      timeUnixNano: 1700000000000000001n,
      observedTimeUnixNano: 1700000000000000002n,
      traceId: TRACE,
      spanId: SPAN,
      traceFlags: 1,
      severityNumber: 17,
      severityText: 'ERROR',
      eventName: 'payment.failed',
      scopeName: 'pino',
      scopeVersion: '9.0.0',
      droppedAttributesCount: 2,
      receivedAtMs: 1_700_000_000_123,
      resourceAttributes: { 'service.name': 'checkout', 'host.name': 'node-1' },
    });
    expect(row.attributes.attempt).toBe(3n);
  });

  it("redacts attributes and the map body's fields at any depth with the normalizer's rules, counting them", () => {
    const { row, redacted } = buildLogRow(records[0], context, redactor);
    expect(row.attributes['db.password']).toBe(REDACTED);
    expect(row.attributes['http.url']).toBe(`https://${REDACTED}:${REDACTED}@api.example/x?token=${REDACTED}&q=shoes`);
    expect(row.body).toEqual({ msg: 'payment declined', request: { Authorization: REDACTED, 'url.full': `https://pay.example/charge?card=1&api_key=${REDACTED}` } });
    expect(redacted).toBe(4);
  });

  it('leaves a string body as it is (free text has no keys), and redacts maps inside an array body', () => {
    expect(buildLogRow(records[1], context, redactor).row.body).toBe('password=hunter2 in free text stays');
    expect(buildLogRow(records[2], context, redactor).row.body).toEqual([{ session_token: REDACTED }, 'plain']);
  });

  it('takes the observed time when the record has no time, and empty ids and unknown_service outside a trace and service', () => {
    const { row } = buildLogRow(records[1], context, redactor);
    expect(row).toMatchObject({ timeUnixNano: 1700000000000000009n, observedTimeUnixNano: 1700000000000000009n, traceId: '', spanId: '', severityNumber: 0 });
    const bare = locateRecords({ resource_logs: [{ scope_logs: [{ log_records: [{ body: { string_value: 'x' } }] }] }] })[0];
    expect(buildLogRow(bare, context, redactor).row.serviceName).toBe('unknown_service');
  });

  it('refuses a record whose trace id has the wrong length, naming the field', () => {
    const bad = locateRecords({ resource_logs: [{ scope_logs: [{ log_records: [{ trace_id: hex('abcd') }] }] }] });
    expect(() => buildLogRow(bad[0], context, redactor)).toThrow(new LogInputError('invalid_id', 'resource_logs[0].scope_logs[0].log_records[0].trace_id: expected 16 bytes (32 hex characters) or none, got 2 bytes.'));
  });

  it('stores a time past 2262 and a severity no level has as close as the view can, saying so in a warning (found by fuzzing: they were dead-lettered after the collector acknowledged them)', () => {
    const odd = locateRecords({
      resource_logs: [{ scope_logs: [{ log_records: [{ time_unix_nano: Long.fromString('11019768503025775808', true), observed_time_unix_nano: Long.fromNumber(5), severity_number: 300 as never, attributes: [{ key: 'tracehouse.warning', value: { string_value: 'sent by the app' } }] }] }] }],
    })[0];
    const { row } = buildLogRow(odd, context, redactor);
    expect(row).toMatchObject({ timeUnixNano: (1n << 63n) - 1n, observedTimeUnixNano: 5n, severityNumber: 0 });
    expect(row.attributes['tracehouse.warning']).toEqual([
      'sent by the app',
      'time_unix_nano 11019768503025775808 is after 2262-04-11T23:47:16.854775807Z, the latest the time column can hold; it holds that',
      'severity_number 300 is not a severity number (0-24); stored as 0 (unspecified)',
    ]);
  });

  it('gives a record alone with its resource and scope (the dead-letter value)', () => {
    const alone = recordAlone(records[2]);
    expect(locateRecords(alone).map((r) => [r.where, r.scope.scope?.name, r.resource.resource?.attributes?.[0].value?.string_value])).toEqual([['resource_logs[0].scope_logs[0].log_records[0]', 'pino', 'checkout']]);
  });
});
