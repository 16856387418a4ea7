// A minimal stage process for the runtime's integration tests: reads JSON `{ "n": number }` from
// IN_TOPIC and writes `{ "n", "pid" }` to OUT_TOPIC. Values that are not JSON are undecodable and
// must be dead-lettered. COMMIT_INTERVAL_MS set very high keeps it from committing, so a test can
// kill it between produce and commit.
import { createLogger, Metrics, Readiness } from '@tracehouse/observability';
import { createKafka } from '../kafka-client';
import { decodeOrReject } from '../decode';
import { StageRunner } from '../stage-runner';
import type { StageHandler } from '../stage-handler';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const logger = createLogger('echo-stage', { level: 'warn' });
const out = env('OUT_TOPIC');
const handler: StageHandler = {
  handle(message) {
    const { n } = decodeOrReject('an echo message (JSON)', () => JSON.parse(message.value.toString()) as { n: number });
    return [{ topic: out, key: message.key ?? String(n), value: Buffer.from(JSON.stringify({ n, pid: process.pid })), headers: message.headers }];
  },
};
const runner = new StageRunner({
  stage: 'echo',
  kafka: createKafka({ KAFKA_BROKERS: env('KAFKA_BROKERS').split(','), KAFKA_CLIENT_ID: 'echo', KAFKA_SSL: false }, logger),
  groupId: env('GROUP_ID'),
  inputTopic: env('IN_TOPIC'),
  handler,
  logger,
  metrics: new Metrics('echo'),
  readiness: new Readiness(),
  maxBatchBytes: 1024 * 1024,
  processAttempts: 2,
  retryMaxMs: 1000,
  commitIntervalMs: Number(process.env.COMMIT_INTERVAL_MS ?? 0),
  sessionTimeoutMs: 6_000,
});

runner.start().then(
  () => process.stdout.write('echo-stage started\n'),
  (err: unknown) => {
    logger.fatal({ err }, 'echo-stage failed to start');
    process.exitCode = 1;
  },
);
process.once('SIGTERM', () => {
  void runner.stop().then(() => process.stdout.write('echo-stage stopped\n'));
});
