// The pure half of `npm run replay`: argument parsing, the time the group goes back to, and the
// per-partition plan (old -> new committed offset). No Kafka here, so it is unit-tested.

/** What the operator asked for. */
export interface ReplayCommand {
  readonly groupId: string;
  readonly topic: string;
  /** Epoch milliseconds: the group goes back to the first record at or after this time. */
  readonly sinceMs: number;
  readonly dryRun: boolean;
}

/** Thrown for `--help`: the message is the usage text, printed on stdout. */
export class HelpRequested extends Error {}

export const USAGE = `usage: npm run replay -- --group <group id> --topic <topic> --since <ISO time | duration like 6h, 30m, 2d> [--dry-run]
Moves a stopped consumer group back on its input topic to the first record at or after --since,
so the stage reads the retained window again (see README.md, "Backup and restore").`;

const DURATION_UNITS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Reads `--since`: an ISO 8601 time with an explicit zone (a zone-less time would silently mean the
 * machine's local time), or a duration back from `nowMs` such as `6h`, `90m`, `2d`.
 */
export function parseSince(value: string, nowMs: number): number {
  const duration = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
  if (duration) {
    const ms = Number(duration[1]) * DURATION_UNITS[duration[2] as keyof typeof DURATION_UNITS];
    return Math.round(nowMs - ms);
  }
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  throw new Error(`--since "${value}" is neither an ISO time with a zone (2026-12-04T06:00:00Z) nor a duration (6h, 30m, 2d, 45s)`);
}

/** Parses the command line; throws an Error naming the bad argument, or HelpRequested. */
export function parseReplayArgs(argv: readonly string[], nowMs: number = Date.now()): ReplayCommand {
  const values = new Map<string, string>();
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new HelpRequested(USAGE);
    if (arg === '--dry-run') {
      dryRun = true;
      continue;
    }
    const eq = /^(--group|--topic|--since)=(.*)$/.exec(arg);
    if (eq) {
      values.set(eq[1] as string, eq[2] as string);
      continue;
    }
    if (arg === '--group' || arg === '--topic' || arg === '--since') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      values.set(arg, value);
      i++;
      continue;
    }
    throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  const missing = ['--group', '--topic', '--since'].filter((k) => !values.get(k));
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}\n${USAGE}`);
  const sinceMs = parseSince(values.get('--since') as string, nowMs);
  if (sinceMs > nowMs) throw new Error(`--since ${new Date(sinceMs).toISOString()} is in the future: nothing to replay`);
  return { groupId: values.get('--group') as string, topic: values.get('--topic') as string, sinceMs, dryRun };
}

/** One partition's move. `from` is undefined when the group had committed nothing there. */
export interface PartitionMove {
  readonly partition: number;
  readonly from: bigint | undefined;
  readonly to: bigint;
}

/**
 * Pairs the group's committed offsets with the offsets found for the time. Kafka answers "no
 * record at or after the time" with the end offset, so such a partition is not moved backwards
 * past its end. A committed offset already before the target is kept, never moved forward: a
 * replay must not skip records the group has not read yet.
 */
export function planReplay(
  committed: ReadonlyArray<{ partition: number; offset: string }>,
  byTime: ReadonlyArray<{ partition: number; offset: string }>,
): PartitionMove[] {
  const old = new Map(committed.map((c) => [c.partition, BigInt(c.offset)]));
  return byTime
    .map(({ partition, offset }) => {
      const target = BigInt(offset);
      const from = old.get(partition);
      const known = from !== undefined && from >= 0n ? from : undefined;
      return { partition, from: known, to: known !== undefined && known < target ? known : target };
    })
    .sort((a, b) => a.partition - b.partition);
}

/** The lines printed per partition: `partition 0: 120 -> 40`. */
export function describeMoves(topic: string, moves: readonly PartitionMove[]): string[] {
  return moves.map((m) => `${topic} partition ${m.partition}: ${m.from === undefined ? 'none' : m.from.toString()} -> ${m.to.toString()}${m.from === m.to ? ' (unchanged)' : ''}`);
}
