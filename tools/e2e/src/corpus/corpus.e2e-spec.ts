// The real-world corpus test of issue 12: payloads from other tracing projects' own test data and
// captures (README.md here names each file's origin) go through the whole running pipeline over
// the protocol they were written for, and every trace is read back through the Jaeger API, api_v3
// and the Zipkin API and compared field by field with what was sent. Dead-letter topics stay empty.
//   source /work/wt/infra.env && npx jest -c jest.int.config.js tools/e2e/src/corpus
// Set CORPUS_REPORT=<file> to also write every mismatch as JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Metadata, credentials, type ServiceError } from '@grpc/grpc-js';
import { pollUntil, readTopic, testKafka, uniqueName } from '@tracehouse/testing';
import { startPipeline, type RunningPipeline } from '../pipeline';
import { compareJaeger, compareV3, compareZipkin, countMismatch, v3Spans, type JaegerApiTrace, type Mismatch, type ZipkinApiSpan } from './compare';
import { loadCorpus, type ExpectedSpan, type Payload } from './corpus';

// CORPUS_SHIFT_TIMES=1 (diagnostic, not the test's default): fixtures' in-range times moved to now.
const PAYLOADS = loadCorpus(process.env.CORPUS_SHIFT_TIMES === '1' ? { shiftToUs: Date.now() * 1000 - 60_000_000 } : {});
const GRPC_METHOD = { 'otlp-grpc': '/opentelemetry.proto.collector.trace.v1.TraceService/Export', 'jaeger-grpc': '/jaeger.api_v2.CollectorService/PostSpans' } as const;
const STAGE_TOPICS = ['otlp-spans', 'raw-spans', 'structured-traces', 'enriched-traces'] as const;
/** How long a trace may take to show all its spans before the test compares what is there. */
const READ_TIMEOUT_MS = 90_000;

async function grpcUnary(address: string, method: string, body: Uint8Array): Promise<{ code: number; details: string }> {
  const client = new Client(address, credentials.createInsecure());
  const identity = (b: Buffer): Buffer => b;
  try {
    return await new Promise((resolve) => {
      client.makeUnaryRequest(method, identity, identity, Buffer.from(body), new Metadata(), (err: ServiceError | null) => resolve(err ? { code: err.code, details: err.details } : { code: 0, details: '' }));
    });
  } finally {
    client.close();
  }
}

