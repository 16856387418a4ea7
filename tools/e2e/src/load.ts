// The paced OTLP load and the exactly-once check of the scaling e2e tests (scale-out, takeover):
// new trace and span ids in every request, and every acknowledged span read back through the
// query API once, with its parent.
import { randomBytes } from 'node:crypto';
import { pollUntil } from '@tracehouse/testing';
import type { PipelineProcess } from './pipeline';

/** Spans per trace and traces per request: small traces, several per request, as an SDK's batch sends them. */
export const SPANS_PER_TRACE = 4;
export const TRACES_PER_REQUEST = 2;
/** One request every 50 ms: 160 spans/s, enough to keep every partition busy, little enough for 2 shared cores. */
export const REQUEST_INTERVAL_MS = 50;
export const MAX_IN_FLIGHT = 8;
/** Requests between a trace's children and its root (about a second at REQUEST_INTERVAL_MS). */
export const ROOT_LAG = 20;
/** A hard cap on the load, whatever happens to the scaling steps' timing. */
export const MAX_REQUESTS = 1_500;
/** Requests acknowledged between two scaling steps, so each step happens under load. */
export const REQUESTS_PER_PHASE = 40;

export interface SentTrace {
  readonly traceId: string;
  /** span id -> parent span id ('' for the root). */
  readonly parents: ReadonlyMap<string, string>;
}

export interface JaegerTrace {
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
export function startLoad(url: string): { acked: SentTrace[]; failures: string[]; begun: () => number; requests: () => number; stop: () => Promise<void> } {
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

export const running = (pp: PipelineProcess): boolean => pp.child.exitCode === null && pp.child.signalCode === null;

/** Sum of a Prometheus counter's series (those whose labels contain `labels`) on an admin port. */
export async function counter(port: number, metric: string, labels = ''): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(3_000) })).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${metric}{`) && !line.startsWith(`${metric} `)) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/**
 * Waits until every acknowledged trace is complete in the query API (`/api/traces/{id}`), and
 * resolves with what is wrong: a span missing or doubled, or a wrong parent (empty when all is
 * right). Throws, naming the incomplete traces, when they are not complete within a minute.
 */
export async function exactlyOnceProblems(queryUrl: string, sent: readonly SentTrace[]): Promise<string[]> {
    const got = new Map<string, JaegerTrace>();
    const fetchTrace = async (t: SentTrace): Promise<void> => {
      const response = await fetch(`${queryUrl}/api/traces/${t.traceId}`, { signal: AbortSignal.timeout(10_000) });
      if (response.status !== 200) {
        await response.arrayBuffer();
        return;
      }
      const trace = ((await response.json()) as { data: JaegerTrace[] }).data[0];
      if (trace && trace.spans.length >= t.parents.size) got.set(t.traceId, trace);
    };
    const partial = new Map<string, number>();
    const fetchPartial = async (t: SentTrace): Promise<void> => {
      const response = await fetch(`${queryUrl}/api/traces/${t.traceId}`, { signal: AbortSignal.timeout(10_000) });
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
    return wrong;
}
