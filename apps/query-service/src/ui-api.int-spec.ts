// The query API's endpoints for the web UI against the real engine: the named fixture traces (and
// a few more below) written into embedded ClickHouse (chdb, its own temp data folder) through the
// trace-store writer, the reader's new queries answering through the API on a free port, as the
// query-service wires it. Each endpoint's figures are worked out by hand from the fixture rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryApi } from '@tracehouse/query-api';
import { ClickHouseViewWriter, TraceReader, TraceStore, ViewBatch, type SpanRow } from '@tracehouse/trace-store';
import { ACME, fixtureRows, fragment, sid, span, T0, T0_US, TRACES } from './testdata/views';

const NOW = T0 + 600_000_000_000n; // T0 + 10 min
const UMBRELLA = 'umbrella';
/** umbrella: a trace whose root arrived, and one of its spans whose parent did not (an orphan). */
const ORPHANED = 'c0ffee00c0ffee00c0ffee00c0ffee00';

let dir: string;
let store: TraceStore;
let api: QueryApi;

/**
 * umbrella's services over two 10-minute windows: `pay` had no errors before T0 and fails half its
 * calls after (rising); `ship` failed half before and after (high but steady); `list` never fails.
 */
function umbrellaRows(): { spans: SpanRow[] } {
  const spans: SpanRow[] = [];
  const calls = (service: string, fromMs: number, n: number, failing: number): void => {
    for (let i = 0; i < n; i++) {
      spans.push(span({
        tenant: UMBRELLA, traceId: `${service.padEnd(8, '0').slice(0, 8).replace(/[^0-9a-f]/g, 'e')}${String(fromMs < 0 ? 1 : 2)}${String(i).padStart(23, '0')}`,
        spanId: sid(500 + i + (fromMs < 0 ? 0 : 100)), serviceName: service, spanName: 'GET /', kind: 'SERVER', role: 'ENTRY', apiEntry: true, apiName: 'GET /',
        atMs: fromMs + i * 1_000, durationMs: 10 + i, isError: i < failing, apiStatus: i < failing ? 'FAIL' : 'SUCCESS',
      }));
    }
  };
  calls('pay', -300_000, 10, 0);
  calls('pay', 300_000, 10, 5);
  calls('ship', -300_000, 10, 5);
  calls('ship', 300_000, 10, 5);
  calls('list', 300_000, 4, 0);
  return { spans };
}

const orphaned = [
  span({ tenant: UMBRELLA, traceId: ORPHANED, spanId: sid(900), serviceName: 'edge', spanName: 'GET /o', kind: 'SERVER', atMs: 400_000, durationMs: 50 }),
  span({ tenant: UMBRELLA, traceId: ORPHANED, spanId: sid(901), parentSpanId: sid(900), serviceName: 'edge', spanName: 'child', kind: 'INTERNAL', atMs: 400_010, durationMs: 5, isError: true }),
  span({ tenant: UMBRELLA, traceId: ORPHANED, spanId: sid(902), parentSpanId: sid(999), serviceName: 'late', spanName: 'lost', kind: 'INTERNAL', atMs: 400_020, durationMs: 5 }),
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ui-api-int-'));
  store = TraceStore.open({ dataPath: join(dir, 'chdb'), database: 'tracehouse_ui_api' });
  await store.migrate();
  const writer = new ClickHouseViewWriter(store);
  const first = new ViewBatch();
  first.add(fixtureRows());
  first.add({ spans: [...umbrellaRows().spans, ...orphaned], traceFragments: [fragment(orphaned)] });
  await writer.write(first);
  // A replayed copy of the checkout's redis call (a later emission): it must count once.
  const replay = new ViewBatch();
  const redis = fixtureRows().spans.find((s) => s.spanId === sid(4)) as SpanRow;
  replay.add({ spans: [{ ...redis, version: 2 }], traceFragments: [fragment([redis])] });
  await writer.write(replay);

  api = new QueryApi({ host: '127.0.0.1', port: 0, traces: new TraceReader(store), now: () => NOW, tenancy: { tenantHeader: 'x-tenant-id', apiKeyHeader: 'x-api-key' } });
  await api.start();
});

