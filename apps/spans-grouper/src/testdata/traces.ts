// Named trace fixtures and a seeded trace generator for the grouper's tests and benchmark: fixed
// ids and timestamps, so a run can be repeated exactly and a failure reproduced.
import Long from 'long';
import type { RawSpan, SpanKind } from '@tracehouse/model';
import type { KeyValue, ResourceSpans, TracesData } from '@tracehouse/otlp';

export const TENANT = 'acme';
/** 2023-11-14T22:13:20Z in ns. */
export const T0 = 1_700_000_000_000_000_000n;
export const RECEIVED_AT_MS = 1_700_000_001_000;

/** A raw span with every required field; `id`, `parent` are short hex ids left-padded to 16 digits. */
export function rawSpan(id: string, parent: string, over: Partial<RawSpan> = {}): RawSpan {
  const pad = (s: string): string => (s === '' ? '' : s.padStart(16, '0'));
  return {
    tenantId: TENANT,
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    spanId: pad(id),
    parentSpanId: pad(parent),
    traceState: '',
    name: `op-${id}`,
    kind: parent === '' ? 'SERVER' : 'INTERNAL',
    startTimeUnixNano: T0,
    endTimeUnixNano: T0 + 1_000_000n,
    statusCode: 'UNSET',
    statusMessage: '',
    serviceName: 'svc',
    attributes: {},
    resourceAttributes: { 'service.name': 'svc' },
    scopeName: '',
    scopeVersion: '',
    events: [],
    links: [],
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
    flags: 1,
    receivedAtMs: RECEIVED_AT_MS,
    ...over,
  };
}

/** A generated trace: its spans in a causal (parent before child) order. */
export interface GeneratedTrace {
  readonly traceId: string;
  readonly spans: RawSpan[];
}

/** Options of {@link generateTraces}. */
export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  readonly tenant?: string;
  readonly minSpans?: number;
  readonly maxSpans?: number;
  readonly services?: number;
}

/** mulberry32: a small seeded PRNG, so generated traces are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/**
 * Generates traces with fixed ids: a root server span, then spans that each pick a random earlier
 * span as parent (fan-out), across `services` services, with HTTP/DB-like attributes so they
 * encode to realistic sizes (~0.5 KB). Span counts are spread from `minSpans` to `maxSpans`.
 */
export function generateTraces(options: GenerateOptions): GeneratedTrace[] {
  const random = prng(options.seed);
  const minSpans = options.minSpans ?? 1;
  const maxSpans = options.maxSpans ?? 200;
  const services = options.services ?? 20;
  const tenant = options.tenant ?? TENANT;
  const traces: GeneratedTrace[] = [];
  for (let t = 0; t < options.count; t++) {
    const traceId = `${hex(options.seed >>> 0, 8)}${hex(t + 1, 24)}`;
    // Skewed towards small traces, as real traffic is, with a long tail up to maxSpans.
    const size = minSpans + Math.floor(random() ** 2 * (maxSpans - minSpans + 1));
    const spans: RawSpan[] = [];
    const start = T0 + BigInt(t) * 1_000_000n;
    for (let i = 0; i < size; i++) {
      const parentIndex = i === 0 ? -1 : Math.floor(random() * i);
      const parent = parentIndex >= 0 ? spans[parentIndex] : undefined;
      const service = `service-${i === 0 ? 0 : Math.floor(random() * services)}`;
      const kind: SpanKind = i === 0 ? 'SERVER' : (['CLIENT', 'SERVER', 'INTERNAL'] as const)[Math.floor(random() * 3)] ?? 'INTERNAL';
      const spanStart = (parent?.startTimeUnixNano ?? start) + BigInt(Math.floor(random() * 1000)) * 1000n;
      const spanEnd = parent ? spanStart + (parent.endTimeUnixNano - spanStart) / 2n + 1n : spanStart + 500_000_000n;
      spans.push({
        ...rawSpan('', '', {}),
        tenantId: tenant,
        traceId,
        spanId: `${hex(t + 1, 8)}${hex(i + 1, 8)}`,
        parentSpanId: parent?.spanId ?? '',
        name: i === 0 ? 'GET /api/orders/{id}' : `call-${i}`,
        kind,
        startTimeUnixNano: spanStart,
        endTimeUnixNano: spanEnd,
        serviceName: service,
        attributes: {
          'http.request.method': 'GET',
          'url.path': `/api/orders/${t}`,
          'http.route': '/api/orders/{id}',
          'http.response.status_code': 200n,
          'server.address': `${service}.svc.cluster.local`,
          'server.port': 8080n,
          'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36',
          'app.request_id': `${traceId}-${i}`,
        },
        resourceAttributes: { 'service.name': service, 'service.version': '1.4.2', 'host.name': `${service}-7d9f-abcde`, 'telemetry.sdk.language': 'nodejs' },
        scopeName: '@opentelemetry/instrumentation-http',
        scopeVersion: '0.52.1',
        http: { method: 'GET', path: `/api/orders/${t}`, route: '/api/orders/{id}', statusCode: 200, host: `${service}.svc.cluster.local`, port: 8080 },
        error: { isError: false },
      });
    }
    traces.push({ traceId, spans });
  }
  return traces;
}

/** Shuffles in place with the seeded PRNG (Fisher-Yates). */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const str = (key: string, value: string): KeyValue => ({ key, value: { string_value: value } });

/** One span as an OTLP TracesData of its own resource (what the collector writes to otlp-spans). */
export function toTracesData(spans: readonly RawSpan[]): TracesData {
  const byService = new Map<string, RawSpan[]>();
  for (const s of spans) byService.set(s.serviceName, [...(byService.get(s.serviceName) ?? []), s]);
  const resource_spans: ResourceSpans[] = [...byService].map(([service, list]) => ({
    resource: { attributes: [str('service.name', service)] },
    scope_spans: [
      {
        scope: { name: 'generator' },
        spans: list.map((s) => ({
          trace_id: Buffer.from(s.traceId, 'hex'),
          span_id: Buffer.from(s.spanId, 'hex'),
          parent_span_id: s.parentSpanId === '' ? new Uint8Array(0) : Buffer.from(s.parentSpanId, 'hex'),
          name: s.name,
          kind: ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'].indexOf(s.kind),
          start_time_unix_nano: Long.fromString(s.startTimeUnixNano.toString(), true),
          end_time_unix_nano: Long.fromString(s.endTimeUnixNano.toString(), true),
          attributes: [str('http.request.method', 'GET'), str('url.path', String(s.attributes['url.path'] ?? '/')), { key: 'http.response.status_code', value: { int_value: Long.fromNumber(200) } }],
        })),
      },
    ],
  }));
  return { resource_spans };
}