/** Sends one payload over its protocol; resolves with a description of a refusal, or undefined when accepted. */
async function send(pipeline: RunningPipeline, p: Payload): Promise<string | undefined> {
  if (p.protocol === 'otlp-grpc' || p.protocol === 'jaeger-grpc') {
    const address = (p.protocol === 'otlp-grpc' ? pipeline.urls.otlpGrpc : pipeline.urls.jaegerGrpc).replace(/^http:\/\//, '');
    const r = await grpcUnary(address, GRPC_METHOD[p.protocol], p.body);
    return r.code === 0 ? undefined : `gRPC ${r.code} ${r.details}`;
  }
  const url = p.protocol.startsWith('otlp') ? pipeline.urls.otlpHttp : p.protocol.startsWith('zipkin') ? pipeline.urls.zipkin : pipeline.urls.jaegerThrift;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': p.contentType }, body: p.body });
  return response.ok ? undefined : `HTTP ${response.status} ${await response.text()}`;
}

/** What the three read APIs answered for one trace. */
interface ReadBack {
  jaeger: JaegerApiTrace | undefined;
  v3: unknown;
  zipkin: ZipkinApiSpan[];
  /** Why a read ended without all spans (timeout, status), for the failure message. */
  note: string;
}

function formatMismatches(list: readonly Mismatch[], limit = 60): string {
  const lines = list.slice(0, limit).map((m) => `  [${m.api}] trace ${m.traceId} span ${m.spanId} ${m.field}: sent ${JSON.stringify(m.sent)}, read ${JSON.stringify(m.read)}`);
  if (list.length > limit) lines.push(`  ... and ${list.length - limit} more`);
  return lines.join('\n');
}

describe('the real-world corpus through the whole pipeline (issue 12)', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;
  let prefix: string;
  const refused = new Map<string, string>();
  const readBack = new Map<string, ReadBack>();
  const all: Mismatch[] = [];

  const getJson = async (path: string): Promise<{ status: number; body: unknown }> => {
    const r = await fetch(`${pipeline.urls.query}${path}`, { signal: AbortSignal.timeout(20_000) });
    const text = await r.text();
    try {
      return { status: r.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: r.status, body: text };
    }
  };

  /** Polls the Jaeger API until the trace has at least `want` spans (or the timeout), then reads all three APIs once. */
  async function read(traceId: string, want: number): Promise<ReadBack> {
    let note = '';
    try {
      await pollUntil(`trace ${traceId} with ${want} spans`, async () => {
        const { status, body } = await getJson(`/api/traces/${traceId}`);
        const n = status === 200 ? ((body as { data?: JaegerApiTrace[] }).data?.[0]?.spans.length ?? 0) : 0;
        note = `last /api/traces answer: ${status}, ${n} spans`;
        return n >= want;
      }, READ_TIMEOUT_MS, 1_000);
      note = '';
    } catch {
      note = `not all ${want} spans readable after ${READ_TIMEOUT_MS} ms (${note})`;
    }
    const [j, v3, z] = await Promise.all([getJson(`/api/traces/${traceId}`), getJson(`/api/v3/traces/${traceId}`), getJson(`/api/v2/trace/${traceId}`)]);
    return {
      jaeger: j.status === 200 ? (j.body as { data?: JaegerApiTrace[] }).data?.[0] : undefined,
      v3: v3.status === 200 ? v3.body : undefined,
      zipkin: z.status === 200 && Array.isArray(z.body) ? (z.body as ZipkinApiSpan[]) : [],
      note,
    };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-corpus-'));
    prefix = uniqueName('corpus');
    // A fresh data folder and topic prefix per run: the fixtures' trace ids can be reused run after run.
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix,
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
    for (const p of PAYLOADS) {
      const problem = await send(pipeline, p);
      if (problem) refused.set(p.name, problem);
    }
    const byTrace = new Map<string, ExpectedSpan[]>();
    for (const p of PAYLOADS) for (const s of p.spans) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), s]);
    await Promise.all([...byTrace].map(async ([traceId, spans]) => readBack.set(traceId, await read(traceId, spans.length))));
  }, 300_000);

  afterAll(async () => {
    if (process.env.CORPUS_REPORT) writeFileSync(process.env.CORPUS_REPORT, JSON.stringify(all, null, 1));
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds payloads of every protocol, including the hard cases', () => {
    expect(new Set(PAYLOADS.map((p) => p.protocol))).toEqual(new Set(['otlp-http-json', 'otlp-http-proto', 'otlp-grpc', 'jaeger-grpc', 'jaeger-thrift', 'zipkin-json', 'zipkin-proto3']));
    const spans = PAYLOADS.flatMap((p) => p.spans);
    expect(Math.max(...PAYLOADS.map((p) => p.sentSpans))).toBeGreaterThan(1000);
    expect(spans.some((s) => s.startUs === undefined)).toBe(true);
    expect(spans.some((s) => s.identity === 'derived')).toBe(true);
    expect(spans.some((s) => s.identity === 'either')).toBe(true);
    expect(spans.some((s) => s.status.code === 'ERROR' && s.zipkin)).toBe(true);
    expect(spans.some((s) => s.jaeger?.tags.some((t) => t.type === 'binary'))).toBe(true);
  });

  describe.each(PAYLOADS.filter((p) => p.spans.length > 0).map((p) => [p.name, p] as const))('%s', (_name, payload) => {
    it('is accepted and read back unchanged through /api/traces, /api/v3/traces and /api/v2/trace', () => {
      const traceIds = [...new Set(payload.spans.map((s) => s.traceId))];
      const found: Mismatch[] = [];
      const notes: string[] = [];
      for (const batch of PAYLOADS.filter((p) => p.name === payload.name || p.name.startsWith(`${payload.name} (batch`))) {
        const problem = refused.get(batch.name);
        if (problem) notes.push(`${batch.name} refused: ${problem}`);
      }
      for (const traceId of traceIds) {
        const expected = payload.spans.filter((s) => s.traceId === traceId);
        const got = readBack.get(traceId);
        if (got?.note) notes.push(`trace ${traceId}: ${got.note}`);
        const v3 = v3Spans(got?.v3);
        found.push(
          ...countMismatch(payload.name, 'jaeger', traceId, expected.length, got?.jaeger?.spans.length ?? 0),
          ...countMismatch(payload.name, 'api_v3', traceId, expected.length, v3.length),
          ...countMismatch(payload.name, 'zipkin', traceId, expected.length, got?.zipkin.length ?? 0),
          // A trace an API does not answer at all is one line (the count), not one line per span.
          ...(got?.jaeger?.spans.length ? compareJaeger(expected, got.jaeger) : []),
          ...(v3.length > 0 ? compareV3(expected, v3) : []),
          ...(got?.zipkin.length ? compareZipkin(expected, got.zipkin) : []),
        );
      }
      all.push(...found);
      const report = [...notes.map((n) => `  ${n}`), formatMismatches(found)].filter(Boolean).join('\n');
      expect(notes.length + found.length === 0 ? '' : `${payload.name}: ${found.length} mismatches\n${report}`).toBe('');
    });
  });

  it('leaves every dead-letter topic empty', async () => {
    const kafka = testKafka(prefix);
    const admin = kafka.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    await admin.disconnect();
    const letters: string[] = [];
    for (const stage of STAGE_TOPICS) {
      const topic = `${prefix}.${stage}.dlq`;
      if (!existing.has(topic)) continue;
      for (const r of await readTopic(kafka, topic)) letters.push(`${topic} key ${r.key ?? ''}: ${JSON.stringify(r.headers)}`);
    }
    expect(letters).toEqual([]);
  }, 120_000);
});
