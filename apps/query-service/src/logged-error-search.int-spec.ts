// Trace search's "logged an error" filter (issue 16) against the real engine (embedded chdb): spans
// written through the view writer, log records through the log writer, and the query API's searches
// (Jaeger `/api/traces`, `/api/trace-summaries`, api_v3) with `loggedError`. A trace matches when
// one of its log records, of any service, is at OTLP severity ERROR (17) or above; WARN, a span
// error without an error log, another tenant's error log and a log far outside the range do not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryApi } from '@tracehouse/query-api';
import { ClickHouseLogWriter, ClickHouseViewWriter, LogBatch, LogsReader, LOGGED_ERROR_SLACK_NS, TraceReader, TraceStore, ViewBatch, type LogRow, type SpanRow } from '@tracehouse/trace-store';
import { ACME, fragment, GLOBEX, sid, span, T0, T0_MS, T0_US } from './testdata/views';

const MS = 1_000_000n;
const MINUTE = 60_000n * MS;
const NOW = T0 + 10n * MINUTE;

/** Traces of acme; each named after what its logs say. */
const T = {
  /** payment logs ERROR (17, the threshold) inside the checkout: matches. */
  paymentError: 'aa000000000000000000000000000001',
  /** only INFO and WARN (13) lines: no match. */
  onlyWarnings: 'aa000000000000000000000000000002',
  /** a failing span, but no error log: no match (span errors are the `error=true` tag's business). */
  spanErrorNoLog: 'aa000000000000000000000000000003',
  /** a FATAL (21) line written 5 minutes after the search's end (a long trace): matches. */
  fatalLate: 'aa000000000000000000000000000004',
  /** severity 16 (WARN4), one below ERROR: no match. */
  warn4: 'aa000000000000000000000000000005',
  /** an ERROR line 2 hours after the range: outside the widened range, no match. */
  errorFarLater: 'aa000000000000000000000000000006',
} as const;

function trace(traceId: string, n: number, opts: { atMs: number; spanError?: boolean }): SpanRow[] {
  return [
    span({ tenant: ACME, traceId, spanId: sid(n), serviceName: 'frontend', spanName: 'GET /checkout', kind: 'SERVER', atMs: opts.atMs, durationMs: 100 }),
    span({ tenant: ACME, traceId, spanId: sid(n + 1), parentSpanId: sid(n), serviceName: 'payment', spanName: 'charge', kind: 'SERVER', atMs: opts.atMs + 10, durationMs: 50, isError: opts.spanError === true, statusCode: opts.spanError ? 'ERROR' : 'UNSET' }),
  ];
}

const SPANS: SpanRow[][] = [
  trace(T.paymentError, 10, { atMs: 1_000 }),
  trace(T.onlyWarnings, 20, { atMs: 2_000 }),
  trace(T.spanErrorNoLog, 30, { atMs: 3_000, spanError: true }),
  trace(T.fatalLate, 40, { atMs: 4_000 }),
  trace(T.warn4, 50, { atMs: 5_000 }),
  trace(T.errorFarLater, 60, { atMs: 6_000 }),
];

function log(fields: Partial<LogRow> & Pick<LogRow, 'serviceName' | 'timeUnixNano' | 'body'>): LogRow {
  return {
    tenant: ACME, observedTimeUnixNano: fields.timeUnixNano, traceId: '', spanId: '', traceFlags: 1, severityNumber: 9, severityText: 'INFO', eventName: '',
    attributes: {}, resourceAttributes: { 'service.name': fields.serviceName }, scopeName: 'app', scopeVersion: '1.0.0', droppedAttributesCount: 0, receivedAtMs: T0_MS,
    ...fields,
  };
}

const at = (ms: number): bigint => T0 + BigInt(ms) * MS;

const LOGS: LogRow[] = [
  log({ serviceName: 'frontend', timeUnixNano: at(1_001), traceId: T.paymentError, spanId: sid(10), body: 'checkout started' }),
  log({ serviceName: 'payment', timeUnixNano: at(1_020), traceId: T.paymentError, spanId: sid(11), severityNumber: 17, severityText: 'ERROR', body: 'card declined' }),
  log({ serviceName: 'payment', timeUnixNano: at(2_020), traceId: T.onlyWarnings, spanId: sid(21), body: 'retrying' }),
  log({ serviceName: 'payment', timeUnixNano: at(2_030), traceId: T.onlyWarnings, spanId: sid(21), severityNumber: 13, severityText: 'WARN', body: 'slow gateway' }),
  log({ serviceName: 'payment', timeUnixNano: at(4_000) + 5n * MINUTE, traceId: T.fatalLate, spanId: sid(41), severityNumber: 21, severityText: 'FATAL', body: 'ledger unreachable' }),
  log({ serviceName: 'payment', timeUnixNano: at(5_020), traceId: T.warn4, spanId: sid(51), severityNumber: 16, severityText: 'WARN4', body: 'almost an error' }),
  log({ serviceName: 'payment', timeUnixNano: at(6_000) + 120n * MINUTE, traceId: T.errorFarLater, spanId: sid(61), severityNumber: 17, severityText: 'ERROR', body: 'much later' }),
  // Another tenant's error line under acme's trace id: invisible to acme.
  log({ tenant: GLOBEX, serviceName: 'payment', timeUnixNano: at(2_040), traceId: T.onlyWarnings, spanId: sid(21), severityNumber: 17, severityText: 'ERROR', body: 'globex error' }),
  // An error line outside any trace.
  log({ serviceName: 'payment', timeUnixNano: at(7_000), severityNumber: 17, severityText: 'ERROR', body: 'no trace' }),
];

