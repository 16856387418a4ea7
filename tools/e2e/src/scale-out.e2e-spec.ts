// Scaling out under load (ISSUE13 "Scaling out, on paper and in a test"): two replicas of the
// span-normalizer and of the trace-enricher in their consumer groups, the spans-grouper scaled from
// 1 to 3 replicas and back to 1 (SIGTERM, as a Deployment scaling down sends) while a paced
// OTLP/HTTP JSON load runs, and then every acknowledged span must be readable exactly once through
// the query API, with nothing dead-lettered. One view-generator: in the embedded default it owns its
// chdb data folder and serves the query API from it (see StartPipelineOptions.replicas).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil, testKafka, uniqueName } from '@tracehouse/testing';
import { startPipeline, type PipelineProcess, type RunningPipeline } from './pipeline';

/** Spans per trace and traces per request: small traces, several per request, as an SDK's batch sends them. */
const SPANS_PER_TRACE = 4;
const TRACES_PER_REQUEST = 2;
/** One request every 50 ms: 160 spans/s, enough to keep every partition busy, little enough for 2 shared cores. */
const REQUEST_INTERVAL_MS = 50;
const MAX_IN_FLIGHT = 8;
/** Requests between a trace's children and its root (about a second at REQUEST_INTERVAL_MS). */
const ROOT_LAG = 20;
/** A hard cap on the load, whatever happens to the scaling steps' timing. */
const MAX_REQUESTS = 1_500;
/** Requests acknowledged between two scaling steps, so each step happens under load. */
const REQUESTS_PER_PHASE = 40;

interface SentTrace {
  readonly traceId: string;
  /** span id -> parent span id ('' for the root). */
  readonly parents: ReadonlyMap<string, string>;
}

interface JaegerTrace {
  traceID: string;
  spans: Array<{ spanID: string; references: Array<{ refType: string; spanID: string }> }>;
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

interface PendingSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
}

/** An OTLP/JSON request body holding the given spans. */
function otlpJson(spans: readonly PendingSpan[]): string {
  const nowNs = BigInt(Date.now()) * 1_000_000n;
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'scale-out' } }] },
        scopeSpans: [
          {
            scope: { name: 'scale-out-e2e' },
            spans: spans.map((span) => ({
              ...span,
              name: span.parentSpanId ? 'SELECT items' : 'GET /items',
              kind: span.parentSpanId ? 3 : 2,
              startTimeUnixNano: String(nowNs),
              endTimeUnixNano: String(nowNs + 1_000_000n),
              attributes: [{ key: 'scale.test', value: { stringValue: 'yes' } }],
            })),
          },
        ],
      },
    ],
  });
}

/**
 * A paced load of new traces (new trace and span ids every time): one request every
 * REQUEST_INTERVAL_MS, at most MAX_IN_FLIGHT at once and MAX_REQUESTS in all. Each request carries
 * the children of TRACES_PER_REQUEST new traces and the roots of the traces begun ROOT_LAG requests
 * earlier, so the grouper holds every trace unfinished for about a second: a rebalance then moves
 * partitions whose traces are half-buffered, which is where a lost or doubled span would come from.
 * A request the collector does not acknowledge (503 while Kafka is busy) is retried with the same
 * ids, as an exporter retries; a trace counts as sent once both of its requests were acknowledged.
 */
