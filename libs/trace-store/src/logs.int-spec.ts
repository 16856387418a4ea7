// The `logs` view against the real ClickHouse engine (embedded chdb): rows written through the
// writer (LogBatch -> ClickHouseLogWriter -> the store's staged insert) and read back by LogsReader:
// the logs of a trace and of a span, searches with every filter and cursor paging, LogQL selections,
// metric counts, labels, the traces that logged errors, replay idempotency and tenancy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLogQL, type LogSelection } from '@tracehouse/logql';
import { ClickHouseLogWriter, LogBatch, type LogRow } from './logs';
import { LogsReader, type StoredLog } from './logs-reader';
import { MIGRATIONS } from './migrations';
import { TraceQueryError } from './query-validation';
import { TraceStore } from './store';
import { allTenantLogs, CHECKOUT_TRACE, checkoutTraceLogs, logRow, OK_TRACE, otherTenantLogs, sameInstantLogs, SPANS, T0_NS, TENANT } from './testdata/logs';

const MS = 1_000_000n;
const MINUTE = 60_000n * MS;
const around = { fromUnixNano: T0_NS - 10n * MINUTE, toUnixNano: T0_NS + 10n * MINUTE };

let dir: string;
let store: TraceStore;
let reader: LogsReader;

async function write(rows: LogRow[]): Promise<void> {
  const batch = new LogBatch();
  batch.add(rows);
  await new ClickHouseLogWriter(store).write(batch);
}

function selection(query: string): LogSelection {
  const q = parseLogQL(query);
  if (q.kind !== 'log') throw new Error('expected a log query');
  return q.selection;
}

const bodies = (logs: readonly StoredLog[]): string[] => logs.map((l) => l.body);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'logs-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_logs_test' });
  await store.migrate();
  reader = new LogsReader(store);
  await write([...allTenantLogs(), ...otherTenantLogs]);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('schema', () => {
  it('creates logs partitioned by arrival day with a text index on the body', async () => {
    const result = await store.client.query({
      query: "SELECT name, type FROM system.data_skipping_indices WHERE database = {db:String} AND table = 'logs' ORDER BY name",
      query_params: { db: store.database },
      format: 'JSONEachRow',
    });
    expect(await result.json()).toEqual([
      { name: 'idx_body', type: 'text' },
      { name: 'idx_severity', type: 'minmax' },
      { name: 'idx_timestamp', type: 'minmax' },
      { name: 'idx_trace_id', type: 'bloom_filter' },
    ]);
    const table = await store.client.query({ query: "SELECT partition_key FROM system.tables WHERE database = {db:String} AND name = 'logs'", query_params: { db: store.database }, format: 'JSONEachRow' });
    expect(await table.json()).toEqual([{ partition_key: 'toDate(received_at)' }]);
  });

  it('applies the configured retention to logs, counted from arrival', async () => {
    await store.applyRetention({ spans: 7, traces: 7, service_calls: 30, backend_calls: 30, api_calls: 30, operations: 30, logs: 5 });
    expect(await store.currentTtl('logs')).toEqual({ column: 'received_at', days: 5 });
    // Where each trace logged is kept as long as its lines.
    expect(await store.currentTtl('log_traces')).toEqual({ column: 'received_at', days: 5 });
    await store.applyRetention({ spans: 0, traces: 0, service_calls: 0, backend_calls: 0, api_calls: 0, operations: 0, logs: 0 });
    expect(await store.currentTtlDays('logs')).toBe(0);
  });

  it('serves a parameterized substring search from the body text index', async () => {
    const result = await store.client.query({
      query: `EXPLAIN indexes = 1 SELECT count() FROM ${store.qualified('logs')} WHERE body LIKE {p:String}`,
      query_params: { p: '%declined%' },
      format: 'TabSeparatedRaw',
    });
    expect(await result.text()).toMatch(/__text_index_idx_body|idx_body/);
  });
});

