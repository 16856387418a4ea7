// `npm run replay -- --group <id> --topic <topic> --since <time|duration> [--dry-run]`: moves a
// stopped stage's consumer group back on its input topic, to rebuild what a restore lost (see
// README.md, "Backup and restore"). Exit codes: 0 done, 1 failed, 2 bad usage, 3 group running.
import { z } from 'zod';
import { createLogger } from '@tracehouse/observability';
import { ConfigError, kafkaSchema, loadConfig } from '@tracehouse/config';
import { createKafka } from '@tracehouse/stage-runtime';
import { GroupActiveError, replayGroup } from './kafka-replay';
import { describeMoves, HelpRequested, parseReplayArgs, type ReplayCommand } from './replay-plan';

class UsageError extends Error {}

const out = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(argv: readonly string[]): Promise<void> {
  let command: ReplayCommand;
  try {
    command = parseReplayArgs(argv);
  } catch (e) {
    if (e instanceof HelpRequested) {
      out(e.message);
      return;
    }
    throw new UsageError(e instanceof Error ? e.message : String(e), { cause: e });
  }
  const settings = loadConfig('replay', z.object({ ...kafkaSchema }), process.env);
  const logger = createLogger('replay', { level: process.env.LOG_LEVEL ?? 'error', destination: process.stderr });
  const admin = createKafka(settings, logger, '-replay').admin();
  await admin.connect();
  try {
    const moves = await replayGroup(admin, command);
    for (const line of describeMoves(command.topic, moves)) out(line);
    const since = new Date(command.sinceMs).toISOString();
    out(command.dryRun ? `dry run: group ${command.groupId} would replay ${command.topic} since ${since}` : `group ${command.groupId} will replay ${command.topic} since ${since} when the stage starts`);
  } finally {
    await admin.disconnect();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`replay: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(e instanceof GroupActiveError ? 3 : e instanceof UsageError || e instanceof ConfigError ? 2 : 1);
  },
);