/** The search window: T0 .. T0 + 10 s in µs (Jaeger's units); the late FATAL line is after it. */
const WINDOW = { start: String(T0_US), end: String(T0_US + 10_000_000) };

let dir: string;
let store: TraceStore;
let api: QueryApi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'logged-error-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_logged_error' });
  await store.migrate();
  const views = new ViewBatch();
  for (const spans of SPANS) views.add({ spans, traceFragments: [fragment(spans)] });
  await new ClickHouseViewWriter(store).write(views);
  const logs = new LogBatch();
  logs.add(LOGS);
  await new ClickHouseLogWriter(store).write(logs);
  // A replayed copy of the error line: still one trace, once.
  const replay = new LogBatch();
  replay.add([LOGS[1] as LogRow]);
  await new ClickHouseLogWriter(store).write(replay);
  api = new QueryApi({ host: '127.0.0.1', port: 0, traces: new TraceReader(store), logs: new LogsReader(store), now: () => NOW, tenancy: { tenantHeader: 'x-tenant-id', apiKeyHeader: 'x-api-key' } });
  await api.start();
});

afterAll(async () => {
  await api?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, params: Record<string, string>, tenant = ACME): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${api.url}${path}?${new URLSearchParams(params)}`, { headers: { 'x-tenant-id': tenant } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const summaryIds = async (params: Record<string, string>, tenant = ACME): Promise<string[]> => {
  const { status, body } = await get('/api/trace-summaries', { ...WINDOW, ...params }, tenant);
  expect(status).toBe(200);
  return (body.data as { traceId: string }[]).map((s) => s.traceId);
};

describe('trace search: traces that logged an error', () => {
  it('without the filter, finds every trace of the window', async () => {
    expect((await summaryIds({ service: 'frontend' })).sort()).toEqual(Object.values(T).sort());
  });

  it('loggedError=true keeps only traces with a log at ERROR or above, in the range widened by the slack', async () => {
    // Most recent first, as every search: fatalLate's spans start after paymentError's.
    expect(await summaryIds({ service: 'frontend', loggedError: 'true' })).toEqual([T.fatalLate, T.paymentError]);
    expect(LOGGED_ERROR_SLACK_NS).toBeGreaterThan(5n * MINUTE);
  });

  it('looks at the logs of every service of the trace, whichever service the search names', async () => {
    // The error line is payment's; the search is about frontend's spans (and about payment's).
    expect(await summaryIds({ service: 'payment', loggedError: 'true' })).toEqual([T.fatalLate, T.paymentError]);
    expect(await summaryIds({ service: 'frontend', operation: 'GET /checkout', loggedError: '1' })).toEqual([T.fatalLate, T.paymentError]);
  });

  it('combines with the other conditions (a span error tag, a time window)', async () => {
    // Span errors and error logs are different things: the only trace with a failing span logged none.
    expect(await summaryIds({ service: 'payment', tags: JSON.stringify({ error: 'true' }) })).toEqual([T.spanErrorNoLog]);
    expect(await summaryIds({ service: 'payment', tags: JSON.stringify({ error: 'true' }), loggedError: 'true' })).toEqual([]);
    // A window holding only paymentError's spans.
    expect(await summaryIds({ service: 'frontend', loggedError: 'true', start: String(T0_US + 500_000), end: String(T0_US + 1_500_000) })).toEqual([T.paymentError]);
  });

  it('loggedError=false is no filter', async () => {
    expect((await summaryIds({ service: 'frontend', loggedError: 'false' })).sort()).toEqual(Object.values(T).sort());
  });

  it('keeps tenants apart: another tenant\'s error line under the same trace id does not count', async () => {
    expect(await summaryIds({ service: 'frontend', loggedError: 'true' })).not.toContain(T.onlyWarnings);
    expect(await summaryIds({ service: 'frontend', loggedError: 'true' }, GLOBEX)).toEqual([]);
  });

  it('works on Jaeger /api/traces and api_v3 searches too', async () => {
    const jaeger = await get('/api/traces', { ...WINDOW, service: 'frontend', loggedError: 'true' });
    expect(jaeger.status).toBe(200);
    expect((jaeger.body.data as { traceID: string; spans: unknown[] }[]).map((t) => [t.traceID, t.spans.length])).toEqual([
      [T.fatalLate, 2],
      [T.paymentError, 2],
    ]);
    const v3 = await get('/api/v3/traces', { 'query.service_name': 'frontend', 'query.start_time_min': new Date(Number(T0 / MS)).toISOString(), 'query.start_time_max': new Date(Number(T0 / MS) + 10_000).toISOString(), 'query.logged_error': 'true' });
    expect(v3.status).toBe(200);
    const ids = ((v3.body.result as { resourceSpans: { scopeSpans: { spans: { traceId: string }[] }[] }[] }).resourceSpans)
      .flatMap((r) => r.scopeSpans.flatMap((s) => s.spans.map((x) => x.traceId)));
    expect([...new Set(ids)].sort()).toEqual([T.paymentError, T.fatalLate].sort());
  });

  it('answers 400 naming the parameter for a value that is not a boolean', async () => {
    const { status, body } = await get('/api/trace-summaries', { ...WINDOW, service: 'frontend', loggedError: 'yes' });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('loggedError: must be true or false (got \\"yes\\")');
  });

  it('reads the logs through their skip indexes (severity, time) and the spans through the trace-id set', async () => {
    // The shape of the reader's search (reader.ts searchTraces), explained by the engine itself.
    const logFrom = T0 - LOGGED_ERROR_SLACK_NS;
    const logTo = T0 + 10_000n * MS + LOGGED_ERROR_SLACK_NS;
    const logs = `SELECT trace_id FROM ${store.qualified('logs')} WHERE tenant = 'acme' AND severity_number >= 17 AND trace_id != ''
      AND timestamp >= fromUnixTimestamp64Nano(${logFrom}) AND timestamp < fromUnixTimestamp64Nano(${logTo})`;
    const search = `SELECT trace_id, max(start_time) AS latest FROM ${store.qualified('spans')}
      WHERE tenant = 'acme' AND start_time >= fromUnixTimestamp64Nano(${T0}) AND start_time < fromUnixTimestamp64Nano(${T0 + 10_000n * MS}) AND service_name = 'frontend'
        AND trace_id IN (${logs})
      GROUP BY trace_id ORDER BY latest DESC, trace_id LIMIT 20`;
    const explain = async (sql: string): Promise<string> => (await store.client.query({ query: `EXPLAIN indexes = 1 ${sql}`, format: 'TabSeparatedRaw' })).text();
    // The logs subquery: the severity and time minmax indexes skip granules without error lines.
    const logsPlan = await explain(logs);
    expect(logsPlan).toMatch(/Name: idx_severity[\s\S]*Condition: \(severity_number in \[17, \+Inf\)\)/);
    expect(logsPlan).toContain('Name: idx_timestamp');
    // The spans: the subquery's set of trace ids (built before planning) is a primary-key condition
    // and goes to the trace-id bloom filter.
    const plan = await explain(search);
    expect(plan).toMatch(/trace_id in \d+-element set/);
    expect(plan).toContain('Name: idx_trace_id');
    // And the reader's own search with the filter runs on the same store.
    const found = await new TraceReader(store).searchTraces(ACME, { range: { fromUnixNano: T0, toUnixNano: T0 + 10_000n * MS }, loggedError: true });
    expect(found.map((s) => s.traceId)).toEqual([T.fatalLate, T.paymentError]);
  });
});

describe('error logs per service (the UI home page: GET /api/logs/errors-by-service)', () => {
  const window = { start: String(T0_US), end: String(T0_US + 600_000_000) };

  it('counts each service\'s records at ERROR or above once (a replay is one record), with the newest lines first', async () => {
    const { status, body } = await get('/api/logs/errors-by-service', window);
    expect(status).toBe(200);
    const data = body.data as { service: string; count: number; latest: { body: string; traceId: string; severityNumber: number }[] }[];
    // payment: card declined (17, written twice), ledger unreachable (21), no trace (17); not WARN4 (16)
    // nor the line two hours later; frontend logged no error.
    expect(data.map((d) => [d.service, d.count])).toEqual([['payment', 3]]);
    expect(data[0]?.latest.map((l) => [l.body, l.traceId])).toEqual([
      ['ledger unreachable', T.fatalLate],
      ['no trace', ''],
      ['card declined', T.paymentError],
    ]);
    const one = await get('/api/logs/errors-by-service', { ...window, perService: '1' });
    expect((one.body.data as { latest: unknown[] }[])[0]?.latest).toHaveLength(1);
  });

  it('is scoped to the tenant and refuses a bad perService naming it', async () => {
    const globex = await get('/api/logs/errors-by-service', window, GLOBEX);
    expect((globex.body.data as { service: string; count: number }[]).map((d) => [d.service, d.count])).toEqual([['payment', 1]]);
    const bad = await get('/api/logs/errors-by-service', { ...window, perService: '50' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('perService');
  });
});
