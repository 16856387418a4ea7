// The HTTP answers of each API for spans whose attributes keep their OTLP types and that carry
// warnings, through the real server on a free port. The store is an in-memory TraceQueries holding
// the named fixture spans (the port is what the API depends on; the ClickHouse-backed reader is
// covered by apps/query-service's integration test).
import type { ReadSpan, TraceQueries } from './ports';
import { QueryApi } from './query-api';
import { T0, TRACE_ID, typedSpan, zipkinErrorSpan } from './testdata/spans';

const SPANS: ReadSpan[] = [typedSpan, zipkinErrorSpan];
const WARNINGS = typedSpan.warnings ?? [];

const traces: TraceQueries = {
  getTrace: async (_tenant, id) => (id === TRACE_ID ? { summary: { traceId: TRACE_ID, truncated: false, overflowSpanCount: 0 }, spans: SPANS } : undefined),
  searchTraces: async () => [{ traceId: TRACE_ID, truncated: false, overflowSpanCount: 0 }],
  listServices: async () => ['frontend'],
  listOperations: async () => [],
  dependencyGraph: async () => [],
  serviceMetrics: async () => [],
  apiMetrics: async () => [],
};

let api: QueryApi;

beforeAll(async () => {
  api = new QueryApi({ host: '127.0.0.1', port: 0, traces, tenancy: { apiKeyHeader: 'x-api-key' }, now: () => T0 + 60_000_000_000n });
  await api.start();
});

afterAll(async () => {
  await api?.close();
});

async function get(path: string): Promise<unknown> {
  const res = await fetch(`${api.url}${path}`);
  expect(res.status).toBe(200);
  return res.json();
}

type JTag = { key: string; type: string; value: unknown };
type JSpan = { spanID: string; tags: JTag[]; warnings: unknown; logs: Array<{ fields: JTag[] }> };
type OSpan = { spanId: string; attributes: Array<{ key: string; value: unknown }>; status: unknown };
type ZSpan = { id: string; tags: Record<string, string> };

const otlpSpansOf = (body: unknown): OSpan[] =>
  (body as { result: { resourceSpans: Array<{ scopeSpans: Array<{ spans: OSpan[] }> }> } }).result.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));

describe.each([
  ['GET /api/traces/{id}', `/api/traces/${TRACE_ID}`],
  ['GET /api/traces?service=', '/api/traces?service=frontend'],
])('Jaeger %s', (_name, path) => {
  it('answers typed tags, the span warnings and one error tag', async () => {
    const body = (await get(path)) as { data: Array<{ spans: JSpan[] }> };
    const [typed, failed] = body.data[0]?.spans ?? [];
    expect(typed?.tags.find((t) => t.key === 'http.response.status_code')).toEqual({ key: 'http.response.status_code', type: 'int64', value: 200 });
    expect(typed?.tags.find((t) => t.key === 'big.int')).toEqual({ key: 'big.int', type: 'int64', value: '9007199254740993' });
    expect(typed?.tags.find((t) => t.key === 'ratio')).toEqual({ key: 'ratio', type: 'float64', value: 0.25 });
    expect(typed?.tags.find((t) => t.key === 'cached')).toEqual({ key: 'cached', type: 'bool', value: true });
    expect(typed?.tags.find((t) => t.key === 'payload')).toEqual({ key: 'payload', type: 'binary', value: '3q2+7wD/' });
    expect(typed?.logs[0]?.fields).toContainEqual({ key: 'attempt', type: 'int64', value: 2 });
    expect(typed?.warnings).toEqual(WARNINGS);
    expect(failed?.tags.filter((t) => t.key === 'error')).toEqual([{ key: 'error', type: 'bool', value: true }]);
    expect(failed?.tags).toContainEqual({ key: 'otel.status_description', type: 'string', value: '401' });
    expect(failed?.warnings).toBeNull();
  });
});

describe.each([
  ['GET /api/v3/traces/{id}', `/api/v3/traces/${TRACE_ID}`],
  ['GET /api/v3/traces (search)', `/api/v3/traces?query.service_name=frontend&query.start_time_min=${new Date(Number(T0 / 1_000_000n) - 60_000).toISOString()}&query.start_time_max=${new Date(Number(T0 / 1_000_000n) + 60_000).toISOString()}`],
])('api_v3 %s', (_name, path) => {
  it('answers typed AnyValues, the warnings attribute and status ERROR "401"', async () => {
    const spans = otlpSpansOf(await get(path));
    const typed = spans.find((s) => s.spanId === typedSpan.spanId);
    const failed = spans.find((s) => s.spanId === zipkinErrorSpan.spanId);
    expect(typed?.attributes).toContainEqual({ key: 'http.response.status_code', value: { intValue: '200' } });
    expect(typed?.attributes).toContainEqual({ key: 'ratio', value: { doubleValue: 0.25 } });
    expect(typed?.attributes).toContainEqual({ key: 'cached', value: { boolValue: true } });
    expect(typed?.attributes).toContainEqual({ key: 'payload', value: { bytesValue: '3q2+7wD/' } });
    expect(typed?.attributes).toContainEqual({ key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }, { intValue: '1' }, { boolValue: false }] } } });
    expect(typed?.attributes).toContainEqual({ key: 'tracehouse.warnings', value: { arrayValue: { values: WARNINGS.map((w) => ({ stringValue: w })) } } });
    expect(failed?.status).toEqual({ code: 2, message: '401' });
    expect(failed?.attributes.map((a) => a.key)).toEqual(['http.path']);
  });
});

describe.each([
  ['GET /api/v2/trace/{id}', `/api/v2/trace/${TRACE_ID}`, (b: unknown) => b as ZSpan[]],
  ['GET /api/v2/traces', `/api/v2/traces?serviceName=frontend`, (b: unknown) => (b as ZSpan[][])[0] ?? []],
])('Zipkin %s', (_name, path, spansOf) => {
  it('answers string tags, the warnings tag and error="401"', async () => {
    const spans = spansOf(await get(path));
    const typed = spans.find((s) => s.id === typedSpan.spanId);
    const failed = spans.find((s) => s.id === zipkinErrorSpan.spanId);
    expect(typed?.tags).toMatchObject({ 'http.response.status_code': '200', ratio: '0.25', cached: 'true', payload: '3q2+7wD/', 'big.int': '9007199254740993', 'tracehouse.warnings': WARNINGS.join('\n') });
    expect(failed?.tags).toEqual({ 'http.path': '/login', error: '401' });
  });
});
