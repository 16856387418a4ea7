// The log read API over HTTP against the real engine: log records written into embedded
// ClickHouse (chdb) through trace-store's log writer, the query API started in-process as the
// query-service and the view-generator wire it (TraceReader + LogsReader), and the requests Grafana's
// Loki data source sends: its backend's query_range/query parameters (grafana/grafana
// pkg/tsdb/loki/api.go, makeDataRequest: direction, limit, query, start/end in ns, step as `<n>ms`,
// `time` for instant queries; url.Values.Encode sorts them), the trace-to-logs queries of
// public/app/features/explore/TraceView/createSpanLink.tsx, and the logs volume query of
// public/app/plugins/datasource/loki/datasource.ts (getSupplementaryQuery). Plus tracehouse's own
// /api/traces/{id}/logs and /api/logs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryApi } from '@tracehouse/query-api';
import { ClickHouseLogWriter, LogBatch, LogsReader, TraceReader, TraceStore, type LogRow } from '@tracehouse/trace-store';

const ACME = 'acme';
const GLOBEX = 'globex';
const MS = 1_000_000n;
const MINUTE = 60_000n * MS;
const T0 = 1_772_359_200_000_000_000n; // 2026-03-01T10:00:00Z
const NOW = T0 + 10n * MINUTE;
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_CHECKOUT = '00f067aa0ba902b7';
const SPAN_PAYMENT = 'b7ad6b7169203331';

function log(fields: Partial<LogRow> & Pick<LogRow, 'serviceName' | 'timeUnixNano' | 'body'>): LogRow {
  return {
    tenant: ACME, observedTimeUnixNano: fields.timeUnixNano, traceId: '', spanId: '', traceFlags: 1, severityNumber: 9, severityText: 'INFO', eventName: '',
    attributes: {}, resourceAttributes: { 'service.name': fields.serviceName, 'deployment.environment': 'prod' }, scopeName: 'app', scopeVersion: '1.0.0',
    droppedAttributesCount: 0, receivedAtMs: Date.now(), ...fields,
  };
}

// A checkout whose payment fails (inside trace TRACE), a later request, and one line of another tenant.
const LOGS: LogRow[] = [
  log({ serviceName: 'checkout', timeUnixNano: T0 + 1n * MS, traceId: TRACE, spanId: SPAN_CHECKOUT, body: 'checkout started order=1234', attributes: { 'http.method': 'POST', 'order.items': 3n } }),
  log({ serviceName: 'payment', timeUnixNano: T0 + 10n * MS, traceId: TRACE, spanId: SPAN_PAYMENT, severityNumber: 17, severityText: 'ERROR', body: 'payment declined: card_expired', resourceAttributes: { 'service.name': 'payment', 'deployment.environment': 'prod' } }),
  log({ serviceName: 'checkout', timeUnixNano: T0 + 20n * MS, traceId: TRACE, spanId: SPAN_CHECKOUT, severityNumber: 17, severityText: 'ERROR', body: 'checkout failed order=1234' }),
  // A logger that writes the ids into the line itself (what the classic trace-to-logs query looks for).
  log({ serviceName: 'legacy-billing', timeUnixNano: T0 + 30n * MS, traceId: TRACE, spanId: SPAN_CHECKOUT, body: `charging card trace_id=${TRACE} span_id=${SPAN_CHECKOUT}`, resourceAttributes: { 'service.name': 'legacy-billing', 'deployment.environment': 'prod' } }),
  log({ serviceName: 'checkout', timeUnixNano: T0 + 2n * MINUTE, body: 'checkout started order=1235', severityNumber: 13, severityText: 'WARN' }),
  log({ tenant: GLOBEX, serviceName: 'checkout', timeUnixNano: T0 + 5n * MS, traceId: TRACE, spanId: SPAN_CHECKOUT, body: 'globex line' }),
];

