import { z } from 'zod';
import { env, kafkaSchema, loadConfig, topicSchema, type Env } from '@tracehouse/config';
import { DEAD_LETTER_REASONS, dlqTopic } from '@tracehouse/stage-runtime';
import { parseOffsets, type Selection } from './dead-letters';

/** Environment of the dead-letter tool: Kafka as every service reads it, and the topic names `--stage` maps through. */
export const dlqEnvSchema = z.object({
  ...kafkaSchema,
  ...topicSchema,
  /** The longest a command waits to read a dead-letter topic to its high watermark at start. */
  DLQ_TIMEOUT_MS: env.int(1_000, 3_600_000).default(60_000),
  /** The most dead letters one command reads (their headers and keys stay in memory; values only of those replayed). */
  DLQ_MAX_RECORDS: env.int(1, 100_000_000).default(1_000_000),
});
export type DlqEnv = z.infer<typeof dlqEnvSchema>;

/** Each consuming stage's input topic variable: a stage's dead letters are in `<input>.dlq`. */
export const STAGE_INPUT_TOPICS = {
  'span-normalizer': 'TOPIC_OTLP_SPANS',
  'spans-grouper': 'TOPIC_RAW_SPANS',
  'trace-enricher': 'TOPIC_STRUCTURED_TRACES',
  'view-generator': 'TOPIC_ENRICHED_TRACES',
  /** The view-generator's log path (its own consumer group): one log record per dead letter. */
  'view-generator-logs': 'TOPIC_OTLP_LOGS',
} as const;
const STAGES = Object.keys(STAGE_INPUT_TOPICS) as Array<keyof typeof STAGE_INPUT_TOPICS>;

export const USAGE = `Usage:
  npm run dlq -- list   (--stage <stage> | --topic <dlq topic>) [--partition N] [--offsets P:O,...] [--reason R] [--json]
  npm run dlq -- replay (--stage <stage> | --topic <dlq topic>) (--all | --offsets P:O[-O2],... | --reason R) [--partition N]
                        [--include-replayed] [--dry-run]
Options:
  --stage             ${STAGES.join(', ')} (its input topic + ".dlq")
  --topic             a dead-letter topic by name, e.g. raw-spans.dlq
  --offsets           partition:offset or partition:from-to, comma-separated (the partition may be left out when implied)
  --reason            ${DEAD_LETTER_REASONS.join(', ')}
  --include-replayed  replay records already replayed too (harmless: the stages deduplicate)
  --dry-run           say what would be replayed, write nothing
  --group             the consumer group that records what was replayed (default tracehouse-dlq.<topic>)
  --timeout-ms        the longest to wait reading the topic to its end (default DLQ_TIMEOUT_MS, 60000)
  --max-records       the most dead letters one command reads (default DLQ_MAX_RECORDS, 1000000)
Environment: KAFKA_BROKERS (host:port,...), KAFKA_CLIENT_ID, KAFKA_SSL, KAFKA_SASL_*; TOPIC_* when stage topics are renamed;
  DLQ_TIMEOUT_MS, DLQ_MAX_RECORDS.`;

/** Thrown for `dlq`, `dlq help` or `--help`: the message is the usage, printed to stdout with exit code 0. */
export class HelpRequested extends Error {}

/** A parsed command line. */
export interface DlqCommand {
  readonly command: 'list' | 'replay';
  readonly topic: string;
  readonly groupId: string;
  readonly selection: Selection;
  readonly all: boolean;
  readonly json: boolean;
  readonly includeReplayed: boolean;
  readonly dryRun: boolean;
  readonly timeoutMs: number;
  readonly maxRecords: number;
}

const BOOLEAN_FLAGS = new Set(['all', 'json', 'include-replayed', 'dry-run']);
const VALUE_FLAGS = new Set(['stage', 'topic', 'partition', 'offsets', 'reason', 'group', 'timeout-ms', 'max-records']);

const topicName = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'must be a Kafka topic name ([A-Za-z0-9._-])');
const flagsSchema = z
  .object({
    stage: z.enum(STAGES, { error: `must be one of ${STAGES.join(', ')}` }).optional(),
    topic: topicName.optional(),
    partition: z.coerce.number({ error: 'must be a partition number' }).int('must be a partition number').min(0, 'must be a partition number').optional(),
    offsets: z
      .string()
      .transform((text, ctx) => {
        try {
          return parseOffsets(text);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      })
      .optional(),
    reason: z.enum(DEAD_LETTER_REASONS, { error: `must be one of ${DEAD_LETTER_REASONS.join(', ')}` }).optional(),
    group: z.string().min(1, 'must not be empty').optional(),
    'timeout-ms': env.int(1_000, 3_600_000).optional(),
    'max-records': env.int(1, 100_000_000).optional(),
    all: z.boolean().default(false),
    json: z.boolean().default(false),
    'include-replayed': z.boolean().default(false),
    'dry-run': z.boolean().default(false),
  })
  .strict();

/**
 * Parses and validates `dlq <command> --flag value ...` against the environment.
 * @throws Error whose message names every flag or variable that is wrong, and how to fix it.
 */
export function parseCommand(argv: readonly string[], environment: Env = process.env): DlqCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || rest.includes('--help')) throw new HelpRequested(USAGE);
  if (command !== 'list' && command !== 'replay') throw new Error(`unknown command "${command}": use list or replay\n${USAGE}`);
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : undefined;
    if (name === undefined || name === '') throw new Error(`unexpected argument "${arg}": flags start with --\n${USAGE}`);
    if (BOOLEAN_FLAGS.has(name)) raw[name] = true;
    else if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new Error(`--${name} needs a value\n${USAGE}`);
      raw[name] = value;
    } else throw new Error(`unknown flag --${name}\n${USAGE}`);
  }
  const parsed = flagsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`invalid arguments:\n${parsed.error.issues.map((i) => `  - --${String(i.path[0] ?? '?')}: ${i.message}${typeof raw[String(i.path[0])] === 'string' ? ` (got "${String(raw[String(i.path[0])])}")` : ''}`).join('\n')}`);
  }
  const flags = parsed.data;
  const config = loadConfig('dlq', dlqEnvSchema, environment);
  if ((flags.stage === undefined) === (flags.topic === undefined)) throw new Error(`give exactly one of --stage or --topic\n${USAGE}`);
  const topic = flags.topic ?? dlqTopic(config[STAGE_INPUT_TOPICS[flags.stage as keyof typeof STAGE_INPUT_TOPICS]]);
  if (command === 'replay' && !flags.all && flags.offsets === undefined && flags.reason === undefined) {
    throw new Error(`replay needs --all, --offsets or --reason: say which dead letters to write back\n${USAGE}`);
  }
  if (flags.all && (flags.offsets !== undefined || flags.reason !== undefined)) throw new Error('--all cannot be combined with --offsets or --reason');
  return {
    command,
    topic,
    groupId: flags.group ?? `tracehouse-dlq.${topic}`,
    selection: { partition: flags.partition, offsets: flags.offsets, reason: flags.reason },
    all: flags.all,
    json: flags.json,
    includeReplayed: flags['include-replayed'],
    dryRun: flags['dry-run'],
    timeoutMs: flags['timeout-ms'] ?? config.DLQ_TIMEOUT_MS,
    maxRecords: flags['max-records'] ?? config.DLQ_MAX_RECORDS,
  };
}

/** The Kafka settings of the environment (validated). */
export function kafkaSettings(environment: Env = process.env): DlqEnv {
  return loadConfig('dlq', dlqEnvSchema, environment);
}
