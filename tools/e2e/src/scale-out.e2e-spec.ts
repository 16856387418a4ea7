// Scaling out under load (ISSUE13 "Scaling out, on paper and in a test"): two replicas of the
// span-normalizer and of the trace-enricher in their consumer groups, the spans-grouper scaled from
// 1 to 3 replicas and back to 1 (SIGTERM, as a Deployment scaling down sends) while a paced
// OTLP/HTTP JSON load runs, and then every acknowledged span must be readable exactly once through
// the query API, with nothing dead-lettered. One view-generator: in the embedded default it owns its
// chdb data folder and serves the query API from it (see StartPipelineOptions.replicas).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil, testKafka, uniqueName } from '@tracehouse/testing';
import { counter, exactlyOnceProblems, REQUESTS_PER_PHASE, running, startLoad, TRACES_PER_REQUEST } from './load';
import { startPipeline, type PipelineProcess, type RunningPipeline } from './pipeline';

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
    const wrong = await exactlyOnceProblems(pipeline.urls.query, sent);
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
