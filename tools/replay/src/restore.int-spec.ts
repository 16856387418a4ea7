// A restore that leaves the pipeline consistent: the view-generator (its real process, embedded
// engine) stores a first set of traces; its data folder is copied while it is stopped (the backup);
// it stores a second set; then the folder is replaced by the copy (the restore loses the second set),
// `npm run replay` moves its group back to before the backup, and the restarted view-generator
// rebuilds what was lost. Every trace is then back exactly once: the records written twice (the
// first set, replayed on top of the backup that already held them) leave no duplicate span.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { freePort } from '@tracehouse/infra';
import { emptySpanEnrichment, type RawSpan, type StructuredTrace } from '@tracehouse/model';
import { committedOffsets, createTopics, endOffsets, pollUntil, startScript, testBrokers, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';
import { ENRICHED_TRACES, pipelineHeaders } from '@tracehouse/topics';
import { TraceReader, TraceStore } from '@tracehouse/trace-store';

const VIEW_GENERATOR = 'apps/view-generator/src/main.js';
const REPLAY = 'tools/replay/src/cli.js';
const TENANT = 'acme';
const SPANS_PER_TRACE = 8;
const TRACES_PER_SET = 20;

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** One enriched trace: a root span and its children, all of `service`. */
function makeTrace(n: number, nowMs: number): StructuredTrace {
  const traceId = `${hex(0xabc, 8)}${hex(n, 24)}`;
  const t0 = BigInt(nowMs - 60_000) * 1_000_000n;
  const spans: RawSpan[] = Array.from({ length: SPANS_PER_TRACE }, (_, i) => ({
    tenantId: TENANT,
    traceId,
    spanId: hex(i + 1, 16),
    parentSpanId: i === 0 ? '' : hex(1, 16),
    traceState: '',
    name: `op-${i}`,
    kind: 'INTERNAL',
    serviceName: 'restore-svc',
    startTimeUnixNano: t0 + BigInt(i) * 1_000_000n,
    endTimeUnixNano: t0 + BigInt(i + 5) * 1_000_000n,
    statusCode: 'UNSET',
    statusMessage: '',
    attributes: {},
    resourceAttributes: { 'service.name': 'restore-svc' },
    scopeName: 'restore-test',
    scopeVersion: '1',
    events: [],
    links: [],
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
    flags: 1,
    receivedAtMs: nowMs,
    enrichment: { ...emptySpanEnrichment(), role: 'INTERNAL', serviceId: 'service:restore-svc', serviceName: 'restore-svc' },
  }) as RawSpan);
  return {
    tenantId: TENANT,
    traceId,
    spans,
    spanEdges: spans.slice(1).map((_, i) => ({ parentIndex: 0, childIndex: i + 1 })),
    rootIndices: [0],
    startTimeUnixNano: t0,
    endTimeUnixNano: t0 + BigInt(SPANS_PER_TRACE + 5) * 1_000_000n,
    spanCount: SPANS_PER_TRACE,
    isFragment: false,
    fragmentSeq: 0,
    truncated: false,
    overflowSpanCount: 0,
    emittedAtMs: nowMs,
    enrichment: { transactionName: 'op-0', rootServiceName: 'restore-svc', services: ['restore-svc'], serviceCount: 1, spanCount: SPANS_PER_TRACE, errorCount: 0, exceptionCount: 0 },
  } as StructuredTrace;
}

describe('restore from an older backup, then replay', () => {
  let kafka: Kafka;
  let dir: string;
  const running: TestProcess[] = [];
  const topic = uniqueName('enriched-traces');
  const group = uniqueName('view-generator');

  beforeAll(async () => {
    kafka = testKafka('restore-int');
    dir = mkdtempSync(join(tmpdir(), 'restore-'));
    await createTopics(kafka, [topic], 2);
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill9()));
    rmSync(dir, { recursive: true, force: true });
  });

  const dataPath = (): string => join(dir, 'chdb');

  async function produce(traces: StructuredTrace[]): Promise<void> {
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages: traces.map((t) => ({ key: ENRICHED_TRACES.key(t.tenantId, t.traceId), value: ENRICHED_TRACES.encode(t), headers: pipelineHeaders(t.tenantId, 1) })) });
    } finally {
      await producer.disconnect();
    }
  }

  /** Starts the view-generator, waits until it has committed the end of the topic, stops it (SIGTERM). */
  async function runViewGeneratorToEnd(): Promise<void> {
    const vg = startScript(VIEW_GENERATOR, {
      KAFKA_BROKERS: testBrokers().join(','),
      TOPIC_ENRICHED_TRACES: topic,
      KAFKA_GROUP_ID: group,
      KAFKA_TOPIC_PARTITIONS: '2',
      STAGE_COMMIT_INTERVAL_MS: '0',
      STAGE_SESSION_TIMEOUT_MS: '6000',
      LOG_LEVEL: 'warn',
      CLICKHOUSE_DATA_PATH: dataPath(),
      VIEW_BATCH_MAX_AGE_MS: '200',
      QUERY_EMBEDDED: 'false',
      ADMIN_PORT: String(await freePort()),
    });
    running.push(vg);
    let exited: number | string | undefined;
    void vg.exited.then((code) => (exited = code));
    const ends = await endOffsets(kafka, topic);
    await pollUntil('the view-generator to commit the end of the topic', async () => {
      if (exited !== undefined) throw new Error(`the view-generator exited (${exited})`);
      const committed = await committedOffsets(kafka, group, topic);
      return [...ends].every(([p, end]) => committed.get(p) === end);
    }, 60_000, 200).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${vg.output()}`);
    });
    // Its shutdown closes the engine before the process ends, so the folder is complete.
    await vg.terminate();
  }

  /** What the views hold for each trace id: span count of get-trace, distinct span ids, the summary's count. */
  async function stored(ids: readonly string[]): Promise<Array<[string, number, number, number | undefined]>> {
    const store = TraceStore.open({ dataPath: dataPath(), database: 'tracehouse' });
    try {
      const reader = new TraceReader(store);
      const summaries = new Map((await reader.summaries(TENANT, ids)).map((s) => [s.traceId, s.spanCount]));
      const out: Array<[string, number, number, number | undefined]> = [];
      for (const id of ids) {
        const spans = (await reader.getTrace(TENANT, id))?.spans ?? [];
        out.push([id, spans.length, new Set(spans.map((s) => s.spanId)).size, summaries.get(id)]);
      }
      return out;
    } finally {
      await store.close();
    }
  }

  it('rebuilds exactly what the restore lost, once', async () => {
    const now = Date.now();
    const first = Array.from({ length: TRACES_PER_SET }, (_, i) => makeTrace(i, now));
    const second = Array.from({ length: TRACES_PER_SET }, (_, i) => makeTrace(TRACES_PER_SET + i, now));
    const whole = (ts: StructuredTrace[]) => ts.map((t) => [t.traceId, SPANS_PER_TRACE, SPANS_PER_TRACE, SPANS_PER_TRACE]);

    await produce(first);
    await runViewGeneratorToEnd();
    // The backup: the data folder, copied while the writer is stopped.
    const backup = join(dir, 'backup');
    cpSync(dataPath(), backup, { recursive: true });
    const backupTime = Date.now();

    await produce(second);
    await runViewGeneratorToEnd();
    expect(await stored(second.map((t) => t.traceId))).toEqual(whole(second));

    // The restore: the newer rows are gone.
    rmSync(dataPath(), { recursive: true, force: true });
    cpSync(backup, dataPath(), { recursive: true });
    const lost = await stored(second.map((t) => t.traceId));
    expect(lost.filter(([, n]) => n > 0)).toEqual([]);

    // Replay since well before the backup, so the first set is written a second time too.
    const replay = startScript(REPLAY, { KAFKA_BROKERS: testBrokers().join(','), LOG_LEVEL: 'error' }, ['--group', group, '--topic', topic, '--since', new Date(now - 60_000).toISOString()]);
    running.push(replay);
    expect({ code: await replay.exited, output: replay.output() }).toMatchObject({ code: 0 });
    expect(backupTime).toBeGreaterThan(now);
    expect([...(await committedOffsets(kafka, group, topic)).values()]).toEqual([0n, 0n]);

    await runViewGeneratorToEnd();
    expect(await stored([...first, ...second].map((t) => t.traceId))).toEqual(whole([...first, ...second]));
  });
});