describe('logs of a trace and of a span', () => {
  it('returns the trace\'s logs of every service, oldest first, with typed attributes and bodies', async () => {
    const logs = await reader.logsOfTrace(TENANT, CHECKOUT_TRACE);
    expect(logs.map((l) => [l.serviceName, l.level, l.spanId])).toEqual([
      ['checkout', 'info', SPANS.checkout],
      ['inventory', 'warn', SPANS.inventory],
      // Three records of the payment span in one nanosecond: all kept (ordered by their hash).
      ...[0, 1, 2].map(() => ['payment', expect.any(String), SPANS.payment]),
      ['checkout', 'error', SPANS.checkout],
      ['checkout', 'info', SPANS.checkout],
    ]);
    const error = logs.find((l) => l.body.startsWith('payment declined'));
    expect(error).toMatchObject({
      severityNumber: 17,
      severityText: 'ERROR',
      level: 'error',
      traceFlags: 1,
      timeUnixNano: T0_NS + 12n * MS,
      observedTimeUnixNano: T0_NS + 12n * MS + 250_000n,
      bodyType: 'string',
      attributes: { 'exception.type': 'CardDeclinedError', retry: 2n, 'payment.amount': 99.5, fatal: false },
      resourceAttributes: { 'service.name': 'payment', 'deployment.environment': 'staging' },
      resourceLabels: { service_name: 'payment', deployment_environment: 'staging' },
      scopeName: '@opentelemetry/winston-transport',
    });
    const audit = logs[logs.length - 1] as StoredLog;
    expect(audit).toMatchObject({ bodyType: 'map', eventName: 'audit.checkout' });
    expect(JSON.parse(audit.body)).toEqual({ event: 'audit', user: 'u-17', items: ['1', '2'] });
  });

  it('returns one span\'s logs, accepting upper-case and short ids', async () => {
    const logs = await reader.logsOfTrace(TENANT, CHECKOUT_TRACE.toUpperCase(), { spanId: SPANS.payment });
    expect(bodies(logs).sort()).toEqual(['payment declined: card_expired 100% of retries used', 'retrying charge attempt=1', 'retrying charge attempt=2']);
  });

  it('never shows another tenant\'s logs of the same trace id', async () => {
    expect(bodies(await reader.logsOfTrace(TENANT, CHECKOUT_TRACE))).not.toContain('payment declined elsewhere');
    expect(bodies(await reader.logsOfTrace('globex', CHECKOUT_TRACE))).toEqual(['payment declined elsewhere']);
  });

  it('refuses a malformed trace or span id', async () => {
    await expect(reader.logsOfTrace(TENANT, 'not-hex')).rejects.toThrow(TraceQueryError);
    await expect(reader.logsOfTrace(TENANT, CHECKOUT_TRACE, { spanId: 'xyz' })).rejects.toThrow(/spanId/);
  });
});

describe('where each trace logged (log_traces, schema version 10)', () => {
  const rows = async (query: string, params: Record<string, unknown> = {}): Promise<unknown[]> =>
    (await store.client.query({ query, query_params: params, format: 'JSONEachRow' })).json();

  it('holds, per trace and service, the first and last time it logged, filled on every insert', async () => {
    expect(
      await rows(
        `SELECT service_name, toString(toUnixTimestamp64Nano(min(first_time))) AS first, toString(toUnixTimestamp64Nano(max(last_time))) AS last
         FROM ${store.qualified('log_traces')} WHERE tenant = {t:String} AND trace_id = {id:String} GROUP BY service_name ORDER BY service_name`,
        { t: TENANT, id: CHECKOUT_TRACE },
      ),
    ).toEqual(
      (['checkout', 'inventory', 'payment'] as const).map((service) => {
        const times = checkoutTraceLogs.filter((l) => l.serviceName === service).map((l) => l.timeUnixNano);
        const min = times.reduce((a, b) => (b < a ? b : a));
        const max = times.reduce((a, b) => (b > a ? b : a));
        return { service_name: service, first: min.toString(), last: max.toString() };
      }),
    );
  });

  it('finds a line written long after the trace\'s others, in a service the trace had not logged in', async () => {
    const late = logRow({ serviceName: 'late-auditor', timeUnixNano: T0_NS + 6n * 3_600_000n * MS, traceId: OK_TRACE, spanId: SPANS.ok, body: 'audited six hours later' });
    await write([late]);
    expect(bodies(await reader.logsOfTrace(TENANT, OK_TRACE))).toContain('audited six hours later');
    expect(bodies(await reader.logsOfTrace(TENANT, OK_TRACE, { spanId: SPANS.ok }))).toContain('audited six hours later');
  });

  it('is filled from the logs stored before the version was applied', async () => {
    const older = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_logs_upgrade' });
    try {
      await older.migrate(MIGRATIONS.filter((m) => m.version < 10));
      const batch = new LogBatch();
      batch.add(checkoutTraceLogs);
      await new ClickHouseLogWriter(older).write(batch);
      // Version 10 and every later one are applied now.
      expect(await older.migrate()).toEqual(MIGRATIONS.filter((m) => m.version >= 10).map((m) => m.version));
      const logs = await new LogsReader(older).logsOfTrace(TENANT, CHECKOUT_TRACE);
      expect(logs).toHaveLength(checkoutTraceLogs.length);
    } finally {
      await older.client.command({ query: 'DROP DATABASE IF EXISTS tracehouse_logs_upgrade' });
      // Releases its hold on the engine's data folder, so the suite's own close frees it.
      await older.close();
    }
  });
});

