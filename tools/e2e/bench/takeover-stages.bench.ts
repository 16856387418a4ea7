// Takeover of each real consuming stage after SIGKILL (not a test): the real pipeline with two
// replicas of the span-normalizer, spans-grouper and trace-enricher (one view-generator: in the
// embedded default it owns its chdb folder and serves the query API, see StartPipelineOptions), a
// paced OTLP load with new ids in every request (tools/e2e/src/load.ts), and one replica of each
// stage SIGKILLed in turn, one stage at a time; after each kill a new replica is started (as a
// Deployment replaces a dead pod) before the next stage's turn. The view-generator, last, is
// restarted on its folder right after its kill instead (no peer can take over from it embedded).
// Takeover, per stage: ms from the SIGKILL until every partition of the stage's input topic that had
// records waiting at the kill has a committed offset past the one it had then (the victim's
// partitions are the last to move: a survivor must be assigned them and commit). Commits follow
// processing, so this includes the stage's own commit delay (the grouper commits below the oldest
// span it buffers: GROUPER_TRACE_QUIET_MS=3000 here).
// At the end, every acknowledged span must be readable exactly once through the query API.
// Writes reports/takeover-stages.{md,json}. Run with the shared broker and PostgreSQL:
//
//   source infra.env && npm run bench:takeover-stages
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { REPO_ROOT, startPipeline, type PipelineApp, type ScalableApp } from '../src';
import { exactlyOnceProblems, running, startLoad } from '../src/load';

/**
 * Every consuming stage. The first three run two replicas: a survivor takes the victim's partitions
 * and a new replica is added afterwards. The embedded view-generator is one process that owns its
 * chdb folder, so nothing can take over from it: it is restarted on the same folder right after the
 * kill (as a Deployment or a supervisor restarts it), and its figure includes that start.
 */
const STAGES: ReadonlyArray<{ app: PipelineApp; input: string; restart: boolean }> = [
  { app: 'span-normalizer', input: 'otlp-spans', restart: false },
  { app: 'spans-grouper', input: 'raw-spans', restart: false },
  { app: 'trace-enricher', input: 'structured-traces', restart: false },
  { app: 'view-generator', input: 'enriched-traces', restart: true },
];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const brokers = process.env.KAFKA_BROKERS;
  const databaseUrl = process.env.DATABASE_URL;
  if (!brokers || !databaseUrl) throw new Error('KAFKA_BROKERS and DATABASE_URL must be set (source infra.env)');
  const prefix = `takeover-bench-${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'takeover-stages-'));
  const kafka = new Kafka({ clientId: prefix, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const pipeline = await startPipeline({
    kafkaBrokers: brokers,
    databaseUrl,
    dataDir,
    prefix,
    partitions: 6,
    replicas: { 'span-normalizer': 2, 'spans-grouper': 2, 'trace-enricher': 2 },
    env: { GROUPER_TRACE_QUIET_MS: '3000', GROUPER_COMPLETE_QUIET_MS: '500', VIEW_BATCH_MAX_AGE_MS: '200' },
  });
  const load = startLoad(pipeline.urls.otlpHttp);
  const results: Array<{ stage: string; victim: string; takeoverMs: number; partitionsWaiting: number }> = [];
  try {
    await sleep(10_000);
    for (const { app, input, restart } of STAGES) {
      const topic = `${prefix}.${input}`;
      const group = `${prefix}.${app}`;
      const committed = async (): Promise<Map<number, bigint>> => new Map(((await admin.fetchOffsets({ groupId: group, topics: [topic] }))[0]?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
      const victim = pipeline.processes.find((pp) => pp.app === app && running(pp));
      if (!victim) throw new Error(`no running ${app}`);
      const before = await committed();
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)]));
      victim.child.kill('SIGKILL');
      const killedAt = Date.now();
      const waiting = [...ends.keys()].filter((p) => (ends.get(p) ?? 0n) > (before.get(p) ?? -1n));
      if (restart) {
        await new Promise<void>((resolve) => (victim.child.exitCode !== null || victim.child.signalCode !== null ? resolve() : victim.child.once('exit', () => resolve())));
        await pipeline.restart(app);
      }
      for (;;) {
        const now = await committed();
        if (waiting.every((p) => (now.get(p) ?? -1n) > (before.get(p) ?? -1n))) break;
        if (Date.now() - killedAt > 120_000) throw new Error(`${app}: partitions ${waiting.join(',')} not consumed again within 120 s`);
        await sleep(100);
      }
      const takeoverMs = Date.now() - killedAt;
      results.push({ stage: app, victim: victim.name, takeoverMs, partitionsWaiting: waiting.length });
      console.log(`${app}: SIGKILL ${victim.name}${restart ? ' (restarted on its folder)' : ''}, partitions consumed again after ${takeoverMs} ms`);
      if (!restart) await pipeline.addReplica(app as ScalableApp);
      await sleep(5_000);
    }
    await load.stop();
    const problems = await exactlyOnceProblems(pipeline.urls.query, load.acked);
    const spans = load.acked.reduce((n, t) => n + t.parents.size, 0);
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg().map((v) => Math.round(v * 100) / 100) },
      settings: { STAGE_SESSION_TIMEOUT_MS: pipeline.env.STAGE_SESSION_TIMEOUT_MS, partitions: 6, replicas: 2 },
      results,
      ackedTraces: load.acked.length,
      ackedSpans: spans,
      failedRequests: load.failures.length,
      problems: problems.slice(0, 20),
      lost_or_duplicated: problems.length,
    };
    const rows = results.map((r) => `| ${r.stage} | ${r.victim}${r.stage === 'view-generator' ? ' (restarted on its folder)' : ''} | ${r.partitionsWaiting} | ${r.takeoverMs} |`).join('\n');
    const md = `# Takeover of each consuming stage after SIGKILL\n\n${report.date}, ${report.machine.cpus} cores shared with other work (load average ${report.machine.loadavg.join(' / ')}), STAGE_SESSION_TIMEOUT_MS=${report.settings.STAGE_SESSION_TIMEOUT_MS}, 6 partitions, 2 replicas per stage (\`npm run bench:takeover-stages\`).\n\n| stage | killed | partitions waiting | ms until consumed again |\n| --- | --- | --- | --- |\n${rows}\n\nAcknowledged: ${report.ackedTraces} traces, ${report.ackedSpans} spans; failed requests: ${report.failedRequests}; spans lost or duplicated in the query API: ${report.lost_or_duplicated}.\n\nTakeover is measured from the SIGKILL until every partition with records waiting has a commit past its offset at the kill, so it includes each stage's commit delay (the grouper commits below the oldest span it buffers, GROUPER_TRACE_QUIET_MS=3000 here). The embedded view-generator is one process that owns its chdb folder, so no peer can take its partitions: it is restarted on the same folder right after the kill, and its figure includes that start and the group waiting out the dead member's session; with a ClickHouse server its replicas take over as the other stages' do.\n`;
    mkdirSync(join(REPO_ROOT, 'reports'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'reports/takeover-stages.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(REPO_ROOT, 'reports/takeover-stages.md'), md);
    console.log(md);
    if (problems.length > 0 || load.failures.length > 0) process.exitCode = 1;
  } finally {
    await load.stop();
    await pipeline.stop();
    await admin.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
