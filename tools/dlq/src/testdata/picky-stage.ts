// A small, idempotent stage for the dead-letter tool's integration test, run on the real StageRunner.
// It reads JSON `{ "spans": [{ "id", "bad"?, "huge"? }] }` from IN_TOPIC and stores each span in
// PostgreSQL keyed by (tenant, id) (ON CONFLICT DO NOTHING: a replayed span is stored once), and
// logs every delivery in a second table so the test can count how often the stage saw a span.
// MODE=strict rejects what the test later "fixes": a message with a `bad` span is dead-lettered
// whole (reason invalid), a `huge` span is dead-lettered alone by the handler (reason too-large)
// while the rest of its message is stored; bytes that are not JSON are undecodable in every mode.
// MODE=fixed accepts every decodable message. /metrics is served on METRICS_PORT (0: any free port,
// printed as "metrics on <port>").
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { createLogger, Metrics, Readiness } from '@tracehouse/observability';
import { createKafka, deadLetterRecord, decodeOrReject, DependencyUnavailableError, PermanentError, REPLAYED_FROM_HEADER, StageRunner, type OutboundMessage, type StageHandler } from '@tracehouse/stage-runtime';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

interface PickySpan {
  readonly id: string;
  readonly bad?: boolean;
  readonly huge?: boolean;
}

const STAGE = 'picky';
const strict = env('MODE') === 'strict';
const table = env('TABLE');
const logger = createLogger('picky-stage', { level: 'warn' });
const metrics = new Metrics(STAGE);
const pool = new Pool({ connectionString: env('DATABASE_URL'), max: 2 });

const handler: StageHandler = {
  async handle(message) {
    const { spans } = decodeOrReject('a picky message (JSON)', () => JSON.parse(message.value.toString()) as { spans: PickySpan[] });
    if (!Array.isArray(spans)) throw new PermanentError('a picky message has no spans array');
    const tenant = message.headers['tenant-id'] ?? 'default';
    if (strict) {
      const bad = spans.find((s) => s.bad);
      if (bad) throw new PermanentError(`span ${bad.id} is marked bad`, { reason: 'invalid' });
    }
    const keep = strict ? spans.filter((s) => !s.huge) : spans;
    const out: OutboundMessage[] = spans
      .filter((s) => !keep.includes(s))
      .map((s) =>
        deadLetterRecord(message, new PermanentError(`span ${s.id} is over the limit`, { reason: 'too-large' }), {
          stage: STAGE,
          part: { value: Buffer.from(JSON.stringify({ spans: [s] })), description: `span ${s.id}` },
        }),
      );
    try {
      for (const s of keep) {
        await pool.query(`INSERT INTO ${table} (tenant, id, replayed_from) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [tenant, s.id, message.headers[REPLAYED_FROM_HEADER] ?? null]);
        await pool.query(`INSERT INTO ${table}_deliveries (tenant, id) VALUES ($1, $2)`, [tenant, s.id]);
      }
    } catch (err) {
      throw new DependencyUnavailableError('postgresql', 'could not store spans', { cause: err });
    }
    return out;
  },
};

const runner = new StageRunner({
  stage: STAGE,
  kafka: createKafka({ KAFKA_BROKERS: env('KAFKA_BROKERS').split(','), KAFKA_CLIENT_ID: STAGE, KAFKA_SSL: false }, logger),
  groupId: env('GROUP_ID'),
  inputTopic: env('IN_TOPIC'),
  handler,
  logger,
  metrics,
  readiness: new Readiness(),
  maxBatchBytes: 1024 * 1024,
  fetchMinBytes: 1,
  processAttempts: 2,
  retryMaxMs: 1000,
  commitIntervalMs: 0,
  sessionTimeoutMs: 6_000,
});

const server = createServer((_req, res) => {
  metrics.render().then(
    (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(text),
    (err: unknown) => res.writeHead(500).end(String(err)),
  );
});
server.listen(Number(process.env.METRICS_PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`metrics on ${typeof address === 'object' && address ? address.port : '?'}\n`);
});

runner.start().then(
  () => process.stdout.write('picky-stage started\n'),
  (err: unknown) => {
    logger.fatal({ err }, 'picky-stage failed to start');
    process.exitCode = 1;
  },
);
process.once('SIGTERM', () => {
  void runner
    .stop()
    .then(() => pool.end())
    .then(() => {
      server.close();
      process.stdout.write('picky-stage stopped\n');
    });
});
