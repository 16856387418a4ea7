// Takeover after SIGKILL (issue 18, "Fast takeover ... nothing lost or duplicated"): two replicas
// of each scalable consuming stage, a paced OTLP load with new ids in every request, and one
// spans-grouper replica (the stage that buffers unfinished traces) killed with SIGKILL mid-load, as
// an OOM kill or a lost node would. Its peer must take its partitions over and every acknowledged
// span must be readable exactly once through the query API. No timing is asserted here: the
// takeover time is measured by a benchmark-style run, not by a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil, uniqueName } from '@tracehouse/testing';
import { counter, exactlyOnceProblems, REQUESTS_PER_PHASE, running, startLoad } from './load';
import { startPipeline, type RunningPipeline } from './pipeline';

describe('a consuming stage replica killed with SIGKILL under load', () => {
  let pipeline: RunningPipeline;
  let dataDir: string;
  let load: ReturnType<typeof startLoad> | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracehouse-takeover-'));
    pipeline = await startPipeline({
      kafkaBrokers: process.env.KAFKA_BROKERS ?? '',
      databaseUrl: process.env.DATABASE_URL ?? '',
      dataDir,
      prefix: uniqueName('takeover'),
      partitions: 6,
      replicas: { 'span-normalizer': 2, 'spans-grouper': 2, 'trace-enricher': 2 },
      env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
    });
  }, 180_000);

  afterAll(async () => {
    await load?.stop();
    await pipeline?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const acknowledged = async (atLeast: number, what: string): Promise<void> => {
    await pollUntil(`${atLeast} acknowledged requests (${what})`, () => {
      if (load && load.failures.length > 0) throw new Error(`the collector did not acknowledge a request: ${load.failures[0]}`);
      return (load?.requests() ?? 0) >= atLeast;
    }, 60_000, 100);
  };

  it('loses and doubles no acknowledged span when a spans-grouper replica is SIGKILLed mid-load', async () => {
    load = startLoad(pipeline.urls.otlpHttp);
    const [, victim] = pipeline.processes.filter((pp) => pp.app === 'spans-grouper');
    if (!victim) throw new Error('the pipeline has no second spans-grouper replica');
    // The victim must own partitions and buffer traces when it dies.
    await pollUntil('the victim consuming raw-spans', async () => (await counter(victim.adminPort, 'tracehouse_stage_messages_in_total')) > 0, 60_000, 250);
    await acknowledged(REQUESTS_PER_PHASE, 'before the kill');

    victim.child.kill('SIGKILL');
    await pollUntil('the victim gone', () => !running(victim), 10_000, 50);
    const killedAt = load.requests();
    await acknowledged(killedAt + 2 * REQUESTS_PER_PHASE, 'after the kill');
    await load.stop();

    expect(load.failures).toEqual([]);
    expect(load.acked.length).toBe(load.begun());
    expect(victim.child.signalCode).toBe('SIGKILL');
    expect(await exactlyOnceProblems(pipeline.urls.query, load.acked)).toEqual([]);
    // Everything else still runs.
    expect(pipeline.processes.filter((pp) => pp !== victim && !running(pp)).map((pp) => pp.name)).toEqual([]);
  }, 240_000);
});