let dir: string;
let store: TraceStore;
let api: QueryApi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loki-api-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_logs_api' });
  await store.migrate();
  const batch = new LogBatch();
  batch.add(LOGS);
  await new ClickHouseLogWriter(store).write(batch);
  // Grafana's Loki data source sends the tenant as X-Scope-OrgID (a custom header of the data source).
  api = new QueryApi({ host: '127.0.0.1', port: 0, traces: new TraceReader(store), logs: new LogsReader(store), now: () => NOW, tenancy: { tenantHeader: 'x-scope-orgid', apiKeyHeader: 'x-api-key' } });
  await api.start();
});

afterAll(async () => {
  await api?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, params: Record<string, string> = {}, tenant: string | null = ACME): Promise<{ status: number; body: Record<string, unknown> }> {
  // Go's url.Values.Encode: keys sorted, form-encoded.
  const qs = new URLSearchParams(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
  const res = await fetch(`${api.url}${path}${qs ? `?${qs}` : ''}`, { headers: tenant === null ? {} : { 'X-Scope-OrgID': tenant } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A range query as Grafana's backend sends it. */
const rangeQuery = (query: string, extra: Record<string, string> = {}) =>
  get('/loki/api/v1/query_range', { direction: 'backward', limit: '1000', query, start: String(T0 - 5n * MINUTE), end: String(T0 + 5n * MINUTE), step: '60000ms', ...extra });

type Streams = { stream: Record<string, string>; values: [string, string][] }[];
const lines = (body: Record<string, unknown>): string[] => ((body.data as { result: Streams }).result).flatMap((s) => s.values).sort((a, b) => (BigInt(b[0]) > BigInt(a[0]) ? 1 : -1)).map((v) => v[1]);

describe('Loki query_range: log queries', () => {
  it('answers the trace-to-logs query (line filter by trace and span id) with streams of [ns, line]', async () => {
    const { status, body } = await rangeQuery(`{service_name="legacy-billing"} |="${TRACE}" |="${SPAN_CHECKOUT}"`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'success', data: { resultType: 'streams', result: [{ values: [[String(T0 + 30n * MS), `charging card trace_id=${TRACE} span_id=${SPAN_CHECKOUT}`]] }] } });
    // As Loki's |=, the filter looks in the line only: OTLP lines without the ids in their text match nothing.
    expect(lines((await rangeQuery(`{service_name="checkout"} |="${TRACE}"`)).body)).toEqual([]);
  });

  it('answers the newer trace-to-logs query, which also matches the trace_id label', async () => {
    const expr = `{service_name="checkout"} | label_format log_line_contains_trace_id=\`{{ contains "${TRACE}" __line__  }}\` | log_line_contains_trace_id="true" OR trace_id="${TRACE}"`;
    const { status, body } = await rangeQuery(expr);
    expect(status).toBe(200);
    const result = (body.data as { result: Streams }).result;
    expect(lines(body)).toEqual(['checkout failed order=1234', 'checkout started order=1234']);
    const started = result.find((s) => s.values.some((v) => v[1] === 'checkout started order=1234'));
    expect(started?.stream).toEqual({
      service_name: 'checkout', deployment_environment: 'prod', detected_level: 'info', severity_text: 'INFO',
      trace_id: TRACE, span_id: SPAN_CHECKOUT, http_method: 'POST', order_items: '3',
    });
    expect(started?.values).toEqual([[String(T0 + 1n * MS), 'checkout started order=1234']]);
  });

  it('answers the Explore query with a stream selector, a line filter and a label filter; newest first, limited', async () => {
    const { body } = await rangeQuery('{deployment_environment="prod"} |= "order=123" | level=~"error|warn"');
    expect(lines(body)).toEqual(['checkout started order=1235', 'checkout failed order=1234']);
    const limited = await rangeQuery('{deployment_environment="prod"}', { limit: '2' });
    expect(lines(limited.body)).toEqual(['checkout started order=1235', `charging card trace_id=${TRACE} span_id=${SPAN_CHECKOUT}`]);
    const forward = await rangeQuery('{deployment_environment="prod"}', { limit: '2', direction: 'forward' });
    expect(lines(forward.body)).toEqual(['payment declined: card_expired', 'checkout started order=1234']);
  });

  it('reads start and end as Loki does: ns, seconds, fractional seconds, RFC 3339', async () => {
    const s = Number(T0 / 1_000_000_000n);
    for (const [start, end] of [[String(s - 60), String(s + 60)], [`${s - 60}.5`, `${s + 60}.25`], ['2026-03-01T09:59:00Z', '2026-03-01T10:01:00.000000001Z']]) {
      const { status, body } = await rangeQuery('{service_name="payment"}', { start: start as string, end: end as string });
      expect(status).toBe(200);
      expect(lines(body)).toEqual(['payment declined: card_expired']);
    }
  });

  it('keeps tenants apart', async () => {
    const { body } = await rangeQuery('{service_name="checkout"} |= "globex"', {});
    expect(lines(body)).toEqual([]);
    const other = await get('/loki/api/v1/query_range', { query: '{service_name="checkout"}', start: String(T0 - MINUTE), end: String(T0 + MINUTE) }, GLOBEX);
    expect(lines(other.body)).toEqual(['globex line']);
  });
});

describe('Loki metric queries', () => {
  it('answers the logs volume query (sum by level, detected_level) with a matrix of [seconds, "count"]', async () => {
    const { status, body } = await rangeQuery('sum by (level, detected_level) (count_over_time({service_name=~"checkout|payment"} | drop __error__[1m]))', { start: String(T0 - MINUTE), end: String(T0 + 3n * MINUTE) });
    expect(status).toBe(200);
    const t = (m: bigint) => Number((T0 + m * MINUTE) / MS) / 1000;
    expect(body).toEqual({
      status: 'success',
      data: {
        resultType: 'matrix',
        stats: {},
        result: expect.arrayContaining([
          { metric: { level: 'error', detected_level: 'error' }, values: [[t(1n), '2']] },
          { metric: { level: 'info', detected_level: 'info' }, values: [[t(1n), '1']] },
          { metric: { level: 'warn', detected_level: 'warn' }, values: [[t(2n), '1']] },
        ]),
      },
    });
    expect((body.data as { result: unknown[] }).result).toHaveLength(3);
  });

  it('answers an instant query with a vector', async () => {
    const { body } = await get('/loki/api/v1/query', { direction: 'backward', query: 'sum(count_over_time({service_name="checkout"}[5m]))', time: String(T0 + 5n * MINUTE) });
    expect(body).toEqual({ status: 'success', data: { resultType: 'vector', stats: {}, result: [{ metric: {}, value: [Number((T0 + 5n * MINUTE) / MS) / 1000, '3'] }] } });
  });

  it('refuses a log query as an instant query', async () => {
    const { status, body } = await get('/loki/api/v1/query', { query: '{service_name="checkout"}', time: String(T0) });
    expect(status).toBe(400);
    expect(body).toMatchObject({ status: 'error', errorType: 'bad_data', message: expect.stringMatching(/instant/) });
  });
});

describe('Loki labels', () => {
  it('lists label names and values of the range, optionally for a stream selector', async () => {
    const range = { start: String(T0 - MINUTE), end: String(T0 + 5n * MINUTE) };
    expect((await get('/loki/api/v1/labels', range)).body).toEqual({ status: 'success', data: ['deployment_environment', 'detected_level', 'level', 'service_name'] });
    expect((await get('/loki/api/v1/label/service_name/values', range)).body).toEqual({ status: 'success', data: ['checkout', 'legacy-billing', 'payment'] });
    expect((await get('/loki/api/v1/label/level/values', { ...range, query: '{service_name="payment"}' })).body).toEqual({ status: 'success', data: ['error'] });
  });
});

describe('Loki errors', () => {
  it('answers anything outside the subset with 400 naming the part', async () => {
    for (const [query, part] of [
      ['{service_name="checkout"} | json | status="500"', '| json stage'],
      ['avg_over_time({service_name="checkout"} | unwrap latency [1m])', 'range function avg_over_time'],
      ['topk(3, sum by (service_name) (rate({service_name=~".+"}[1m])))', 'aggregation topk'],
    ] as const) {
      const { status, body } = await rangeQuery(query);
      expect(status).toBe(400);
      expect(body).toMatchObject({ status: 'error', errorType: 'bad_data' });
      expect(String(body.message)).toContain(part);
    }
  });

  it('answers bad parameters with 400 naming the parameter', async () => {
    expect((await rangeQuery('{service_name="checkout"}', { limit: '0' })).body.message).toMatch(/limit/);
    expect((await rangeQuery('{service_name="checkout"}', { direction: 'sideways' })).body.message).toMatch(/direction/);
    expect((await rangeQuery('{service_name="checkout"}', { start: 'yesterday' })).body.message).toMatch(/start/);
    expect((await get('/loki/api/v1/query_range', {})).body.message).toMatch(/query/);
    expect((await rangeQuery('sum(count_over_time({service_name="checkout"}[1m]))', { step: '1ms' })).status).toBe(400);
  });

  it('a request without the tenant header reads the default tenant, which has no logs here', async () => {
    const { status, body } = await get('/loki/api/v1/labels', { start: String(T0 - MINUTE), end: String(T0 + 5n * MINUTE) }, null);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'success', data: [] });
  });
});

describe("tracehouse's log endpoints", () => {
  it('GET /api/traces/{id}/logs: the trace\'s logs oldest first, one span\'s with spanId', async () => {
    const { status, body } = await get(`/api/traces/${TRACE}/logs`);
    expect(status).toBe(200);
    const data = body.data as Record<string, unknown>[];
    expect(data.map((l) => [l.serviceName, l.body, l.level])).toEqual([
      ['checkout', 'checkout started order=1234', 'info'],
      ['payment', 'payment declined: card_expired', 'error'],
      ['checkout', 'checkout failed order=1234', 'error'],
      ['legacy-billing', `charging card trace_id=${TRACE} span_id=${SPAN_CHECKOUT}`, 'info'],
    ]);
    expect(data[0]).toMatchObject({ timeUnixNano: String(T0 + MS), traceId: TRACE, spanId: SPAN_CHECKOUT, attributes: expect.arrayContaining([{ key: 'order.items', value: { intValue: '3' } }]) });
    const span = await get(`/api/traces/${TRACE}/logs`, { spanId: SPAN_PAYMENT });
    expect((span.body.data as { body: string }[]).map((l) => l.body)).toEqual(['payment declined: card_expired']);
  });

  it('GET /api/logs: search by service, severity, text, attribute and LogQL, newest first, paged by cursor', async () => {
    const window = { start: String((T0 - MINUTE) / 1000n), end: String((T0 + 5n * MINUTE) / 1000n) };
    const bodiesOf = async (params: Record<string, string>) => ((await get('/api/logs', { ...window, ...params })).body.data as { body: string }[]).map((l) => l.body);
    expect(await bodiesOf({ service: 'checkout', minSeverity: 'error' })).toEqual(['checkout failed order=1234']);
    expect(await bodiesOf({ text: 'declined' })).toEqual(['payment declined: card_expired']);
    expect(await bodiesOf({ attr: 'http.method:POST' })).toEqual(['checkout started order=1234']);
    expect(await bodiesOf({ query: '{service_name="checkout"} != "failed"' })).toEqual(['checkout started order=1235', 'checkout started order=1234']);
    const first = await get('/api/logs', { ...window, limit: '3' });
    expect((first.body.data as unknown[]).length).toBe(3);
    const second = await get('/api/logs', { ...window, limit: '3', cursor: String(first.body.nextCursor) });
    expect((second.body.data as { body: string }[]).map((l) => l.body)).toEqual(['payment declined: card_expired', 'checkout started order=1234']);
    const bad = await get('/api/logs', { ...window, query: '{service_name="checkout"} | logfmt' });
    expect(bad.status).toBe(400);
  });
});
