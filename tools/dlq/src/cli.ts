// `npm run dlq -- list|replay ...`: the operator's view of a stage's dead-letter topic (see
// README.md, "Dead letters"). Exit codes: 0 done, 1 failed (the message says what was wrong),
// 2 bad usage or configuration.
import { createLogger } from '@tracehouse/observability';
import { ConfigError } from '@tracehouse/config';
import { createKafka } from '@tracehouse/stage-runtime';
import { addReplayed, deadLetterAddress, describeDeadLetter, formatTable, matchesSelection, NONE_REPLAYED, replayedState, replayMessage, selectDeadLetters, type DeadLetter, type ReplayedOffsets } from './dead-letters';
import { HelpRequested, kafkaSettings, parseCommand, type DlqCommand } from './dlq.config';
import { openDeadLetterTopic, produceReplays, requireTopics, type DeadLetterTopic } from './kafka-dlq';

class UsageError extends Error {}

const out = (line: string): void => void process.stdout.write(`${line}\n`);
const err = (line: string): void => void process.stderr.write(`${line}\n`);

function stateOf(dlq: DeadLetterTopic, record: DeadLetter) {
  return replayedState(dlq.replayed.get(record.partition) ?? NONE_REPLAYED, record.offset);
}

function list(command: DlqCommand, dlq: DeadLetterTopic): void {
  const rows = selectDeadLetters(dlq.records, dlq.partitions, command.selection, dlq.topic).map((r) => describeDeadLetter(r, stateOf(dlq, r)));
  if (command.json) {
    for (const row of rows) out(JSON.stringify({ topic: dlq.topic, ...row }));
    return;
  }
  const total = dlq.partitions.reduce((n, p) => n + Number(p.high - p.low), 0);
  out(`${dlq.topic}: ${total} dead letter${total === 1 ? '' : 's'} in ${dlq.partitions.length} partition${dlq.partitions.length === 1 ? '' : 's'}, ${rows.length} shown`);
  if (rows.length > 0) out(formatTable(rows));
}

async function replay(command: DlqCommand, dlq: DeadLetterTopic, kafka: ReturnType<typeof createKafka>): Promise<void> {
  const chosen = selectDeadLetters(dlq.records, dlq.partitions, command.selection, dlq.topic);
  const skipped = new Set(command.includeReplayed ? [] : chosen.filter((r) => stateOf(dlq, r) === 'yes'));
  const todo = chosen.filter((r) => !skipped.has(r));
  const messages = todo.map(replayMessage);
  const targets = [...new Set(messages.map((m) => m.topic))];
  if (targets.length > 0) await requireTopics(kafka, targets);
  for (const [i, r] of todo.entries()) out(`${command.dryRun ? 'would replay' : 'replaying'} ${deadLetterAddress(r)} -> ${messages[i]?.topic} (${describeDeadLetter(r, 'no').reason})`);
  const summary = `${todo.length} dead letter${todo.length === 1 ? '' : 's'}${skipped.size > 0 ? `; skipped ${skipped.size} already replayed (--include-replayed replays them again)` : ''}`;
  if (command.dryRun) {
    out(`dry run: would replay ${summary}`);
    return;
  }
  await produceReplays(kafka, messages);
  if (todo.length > 0) {
    const next = new Map<number, ReplayedOffsets>();
    for (const r of todo) {
      const low = dlq.partitions.find((p) => p.partition === r.partition)?.low ?? 0n;
      next.set(r.partition, addReplayed(next.get(r.partition) ?? dlq.replayed.get(r.partition) ?? NONE_REPLAYED, [r.offset], low));
    }
    try {
      await dlq.saveReplayed(next);
    } catch (e) {
      // The replays are written and acknowledged; only the note is missing, and replaying again is harmless.
      err(`warning: the replays were written, but recording them in group ${command.groupId} failed (${e instanceof Error ? e.message : String(e)}); list will not show them as replayed`);
    }
  }
  out(`replayed ${summary}`);
}

async function main(argv: readonly string[]): Promise<void> {
  let command: DlqCommand;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (e instanceof HelpRequested) {
      out(e.message);
      return;
    }
    throw new UsageError(e instanceof Error ? e.message : String(e), { cause: e });
  }
  const settings = kafkaSettings();
  // Logs (kafkajs warnings) go to stderr: stdout is the command's output, parsed with --json.
  const logger = createLogger('dlq', { level: process.env.LOG_LEVEL ?? 'error', destination: process.stderr });
  const kafka = createKafka(settings, logger, '-dlq');
  const dlq = await openDeadLetterTopic(kafka, {
    topic: command.topic,
    groupId: command.groupId,
    timeoutMs: command.timeoutMs,
    maxRecords: command.maxRecords,
    // A listing needs no values; a replay only those it writes.
    keepValue: (record, partitions) => command.command === 'replay' && matchesSelection(record, command.selection, partitions),
  });
  try {
    if (command.command === 'list') list(command, dlq);
    else await replay(command, dlq, kafka);
  } finally {
    await dlq.close();
  }
}

// `dlq list | head`: a reader that stops early is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e: unknown) => {
    const usage = e instanceof UsageError || e instanceof ConfigError;
    err(`dlq: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(usage ? 2 : 1);
  },
);