describe('replay', () => {
  it('a batch written again (a retry, a redelivery) adds no copy to reads or counts', async () => {
    const before = await reader.logsOfTrace(TENANT, CHECKOUT_TRACE);
    await write([...checkoutTraceLogs, ...sameInstantLogs]);
    const after = await reader.logsOfTrace(TENANT, CHECKOUT_TRACE);
    expect(after.map((l) => l.id)).toEqual(before.map((l) => l.id));
    const page = await reader.search(TENANT, { range: around, limit: 1000 });
    expect(page.logs).toHaveLength(allTenantLogs().length);
    const [series] = await reader.metric(TENANT, { selection: selection('{service_name="payment"}'), fn: 'count_over_time', rangeNs: MINUTE, start: T0_NS + MINUTE, end: T0_NS + MINUTE, stepNs: MINUTE, groupBy: [] });
    expect(series?.points).toEqual([{ timeUnixNano: T0_NS + MINUTE, value: 3 }]);
  });
});

describe('search', () => {
  it('returns newest first within the time range, every service', async () => {
    const page = await reader.search(TENANT, { range: { fromUnixNano: T0_NS, toUnixNano: T0_NS + 2n * MINUTE } });
    expect(page.logs.map((l) => l.timeUnixNano)).toEqual([...page.logs.map((l) => l.timeUnixNano)].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(bodies(page.logs).slice(0, 2)).toEqual(['checkout completed order=1235', 'checkout started order=1235 cart_items=1']);
    expect(page.logs).toHaveLength(9); // the two untraced start-up lines are before T0
    expect(page.nextCursor).toBeUndefined();
  });

  it('filters by service, minimum severity, text, regex, attributes, trace and span', async () => {
    const s = (search: Omit<Parameters<LogsReader['search']>[1], 'range'>) => reader.search(TENANT, { range: around, ...search }).then((p) => bodies(p.logs));
    expect(await s({ service: 'inventory' })).toEqual(['inventory low for sku=ABC-1 (2 left)', 'cache warmed in 120ms']);
    expect(await s({ minSeverity: 17 })).toEqual(['checkout failed for order=1234', 'payment declined: card_expired 100% of retries used']);
    // % and _ are literal characters of the text, not LIKE wildcards.
    expect(await s({ text: '100%' })).toEqual(['payment declined: card_expired 100% of retries used']);
    expect(await s({ text: 'deprecated_please' })).toEqual(['config key cart.ttl is deprecated_please use cart.expiry']);
    expect(await s({ text: 'd_please' })).toEqual(['config key cart.ttl is deprecated_please use cart.expiry']);
    expect(await s({ text: 'e_p' })).toEqual([]);
    expect(await s({ regex: 'order=123[45]$' })).toEqual(['checkout completed order=1235', 'checkout failed for order=1234']);
    expect(await s({ attributes: { 'http.method': 'POST' } })).toEqual(['checkout started order=1234 cart_items=3']);
    expect(await s({ attributes: { 'deployment.environment': 'staging', retry: '2' } })).toEqual(['payment declined: card_expired 100% of retries used']);
    expect(await s({ traceId: OK_TRACE })).toEqual(['checkout completed order=1235', 'checkout started order=1235 cart_items=1']);
    expect((await s({ traceId: CHECKOUT_TRACE, spanId: SPANS.inventory }))).toEqual(['inventory low for sku=ABC-1 (2 left)']);
  });

  it('pages with a cursor through every record once, in both directions', async () => {
    const all = (await reader.search(TENANT, { range: around, limit: 1000 })).logs.map((l) => l.id);
    for (const direction of ['backward', 'forward'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) {
        const page: Awaited<ReturnType<LogsReader['search']>> = await reader.search(TENANT, { range: around, limit: 3, direction, ...(cursor ? { cursor } : {}) });
        seen.push(...page.logs.map((l) => l.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual(direction === 'backward' ? all : [...all].reverse());
    }
  });

  it('refuses a limit above the cap, a bad cursor and a regex the engine cannot compile', async () => {
    await expect(reader.search(TENANT, { range: around, limit: 5001 })).rejects.toThrow(/limit/);
    await expect(reader.search(TENANT, { range: around, cursor: 'bm9wZQ' })).rejects.toThrow(/cursor/);
    await expect(reader.search(TENANT, { range: around, regex: '(unclosed' })).rejects.toThrow(TraceQueryError);
  });

  it('runs LogQL selections: stream matchers on resource labels, line filters, label filters', async () => {
    const q = (logql: string) => reader.search(TENANT, { range: around, selection: selection(logql) }).then((p) => bodies(p.logs));
    expect(await q('{service_name="checkout", deployment_environment=~"prod.*"} |= "order=1234"')).toEqual(['checkout failed for order=1234', 'checkout started order=1234 cart_items=3']);
    expect(await q('{service_name=~".+", deployment_environment!~"prod.*"} != "retrying"')).toEqual(['payment declined: card_expired 100% of retries used']);
    expect(await q('{k8s_pod_name="checkout-7d9f"} |~ "order=12(34|35)" | trace_id="' + OK_TRACE.toUpperCase() + '"')).toEqual(['checkout completed order=1235', 'checkout started order=1235 cart_items=1']);
    expect(await q('{service_name=~"checkout|payment"} | level="error" or http_route="/api/checkout"')).toEqual(['checkout failed for order=1234', 'payment declined: card_expired 100% of retries used', 'checkout started order=1234 cart_items=3']);
    expect(await q('{service_name="inventory"} | sku="ABC-1" | remaining="2"')).toEqual(['inventory low for sku=ABC-1 (2 left)']);
    expect(await q('{service_name="checkout"} | level="warn"')).toEqual(['config key cart.ttl is deprecated_please use cart.expiry']);
    // Grafana's trace-to-logs with "filter by trace ID" (label_format + contains __line__, or trace_id).
    expect(await q(`{service_name="payment"} | label_format log_line_contains_trace_id=\`{{ contains "${CHECKOUT_TRACE}" __line__  }}\` | log_line_contains_trace_id="true" OR trace_id="${CHECKOUT_TRACE}"`)).toHaveLength(3);
  });
});

describe('metric queries', () => {
  it('counts per level in buckets of the step (Grafana\'s volume histogram)', async () => {
    const series = await reader.metric(TENANT, {
      selection: selection('{service_name=~".+"}'), fn: 'count_over_time', rangeNs: MINUTE, stepNs: MINUTE,
      start: T0_NS - MINUTE, end: T0_NS + 2n * MINUTE, groupBy: ['level'],
    });
    const byLevel = Object.fromEntries(series.map((s) => [s.labels.level, s.points.map((p) => [Number((p.timeUnixNano - T0_NS) / MINUTE), p.value])]));
    // An evaluation at t counts (t - 1m, t]: T0 - 30s and T0 - 20s fall in the one at T0.
    expect(byLevel).toEqual({
      warn: [[0, 1], [1, 1]],
      debug: [[0, 1]],
      info: [[1, 5], [2, 1]],
      error: [[1, 2]],
    });
  });

  it('sums sliding ranges longer than the step, as rate per second, and one series per stream without sum', async () => {
    const [sliding] = await reader.metric(TENANT, { selection: selection('{service_name="checkout"}'), fn: 'count_over_time', rangeNs: 5n * MINUTE, stepNs: MINUTE, start: T0_NS, end: T0_NS + 2n * MINUTE, groupBy: [] });
    expect(sliding?.points.map((p) => p.value)).toEqual([1, 5, 6]);
    const [rate] = await reader.metric(TENANT, { selection: selection('{service_name="checkout"}'), fn: 'rate', rangeNs: MINUTE, stepNs: MINUTE, start: T0_NS + MINUTE, end: T0_NS + MINUTE, groupBy: [] });
    expect(rate?.points).toEqual([{ timeUnixNano: T0_NS + MINUTE, value: 4 / 60 }]);
    const streams = await reader.metric(TENANT, { selection: selection('{service_name="payment"}'), fn: 'count_over_time', rangeNs: MINUTE, stepNs: MINUTE, start: T0_NS + MINUTE, end: T0_NS + MINUTE });
    expect(streams.map((s) => [s.labels, s.points[0]?.value])).toEqual(
      expect.arrayContaining([
        [{ service_name: 'payment', deployment_environment: 'staging', detected_level: 'error' }, 1],
        [{ service_name: 'payment', deployment_environment: 'staging', detected_level: 'info' }, 2],
      ]),
    );
  });

  it('refuses more points than Loki allows', async () => {
    await expect(reader.metric(TENANT, { selection: selection('{service_name="x"}'), fn: 'count_over_time', rangeNs: MS, stepNs: MS, start: T0_NS, end: T0_NS + MINUTE })).rejects.toThrow(/step/);
  });
});

describe('labels and error traces', () => {
  it('lists label names and values of the range', async () => {
    expect(await reader.labelNames(TENANT, around)).toEqual(['deployment_environment', 'detected_level', 'k8s_pod_name', 'level', 'service_name']);
    expect(await reader.labelValues(TENANT, 'service_name', around)).toEqual(['checkout', 'inventory', 'payment']);
    expect(await reader.labelValues(TENANT, 'deployment_environment', around, selection('{service_name="payment"}'))).toEqual(['staging']);
    expect(await reader.labelValues(TENANT, 'level', around)).toEqual(['debug', 'error', 'info', 'warn']);
    expect(await reader.labelNames(TENANT, { fromUnixNano: 1n, toUnixNano: 2n })).toEqual([]);
  });

  it('finds the traces that logged an error, most recent first', async () => {
    await write([logRow({ serviceName: 'checkout', timeUnixNano: T0_NS + 90_000n * MS, traceId: 'aaaabbbbccccddddeeeeffff00001111', spanId: '0123456789abcdef', severityNumber: 21, severityText: 'FATAL', body: 'out of memory' })]);
    expect(await reader.tracesWithErrorLogs(TENANT, { range: around })).toEqual([
      { traceId: 'aaaabbbbccccddddeeeeffff00001111', logCount: 1, lastTimeUnixNano: T0_NS + 90_000n * MS },
      { traceId: CHECKOUT_TRACE, logCount: 2, lastTimeUnixNano: T0_NS + 15n * MS },
    ]);
    expect(await reader.tracesWithErrorLogs(TENANT, { range: around, service: 'payment' })).toEqual([{ traceId: CHECKOUT_TRACE, logCount: 1, lastTimeUnixNano: T0_NS + 12n * MS }]);
  });
});

describe('writer', () => {
  it('stores the same record through the inline insert path (a server\'s) as through staged files, escapes and all', async () => {
    const traceId = 'beefbeefbeefbeefbeefbeefbeefbeef';
    const tricky = logRow({
      serviceName: 'checkout', timeUnixNano: T0_NS + 3n * MS, traceId, spanId: SPANS.checkout,
      body: 'said "no"\tthen \\ left\nsecond line \'quoted\' {braces}', attributes: { 'note\tkey': "it's\\ok", n: 7n },
    });
    const inline = TraceStore.open({ dataPath: join(dir, 'chdb'), database: store.database, stagedInserts: false });
    try {
      const batch = new LogBatch();
      batch.add([tricky]);
      await new ClickHouseLogWriter(inline).write(batch);
    } finally {
      await inline.close();
    }
    await write([tricky]);
    const copies = await store.client.query({ query: `SELECT count() AS n, uniqExact(record_hash) AS hashes FROM ${store.qualified('logs')} WHERE trace_id = {id:String}`, query_params: { id: traceId }, format: 'JSONEachRow' });
    expect(await copies.json()).toEqual([{ n: '2', hashes: '1' }]); // two inserts, one identity
    const [stored] = await reader.logsOfTrace(TENANT, traceId);
    expect(await reader.logsOfTrace(TENANT, traceId)).toHaveLength(1);
    expect(stored).toMatchObject({ body: tricky.body, attributes: { 'note\tkey': "it's\\ok", n: 7n } });
  });

  it('refuses a row the schema cannot hold before anything is written', () => {
    const batch = new LogBatch();
    expect(() => batch.add([logRow({ serviceName: 'x', timeUnixNano: T0_NS, severityNumber: 300 })])).toThrow(RangeError);
    expect(() => batch.add([logRow({ serviceName: 'x', timeUnixNano: -1n })])).toThrow(RangeError);
    expect(batch.recordCount).toBe(0);
  });
});
