// The log path on the real engine (chdb): records split as the collector splits them, handled by
// LogsHandler, inserted by ClickHouseLogWriter and read back by LogsReader; then every message
// handled again (a replay after a crash before the commit) leaves what the reader returns, and the
// view's distinct record count, unchanged. A record whose row ClickHouse cannot hold is the only
// one dead-lettered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Long from 'long';
import { createLogger, Metrics } from '@tracehouse/observability';
import { splitLogsByKey, type LogsData } from '@tracehouse/otlp';
import { DEFAULT_REDACT_KEYS, DEFAULT_REDACT_QUERY_PARAMS, Redactor } from '@tracehouse/redaction';
import type { InboundMessage } from '@tracehouse/stage-runtime';
import { OTLP_LOGS } from '@tracehouse/topics';
import { ClickHouseLogWriter, LogsReader, TraceStore } from '@tracehouse/trace-store';
import { LogsHandler } from './logs.handler';

const TRACE = '5b8efff798038103d269b633813fc60c';
const NOW_MS = Date.now();
const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
let dir: string;
let store: TraceStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'logs-path-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_log_path' });
  await store.migrate();
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A request of two services: checkout logging in a trace (a secret in a map body), billing outside any trace. */
const request: LogsData = {
  resource_logs: [
    {
      resource: { attributes: [{ key: 'service.name', value: { string_value: 'checkout' } }] },
      scope_logs: [
        {
          log_records: [
            { time_unix_nano: Long.fromString(`${NOW_MS}000001`, true), severity_number: 9, body: { string_value: 'cart loaded' }, trace_id: hex(TRACE), span_id: hex('1111111111111111') },
            { time_unix_nano: Long.fromString(`${NOW_MS}000002`, true), severity_number: 17, body: { kvlist_value: { values: [{ key: 'msg', value: { string_value: 'card declined' } }, { key: 'api_key', value: { string_value: 'k-123' } }] } }, trace_id: hex(TRACE), span_id: hex('2222222222222222') },
          ],
        },
      ],
    },
    { resource: { attributes: [{ key: 'service.name', value: { string_value: 'billing' } }] }, scope_logs: [{ log_records: [{ time_unix_nano: Long.fromString(`${NOW_MS}000003`, true), body: { string_value: 'nightly invoice run' } }] }] },
  ],
};

function messages(firstOffset: number): InboundMessage[] {
  return splitLogsByKey(request, { maxPartBytes: 1_000_000 }).parts.map((p, i) => ({
    topic: 'otlp-logs',
    partition: 0,
    offset: String(firstOffset + i),
    key: Buffer.from(OTLP_LOGS.key(p.traceId ? { traceId: p.traceId } : { service: p.service })),
    value: Buffer.from(p.value),
    headers: OTLP_LOGS.headers('acme', NOW_MS),
    timestamp: NOW_MS,
  }));
}

const handler = (): LogsHandler =>
  new LogsHandler({
    writer: new ClickHouseLogWriter(store),
    redactor: new Redactor({ keys: [...DEFAULT_REDACT_KEYS], queryParams: [...DEFAULT_REDACT_QUERY_PARAMS] }),
    logger: createLogger('view-generator', { level: 'silent' }),
    metrics: new Metrics('view-generator'),
    batchMaxRecords: 1_000,
    batchMaxAgeMs: 10,
    retryMaxMs: 1_000,
  });

async function distinctRecords(): Promise<number> {
  const result = await store.client.query({ query: `SELECT uniqExact(record_hash) AS n FROM ${store.qualified('logs')} WHERE tenant = 'acme'`, format: 'JSONEachRow' });
  return Number(((await result.json()) as Array<{ n: string }>)[0]?.n);
}

it('stores the records of a request, redacted, and a replay of every message changes nothing a reader sees', async () => {
  const reader = new LogsReader(store);
  const first = handler();
  for (const m of messages(0)) expect(await first.handle(m)).toEqual([]);
  await first.drain();
  expect(first.heldOffset('otlp-logs', 0)).toBeUndefined();
  const inTrace = await reader.logsOfTrace('acme', TRACE);
  expect(inTrace.map((l) => [l.spanId, l.body])).toEqual([
    ['1111111111111111', 'cart loaded'],
    ['2222222222222222', '{"msg":"card declined","api_key":"REDACTED"}'],
  ]);
  const range = { fromUnixNano: BigInt(NOW_MS - 60_000) * 1_000_000n, toUnixNano: BigInt(NOW_MS + 60_000) * 1_000_000n };
  expect((await reader.search('acme', { range, text: 'invoice' })).logs.map((l) => [l.serviceName, l.traceId])).toEqual([['billing', '']]);
  expect(await distinctRecords()).toBe(3);

  // A crash before the commit: a new handler reads the same messages again.
  const replay = handler();
  for (const m of messages(0)) await replay.handle(m);
  await replay.drain();
  expect((await reader.logsOfTrace('acme', TRACE)).map((l) => l.body)).toEqual(inTrace.map((l) => l.body));
  expect((await reader.search('acme', { range })).logs).toHaveLength(3);
  expect(await distinctRecords()).toBe(3);
}, 60_000);
