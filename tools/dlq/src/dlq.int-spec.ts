// The dead-letter tool against the real broker and a real stage: a StageRunner whose handler
// rejects some messages (whole, or one span of them) dead-letters them; `dlq list` shows them with
// their reasons; once "the cause is fixed" `dlq replay` writes chosen ones back; the stage stores
// them once; replaying again changes nothing downstream; /metrics counts the dead letters by reason.
import { Client } from 'pg';
import type { Kafka, Producer } from 'kafkajs';
import { committedOffsets, createTopics, endOffsets, pollUntil, readTopic, startScript, testKafka, uniqueName, type TestProcess } from '@tracehouse/testing';
import { DLQ_HEADERS, REPLAYED_FROM_HEADER } from '@tracehouse/stage-runtime';

const STAGE_SCRIPT = 'tools/dlq/src/testdata/picky-stage.js';
const CLI = 'tools/dlq/src/cli.js';

interface ListedRow {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  stage: string;
  kind: string;
  reason: string;
  part?: string;
  error: string;
  time: string;
  source: string;
  tenant?: string;
  replayed: string;
}

describe('dlq list and replay against a real stage', () => {
  let kafka: Kafka;
  let producer: Producer;
  let db: Client;
  const running: TestProcess[] = [];

  beforeAll(async () => {
    kafka = testKafka();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: run through jest.int.config.js, whose global setup starts PostgreSQL');
    db = new Client({ connectionString: url });
    await db.connect();
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.kill9()));
    await producer.disconnect();
    await db.end();
  });

  async function startStage(env: Record<string, string>): Promise<{ stage: TestProcess; metricsUrl: string }> {
    const stage = startScript(STAGE_SCRIPT, env);
    running.push(stage);
    let port: string | undefined;
    await pollUntil('the picky stage to serve /metrics', () => (port = /metrics on (\d+)/.exec(stage.output())?.[1]) !== undefined, 30_000);
    return { stage, metricsUrl: `http://127.0.0.1:${port}/metrics` };
  }

  /** Runs the tool to its end; resolves with its exit code and output. */
  async function dlq(...args: string[]): Promise<{ code: number | string; output: string }> {
    const p = startScript(CLI, { KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '', LOG_LEVEL: 'error' }, args);
    running.push(p);
    const code = await p.exited;
    return { code, output: p.output() };
  }

  async function listed(topic: string): Promise<ListedRow[]> {
    const { code, output } = await dlq('list', '--topic', topic, '--json');
    expect({ code, output }).toMatchObject({ code: 0 });
    return output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as ListedRow);
  }

  /** `tracehouse_stage_dead_lettered_total` of the stage's /metrics, by `kind/reason`. */
  async function deadLettered(metricsUrl: string): Promise<Record<string, number>> {
    const text = await (await fetch(metricsUrl)).text();
    const out: Record<string, number> = {};
    for (const m of text.matchAll(/^tracehouse_stage_dead_lettered_total\{([^}]*)\} (\S+)$/gm)) {
      const labels = Object.fromEntries([...(m[1] as string).matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
      expect(labels.stage).toBe('picky');
      out[`${labels.kind}/${labels.reason}`] = Number(m[2]);
    }
    return out;
  }

  async function deliveries(table: string): Promise<Record<string, number>> {
    const { rows } = await db.query<{ tenant: string; id: string; n: string }>(`SELECT tenant, id, count(*) AS n FROM ${table}_deliveries GROUP BY tenant, id`);
    return Object.fromEntries(rows.map((r) => [`${r.tenant}/${r.id}`, Number(r.n)]));
  }

  async function stored(table: string): Promise<Array<{ key: string; replayedFrom: string | null }>> {
    const { rows } = await db.query<{ tenant: string; id: string; replayed_from: string | null }>(`SELECT tenant, id, replayed_from FROM ${table} ORDER BY tenant, id`);
    return rows.map((r) => ({ key: `${r.tenant}/${r.id}`, replayedFrom: r.replayed_from }));
  }

  it('lists dead letters by reason, replays chosen ones once the cause is fixed, and a second replay doubles nothing', async () => {
    const IN_TOPIC = uniqueName('dlq-tool-in');
    const DLQ = `${IN_TOPIC}.dlq`;
    await createTopics(kafka, [IN_TOPIC, DLQ], 2);
    const table = uniqueName('dlq_spans').replace(/-/g, '_');
    await db.query(`CREATE TABLE ${table} (tenant text NOT NULL, id text NOT NULL, replayed_from text, PRIMARY KEY (tenant, id))`);
    await db.query(`CREATE TABLE ${table}_deliveries (tenant text NOT NULL, id text NOT NULL)`);
    const env = { IN_TOPIC, GROUP_ID: uniqueName('dlq-tool-group'), TABLE: table, DATABASE_URL: process.env.DATABASE_URL ?? '' };

    const headers = (tenant: string) => ({ 'tenant-id': tenant, 'received-at': '1700000000000' });
    await producer.send({
      topic: IN_TOPIC,
      acks: -1,
      messages: [
        { key: 'acme/trace-a', value: JSON.stringify({ spans: [{ id: 'a1' }, { id: 'a2' }] }), headers: headers('acme') },
        { key: 'acme/trace-x', value: 'this is {not json', headers: headers('acme') },
        { key: 'acme/trace-b', value: JSON.stringify({ spans: [{ id: 'b1', bad: true }, { id: 'b2' }] }), headers: headers('acme') },
        { key: 'acme/trace-c', value: JSON.stringify({ spans: [{ id: 'c1' }, { id: 'c2', huge: true }] }), headers: headers('acme') },
        { key: 'globex/trace-d', value: JSON.stringify({ spans: [{ id: 'd1', bad: true }] }), headers: headers('globex') },
      ],
    });

    // 1. The strict stage stores what it accepts and dead-letters the rest: whole messages, or one span.
    const strict = await startStage({ ...env, MODE: 'strict' });
    await readTopic(kafka, DLQ, { atLeast: 4, timeoutMs: 60_000 });
    await pollUntil('the accepted spans to be stored', async () => Object.keys(await deliveries(table)).length === 3, 60_000);
    expect(await deadLettered(strict.metricsUrl)).toEqual({ 'permanent/undecodable': 1, 'permanent/invalid': 2, 'permanent/too-large': 1 });
    const inEnds = await endOffsets(kafka, IN_TOPIC);
    await pollUntil('the strict stage to commit its input', async () => {
      const committed = await committedOffsets(kafka, env.GROUP_ID, IN_TOPIC);
      return [...inEnds].every(([p, end]) => committed.get(p) === end);
    });
    expect(await strict.stage.terminate()).toBe(0);

    // 2. list shows each dead letter with what an operator needs to decide.
    const before = await listed(DLQ);
    const byKey = new Map(before.map((r) => [`${r.key}${r.part ? ` ${r.part}` : ''}`, r]));
    expect([...byKey.keys()].sort()).toEqual(['acme/trace-b', 'acme/trace-c span c2', 'acme/trace-x', 'globex/trace-d']);
    expect(byKey.get('acme/trace-x')).toMatchObject({ topic: DLQ, stage: 'picky', kind: 'permanent', reason: 'undecodable', tenant: 'acme', replayed: 'no' });
    expect(byKey.get('acme/trace-x')?.error).toMatch(/could not decode a picky message \(JSON\)/);
    expect(byKey.get('acme/trace-b')).toMatchObject({ reason: 'invalid', error: 'PermanentError: span b1 is marked bad', replayed: 'no' });
    expect(byKey.get('globex/trace-d')).toMatchObject({ reason: 'invalid', tenant: 'globex', replayed: 'no' });
    expect(byKey.get('acme/trace-c span c2')).toMatchObject({ reason: 'too-large', error: 'PermanentError: span c2 is over the limit', replayed: 'no' });
    for (const r of before) {
      expect(r.source).toMatch(new RegExp(`^${IN_TOPIC}/[01]/\\d+$`));
      expect(Date.parse(r.time)).toBeGreaterThan(Date.now() - 10 * 60_000);
    }
    const table1 = await dlq('list', '--topic', DLQ, '--reason', 'invalid');
    expect(table1.code).toBe(0);
    expect(table1.output).toContain(`${DLQ}: 4 dead letters in 2 partitions, 2 shown`);
    expect(table1.output).toMatch(/PARTITION\s+OFFSET\s+TIME\s+KEY\s+STAGE\s+KIND\s+REASON\s+PART\s+REPLAYED\s+ERROR/);

    // 3. Clear errors for what the operator got wrong.
    const unknown = await dlq('list', '--topic', `${IN_TOPIC}.nope`);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain(`unknown topic "${IN_TOPIC}.nope"`);
    const badOffset = await dlq('replay', '--topic', DLQ, '--offsets', '0:999');
    expect(badOffset.code).toBe(1);
    expect(badOffset.output).toMatch(new RegExp(`offset 0:999 is not in ${DLQ.replace(/\./g, '\\.')}: partition 0 (holds offsets|is empty)`));

    const tooMany = await dlq('list', '--topic', DLQ, '--max-records', '3');
    expect(tooMany.code).toBe(1);
    expect(tooMany.output).toContain(`${DLQ} holds 4 records, over the limit of 3 one command reads`);

    // 4. The cause is fixed: the stage now accepts them. Replay by reason, and one span by offset.
    const fixed = await startStage({ ...env, MODE: 'fixed' });
    const c2 = byKey.get('acme/trace-c span c2') as ListedRow;
    const byReason = await dlq('replay', '--topic', DLQ, '--reason', 'invalid');
    expect(byReason).toMatchObject({ code: 0 });
    expect(byReason.output).toContain('replayed 2 dead letters');
    const byOffset = await dlq('replay', '--topic', DLQ, '--offsets', `${c2.partition}:${c2.offset}`);
    expect(byOffset.output).toContain('replayed 1 dead letter');
    // Polled on the deliveries log, written after each span's row: then every row is in.
    await pollUntil('the replayed spans to be stored', async () => Object.keys(await deliveries(table)).length === 7, 60_000);

    // Stored once each, under their original tenant, and the replayed ones say where they came from.
    const rows = await stored(table);
    const from = (r: ListedRow): string => `${DLQ}/${r.partition}/${r.offset}`;
    expect(rows).toEqual([
      { key: 'acme/a1', replayedFrom: null },
      { key: 'acme/a2', replayedFrom: null },
      { key: 'acme/b1', replayedFrom: from(byKey.get('acme/trace-b') as ListedRow) },
      { key: 'acme/b2', replayedFrom: from(byKey.get('acme/trace-b') as ListedRow) },
      { key: 'acme/c1', replayedFrom: null },
      { key: 'acme/c2', replayedFrom: from(c2) },
      { key: 'globex/d1', replayedFrom: from(byKey.get('globex/trace-d') as ListedRow) },
    ]);
    expect(await deliveries(table)).toEqual({ 'acme/a1': 1, 'acme/a2': 1, 'acme/b1': 1, 'acme/b2': 1, 'acme/c1': 1, 'acme/c2': 1, 'globex/d1': 1 });

    // The replayed messages are the originals: same key and headers, no DLQ headers, plus where from.
    const replayed = (await readTopic(kafka, IN_TOPIC)).filter((r) => r.headers[REPLAYED_FROM_HEADER] !== undefined);
    expect(replayed.map((r) => r.key).sort()).toEqual(['acme/trace-b', 'acme/trace-c', 'globex/trace-d']);
    for (const r of replayed) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('dlq-'))).toEqual([REPLAYED_FROM_HEADER]);
      expect(r.headers['received-at']).toBe('1700000000000');
      expect(Object.values(DLQ_HEADERS).some((h) => h in r.headers)).toBe(false);
    }
    expect(replayed.find((r) => r.key === 'acme/trace-c')?.value.toString()).toBe(JSON.stringify({ spans: [{ id: 'c2', huge: true }] }));

    // 5. list now shows what was replayed; replaying the same selection again skips them.
    const after = await listed(DLQ);
    expect(after.map((r) => [r.key, r.reason, r.replayed]).sort()).toEqual([
      ['acme/trace-b', 'invalid', 'yes'],
      ['acme/trace-c', 'too-large', 'yes'],
      ['acme/trace-x', 'undecodable', 'no'],
      ['globex/trace-d', 'invalid', 'yes'],
    ]);
    const highBefore = await endOffsets(kafka, IN_TOPIC);
    const again = await dlq('replay', '--topic', DLQ, '--reason', 'invalid');
    expect(again.output).toContain('replayed 0 dead letters; skipped 2 already replayed');
    expect(await endOffsets(kafka, IN_TOPIC)).toEqual(highBefore);

    // 6. Forced again: the stage sees them a second time, and nothing doubles downstream.
    const forced = await dlq('replay', '--topic', DLQ, '--all', '--include-replayed');
    expect(forced).toMatchObject({ code: 0 });
    expect(forced.output).toContain('replayed 4 dead letters');
    await pollUntil('the stage to see the forced replays', async () => {
      const d = await deliveries(table);
      return d['acme/b1'] === 2 && d['acme/b2'] === 2 && d['acme/c2'] === 2 && d['globex/d1'] === 2;
    }, 60_000);
    // The undecodable one is still undecodable: dead-lettered again, counted, listed.
    await readTopic(kafka, DLQ, { atLeast: 5, timeoutMs: 60_000 });
    expect((await stored(table)).map((r) => r.key)).toEqual(rows.map((r) => r.key));
    expect(await deadLettered(fixed.metricsUrl)).toEqual({ 'permanent/undecodable': 1 });
    const last = await listed(DLQ);
    expect(last).toHaveLength(5);
    expect(last.filter((r) => r.reason === 'undecodable').map((r) => r.replayed).sort()).toEqual(['no', 'yes']);
    expect(await fixed.stage.terminate()).toBe(0);
  });
});