afterAll(async () => {
  await api?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(path: string, tenant: string = ACME): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${api.url}${path}`, { headers: { 'x-tenant-id': tenant } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const data = async (path: string, tenant?: string): Promise<Array<Record<string, unknown>>> => {
  const { status, body } = await call(path, tenant);
  expect(status).toBe(200);
  return body.data as Array<Record<string, unknown>>;
};

describe('trace summaries from the views', () => {
  it('GET /api/trace-summaries answers root, times, and per-service counts, counting a replayed span once', async () => {
    expect(await data('/api/trace-summaries?service=frontend&lookback=1h')).toEqual([
      { traceId: TRACES.health, rootService: 'frontend', rootOperation: 'GET /health', startUs: T0_US + 60_000_000, durationUs: 5_000, spanCount: 1, errorCount: 0, services: [{ name: 'frontend', spanCount: 1, errorCount: 0 }] },
      {
        traceId: TRACES.checkout, rootService: 'frontend', rootOperation: 'GET /checkout', startUs: T0_US, durationUs: 120_000, spanCount: 4, errorCount: 1,
        services: [{ name: 'cart', spanCount: 2, errorCount: 0 }, { name: 'frontend', spanCount: 2, errorCount: 1 }],
      },
    ]);
    expect((await data('/api/trace-summaries?service=frontend&tags=%7B%22error%22%3A%22true%22%7D&lookback=1h')).map((s) => s.traceId)).toEqual([TRACES.checkout]);
  });

  it('GET /api/trace-summaries?backend= finds the traces calling a backend (service then the caller)', async () => {
    const ids = async (extra: string): Promise<unknown[]> => (await data(`/api/trace-summaries?backend=redis&lookback=1h${extra}`)).map((s) => s.traceId);
    expect(await ids('')).toEqual([TRACES.checkout]);
    expect(await ids('&service=cart&operation=HGET&minDuration=2ms')).toEqual([TRACES.checkout]);
    expect(await ids('&service=frontend')).toEqual([]);
    expect(await ids('&minDuration=3ms')).toEqual([]);
    expect(await call('/api/trace-summaries?backend=redis&tags=%7B%22user.id%22%3A%22u-7%22%7D')).toMatchObject({
      status: 400, body: { errors: [{ code: 400, msg: 'attributes: cannot be combined with backend: the backend calls view has no attributes' }] },
    });
  });

  it('GET /api/v3/trace-summaries answers Jaeger\'s shape with the orphan count, for camelCase and snake_case', async () => {
    const window = 'query.startTimeMin=2025-01-15T12:00:00Z&query.startTimeMax=2025-01-15T13:00:00Z';
    const camel = await call(`/api/v3/trace-summaries?query.serviceName=late&${window}`, UMBRELLA);
    expect(camel).toEqual({
      status: 200,
      body: {
        summaries: [{
          traceId: ORPHANED, rootServiceName: 'edge', rootOperationName: 'GET /o', minStartTimeUnixNano: String(T0 + 400_000_000_000n), maxEndTimeUnixNano: String(T0 + 400_050_000_000n),
          spanCount: 3, errorSpanCount: 1, orphanSpanCount: 1,
          services: [{ name: 'edge', spanCount: 2, errorSpanCount: 1 }, { name: 'late', spanCount: 1, errorSpanCount: 0 }],
        }],
      },
    });
    const snake = await call('/api/v3/trace-summaries?query.service_name=late&query.start_time_min=2025-01-15T12:00:00Z&query.start_time_max=2025-01-15T13:00:00Z', UMBRELLA);
    expect(snake).toEqual(camel);
  });
});

describe('RED figures for the home and entity pages', () => {
  it('GET /api/overview/services puts the service with rising errors first', async () => {
    const rows = await data('/api/overview/services?lookback=10m&step=5m', UMBRELLA);
    expect(rows.map((r) => [r.service, r.requests, r.errors, r.errorRate, r.previousErrorRate])).toEqual([
      ['pay', 10, 5, 0.5, 0],
      ['ship', 10, 5, 0.5, 0.5],
      ['list', 4, 0, 0, 0],
    ]);
    // pay's calls took 10..19 ms: the median lies in between, the p99 near the longest.
    expect(rows[0]?.p99).toBeGreaterThan(18_000);
    expect(rows[0]?.requestRate).toBeCloseTo(10 / 600);
    expect((rows[0]?.buckets as Array<Record<string, number>>).map((b) => [b.start, b.requests, b.errors])).toEqual([
      [T0_US, 0, 0],
      [T0_US + 300_000_000, 10, 5],
    ]);
  });

  it('GET /api/red/backends/:backend answers the calls to redis per bucket', async () => {
    const buckets = await data(`/api/red/backends/redis?start=${T0_US}&end=${T0_US + 120_000_000}`);
    expect(buckets.map((b) => [b.startTime, b.requests, b.errors, b.p99])).toEqual([
      [T0_US, 1, 0, 2_000],
      [T0_US + 60_000_000, 0, 0, 0],
    ]);
  });

  it('GET /api/latency-histogram counts entry calls per log-spaced bound, also of one API', async () => {
    expect(await data('/api/latency-histogram?service=frontend&lookback=15m')).toEqual([
      { leUs: 5_000, count: 1 }, { leUs: 10_000, count: 0 }, { leUs: 20_000, count: 0 }, { leUs: 50_000, count: 0 }, { leUs: 100_000, count: 0 }, { leUs: 200_000, count: 1 },
    ]);
    expect(await data('/api/latency-histogram?service=frontend&api=GET%20%2Fcheckout&lookback=15m')).toEqual([{ leUs: 200_000, count: 1 }]);
  });

  it('GET /api/service-graph?service= keeps the edges touching the service', async () => {
    expect((await data('/api/service-graph?service=cart&lookback=15m')).map((e) => [e.caller, e.callee, e.calleeKind])).toEqual([
      ['cart', 'redis', 'BACKEND'],
      ['frontend', 'cart', 'SERVICE'],
    ]);
  });
});

describe('GET /api/traces/:traceId/critical-path', () => {
  it('walks the checkout from its end back through cart and redis', async () => {
    const at = (ms: number): number => T0_US + ms * 1_000;
    expect(await data(`/api/traces/${TRACES.checkout}/critical-path`)).toEqual([
      { spanId: sid(1), startUs: at(0), endUs: at(2) },
      { spanId: sid(2), startUs: at(2), endUs: at(3) },
      { spanId: sid(3), startUs: at(3), endUs: at(5) },
      { spanId: sid(4), startUs: at(5), endUs: at(7) },
      { spanId: sid(3), startUs: at(7), endUs: at(28) },
      { spanId: sid(2), startUs: at(28), endUs: at(32) },
      { spanId: sid(1), startUs: at(32), endUs: at(120) },
    ]);
  });
});