function startLoad(url: string): { acked: SentTrace[]; failures: string[]; begun: () => number; requests: () => number; stop: () => Promise<void> } {
  const acked: SentTrace[] = [];
  const failures: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const pendingRoots: Array<{ due: number; root: PendingSpan }> = [];
  const traces = new Map<string, { trace: SentTrace; partsAcked: number }>();
  let started = 0;
  let acknowledged = 0;
  let stopped = false;
  const send = async (spans: PendingSpan[]): Promise<void> => {
    const body = otlpJson(spans);
    let last = '';
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status === 200) {
          acknowledged++;
          for (const traceId of new Set(spans.map((span) => span.traceId))) {
            const entry = traces.get(traceId);
            if (entry && ++entry.partsAcked === 2) acked.push(entry.trace);
          }
          return;
        }
        last = `HTTP ${response.status}`;
      } catch (err) {
        last = err instanceof Error ? err.message : String(err);
      }
      // The exporter's own back-off before a retry.
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
    failures.push(last);
  };
  const start = (spans: PendingSpan[]): void => {
    started++;
    const p = send(spans).finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const loop = (async (): Promise<void> => {
    while (!stopped && started < MAX_REQUESTS) {
      if (inFlight.size < MAX_IN_FLIGHT) {
        const spans: PendingSpan[] = [];
        while (pendingRoots.length > 0 && (pendingRoots[0]?.due ?? Infinity) <= started) spans.push((pendingRoots.shift() as { root: PendingSpan }).root);
        for (let t = 0; t < TRACES_PER_REQUEST; t++) {
          const traceId = hex(16);
          const root: PendingSpan = { traceId, spanId: hex(8), parentSpanId: '' };
          const children: PendingSpan[] = Array.from({ length: SPANS_PER_TRACE - 1 }, () => ({ traceId, spanId: hex(8), parentSpanId: root.spanId }));
          traces.set(traceId, { trace: { traceId, parents: new Map([root, ...children].map((span) => [span.spanId, span.parentSpanId])) }, partsAcked: 0 });
          pendingRoots.push({ due: started + ROOT_LAG, root });
          spans.push(...children);
        }
        start(spans);
      }
      // The load generator paces itself.
      await new Promise((r) => setTimeout(r, REQUEST_INTERVAL_MS));
    }
    // The roots still owed finish their traces.
    if (pendingRoots.length > 0) start(pendingRoots.splice(0).map((p) => p.root));
    await Promise.all(inFlight);
  })();
  return {
    acked,
    failures,
    begun: () => traces.size,
    requests: () => acknowledged + failures.length,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

const running = (pp: PipelineProcess): boolean => pp.child.exitCode === null && pp.child.signalCode === null;

/** Sum of a Prometheus counter's series (those whose labels contain `labels`) on an admin port. */
async function counter(port: number, metric: string, labels = ''): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(3_000) })).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${metric}{`) && !line.startsWith(`${metric} `)) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

describe('scaling out: two replicas per consuming stage, the grouper scaled 1 -> 3 -> 1 under load', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;
  let prefix: string;
  let load: ReturnType<typeof startLoad> | undefined;
  let added: PipelineProcess[] = [];
  const consumedByAdded = new Map<string, number>();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-scale-'));
    prefix = uniqueName('scale');
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix,
      // The production default (KAFKA_TOPIC_PARTITIONS): enough partitions for three grouper replicas.
      partitions: 12,
      replicas: { 'span-normalizer': 2, 'spans-grouper': 1, 'trace-enricher': 2 },
      // Short quiet windows and small batches: the test waits for traces, not for production timeouts.
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
  }, 180_000);

  afterAll(async () => {
    await load?.stop();
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const acknowledgedRequests = async (atLeast: number, what: string): Promise<void> => {
    await pollUntil(`${atLeast} acknowledged requests (${what})`, () => {
      if (load && load.failures.length > 0) throw new Error(`the collector did not acknowledge a request: ${load.failures[0]}`);
      return (load?.requests() ?? 0) >= atLeast;
    }, 60_000, 100);
  };

  it('takes load while the grouper goes from 1 to 3 replicas and back to 1; the added replicas consume and shut down cleanly', async () => {
    load = startLoad(pipeline.urls.otlpHttp);
    await acknowledgedRequests(REQUESTS_PER_PHASE, 'before scaling up');

    added = await Promise.all([pipeline.addReplica('spans-grouper'), pipeline.addReplica('spans-grouper')]);
    // Each added member must own partitions and read from them before it is taken away again.
    await pollUntil('both added grouper replicas consuming raw-spans', async () => {
      for (const pp of added) consumedByAdded.set(pp.name, await counter(pp.adminPort, 'tracehouse_stage_messages_in_total'));
      return added.every((pp) => (consumedByAdded.get(pp.name) ?? 0) > 0);
    }, 60_000, 250);
    const upAt = load.requests();
    await acknowledgedRequests(upAt + REQUESTS_PER_PHASE, 'with three grouper replicas');

    await Promise.all(added.map((pp) => pp.stop()));
    const downAt = load.requests();
    await acknowledgedRequests(downAt + REQUESTS_PER_PHASE, 'back at one grouper replica');
    await load.stop();

    expect(load.failures).toEqual([]);
    expect(load.acked.length).toBe(load.begun());
    // Graceful: NestJS's shutdown hooks re-raise SIGTERM once the stage has drained, committed and
    // left its group, so the exit is SIGTERM (or 0), not the SIGKILL that stop() sends after 30 s,
    // and the runner did not report a failed drain.
    const howItEnded = (pp: PipelineProcess): [string, string, boolean] => [pp.name, String(pp.child.signalCode ?? pp.child.exitCode), pp.output().includes('could not drain')];
    expect(added.map(howItEnded).map(([name, end, failedDrain]) => [name, end === '0' ? 'SIGTERM' : end, failedDrain])).toEqual([
      ['spans-grouper-2', 'SIGTERM', false],
      ['spans-grouper-3', 'SIGTERM', false],
    ]);
    // Everything started with the pipeline is still running.
    const original = pipeline.processes.filter((pp) => !added.includes(pp));
    expect(original.filter((pp) => !running(pp)).map((pp) => pp.name)).toEqual([]);
  }, 150_000);

  it('ran two members of the normalizer and of the enricher group, each consuming', async () => {
    for (const app of ['span-normalizer', 'trace-enricher'] as const) {
      const members = pipeline.processes.filter((pp) => pp.app === app);
      expect(members).toHaveLength(2);
      for (const pp of members) expect([pp.name, (await counter(pp.adminPort, 'tracehouse_stage_messages_in_total')) > 0]).toEqual([pp.name, true]);
    }
  });

  it('returns every acknowledged span exactly once through /api/traces/{id}, nothing more', async () => {
    const sent = load?.acked ?? [];
    expect(sent.length).toBeGreaterThanOrEqual(3 * REQUESTS_PER_PHASE * TRACES_PER_REQUEST);
    const got = new Map<string, JaegerTrace>();
    const fetchTrace = async (t: SentTrace): Promise<void> => {
      const response = await fetch(`${pipeline.urls.query}/api/traces/${t.traceId}`, { signal: AbortSignal.timeout(10_000) });
      if (response.status !== 200) {
        await response.arrayBuffer();
        return;
      }
      const trace = ((await response.json()) as { data: JaegerTrace[] }).data[0];
      if (trace && trace.spans.length >= t.parents.size) got.set(t.traceId, trace);
    };
    const partial = new Map<string, number>();
    const fetchPartial = async (t: SentTrace): Promise<void> => {
      const response = await fetch(`${pipeline.urls.query}/api/traces/${t.traceId}`, { signal: AbortSignal.timeout(10_000) });
      partial.set(t.traceId, response.status === 200 ? (((await response.json()) as { data: JaegerTrace[] }).data[0]?.spans.length ?? 0) : 0);
    };
    try {
      await pollUntil(`all ${sent.length} traces complete in the query API`, async () => {
        const pending = sent.filter((t) => !got.has(t.traceId));
        for (let i = 0; i < pending.length; i += 8) await Promise.all(pending.slice(i, i + 8).map(fetchTrace));
        return got.size === sent.length;
      }, 60_000, 500);
    } catch (err) {
      // Say what is missing: how many traces, and how many of their spans each one has.
      const missing = sent.filter((t) => !got.has(t.traceId));
      for (const t of missing.slice(0, 10)) await fetchPartial(t);
      const shown = missing.slice(0, 10).map((t) => `${t.traceId} (${partial.get(t.traceId) ?? '?'} of ${t.parents.size} spans)`);
      throw new Error(`${missing.length} of ${sent.length} acknowledged traces are incomplete in the query API, e.g. ${shown.join(', ')}`, { cause: err });
    }

    const wrong: string[] = [];
    for (const t of sent) {
      const trace = got.get(t.traceId);
      const ids = (trace?.spans ?? []).map((s) => s.spanID).sort();
      const want = [...t.parents.keys()].sort();
      if (JSON.stringify(ids) !== JSON.stringify(want)) wrong.push(`${t.traceId}: got spans ${ids.join(',')}, sent ${want.join(',')}`);
      for (const s of trace?.spans ?? []) {
        const parent = s.references.find((r) => r.refType === 'CHILD_OF')?.spanID ?? '';
        if (t.parents.has(s.spanID) && parent !== t.parents.get(s.spanID)) wrong.push(`${t.traceId}/${s.spanID}: parent ${parent}, sent ${t.parents.get(s.spanID)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('dead-lettered nothing on any topic', async () => {
    const admin = testKafka('scale-out').admin();
    await admin.connect();
    try {
      const dlqs = (await admin.listTopics()).filter((topic) => topic.startsWith(`${prefix}.`) && topic.endsWith('.dlq'));
      const records: Record<string, number> = {};
      for (const topic of dlqs) records[topic] = (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
      expect(Object.entries(records).filter(([, n]) => n > 0)).toEqual([]);
    } finally {
      await admin.disconnect();
    }
    for (const pp of pipeline.processes.filter(running)) {
      expect([pp.name, await counter(pp.adminPort, 'tracehouse_stage_dead_lettered_total')]).toEqual([pp.name, 0]);
    }
  });
});
